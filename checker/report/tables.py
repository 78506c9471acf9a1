"""CSV and XLSX reports: items, evidence and document information, from the declared columns."""
from __future__ import annotations

import io

from checker.models import Report
from checker.report.cells import to_csv, to_excel
from checker.report.columns import (EVIDENCE_COLUMNS, INFO_COLUMNS, ITEM_COLUMNS, evidence_rows, info_rows,
                                    item_rows, table)

SHEETS_NL = ("Punten", "Bewijs", "Document")
SHEETS_EN = ("Items", "Evidence", "Document")


def render_csv(report: Report) -> str:
    """One row per item; machine column names so scripts can rely on them."""
    return to_csv(table(ITEM_COLUMNS, item_rows(report)))


def render_xlsx(report: Report, lang: str = "nl") -> bytes:
    """A workbook: items, every evidence passage, document and rule-set information."""
    import pandas as pd

    names = SHEETS_EN if lang == "en" else SHEETS_NL
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        for sheet, columns, rows in ((names[0], ITEM_COLUMNS, item_rows(report)),
                                     (names[1], EVIDENCE_COLUMNS, evidence_rows(report)),
                                     (names[2], INFO_COLUMNS, info_rows(report))):
            df = table(columns, rows)
            ws = to_excel(df, xl, sheet)
            ws.freeze_panes = "A2"
            for i, col in enumerate(df.columns, start=1):
                longest = max([len(str(col))] + [len(str(v)) for v in df[col].head(50)])
                ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, max(8, longest + 2))
    return buf.getvalue()
