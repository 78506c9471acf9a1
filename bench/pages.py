"""Time and peak memory of `akkoordcheck check` as a PDF grows to 2,000 pages.

    python bench/pages.py                 # 100, 500, 1000 and 2000 pages

Each PDF has 30 lines of Dutch per page (about 420 words). Each check runs in a fresh wrapper
process, so the peak resident memory read from the operating system is that check's alone.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._needs import need  # noqa: E402

need("reportlab")

WRAPPER = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True); "
           "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, nargs="*", default=[100, 500, 1000, 2000])
    args = ap.parse_args()
    from tests.faults import text_pdf

    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'pages':>6} {'words':>9} {'seconds':>8} {'peak MiB':>9}")
        for n in args.pages:
            pdf = text_pdf(Path(tmp) / f"{n}.pdf", pages=n)
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", WRAPPER, sys.executable, "-m", "checker", "check", str(pdf),
                                  "--max-pages", str(n), "--format", "json", "--out", tmp, "--model", "blank"],
                                 capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
            seconds = time.perf_counter() - started
            code, peak_kib = int(out[0]), int(out[1])
            words = json.loads((Path(tmp) / f"{n}.json").read_text())["document"]["words"] if code == 0 else 0
            print(f"{n:>6} {words:>9,} {seconds:>8.1f} {peak_kib / 1024:>9.0f}" + ("" if code == 0 else f"  exit {code}"))


if __name__ == "__main__":
    main()
