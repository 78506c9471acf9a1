"""Analysis speed on text the checker has not read before: every distinct corpus text once.

    .venv/bin/python bench/fresh.py            # this tree
    .venv/bin/python bench/fresh.py --runs 3   # median of three runs, each in a process of its own

`bench/national.py` builds its 340 documents from the same few thousand paragraphs, so after the
first documents most chunks are cached and what it measures is per-passage matching. Real batches
repeat far less. This script checks each distinct text of `../shared/corpus` and its `independent/`
agreements once (the same files for every tree, so that trees compare), in one process, after one
warm-up document, with the cycle collector off (as a batch worker), and prints words per second.
Nothing here is a test.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # (before any import of checker: this tree's, not an installed one)

SHARED = ROOT.parent / "shared" / "corpus"


def texts() -> list[Path]:
    # (the shared texts only: the same for every tree, so two trees can be compared on them)
    return sorted(SHARED.glob("*.txt")) + sorted((SHARED / "independent").glob("*.txt"))


def one_run(files: list[Path]) -> tuple[float, int]:
    from checker.ingest import load
    from checker.pipeline import Checker

    checker = Checker.create()
    checker.check(files[0])  # warm-up: the lexicon's first lookups, the tokenizer's exceptions
    documents = [load(f) for f in files[1:]]
    gc.collect()
    gc.disable()
    try:
        t = time.perf_counter()
        for d in documents:
            checker.check_document(d)
        return time.perf_counter() - t, sum(d.words for d in documents)
    finally:
        gc.enable()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a single run, in this process
    args = ap.parse_args()
    files = texts()
    if args.one:
        seconds, words = one_run(files)
        print(f"{words} {seconds}")
        return
    import checker

    print(f"checker from {Path(checker.__file__).parent}; {len(files) - 1} distinct texts after one warm-up")
    results = []
    for r in range(args.runs):
        # (each run in a process of its own: no cache of an earlier run helps it)
        out = subprocess.run([sys.executable, __file__, "--one"], check=True, capture_output=True, text=True)
        words, seconds = out.stdout.split()[-2:]
        words, seconds = int(words), float(seconds)
        results.append(words / seconds)
        print(f"run {r + 1}: {words:,} words in {seconds:.2f} s, {words / seconds:,.0f} words/s, "
              f"{seconds / (len(files) - 1) * 1000:.0f} ms per text")
    if args.runs > 1:
        print(f"median: {statistics.median(results):,.0f} words/s")


if __name__ == "__main__":
    main()
