"""The municipality's own name: a committing subject, as "we" and "het college" are.

Agreements speak of the municipality by its name as often as in the first person: "Ommerveld richt
in elke wijk een team in", "Vanaf 2027 koopt Ruwaarde de jeugdhulp niet langer in". The name is
found in the document itself, with no list of municipalities: a capitalised word the lexicon does
not know as a Dutch word, that the text never writes in lower case and that stands where a place's
name does: after "gemeente" or "in", in the file's name, three times or more, or with the ending of
a Dutch place name (-veen, -waard, -hoven). (A Dutch word is a name only where the file's name has
it: "utrecht_2026.pdf", "Wassenaar".) Of those, the name the document uses most is its own; a
neighbour ("buurgemeente Brakelveen", "net als Utrecht") is not. A passage then reads every place of
that name as its committing subject (modality.structural_markers).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

# a capitalised word, hyphenated parts included ("Veldhoven-Noord", "Súdwest-Fryslân"); not a word
# with more capitals inside ("GroenLinks-PvdA") or an abbreviation ("CJG"). An article before it
# ("De Wiermarren") is read with it where the name is a subject (Matcher)
# (the look-behind after the capital, which it reads again: led by a character class, the regex
# skips to the next capital in C instead of trying the look-behind at every position of the text)
_CANDIDATE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w-][A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])")
_BEFORE_WORD = set(" \n\t(\"'“‘[")  # what may stand before a word written on its own ("ten minste")
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")  # the next word of a name of several words
# what ends a sentence, a bullet or a heading before a word: a capital after it says nothing
_OPENERS = set(".!?:;•*#-–—(\"'“‘[|\n\t")
_ARTICLES = ("de", "den", "het")
# where a place's name follows (a bonus), and where another municipality's does
_BEFORE_NAME = {"gemeente": 3, "in": 1, "binnen": 1}
_NEIGHBOUR = ("buurgemeente", "buurgemeenten", "buurgemeentes", "zoals", "regiogemeente", "regiogemeenten",
              "centrumgemeente", "dan")
# a region's or a province's name ("de regio Eemland", "jeugdregio Rivierenland"): that place does not count
# (a region is often named after its central town, which may be the document's own: no penalty beyond it)
_REGION = ("regio", "jeugdregio", "zorgregio", "provincie")
# capitalised words that are no place: institutions, laws, the letter's own names
_NOT_NAMES = frozenset({"rijk", "jeugdwet", "wmo", "participatiewet", "nederland", "jeugdzorg", "kamer",
                        "college", "raad", "gemeenteraad", "provincie", "regio", "coalitieakkoord", "akkoord",
                        "nederlands", "europa", "europees", "brussel",
                        # the provinces and regions that are no municipality ("Gelderland investeert in ...")
                        "drenthe", "overijssel", "flevoland", "gelderland", "noord-holland", "zuid-holland",
                        "zeeland", "noord-brabant", "brabant", "limburg", "friesland", "fryslan", "fryslân",
                        "holland", "twente", "achterhoek", "veluwe", "randstad", "betuwe", "kempen", "peel"})
_PRONOUNS = frozenset({"wij", "we", "zij", "jij", "ik", "hij", "ons", "onze"})
# an adjective or inhabitants of a place ("Wassenaarse", "Europees", "Wassenaarders") or a law
# ("Omgevingswet"): no place
_DERIVED = ("se", "sche", "ees", "ers", "ter", "wet")
# the endings of Dutch place names: a word the lexicon does not know that ends so is a place
# ("Ommerveld"), one that ends otherwise a compound ("Hervormingsagenda")
_PLACE_ENDINGS = ("veen", "waard", "waarde", "waarden", "warden", "veld", "velde", "dam", "broek", "mond", "monde",
                  "hoven", "hove", "berg", "bergen", "dijk", "wijk", "dorp", "stad", "burg", "zande", "zand", "oord",
                  "horst", "meer", "gaarden", "rode", "rade", "drecht", "trecht", "lo", "loo", "sloot", "zijl",
                  "heem", "heim", "kerk", "kerke", "hout", "haven", "sluis", "gouw", "holt", "beek", "donk",
                  "rijp", "werd", "wolde", "aarde", "aarden", "weerd", "marren", "wier", "erven", "hem", "lingen",
                  "ssen", "rhout", "land", "daal", "dal", "voorde", "stein", "hiem", "stede", "zele", "kamp",
                  "vaart", "wold", "woude", "huizen", "ingen", "hoek", "horn", "sum", "lede", "naken")


def _proper(word: str) -> bool:
    """A word written as a name: capital first, then lower case (each hyphenated part may start
    with a capital)."""
    parts = word.split("-")
    return parts[0][:1].isupper() and all(p[1:].islower() or p[1:] == "" for p in parts)


def _place_like(word: str) -> bool:
    return word.lower().endswith(_PLACE_ENDINGS)


def own_names(text: str, known: Callable[[str], bool], file_name: str = "") -> list[str]:
    """The name(s) the document most often uses for itself (see the module's doc), at most a few;
    ties are all kept (a short text names itself once). `known` tells a Dutch word form (lower case)."""
    in_file = set(re.findall(r"[^\W\d_]+", file_name.lower()))
    counts: Counter[str] = Counter()
    placed: set[str] = set()  # stood where a place's name does
    inside: Counter[str] = Counter()  # stood in the middle of a sentence (where a capital says something)
    eligible: dict[str, bool] = {}  # per word: written as a name, and no Dutch word (or the file's name)
    for m in _CANDIDATE.finditer(text):
        word = m.group(0)
        ok = eligible.get(word)
        if ok is None:
            low = word.lower()
            ok = eligible[word] = _proper(word) and low not in _NOT_NAMES and low not in _ARTICLES and \
                not low.endswith(_DERIVED) and (low in in_file or not any(known(p) for p in low.split("-")))
        if not ok:
            continue
        low = word.lower()
        before = text[max(0, m.start() - 40):m.start()].rstrip(" ")
        after = text[m.end():m.end() + 3]
        words_before = before.split()
        if words_before and words_before[-1] in ("De", "Den", "Het"):
            words_before.pop()  # "gemeente De Wiermarren" (not "in de Hervormingsagenda")
        previous = words_before[-1] if words_before else ""
        initial = not before or before[-1] in _OPENERS
        # (part of a name of several capitalised words: "Kromme Linge", "Sterke Gezinnen", "Veilig Thuis")
        if (not initial and previous[:1].isupper() and previous[-1:].isalpha() and words_before[:-1]
                and words_before[-2][-1:] not in _OPENERS and previous.lower() not in _BEFORE_NAME) \
                or _CAPITAL_AFTER.match(after):
            continue
        if not initial:
            inside[word] += 1
        bonus = _BEFORE_NAME.get(previous.lower(), 0)
        if previous.lower() in _NEIGHBOUR or [w.lower() for w in words_before[-2:]] == ["net", "als"]:
            bonus -= 6  # "buurgemeente Brakelveen", "net als Utrecht", "meer dan Zwolle"
        elif previous.lower() in _REGION:
            bonus -= 1
        if bonus or low in in_file:
            placed.add(word)
        counts[word] += 1 + bonus + (5 if low in in_file else 0)
    names = {w: c for w, c in counts.items()
             if c > 0 and (w in placed or inside[w] >= 3 or (_place_like(w) and w.lower() not in _PRONOUNS))}
    # the most used that the text never writes in lower case (not after a web address's dot:
    # "www.wassenaar.nl")
    if not names:
        return []
    for top in sorted(set(names.values()), reverse=True):
        kept = sorted(w for w, c in names.items() if c == top and not _written_lower(w.lower(), text))
        if kept:
            return kept
    return []


def _written_lower(low: str, text: str) -> bool:
    """Whether the text has the word in lower case on its own ("ten minste"; not in a web address,
    "www.wassenaar.nl")."""
    i = text.find(low)
    while i >= 0:
        end = i + len(low)
        if (i == 0 or text[i - 1] in _BEFORE_WORD) and (end >= len(text) or not (text[end].isalnum() or text[end] == "-")):
            return True
        i = text.find(low, end)
    return False
