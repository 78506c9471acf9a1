"""A definite noun phrase that takes its noun from the sentence before it.

Agreements name a thing in full once and then by its head noun:

    Het vorige college breidde het buurtteam nog uit. Om de begroting sluitend te krijgen, krimpt
    het team nu van 24 naar 16 fte.

"het team" is the "buurtteam" of the sentence before: the second sentence cuts the local team,
though it names no local team itself. So a sentence of the same paragraph is read with such a noun
phrase completed: a determiner ("de", "het", "die", "dat", "deze", "dit") + a noun that is the head
of a compound in the sentence right before it ("team" of "buurtteam", "hulp" of "jeugdhulp",
"plekken" of "crisisplekken") reads as that compound. Not when the sentence names the compound
itself, when the noun stands on its own in the sentence before too (which of the two is meant is
open), or for a head of fewer than four letters.
"""
from __future__ import annotations

import re

_PUNCT = ".,;:!?()[]\"'“”‘’…"
_MIN_MODIFIER = 3  # letters before the head: "buurt" of "buurtteam"


_AFTER_DETERMINER = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et|[Dd]ie|[Dd]at|[Dd]eze|[Dd]it) ([a-zß-ÿ]{4,})(?![\w-])")


def bridge(text: str, previous: str) -> str | None:
    """`text` with its definite nouns completed from `previous` (see the module), or None when
    nothing is completed."""
    prev_low = previous.lower()
    nouns = {n for n in _AFTER_DETERMINER.findall(text) if n in prev_low}  # (a quick test first)
    if not nouns:
        return None
    heads = tuple(nouns)
    # (one pass over the sentence before: most sentences share no head with it)
    before = [w.strip(_PUNCT).lower() for w in previous.split()]
    ending = [w for w in before if w.endswith(heads)]
    if not ending:
        return None
    lowered = text.lower()
    found: dict[str, str] = {}
    for noun in sorted(nouns):
        if noun in before:
            continue  # (the noun on its own before: which of the two is meant is open)
        compounds = {w for w in ending if len(w) >= len(noun) + _MIN_MODIFIER and w.endswith(noun)
                     and w.replace("-", "") != noun}
        if len(compounds) == 1 and (compound := compounds.pop()) not in lowered:
            found[noun] = compound
    if not found:
        return None
    out = text
    for noun, compound in found.items():
        out = re.sub(rf"(?<![\w-])([Dd]e|[Hh]et|[Dd]ie|[Dd]at|[Dd]eze|[Dd]it) {re.escape(noun)}(?![\w-])",
                     lambda m: f"{m.group(1)} {compound}", out)
    return out
