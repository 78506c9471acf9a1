"""Compare two versions of an agreement (draft and final): what changed per item."""
from __future__ import annotations

from dataclasses import dataclass

from checker.models import Evidence, Report

_RANK = {"absent": 0, "mentioned": 1, "partial": 2, "covered": 3}
_STRENGTH = {None: 0, "weak": 1, "intent": 2, "firm": 3}
CHANGES = ("newly_contradicted", "contradiction_resolved", "gained", "lost", "strengthened", "weakened",
           "unchanged")


@dataclass(frozen=True)
class ItemChange:
    id: str
    kind: str
    title: str
    draft_status: str
    final_status: str
    draft_score: float
    final_score: float
    change: str  # one of CHANGES
    evidence_added: tuple[Evidence, ...]
    evidence_removed: tuple[Evidence, ...]
    still_gap: bool  # not covered in the final text
    suggestion: str
    missing: str


@dataclass(frozen=True)
class Comparison:
    draft: Report
    final: Report
    items: tuple[ItemChange, ...]

    @property
    def gaps(self) -> tuple[ItemChange, ...]:
        return tuple(c for c in self.items if c.still_gap)


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def classify(draft_status: str, final_status: str, draft_strength: int, final_strength: int,
             draft_score: float, final_score: float) -> str:
    """The kind of change from draft to final for one item."""
    if final_status == "contradicted" and draft_status != "contradicted":
        return "newly_contradicted"
    if draft_status == "contradicted" and final_status != "contradicted":
        return "contradiction_resolved"
    if draft_status == final_status:
        if final_score > draft_score + 0.05 or final_strength > draft_strength:
            return "strengthened"
        if final_score < draft_score - 0.05 or final_strength < draft_strength:
            return "weakened"
        return "unchanged"
    d, f = _RANK[draft_status], _RANK[final_status]
    if d <= 1 < f:
        return "gained"
    if f <= 1 < d:
        return "lost"
    return "strengthened" if f > d else "weakened"


def compare(draft: Report, final: Report) -> Comparison:
    """Per item: the status in each version, the kind of change, evidence that came or went."""
    drafts = {it.id: it for it in draft.items}
    # a passage "appeared" when the draft's text does not hold it, and "disappeared" when the final
    # text does not: a passage that is still there but cited less is neither
    draft_text = _norm(" ".join(b.text for b in draft.document.blocks))
    final_text = _norm(" ".join(b.text for b in final.document.blocks))
    changes = []
    for it in final.items:
        d = drafts[it.id]
        changes.append(ItemChange(
            id=it.id, kind=it.kind, title=it.title, draft_status=d.status, final_status=it.status,
            draft_score=d.score, final_score=it.score,
            change=classify(d.status, it.status, _STRENGTH[d.commitment], _STRENGTH[it.commitment], d.score, it.score),
            evidence_added=tuple(e for e in it.evidence if _norm(e.text) not in draft_text),
            evidence_removed=tuple(e for e in d.evidence if _norm(e.text) not in final_text),
            still_gap=it.status != "covered", suggestion=it.suggestion, missing=it.missing))
    return Comparison(draft, final, tuple(changes))
