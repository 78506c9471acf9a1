"""Invariance by perturbation (checker/perturb.py): each perturbation changes the text as it says and
nothing else, and the dev probes keep their status under it.

The floors are the dev figures when the perturbations were written (4 December 2026, rules 2.19.0)
minus a margin; held-out probes are measured by `akkoordcheck evaluate --probes DIR --perturb` and
stated in the README, not tuned on. The strict xfail states what is not there yet: every perturbed
probe keeping its status.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.perturb import (OTHER_FIELD, PERTURBATIONS, bullet_glyph, college_to_coalitie, curly_quotes,
                             digits_to_words, hard_spaces, heading_caps, hyphen_break, other_field_after,
                             other_field_before, pdf_wrap, run_perturbations, semicolon_to_stop, we_to_wij)
from checker.probes import load_probes, run_probes

PROBES = Path(__file__).parent / "probes"

UNITS = [
    # perturbation, text, expected result (None: it does not apply)
    (we_to_wij, "We bouwen af; daarna gaan we verder.", "Wij bouwen af; daarna gaan wij verder."),
    (we_to_wij, "Het college weet wel wat het wil.", None),  # ("wel", "weet": no "we")
    (other_field_after, "Jeugd\nWe bouwen af.", "Jeugd\nWe bouwen af.\n\n" + OTHER_FIELD),
    (other_field_before, "We bouwen af.", OTHER_FIELD + "\n\nWe bouwen af."),
    (pdf_wrap, "Kort.", None),
    (pdf_wrap, "Jeugd\nSamen met de buurgemeenten bouwen we de gesloten jeugdzorg af en investeren we in gezinshuizen.",
     "Jeugd\nSamen met de buurgemeenten bouwen we de gesloten jeugdzorg\naf en investeren we in gezinshuizen."),
    (pdf_wrap, "Actie | Planning | Budget en een hele lange cel die over de breedte van de kolom gaat | 2027", None),
    (hyphen_break, "We versterken de wijkteams.", "We versterken de wijk-\nteams."),
    (hyphen_break, "We versterken het team.", None),
    (curly_quotes, "Het motto is \"samen\" en zo'n team 'werkt'.", "Het motto is “samen” en zo’n team ‘werkt’."),
    (curly_quotes, "Geen aanhalingstekens.", None),
    (bullet_glyph, "We gaan:\n- sneller helpen\n* minder wachten", "We gaan:\n• sneller helpen\n• minder wachten"),
    (heading_caps, "Jeugd en gezin\nWe bouwen af.", "JEUGD EN GEZIN\nWe bouwen af."),
    (heading_caps, "We bouwen de gesloten jeugdzorg af.\nDaarna meer.", None),  # (a sentence, no heading)
    (semicolon_to_stop, "We bouwen af; de regio doet mee.", "We bouwen af. De regio doet mee."),
    (semicolon_to_stop, "Budget; Planning", None),  # (a capital after ";": no clause of the sentence)
    (college_to_coalitie, "Het college zal de teams versterken, zegt het college.",
     "De coalitie zal de teams versterken, zegt de coalitie."),
    (college_to_coalitie, "Het collegeprogramma volgt.", None),
    (digits_to_words, "Het team krijgt er 4 fte bij en 12 plekken.", "Het team krijgt er vier fte bij en twaalf plekken."),
    (digits_to_words, "Op 1 januari 2027, met € 3 miljoen, 2,5 fte en 18 jaar; 3 maart.", None),
    (hard_spaces, "Tot 23 jaar en € 1,2 miljoen.", "Tot 23\u00a0jaar en €\u00a01,2\u00a0miljoen."),
]


@pytest.mark.parametrize("fn,text,expected", UNITS)
def test_each_perturbation_changes_only_what_it_says(fn, text, expected):
    assert fn(text) == expected


# perturbation -> the share of dev probes it changes that must keep their status (measured minus a margin)
DEV_FLOORS = {"we_to_wij": 0.99, "other_field_after": 0.99, "other_field_before": 0.99, "pdf_wrap": 0.99,
              "hyphen_break": 0.99, "curly_quotes": 0.99, "bullet_glyph": 0.99, "heading_caps": 0.99,
              "semicolon_to_stop": 0.94, "hard_spaces": 0.99, "college_to_coalitie": 0.99, "digits_to_words": 0.99}


@pytest.fixture(scope="module")
def perturbed(checker):
    """Every perturbation of every dev probe, read once for the tests below."""
    probes = [p for f in sorted(PROBES.glob("dev*.yaml")) for p in load_probes(f)]
    return {r.name: r for r in run_perturbations(checker, probes, run_probes(checker, probes))}


def test_every_perturbation_has_a_floor():
    assert set(DEV_FLOORS) == set(PERTURBATIONS)


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_dev_probes_keep_their_status_under_a_perturbation(perturbed, name):
    result = perturbed[name]
    assert result.applied > 0, name
    assert result.rate >= DEV_FLOORS[name], (name, result.kept, result.applied, result.changed[:10])


@pytest.mark.xfail(strict=True, reason="measured 6 December 2026: semicolon_to_stop keeps 513 of 532 dev probes "
                   "(a sentence after '.' is read without what '; ' gave it: a pronoun, a year, a contrast); "
                   "we_to_wij 2,355 of 2,358; pdf_wrap 3,827 of 3,832; college_to_coalitie 137 of 138")
def test_every_perturbed_dev_probe_keeps_its_status(perturbed):
    assert all(r.kept == r.applied for r in perturbed.values()), \
        [(r.name, r.changed[:5]) for r in perturbed.values() if r.changed]
