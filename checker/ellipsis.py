"""Elliptic bullets: a bullet that takes its object or its subject from its heading.

Agreements written as lists leave out what the heading already says:

    ### Gesloten jeugdzorg - wat we afspreken
    - Afbouwen, samen met de gemeenten in de jeugdregio.

    ### Sterke wijkteams
    - We maken ze laagdrempeliger.
    - Ze werken voortaan ook op de basisscholen.

The bullet gives the act, the heading the thing acted on. Two forms, each read as if the heading's
topic stood in the bullet:
- a bare act: the bullet opens with an infinitive, at most adverbs or adjectives before it
  ("Afbouwen, ...", "Substantieel terugdringen in deze raadsperiode"), and has no subject or
  object of its own: the topic goes before it ("Gesloten jeugdzorg afbouwen, ...");
- a pronoun: "ze" / "zij" as the bullet's first word, or right after "we"/"wij" + verb, stands for
  a plural topic ("Sterke wijkteams"): the topic takes its place.

The topic is the innermost heading up to " - ", " – " or ":" ("Lichte ambulante jeugdhulp -
afspraken" gives "Lichte ambulante jeugdhulp"), without a numbering, short (at most five words)
and without a finite verb ("Wat we gaan doen" is no topic). Not elliptic: a bullet with a lead-in
(the lead-in, not the heading, is what it continues), a bullet with an object of its own
("Terugdringen van de wachttijden", "De wachttijden terugdringen"), a "ze" after a noun that it
may point to, a heading in the singular for "ze", and drafts (text in brackets).
"""
from __future__ import annotations

import re

PRONOUNS = frozenset({"ze", "zij"})
SUBJECTS = frozenset({"we", "wij", "ik", "u", "jullie", "ze", "zij", "hij", "het", "dit", "dat", "er"})
TOPIC_MAX = 5  # words
_CUT = re.compile(r"\s+[-–—]\s+|:\s*")
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Za-z]\.|[IVX]+\.)\s+")
_WORD = re.compile(r"[\wÀ-ÿ'-]+")


def topic(heading: str, is_verb, is_participle) -> str | None:
    """The noun phrase a heading is about, or None when the heading is no topic."""
    head = _NUMBERING.sub("", _CUT.split(heading.strip(), maxsplit=1)[0]).strip()
    words = _WORD.findall(head)
    if not words or len(words) > TOPIC_MAX:
        return None
    if any(w.lower() in SUBJECTS or (is_verb(w.lower()) and not is_participle(w.lower())) for w in words):
        return None
    return head


def _lower_first(text: str) -> str:
    return text if text[:2].isupper() else text[:1].lower() + text[1:]  # (not "GGD-teams")


def resolve(text: str, heading: str | None, lead_in: str | None, lexicon) -> str | None:
    """The bullet `text` with its heading's topic put in, or None when it is not elliptic."""
    if not heading or lead_in or "[" in text:
        return None
    found = topic(heading, lexicon.is_verb, lexicon.is_participle)
    if found is None:
        return None
    tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [w for w, _, _ in tokens]
    if not words:
        return None
    # a pronoun standing for a plural topic
    plural = _WORD.findall(found)[-1].lower().endswith(("s", "en"))
    at = None
    if words[0] in PRONOUNS:
        at = 0
    elif len(words) > 2 and words[0] in ("we", "wij") and lexicon.is_verb(words[1]) and words[2] in PRONOUNS:
        at = 2
    if at is not None:
        if not plural:
            return None
        _, a, b = tokens[at]
        put = found if a == 0 else _lower_first(found)
        return text[:a] + put + text[b:]
    # a bare act: [adverbs/adjectives] infinitive, no subject, no object after it
    if SUBJECTS & set(words):
        return None
    k = 0
    while k < len(words) and lexicon.is_adjective(words[k]) and not lexicon.is_verb(words[k]):
        k += 1
    if k >= len(words) or k > 2:
        return None
    verb = words[k]
    if not lexicon.is_verb(verb) or lexicon.is_participle(verb) or not verb.endswith("en") \
            or verb in ("zijn", "hebben", "worden", "kunnen", "moeten", "willen", "gaan"):
        return None
    if k + 1 < len(words) and words[k + 1] in ("van", "de", "het", "een", "alle", "onze"):
        return None  # "Terugdringen van de wachttijden": an object of its own
    return f"{found} {_lower_first(text)}"
