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

_DETERMINERS = frozenset({"de", "het", "die", "dat", "deze", "dit"})
_WORD = re.compile(r"[^\W\d_][\w-]*")
_MIN_HEAD = 4
_MIN_MODIFIER = 3  # letters before the head: "buurt" of "buurtteam"


def bridge(text: str, previous: str) -> str | None:
    """`text` with its definite nouns completed from `previous` (see the module), or None when
    nothing is completed."""
    lowered = text.lower()
    if not any(f"{d} " in lowered for d in _DETERMINERS):
        return None
    before = _WORD.findall(previous)
    own = {w.lower() for w in before}
    out: list[str] = []
    last = 0
    done = False
    words = list(_WORD.finditer(text))
    for prev, m in zip(words, words[1:]):
        noun = m.group(0)
        if prev.group(0).lower() not in _DETERMINERS or len(noun) < _MIN_HEAD or not noun.islower() \
                or noun in own or prev.end() + 1 != m.start():
            continue
        compounds = {w for w in before if len(w) >= len(noun) + _MIN_MODIFIER and w.lower().endswith(noun)
                     and w.lower().replace("-", "") != noun and w.lower() not in lowered}
        if len(compounds) != 1:
            continue  # (none, or two that it could be)
        out.append(text[last:m.start()])
        out.append(compounds.pop().lower())
        last = m.end()
        done = True
    if not done:
        return None
    out.append(text[last:])
    return "".join(out)
