"""Spreadsheets we write show text, never run it, and never crash on a control character.

Text in a cell comes from the agreement (quotes, headings), from file names and from the metadata
CSV. A text that starts with = + - @ TAB or CR must not become a formula: in XLSX every text cell is
a string cell; in CSV such a text gets a leading single quote (OWASP, "CSV Injection"), numbers
stay numbers. A BEL (or any other C0 control character) must not crash the XLSX writer (openpyxl's
IllegalCharacterError) nor, in `serve`, a download. The inputs are built here.
"""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import CORPUS, text_document

LEADS = ("=", "+", "-", "@", "\t", "\r")
HYPERLINK = '=HYPERLINK("http://x","klik")'
WEBSERVICE = '=WEBSERVICE("http://x")'
SUM = "@SUM(1+1)"
BEL = "\x07"

# a short agreement whose commitments start like formulas, with a BEL in one passage
AGREEMENT = "\n\n".join([
    "Coalitieakkoord 2026-2030",
    HYPERLINK,
    f"{HYPERLINK} De gemeente investeert in de jeugdzorg en in de samenwerking met het onderwijs.",
    f"{WEBSERVICE} wij investeren in de jeugdzorg en de lokale teams in elke wijk.",
    f"{SUM} wij versterken de lokale teams in elke wijk zodat kinderen snel hulp krijgen.",
    f"Wij investeren in de jeugdzorg {BEL} en versterken de lokale teams in elke wijk.",
]) + "\n"

HOSTILE_MUNICIPALITY = HYPERLINK
BEL_MUNICIPALITY = f"Gemeente{BEL}Bel"


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def assert_xlsx_safe(data: bytes | Path) -> dict[str, list[list]]:
    """No formula and no error cell anywhere; every text a string cell, without control characters.
    Returns the values, sheet by sheet."""
    book = openpyxl.load_workbook(io.BytesIO(data) if isinstance(data, bytes) else data)
    values = {}
    for ws in book.worksheets:
        rows = []
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), (ws.title, cell.coordinate, cell.value)
                if cell.value is not None and cell.data_type != "n":
                    assert isinstance(cell.value, str), (ws.title, cell.coordinate, cell.value)
                    assert BEL not in cell.value
            rows.append([cell.value for cell in row])
        values[ws.title] = rows
    return values


def assert_csv_safe(text: str) -> list[list[str]]:
    """No text cell starts like a formula (numbers may start with a sign); no control character."""
    rows = list(csv.reader(io.StringIO(text)))
    for row in rows:
        for value in row:
            assert not (value.startswith(LEADS) and not _is_number(value)), value
            assert BEL not in value
    return rows


def cells(values: dict[str, list[list]]) -> set:
    return {v for rows in values.values() for row in rows for v in row}


@pytest.fixture
def hostile(tmp_path) -> Path:
    """A folder: the agreement above named '=akkoord.txt', a sample named '+lindewaard.txt', a broken
    PDF named '-kapot.pdf'; and a --meta CSV with formulas and a BEL in a municipality name."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "=akkoord.txt").write_text(AGREEMENT, encoding="utf-8")
    shutil.copy(CORPUS / "lindewaard_2026_coalitieakkoord.txt", folder / "+lindewaard.txt")
    (folder / "-kapot.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    with open(tmp_path / "meta.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "municipality", "cbs_code", "province", "year", "kind", "=bron"])
        w.writerow(["=akkoord.txt", HOSTILE_MUNICIPALITY, "+31", SUM, "2026", "\t=1+1", WEBSERVICE])
        w.writerow(["+lindewaard.txt", BEL_MUNICIPALITY, "-5", "@Utrecht", "2026", "-cmd", f"bron{BEL}"])
        w.writerow(["-kapot.pdf", "=1+2", "0123", "\rZeeland", "2025", "akkoord", "+x"])
    return folder


def test_batch_writes_no_formula_and_survives_a_bel(hostile, tmp_path):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["batch", str(hostile), "--meta", str(tmp_path / "meta.csv"), "--out", str(out),
                                    "-j", "1", "--model", "blank"])
    assert res.exit_code == 1, res.output  # the broken PDF failed; everything was still written
    assert isinstance(res.exception, SystemExit) and "Traceback" not in res.output
    for name in ("matrix.csv", "errors.csv", "matrix.xlsx", "summary.md", "heatmap.svg", "heatmap.png"):
        assert (out / name).exists(), name

    book = assert_xlsx_safe(out / "matrix.xlsx")
    assert set(book) == {"Overzicht", "Bewijs", "Fouten", "Samenvatting", "Beoordelingen", "Uitleg"}
    seen = cells(book)
    # the hostile values are there, as text
    for value in (HOSTILE_MUNICIPALITY, SUM, WEBSERVICE, "+31", "@Utrecht", "=1+2", "=bron", "-cmd"):
        assert value in seen, value
    assert BEL_MUNICIPALITY.replace(BEL, "\ufffd") in seen
    assert any(isinstance(v, str) and Path(v).name == "=akkoord.txt" for v in seen)
    header = book["Overzicht"][0]
    row = dict(zip(header, next(r for r in book["Overzicht"][1:] if Path(r[header.index("Bestand")]).name
                                == "=akkoord.txt")))
    assert row["Gemeente"] == HOSTILE_MUNICIPALITY and row["Jaar"] == 2026  # a year is a number
    assert isinstance(row["Woorden"], int)  # numbers stay numbers
    # the evidence sheet holds the passages that start like formulas, as text
    quotes = {r[5] for r in book["Bewijs"][1:]}
    assert any(str(q).startswith(HYPERLINK) for q in quotes) and any(str(q).startswith(SUM) for q in quotes)
    assert [r[1] for r in book["Fouten"][1:]] == ["=1+2"]

    matrix_rows = assert_csv_safe((out / "matrix.csv").read_text(encoding="utf-8"))
    header = matrix_rows[0]
    by_file = {Path(r[0]).name: dict(zip(header, r)) for r in matrix_rows[1:]}  # full paths: no quote
    assert set(by_file) == {"=akkoord.txt", "+lindewaard.txt", "-kapot.pdf"}
    first = by_file["=akkoord.txt"]
    assert first["municipality"] == "'" + HOSTILE_MUNICIPALITY and first["province"] == "'" + SUM
    assert first["year"] == "2026" and first["'=bron"] == "'" + WEBSERVICE
    second = by_file["+lindewaard.txt"]
    assert second["municipality"] == "Gemeente\ufffdBel" and second["cbs_code"] == "-5"  # a number is left alone
    assert _is_number(second["P05_score"])
    errors = assert_csv_safe((out / "errors.csv").read_text(encoding="utf-8"))
    assert [(Path(r[0]).name, r[1]) for r in errors[1:]] == [("-kapot.pdf", "'=1+2")]

    import xml.dom.minidom

    xml.dom.minidom.parse(str(out / "heatmap.svg"))  # still well-formed XML with a BEL in a label


def test_check_report_tables_write_no_formula(tmp_path):
    """Evidence quotes and file name that start like formulas, in the CSV and XLSX of `check`."""
    src = tmp_path / "+akkoord.txt"
    src.write_text(AGREEMENT, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["check", str(src), "--format", "csv,xlsx", "--out", str(out), "--model", "blank"])
    assert res.exit_code == 0, res.output
    book = assert_xlsx_safe(out / "+akkoord.xlsx")
    seen = cells(book)
    assert "+akkoord.txt" in seen
    quotes = [v for v in seen if isinstance(v, str) and v.startswith(("=", "@"))]
    assert any(v.startswith(HYPERLINK) for v in quotes) and any(v.startswith(WEBSERVICE) for v in quotes)
    assert any(v.startswith(SUM) for v in quotes)
    rows = assert_csv_safe((out / "+akkoord.csv").read_text(encoding="utf-8"))
    assert any(v.startswith("'" + HYPERLINK) for r in rows for v in r)


def test_a_bel_in_a_name_or_text_does_not_crash_the_xlsx_writer(checker):
    from checker.report import render_bytes

    report = checker.check_document(text_document(AGREEMENT, name=f"akkoord{BEL}.txt"))
    book = assert_xlsx_safe(render_bytes(report, "xlsx"))
    assert "akkoord\ufffd.txt" in cells(book)
    rows = assert_csv_safe(render_bytes(report, "csv").decode("utf-8"))
    assert len(rows) == 16


def test_csv_quotes_text_but_leaves_numbers(tmp_path):
    """Through the batch writer: text cells that start like a formula are quoted, numbers are not."""
    from checker.report.batch import write_outputs

    texts = [lead + "cmd" for lead in LEADS] + ["-3", "2026", "gewoon"]
    scores = [-0.5, 1.0, 0.0, -3.0, 2.5, 0.25, -1.0, 2026.0, 0.5]
    rows = [{"file": f"{i}.txt", "municipality": t, "cbs_code": t, "year": "2026", "error": "", "P01_status": "absent",
             "P01_score": s, "pages": -i, "words": 10} for i, (t, s) in enumerate(zip(texts, scores))]
    write_outputs(rows, tmp_path, heatmap=False)
    got = list(csv.DictReader(io.StringIO((tmp_path / "matrix.csv").read_text(encoding="utf-8"))))
    # a CR lead is quoted too, and written as LF inside a quoted cell: the row stays one row
    quoted = ["'" + lead.replace("\r", "\n") + "cmd" for lead in LEADS] + ["-3", "2026", "gewoon"]
    assert [r["municipality"] for r in got] == quoted and [r["cbs_code"] for r in got] == quoted
    assert [float(r["P01_score"]) for r in got] == scores and [r["P01_score"] for r in got][0] == "-0.5"
    assert [r["pages"] for r in got] == [str(-i) for i in range(len(texts))] and {r["year"] for r in got} == {"2026"}
    book = assert_xlsx_safe(tmp_path / "matrix.xlsx")
    header = book["Overzicht"][0]
    xrows = [dict(zip(header, r)) for r in book["Overzicht"][1:]]
    assert [r["Gemeente"] for r in xrows] == texts  # XLSX: the text itself, as a string cell
    assert [r["CBS-code"] for r in xrows] == texts and [r["Pagina's"] for r in xrows] == [-i for i in range(len(texts))]


def test_hostile_reviews_stay_text_in_the_workbook_and_reviews_csv(tmp_path):
    """A review's note and reviewer that start like formulas, with a BEL: text in Overzicht and
    Beoordelingen, quoted in reviews.csv."""
    from checker.report.batch import write_outputs

    sha = "a" * 64
    rows = [{"file": "x.txt", "municipality": "Lindewaard", "sha256": sha, "error": "", "P01_status": "absent",
             "P01_score": 0.0, "pages": 1, "words": 10, "report": ""}]
    reviews = tmp_path / "r.csv"
    with open(reviews, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["sha256", "item", "status", "note", "reviewer"],
                                  [sha, "P01", "Overgenomen", HYPERLINK + BEL, SUM]])
    from checker.reviews import read

    write_outputs(rows, tmp_path / "o", heatmap=False, reviews=read(reviews))
    book = assert_xlsx_safe(tmp_path / "o" / "matrix.xlsx")
    seen = cells(book)
    assert HYPERLINK + "\ufffd" in seen and SUM in seen
    header = book["Overzicht"][0]
    assert book["Overzicht"][1][header.index("P01 notitie")] == HYPERLINK + "\ufffd"
    assert book["Overzicht"][1][header.index("Beoordelaar")] == SUM
    stored = assert_csv_safe((tmp_path / "o" / "reviews.csv").read_text(encoding="utf-8-sig"))
    assert "'" + HYPERLINK + "\ufffd" in stored[1] and "'" + SUM in stored[1]


def test_serve_downloads_write_no_formula_and_survive_a_bel(checker, tmp_path):
    from tests.test_serve import HOST, finished, upload

    from checker.serve import create_app

    app = create_app(checker, upload_dir=tmp_path / "uploads", max_upload_mb=2)
    try:
        client = app.test_client()
        job = upload(client, "/check", files=[(AGREEMENT.encode(), "=akkoord.txt"),
                                              ((CORPUS / "lindewaard_2026_coalitieakkoord.txt").read_bytes(),
                                               "@lindewaard.txt")])
        finished(client, job)
        for url in ("matrix.xlsx", "0/report.xlsx", "1/report.xlsx"):
            resp = client.get(job + url, headers=HOST)
            assert resp.status_code == 200, url
            assert_xlsx_safe(resp.data)
        assert "=akkoord.txt" in cells(assert_xlsx_safe(client.get(job + "matrix.xlsx", headers=HOST).data))
        rows = assert_csv_safe(client.get(job + "matrix.csv", headers=HOST).get_data(as_text=True))
        assert [r[0] for r in rows[1:]] == ["'=akkoord.txt", "'@lindewaard.txt"]
        for url in ("matrix.csv", "0/report.csv"):
            resp = client.get(job + url, headers=HOST)
            assert resp.status_code == 200, url
            rows = assert_csv_safe(resp.get_data(as_text=True))
        assert any(v.startswith("'" + HYPERLINK) for r in rows for v in r)
    finally:
        app.extensions["akkoordcheck"].close()
