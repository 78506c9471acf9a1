"""Batch: every input exactly once, errors listed, unique report names, skipping, the Python API."""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from click.testing import CliRunner

import checker
from checker.batching import ITEM_IDS, collect, matrix_columns, run
from checker.cli import main
from checker.report.batch import write_outputs
from tests.conftest import CORPUS, ROOT


@pytest.fixture
def folder(tmp_path):
    """Two municipalities with a file of the same name, a sample, a corrupt PDF and an empty file."""
    src = tmp_path / "in"
    (src / "gemeente-a").mkdir(parents=True)
    (src / "gemeente-b").mkdir()
    shutil.copy(CORPUS / "lindewaard_2026_coalitieakkoord.txt", src / "gemeente-a" / "akkoord.txt")
    shutil.copy(CORPUS / "lindewaard_2026_concept.txt", src / "gemeente-b" / "akkoord.txt")
    shutil.copy(CORPUS / "brakeldijk_2026_coalitieakkoord.docx", src / "brakeldijk.docx")
    (src / "kapot.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    (src / "leeg.txt").write_bytes(b"")
    (src / "notities.xyz").write_text("geen akkoord")  # not a supported format: not an input
    return src


def test_every_input_once_errors_listed_names_unique(folder, tmp_path):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "2", "--model", "blank"])
    assert res.exit_code == 1  # two documents failed: said, not hidden
    df = pd.read_csv(out / "matrix.csv")
    assert sorted(df["file"]) == sorted(str(p) for p in folder.rglob("*") if p.suffix in (".txt", ".docx", ".pdf"))
    assert list(df.columns) == matrix_columns(df.to_dict("records"))
    errors = pd.read_csv(out / "errors.csv")
    assert sorted(errors["file"].map(lambda f: f.split("/")[-1])) == ["kapot.pdf", "leeg.txt"]
    assert all(errors["error"].str.len() > 20)
    reports = sorted(p.name for p in (out / "reports").iterdir())
    assert reports == ["brakeldijk.docx.json", "gemeente-a__akkoord.txt.json", "gemeente-b__akkoord.txt.json"]
    a = json.loads((out / "reports" / "gemeente-a__akkoord.txt.json").read_text(encoding="utf-8"))
    b = json.loads((out / "reports" / "gemeente-b__akkoord.txt.json").read_text(encoding="utf-8"))
    assert a["document"]["sha256"] != b["document"]["sha256"]
    ok = df[df["error"].isna()]
    assert set(ok["P02_status"]) >= {"contradicted", "covered"}  # final re-tenders, draft and Brakeldijk do not
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "5 documenten, waarvan 3 beoordeeld en 2 mislukt" in summary
    assert "akkoord.txt): P02, T1" in summary
    assert (out / "heatmap.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (out / "heatmap.svg").read_text().lstrip().startswith("<?xml")
    sheets = pd.read_excel(out / "matrix.xlsx", sheet_name=None)
    assert list(sheets) == ["Overzicht", "Bewijs", "Fouten", "Samenvatting", "Beoordelingen", "Uitleg"]
    assert len(sheets["Overzicht"]) == 5 and len(sheets["Fouten"]) == 2
    assert "3 beoordeeld" in res.output


def test_second_run_skips_unchanged_and_force_redoes(folder, tmp_path):
    inputs = [i for i in collect(folder) if i.path.suffix == ".txt" and i.path.stat().st_size]
    first = run(inputs, tmp_path / "o", model="blank")
    assert first.skipped == 0 and first.failed == 0
    second = run(inputs, tmp_path / "o", model="blank")
    assert second.skipped == len(inputs)
    assert [r["P02_status"] for r in second.rows] == [r["P02_status"] for r in first.rows]
    assert run(inputs, tmp_path / "o", model="blank", force=True).skipped == 0
    # a changed document is redone
    inputs[0].path.write_text(inputs[0].path.read_text(encoding="utf-8") + "\nWe versterken de wijkteams.\n",
                              encoding="utf-8")
    assert run(inputs, tmp_path / "o", model="blank").skipped == len(inputs) - 1


def test_changed_rules_redo_everything(folder, tmp_path):
    inputs = [i for i in collect(folder) if i.path.suffix == ".docx"]
    run(inputs, tmp_path / "o", model="blank")
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "items.yaml").write_text((rules / "items.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run(inputs, tmp_path / "o", model="blank", rules_dir=str(rules)).skipped == 0


def test_interrupted_run_keeps_finished_reports(folder, tmp_path):
    inputs = [i for i in collect(folder) if i.path.suffix in (".txt", ".docx") and i.path.stat().st_size]
    out = tmp_path / "o"
    calls = []

    def stop_after_first(row):
        calls.append(row)
        raise KeyboardInterrupt

    # a stop (Ctrl+C) ends the run with what is done: the finished report is kept, the others say
    # they were not checked, and the result is marked incomplete (the CLI writes it so: issue 18)
    from checker.workers import STOPPED

    result = run(inputs, out, model="blank", progress=stop_after_first)
    assert not result.complete
    written = list((out / "reports").glob("*.json"))
    assert len(written) == 1 and json.loads(written[0].read_text(encoding="utf-8"))["items"]
    assert not list((out / "reports").glob(".*tmp"))
    assert sum(1 for r in result.rows if r["error"] == STOPPED) == len(inputs) - 1


def test_csv_input_with_metadata_and_python_api(tmp_path):
    listing = tmp_path / "lijst.csv"
    shutil.copy(CORPUS / "oosterveen_2026_coalitieakkoord.pdf", tmp_path / "oosterveen.pdf")
    listing.write_text("file,municipality,cbs_code,province,year,kind\n"
                       "oosterveen.pdf,Oosterveen,GM9999,Drenthe,2026,coalitieakkoord\n", encoding="utf-8")
    df = checker.batch(listing, model="blank")
    assert len(df) == 1 and df.loc[0, "municipality"] == "Oosterveen" and df.loc[0, "cbs_code"] == "GM9999"
    assert df.loc[0, "P09_status"] == "contradicted" and int(df.loc[0, "pages"]) == 5
    assert [c for c in df.columns if c.endswith("_status")] == [f"{i}_status" for i in ITEM_IDS]
    files = checker.batch([CORPUS / "lindewaard_2026_coalitieakkoord.txt"], model="blank")
    assert files.loc[0, "P02_status"] == "contradicted"


def test_empty_folder_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(main, ["batch", str(tmp_path), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "Geen akkoorden" in res.output


def test_outputs_of_a_batch_without_successes(tmp_path):
    (tmp_path / "leeg.txt").write_bytes(b"")
    result = run(collect(tmp_path), tmp_path / "o", model="blank")
    write_outputs(result.rows, tmp_path / "o")
    df = pd.read_csv(tmp_path / "o" / "matrix.csv")
    assert len(df) == 1 and df.loc[0, "error"]
    assert not (tmp_path / "o" / "heatmap.png").exists()


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


@pytest.mark.parametrize("n", [3, 90])
def test_heatmap_rows_in_order_and_labels_inside_the_picture(n):
    """The heatmap lays itself out from the measured labels: the longest label is drawn whole, and
    the rows appear top to bottom in the colours of their statuses (under the title and the legend)."""
    import io

    from PIL import Image

    from checker.report.batch import heatmap_bytes
    from checker.report.palette import STATUS_PALETTE as STATUS_COLOURS

    cycle = ["covered", "absent", "contradicted"]
    ok = pd.DataFrame([{"municipality": "Súdwest-Fryslân" if i == 1 else "",
                        "file": f"/in/{'coalitieakkoord-2026-2030-definitief-na-raadsvergadering' if i == 1 else 'a'}"
                                f"_{i}.pdf",
                        **{f"{iid}_status": cycle[i % 3] for iid in ITEM_IDS}} for i in range(n)])
    image = Image.open(io.BytesIO(heatmap_bytes(ok, "png"))).convert("RGB")
    width, height = image.size
    pixels = image.load()
    # nothing drawn in the outer pixel columns: the longest label is not cut off
    assert all(pixels[x, y] == (255, 255, 255) for x in (0, 1, 2, width - 1) for y in range(height))
    # but labels are drawn left of the cells
    assert any(pixels[x, y][0] < 100 for x in range(width // 4) for y in range(height))
    # walking down through the cells, the status colours follow the rows
    seen: list[tuple[int, int, int]] = []
    colours = {_rgb(STATUS_COLOURS[s]): s for s in cycle}
    for y in range(int(1.05 * 110), height):  # below the title and the legend (1.05 inches at 110 dpi)
        c = pixels[int(width * 0.8), y]
        if c in colours and (not seen or seen[-1] != c):
            seen.append(c)
    assert [colours[c] for c in seen] == [cycle[i % 3] for i in range(n)]


def test_heatmaps_drawn_in_their_own_processes_equal_those_drawn_here(folder, tmp_path):
    """`write_outputs(jobs=2)` draws the PNG and the SVG in two processes: the same pictures, to
    the byte (a picture holds no drawing date or random ids, so the same rows give the same files)."""
    result = run(collect(folder), tmp_path / "o", model="blank")
    write_outputs(result.rows, tmp_path / "one", jobs=1)
    write_outputs(result.rows, tmp_path / "two", jobs=2)
    for name in ("heatmap.png", "heatmap.svg", "matrix.csv", "errors.csv", "summary.md"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert "Overgenomen" in (tmp_path / "two" / "heatmap.svg").read_text()


def test_files_without_metadata_and_metadata_without_files_are_named(tmp_path):
    """A typo in corpus.csv or in a file name is said before the run, not found later as an empty
    municipality; the batch still checks every file."""
    docs = tmp_path / "akkoorden"
    docs.mkdir()
    shutil.copy(CORPUS / "lindewaard_2026_coalitieakkoord.txt", docs / "lindewaard.txt")
    shutil.copy(CORPUS / "lindewaard_2026_concept.txt", docs / "lindewaard_concept.txt")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,municipality,province\nlindewaard.txt,Lindewaard,Gelderland\n"
                    "lindewaard_definitief.txt,Lindewaard,Gelderland\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["batch", str(docs), "--meta", str(meta), "--out", str(tmp_path / "uit"),
                                    "--model", "blank", "-j", "1", "--no-heatmap"])
    assert res.exit_code == 0, res.output
    assert "1 bestand(en) staan niet in meta.csv" in res.output and "lindewaard_concept.txt" in res.output
    assert "1 regel(s) in meta.csv hebben geen bestand in de invoer: lindewaard_definitief.txt" in res.output
    df = pd.read_csv(tmp_path / "uit" / "matrix.csv", encoding="utf-8-sig")
    assert len(df) == 2  # both files checked


def test_a_sort_column_that_does_not_exist_is_said_before_anything_is_checked(tmp_path):
    docs = tmp_path / "akkoorden"
    docs.mkdir()
    shutil.copy(CORPUS / "lindewaard_2026_coalitieakkoord.txt", docs / "lindewaard.txt")
    out = tmp_path / "uit"
    res = CliRunner().invoke(main, ["batch", str(docs), "--out", str(out), "--model", "blank", "--sort", "provincie"])
    assert res.exit_code == 1
    assert "Kan niet sorteren op provincie" in res.output and "--sort province,municipality" in res.output
    assert not (out / "reports").exists() or not any((out / "reports").iterdir())  # nothing was checked
    ok = CliRunner().invoke(main, ["batch", str(docs), "--out", str(out), "--model", "blank", "--no-heatmap",
                                   "--sort", "province,municipality,words"])
    assert ok.exit_code == 0, ok.output
