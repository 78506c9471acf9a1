"""Messages that say the right thing (issue 18, smaller cases)."""
from __future__ import annotations

import re

from click.testing import CliRunner

from checker.cli import main
from tests.conftest import CORPUS, ROOT


def test_a_pdf_without_pages_is_not_called_a_success(tmp_path):
    import pikepdf

    path = tmp_path / "leeg.pdf"
    pikepdf.new().save(path)
    result = CliRunner().invoke(main, ["check", str(path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "geen pagina's" in result.output and "Success" not in result.output


def test_compare_names_the_file_it_cannot_read(tmp_path):
    bad = tmp_path / "definitief.rtf"
    bad.write_bytes(b"{\\rtf1\\ansi We versterken de wijkteams.}")
    result = CliRunner().invoke(main, ["compare", str(CORPUS / "lindewaard_2026_concept.txt"), str(bad),
                                       "--out", str(tmp_path / "o"), "--model", "blank"])
    assert result.exit_code == 1
    assert str(bad) in result.output and ".docx of .pdf" in result.output


def test_the_help_example_names_a_file_that_exists():
    result = CliRunner().invoke(main, ["--help"])
    paths = re.findall(r"akkoordcheck check (\S+)", result.output)
    assert paths and all((ROOT / p).exists() for p in paths), paths
