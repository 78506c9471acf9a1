"""Reports never replace an input or each other (issue 18, class 1), and a text too short to be an
agreement says so (class 4). The inputs are built here from the sample agreements."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.length import SHORT_AGREEMENT
from tests.conftest import CORPUS

AGREEMENT = CORPUS / "lindewaard_2026_coalitieakkoord.txt"
DRAFT = CORPUS / "lindewaard_2026_concept.txt"


def _run(*args):
    return CliRunner().invoke(main, ["check", *map(str, args), "--model", "blank"])


def test_a_report_that_would_replace_its_input_is_refused_and_the_input_kept(tmp_path):
    source = tmp_path / "akkoord.md"
    shutil.copy(AGREEMENT, source)
    before = source.read_bytes()
    result = _run(source, "--out", tmp_path)
    assert result.exit_code != 0
    assert "overschrijven" in result.output and "--out" in result.output
    assert source.read_bytes() == before
    assert not (tmp_path / "akkoord.json").exists()  # nothing written: the refusal comes first


@pytest.mark.parametrize("layout", [("a/akkoord.txt", "b/akkoord.txt"), ("akkoord.txt", "akkoord.md")])
def test_inputs_with_one_stem_get_a_report_each(tmp_path, layout):
    paths = []
    for rel, src in zip(layout, (AGREEMENT, DRAFT)):
        p = tmp_path / "in" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, p)
        paths.append(p)
    out = tmp_path / "out"
    result = _run(*paths, "--out", out, "--format", "json")
    assert result.exit_code == 0, result.output
    reports = sorted(out.glob("*.json"))
    assert len(reports) == 2, [r.name for r in reports]
    # two different documents, neither report replaced by the other
    shas = {json.loads(r.read_text(encoding="utf-8"))["document"]["sha256"] for r in reports}
    assert len(shas) == 2
    assert "Let op" in result.output  # the renaming is said


def test_one_file_keeps_its_plain_report_name(tmp_path):
    result = _run(AGREEMENT, "--out", tmp_path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert (tmp_path / f"{AGREEMENT.stem}.json").exists()


def test_a_short_text_is_flagged_in_the_report(tmp_path):
    short = tmp_path / "kort.txt"
    short.write_text("Coalitieakkoord\n\nWe versterken de wijkteams.\n", encoding="utf-8")
    result = _run(short, "--out", tmp_path, "--format", "json")
    assert result.exit_code == 0, result.output
    warnings = json.loads((tmp_path / "kort.json").read_text(encoding="utf-8"))["document"]["warnings"]
    assert any("te kort voor een akkoord" in w for w in warnings)


def test_an_agreement_is_not_flagged_as_short(tmp_path):
    assert len(AGREEMENT.read_text(encoding="utf-8").split()) > SHORT_AGREEMENT
    result = _run(AGREEMENT, "--out", tmp_path, "--format", "json")
    warnings = json.loads((tmp_path / f"{AGREEMENT.stem}.json").read_text(encoding="utf-8"))["document"]["warnings"]
    assert not any("te kort" in w for w in warnings)


def test_a_short_text_is_flagged_in_the_batch_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(AGREEMENT, folder / "lang.txt")
    (folder / "kort.txt").write_text("We versterken de wijkteams en de jeugdhulp.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(folder), "--out", str(tmp_path / "out"), "--model", "blank"])
    assert result.exit_code == 0, result.output
    import csv
    with open(tmp_path / "out" / "matrix.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {r["file"]: r for r in csv.DictReader(fh)}
    short = next(r for f, r in rows.items() if f.endswith("kort.txt"))
    long = next(r for f, r in rows.items() if f.endswith("lang.txt"))
    assert "te kort voor een akkoord" in short["warnings"]
    assert "te kort" not in long["warnings"]


@pytest.mark.parametrize("column", ["report", "P01_status", "T5_score", "warnings", "words"])
def test_metadata_that_would_shadow_a_computed_column_is_kept_under_another_name(tmp_path, column):
    """A metadata value never stands in for a status or a fact of the report: the column is kept as
    meta_<name>, the user is told, and the batch runs (a corpus list with a `words` column is common)."""
    result, row = _batch_with_meta(tmp_path, f"file,municipality,{column}\nakkoord.txt,Lindewaard,uit-de-lijst\n")
    assert result.exit_code == 0, result.output
    assert f"‘{column}’ → ‘meta_{column}’" in result.output
    assert row[f"meta_{column}"] == "uit-de-lijst"
    assert row[column] != "uit-de-lijst"  # the batch's own value
    assert row["P01_status"] in ("absent", "mentioned", "partial", "covered", "contradicted")


def test_ordinary_metadata_columns_still_pass(tmp_path):
    result, row = _batch_with_meta(tmp_path, "file,municipality,wethouder\nakkoord.txt,Lindewaard,Jansen\n")
    assert result.exit_code == 0, result.output
    assert row["wethouder"] == "Jansen" and row["P01_status"] in ("absent", "mentioned", "partial", "covered", "contradicted")


def test_batch_skips_its_own_outputs_and_readmes_and_says_so(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(AGREEMENT, folder / "akkoord.txt")
    (folder / "README.md").write_text("# Over deze map\n\nWe versterken de wijkteams.\n", encoding="utf-8")
    out = folder / "uitvoer"
    args = ["batch", str(folder), "--out", str(out), "--model", "blank"]
    assert CliRunner().invoke(main, args).exit_code == 0
    second = CliRunner().invoke(main, args)  # now summary.md lies inside the input folder
    assert second.exit_code == 0, second.output
    assert "README.md (README)" in second.output and "summary.md (uitvoermap)" in second.output
    import csv
    with open(out / "matrix.csv", encoding="utf-8-sig", newline="") as fh:
        files = [Path(r["file"]).name for r in csv.DictReader(fh)]
    assert files == ["akkoord.txt"]


def test_a_semicolon_csv_from_dutch_excel_is_read(tmp_path):
    result, row = _batch_with_meta(tmp_path, "file;municipality;province\nakkoord.txt;Lindewaard;Gelderland\n",
                                   encoding="utf-8-sig")
    assert result.exit_code == 0, result.output
    assert row["municipality"] == "Lindewaard" and row["province"] == "Gelderland"
    import re

    assert re.search(r"\b\d\.\d{3} woorden in \d+,\d s", result.output), result.output  # 1.511 woorden in 2,3 s


def _batch_with_meta(tmp_path, meta_text: str, encoding: str = "utf-8"):
    """Run batch on one sample agreement with this metadata CSV; (result, the first matrix row or None)."""
    import csv

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(AGREEMENT, folder / "akkoord.txt")
    meta = tmp_path / "meta.csv"
    meta.write_text(meta_text, encoding=encoding)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(folder), "--meta", str(meta), "--out", str(out), "--model", "blank",
                                       "--no-heatmap"])
    if not (out / "matrix.csv").exists():
        return result, None
    with open(out / "matrix.csv", encoding="utf-8-sig", newline="") as fh:
        return result, next(csv.DictReader(fh))
