"""Odd file names and labels never break batch outputs (issue 18, class 12): a name that is not
UTF-8 on disk, a BEL in a name, "$...$" in a name or a municipality (matplotlib would read it as
mathtext, and "$a_b_c$" is invalid mathtext). Every output is written; labels are plain text."""
from __future__ import annotations

import csv
import os
import shutil
import sys

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import CORPUS

AGREEMENT = CORPUS / "lindewaard_2026_coalitieakkoord.txt"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_batch_writes_every_output_whatever_the_names(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(AGREEMENT, folder / "$a_b_c$ akkoord.txt")
    shutil.copy(AGREEMENT, folder / "bel\x07naam.txt")
    shutil.copy(AGREEMENT, os.path.join(os.fsencode(folder), b"caf\xe9.txt"))  # Latin-1 bytes on disk
    meta = tmp_path / "meta.csv"
    meta.write_text("file,municipality\n$a_b_c$ akkoord.txt,$x_y_z$ gemeente\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(folder), "--meta", str(meta), "--out", str(out),
                                       "--model", "blank"])
    assert result.exit_code == 0, result.output
    for name in ("matrix.csv", "matrix.xlsx", "summary.md", "heatmap.png", "heatmap.svg", "errors.csv"):
        assert (out / name).stat().st_size > 0, name
    with open(out / "errors.csv", encoding="utf-8", newline="") as fh:
        assert list(csv.DictReader(fh)) == []  # no document failed for its name
    with open(out / "matrix.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3 and all(r["P01_status"] for r in rows)
    assert any("café" in r["report"] or "caf" in r["file"] for r in rows)
