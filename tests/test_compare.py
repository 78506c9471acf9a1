"""Draft versus final: the changes a reader would expect between two versions of an agreement."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.compare import classify, compare
from tests.conftest import CORPUS

DRAFT = CORPUS / "lindewaard_2026_concept.txt"
FINAL = CORPUS / "lindewaard_2026_coalitieakkoord.txt"


@pytest.mark.parametrize("draft,final,change", [
    ("covered", "contradicted", "newly_contradicted"),
    ("contradicted", "partial", "contradiction_resolved"),
    ("mentioned", "covered", "gained"),
    ("partial", "absent", "lost"),
    ("partial", "covered", "strengthened"),
    ("mentioned", "absent", "weakened"),
    ("absent", "absent", "unchanged"),
])
def test_classify(draft, final, change):
    assert classify(draft, final, 2, 2, 0.5, 0.5) == change


def test_same_status_with_stronger_commitment_is_strengthened():
    assert classify("partial", "partial", 2, 3, 0.5, 0.5) == "strengthened"
    assert classify("covered", "covered", 3, 3, 1.0, 0.8) == "weakened"


@pytest.fixture(scope="module")
def comparison(checker):
    return compare(checker.check(DRAFT), checker.check(FINAL))


def test_lindewaard_draft_to_final(comparison):
    changes = {c.id: c.change for c in comparison.items}
    # the final text commits to reducing light help (the draft only studied it) ...
    assert changes["P01"] == "gained"
    # ... re-tenders youth care in 2029 where the draft stopped tendering ...
    assert changes["P02"] == changes["T1"] == "newly_contradicted"
    # ... and dropped extended youth care after 18
    assert changes["P10"] == changes["T5"] == "lost"
    assert changes["P03"] == changes["P05"] == "unchanged"
    p02 = next(c for c in comparison.items if c.id == "P02")
    assert any("opnieuw aanbesteden" in e.text for e in p02.evidence_added)
    assert any("We stoppen met het aanbesteden" in e.text for e in p02.evidence_removed)
    # passages still in the final text are never reported as removed
    final_text = " ".join(" ".join(b.text for b in comparison.final.document.blocks).split())
    for c in comparison.items:
        assert all(" ".join(e.text.split()) not in final_text for e in c.evidence_removed)
    gaps = [c.id for c in comparison.gaps]
    assert "P02" in gaps and "P10" in gaps and "P03" not in gaps


def test_cli_compare_writes_three_formats(tmp_path):
    res = CliRunner().invoke(main, ["compare", str(DRAFT), str(FINAL), "--out", str(tmp_path), "--model", "blank"])
    assert res.exit_code == 0, res.output
    stem = "lindewaard_2026_concept__lindewaard_2026_coalitieakkoord.compare"
    md = (tmp_path / f"{stem}.md").read_text(encoding="utf-8")
    assert "| P02 |" in md and "Nieuw tegenstrijdig" in md and "## Nog open in de definitieve tekst" in md
    html = (tmp_path / f"{stem}.html").read_text(encoding="utf-8")
    assert "<script" not in html and "Verloren" in html
    data = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
    assert {i["id"]: i["change"] for i in data["items"]}["P01"] == "gained"
    assert "P10" in data["gaps"]


def test_cli_compare_bad_input(tmp_path):
    res = CliRunner().invoke(main, ["compare", str(tmp_path / "nee.docx"), str(FINAL), "--out", str(tmp_path)])
    assert res.exit_code == 1 and "bestaat niet" in res.output
