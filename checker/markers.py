"""What a clause's words say about its commitment, as the modality readers (modality.py, speakers.py)
pass it on: a marker of a category over a span of tokens, and the word class before which a word is
a noun or adjective, not a verb."""
from __future__ import annotations

from dataclasses import dataclass

FIRM, INTENT, WEAK = "firm", "intent", "weak"
STUDY, ATTRIBUTION, DESCRIPTION, HEDGE = "study", "attribution", "description", "condition"
# a word after these is a noun or adjective, not a verb ("de uitgaven", "vaste afspraken", "van gezinnen")
NOMINAL_BEFORE = frozenset({
    "de", "het", "een", "die", "deze", "dit", "dat", "onze", "ons", "hun", "haar", "mijn", "uw", "elke", "ieder",
    "iedere", "alle", "veel", "weinig", "meer", "minder", "geen", "enkele", "sommige", "beide", "welke", "zulke",
    "van", "voor", "aan", "op", "in", "met", "bij", "naar", "over", "door", "uit", "tot", "om", "zonder", "per",
    "tussen", "onder", "na", "tegen", "via", "vanuit", "binnen", "buiten", "rond", "sinds", "vanaf",
})


@dataclass(frozen=True)
class Marker:
    category: str  # firm | intent | weak | study | attribution | description | condition
    start: int
    end: int
    words: str
    source: str = "segment"  # segment | subject | passive | tense | lead_in | genre | discourse
    scope: tuple[int, int] | None = None  # tokens a weak cue reaches ("aandacht voor X"); None: its clause
