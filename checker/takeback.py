"""A contrast that takes a commitment back: "X blijft open, maar ze krijgt minder geld".

A keep or an increase followed, in the same passage, by a contrast ("maar", "echter", "doch") whose
subject points back at it (a pronoun: "ze", "het") or names its resources ("de subsidie", "het
budget", "de openingstijden"), and that cuts those resources, is a cut of X: "De wijkteams blijven
bestaan, maar ze krijgen minder budget" scales the teams back (CODEBOOK: cutting a facility or the
local teams is the opposite of keeping them).

Not a take-back: a contrast about something else ("..., maar de sporthal gaat dicht": its own
statement), or one that reduces no resource ("..., maar ze krijgen minder regeldruk").
"""
from __future__ import annotations

from checker.clauses import Clause
from checker.polarity import DOWN, KEEP, UP, Operator, Polarity

CONTRAST_MARKERS = frozenset({"maar", "echter", "doch"})
# ("het" is skipped as an article: "maar het budget ...")
POINTERS = frozenset({"ze", "zij", "hij", "die", "deze", "dat"})
# what a facility or a team runs on
RESOURCES = frozenset({"subsidie", "subsidies", "budget", "budgetten", "middelen", "bijdrage", "geld", "openingstijden",
                       "openingsuren", "fte", "formatie", "uren", "capaciteit", "personeel", "bezetting",
                       "exploitatiebijdrage", "financiering"})
_SKIP = frozenset({"maar", "echter", "doch", "de", "het", "een", "hun", "haar", "wel", ",", ";"})
MARKER_REACH = 5  # tokens: the contrast marker opens the statement or comes right after its subject
SUBJECT_REACH = 4


def taken_back(words: list[str], clauses: list[Clause], index: int, operators: list[Operator]) -> Operator | None:
    """The operator of a later contrast in the passage that takes back clause `index`'s commitment
    by cutting what it keeps, or None."""
    start = clauses[index].end
    rest = words[start:]
    if not rest:
        return None
    if not any(w in CONTRAST_MARKERS for w in rest[:MARKER_REACH]):
        return None
    head = [w for w in rest[:SUBJECT_REACH + 2] if w not in _SKIP][:SUBJECT_REACH]
    points_back = bool(head) and head[0] in POINTERS
    resource_subject = any(w in RESOURCES for w in head)
    if not (points_back or resource_subject):
        return None
    end = next((k for k in range(start, len(words)) if words[k] == ";" and k > start), len(words))
    for o in operators:
        if not (start <= o.start < end) or o.category not in ("decrease", "cut"):
            continue
        if any(w in ("niet", "geen") for w in words[start:o.start]):
            return None  # "maar ze krijgen niet minder geld"
        after = words[o.end:o.end + 3]
        if o.category == "cut" or resource_subject or any(w in RESOURCES for w in after):
            return o
    return None


def take_back(p: Polarity, op: Operator | None) -> Polarity:
    """A kept or strengthened thing whose resources a later contrast cuts is cut."""
    if op is None or p.negated or p.value not in (KEEP, UP):
        return p
    return Polarity(DOWN, op, cut=True)
