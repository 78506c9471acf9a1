"""matrix.xlsx: the national overview as a tracker people work in.

Sheets:
- `Overzicht`: one row per document, the municipality first and frozen, then province, year, kind
  and other metadata, a link to the document's report, per item the tool's status (symbol and Dutch
  label, coloured by conditional formatting) with a `beoordeling` drop-down and a `notitie` for the
  reviewer, then the reviewer, what changed since a review, and the provenance at the right;
- `Bewijs`: one row per document x item x evidence passage;
- `Fouten`: the documents that could not be read;
- `Samenvatting`: per item the share of documents per (final) status, overall, per province, per kind;
- `Beoordelingen`: every review (read back by the next batch, see checker/reviews.py);
- `Uitleg`: the statuses and symbols, the rule set, the date, the measured accuracy, how to review.

Written with openpyxl's write-only mode (rows are streamed; 340 documents with their evidence take
well under a second). Every text goes through `cells.xlsx_value`: cleaned of control characters and
never a formula.
"""
from __future__ import annotations

import io
from pathlib import Path

from checker.accuracy import accuracy_note
from checker.batching import COMPUTED_COLUMNS, ITEM_IDS, META_FIELDS
from checker.models import STATUS_LABELS_NL, STATUS_SYMBOLS, STATUSES
from checker.report.cells import xlsx_value
from checker.report.palette import STATUS_PALETTE, SYMBOL_COLOURS
from checker.reviews import (NOTE_HEADER, OVERVIEW_SHEET, REVIEW_HEADER, REVIEWER_HEADER, REVIEWS_SHEET,
                             SHEET_COLUMNS, Review, status_cell)

EVIDENCE_SHEET, ERRORS_SHEET, SUMMARY_SHEET, EXPLAIN_SHEET = "Bewijs", "Fouten", "Samenvatting", "Uitleg"
META_HEADERS = {"municipality": "Gemeente", "province": "Provincie", "year": "Jaar", "kind": "Soort",
                "cbs_code": "CBS-code"}
# provenance at the right of Overzicht: (header, matrix column)
PROVENANCE = (("Pagina's", "pages"), ("Woorden", "words"), ("Bestand", "file"), ("sha256", "sha256"),
              ("Regelset", "ruleset_version"), ("Regelset-sha256", "ruleset_sha256"),
              ("Versie akkoordcheck", "checker_version"), ("Taalmodel", "pipeline"),
              ("Waarschuwingen", "warnings"), ("Fout", "error"))
EVIDENCE_HEADERS = (("Gemeente", "municipality"), ("Bestand", "file"), ("Punt", "item"), ("Status", "status"),
                    ("Onderdeel", "aspect"), ("Passage", "text"), ("Pagina", "page"),
                    ("Gedrukte pagina", "page_label"), ("Kop", "heading"),
                    ("Signaalwoord", "cue"), ("sha256", "sha256"))
SHORT_TITLE = 30  # characters of an item's title in its column header
INVALID_REVIEW = ("Kies een van de vijf statussen uit de lijst, of laat de cel leeg.")


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    """An item's title cut at a word boundary to fit a column header."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _fonts():
    from openpyxl.styles import Alignment, Font, PatternFill

    return {"header": {"font": Font(bold=True), "fill": PatternFill("solid", fgColor="DDDDDD"),
                       "alignment": Alignment(wrap_text=True, vertical="top")},
            "link": {"font": Font(color="0563C1", underline="single")},
            "changed": {"font": Font(bold=True, color="D55E00")},
            "percent": {"number_format": "0%"}}


def _widths(ws, headers: list[str], rows: list[list], cap: int = 50, sample: int = 300) -> None:
    """Column widths that fit the header and the longest value of the first rows (set before rows)."""
    from openpyxl.utils import get_column_letter

    for i, h in enumerate(headers):
        longest = max([min(len(str(h)), 24)] + [len(str(r[i])) for r in rows[:sample] if r[i] is not None])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(cap, max(6, longest + 2))


def _header(ws, headers: list[str], styles) -> None:
    ws.row_dimensions[1].height = 45  # wrapped headers (item titles) show whole
    ws.append([xlsx_value(ws, h, styles["header"]) for h in headers])


def _sheet(wb, title: str, freeze: str = "A2"):
    """A write-only sheet with its header row (and first columns) frozen: set before any row."""
    ws = wb.create_sheet(title)
    ws.freeze_panes = freeze
    return ws


def _table_tail(ws, n_cols: int, n_rows: int) -> None:
    from openpyxl.utils import get_column_letter

    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, n_cols))}{n_rows + 1}"


def _status_formats(ws, ranges: list[str]) -> None:
    """Conditional formatting: each status cell filled with its colour (the symbol is in the text)."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    if not ranges:
        return
    target = " ".join(ranges)
    for s in STATUSES:
        fill = STATUS_PALETTE[s].lstrip("#")
        ws.conditional_formatting.add(target, CellIsRule(
            operator="equal", formula=[f'"{status_cell(s)}"'], fill=PatternFill("solid", start_color=fill,
                                                                                end_color=fill),
            font=Font(color=SYMBOL_COLOURS[s].lstrip("#"))))


def _value(v):
    """A matrix value for a cell: pandas' NA as empty."""
    try:
        import pandas as pd

        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return None
    except (TypeError, ValueError):
        pass
    return v


def overview(wb, df, titles: dict[str, str], report_links: list[str | None], reviews: list[Review], styles) -> None:
    """Sheet Overzicht (see the module's docstring)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = _sheet(wb, OVERVIEW_SHEET, freeze="B2")
    meta = [c for c in (*META_FIELDS, *[c for c in df.columns if c not in _KNOWN]) if c in df.columns]
    headers = [META_HEADERS.get(c, c) for c in meta] + ["Rapport"]
    for iid in ITEM_IDS:
        headers += [f"{iid} {short_title(titles.get(iid, iid))}", REVIEW_HEADER.format(item=iid),
                    NOTE_HEADER.format(item=iid)]
    headers += [REVIEWER_HEADER, "Let op"] + [h for h, _ in PROVENANCE]
    by_key = {rv.key: rv for rv in reviews}
    rows = []
    for (_, r), link in zip(df.iterrows(), report_links):
        who = _value(r.get("municipality")) or Path(str(r["file"])).name
        values = [who] + [_value(r.get(c)) for c in meta[1:]] + ["openen" if link else None]
        changed, flags, reviewers = [], [], []
        for iid in ITEM_IDS:
            status = r.get(f"{iid}_status") or ""
            rv = by_key.get((r.get("sha256"), iid)) if status else None
            values += [status_cell(status) or None, status_cell(rv.status) if rv else None, rv.note if rv else None]
            if rv is None:
                continue
            if rv.reviewer and rv.reviewer not in reviewers:
                reviewers.append(rv.reviewer)
            if rv.tool_status and rv.tool_status != status:
                changed.append(iid)
                flags.append(f"{iid}: de tool zegt nu {STATUS_LABELS_NL[status]}, bij de beoordeling "
                             f"{STATUS_LABELS_NL[rv.tool_status]}")
        values += [", ".join(reviewers) or None, "; ".join(flags) or None] + [_value(r.get(c)) for _, c in PROVENANCE]
        rows.append((values, link, set(changed)))
    _widths(ws, headers, [v for v, _, _ in rows])
    first_item = len(meta) + 2  # 1-based column of P01's status
    for k in range(len(ITEM_IDS)):  # the review pair of each item can be folded away
        for off in (1, 2):
            ws.column_dimensions[get_column_letter(first_item + 3 * k + off)].outlineLevel = 1
    _header(ws, headers, styles)
    link_col = len(meta)
    for values, link, changed in rows:
        cells = [xlsx_value(ws, v) for v in values]
        if link:
            cells[link_col] = xlsx_value(ws, "openen", {**styles["link"], "hyperlink": link})
        for k, iid in enumerate(ITEM_IDS):
            if iid in changed:
                i = first_item - 1 + 3 * k + 1
                cells[i] = xlsx_value(ws, values[i], styles["changed"])
        ws.append(cells)
    n = len(rows)
    if n:
        status_cols = [get_column_letter(first_item + 3 * k) for k in range(len(ITEM_IDS))]
        review_cols = [get_column_letter(first_item + 3 * k + 1) for k in range(len(ITEM_IDS))]
        _status_formats(ws, [f"{c}2:{c}{n + 1}" for c in status_cols + review_cols])
        choices = ",".join(status_cell(s) for s in STATUSES)
        dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True, showErrorMessage=True,
                            errorTitle="Onbekende status", error=INVALID_REVIEW,
                            promptTitle="Beoordeling", prompt="Kies de status die u zelf geeft.", showInputMessage=True)
        for c in review_cols:
            dv.add(f"{c}2:{c}{n + 1}")
        ws.data_validations.append(dv)
    _table_tail(ws, len(headers), n)


_KNOWN = COMPUTED_COLUMNS | {"file", *META_FIELDS}


def evidence_sheet(wb, evidence: list[dict], styles) -> None:
    """Sheet Bewijs: one row per evidence passage, filterable."""
    ws = _sheet(wb, EVIDENCE_SHEET)
    headers = [h for h, _ in EVIDENCE_HEADERS]
    rows = [[status_cell(e[c]) if c == "status" else e.get(c) for _, c in EVIDENCE_HEADERS] for e in evidence]
    _widths(ws, headers, rows, cap=80)
    _header(ws, headers, styles)
    for r in rows:
        ws.append([xlsx_value(ws, v) for v in r])
    if rows:
        _status_formats(ws, [f"D2:D{len(rows) + 1}"])
    _table_tail(ws, len(headers), len(rows))


def errors_sheet(wb, df, styles) -> None:
    ws = _sheet(wb, ERRORS_SHEET)
    bad = df[df["error"].fillna("") != ""]
    headers = ["Bestand", "Gemeente", "Fout"]
    rows = [[r["file"], _value(r.get("municipality")), r["error"]] for _, r in bad.iterrows()]
    _widths(ws, headers, rows, cap=100)
    _header(ws, headers, styles)
    for r in rows:
        ws.append([xlsx_value(ws, v) for v in r])
    _table_tail(ws, len(headers), len(rows))


def summary_sheet(wb, groups: list[tuple[str, str, dict]], titles: dict[str, str], styles) -> None:
    """Sheet Samenvatting: per group (all, each province, each kind) and item the share per status."""
    ws = _sheet(wb, SUMMARY_SHEET)
    headers = ["Groep", "Waarde", "Punt", "Onderwerp", "Documenten"] + [STATUS_LABELS_NL[s] for s in STATUSES]
    rows = []
    for group, value, per_item in groups:
        for iid in ITEM_IDS:
            counts = per_item[iid]
            n = sum(counts.values())
            rows.append([group, value, iid, titles.get(iid, ""), n] + [counts[s] / n if n else None for s in STATUSES])
    _widths(ws, headers, rows)
    _header(ws, headers, styles)
    for r in rows:
        ws.append([xlsx_value(ws, v) for v in r[:5]] + [xlsx_value(ws, v, styles["percent"]) for v in r[5:]])
    _table_tail(ws, len(headers), len(rows))


def reviews_sheet(wb, reviews: list[Review], df, styles) -> None:
    """Sheet Beoordelingen: every review, with the tool's status now and whether it changed."""
    ws = _sheet(wb, REVIEWS_SHEET)
    now = {}
    for _, r in df.iterrows():
        if r.get("sha256"):
            now[r["sha256"]] = r
    headers = [h for h, _ in SHEET_COLUMNS] + ["Tool nu", "Definitief", "Tool gewijzigd"]
    rows = []
    for rv in sorted(reviews, key=lambda x: (x.file, x.sha256, ITEM_IDS.index(x.item))):
        row = now.get(rv.sha256)
        tool = (row.get(f"{rv.item}_status") or "") if row is not None else ""
        values = [status_cell(getattr(rv, f)) if f in ("status", "tool_status") else getattr(rv, f)
                  for _, f in SHEET_COLUMNS]
        changed = "ja" if tool and rv.tool_status and tool != rv.tool_status else ("nee" if tool else "")
        rows.append(values + [status_cell(tool) or "niet in deze batch", status_cell(rv.status), changed])
    _widths(ws, headers, rows)
    _header(ws, headers, styles)
    for r in rows:
        ws.append([xlsx_value(ws, v) for v in r])
    if rows:
        n = len(rows) + 1
        _status_formats(ws, [f"D2:D{n}", f"H2:H{n}", f"K2:K{n}", f"L2:L{n}"])
    _table_tail(ws, len(headers), len(rows))


MEANINGS = {
    "covered": "het akkoord zegt het kernonderdeel toe en minstens één ander onderdeel",
    "partial": "het akkoord zegt een deel toe, niet genoeg voor ‘Overgenomen’",
    "mentioned": "het onderwerp staat erin, maar als beschrijving, zorg, onderzoek of vage ambitie",
    "absent": "niets in het document gaat over dit punt",
    "contradicted": "het akkoord kiest voor het tegendeel; gaat voor elke andere status",
}


def explain_sheet(wb, info: dict, titles: dict[str, str], styles) -> None:
    """Sheet Uitleg: statuses and symbols, items, rule set, date, accuracy, how to review."""
    ws = wb.create_sheet(EXPLAIN_SHEET)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 110
    rows = [["Status", "Betekenis"]]
    rows += [[status_cell(s), MEANINGS[s]] for s in STATUSES]
    rows += [[None, None], ["Punt", "Onderwerp"]] + [[iid, titles.get(iid, "")] for iid in ITEM_IDS]
    rows += [[None, None], ["Gegeven", "Waarde"],
             ["Regelset", info.get("ruleset", "")], ["Versie akkoordcheck", info.get("checker_version", "")],
             ["Datum", info.get("date", "")], ["Documenten", info.get("documents", 0)],
             ["Gemeten nauwkeurigheid", accuracy_note("nl")],
             ["Beoordelen", "Kies in Overzicht per punt een status in de kolom ‘beoordeling’ (de keuzelijst) en "
                            "schrijf eventueel een notitie; zet uw naam onder ‘Beoordelaar’. Sla het bestand op "
                            "en draai de batch opnieuw met dezelfde --out: de beoordelingen gaan naar "
                            "reviews.csv en blijven bewaard, ook met nieuwe regels. ‘Let op’ zegt waar de tool "
                            "sindsdien van mening veranderde."]]
    header_rows = {0, len(STATUSES) + 2, len(STATUSES) + 3 + len(ITEM_IDS) + 1}
    for i, r in enumerate(rows):
        ws.append([xlsx_value(ws, v, styles["header"] if i in header_rows else None) for v in r])


def matrix_workbook(df, evidence: list[dict], reviews: list[Review], groups: list[tuple[str, str, dict]],
                    titles: dict[str, str], info: dict, report_links: list[str | None] | None = None) -> bytes:
    """The batch workbook (see the module's docstring) as bytes."""
    from openpyxl import Workbook

    styles = _fonts()
    wb = Workbook(write_only=True)
    overview(wb, df, titles, report_links or [None] * len(df), reviews, styles)
    evidence_sheet(wb, evidence, styles)
    errors_sheet(wb, df, styles)
    summary_sheet(wb, groups, titles, styles)
    reviews_sheet(wb, reviews, df, styles)
    explain_sheet(wb, info, titles, styles)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
