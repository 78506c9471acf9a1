"""Corrective negation: "niet X, maar (juist) Y".

A negation followed by an elliptic "maar"-clause corrects one part of its clause: it takes X away
and puts Y in its place, while the rest of the clause stands. "Jeugdhulp organiseren we niet langer
naast de school, maar in de school" organises youth care (in school); "Het wijkteam wordt niet
kleiner maar groter" makes the team bigger. So:
- the negation reaches X only (the words after it up to the end of its clause), and X is corrected,
  not ended: "niet langer naast de school" is no choice against the school;
- the words of the clause outside X (before the negation) take Y's direction instead of X's;
- Y itself is an affirmed clause of its own (clauses.py already cuts it at "maar").

Y must be elliptic (no verb of its own: "maar juist in de school", "maar groter", "maar
structureel"); "we stoppen niet met X, maar we ..." is two statements, and "niet alleen X, maar ook
Y" (a pseudo-negation, rules/cues.yaml) affirms both.
"""
from __future__ import annotations

from dataclasses import dataclass

from checker.clauses import Clause

NEGATORS = frozenset({"niet", "geen"})
# prepositions that the lookup tables also know as verb forms ("naast": naasten)
PREPOSITIONS = frozenset({"naast", "binnen", "buiten", "langs", "tussen", "onder", "boven", "achter", "rond"})
# "niet alleen", "niet enkel": both parts hold; "niet pas": a time, not a correction
_NOT_CORRECTIVE_AFTER = frozenset({"alleen", "enkel", "slechts", "pas", "thuis", "zelfstandig"})
_NOUN_BEFORE = frozenset({"de", "het", "een", "elk", "elke", "ieder", "iedere", "alle", "in", "op", "bij", "voor",
                          "met", "aan", "naar", "van", "uit", "door", "over", "juist", "wel", "eerst", "vooral"})
Y_MAX = 14  # tokens: a correction is short ("maar juist eerst hulp bij stress, schulden en huisvesting")


@dataclass(frozen=True)
class Correction:
    clause: int  # index of the negated clause
    negation: tuple[int, int]  # the negator's tokens
    corrected: tuple[int, int]  # X: what the negation takes away (to the end of its clause)
    correction: tuple[int, int]  # Y: the "maar" clause that takes X's place
    ceasing: bool = False  # "niet langer", "niet meer": what X held is moved away from it
    fronted: int | None = None  # "Niet X, maar Y: ...": the clause after the colon that Y heads
    manner: bool = False  # X says only how: "werken niet langer naast elkaar, maar samen"




def _elliptic(words: list[str], c: Clause, is_verb, is_participle) -> bool:
    piece = words[c.start + 1:c.end]  # (after "maar")
    body = [w for w in piece if w not in (",", ":", ".", ";")]
    if not body or len(body) > Y_MAX:
        return False
    for k, w in enumerate(piece):
        prev = piece[k - 1] if k else "maar"
        # (a participle completes the clause's own auxiliary: "wordt niet afgebouwd maar versterkt")
        if is_verb(w) and prev not in _NOUN_BEFORE and not is_participle(w):
            return False
    return True


def _verb_inside(piece: list[str], is_verb) -> bool:
    """Whether a verb stands in the piece before its last word (not a noun after an article or a
    preposition, "het gezin", nor a preposition the tables also know as a verb, "naast")."""
    return any(is_verb(w) and w not in PREPOSITIONS and (k == 0 or piece[k - 1] not in _NOUN_BEFORE)
               for k, w in enumerate(piece[:-1]))


def _fronted(words: list[str], clauses: list[Clause], k: int, is_verb) -> int | None:
    """"Niet afbouwen maar behouden: de gesloten groepen blijven bestaan": a correction fronted as
    the sentence's opening, that the clause after its colon carries out. X and Y may then be bare
    verbs (a heading's infinitives); the index of that clause, or None."""
    c, y = clauses[k], clauses[k + 1]
    if words[c.start] not in NEGATORS or (c.start > 0 and words[c.start - 1] not in (".", ":", ";", "!", "?")):
        return None
    body = [w for w in words[y.start + 1:y.end] if w not in (",", ":", ".", ";")]
    if not body or len(body) > Y_MAX or words[y.end - 1] != ":" or k + 2 >= len(clauses):
        return None
    # a verb only as the last word of X and of Y (a heading's bare infinitive); "Niet de leeftijd,
    # maar wat de jongere nodig heeft, bepaalt ...:" is a statement of its own
    x = [w for w in words[c.start + 1:c.end] if w not in (",", ":", ".", ";")]
    if _verb_inside(body, is_verb) or _verb_inside(x, is_verb):
        return None
    e = clauses[k + 2]
    return k + 2 if e.role == "elaboration" and e.parent == k + 1 else None


def corrections(words: list[str], clauses: list[Clause], is_verb, is_participle=lambda w: False) -> list[Correction]:
    """The corrective negations of a passage: a clause with "niet"/"geen" whose next clause is an
    elliptic "maar ..." hanging on it."""
    out: list[Correction] = []
    for k in range(len(clauses) - 1):
        c, y = clauses[k], clauses[k + 1]
        if y.role != "contrast" or y.opener != "maar" or y.parent != k or c.role not in ("main", "coordinate"):
            continue
        fronted = _fronted(words, clauses, k, is_verb)
        if fronted is None and not _elliptic(words, y, is_verb, is_participle):
            continue
        negs = [i for i in range(c.start, c.end) if words[i] in NEGATORS
                and not (i + 1 < c.end and words[i + 1] in _NOT_CORRECTIVE_AFTER)
                and words[i + 1:i + 3] != ["meer", "dan"]]  # ("niet meer dan het budget": a ceiling)
        if len(negs) != 1:
            continue  # none, or two ("niet ... geen"): not a single correction
        i = negs[0]
        end = i + 2 if i + 1 < c.end and words[i + 1] in ("langer", "meer") else i + 1
        x_end = c.end - 1 if words[c.end - 1] in (",",) else c.end
        if x_end <= end:
            continue  # nothing after the negation to correct ("... maar niet, maar ...")
        out.append(Correction(k, (i, end), (end, x_end), (y.start, y.end), ceasing=end - i > 1, fronted=fronted,
                              manner=_manner_only(words[end:x_end])))
    return out


# the words of a correction that says only how the parties work, not where or for what: "Jeugdhulp en
# onderwijs werken niet langer naast elkaar, maar samen" corrects the way, nothing ceases
_MANNER = frozenset({"naast", "langs", "los", "van", "elkaar", "apart", "ieder", "voor", "zich", "heen", "gescheiden",
                     "afzonderlijk", "afzonderlijke", "eigen", "houtje", "op", ","})


def _manner_only(piece: list[str]) -> bool:
    return bool(piece) and ("elkaar" in piece or "apart" in piece or "zich" in piece or "afzonderlijk" in piece) \
        and all(w in _MANNER for w in piece)


def correction_for(found: list[Correction], clause: int) -> Correction | None:
    return next((c for c in found if c.clause == clause), None)


# what a corrective negation takes away cannot hedge the statement: "Preventie doen we niet 'als er
# geld over is', maar structureel" rejects the condition (CODEBOOK: a commitment that others may opt
# out of is none; here the opt-out itself is denied)
HEDGE_CATEGORIES = frozenset({"weak", "condition", "study"})


def denied(found: list[Correction], start: int) -> bool:
    """Whether the token at `start` lies in the part X that a corrective negation takes away."""
    return any(c.corrected[0] <= start < c.corrected[1] for c in found)
