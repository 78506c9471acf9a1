"""Behaviour probes (CheckList, Ribeiro et al. 2020): short Dutch texts, each labelled for one item.

A probe file is YAML: a list of probes, each

    id: P02-contra-03            # unique
    item: P02                    # the one item the label is about
    capability: contradiction    # what it tests (see CAPABILITIES)
    text: "We gaan de jeugdhulp in 2028 opnieuw aanbesteden."
    expect: contradicted         # the item's status under the codebook
    group: P02-g1                # optional: invariance variants, which must all get one status
    why: "..."                   # the codebook rule that decides it

Probes are written from the codebook, not from the rules; `akkoordcheck evaluate --probes FILE`
reports exact agreement per capability and per item, and whether every invariance group is
consistent (all its variants get the same status).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError
from checker.models import STATUSES

CAPABILITIES = ("commitment", "mention", "contradiction", "negation", "contrast", "scope", "genre", "domain",
                "variants", "invariance")


@dataclass(frozen=True)
class Probe:
    id: str
    item: str
    capability: str
    text: str
    expect: str
    group: str | None = None
    why: str = ""
    source: str = ""  # the file it came from


@dataclass
class ProbeResult:
    probe: Probe
    predicted: str
    evidence: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.predicted == self.probe.expect


@dataclass
class ProbeRun:
    results: list[ProbeResult] = field(default_factory=list)

    def exact(self, capability: str | None = None, item: str | None = None) -> tuple[int, int]:
        """(agreeing, total) over the probes of a capability and/or item."""
        rs = [r for r in self.results if (capability is None or r.probe.capability == capability)
              and (item is None or r.probe.item == item)]
        return sum(r.ok for r in rs), len(rs)

    def groups(self) -> dict[str, list[ProbeResult]]:
        out: dict[str, list[ProbeResult]] = defaultdict(list)
        for r in self.results:
            if r.probe.group:
                out[r.probe.group].append(r)
        return dict(out)

    def inconsistent_groups(self) -> list[str]:
        """Invariance groups whose variants did not all get the same status."""
        return sorted(g for g, rs in self.groups().items() if len({r.predicted for r in rs}) > 1)

    def failures(self) -> list[ProbeResult]:
        return [r for r in self.results if not r.ok]


def load_probes(path: str | Path) -> list[Probe]:
    """Probes from a YAML file, or from every *.yaml file in a folder (sorted)."""
    import yaml

    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.yaml"))
        if not files:
            raise InputError(f"{path} bevat geen probe-bestanden (*.yaml).", hint="Geef een YAML-bestand of een map.")
    elif path.is_file():
        files = [path]
    else:
        raise InputError(f"Probe-bestand {path} bestaat niet.", hint="Controleer de naam en het pad.")
    probes: list[Probe] = []
    seen: set[str] = set()
    for f in files:
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise InputError(f"{f.name} is geen geldige YAML ({e}).", hint="Herstel het bestand.") from e
        if not isinstance(data, list):
            raise InputError(f"{f.name}: verwacht een lijst van probes.", hint="Zie checker/probes.py voor het formaat.")
        for n, entry in enumerate(data):
            where = f"{f.name} [{n}]"
            if not isinstance(entry, dict):
                raise InputError(f"{where}: een probe is een mapping.", hint="Zie checker/probes.py voor het formaat.")
            missing = {"id", "item", "capability", "text", "expect"} - set(entry)
            if missing:
                raise InputError(f"{where}: ontbreekt {sorted(missing)}.", hint="Zie checker/probes.py voor het formaat.")
            if entry["expect"] not in STATUSES:
                raise InputError(f"{where}: onbekende status {entry['expect']!r}.",
                                 hint=f"Gebruik een van {', '.join(STATUSES)}.")
            if entry["capability"] not in CAPABILITIES:
                raise InputError(f"{where}: onbekende capability {entry['capability']!r}.",
                                 hint=f"Gebruik een van {', '.join(CAPABILITIES)}.")
            if entry["id"] in seen:
                raise InputError(f"{where}: id {entry['id']!r} komt twee keer voor.", hint="Maak de ids uniek.")
            seen.add(entry["id"])
            probes.append(Probe(id=str(entry["id"]), item=str(entry["item"]), capability=entry["capability"],
                                text=str(entry["text"]), expect=entry["expect"], group=entry.get("group"),
                                why=str(entry.get("why", "")), source=f.name))
    return probes


def probe_document(text: str, name: str):
    """A probe's text as an ingested plain-text document."""
    from checker.ingest.text import read_text
    from checker.models import Document

    raw = text.encode("utf-8")
    blocks, pages = read_text(raw)
    return Document(name=name, path=name, format="text", pages=pages, blocks=tuple(blocks),
                    sha256=hashlib.sha256(raw).hexdigest())


def run_probes(checker, probes: list[Probe]) -> ProbeRun:
    """Check every probe's text as a document and compare its item's status with the label."""
    run = ProbeRun()
    for p in probes:
        report = checker.check_document(probe_document(p.text, f"{p.id}.txt"))
        item = next(it for it in report.items if it.id == p.item)
        run.results.append(ProbeResult(p, item.status, tuple(e.text for e in item.evidence)))
    return run
