"""The batch workbook as a tracker, reviews that survive re-runs, `evaluate --reviews`, tidy frames.

A small real batch (two sample agreements with metadata) is run once for the module; the tests
open what it wrote with openpyxl and pandas.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

import checker
from checker.batching import ITEM_IDS
from checker.cli import main
from checker.models import STATUS_LABELS_NL
from checker.reviews import read_csv, status_cell
from tests.conftest import CORPUS, ROOT

LINDEWAARD = "lindewaard_2026_coalitieakkoord.txt"
BRAKELDIJK = "brakeldijk_2026_coalitieakkoord.docx"


def _batch(*args):
    return CliRunner().invoke(main, ["batch", *[str(a) for a in args], "-j", "1", "--model", "blank"])


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """Two agreements with metadata, batched with HTML reports and ';' CSV."""
    tmp = tmp_path_factory.mktemp("wb")
    src = tmp / "in"
    src.mkdir()
    shutil.copy(CORPUS / LINDEWAARD, src / LINDEWAARD)
    shutil.copy(CORPUS / BRAKELDIJK, src / BRAKELDIJK)
    (tmp / "meta.csv").write_text("file,municipality,province,year,kind\n"
                                  f"{LINDEWAARD},Lindewaard,Utrecht,2026,coalitieakkoord\n"
                                  f"{BRAKELDIJK},Brakeldijk,Gelderland,2026,collegeprogramma\n", encoding="utf-8")
    out = tmp / "out"
    res = _batch(src, "--meta", tmp / "meta.csv", "--out", out, "--format", "html", "--csv-sep", ";",
                 "--sort", "province,municipality")
    assert res.exit_code == 0, res.output
    return tmp, src, out


def _header(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def _row_of(ws, municipality: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == municipality)


def test_overview_is_a_tracker(first):
    _, _, out = first
    book = openpyxl.load_workbook(out / "matrix.xlsx")
    assert book.sheetnames == ["Overzicht", "Bewijs", "Fouten", "Samenvatting", "Beoordelingen", "Uitleg"]
    ws = book["Overzicht"]
    head = _header(ws)
    # municipality first and frozen with the header; bold header; autofilter over the whole table
    assert ws.cell(1, 1).value == "Gemeente" and ws.freeze_panes == "B2" and ws.cell(1, 1).font.b
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}" and ws.max_row == 3
    # --sort province,municipality: Gelderland before Utrecht
    assert [ws.cell(r, 1).value for r in (2, 3)] == ["Brakeldijk", "Lindewaard"]
    # the item's short title in its header; the status as symbol and Dutch label, from the JSON report
    p02 = next(h for h in head if h.startswith("P02 ") and not h.endswith(("beoordeling", "notitie")))
    assert "marktwerking" in p02.lower()
    report = json.loads((out / "reports" / f"{LINDEWAARD}.json").read_text(encoding="utf-8"))
    status = {it["id"]: it["status"] for it in report["items"]}
    row = _row_of(ws, "Lindewaard")
    assert ws.cell(row, head[p02]).value == status_cell(status["P02"]) == "✗ Tegenstrijdig"
    # numbers are numbers
    assert ws.cell(row, head["Jaar"]).value == 2026 and ws.cell(row, head["Jaar"]).data_type == "n"
    assert ws.cell(row, head["Woorden"]).value == report["document"]["words"]
    assert ws.cell(row, head["sha256"]).value == report["document"]["sha256"]
    # a link per row to the document's HTML report, which exists beside its JSON
    link = ws.cell(row, head["Rapport"]).hyperlink.target
    assert link == f"reports/{LINDEWAARD}.html" and (out / link).read_text(encoding="utf-8").startswith("<!DOCTYPE")
    # conditional formatting: one rule per status over the status and review columns
    rules = [(str(rng.sqref), r) for rng in ws.conditional_formatting for r in rng.rules]
    assert sorted(r.formula[0] for _, r in rules) == sorted(f'"{status_cell(s)}"' for s in STATUS_LABELS_NL)
    covered = {c for sqref, _ in rules for c in sqref.split()}
    assert f"{ws.cell(2, head[p02]).column_letter}2:{ws.cell(2, head[p02]).column_letter}3" in covered
    assert all(r.dxf.fill.fgColor.rgb or r.dxf.fill.start_color.rgb for _, r in rules)
    # data validation: a drop-down of the five statuses on every beoordeling column
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and [s for s in dv.formula1.strip('"').split(",")] == [
        status_cell(s) for s in ("covered", "partial", "mentioned", "absent", "contradicted")]
    col = ws.cell(1, head["P02 beoordeling"]).column_letter
    assert f"{col}2:{col}3" in str(dv.sqref).split()
    assert len(str(dv.sqref).split()) == len(ITEM_IDS)


def test_evidence_errors_summary_and_explanation_sheets(first):
    _, _, out = first
    book = openpyxl.load_workbook(out / "matrix.xlsx")
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "reports").glob("*.json"))]
    ev = book["Bewijs"]
    assert ev.freeze_panes == "A2" and ev.auto_filter.ref.startswith("A1:")
    rows = list(ev.iter_rows(min_row=2, values_only=True))
    head = [c.value for c in ev[1]]
    assert len(rows) == sum(len(it["evidence"]) for r in reports for it in r["items"]) > 10
    quotes = {r[head.index("Passage")] for r in rows}
    lindewaard = next(r for r in reports if r["document"]["name"] == LINDEWAARD)
    p02 = next(it for it in lindewaard["items"] if it["id"] == "P02")["evidence"][0]
    assert " ".join(p02["text"].split()) in quotes
    pages = [r[head.index("Pagina")] for r in rows if r[head.index("Pagina")] is not None]
    assert pages and all(isinstance(p, int) for p in pages)
    assert book["Fouten"].max_row == 1  # no failures, the header stays
    summary = list(book["Samenvatting"].iter_rows(min_row=2, values_only=True))
    groups = {(r[0], r[1]) for r in summary}
    assert groups == {("Alle documenten", ""), ("Provincie", "Gelderland"), ("Provincie", "Utrecht"),
                      ("Soort", "coalitieakkoord"), ("Soort", "collegeprogramma")} or \
        groups == {("Alle documenten", None), ("Provincie", "Gelderland"), ("Provincie", "Utrecht"),
                   ("Soort", "coalitieakkoord"), ("Soort", "collegeprogramma")}
    for r in summary:
        assert r[4] in (1, 2) and abs(sum(v for v in r[5:] if v is not None) - 1) < 1e-9
    assert book["Samenvatting"].cell(2, 6).number_format == "0%"
    explain = [v for row in book["Uitleg"].iter_rows(values_only=True) for v in row if v]
    assert lindewaard["ruleset"]["version"] in explain and "✗ Tegenstrijdig" in explain
    assert any(str(v).startswith("Gemeten op tekst") for v in explain)
    # summary.md per province and kind, with the municipalities per status
    md = (out / "summary.md").read_text(encoding="utf-8")
    assert "## Provincie: Utrecht" in md and "## Soort: collegeprogramma" in md
    assert "Tegenstrijdig: " in md and "Lindewaard" in md.split("## Gemeenten per status")[1]


def test_csv_for_dutch_excel_and_index_page(first):
    _, _, out = first
    raw = (out / "matrix.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    df = pd.read_csv(out / "matrix.csv", sep=";", encoding="utf-8-sig", decimal=",")
    assert list(df["municipality"]) == ["Brakeldijk", "Lindewaard"] and df["year"].tolist() == [2026, 2026]
    assert df["P01_score"].between(0, 1).all() and {"sha256", "checker_version", "P01_final"} <= set(df.columns)
    assert (out / "reviews.csv").read_bytes().startswith(b"\xef\xbb\xbfsha256;item;status")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="reports/{LINDEWAARD}.html"' in index and "sortable" in index and 'src="heatmap.svg"' in index


def _changed_rules(tmp: Path) -> Path:
    """The bundled rules with P02's contradiction patterns taken out: Lindewaard's re-tendering no
    longer contradicts P02."""
    rules = tmp / "rules-changed"
    shutil.copytree(ROOT / "rules", rules, dirs_exist_ok=True)
    data = yaml.safe_load((rules / "items.yaml").read_text(encoding="utf-8"))
    for item in data["items"]:
        if item["id"] == "P02":
            item["contradictions"] = []
    data["ruleset"]["version"] += "-test"
    (rules / "items.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return rules


def test_a_review_survives_a_rerun_with_new_rules_and_is_flagged(first, tmp_path):
    tmp, src, first_out = first
    out = tmp_path / "out"
    shutil.copytree(first_out, out)
    # a reviewer works in the workbook: P02 of Lindewaard is judged covered, P05 of Brakeldijk confirmed
    book = openpyxl.load_workbook(out / "matrix.xlsx")
    ws = book["Overzicht"]
    head = _header(ws)
    lw, bk = _row_of(ws, "Lindewaard"), _row_of(ws, "Brakeldijk")
    p05_tool = ws.cell(bk, next(c for h, c in head.items() if h.startswith("P05 ") and "beoordeling" not in h
                                and "notitie" not in h)).value
    ws.cell(lw, head["P02 beoordeling"]).value = "✓ Overgenomen"
    ws.cell(lw, head["P02 notitie"]).value = "Herbezinning op aanbesteden, zie p. 2"
    ws.cell(lw, head["Beoordelaar"]).value = "Anna"
    ws.cell(bk, head["P05 beoordeling"]).value = p05_tool
    book.save(out / "matrix.xlsx")

    res = _batch(src, "--meta", tmp / "meta.csv", "--out", out, "--rules", _changed_rules(tmp_path))
    assert res.exit_code == 0, res.output
    assert "2 beoordelingen toegepast" in res.output
    df = pd.read_csv(out / "matrix.csv", encoding="utf-8-sig").set_index("municipality")
    assert df.loc["Lindewaard", "P02_status"] != "contradicted"  # the new rules changed the tool's mind
    assert df.loc["Lindewaard", "P02_reviewed"] == "covered" and df.loc["Lindewaard", "P02_final"] == "covered"
    assert bool(df.loc["Lindewaard", "P02_review_changed"]) is True
    assert bool(df.loc["Brakeldijk", "P05_review_changed"]) is False
    assert df.loc["Lindewaard", "P01_final"] == df.loc["Lindewaard", "P01_status"]  # not reviewed
    stored = {(r.file.split("/")[-1], r.item): r for r in read_csv(out / "reviews.csv")}
    review = stored[(LINDEWAARD, "P02")]
    assert (review.status, review.tool_status, review.reviewer) == ("covered", "contradicted", "Anna")
    assert review.note == "Herbezinning op aanbesteden, zie p. 2" and review.reviewed_at
    book = openpyxl.load_workbook(out / "matrix.xlsx")
    ws = book["Overzicht"]
    head = _header(ws)
    lw = _row_of(ws, "Lindewaard")
    assert ws.cell(lw, head["P02 beoordeling"]).value == "✓ Overgenomen"
    assert "P02: de tool zegt nu" in ws.cell(lw, head["Let op"]).value
    assert ws.cell(lw, head["P02 beoordeling"]).font.b  # the changed cell stands out
    rv = {r[2]: r for r in book["Beoordelingen"].iter_rows(min_row=2, values_only=True)}
    assert rv["P02"][-1] == "ja" and rv["P05"][-1] == "nee"

    # a third run without edits keeps every review (nothing read twice, nothing lost)
    res = _batch(src, "--meta", tmp / "meta.csv", "--out", out, "--rules", _changed_rules(tmp_path))
    assert res.exit_code == 0, res.output
    assert len(read_csv(out / "reviews.csv")) == 2


@pytest.mark.parametrize("line, message", [
    ("{sha},P02,Goedgekeurd,", "onbekende status ‘Goedgekeurd’"),
    ("{sha},P11,covered,", "onbekend punt ‘P11’"),
])
def test_a_bad_review_file_is_refused_before_anything_is_written(first, tmp_path, line, message):
    tmp, src, first_out = first
    out = tmp_path / "out"
    shutil.copytree(first_out, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    sha = json.loads((out / "reports" / f"{LINDEWAARD}.json").read_text(encoding="utf-8"))["document"]["sha256"]
    bad = tmp_path / "reviews.csv"
    bad.write_text("sha256,item,status,note\n" + line.format(sha=sha) + "\n", encoding="utf-8")
    res = _batch(src, "--out", out, "--reviews", bad)
    assert res.exit_code == 1 and message in res.output and "regel 2" in res.output and "Traceback" not in res.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_a_review_file_without_its_columns_says_which(tmp_path):
    bad = tmp_path / "r.csv"
    bad.write_text("document;punt;oordeel\na;P01;covered\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["evaluate", "--reviews", str(bad), "--model", "blank"])
    assert res.exit_code == 1 and "mist de kolom(men) sha256, item, status" in res.output


def _gold(name: str) -> dict[str, str]:
    return {k: v["status"] for k, v in json.loads((CORPUS / "gold" / name).read_text(encoding="utf-8"))["labels"].items()}


def test_evaluate_reviews_measures_the_tool_against_reviewed_cells(checker, tmp_path):
    """Reviews that copy a gold file give the same figures as that gold file; a hand-made set of
    three reviews, two agreeing with the tool, gives 2/3."""
    from checker.evaluate import evaluate, evaluate_reviews
    from checker.ingest import load
    from checker.reviews import Review

    doc = load(CORPUS / LINDEWAARD)
    gold = _gold("lindewaard_2026_coalitieakkoord.json")
    reviews = [Review(doc.sha256, k, v, file=str(CORPUS / LINDEWAARD)) for k, v in gold.items()]
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(CORPUS / "gold" / "lindewaard_2026_coalitieakkoord.json", gold_dir)
    by_reviews, by_gold = evaluate_reviews(reviews, checker), evaluate(gold_dir, CORPUS, checker)
    assert by_reviews.pairs() == by_gold.pairs() and by_reviews.accuracy() == by_gold.accuracy()
    assert by_reviews.kappa() == by_gold.kappa()

    tool = {it.id: it.status for it in checker.check_document(doc).items}
    other = next(s for s in ("covered", "absent") if s != tool["P03"])
    path = tmp_path / "reviews.csv"
    path.write_text("sha256;item;status;file\n"
                    f"{doc.sha256};P01;{STATUS_LABELS_NL[tool['P01']]};{CORPUS / LINDEWAARD}\n"
                    f"{doc.sha256};P02;{tool['P02']};{CORPUS / LINDEWAARD}\n"
                    f"{doc.sha256};P03;{other};{CORPUS / LINDEWAARD}\n", encoding="utf-8")
    ev = evaluate_reviews(read_csv(path), checker)
    assert ev.accuracy() == pytest.approx(2 / 3) and [k for _, k in ev.disagreements()] == ["P03"]
    res = CliRunner().invoke(main, ["evaluate", "--reviews", str(path), "--model", "blank", "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    figures = json.loads((tmp_path / "evaluation_reviews.json").read_text(encoding="utf-8"))
    assert figures["overall"]["tool"]["exact"] == pytest.approx(2 / 3) and figures["overall"]["tool"]["n"] == 3

    # the reviews exported as gold labels, read back by evaluate's own reader
    res = CliRunner().invoke(main, ["reviews", "export", str(path), "--out", str(tmp_path / "export")])
    assert res.exit_code == 0, res.output
    from checker.evaluate import load_gold

    name, labels = load_gold(tmp_path / "export" / "lindewaard_2026_coalitieakkoord.json")
    assert name == LINDEWAARD and {k: v["status"] for k, v in labels.items()} == {
        "P01": tool["P01"], "P02": tool["P02"], "P03": other}


def test_tidy_frames_round_trip_with_their_categories(tmp_path):
    from checker.frames import from_long_csv

    df = checker.batch([CORPUS / LINDEWAARD, CORPUS / BRAKELDIJK],
                       meta={LINDEWAARD: {"municipality": "Lindewaard", "year": "2026"},
                             BRAKELDIJK: {"municipality": "Brakeldijk", "year": "2026"}}, model="blank")
    assert df.attrs["ruleset"] and df.attrs["date"] and str(df["year"].dtype) == "Int64"
    assert {"sha256", "checker_version"} <= set(df.columns)
    long = checker.tidy(df)
    assert len(long) == 2 * len(ITEM_IDS) and list(long["status"].cat.categories) == [
        "absent", "mentioned", "partial", "covered", "contradicted"] and long["status"].cat.ordered
    lw = long[(long["municipality"] == "Lindewaard") & (long["item"] == "P02")].iloc[0]
    assert lw["status"] == "contradicted" and pd.isna(lw["status_rank"]) and pd.isna(lw["reviewed"])
    assert lw["commitment"] in ("firm", "intent", "weak")  # from the JSON report the frame found
    assert (long["status_rank"].dropna() >= 0).all() and long.attrs["ruleset"] == df.attrs["ruleset"]
    path = tmp_path / "long.csv"
    long.to_csv(path, index=False)
    back = from_long_csv(path)
    pd.testing.assert_frame_equal(back, long, check_like=False)
    ev = checker.evidence(df)
    assert len(ev) > 10 and set(ev["item"].dropna()) <= set(ITEM_IDS) and str(ev["page"].dtype) == "Int64"
    assert (ev[ev["municipality"] == "Lindewaard"]["sha256"] == df.loc[df["municipality"] == "Lindewaard",
                                                                         "sha256"].iloc[0]).all()
    same = checker.batch([CORPUS / LINDEWAARD], model="blank", long=True)
    assert list(same.columns) == list(long.columns)


def test_report_api_and_public_names(checker):
    from tests.conftest import text_document

    report = checker.check_document(text_document((CORPUS / LINDEWAARD).read_text(encoding="utf-8")))
    assert report.to_dict()["items"][1]["status"] == "contradicted"
    frame = report.to_frame()
    assert len(frame) == 15 and frame.loc[1, "status"] == "contradicted"
    import checker as api

    assert {"check", "batch", "tidy", "evidence", "plot_heatmap", "plot_bars", "Report"} <= set(dir(api))
    assert callable(api.tidy) and callable(api.plot_bars)


def test_plotting_api_draws_heatmap_and_bars():
    rows = [{"file": f"{i}.txt", "municipality": m, "province": p, "error": "",
             **{f"{iid}_status": s for iid in ITEM_IDS}, **{f"{iid}_final": s for iid in ITEM_IDS}}
            for i, (m, p, s) in enumerate([("B", "Utrecht", "covered"), ("A", "Drenthe", "absent")])]
    df = pd.DataFrame(rows)
    fig = checker.plot_heatmap(df, sort="province")
    assert "2 documenten" in fig.texts[0].get_text()
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels[0].startswith("A ·")  # Drenthe first
    bars = checker.plot_bars(df)
    heights = [p.get_height() for p in bars.axes[0].patches]
    assert sorted(set(heights)) == [0.0, 0.5]


def test_an_output_folder_of_an_older_version_is_no_review_source(tmp_path):
    """A matrix.xlsx without an Overzicht sheet (written before reviews existed) holds no reviews:
    the next batch into that folder runs, and writes the new workbook."""
    from checker.reviews import for_batch

    out = tmp_path / "out"
    out.mkdir()
    book = openpyxl.Workbook()
    book.active.title = "matrix"
    book.save(out / "matrix.xlsx")
    assert for_batch(out) == []
    with pytest.raises(Exception, match="geen blad ‘Overzicht’"):
        for_batch(out, out / "matrix.xlsx")  # named with --reviews, it must be a tracker
