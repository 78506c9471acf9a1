"""`--out -` (issue 18, smaller cases): several files give one JSON array; a reader that closes the
pipe early ends the command quietly."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import CORPUS

FILES = [str(CORPUS / "lindewaard_2026_coalitieakkoord.txt"), str(CORPUS / "lindewaard_2026_concept.txt")]


def _cli(*args):
    return [sys.executable, "-m", "checker", *args]


def test_several_files_to_stdout_give_one_json_array():
    res = subprocess.run(_cli("check", *FILES, "--out", "-", "--format", "json", "--model", "blank"),
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert isinstance(data, list) and len(data) == 2
    assert {d["document"]["name"] for d in data} == {"lindewaard_2026_coalitieakkoord.txt", "lindewaard_2026_concept.txt"}


def test_one_file_to_stdout_is_one_object():
    res = subprocess.run(_cli("check", FILES[0], "--out", "-", "--format", "json", "--model", "blank"),
                         capture_output=True, text=True, timeout=120)
    assert isinstance(json.loads(res.stdout), dict)


def test_a_closed_pipe_ends_quietly():
    # many reports of Markdown, far more than a pipe holds; the reader takes a few bytes and leaves
    proc = subprocess.Popen(_cli("check", *(FILES * 6), "--out", "-", "--format", "md", "--model", "blank"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(20)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err, err
