"""Fuzz ingest and the whole pipeline with corrupted copies of the sample PDF, DOCX and text.

    python bench/fuzz.py --cases 500        # 500 mutations of each sample (1,500 cases)

Prints how many cases were read and scored, how many were refused with a message, and every
failure (an exception that is not an InputError), with the case id to reproduce it
(tests.faults.fuzz_cases gives the same bytes for the same id and seed).
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._needs import need  # noqa: E402

need("reportlab")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=300, help="mutations per sample file")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()

    from checker.errors import InputError
    from checker.ingest import load_bytes
    from checker.pipeline import Checker
    from tests.faults import fuzz_cases

    checker = Checker.create(model="blank")
    started = time.perf_counter()
    outcomes: collections.Counter = collections.Counter()
    messages: collections.Counter = collections.Counter()
    failures = []
    for case, raw in fuzz_cases(args.cases, args.seed):
        kind = case.split("-")[0]
        try:
            document = load_bytes(raw, case)
        except InputError as e:
            outcomes[f"{kind} refused"] += 1
            messages[e.message.split("(")[0].replace(case, "<naam>").strip()[:80]] += 1
            continue
        except Exception as e:  # noqa: BLE001
            failures.append(f"{case}: ingest {type(e).__name__}: {e}")
            continue
        try:
            assert len(checker.check_document(document).items) == 15
            outcomes[f"{kind} read"] += 1
        except Exception as e:  # noqa: BLE001
            failures.append(f"{case}: pipeline {type(e).__name__}: {e}")
    total = sum(outcomes.values()) + len(failures)
    print(f"cases: {total} ({args.cases} per sample, seed {args.seed}) in {time.perf_counter() - started:.0f} s")
    for key in sorted(outcomes):
        print(f"  {key}: {outcomes[key]}")
    print("refusal messages:")
    for msg, n in messages.most_common():
        print(f"  {n:5d}  {msg}")
    print(f"failures (uncaught exceptions): {len(failures)}")
    for f in failures:
        print(f"  {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
