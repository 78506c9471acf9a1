"""The behaviour probe suite (tests/probes, CheckList style): written from CODEBOOK.md by readers
who never saw the rules. `dev*` files were tuned against after their first measurement; `holdout*`
files never were. Run `akkoordcheck evaluate --probes tests/probes` for the per-capability table.

The issue-15 target is 0.90 exact in every capability and every invariance group consistent. Where
the checker is not there yet the test is a strict xfail that states the measured figure: it shows in
every run, and it fails as soon as the mechanism is right, so that the mark is removed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.accuracy import MEASURED
from checker.probes import CAPABILITIES, load_probes, run_probes

PROBES = Path(__file__).parent / "probes"
TARGET = 0.90
# capability -> exact over the whole suite when last measured, below TARGET (2026-12-06, rules 2.20.0,
# with rounds 24-33: none)
BELOW_TARGET: dict[str, float] = {}
# per dev file: the exact agreement it must keep (measured then, minus two points)
DEV_FLOORS = {"dev.yaml": 0.92, "dev_r2a.yaml": 0.93, "dev_r2b.yaml": 0.91, "dev_r3a.yaml": 0.92,
              "dev_r3b.yaml": 0.90, "dev_r4a.yaml": 0.86, "dev_r4b.yaml": 0.86, "dev_r6a.yaml": 0.94,
              "dev_r8a.yaml": 0.96, "dev_r9a.yaml": 0.97, "dev_r10a.yaml": 0.94, "dev_r11a.yaml": 0.95, "dev_r13a.yaml": 0.92,
              "dev_r14a.yaml": 0.96, "dev_r15a.yaml": 0.88, "dev_r16a.yaml": 0.89,
              "dev_r17a.yaml": 0.94, "dev_r19a.yaml": 0.95, "dev_r20a.yaml": 0.95, "dev_r21a.yaml": 0.91,
              "dev_r23a.yaml": 0.95, "dev_r24a.yaml": 0.97, "dev_r26a.yaml": 0.97,
              "dev_r27a.yaml": 0.96, "dev_r29a.yaml": 0.97, "dev_r30a.yaml": 0.92,
              "dev_r31a.yaml": 0.85, "dev_r32a.yaml": 0.90, "dev_r33a.yaml": 0.90}


@pytest.fixture(scope="module")
def runs(checker):
    return {f.name: run_probes(checker, load_probes(f)) for f in sorted(PROBES.glob("*.yaml"))}


def test_suite_is_large_and_well_formed():
    probes = load_probes(PROBES)
    assert len(probes) >= 250
    assert len({p.id for p in probes}) == len(probes)
    assert {p.capability for p in probes} == set(CAPABILITIES)
    assert {p.item for p in probes} == {f"P{i:02d}" for i in range(1, 11)} | {f"T{i}" for i in range(1, 6)}


@pytest.mark.parametrize("name", sorted(DEV_FLOORS))
def test_dev_probes_do_not_regress(runs, name):
    ok, n = runs[name].exact()
    assert ok / n >= DEV_FLOORS[name], (name, ok, n, [r.probe.id for r in runs[name].failures()][:20])


def test_holdout_supports_the_accuracy_every_report_states(runs):
    """Reports say how often the verdict matched careful readers on unseen probes (checker/accuracy.py):
    the holdout written after all tuning must still give that figure."""
    files = ("holdout_r5a.yaml", "holdout_r5b.yaml", "holdout_r6b.yaml", "holdout_r7.yaml", "holdout_r8b.yaml",
             "holdout_r10b.yaml", "holdout_r11b.yaml", "holdout_r12.yaml", "holdout_r14b.yaml",
             "holdout_r15b.yaml", "holdout_r16b.yaml", "holdout_r17b.yaml", "holdout_r18b.yaml",
             "holdout_r19b.yaml", "holdout_r21b.yaml", "holdout_r22.yaml", "holdout_r24b.yaml", "holdout_r25.yaml",
             "holdout_r27b.yaml", "holdout_r28.yaml", "holdout_r29b.yaml", "holdout_r30b.yaml", "holdout_r31b.yaml",
             "holdout_r32b.yaml", "holdout_r33b.yaml", "holdout_r34.yaml")
    ok = sum(runs[n].exact()[0] for n in files)
    n = sum(runs[n].exact()[1] for n in files)
    assert n == MEASURED["probes"]["n"]
    assert ok / n >= MEASURED["probes"]["exact"] - 0.005, (ok, n)


@pytest.mark.parametrize("capability", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=f"measured {BELOW_TARGET[c]:.3f} < {TARGET}"))
    if c in BELOW_TARGET else c for c in CAPABILITIES])
def test_every_capability_meets_the_target(runs, capability):
    ok = sum(r.exact(capability)[0] for r in runs.values())
    n = sum(r.exact(capability)[1] for r in runs.values())
    assert n and ok / n >= TARGET, (capability, ok, n)


@pytest.mark.xfail(strict=True, reason="687 of 714 invariance groups consistent when last measured "
                                       "(6 December 2026; of the 27 others, 26 are in held-out files and one in "
                                       "dev_r23a)")
def test_every_invariance_group_is_consistent(runs):
    bad = [g for r in runs.values() for g in r.inconsistent_groups()]
    assert not bad, bad
