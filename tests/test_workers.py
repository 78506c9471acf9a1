"""Batch workers (issue 18, classes 9 and 10): Ctrl+C or SIGTERM stops the queue, keeps every finished
report, writes the matrix of what is done (marked incomplete) and leaves no process; a worker that
dies costs its own document only."""
from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

import checker.batching as batching
from checker.cli import main
from checker.workers import DIED, STOPPED
from tests.conftest import CORPUS

AGREEMENT = CORPUS / "lindewaard_2026_coalitieakkoord.txt"
_real_work = batching._work


def _killing_work(path, *args):
    """As a worker killed by the out-of-memory killer, for one document."""
    if path.endswith("dood.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_work(path, *args)


def _folder(tmp_path, n: int, extra=()):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        shutil.copy(AGREEMENT, folder / f"akkoord{i:03d}.txt")
    for name in extra:
        shutil.copy(AGREEMENT, folder / name)
    return folder


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.skipif(sys.platform != "linux", reason="the worker inherits the patch through fork")
def test_a_dead_worker_costs_its_own_document_only(tmp_path, monkeypatch):
    monkeypatch.setattr(batching, "_work", _killing_work)
    folder = _folder(tmp_path, 5, extra=["dood.txt"])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "2", "--model", "blank",
                                       "--no-heatmap"])
    assert result.exit_code == 1, result.output
    rows = {os.path.basename(r["file"]): r for r in _rows(out / "matrix.csv")}
    assert rows["dood.txt"]["error"] == DIED
    assert all(r["error"] == "" and r["P01_status"] for name, r in rows.items() if name != "dood.txt")


@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl+C"])
def test_a_stop_ends_the_queue_keeps_what_is_done_and_leaves_no_process(tmp_path, how):
    folder = _folder(tmp_path, 150)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "checker", "batch", str(folder), "--out", str(out), "-j", "2",
                             "--model", "blank"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            # (a shell may start a background job with SIGINT ignored; a terminal does not)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / "reports").glob("*.json"))) < 3:
        time.sleep(0.2)
    if how == "SIGTERM":
        proc.send_signal(signal.SIGTERM)  # kill PID
    else:
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl+C: the terminal signals the whole process group
    sent = time.time()
    err = proc.communicate(timeout=60)[1]
    stopped_in = time.time() - sent
    assert proc.returncode == 130, err
    assert stopped_in < 15, stopped_in  # (a second or two on an idle machine)
    assert "ONVOLLEDIG" in err
    rows = _rows(out / "matrix.csv")
    assert len(rows) == 150
    done = [r for r in rows if not r["error"]]
    assert done and all((out / r["report"]).exists() for r in done)
    assert any(r["error"] == STOPPED for r in rows)
    time.sleep(0.5)
    left = subprocess.run(["pgrep", "-g", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert left == [], left


def _square(x):
    return {"value": x * x}


def _nothing():
    pass


@pytest.mark.skipif(sys.platform != "linux", reason="signals to the own process, fork")
def test_a_ctrl_c_strikes_between_turns_of_the_queue_not_inside_them():
    """The stop is read between turns of the queue loop: a Ctrl+C during a callback (or during
    concurrent.futures' own bookkeeping, where an exception once left a lock taken and the process
    hanging at exit) lets it finish; the batch then ends as stopped."""
    from checker.workers import run_all

    seen = []

    def on_result(i, res):
        if not seen:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # (the handler runs here, at the latest)
        seen.append(i)

    before = signal.getsignal(signal.SIGINT)
    try:
        complete = run_all(_square, [(i,) for i in range(40)], 2, _nothing, (), on_result)
        second = signal.getsignal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, before)
    assert complete is False
    # every document has a row (the done ones and the STOPPED ones), the interrupted callback's too
    assert sorted(seen) == list(range(40))
    assert second is not before  # a second Ctrl+C while the rest is written exits at once
