"""Gaps: per missing aspect, whether the agreement leaves it out or only describes it.

"Wat ontbreekt" must never contradict the quote above it. An aspect that the agreement names as
a study, a wish, a condition, a description or another party's view is not missing from the text:
it is missing as a commitment, and the report says so and quotes the passage. Only an aspect
the agreement does not name at all gets the rule set's "staat er niet in" sentence.

Like score.py this module decides and formats nothing; it imports no NLP.
"""
from __future__ import annotations

from checker.models import Gap, Hit

# why a passage that names an aspect is not a commitment, from the cue that decided it (Dutch,
# as a report shows it: "staat er als <how>, niet als toezegging")
HOW_NL = {
    "study": "onderzoek",
    "condition": "voorwaarde",
    "weak": "wens of waardering",
    "attribution": "standpunt van een ander",
    "description": "beschrijving",
    "intent": "voornemen",
    "negation": "ontkenning",
    "draft": "open punt in het concept",
    "decrease": "beschrijving",
    "increase": "beschrijving",
}
HOW_EN = {
    "onderzoek": "a study", "voorwaarde": "a condition", "wens of waardering": "a wish or a value",
    "standpunt van een ander": "someone else's position", "beschrijving": "a description",
    "voornemen": "an intention", "ontkenning": "a negation", "open punt in het concept": "an open point of the draft",
}


def how(h: Hit) -> str:
    """The kind of statement a non-committing passage is, in Dutch."""
    if h.cue is not None and h.cue.category in HOW_NL:
        return HOW_NL[h.cue.category]
    return "voornemen" if h.commitment == "intent" else "beschrijving"


def described_text(label: str, kind: str, quote: str, page: int | None) -> str:
    """The gap sentence of an aspect the agreement names without committing to it."""
    where = f" (p. {page})" if page is not None else ""
    return f"‘{label}’ staat er als {kind}, niet als toezegging{where}: “{short(quote)}”"


def gap_text(gap: Gap, lang: str = "nl") -> str:
    """A gap's sentence in the report's language: a described aspect in English where asked (the
    aspects' own labels and 'staat er niet in' sentences are Dutch rule data and stay Dutch)."""
    if lang != "en" or gap.state != "described":
        return gap.text
    where = f" (p. {gap.page})" if gap.page is not None else ""
    kind = HOW_EN.get(gap.how or "", "a description")
    return f"‘{gap.aspect}’ is there as {kind}, not as a commitment{where}: “{short(gap.quote or '')}”"


def short(text: str, words: int = 30) -> str:
    """A quote cut to `words` words, for a one-line gap."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def gaps_of(missing: list[tuple[str, str, str]], mentions: dict[str, list[Hit]]) -> tuple[Gap, ...]:
    """One Gap per missing aspect (`(id, label, missing sentence)`, core first).

    `mentions` holds, per aspect id, the passages that name it without a commitment; the first of
    them in the document is quoted.
    """
    out = []
    for aid, label, absent_text in missing:
        named = sorted(mentions.get(aid, ()), key=lambda h: h.segment_index)
        if named:
            h = named[0]
            kind = how(h)
            out.append(Gap(aspect=label, state="described", how=kind, quote=h.text, page=h.page,
                           text=described_text(label, kind, h.text, h.page)))
        else:
            out.append(Gap(aspect=label, state="absent", how=None, quote=None, page=None, text=absent_text))
    return tuple(out)


def contradiction_gaps(hits: list[Hit], labels: dict[str, str]) -> tuple[Gap, ...]:
    """The passages that go against the item: to replace, each quoted once."""
    out, seen = [], set()
    for h in sorted(hits, key=lambda h: h.segment_index):
        if h.segment_index in seen:
            continue
        seen.add(h.segment_index)
        label = labels.get(h.aspect_id, h.aspect_id)
        out.append(Gap(aspect=label, state="contradicted", how=None, quote=h.text, page=h.page,
                       text=f"Het akkoord gaat in tegen dit punt ({label}): “{short(h.text)}”"))
    return tuple(out)
