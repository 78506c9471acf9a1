"""Cell values for every spreadsheet we write (CSV and XLSX): shown, never run, never a crash.

Text in a cell comes from the document (quotes, headings), from file names and from the user's
metadata CSV, so any of it can start like a formula or hold a control character:

- XLSX has cell types: every text cell is written as a string (openpyxl would store a text that
  starts with "=" as a formula, and "#N/A" as an error), so it is shown as typed. Numbers stay numbers.
- CSV has no cell types: a text cell that starts with = + - @ TAB or CR gets a leading single quote
  (OWASP, "CSV Injection"). Numbers, and text that is just a number (a year, "-3"), are left alone.
  A CR inside a text becomes LF, so the writer quotes the cell and the row stays one row.
- Control characters (C0 except TAB, LF and CR; DEL; lone surrogates) become U+FFFD: an XLSX file
  may not hold them (openpyxl raises IllegalCharacterError), nor may the SVG heatmap (XML), and a CSV
  should not.
"""
from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
# openpyxl's ILLEGAL_CHARACTERS_RE, plus DEL and the lone surrogates a file name may carry
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def clean_text(value: Any) -> Any:
    """A text without control characters (each becomes U+FFFD); any other value as it is."""
    if isinstance(value, str):
        return _CONTROL.sub(REPLACEMENT, value)
    return value


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: text cleaned and, when it starts like a formula, quoted with a leading '."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        text = "'" + text
    # a bare CR is a line end to spreadsheets, but Python's csv module (before 3.12) does not quote
    # a field for it when lines end in LF: as LF, the writer quotes it and the row stays whole
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _map_text(df, fn):
    """A copy of the DataFrame with `fn` applied to every text cell and every column name."""
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    out = df.copy()
    for i in range(out.shape[1]):  # by position: metadata may repeat a column name
        col = out.iloc[:, i]
        if not (is_numeric_dtype(col) or is_bool_dtype(col)):  # numbers stay numbers
            out.isetitem(i, col.map(fn))
    out.columns = [fn(c) for c in out.columns]
    return out


def to_csv(df, sep: str = ",", bom: bool = False) -> str:
    """The DataFrame as CSV text (no index, LF line ends), every text cell neutralised.

    `bom`: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8 (without it, Dutch
    Excel shows "Súdwest" as "SÃºdwest"); `sep=";"` is the separator Dutch Excel opens in columns."""
    # Dutch Excel, which wants ";" between columns, also wants a decimal comma
    text = _map_text(df, csv_cell).to_csv(index=False, lineterminator="\n", sep=sep, decimal="," if sep == ";" else ".")
    return ("\ufeff" + text) if bom else text


def text_as_strings(ws) -> None:
    """Mark every text cell of an openpyxl worksheet as a string: no formula, no error value."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"


def to_excel(df, writer, sheet_name: str):
    """Write the DataFrame as a sheet of a pandas ExcelWriter (openpyxl): texts cleaned and written
    as strings, numbers as numbers. Returns the openpyxl worksheet."""
    _map_text(df, clean_text).to_excel(writer, sheet_name=sheet_name, index=False)
    ws = writer.sheets[sheet_name]
    text_as_strings(ws)
    return ws


def xlsx_value(ws, value: Any, style: dict | None = None):
    """A value for a row of a write-only openpyxl worksheet: text cleaned, and a text that openpyxl
    would store as a formula ("=...") or an error ("#N/A") wrapped in a cell marked as a string.
    Numbers stay numbers; pandas' missing values become empty cells. `style` (font, fill,
    hyperlink, number_format, alignment) wraps the value in a styled cell."""
    if not style:  # the common case first: 340 documents' evidence is some 150,000 cells
        if value is None or isinstance(value, (bool, int)):
            return value
        if isinstance(value, float):
            return None if value != value else value
        if isinstance(value, str) and not _CONTROL.search(value) and value[:1] not in ("=", "#"):
            return value
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES

    if value is not None and not isinstance(value, (str, int, float, bool)):
        try:
            import pandas as pd

            if pd.isna(value):
                value = None
        except (TypeError, ValueError):
            pass
        if value is not None and hasattr(value, "item"):  # numpy scalars
            value = value.item()
    if isinstance(value, float) and value != value:  # NaN
        value = None
    text = isinstance(value, str)
    if text:
        value = clean_text(value)
    if not style and not (text and (value.startswith("=") or value in ERROR_CODES)):
        return value
    cell = WriteOnlyCell(ws, value=value)
    if text:
        cell.data_type = "s"
    for key, v in (style or {}).items():
        setattr(cell, key, v)
    return cell
