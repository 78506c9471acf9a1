"""Coordinated predicates: a negation belongs to the predicate it stands in.

Dutch coordinates predicates that share one subject without repeating it: "Zwembad De Vennen is
niet langer rendabel en gaat in 2027 dicht", "We bouwen de bibliotheek niet af en investeren in het
zwembad". clauses.py keeps such a sentence one clause (its cues' scopes already stop at the next
coordinated verb: cues.CueFinder, match._Analysis._limit); this unit does the same for negations:

- a term in one predicate is not reached by a negation or a direction of another ("we investeren
  in het zwembad en bouwen de bibliotheek niet af" neither cuts nor negates the pool);
- the shared subject before the first verb takes part in every predicate: a negation turns it only
  together with its own predicate's direction ("gaat niet dicht"), and where some predicate has a
  direction, a negation of a predicate without one ("is niet langer rendabel") is a reason given,
  not what is done to the subject.

A boundary is "en", "maar" or "of" followed by a finite verb, after a clause that had its verb.
"""
from __future__ import annotations

from bisect import bisect_right

from checker.clauses import NOUN_BEFORE
from checker.polarity import DIRECTIONAL, Operator

COORDINATORS = frozenset({"en", "maar", "of"})
_SCOPED = frozenset({"negation", *DIRECTIONAL})
# words after which a verb form is no finite verb: a noun ("de start", "het besluit"), an infinitive
_NOMINAL_BEFORE = NOUN_BEFORE | {"te", "om"}


def boundaries(words: list[str], lo: int, hi: int, is_verb, is_participle) -> tuple[int | None, list[int]]:
    """(the first verb of [lo, hi), the tokens where a coordinated predicate opens in it)."""
    first_verb = None
    out: list[int] = []
    for k in range(lo, hi):
        w = words[k]
        if first_verb is None:
            if w not in COORDINATORS and is_verb(w) and (k == lo or words[k - 1] not in _NOMINAL_BEFORE):
                first_verb = k
            continue
        if w in COORDINATORS and k + 1 < hi and is_verb(words[k + 1]) \
                and (not is_participle(words[k + 1]) or _plural_after_plural(words, k + 1, first_verb, is_participle)) \
                and not (w == "en" and nominal_infinitive(words, k + 1, _finite(words, first_verb, is_participle))):
            out.append(k)
    return first_verb, out


# the finite verbs of a perfect or a passive, after which a form in "-en" is its participle ("We hebben het
# buurthuis gesloten en vervangen", "Het zwembad wordt gesloten en vervangen")
_AUXILIARIES = frozenset({"hebben", "heeft", "had", "hadden", "zijn", "is", "was", "waren", "worden", "wordt", "werd",
                          "werden"})


def _plural_after_plural(words: list[str], j: int, first_verb: int, is_participle) -> bool:
    """Whether a form at `j` that may be a participle ("vervangen", "behouden") is the plural of a second
    predicate: after a first predicate in the plural that is no auxiliary ("We sluiten het buurthuis en
    vervangen het niet")."""
    finite = _finite(words, first_verb, is_participle)
    return words[j].endswith("en") and finite is not None and finite.endswith("en") and finite not in _AUXILIARIES


def _finite(words: list[str], k: int, is_participle) -> str | None:
    return None if is_participle(words[k]) else words[k]


def first_finite(words: list[str], lo: int, hi: int, is_verb, is_participle) -> str | None:
    """The first verb form of [lo, hi) that may be finite (not after an article, a preposition or "te",
    not a participle), or None."""
    k = boundaries(words, lo, hi, is_verb, is_participle)[0]
    return None if k is None else _finite(words, k, is_participle)


# finite verbs that govern an infinitive, which a later infinitive after "en" may share ("Het college
# wil de hulp afbouwen en investeren in ...")
_GOVERNING = frozenset({"wil", "kan", "moet", "zal", "gaat", "blijft", "laat", "mag", "hoeft", "durft", "probeert"})
_END = frozenset({".", ";", "!", "?"})  # (not a comma: "en zorgen, als de middelen het toelaten, voor ...")


def nominal_infinitive(words: list[str], j: int, finite: str | None) -> bool:
    """Whether the verb form after a coordinator at `j` is an infinitive used as a noun, coordinated with
    the object before it, not a finite verb that opens a predicate: after a singular finite verb that
    governs no infinitive ("Biezenoord stopt met open house en aanbesteden in het jeugddomein": a
    predicate of "Biezenoord" would be "aanbesteedt"), or where it ends its clause ("We stoppen met open
    house en aanbesteden.")."""
    w = words[j]
    if not w.endswith("en") or len(w) < 5:
        return False
    if j + 1 >= len(words) or words[j + 1] in _END:
        return True
    return finite is not None and not finite.endswith("en") and finite not in _GOVERNING


def _of_negation(ops: list[Operator]) -> set[int]:
    """ids of the "meer" and "langer" that belong to a negation before them ("niet meer"), not a
    direction of their own."""
    negations = [o for o in ops if o.category == "negation"]
    return {id(o) for o in ops if o.words in ("meer", "langer") and o.category in DIRECTIONAL
            and any(n.start < o.start <= n.end for n in negations)}


def scoped(ops: list[Operator], a: int, b: int, layout: tuple[int | None, list[int]]) -> list[Operator]:
    """The operators of a clause without the negations and directions that do not reach the term at
    [a, b); `layout` is the clause's `boundaries`."""
    first_verb, cuts = layout
    if not cuts:
        return ops

    def conjunct(t: int) -> int:
        return bisect_right(cuts, t)

    term = conjunct(a)
    of_negation = _of_negation(ops)
    if term == 0 and first_verb is not None and b <= first_verb:
        if not any(o.category == "negation" for o in ops):
            return ops  # (the shared subject takes every predicate's direction)
        # the shared subject: a negation counts with its own predicate's direction, or where no
        # predicate has one
        directed = {conjunct(o.start) for o in ops if o.category in DIRECTIONAL and id(o) not in of_negation}
        if not directed:
            return ops
        return [o for o in ops if (o.category != "negation" and id(o) not in of_negation)
                or conjunct(o.start) in directed]
    # a term of one predicate: the negations and directions of the others do not reach it ("We
    # normaliseren opvoedvragen en dringen de lichte hulp terug": a separable frame reaches back)
    return [o for o in ops if o.category not in _SCOPED or conjunct(o.start) == term]


def subject_markers(markers: list, ops: list[Operator], a: int, lo: int, hi: int,
                    layout: tuple[int | None, list[int]]) -> list:
    """The modality markers that speak for the shared subject at `a`: where a coordinated predicate
    has a direction, the markers of the predicates without one drop out ("Zwembad De Vennen is niet
    langer rendabel en gaat in 2027 dicht": the evaluation gives a reason, "gaat ... dicht" what is
    done). Any other term keeps them all (its subject's "we" stands in the first predicate).
    `ops` are the passage's operators, `layout` the `boundaries` of the clause [lo, hi)."""
    first_verb, cuts = layout
    if not cuts or first_verb is None or a >= first_verb:
        return markers

    def conjunct(t: int) -> int:
        return bisect_right(cuts, t)

    of_negation = _of_negation(ops)
    directed = {conjunct(o.start) for o in ops if lo <= o.start < hi and o.category in DIRECTIONAL
                and id(o) not in of_negation}
    if not directed or directed == {0}:
        return markers
    return [m for m in markers if m.start < first_verb or conjunct(m.start) in directed]


# what the subject of a later predicate may be for it to take its own commitment ("we", "wij")
_OWN_SUBJECTS = frozenset({"we", "wij"})


_QUESTION_WORDS = frozenset({"of", "hoe", "welke", "wat", "waar", "wanneer"})
# what only prepares a decision: a plan, a working group, an agenda, a vision
_PREPARING = frozenset({"plan", "plannen", "werkgroep", "agenda", "visie", "regiovisie", "verkenning", "onderzoek",
                        "kwartiermaker", "projectgroep"})


def predicate_markers(markers: list, words: list[str], a: int, lo: int, layout: tuple[int | None, list[int]],
                      is_act_verb, make_firm) -> list:
    """The modality markers that speak for a term at `a` in a later coordinated predicate: a study or
    a vague wish of an earlier predicate does not reach it ("We bespreken de voortgang met de raad en
    versterken de wijkteams met tien fte", "We streven naar X en investeren in Y"), and where that
    leaves the predicate without a marker, its own act verb commits for the shared "we" of the
    clause (`make_firm(start, end)` builds that marker). A term in the first predicate keeps all the
    markers, except a later predicate's study or wish where the first commits by itself."""
    first_verb, cuts = layout
    if not cuts or first_verb is None:
        return markers
    if a < cuts[0]:
        # nor does a later predicate's study reach back to a first one that commits by itself: "We versterken
        # de wijkteams en evalueren dat in 2027"
        # (not where the first only prepares what the later one asks about: "We maken een plan voor de wijkteams
        # en onderzoeken of extra geld nodig is")
        preparing = not _PREPARING.isdisjoint(words[lo:cuts[0]])
        later = [m for m in markers if m.category in ("study", "weak") and m.start >= cuts[0]
                 and not (preparing and not _QUESTION_WORDS.isdisjoint(words[m.end:m.end + 2]))]
        if later and any(m.category in ("firm", "intent") and lo <= m.start < cuts[0] for m in markers):
            return [m for m in markers if m not in later]
        return markers
    opening = cuts[bisect_right(cuts, a) - 1]  # the coordinator that opens the term's predicate
    earlier = [m for m in markers if m.category in ("study", "weak") and lo <= m.start and m.end <= opening]
    if not earlier:
        return markers
    kept = [m for m in markers if m not in earlier]
    following = [c for c in cuts if c > opening]
    end = following[0] if following else None
    own = [m for m in kept if m.start > opening and (end is None or m.start < end)]
    verb = opening + 1
    if not own and not _OWN_SUBJECTS.isdisjoint(words[lo:first_verb + 1]) and is_act_verb(words[verb]):
        kept.append(make_firm(verb, verb + 1))
    return kept
