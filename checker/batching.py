"""Batch: many agreements -> one JSON report each, a matrix (CSV/XLSX), a summary and a heatmap.

Every input appears in the matrix exactly once: a document that fails gets a row with its error.
Work is spread over processes that each build the checker once; each writes its reports itself
(atomically), so the parent holds only one small row per document and memory does not grow with
the number of documents. A second run skips documents whose file and rule-set hashes are unchanged.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import AkkoordError, InputError
from checker.ingest import SUPPORTED

META_FIELDS = ("municipality", "cbs_code", "province", "year", "kind")
ITEM_IDS = tuple([f"P{i:02d}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 6)])


@dataclass(frozen=True)
class BatchInput:
    """One document to check, with its metadata and the name its report gets."""

    path: Path
    name: str  # unique, file-system safe; the report is <name>.json
    meta: dict[str, str] = field(default_factory=dict)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "document"


def report_names(paths: list[Path], root: Path | None) -> list[str]:
    """Report names from the path relative to the input folder: 'gemeente-a/akkoord.pdf' ->
    'gemeente-a__akkoord.pdf'; two files can never share a name."""
    names: list[str] = []
    seen: set[str] = set()
    for p in paths:
        try:
            rel = p.resolve().relative_to(root.resolve()) if root else Path(p.name)
        except ValueError:
            rel = Path(p.name)
        name = "__".join(_safe(part) for part in rel.parts)
        if name.lower() in seen:  # e.g. names that differ only in characters made safe
            name = f"{name}__{hashlib.sha1(str(p.resolve()).encode()).hexdigest()[:8]}"
        seen.add(name.lower())
        names.append(name)
    return names


# per item: the tool's status, score and confidence; the reviewed status, the final status (the
# reviewed one where there is a review) and whether the tool's status changed since the review
ITEM_FIELDS = ("status", "score", "confidence", "reviewed", "final", "review_changed")
DOCUMENT_FIELDS = ("pages", "words", "pipeline", "ruleset_version", "ruleset_sha256", "sha256", "checker_version",
                   "error", "warnings")
# the columns a batch computes itself: metadata may not bring them
COMPUTED_COLUMNS = frozenset({"report", "html", "skipped", *DOCUMENT_FIELDS}
                             | {f"{i}_{s}" for i in ITEM_IDS for s in ITEM_FIELDS})


def _read_rows_raw(path: Path) -> list[dict[str, str]]:
    """The rows of a metadata CSV as written (a `file` column required)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            header = fh.readline()
            fh.seek(0)
            # Dutch Excel writes CSV with ";" between the columns: read it as it is meant
            sep = ";" if header.count(";") > header.count(",") else ","
            rows = list(csv.DictReader(fh, delimiter=sep))
    except OSError as e:
        raise InputError(f"Kan {path} niet lezen: {e.strerror}.", hint="Controleer het pad.") from e
    except (UnicodeDecodeError, csv.Error) as e:
        raise InputError(f"{path} is geen leesbare CSV ({e}).", hint="Sla het bestand op als CSV in UTF-8.") from e
    if not rows or "file" not in rows[0]:
        raise InputError(f"{path} heeft geen kolom 'file'.",
                         hint="Zet in de eerste regel de kolomnamen, met 'file' voor de bestandsnaam.")
    return rows


def _read_rows(path: Path) -> list[dict[str, str]]:
    """The metadata rows, each column stripped, computed column names renamed (`shadowed_columns`)."""
    rows = _read_rows_raw(path)
    # a metadata value must never stand in for a status, a score or the report's own facts: such a
    # column keeps its values under "meta_<name>" (a corpus list with a `words` column still runs)
    renamed = shadowed_columns(rows[0])
    out = []
    for row in rows:
        meta = {renamed.get(k.strip(), k.strip()): (v or "").strip() for k, v in row.items() if k}
        if "cbs" in meta and "cbs_code" not in meta:
            meta["cbs_code"] = meta.pop("cbs")
        if meta.get("file"):
            out.append(meta)
    return out


def shadowed_columns(header) -> dict[str, str]:
    """Metadata columns that the batch computes itself, each with the name it is kept under."""
    names = {k.strip() for k in header if k}
    out = {}
    for name in sorted(n for n in names if n in COMPUTED_COLUMNS):
        new = f"meta_{name}"
        while new in names or new in COMPUTED_COLUMNS:
            new = f"meta_{new}"
        out[name] = new
    return out


def metadata_renames(path: Path) -> dict[str, str]:
    """The columns of a metadata CSV that `collect` keeps under another name (for the user's notice)."""
    return shadowed_columns(_read_rows_raw(path)[0])


def read_meta(path: Path) -> dict[str, dict[str, str]]:
    """Metadata per file (by listed path and by bare file name) from a CSV with a `file` column."""
    out: dict[str, dict[str, str]] = {}
    for row in _read_rows(path):
        meta = {k: v for k, v in row.items() if k != "file"}
        out[row["file"]] = meta
        out.setdefault(Path(row["file"]).name, meta)
    return out


def meta_mismatches(inputs: list["BatchInput"], root: Path, meta_csv: Path) -> tuple[list[Path], list[str]]:
    """(input files that no row of `meta_csv` describes, rows of `meta_csv` whose file is not among the
    inputs): a typo in either is otherwise a row without municipality, or a municipality missing."""
    rows = [r["file"] for r in _read_rows(meta_csv)]
    names = {str(i.path.relative_to(root)) if i.path.is_relative_to(root) else str(i.path) for i in inputs}
    bare = {i.path.name for i in inputs}
    listed = set(rows) | {Path(r).name for r in rows}
    no_meta = [i.path for i in inputs if not ({str(i.path.relative_to(root)) if i.path.is_relative_to(root) else "",
                                               i.path.name} & listed)]
    no_file = [r for r in rows if r not in names and Path(r).name not in bare]
    return no_meta, no_file


def _not_an_agreement(p: Path, exclude: Path | None) -> str | None:
    """Why a file in the input folder is left out: batch's own output folder, or a README."""
    if exclude is not None:
        try:
            p.resolve().relative_to(exclude.resolve())
            return "uitvoermap"
        except ValueError:
            pass
    if p.name.lower().startswith("readme"):
        return "README"
    return None


def collect(source: Path, meta_csv: Path | None = None, exclude: Path | None = None,
            skipped: list[tuple[Path, str]] | None = None) -> list[BatchInput]:
    """The documents of a folder (recursively) or of a CSV that lists files with metadata.

    In a folder, the files under `exclude` (the batch's own output folder: its summary and reports)
    and README files are left out, and listed in `skipped` with the reason."""
    source = Path(source)
    if not source.exists():
        raise InputError(f"{source} bestaat niet.", hint="Geef een map met akkoorden of een CSV met een kolom 'file'.")
    if source.is_dir():
        root = source
        paths = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
                       and not any(part.startswith(".") for part in p.relative_to(source).parts))
        kept = []
        for p in paths:
            why = _not_an_agreement(p, exclude)
            if why is None:
                kept.append(p)
            elif skipped is not None:
                skipped.append((p, why))
        paths = kept
        meta = read_meta(meta_csv) if meta_csv else {}
        rels = [str(p.relative_to(source)) for p in paths]
        metas = [meta.get(rel) or meta.get(p.name) or {} for rel, p in zip(rels, paths)]
    elif source.suffix.lower() == ".csv":
        root = source.parent
        rows = _read_rows(source)
        paths = [root / r["file"] for r in rows]
        metas = [{k: v for k, v in r.items() if k != "file"} for r in rows]
        if meta_csv:
            extra = read_meta(meta_csv)
            metas = [{**(extra.get(str(p.relative_to(root))) or extra.get(p.name) or {}), **m}
                     for p, m in zip(paths, metas)]
    else:
        raise InputError(f"{source} is geen map en geen CSV.",
                         hint="Geef een map met akkoorden, of een CSV met een kolom 'file'.")
    names = report_names(paths, root)
    return [BatchInput(p, n, m) for p, n, m in zip(paths, names, metas)]


# -- workers -------------------------------------------------------------------------------------
_CHECKER = None


_SETTLE = False  # a worker process of our own: see pipeline.settle


def _init_worker(rules_dir: str | None, model: str, own_process: bool = False) -> None:
    global _CHECKER, _SETTLE
    from checker.pipeline import Checker, settle

    _CHECKER = Checker.create(rules_dir, model)
    _SETTLE = own_process
    if own_process:
        settle(pause_collector=True)


def _file_sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def row_from_report(data: dict) -> dict:
    """A matrix row (document facts, status and score per item) from a JSON report."""
    items = {it["id"]: it for it in data["items"]}
    row = {"pages": data["document"].get("pages"), "words": data["document"].get("words"),
           "pipeline": data.get("pipeline"), "ruleset_version": data["ruleset"]["version"],
           "ruleset_sha256": data["ruleset"]["sha256"], "sha256": data["document"].get("sha256", ""),
           "checker_version": data.get("checker_version", ""), "error": "",
           "warnings": "; ".join(data["document"].get("warnings") or [])}
    for iid in ITEM_IDS:
        row[f"{iid}_status"] = items[iid]["status"] if iid in items else ""
        row[f"{iid}_score"] = items[iid]["score"] if iid in items else None
        row[f"{iid}_confidence"] = items[iid].get("confidence", "") if iid in items else ""
    return row


def _work(path: str, report_path: str, ruleset_sha: str, force: bool, max_pages: int, ocr: bool = False,
          changes: str = "accepted", html: bool = False) -> dict:
    """Check one document in a worker; write its JSON report (and with `html` its HTML report beside
    it); return its matrix row."""
    from checker.report import atomic_write
    from checker.report.json import render_json

    started = time.perf_counter()
    out = Path(report_path)
    if not force and out.exists():
        try:
            old = json.loads(out.read_text(encoding="utf-8"))
            if (old["ruleset"]["sha256"] == ruleset_sha and
                    old["document"].get("sha256") == _file_sha256(Path(path)) and
                    # tracked changes read the other way give another text
                    old["document"].get("changes") in (None, changes) and
                    (not html or out.with_suffix(".html").exists())):
                return {**row_from_report(old), "skipped": True, "seconds": 0.0}
        except (OSError, ValueError, KeyError, TypeError):
            pass  # an unreadable old report is simply redone
    try:
        try:
            report = _CHECKER.check(path, max_pages=max_pages, ocr=ocr, changes=changes)
        except AkkoordError as e:
            return {"error": str(e), "seconds": time.perf_counter() - started}
        except Exception as e:  # one broken document never stops the batch
            return {"error": f"Onverwachte fout bij lezen: {type(e).__name__}: {e}",
                    "seconds": time.perf_counter() - started}
        text = render_json(report)
        if html:
            from checker.report.html import render_html

            atomic_write(out.with_suffix(".html"), render_html(report))
        del report
        atomic_write(out, text)
        return {**row_from_report(json.loads(text)), "seconds": time.perf_counter() - started}
    finally:
        if _SETTLE:  # after every document, read or not (see pipeline.settle)
            from checker.pipeline import settle

            settle(pause_collector=True)


@dataclass
class BatchResult:
    rows: list[dict]
    out_dir: Path | None
    seconds: float
    failed: int
    skipped: int
    complete: bool = True  # False: stopped by Ctrl+C or SIGTERM; the rows not finished say so

    @property
    def words(self) -> int:
        return sum(int(r.get("words") or 0) for r in self.rows)


def run(inputs: list[BatchInput], out_dir: Path, jobs: int = 1, rules_dir: str | None = None,
        model: str = "auto", force: bool = False, max_pages: int = 1000,
        progress: Callable[[dict], None] | None = None, ocr: bool = False, changes: str = "accepted",
        html: bool = False) -> BatchResult:
    """Check every input; write <out>/reports/<name>.json (and .html with `html`); return one row per
    input, in input order."""
    from checker.ruleset.loader import load_ruleset

    ruleset = load_ruleset(rules_dir)
    reports = Path(out_dir) / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows: list[dict | None] = [None] * len(inputs)
    args = [(str(inp.path), str(reports / f"{inp.name}.json"), ruleset.info.sha256, force, max_pages, ocr, changes,
             html)
            for inp in inputs]
    complete = True
    if jobs <= 1:
        from checker.workers import STOPPED, Stopped

        def stop(signum, frame):
            raise Stopped()

        _init_worker(str(rules_dir) if rules_dir else None, model)
        old_term = signal.signal(signal.SIGTERM, stop) if threading.current_thread() is threading.main_thread() else None
        try:
            for i, a in enumerate(args):
                res = _work(*a)
                rows[i] = res
                if progress:
                    progress(res)
        except (KeyboardInterrupt, Stopped):
            complete = False  # what is done is kept; the rest says it was not checked
            rows = [r if r is not None else {"error": STOPPED} for r in rows]
        finally:
            if old_term is not None:
                signal.signal(signal.SIGTERM, old_term)
    else:
        from checker.workers import run_all

        def on_result(i: int, res: dict) -> None:
            rows[i] = res
            if progress:
                progress(res)

        complete = run_all(_work, args, jobs, _init_worker,
                           (str(rules_dir) if rules_dir else None, model, True), on_result)
    full = []
    for inp, res in zip(inputs, rows):
        row = {"file": str(inp.path), "report": f"reports/{inp.name}.json" if not res.get("error") else "",
               **{k: inp.meta.get(k, "") for k in META_FIELDS},
               **{k: v for k, v in inp.meta.items() if k not in META_FIELDS}}
        row.update({k: v for k, v in res.items() if k not in ("seconds", "skipped")})
        row["error"] = res.get("error", "")
        row["skipped"] = bool(res.get("skipped"))
        full.append(row)
    return BatchResult(full, Path(out_dir), time.perf_counter() - started,
                       failed=sum(1 for r in full if r["error"]), skipped=sum(1 for r in full if r["skipped"]),
                       complete=complete)


def matrix_columns(rows: list[dict]) -> list[str]:
    """matrix.csv columns: file, report, metadata, document facts, error, then the fields per item."""
    extra = sorted({k for r in rows for k in r} - set(META_FIELDS) - {"file"} - COMPUTED_COLUMNS)
    return (["file", "report", *META_FIELDS, *extra, *DOCUMENT_FIELDS]
            + [f"{i}_{s}" for i in ITEM_IDS for s in ITEM_FIELDS])


def matrix(rows: list[dict]):
    """The matrix as a pandas DataFrame (also with no rows: the columns stay).

    Whole numbers (pages, words, and the year when every year given is one) are nullable integers;
    a missing value is NA. Without a review, the reviewed status is empty and the final status is
    the tool's."""
    import pandas as pd

    cols = matrix_columns(rows)
    df = pd.DataFrame([[r.get(c) for c in cols] for r in rows], columns=cols)
    for c in ("pages", "words"):  # whole numbers, empty for failed documents and text without pages
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
    years = df["year"].map(lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v).strip())
    if years.str.fullmatch(r"\d{1,4}|").all():
        df["year"] = pd.to_numeric(years.replace("", None), errors="coerce").astype("Int64")
    for iid in ITEM_IDS:
        final = df[f"{iid}_final"]
        df[f"{iid}_final"] = final.where(final.notna() & (final != ""), df[f"{iid}_status"])
        df[f"{iid}_review_changed"] = df[f"{iid}_review_changed"].astype("boolean")
    texts = {"error", "warnings", "report", "pipeline", "ruleset_version", "ruleset_sha256", "sha256",
             "checker_version"}
    for c in df.columns:
        if c.endswith(("_status", "_confidence", "_reviewed", "_final")) or c in texts:
            df[c] = df[c].fillna("").astype(str)
    return df


def progress_bar(total: int):
    """A tqdm bar with documents done, failed and words per second; silent when not on a terminal."""
    from tqdm import tqdm

    bar = tqdm(total=total, unit="doc", disable=None if sys.stderr.isatty() else True, file=sys.stderr,
               dynamic_ncols=True)
    state = {"failed": 0, "words": 0, "t0": time.perf_counter()}

    def update(res: dict) -> None:
        state["failed"] += bool(res.get("error"))
        state["words"] += int(res.get("words") or 0)
        rate = state["words"] / max(1e-6, time.perf_counter() - state["t0"])
        bar.set_postfix_str(f"mislukt {state['failed']}, {rate:,.0f} woorden/s", refresh=False)
        bar.update(1)

    update.close = bar.close  # type: ignore[attr-defined]
    return update


def batch(paths: Iterable[str | os.PathLike] | str | os.PathLike, meta: str | os.PathLike | dict | None = None,
          out: str | os.PathLike | None = None, jobs: int = 1, force: bool = False, model: str = "auto",
          long: bool = False, reviews: str | os.PathLike | None = None):
    """Check many agreements and return a pandas DataFrame shaped like matrix.csv (`long=True`: one
    row per document x item, see `checker.tidy`).

    `paths`: a folder, a CSV listing files, or a list of files. `meta`: a CSV like corpus.csv or a
    dict {file name: {column: value}}. `out`: where the JSON reports go; without it they go to a new
    private temporary folder (mode 0700) that is kept, so `checker.evidence(df)` can read them; its
    path is `df.attrs["reports_dir"]`. `reviews`: a reviews.csv or matrix.xlsx to apply.
    `df.attrs` also holds the rule set and the date.
    """
    import tempfile
    from datetime import date

    from checker import reviews as store

    if isinstance(paths, (str, os.PathLike)):
        inputs = collect(Path(paths), Path(meta) if isinstance(meta, (str, os.PathLike)) else None)
    else:
        files = [Path(p) for p in paths]
        names = report_names(files, None)
        lookup = meta if isinstance(meta, dict) else (read_meta(Path(meta)) if meta else {})
        inputs = [BatchInput(p, n, dict(lookup.get(p.name) or lookup.get(str(p)) or {}))
                  for p, n in zip(files, names)]
    given = store.read(Path(reviews)) if reviews is not None else []
    folder = Path(out) if out is not None else Path(tempfile.mkdtemp(prefix="akkoordcheck-batch-"))
    result = run(inputs, folder, jobs=jobs, force=force or out is None, model=model)
    store.apply(result.rows, given)
    df = matrix(result.rows)
    versions = sorted({v for v in df["ruleset_version"] if v})
    df.attrs.update({"ruleset": ", ".join(versions), "date": date.today().isoformat(),
                     "reports_dir": str(folder / "reports")})
    if long:
        from checker.frames import tidy

        return tidy(df)
    return df
