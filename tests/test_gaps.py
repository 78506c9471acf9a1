"""'Wat ontbreekt' agrees with the evidence: absent, only described, or contradicted (gaps.py).

Written from the codebook: an aspect the agreement names as a study, a condition, another party's
view or a wish is not a commitment, but it is not missing from the text either; a passage that goes
against the item supports none of its aspects.
"""
from __future__ import annotations

import pytest

# (item, text, state of the core aspect's gap, kind of statement (described), words of the quote)
CASES = [
    ("P02", "We onderzoeken of we kunnen stoppen met het aanbesteden van jeugdzorg.",
     "described", "onderzoek", "onderzoeken of we kunnen stoppen"),
    ("P09", "Het Rijk wil dat gemeenten de gesloten jeugdzorg afbouwen en ombouwen naar kleinschalige "
            "voorzieningen.", "described", "standpunt van een ander", "Het Rijk wil"),
    ("P10", "Als het budget het toelaat, bieden we verlengde jeugdhulp tot 21 jaar aan.",
     "described", "voorwaarde", "Als het budget het toelaat"),
    ("P05", "We leggen een nieuwe fietsroute aan naar het station.", "absent", None, None),
    ("P07", "De gemeente renoveert het gemeentehuis in 2027.", "absent", None, None),
]


@pytest.mark.parametrize("item,text,state,how,quote", CASES)
def test_the_core_gap_says_whether_the_aspect_is_absent_or_only_described(check_text, item, text, state, how, quote):
    it = check_text(text)[item]
    assert it.status in ("absent", "mentioned"), (it.status, it.missing)
    core = it.gaps[0]
    assert core.state == state, it.gaps
    if state == "described":
        assert core.how == how
        assert quote in core.quote
        assert quote in it.missing and "niet als toezegging" in it.missing
    else:
        assert core.quote is None
        assert "niet als toezegging" not in it.missing


def test_a_described_aspect_is_not_called_missing_from_the_text(check_text, checker):
    """The rule set's 'staat er niet in' sentence of the aspect is not used when the text names it."""
    it = check_text("We onderzoeken of we kunnen stoppen met het aanbesteden van jeugdzorg.")["P02"]
    rule = next(i for i in checker.ruleset.items if i.id == "P02")
    assert rule.aspects[0].missing not in it.missing


def test_a_contradicting_passage_supports_no_aspect(check_text):
    """Building extra closed places together with the region is not 'samen in de regio' for P09."""
    it = check_text("Samen met de regiogemeenten bouwen we extra plaatsen in de gesloten jeugdzorg bij.")["P09"]
    assert it.status == "contradicted"
    assert it.aspects_met == ()
    assert it.gaps[0].state == "contradicted" and "extra plaatsen" in it.gaps[0].quote


def test_a_contradiction_elsewhere_leaves_other_passages_their_aspects(check_text):
    it = check_text("We bieden verlengde jeugdhulp tot 23 jaar voor jongeren die dat nodig hebben.\n\n"
                    "De jeugdhulp stopt voor iedereen op de 18e verjaardag.")["P10"]
    assert it.status == "contradicted"
    assert it.aspects_met, "the first sentence still supports its aspect"
    assert [g.state for g in it.gaps][:1] == ["contradicted"]


def test_a_described_aspect_reads_in_english_with_lang_en(checker):
    from checker.report import render
    from tests.conftest import text_document

    report = checker.check_document(text_document(
        "Jeugd\n\nAls het budget het toelaat, bieden we verlengde jeugdhulp tot 21 jaar aan.\n"))
    english = render(report, "md", lang="en")
    assert "is there as a condition, not as a commitment" in english and "staat er als voorwaarde" not in english
    assert "staat er als voorwaarde, niet als toezegging" in render(report, "md")
