"""The Ctrl-F reader: an item counts as addressed when one of the letter's key phrases occurs.

It reads no context, so it cannot tell a promise from a study, nor see a contradiction. A hit is
scored `covered` (the naive reading "it is in the agreement"), no hit `absent`.
"""
from __future__ import annotations

from checker.models import Document
from checker.nlp import fold
from checker.ruleset.loader import Ruleset


def keyword_statuses(document: Document, ruleset: Ruleset) -> dict[str, tuple[str, str | None]]:
    """{item id: (status, first passage with a key phrase or None)}."""
    blocks = [(b, fold(b.text)) for b in document.blocks]
    out: dict[str, tuple[str, str | None]] = {}
    for item in ruleset.items:
        phrases = [fold(k) for k in item.keywords]
        hit = next((b.text for b, text in blocks if any(k in text for k in phrases)), None)
        out[item.id] = ("covered" if hit else "absent", hit)
    return out
