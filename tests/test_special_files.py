"""Devices, FIFOs and endless streams are refused at once (issue 18, class 11): the size cap holds
while reading, and a FIFO without a writer does not hang."""
from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import InputError
from checker.ingest import load
from tests.conftest import CORPUS


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"{device} not on this system")
    with pytest.raises(InputError) as e:
        load(device)
    assert "geen gewoon bestand" in str(e.value)


def test_a_fifo_without_a_writer_is_refused_and_the_other_files_still_run(tmp_path):
    fifo = tmp_path / "akkoord.txt"
    os.mkfifo(fifo)
    good = tmp_path / "goed.txt"
    shutil.copy(CORPUS / "lindewaard_2026_coalitieakkoord.txt", good)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["check", str(fifo), str(good), "--out", str(out), "--format", "json",
                                       "--model", "blank"])
    assert result.exit_code == 1
    assert "geen gewoon bestand" in result.output
    assert (out / "goed.json").exists()
