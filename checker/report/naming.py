"""Names of the reports `akkoordcheck check` writes: one per input, never over an input.

A report is `<stem>.<format>` in the output folder. Two inputs with the same stem
("a/akkoord.txt" and "b/akkoord.txt", or "akkoord.pdf" beside "akkoord.txt") would write the same
files, the second silently replacing the first; they get names of their own instead, as `batch`
gives them ("a__akkoord.txt.md"). A report that would land on one of the inputs ("check akkoord.md
--out .") is refused before anything is written.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from checker.errors import OutputError


def report_stems(paths: list[Path]) -> tuple[list[str], list[tuple[Path, str]]]:
    """The report stem of each input, and the inputs that were renamed because of a clash (with
    their new stem). The same file given twice keeps its stem (it gives the same report)."""
    files = {p.resolve() for p in map(Path, paths)}
    per_stem = Counter(p.stem.lower() for p in files)
    stems: list[str] = []
    renamed: list[tuple[Path, str]] = []
    seen: dict[str, Path] = {}
    for p in map(Path, paths):
        stem = p.stem
        if per_stem[stem.lower()] > 1:
            stem = f"{p.resolve().parent.name or 'root'}__{p.name}"
            if stem.lower() in seen and seen[stem.lower()] != p.resolve():
                stem = f"{stem}__{hashlib.sha1(str(p.resolve()).encode()).hexdigest()[:8]}"
            if (p, stem) not in renamed:
                renamed.append((p, stem))
        seen[stem.lower()] = p.resolve()
        stems.append(stem)
    return stems, renamed


def refuse_overwriting_inputs(paths: list[Path], stems: list[str], formats: list[str], out_dir: Path) -> None:
    """Raise OutputError when a report would replace one of the inputs."""
    inputs = {p.resolve() for p in map(Path, paths)}
    for stem in stems:
        for fmt in formats:
            target = (out_dir / f"{stem}.{fmt}").resolve()
            if target in inputs:
                raise OutputError(f"Het rapport {target.name} zou het invoerbestand {target} overschrijven.",
                                  hint="Kies een andere map met --out (bijvoorbeeld --out reports).")
