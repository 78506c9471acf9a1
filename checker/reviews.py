"""Reviews: a person's status for one document and item, kept across re-runs.

A review is keyed by the document's sha256 and the item id, so it survives a renamed file and a
re-run with new rules. It records the tool's status at the time of the review, so a later run can
flag every cell where the tool changed its mind since.

Where reviews come from:
- `reviews.csv` in a batch's output folder: the store, written by every batch (`REVIEW_COLUMNS`);
  a reviewer may edit it, or write one by hand (`sha256`, `item`, `status` are enough; the status as
  a code, `covered`, or as its Dutch label, `Overgenomen`);
- the previous `matrix.xlsx`: the `<item> beoordeling` and `<item> notitie` columns of `Overzicht`
  (with the row's `Beoordelaar`), and the reviews it was written with (sheet `Beoordelingen`);
- `--reviews FILE` (a CSV like reviews.csv, or a matrix.xlsx).

When two sources hold a review of the same cell, the most recent one wins (`reviewed_at`; a review
without a date gets the date of the file it is in); on the same date the later source in the list.
A review is never dropped: one for a document that is not in this batch stays in the store.
"""
from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from checker.batching import ITEM_IDS
from checker.errors import InputError
from checker.models import STATUS_LABELS_EN, STATUS_LABELS_NL, STATUS_SYMBOLS, STATUSES

REVIEW_COLUMNS = ("sha256", "item", "status", "note", "reviewer", "reviewed_at", "tool_status", "file",
                  "municipality", "ruleset_version")
REQUIRED = ("sha256", "item", "status")
OVERVIEW_SHEET = "Overzicht"
REVIEWS_SHEET = "Beoordelingen"
REVIEW_HEADER = "{item} beoordeling"
NOTE_HEADER = "{item} notitie"
REVIEWER_HEADER = "Beoordelaar"
SHA_HEADER = "sha256"


class ReviewError(InputError):
    """A review file cannot be used: a missing column, an unknown status or item."""


@dataclass(frozen=True)
class Review:
    """One person's status for one item of one document."""

    sha256: str
    item: str
    status: str  # one of STATUSES
    note: str = ""
    reviewer: str = ""
    reviewed_at: str = ""  # ISO date and time, to the second
    tool_status: str = ""  # the tool's status when the review was made ("" until first seen)
    file: str = ""
    municipality: str = ""
    ruleset_version: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.sha256, self.item)


def status_cell(status: str) -> str:
    """A status as the workbook shows it: symbol and Dutch label ('✓ Overgenomen')."""
    return f"{STATUS_SYMBOLS[status]} {STATUS_LABELS_NL[status]}" if status in STATUS_SYMBOLS else ""


_BY_TEXT = {**{s: s for s in STATUSES}, **{v.lower(): k for k, v in STATUS_LABELS_NL.items()},
            **{v.lower(): k for k, v in STATUS_LABELS_EN.items()},
            **{status_cell(s).lower(): s for s in STATUSES}}
_STATUS_HINT = ("Gebruik een van de vijf statussen: " + ", ".join(STATUS_LABELS_NL[s] for s in STATUSES)
                + " (of covered, partial, mentioned, absent, contradicted).")


def parse_status(value: str, where: str) -> str:
    """The status code of a code, a Dutch or English label, or a workbook cell; a clear error if none."""
    text = " ".join(str(value).split()).lower()
    if text in _BY_TEXT:
        return _BY_TEXT[text]
    if text[:1] in {s.lower() for s in STATUS_SYMBOLS.values()} and text[1:].strip() in _BY_TEXT:
        return _BY_TEXT[text[1:].strip()]
    raise ReviewError(f"{where}: onbekende status ‘{value}’.", hint=_STATUS_HINT)


def _item(value: str, where: str) -> str:
    item = str(value).strip().upper()
    if item not in ITEM_IDS:
        raise ReviewError(f"{where}: onbekend punt ‘{value}’.",
                          hint="Een beoordeling hoort bij een van de punten P01–P10 of T1–T5.")
    return item


def _mtime(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="seconds")


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# -- CSV ------------------------------------------------------------------------------------------
def read_csv(path: Path) -> list[Review]:
    """Reviews from a CSV (reviews.csv or one written by hand; ',' or ';' between the columns)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ReviewError(f"Kan {path} niet lezen: {e.strerror}.", hint="Controleer het pad van --reviews.") from e
    except UnicodeDecodeError as e:
        raise ReviewError(f"{path} is geen CSV in UTF-8.", hint="Sla het bestand op als ‘CSV UTF-8’.") from e
    header = text.split("\n", 1)[0]
    sep = ";" if header.count(";") > header.count(",") else ","
    try:
        rows = list(csv.DictReader(io.StringIO(text), delimiter=sep))
    except csv.Error as e:
        raise ReviewError(f"{path} is geen leesbare CSV ({e}).", hint="Sla het bestand op als CSV in UTF-8.") from e
    fields = [(f or "").strip() for f in (csv.DictReader(io.StringIO(header), delimiter=sep).fieldnames or [])]
    missing = [c for c in REQUIRED if c not in fields]
    if missing:
        raise ReviewError(f"{path} mist de kolom(men) {', '.join(missing)}.",
                          hint="Zet in de eerste regel minstens sha256, item en status (zie README, ‘Beoordelen’).")
    undated = _mtime(path)
    out = []
    for n, row in enumerate(rows, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        if None in row or not any(row.values()):
            continue
        if not row.get("status"):
            continue  # no status: no review (an empty line of a sheet)
        where = f"{path.name} regel {n}"
        if not row.get("sha256"):
            raise ReviewError(f"{where}: geen sha256.", hint="Elke beoordeling hoort bij een document: vul de "
                                                             "sha256 in uit matrix.csv.")
        out.append(Review(sha256=row["sha256"].lower(), item=_item(row["item"], where),
                          status=parse_status(row["status"], where), note=row.get("note", ""),
                          reviewer=row.get("reviewer", ""), reviewed_at=row.get("reviewed_at") or undated,
                          tool_status=parse_status(row["tool_status"], where) if row.get("tool_status") else "",
                          file=row.get("file", ""), municipality=row.get("municipality", ""),
                          ruleset_version=row.get("ruleset_version", "")))
    return out


def reviews_frame(reviews: list[Review]):
    """The reviews as a DataFrame with REVIEW_COLUMNS (also when there are none)."""
    import pandas as pd

    return pd.DataFrame([asdict(r) for r in reviews], columns=list(REVIEW_COLUMNS)).astype(str)


def reviews_csv(reviews: list[Review], sep: str = ",", bom: bool = True) -> str:
    """reviews.csv: one row per review, sorted by document and item; text cells neutralised."""
    from checker.report.cells import to_csv

    ordered = sorted(reviews, key=lambda r: (r.file, r.sha256, ITEM_IDS.index(r.item)))
    return to_csv(reviews_frame(ordered), sep=sep, bom=bom)


# -- the workbook ---------------------------------------------------------------------------------
def read_workbook(path: Path) -> list[Review]:
    """Reviews from a matrix.xlsx: those it was written with (sheet Beoordelingen), then the cells a
    reviewer filled or changed in Overzicht since (dated by the file)."""
    import openpyxl

    path = Path(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        raise ReviewError(f"{path} is geen leesbaar Excel-bestand ({type(e).__name__}).",
                          hint="Geef met --reviews een reviews.csv of een matrix.xlsx van akkoordcheck.") from e
    try:
        if OVERVIEW_SHEET not in book.sheetnames:
            raise ReviewError(f"{path} heeft geen blad ‘{OVERVIEW_SHEET}’.",
                              hint="Geef een matrix.xlsx die akkoordcheck batch schreef, of een reviews.csv.")
        snapshot = _sheet_reviews(book[REVIEWS_SHEET], path) if REVIEWS_SHEET in book.sheetnames else []
        known = {r.key: r for r in snapshot}
        edited = []
        rows = book[OVERVIEW_SHEET].iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(rows, ())]
        if SHA_HEADER not in header:
            raise ReviewError(f"{path}: het blad {OVERVIEW_SHEET} heeft geen kolom {SHA_HEADER}.",
                              hint="Laat de kolommen van akkoordcheck staan; voeg alleen beoordelingen toe.")
        col = {h: i for i, h in enumerate(header)}
        tool_col = {iid: next((i for i, h in enumerate(header) if h.startswith(f"{iid} ")
                               and h not in (REVIEW_HEADER.format(item=iid), NOTE_HEADER.format(item=iid))), None)
                    for iid in ITEM_IDS}
        dated = _mtime(path)
        for n, row in enumerate(rows, start=2):
            value = dict(zip(header, row))
            sha = str(value.get(SHA_HEADER) or "").strip().lower()
            if not sha:
                continue
            for iid in ITEM_IDS:
                h = REVIEW_HEADER.format(item=iid)
                if h not in col or not str(value.get(h) or "").strip():
                    continue
                where = f"{path.name}, blad {OVERVIEW_SHEET}, cel {_coordinate(col[h], n)}"
                status = parse_status(str(value[h]), where)
                note = str(value.get(NOTE_HEADER.format(item=iid)) or "").strip()
                reviewer = str(value.get(REVIEWER_HEADER) or "").strip()
                old = known.get((sha, iid))
                if old is not None and (old.status, old.note) == (status, note):
                    continue  # as written: nothing new
                shown = row[tool_col[iid]] if tool_col[iid] is not None else ""
                edited.append(Review(sha, iid, status, note, reviewer or (old.reviewer if old else ""), dated,
                                     tool_status=parse_status(str(shown), where) if shown else "",
                                     file=str(value.get("Bestand") or ""),
                                     municipality=str(value.get("Gemeente") or "")))
        return snapshot + edited
    finally:
        book.close()


def _coordinate(col: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(col + 1)}{row}"


# the columns of sheet Beoordelingen, with the review field each holds
SHEET_COLUMNS = (("Gemeente", "municipality"), ("Bestand", "file"), ("Punt", "item"),
                 ("Beoordeling", "status"), ("Notitie", "note"), ("Beoordelaar", "reviewer"),
                 ("Datum", "reviewed_at"), ("Tool bij beoordeling", "tool_status"),
                 ("Regelset bij beoordeling", "ruleset_version"), ("sha256", "sha256"))


def _sheet_reviews(ws, path: Path) -> list[Review]:
    rows = ws.iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, ())]
    fields = dict(SHEET_COLUMNS)
    out = []
    for n, row in enumerate(rows, start=2):
        value = {fields[h]: str(v if v is not None else "").strip() for h, v in zip(header, row) if h in fields}
        if not value.get("sha256") or not value.get("status"):
            continue
        where = f"{path.name}, blad {REVIEWS_SHEET}, regel {n}"
        out.append(Review(sha256=value["sha256"].lower(), item=_item(value.get("item", ""), where),
                          status=parse_status(value["status"], where), note=value.get("note", ""),
                          reviewer=value.get("reviewer", ""), reviewed_at=value.get("reviewed_at", ""),
                          tool_status=parse_status(value["tool_status"], where) if value.get("tool_status") else "",
                          file=value.get("file", ""), municipality=value.get("municipality", ""),
                          ruleset_version=value.get("ruleset_version", "")))
    return out


# -- one store ------------------------------------------------------------------------------------
def read(path: Path) -> list[Review]:
    """Reviews from a CSV or a matrix.xlsx."""
    path = Path(path)
    if not path.is_file():
        raise ReviewError(f"Beoordelingen {path} bestaan niet.", hint="Controleer het pad van --reviews.")
    return read_workbook(path) if path.suffix.lower() in (".xlsx", ".xlsm") else read_csv(path)


def _has_overview(path: Path) -> bool:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # not a workbook we can read: it holds no reviews we could keep
        return False
    try:
        return OVERVIEW_SHEET in book.sheetnames
    finally:
        book.close()


def merge(*sources: list[Review]) -> list[Review]:
    """One review per cell: the most recent; on the same date, the one from the later source."""
    best: dict[tuple[str, str], Review] = {}
    for source in sources:
        for r in source:
            old = best.get(r.key)
            if old is None or r.reviewed_at >= old.reviewed_at:
                best[r.key] = r
    return list(best.values())


def for_batch(out_dir: Path, explicit: Path | None = None) -> list[Review]:
    """The reviews a batch into `out_dir` starts from: the previous matrix.xlsx, reviews.csv, and
    `--reviews FILE`, in that order (see the module's docstring). Raises ReviewError before anything
    is run or written."""
    out_dir = Path(out_dir)
    sources = []
    if (out_dir / "matrix.xlsx").is_file() and _has_overview(out_dir / "matrix.xlsx"):
        sources.append(read(out_dir / "matrix.xlsx"))  # (a workbook of an older version holds no reviews)
    if (out_dir / "reviews.csv").is_file():
        sources.append(read(out_dir / "reviews.csv"))
    if explicit is not None:
        sources.append(read(explicit))
    return merge(*sources)


def apply(rows: list[dict], reviews: list[Review]) -> list[Review]:
    """Add each row's reviewed and final status per item and flag where the tool's status changed
    since the review (in place). Returns the reviews with the file, municipality and, for a review
    never seen with a tool status, the tool's present status filled in."""
    by_sha: dict[str, list[dict]] = {}
    for row in rows:
        if row.get("sha256") and not row.get("error"):
            by_sha.setdefault(row["sha256"], []).append(row)
    out = []
    for r in reviews:
        matched = by_sha.get(r.sha256, [])
        for row in matched:
            tool = row.get(f"{r.item}_status") or ""
            if not r.tool_status and tool:
                r = replace(r, tool_status=tool, ruleset_version=r.ruleset_version or row.get("ruleset_version", ""))
            row[f"{r.item}_reviewed"] = r.status
            row[f"{r.item}_final"] = r.status
            row[f"{r.item}_review_changed"] = bool(r.tool_status and tool and r.tool_status != tool)
        if matched:
            first = matched[0]
            r = replace(r, file=first.get("file", "") or r.file,
                        municipality=first.get("municipality", "") or r.municipality)
        out.append(r)
    return out


def gold_files(reviews: list[Review]) -> dict[str, dict]:
    """The reviews in the gold-label format of DESIGN.md: {JSON file name: gold data}, one per document."""
    docs: dict[str, dict] = {}
    for r in sorted(reviews, key=lambda r: (r.file, r.sha256, ITEM_IDS.index(r.item))):
        name = Path(r.file).name if r.file else r.sha256
        doc = docs.setdefault(r.sha256, {"document": name, "sha256": r.sha256,
                                          "annotation": "reviews (akkoordcheck reviews export)", "labels": {}})
        doc["labels"][r.item] = {"status": r.status, "evidence": [], "reason": r.note,
                                 "reviewer": r.reviewer, "reviewed_at": r.reviewed_at}
    out: dict[str, dict] = {}
    for doc in docs.values():
        stem = Path(doc["document"]).stem
        name = f"{stem}.json" if f"{stem}.json" not in out else f"{stem}.{doc['sha256'][:8]}.json"
        out[name] = doc
    return out


def fill_time(reviews: list[Review]) -> list[Review]:
    """Reviews with a date; those without one get the present moment."""
    stamp = now()
    return [r if r.reviewed_at else replace(r, reviewed_at=stamp) for r in reviews]


__all__ = ["Review", "ReviewError", "REVIEW_COLUMNS", "apply", "for_batch", "gold_files", "merge", "parse_status",
           "read", "read_csv", "read_workbook", "reviews_csv", "reviews_frame", "status_cell", "fill_time"]
