"""A negated harm is the item's direction: "We laten jongeren na hun 18e niet langer tussen wal en
schip vallen", "Geen kind hoeft nog thuis te zitten", "Niet langer houdt de jeugdhulp op bij 18".

Harm phrases (rules/cues.yaml `harms`) name what an item's aspect is about from the side of the harm
it prevents: falling between two stools at 18, sitting at home without school, help that stops at
18, a waiting list. Negated, the harm is averted, and averting it is the item's goal (CODEBOOK, hard
cases: a negated opposite is a commitment in the item's direction, never a contradiction). The
negation is the harm's own when it sits in the harm's clause ("niet (langer, meer)", "geen ... (meer,
nog)", "nooit", "niemand") or when "voorkomen" governs it ("we voorkomen dat jongeren ...", "om te
voorkomen dat ...", "het voorkomen van thuiszitten"). Then:
- the words inside the harm count in the item's direction, with the clause's own commitment: no
  ending ("niet langer"), no choice against, no contradiction;
- the other words of the clause that the negation reaches are the harm's setting (who would fall,
  and when: "jongeren na hun 18e"): the negation does not end them ("niet langer" is the harm's, so
  no choice against, no contradiction), but neither does it turn them into a commitment in a
  direction of their own ("na hun 18e" in "... niet langer tussen wal en schip vallen" offers no
  extended care).

Not averted: an affirmed harm ("jongeren vallen nu tussen wal en schip" is a description, "we laten
de hulp bij 18 stoppen" ends help at 18), a negation in another clause ("..., omdat de hulp niet
doorloopt"), and a double negation ("we kunnen niet voorkomen dat ...").
"""
from __future__ import annotations

from dataclasses import dataclass

from checker.clauses import Clause, chain, clause_at, group_span

# the negation operators (polarity.py) that negate a harm in its clause; "zonder", "exclusief" do not
NEGATORS = frozenset({"niet", "geen", "nooit", "nergens", "niet langer", "niet meer", "nooit meer"})
NOBODY = frozenset({"niemand"})  # "niemand valt tussen wal en schip"
PREVENT = ("voorkom",)  # voorkomen, voorkomt, voorkoming: what it governs does not happen


@dataclass(frozen=True)
class Averted:
    harm: tuple[int, int]  # the harm phrase's tokens
    negation: tuple[int, int]  # the negator's tokens ("niet langer", "geen", "voorkomen")
    clause: int  # the harm's clause


def _pieces(clauses: list[Clause], k: int) -> list[tuple[int, int]]:
    return [(clauses[g].start, clauses[g].end) for g in group_span(clauses, k)]


def averted_harms(words: list[str], clauses: list[Clause], harms: list[tuple[int, int]],
                  negations: list[tuple[int, int, str]]) -> list[Averted]:
    """The harms of a passage that it negates. `harms`: the token spans of the harm phrases;
    `negations`: (start, end, words) of its negation operators."""
    out: list[Averted] = []
    if not clauses:
        return out
    for a, b in harms:
        k = clause_at(clauses, a)
        pieces = _pieces(clauses, k)
        if not any(s <= b - 1 < e for s, e in pieces):
            continue  # a harm phrase across a clause boundary is no harm of one clause
        # (the negator may stand in the harm's own gap: "de hulp houdt niet langer op bij 18")
        inside = lambda i: any(s <= i < e for s, e in pieces)  # noqa: E731
        found = [(s, e) for s, e, w in negations if w in NEGATORS and inside(s)]
        found += [(i, i + 1) for i, w in enumerate(words) if w in NOBODY and inside(i)]
        # "we voorkomen dat ...": the clause it governs; "het voorkomen van thuiszitten": its own clause
        governing = chain(clauses, k)[1:2]  # (the clause it hangs on)
        prevent = [(i, i + 1) for i, w in enumerate(words) if w.startswith(PREVENT) and (
            (inside(i) and i < a) or any(clauses[j].start <= i < clauses[j].end for j in governing))]
        # (one negator per start: "niet" and "niet langer" are one)
        negators: dict[int, tuple[int, int]] = {}
        for s, e in found + prevent:
            if e - s > negators.get(s, (s, s))[1] - s:
                negators[s] = (s, e)
        if len(negators) != 1:
            continue  # affirmed, or a double negation ("we voorkomen niet dat ...")
        out.append(Averted((a, b), next(iter(negators.values())), k))
    return out


def averted_at(found: list[Averted], clauses: list[Clause], a: int, b: int) -> tuple[Averted, bool] | None:
    """The averted harm whose clause holds the words [a, b), and whether they lie inside the harm
    itself (True) or in its setting (False)."""
    if not found:
        return None
    for h in found:
        if h.harm[0] < b and a < h.harm[1]:
            return h, True
    for h in found:
        if any(s <= a < e for s, e in _pieces(clauses, h.clause)):
            return h, False
    return None
