"""Score: hits -> one ItemScore per item, exactly as CODEBOOK.md defines the statuses.

This module formats nothing and imports no NLP: it only decides.
"""
from __future__ import annotations

from collections import defaultdict

from checker.confidence import assess
from checker.gaps import contradiction_gaps, gaps_of
from checker.models import Evidence, Hit, ItemScore
from checker.ruleset.schema import Item

MAX_EVIDENCE = 6
_STRENGTH = {"firm": 3, "intent": 2, "weak": 1, None: 0}


def _evidence(h: Hit, aspect_label: str) -> Evidence:
    cue = h.cue.words if h.cue else None
    return Evidence(page=h.page, text=h.text, heading=h.heading, cue=cue, aspect=aspect_label,
                    matched=h.matched, explanation=h.explanation)


def _best(hits: list[Hit]) -> Hit:
    """The strongest hit; among equals the first in the document."""
    return sorted(hits, key=lambda h: (-_STRENGTH[h.commitment], h.segment_index))[0]


def score_item(item: Item, hits: list[Hit]) -> ItemScore:
    """The status of one item from its hits."""
    labels = {a.id: a.label for a in item.aspects}
    labels.update({f"contradiction:{c.id}": c.label for c in item.contradictions})
    labels["topic"] = "onderwerp genoemd"
    labels["contradiction:choice_against"] = "kiest er uitdrukkelijk voor dit niet te doen"
    support: dict[str, list[Hit]] = defaultdict(list)
    mentions: list[Hit] = []
    contradictions = [h for h in hits if h.role == "contradiction"]
    # a passage that goes against the item supports none of its aspects ("we bouwen er samen in
    # de regio gesloten plaatsen bij" is not "samen in de regio" for closing them)
    against = {h.segment_index for h in contradictions}
    for h in hits:
        if h.role == "contradiction" or h.segment_index in against:
            continue
        if h.role == "support":
            support[h.aspect_id].append(h)
        else:
            mentions.append(h)
    core = item.aspects[0].id
    met = [a.id for a in item.aspects if support.get(a.id)]
    missing = [a.id for a in item.aspects if a.id not in met]
    further = {a.id: a.further for a in item.aspects}

    def meets(threshold, aspects=met) -> bool:
        return len(aspects) >= threshold.min and (not threshold.core or core in aspects)

    evidence_hits: list[Hit] = []
    if contradictions:
        status = "contradicted"
        evidence_hits.extend(sorted(contradictions, key=lambda h: h.segment_index)[:3])
    elif meets(item.covered_threshold(), [a for a in met if a == core or further[a]]):
        status = "covered"
    elif meets(item.partial):
        status = "partial"
    elif mentions or any(support.values()):
        status = "mentioned"
    else:
        status = "absent"
    for aid in met:
        evidence_hits.append(_best(support[aid]))
    if status == "mentioned" or (status == "partial" and len(evidence_hits) < 2):
        evidence_hits.extend(sorted(mentions, key=lambda h: (-_STRENGTH[h.commitment], h.segment_index))[:3])
    seen: set[int] = set()
    evidence = []
    for h in evidence_hits:
        if h.segment_index in seen:
            continue
        seen.add(h.segment_index)
        evidence.append(_evidence(h, labels.get(h.aspect_id, h.aspect_id)))
        if len(evidence) >= MAX_EVIDENCE:
            break

    weights = {a.id: (2.0 if a.id == core else 1.0) for a in item.aspects}
    if status == "contradicted":
        value = 0.0
    elif status == "absent":
        value = 0.0
    elif status == "mentioned":
        value = 0.1
    else:
        value = round(sum(weights[a] for a in met) / sum(weights.values()), 2)
        if status == "covered":
            value = max(value, 0.75)
    committed = [h for aid in met for h in support[aid]]
    strongest = max((h.commitment for h in committed), key=lambda c: _STRENGTH[c], default=None)
    if strongest is None and status == "mentioned":
        strongest = max((h.commitment for h in mentions), key=lambda c: _STRENGTH[c], default=None)
        strongest = "weak" if strongest else None
    named: dict[str, list[Hit]] = defaultdict(list)
    for h in mentions:
        named[h.aspect_id].append(h)
    gaps = gaps_of([(a.id, a.label, a.missing) for a in item.aspects if a.id in missing], named)
    if status == "contradicted":
        missing_text = "Het akkoord gaat in tegen dit punt: " + "; ".join(
            dict.fromkeys(labels[h.aspect_id] for h in contradictions[:2])) + "."
        gaps = contradiction_gaps(contradictions, labels) + gaps
    else:
        missing_text = " ".join(g.text for g in gaps)
    confidence, doubts = assess(status, core, hits, met)
    return ItemScore(
        id=item.id, kind=item.kind, title=item.title, status=status, score=value,
        commitment=strongest if status not in ("absent",) else None,
        aspects_met=tuple(labels[a] for a in met), aspects_missing=tuple(labels[a] for a in missing),
        evidence=tuple(evidence), missing=missing_text, suggestion=item.suggestion,
        suggestion_source=item.source, confidence=confidence, doubts=doubts, gaps=gaps,
        agreement_text=item.agreement_form or item.suggestion, merge_with=item.merge_with)


def score(items: tuple[Item, ...] | list[Item], hits: list[Hit]) -> tuple[ItemScore, ...]:
    """One ItemScore per item, in rule-set order."""
    by_item: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        by_item[h.item_id].append(h)
    return tuple(score_item(it, by_item.get(it.id, [])) for it in items)
