"""'Toevoegen of vervangen': the gaps only, in the order a negotiator takes them.

Contradicted items first (the offending passage, to replace), then absent ones, then mentioned and
partial ones (naming only what is missing). A point and its theme on the same subject (P02 and T1,
`merge_with` in the rule set) appear once. This formats what `score` decided; it decides nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.models import Gap, ItemScore, Report

# the order of the view: what to replace, what to add, what to firm up
RANK = {"contradicted": 0, "absent": 1, "mentioned": 2, "partial": 2}


@dataclass(frozen=True)
class Suggestion:
    item: str
    text: str  # in the agreement's "we"-form, ready to paste
    source: str


@dataclass(frozen=True)
class Todo:
    ids: tuple[str, ...]  # "P02", "T1": the items this entry closes
    title: str
    status: str  # the worst status of its items
    replace: tuple[Gap, ...]  # contradicting passages, to replace
    missing: tuple[Gap, ...]  # what to add: absent aspects, and aspects only described
    suggestions: tuple[Suggestion, ...]

    @property
    def anchor(self) -> str:
        return "todo-" + "-".join(self.ids)


def _worst(items: list[ItemScore]) -> ItemScore:
    return min(items, key=lambda it: RANK.get(it.status, 9))


def _said(gap: Gap, before: list[Gap]) -> bool:
    """The theme's wording of a gap its point has already named ("Hulp stopt niet pas wanneer de
    'Big Five' op orde zijn" after the point's longer sentence)."""
    return any(b.state == "absent" and fuzz.token_set_ratio(gap.text.lower(), b.text.lower()) >= 85 for b in before)


def todos(report: Report) -> list[Todo]:
    """One entry per item with a gap, merged with its point or theme, in the negotiator's order."""
    by_id = {it.id: it for it in report.items}
    partner = {}
    for it in report.items:
        if it.merge_with and it.merge_with in by_id:
            partner[it.id] = it.merge_with
            partner[it.merge_with] = it.id
    done: set[str] = set()
    out: list[tuple[int, int, Todo]] = []
    for pos, it in enumerate(report.items):
        if it.id in done:
            continue
        group = [it] + ([by_id[partner[it.id]]] if it.id in partner else [])
        done.update(g.id for g in group)
        open_ = [g for g in group if g.status != "covered"]
        if not open_:
            continue
        worst = _worst(open_)
        replace, missing, seen = [], [], set()
        for g in open_:
            for gap in g.gaps:
                key = (gap.state, gap.quote or gap.text)
                if key in seen or (gap.state == "absent" and _said(gap, missing)):
                    continue
                seen.add(key)
                (replace if gap.state == "contradicted" else missing).append(gap)
        suggestions = tuple(Suggestion(g.id, g.agreement_text or g.suggestion, g.suggestion_source) for g in open_)
        out.append((RANK.get(worst.status, 9), pos, Todo(
            ids=tuple(g.id for g in open_), title=open_[0].title, status=worst.status,
            replace=tuple(replace), missing=tuple(missing), suggestions=suggestions)))
    return [t for _, _, t in sorted(out, key=lambda x: (x[0], x[1]))]
