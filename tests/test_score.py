"""Scoring rules of the codebook, on hand-made hits (score does not need spaCy)."""
from __future__ import annotations

from checker.models import Cue, Hit
from checker.ruleset.loader import load_ruleset
from checker.score import score_item


def hit(item, aspect, role="support", commitment="firm", seg=0, page=3, section="Jeugd"):
    return Hit(item_id=item, aspect_id=aspect, role=role, segment_index=seg, page=page, heading=section,
               text=f"tekst {seg}", matched="x", term="x", commitment=commitment, polarity="neutral",
               cue=Cue("firm", "we gaan"), in_domain=True, explanation="uitleg", section=section)


def test_contradicted_takes_precedence_over_covered():
    p02 = load_ruleset().item("P02")
    s = score_item(p02, [hit("P02", "stop_market"), hit("P02", "long_term", seg=1),
                         hit("P02", "contradiction:keep_tendering", role="contradiction", seg=2)])
    assert s.status == "contradicted" and s.score == 0.0
    assert s.evidence[0].text == "tekst 2"


def test_core_plus_one_is_covered_core_alone_is_partial():
    p05 = load_ruleset().item("P05")
    assert score_item(p05, [hit("P05", "strengthen_teams"), hit("P05", "tackle_causes", seg=1)]).status == "covered"
    s = score_item(p05, [hit("P05", "strengthen_teams")])
    assert s.status == "partial" and s.aspects_missing and s.missing


def test_p06_needs_two_partner_types_joined_to_the_teams():
    """The codebook: local teams plus at least two partner types is covered, one is partial (each
    partner aspect needs the team and a word that joins the partner to it, see rules/items.yaml)."""
    p06 = load_ruleset().item("P06")
    assert score_item(p06, [hit("P06", "education")]).status == "partial"
    assert score_item(p06, [hit("P06", "education"), hit("P06", "youth_health")]).status == "covered"
    assert score_item(p06, []).status == "absent"


def test_p08_two_facility_types_without_core():
    p08 = load_ruleset().item("P08")
    assert score_item(p08, [hit("P08", "libraries")]).status == "partial"
    assert score_item(p08, [hit("P08", "libraries"), hit("P08", "pools")]).status == "covered"


def test_mentions_only_and_nothing():
    p09 = load_ruleset().item("P09")
    s = score_item(p09, [hit("P09", "phase_out", role="mention", commitment="weak")])
    assert s.status == "mentioned" and s.evidence and s.commitment == "weak"
    s = score_item(p09, [])
    assert s.status == "absent" and not s.evidence and s.commitment is None
    assert s.suggestion.startswith("We werken in de gemeente en de regio actief")


def test_core_and_further_aspect_combine_across_chapters():
    """The codebook asks for the core and a further aspect in the document, not in one chapter:
    agreements put the budget of a measure in the finance chapter and its substance elsewhere (a
    same-chapter rule cost 0.03 exact on the independent gold and 0.01 on the shared gold)."""
    p05 = load_ruleset().item("P05")
    apart = [hit("P05", "strengthen_teams", section="Zorg"), hit("P05", "tackle_causes", seg=9, section="Financiën")]
    assert score_item(p05, apart).status == "covered"
    # the core alone is partial, wherever it stands
    assert score_item(p05, [hit("P05", "strengthen_teams", section="Zorg")]).status == "partial"
    p08 = load_ruleset().item("P08")
    assert score_item(p08, [hit("P08", "libraries", section="Cultuur"),
                            hit("P08", "pools", seg=4, section="Sport")]).status == "covered"