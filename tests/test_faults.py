"""The fault matrix: every bad or hostile input gets one clear line and exit 1, or is read as it
should be; in a batch every input keeps its row; outputs are never half-written."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import checker.pipeline
from checker.batching import ITEM_IDS
from checker.cli import main
from checker.length import SHORT_AGREEMENT
from tests.conftest import CORPUS
from tests.faults import FAULTS, Fault, build_all, image_pdf_with_text

GOOD = CORPUS / "lindewaard_2026_coalitieakkoord.txt"


@pytest.fixture(scope="module")
def faults(tmp_path_factory) -> dict[str, tuple[Fault, Path]]:
    return {f.name: (f, p) for f, p in build_all(tmp_path_factory.mktemp("faults"))}


@pytest.fixture
def cli(checker, monkeypatch):
    """The real command line, with the session's checker instead of building one per call."""
    monkeypatch.setattr(checker.__class__, "create", classmethod(lambda cls, *a, **k: checker))

    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args])

    return invoke


@pytest.mark.parametrize("name", [f.name for f in FAULTS])
def test_check_answers_every_input_clearly(name, faults, cli, tmp_path):
    fault, path = faults[name]
    out = tmp_path / "out"
    res = cli("check", path, "--format", "json", "--out", out)
    assert "Traceback" not in res.output and res.exception is None or isinstance(res.exception, SystemExit)
    if fault.ok:
        assert res.exit_code == 0, res.output
        data = json.loads((out / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert len(data["items"]) == 15 and data["document"]["words"] > 0
        # a text this short is also flagged as too short for an agreement (and only then)
        short = [w for w in data["document"]["warnings"] if "te kort voor een akkoord" in w]
        assert bool(short) == (data["document"]["words"] < SHORT_AGREEMENT)
        warnings = " ".join(w for w in data["document"]["warnings"] if w not in short)
        assert fault.expect in warnings if fault.expect else warnings == ""
        assert fault.expect in res.stderr  # warnings also go to the terminal
    else:
        assert res.exit_code == 1, res.output
        lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith(f"Fout in {path}: "), res.stderr
        assert fault.expect in lines[0]
        assert not out.exists() or list(out.iterdir()) == []  # nothing half-written


def test_debug_shows_the_traceback(faults, cli):
    res = cli("check", faults["afgebroken.pdf"][1], "--debug")
    assert res.exit_code == 1 and type(res.exception).__name__ == "InputError"


def test_unreadable_file(tmp_path, cli, monkeypatch):
    path = tmp_path / "geheim.pdf"
    shutil.copy(CORPUS / "oosterveen_2026_coalitieakkoord.pdf", path)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the operating system's refusal happen here
        import builtins

        real = builtins.open
        monkeypatch.setattr(builtins, "open", lambda f, *a, **k: (_ for _ in ()).throw(
            PermissionError(13, "Permission denied")) if str(f) == str(path) else real(f, *a, **k))
    res = cli("check", path, "--out", tmp_path)
    assert res.exit_code == 1 and "Geen leesrechten" in res.stderr and "Traceback" not in res.output


def test_our_own_fault_is_one_line_and_the_next_file_still_runs(cli, checker, monkeypatch, tmp_path):
    real = checker.check_document

    def fail_once(document):
        if document.name.startswith("lindewaard"):
            raise ValueError("kapotte regel")
        return real(document)

    monkeypatch.setattr(checker, "check_document", fail_once)
    res = cli("check", GOOD, CORPUS / "brakeldijk_2026_coalitieakkoord.docx", "--format", "json", "--out", tmp_path)
    assert res.exit_code == 1 and "onverwachte fout (ValueError: kapotte regel)" in res.stderr
    assert "Traceback" not in res.output
    assert (tmp_path / "brakeldijk_2026_coalitieakkoord.json").exists()


def test_batch_keeps_every_input_with_its_reason(faults, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = [p for f, p in faults.values() if p.is_file() and f.name != "te-groot.pdf"] + [GOOD]
    for p in files:
        shutil.copy(p, folder / p.name)
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "2", "--model", "blank",
                                    "--no-heatmap"])
    assert res.exit_code == 1, res.output  # some documents failed: the run says so
    df = pd.read_csv(out / "matrix.csv", keep_default_na=False)
    assert sorted(Path(f).name for f in df["file"]) == sorted(p.name for p in files)
    for _, row in df.iterrows():
        name = Path(row["file"]).name
        fault = faults[name][0] if name in faults else None
        if fault is None or fault.ok:
            assert row["error"] == "" and all(row[f"{i}_status"] for i in ITEM_IDS), name
            if fault and fault.expect:
                assert fault.expect in row["warnings"]
        else:
            assert fault.expect in row["error"], (name, row["error"])
    errors = pd.read_csv(out / "errors.csv")
    assert len(errors) == sum(1 for f, p in faults.values() if p in files and not f.ok)


def test_ocr_without_ocrmypdf_says_how_to_install(tmp_path, faults, cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "ocrmypdf", None)  # import fails as if not installed
    res = cli("check", faults["scan.pdf"][1], "--ocr", "--out", tmp_path)
    assert res.exit_code == 1 and "niet geïnstalleerd" in res.stderr and "tesseract-ocr-nld" in res.stderr


def _tesseract_dutch() -> bool:
    import subprocess

    if importlib.util.find_spec("ocrmypdf") is None or shutil.which("tesseract") is None:
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    return "nld" in langs


@pytest.mark.skipif(not _tesseract_dutch(), reason="needs ocrmypdf and Debian's tesseract-ocr-nld")
def test_ocr_reads_a_scan(tmp_path, cli):
    scan = image_pdf_with_text(tmp_path / "scan.pdf")
    assert cli("check", scan, "--out", tmp_path).exit_code == 1  # without --ocr: refused
    res = cli("check", scan, "--ocr", "--format", "json", "--out", tmp_path)
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "scan.json").read_text(encoding="utf-8"))
    assert data["document"]["words"] > 150 and "tekstherkenning (OCR)" in " ".join(data["document"]["warnings"])
    items = {it["id"]: it for it in data["items"]}
    assert items["P05"]["status"] != "absent"  # "versterken de lokale teams" was read from the picture
    assert "Waarschuwing" in res.stderr


def test_output_folder_is_created(cli, tmp_path):
    out = tmp_path / "nieuw" / "diep"
    assert cli("check", GOOD, "--out", out).exit_code == 0
    assert (out / f"{GOOD.stem}.json").exists()


def test_output_folder_not_writable(cli, tmp_path, monkeypatch):
    out = tmp_path / "alleen-lezen"
    out.mkdir()
    out.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere: make the refusal happen here
        import tempfile

        monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "nee")))
    res = cli("check", GOOD, "--out", out)
    out.chmod(0o700)
    assert res.exit_code == 1 and "geen schrijfrechten" in res.stderr and "--out" in res.stderr
    assert list(out.iterdir()) == []


def test_existing_report_is_replaced_whole_or_not_at_all(cli, tmp_path, monkeypatch):
    report = tmp_path / f"{GOOD.stem}.json"
    report.write_text('{"oud": true}', encoding="utf-8")
    assert cli("check", GOOD, "--format", "json", "--out", tmp_path).exit_code == 0
    assert len(json.loads(report.read_text(encoding="utf-8"))["items"]) == 15
    # interrupted between writing and renaming: the old report stays, no temporary file is left
    report.write_text('{"oud": true}', encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    res = cli("check", GOOD, "--format", "json", "--out", tmp_path)
    assert res.exit_code != 0
    assert report.read_text(encoding="utf-8") == '{"oud": true}'
    assert sorted(p.name for p in tmp_path.iterdir()) == [report.name]


def test_bounded_memory_on_many_pages(tmp_path, faults, cli):
    """The 2,000-page PDF is read when allowed, page by page (figures for memory: bench/faults.py)."""
    res = cli("check", faults["2000-paginas.pdf"][1], "--max-pages", "2000", "--format", "json", "--out", tmp_path)
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "2000-paginas.json").read_text(encoding="utf-8"))
    assert data["document"]["pages"] == 2000 and data["document"]["words"] > 2000 * 30 * 10


def test_readme_table_lists_every_fault():
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Bad input: what the user sees", 1)[1].split("\n## ", 1)[0]
    missing = [f.what for f in FAULTS if f"| {f.what} |" not in table]
    assert missing == []
