"""Numbers: ages written every way Dutch writes them, and amounts that are cuts.

Ages. "18", "achttien", "18e", "18de", "achttiende", "18-jarigen", "achttienjarige",
"18+", "18-plus", "achttienplussers", "18+-jongeren", "18-/18+" all name the age of 18 (and
likewise 21 and 23). `age_lemma` gives each token one canonical lemma, so that a rule term
written once ("18", "18e", "18plus") matches every spelling:
- a bare age or an age adjective ("18-jarige") -> "18";
- an ordinal ("18e", "achttiende", "18de", "18ste") -> "18e";
- an 18-plus form ("18+", "18-plus", "achttienplussers", "18+-jongeren") -> "18plus";
- the transition "18-/18+" -> "18min18plus".

Amounts. A negative amount in a budget row or bullet ("Harmonisatie subsidies accommodaties: -200",
"-1.500 -2.800") is money taken away: `amount_operators` makes it a decrease for polarity.py.

Changes. "van 140 naar circa 20", "van 38 naar 29 fte", "verruimd van 40 naar 60 uur": a number that
goes down or up is a decrease or an increase of what the clause counts (`change_operators`).
"""
from __future__ import annotations

import re

from checker.polarity import Operator

_WORDS = {"achttien": "18", "eenentwintig": "21", "drieentwintig": "23", "drieëntwintig": "23",
          "zestien": "16", "zeventien": "17", "negentien": "19", "twintig": "20", "tweeentwintig": "22"}
_ORDINAL_WORDS = {"achttiende": "18", "eenentwintigste": "21", "drieentwintigste": "23", "zestiende": "16",
                  "zeventiende": "17", "negentiende": "19", "twintigste": "20"}
_AGE = r"(1[0-9]|2[0-7])"
_ORDINAL = re.compile(rf"^{_AGE}(?:e|de|ste)$")
_ADJECTIVE = re.compile(rf"^{_AGE}-?jarig(?:e|en)?$")
_PLUS = re.compile(rf"^{_AGE}(?:\+|-?plus)(?:-?\w*)?$")
_TRANSITION = re.compile(rf"^{_AGE}-/{_AGE}\+?$")
_WORD_FORMS = re.compile(r"^(achttien|eenentwintig|drieentwintig|zestien|zeventien|negentien|twintig)"
                         r"(-?jarig(?:e|en)?|-?plus(?:ser|sers)?)?$")


def age_lemma(word: str) -> str | None:
    """The canonical lemma of an age token (folded), or None when it is no age."""
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word] + "e"
    if m := _ORDINAL.match(word):
        return m.group(1) + "e"
    if m := _TRANSITION.match(word):
        return f"{m.group(1)}min{m.group(2)}plus"
    if m := _PLUS.match(word):
        return m.group(1) + "plus"
    if m := _ADJECTIVE.match(word):
        return m.group(1)
    if m := _WORD_FORMS.match(word):
        age = _WORDS[m.group(1)]
        rest = m.group(2) or ""
        return age + "plus" if "plus" in rest else age
    return None


_NEGATIVE = re.compile(r"^[-−–]\s?(?:€\s?)?\d[\d.,]*$")


def amount_operators(words: list[str]) -> list[Operator]:
    """A decrease over the passage before a negative amount ("accommodaties: -200").

    A row of a budget table names its measure first and its amounts after it; the operator spans
    from the start of the passage's last clause before the amount, so it reaches that measure.
    """
    out: list[Operator] = []
    for i, w in enumerate(words):
        negative = bool(_NEGATIVE.match(w)) or (w in ("-", "−", "–") and i + 1 < len(words)
                                                 and words[i + 1][:1].isdigit() and i > 0
                                                 and words[i - 1] in (":", "|"))
        if negative:
            # a decrease, not a `cut`: a saving in a budget row ("Taakstelling jeugdhulp -150") is how
            # agreements book less use of care, which readers do not count as cutting its budget
            out.append(Operator("decrease", i, i + 1, w))
            break  # one is enough: the row's measure is cut
    return out


_NUMBER = re.compile(r"^\d{1,3}(?:[.]\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
_APPROX = frozenset({"circa", "ca.", "ca", "ongeveer", "zo'n", "maximaal", "hooguit", "ruim", "bijna", "minimaal",
                     "minder", "dan", "€", "eur"})


# the small numbers an agreement writes out ("van zes naar drie buurtteams")
_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_BELOW_TWENTY = {"nul": 0, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
                 "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
         "negentig": 90}


def cardinal(word: str) -> int | None:
    """A Dutch number written out, folded (no diaeresis): "nul", "zeventien", "vijfenveertig",
    "tweeentwintig", "honderd", "driehonderdvijftig", "duizend"; None for any other word."""
    if word in _UNITS:
        return _UNITS[word]
    if word in _BELOW_TWENTY:
        return _BELOW_TWENTY[word]
    if word in _TENS:
        return _TENS[word]
    for tens, value in _TENS.items():
        if word.endswith("en" + tens) and word[:-len(tens) - 2] in _UNITS:
            return _UNITS[word[:-len(tens) - 2]] + value
    for big, factor in (("duizend", 1000), ("honderd", 100)):
        if big in word:
            head, _, tail = word.partition(big)
            times = 1 if head == "" else cardinal(head)
            rest = 0 if tail == "" else cardinal(tail)
            if times is not None and rest is not None and 0 < times < factor and rest < factor:
                return times * factor + rest
    return None


def _value(word: str) -> float | None:
    if (n := cardinal(word)) is not None:
        return float(n)
    if not _NUMBER.match(word):
        return None
    return float(word.replace(".", "").replace(",", "."))


# a target's bound before a share: "hooguit één op de tien kinderen", "minder dan 8 procent"
_CEILINGS = (("hooguit",), ("maximaal",), ("minder", "dan"), ("niet", "meer", "dan"), ("ten", "hoogste"))
_FLOORS = (("minstens",), ("minimaal",), ("ten", "minste"), ("meer", "dan"))
_NOW = frozenset({"nu", "momenteel", "thans"})
NOW_REACH = 5  # words from "nu" to the share it states ("nu is dat één op de zeven")


def share(words: list[str], k: int) -> tuple[float, int] | None:
    """The share a phrase at k states, and where it ends: "één op de tien" (0.1), "1 op 7", "8 procent",
    "8%"; None where none starts there."""
    x = _value(words[k]) if k < len(words) else None
    if x is None:
        return None
    if words[k + 1:k + 3] == ["op", "de"] and (y := _value(words[k + 3]) if k + 3 < len(words) else None):
        return x / y, k + 4
    if words[k + 1:k + 2] == ["op"] and (y := _value(words[k + 2]) if k + 2 < len(words) else None):
        return x / y, k + 3
    if words[k + 1:k + 2] in (["procent"], ["%"]):
        return x / 100, k + 2
    return None


def target_operators(words: list[str]) -> list[Operator]:
    """A target share against the share now: "In 2030 maakt hooguit één op de tien kinderen gebruik van
    jeugdzorg (nu één op de zeven)" brings use down; "ten minste ... (nu ...)" with a larger target brings it
    up. Without the share now, a bound says no direction."""
    out: list[Operator] = []
    for i in range(len(words)):
        for bounds, kind in ((_CEILINGS, "decrease"), (_FLOORS, "increase")):
            bound = next((b for b in bounds if tuple(words[i:i + len(b)]) == b), None)
            if bound is None or (target := share(words, i + len(bound))) is None:
                continue
            value, end = target
            now = next((j for j in range(end, len(words)) if words[j] in _NOW), None)
            if now is None:
                continue
            current = next((found for j in range(now + 1, min(len(words), now + NOW_REACH + 1))
                            if (found := share(words, j)) is not None), None)
            if current is not None and (current[0] > value if kind == "decrease" else current[0] < value):
                out.append(Operator(kind, i, end, " ".join(words[i:end])))
    return out


def change_operators(words: list[str]) -> list[Operator]:
    """"van X naar Y" / "van X tot Y" with two numbers: a decrease when Y < X, an increase when Y > X.
    Years ("van 2026 naar 2030") are no change of amount. With them, a target share against the share now
    (`target_operators`)."""
    out: list[Operator] = target_operators(words) if _NOW.intersection(words) else []
    for i, w in enumerate(words):
        if w != "van" or i + 3 >= len(words):
            continue
        k = i + 1
        while k < len(words) and words[k] in ("€", "eur"):
            k += 1
        x = _value(words[k]) if k < len(words) else None
        if x is None:
            continue
        # up to two unit words after the first number ("van 38 fte naar", "van 40 uur naar")
        j = k + 1
        while j < len(words) and j <= k + 3 and words[j] not in ("naar", "tot"):
            j += 1
        if j >= len(words) or words[j] not in ("naar", "tot"):
            continue
        m = j + 1
        while m < len(words) and words[m] in _APPROX:
            m += 1
        y = _value(words[m]) if m < len(words) else None
        if y is None or x == y or (1900 <= x <= 2100 and 1900 <= y <= 2100):
            continue
        out.append(Operator("decrease" if y < x else "increase", i, m + 1, " ".join(words[i:m + 1])))
    return out

