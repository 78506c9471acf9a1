"""A bounded fuzz run over ingest and the whole pipeline with corrupted PDF, DOCX and text files.

Every case must end as a Document that scores fifteen items, or as an InputError with a message.
More cases: AKKOORD_FUZZ_CASES=500 pytest tests/test_fuzz.py, or bench/fuzz.py for the figures.
"""
from __future__ import annotations

import os

import pytest

from checker.errors import InputError
from checker.ingest import load_bytes
from tests.faults import fuzz_cases

PER_SEED = int(os.environ.get("AKKOORD_FUZZ_CASES", "40"))


def test_mutated_files_never_escape_as_uncaught_exceptions(checker):
    outcomes = {"read": 0, "refused": 0}
    failures = []
    for case, raw in fuzz_cases(PER_SEED):
        try:
            document = load_bytes(raw, f"{case}.bin")
        except InputError as e:
            assert e.message and e.hint, case  # every refusal says what is wrong and what to do
            outcomes["refused"] += 1
            continue
        except Exception as e:  # noqa: BLE001 - this is what the test looks for
            failures.append(f"{case}: ingest {type(e).__name__}: {e}")
            continue
        try:
            report = checker.check_document(document)
            assert len(report.items) == 15
            outcomes["read"] += 1
        except Exception as e:  # noqa: BLE001
            failures.append(f"{case}: pipeline {type(e).__name__}: {e}")
    assert failures == []
    assert outcomes["read"] > 0 and outcomes["refused"] > 0  # both paths were exercised
    assert sum(outcomes.values()) == 3 * PER_SEED
