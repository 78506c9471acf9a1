"""Modality: how firmly a clause commits (firm, intent, weak) or why it does not (study, attribution,
hedge, description), and what a clause without a cue of its own takes from its context.

Per clause (clauses.py), its own markers decide, strongest first:
- study / explore / discuss ("we onderzoeken", "we gaan in gesprek over"): weak;
- attribution (what others want or decided: "het Rijk wil", "de SGP had graag gezien",
  "landelijk is afgesproken"): no commitment;
- description (the current situation: a past tense, "op dit moment", "nu", "inmiddels", "al",
  an evaluation "is niet houdbaar"): no commitment;
- firm ("we gaan", "er komt", "het college zal", a subject with its act verb: "we versterken",
  "daarom zetten wij"), intent ("we willen", "moet", "het doel is", a passive "wordt ingevoerd"),
  weak ("aandacht voor", "we vinden het belangrijk").
A clause without its own marker takes its parent's (a "dat"- or "om te"-clause the main
clause's); a dependent clause under a study verb studies too. A hedge ("waar mogelijk", "als de
regio dat toelaat", "als er budget is") anywhere in that chain, or in a condition clause of the
same main clause, makes a commitment optional: weak.

What a passage's genre gives when no clause says anything (a bullet under "We gaan:", a row of a
budget table, a dated goal "In 2028 is ..."), and what the sentences before it in the same
section said (discourse), is decided by the caller (match.py) from genre.py.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from checker.clauses import SEPARABLE_PARTICLES, WHETHER_VERBS, Clause, chain, clause_at, group_span
from checker.conjuncts import boundaries
from checker.lexicon import Lexicon
from checker.markers import (ATTRIBUTION, DESCRIPTION, FIRM, HEDGE, INTENT, NOMINAL_BEFORE, STUDY, WEAK,  # noqa: F401
                             Marker)
from checker.speakers import (FACT_SUBORDINATORS, TIME_NOUNS, asks_us, fronted_subject, others_want, reports, said_after,
                              third_party_subject, written_in)

# words after which "al" means "already" (a description): "werken al samen", "is al"
_COPULAS = frozenset({"is", "zijn", "was", "waren", "blijkt", "lijkt", "lijken", "blijken", "wordt", "worden"})
_TEMPORAL_AL_AFTER = frozenset({"nauw", "jaren", "sinds", "lang", "lange", "veel", "goed", "eerder", "enige"})


def _ons_object(words: list[str], k: int) -> bool:
    """Whether "ons" before the word at k is a preposition's object ("Bij ons stopt de hulp niet"), not the
    possessive before a noun ("ons team")."""
    return k >= 2 and words[k - 1] == "ons" and words[k - 2] in ("bij", "voor", "van", "met", "aan", "door", "naar")


_COMING = frozenset({"deze", "dit", "volgend", "volgende", "komend", "komende"})
_TIME_PREPOSITIONS = frozenset({"in", "binnen", "vanaf", "voor", "vóór", "per", "tijdens", "uiterlijk"})


def _coming_time(words: list[str], k: int, end: int) -> bool:
    """Whether the words at k name a time of the coming period: "al in deze raadsperiode", "al dit
    jaar", "al volgend jaar" ("wij bouwen die plekken al in deze raadsperiode af" is sooner, not already;
    a year may be past: "is al in 2023 gestopt")."""
    if k >= end:
        return False
    w = words[k]
    if w in _TIME_PREPOSITIONS and k + 1 < end:
        w = words[k + 1]
    return w in _COMING


# present-tense verbs of change or decision: in an agreement, "Elke school krijgt een vaste
# contactpersoon", "De bibliotheek gaat dicht", "Het CJG wordt de centrale toegang" state what
# will be, not what is
CHANGE_VERBS = frozenset({
    "krijgt", "krijgen", "wordt", "worden", "komt", "komen", "blijft", "blijven", "stopt", "stoppen", "verdwijnt",
    "verdwijnen", "verhuist", "verhuizen", "sluit", "opent", "openen", "start", "starten", "begint", "beginnen",
    "verschuift", "verschuiven", "vervalt", "vervallen", "gaat", "gaan", "neemt", "nemen", "levert", "leveren",
    "bieden", "biedt", "zorgt", "regelt", "regelen", "neemt", "houdt", "houden", "stelt", "stellen",
    "volgt", "vervangt", "vervangen", "daalt", "dalen", "stijgt", "verdwijnen", "verdwijnt",
})
# what marks a statement as about the future: "voortaan", "vanaf 2027", "per 1 januari", "deze periode"
DISTRIBUTIVE = frozenset({"elk", "elke", "ieder", "iedere", "alle"})
# the units an agreement arranges something for ("in elk wijkteam", "op iedere school", "in alle kernen")
_PERSON_UNITS = ("jongere", "kind", "leerling", "jeugdige", "gezin")
UNITS = ("team", "school", "scholen", "wijk", "kern", "buurt", "dorp", "klas", "locatie", "vestiging", "kindcentr",
         "opvang", *_PERSON_UNITS)  # (and each person: "met elke jongere")
# a trend describes ("In alle regiogemeenten groeit het aantal kinderen met jeugdhulp")
TRENDS = frozenset({"groeit", "groeien", "stijgt", "stijgen", "daalt", "dalen", "neemt", "nemen", "verdubbelt",
                    "verandert", "veranderen", "toeneemt", "afneemt"})
STATIVE = frozenset({"is", "zijn", "zit", "zitten", "heeft", "hebben", "staat", "staan", "ligt", "liggen", "was",
                     "waren", "blijkt", "blijken", "lijkt", "lijken"})
_FUTURE = frozenset({"voortaan", "vanaf", "straks", "binnenkort", "uiterlijk", "komende", "toekomst", "langer"})
_MONTHS = frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                     "oktober", "november", "december"})
# an evaluation after a copula is a description: "de wachtlijsten zijn lang", "dat is niet houdbaar"
EVALUATIVE = frozenset({
    "lang", "langer", "kort", "hoog", "hoger", "laag", "lager", "groot", "groter", "klein", "kleiner", "goed",
    "slecht", "belangrijk", "nodig", "noodzakelijk", "duur", "duurder", "complex", "moeilijk", "lastig", "zwaar",
    "kwetsbaar", "onvoldoende", "voldoende", "houdbaar", "krap", "onzeker", "zorgelijk", "ernstig", "urgent",
    "hard", "trots", "blij", "tevreden", "ingewikkeld",
    "versnipperd", "waardevol", "essentieel", "cruciaal", "onmisbaar", "schaars", "vol", "overvol", "groot",
    "zorgwekkend", "onwenselijk", "onacceptabel", "onaanvaardbaar", "verontrustend", "pijnlijk",
})
COPULAS = frozenset({"is", "zijn", "blijkt", "blijken", "lijkt", "lijken", "raakt", "raken"})
_JUDGING = frozenset({"vinden", "vindt", "vind"})


@dataclass(frozen=True)
class Modality:
    level: str | None  # firm | intent | weak | None
    marker: Marker | None  # what decided it (None: nothing said anything)
    hedge: Marker | None = None  # the hedge that made a commitment optional

    @property
    def committed(self) -> bool:
        return self.level in (FIRM, INTENT)


_OWN_ORDER = (STUDY, ATTRIBUTION, DESCRIPTION, "weak_here", FIRM, INTENT, "already", "subject", "passive",
              "evaluation", "present", WEAK)


class FiledMarkers:
    """A passage's markers filed by where they start, so that the markers inside a few clauses are
    found without reading them all: a table run together into one passage has hundreds of clauses
    and markers, and every matched term asks for those of each clause in its chain."""

    def __init__(self, markers: list[Marker]) -> None:
        self.markers = markers
        self._order = sorted(range(len(markers)), key=lambda i: markers[i].start)
        self._starts = [markers[i].start for i in self._order]

    def within(self, pieces: list[Clause]) -> list[Marker]:
        """The markers that start inside any of the clauses, in the order of the list they were filed
        from: `[m for m in markers if any(c.start <= m.start < c.end for c in pieces)]`."""
        found: list[int] = []
        for c in pieces:
            found.extend(self._order[bisect.bisect_left(self._starts, c.start):bisect.bisect_left(self._starts, c.end)])
        # (sorted back into the list's order, where `own_marker` and `_hedge` take the first of equals;
        # a set, in case two pieces overlap)
        return [self.markers[i] for i in sorted(set(found))]


def _markers_in(markers: list[Marker], pieces: list[Clause], filed: FiledMarkers | None) -> list[Marker]:
    if filed is not None:
        return filed.within(pieces)
    return [m for m in markers if any(c.start <= m.start < c.end for c in pieces)]


def own_marker(markers: list[Marker], clause: Clause, token: int | None = None,
               pieces: list[Clause] | None = None, filed: FiledMarkers | None = None) -> Marker | None:
    """The marker that decides a clause on its own (strongest first), or None. A vague or concerned
    cue ("aandacht voor", "we maken ons zorgen over") outranks a commitment where it reaches the
    term at `token`: "we investeren in X, met aandacht voor Y" commits to X, not to Y. (`filed`:
    the same markers, filed.)"""
    pieces = pieces or [clause]
    inside = [m for m in _markers_in(markers, pieces, filed) if m.category != HEDGE
              and not (clause.role == "relative" and m.category in (FIRM, INTENT, WEAK) and m.source != "subject")]
    # (a relative clause describes what it hangs on: "vrouwen die kiezen voor pleegzorg" commits to nothing;
    # unless we are its subject: "het huidige budget, dat we jaarlijks indexeren")
    if not inside:
        return None
    if len(inside) > 1:
        # a cue word inside a longer cue phrase is that phrase's: "moet" in "moet passen binnen (het budget)"
        inside = [m for m in inside if not (m.source == "segment" and any(
            o is not m and o.source == "segment" and o.start <= m.start and m.end <= o.end
            and o.end - o.start > m.end - m.start for o in inside))]

    def rank(m: Marker) -> tuple:
        cat = m.category
        if cat == WEAK and token is not None and (m.scope is None or m.scope[0] <= token < m.scope[1]):
            cat = "weak_here"
        # an evaluation ("de kosten zijn hoog") yields to a commitment in the same clause, and the
        # agreement's present ("krijgt", "voortaan") yields to an evaluation; "al"/"nu" (already)
        # describes what a subject does ("we werken al samen"), but not against an explicit cue
        # ("we zorgen nu al voor")
        if m.source in ("evaluation", "present", "already", "subject", "passive"):
            cat = m.source
        return _OWN_ORDER.index(cat), m.source != "segment", m.start

    return min(inside, key=rank)


def read_modality(markers: list[Marker], clauses: list[Clause], index: int,
                  token: int | None = None, words: list[str] | None = None,
                  layout: tuple[int | None, list[int]] | None = None, filed: FiledMarkers | None = None,
                  group: Callable[[int], list[int]] | None = None) -> tuple[Modality, bool]:
    """The modality of clause `index` (for the term at `token`) from the markers of the passage, and
    whether any clause in its chain said something (False: the caller may fall back on genre and
    discourse). `layout`: the clause's first verb and where its coordinated predicates open
    (conjuncts.boundaries), so that a condition inside one predicate stays there.

    `filed` (the same markers, filed) and `group` (clauses.group_span of a clause, kept) save a
    caller that reads many terms of one passage from walking all its markers and clauses per term."""
    def words_at(c: Clause) -> str:
        return words[c.start] if words else ""

    if group is None:
        def group(k: int) -> list[int]:
            return group_span(clauses, k)

    ids = chain(clauses, index)
    own = [own_marker(markers, clauses[k], token, [clauses[g] for g in group(k)], filed) for k in ids]
    # a clause embedded under a study verb or another's view studies or reports too; under a value
    # or concern ("wij vinden dat kinderen zo thuis mogelijk moeten opgroeien") it only values
    reach = _inherits(clauses, ids, own, words)
    for category in (STUDY, ATTRIBUTION, WEAK):
        for k, m in zip(ids[:reach], own[:reach]):
            if m is None or m.category != category:
                continue
            if category == WEAK and (k == index or m.source != "segment"):
                continue
            if k == index or clauses[index].dependent or _embeds(clauses, k, index):
                return Modality(None if category == ATTRIBUTION else WEAK, m), True
    decided = next((m for m in own if m is not None), None)
    # an elaboration of a description describes too: "Voor veel jongeren is de 18e verjaardag een
    # abrupte overgang: de hulp stopt ..."
    if decided is not None and decided.source == "present" and clauses[index].role == "elaboration" and \
            len(own) > 1 and own[1] is not None and own[1].category == DESCRIPTION:
        decided = own[1]
    hedge = _hedge(markers, clauses, ids, _other_conjunct(clauses, index, token, words, layout), filed)
    if decided is None:
        # a clause without a verb says what its elaboration says: "Gesloten jeugdzorg: nog uit te werken"
        for k, c in enumerate(clauses):
            if c.role == "elaboration" and k > index and (c.parent == ids[-1] or c.parent in ids):
                m = own_marker(markers, c, None, [c], filed)
                if m is not None:
                    if m.category in (FIRM, INTENT):
                        # "Niet meer gesloten plekken, maar meer gezinshuizen: samen met de regio bouwen we ..."
                        return (Modality(WEAK, hedge, hedge) if hedge else Modality(INTENT, m)), True
                    return Modality(WEAK if m.category in (STUDY, WEAK) else None, m), True
                break
        # a statement that a later one agrees to: "X maakt plaats voor Y; dat spreken we af met de regio",
        # "...; daar zorgen wij voor"
        # (its own cue or its subject with an act verb: "daar zorgen wij voor", "dat regelen we")
        for c in clauses[ids[-1] + 1:]:
            if c.role == "main" and words and takes_up(words[c.start:c.end]):
                m = own_marker(markers, c, None, [c], filed)
                if m is not None and m.category in (FIRM, INTENT) and m.source in ("segment", "subject"):
                    return (Modality(WEAK, hedge, hedge) if hedge else Modality(INTENT, m)), True
        # a main clause that says nothing continues the passage's main clause before it ("De
        # zware jeugdhulp houden we binnen de kaders; het budget groeit jaarlijks mee")
        top = ids[-1]
        for k in range(top - 1, -1, -1):
            if clauses[k].role != "main":
                continue
            m = own_marker(markers, clauses[k], None, [clauses[g] for g in group(k)], filed)
            if m is not None:
                if m.category in (FIRM, INTENT):
                    carried = Marker(INTENT, m.start, m.end, m.words, "carried")
                    # (with the hedge of what it continues: "We bieden jeugdhulp aan op de scholen, waar scholen
                    # dat willen; ook de kinderopvang kan daarvoor aankloppen")
                    hedge = hedge or _hedge(markers, clauses, chain(clauses, k), frozenset(), filed)
                    return (Modality(WEAK, hedge, hedge) if hedge else Modality(INTENT, carried)), True
                break
        return Modality(None, None, hedge), False
    if decided.category == DESCRIPTION:
        return Modality(None, decided), True
    level = {FIRM: FIRM, INTENT: INTENT, WEAK: WEAK}[decided.category]
    if hedge is not None and level in (FIRM, INTENT):
        return Modality(WEAK, hedge, hedge), True
    return Modality(level, decided), True


_ONLY = frozenset({"alleen", "enkel", "uitsluitend", "slechts"})  # before a condition: "alleen als"


# pronominal adverbs that take a whole statement up as their object, written as one word ("daarvoor
# zorgen we") or split ("daar zorgen wij voor", "hier gaan we mee aan de slag")
TAKING_UP = frozenset({"dat", "dit", "daarvoor", "hiervoor", "daartoe", "hiertoe", "daarmee", "hiermee"})
_SPLIT_ADVERBS = frozenset({"daar", "hier"})
_SPLIT_PARTICLES = frozenset({"voor", "toe", "mee", "aan", "op", "in", "bij", "van", "uit"})
# a preposition before these opens a phrase of its own ("daar krijgen ze hulp bij de aanvraag"): no particle
_PHRASE_OPENERS = frozenset({"de", "het", "een", "hun", "zijn", "haar", "onze", "ons", "alle", "elk", "elke",
                             "ieder", "iedere", "deze", "die", "dit", "dat", "jongeren", "kinderen", "ouders"})


def split_adverb(piece: list[str], at: int | None = None) -> bool:
    """Whether "daar"/"hier" (at `at`, or anywhere) is the first half of a split pronominal adverb:
    "daar ... voor" is "daarvoor" ("de gemeente stelt daar geld voor beschikbaar", "daar zorgen wij
    voor"), its particle standing alone before the verb or at the end, not opening a phrase."""
    starts = [at] if at is not None else [i for i, w in enumerate(piece) if w in _SPLIT_ADVERBS]
    for i in starts:
        if i >= len(piece) or piece[i] not in _SPLIT_ADVERBS:
            continue
        for k in range(i + 2, len(piece)):
            if piece[k] in _SPLIT_PARTICLES and (k + 1 >= len(piece) or piece[k + 1] not in _PHRASE_OPENERS):
                return True
    return False


# how far into a statement its inverted subject may stand after a fronted phrase ("Samen met de
# regiogemeenten bouwen we die plaatsingen af")
FRONTED_REACH = 7


def takes_up(piece: list[str]) -> bool:
    """Whether a statement opens by taking the one before it up as its object: "Dat regelen we",
    "Die pakken we op", "Hiervoor reserveren we ...", and the split form "Daar zorgen wij voor" ("daar ... voor" is
    "daarvoor")."""
    if not piece:
        return False
    # ("die"/"deze" as a pronoun, before the inverted verb and its subject: "die onderzoeken we in 2027";
    # not a determiner, "Die teams krijgen ...")
    pronoun = piece[0] in ("die", "deze") and piece[2:3] in (["we"], ["wij"])
    return piece[0] in TAKING_UP or pronoun or split_adverb(piece, 0) or _pronoun_object(piece) \
        or fronted_demonstrative(piece) is not None or subject_first_demonstrative(piece) is not None


# verbs whose object is what we perceive, think or need, or whose "dat"/"die" opens a clause: no act on
# what the sentence before names ("We zien die kinderen ...", "We vinden dat scholen ...")
_NOT_ACTING_ON = frozenset({"zien", "zagen", "horen", "hoorden", "lezen", "weten", "wisten", "merken", "vinden",
                            "vonden", "denken", "dachten", "hopen", "verwachten", "zorgen", "hebben", "hadden",
                            "kennen", "spreken", "willen", "zijn", "waren", "worden", "blijven", "kunnen", "moeten",
                            "zullen", "gaan", "vragen", "begrijpen", "erkennen", "delen", "steunen", "waarderen"})
# what may follow a bare "die"/"deze" object of a subject-first statement: a negation, an adverb, a particle
_AFTER_BARE_OBJECT = frozenset({"niet", "wel", "ook", "voort", "door", "af", "op", "uit", "in", "aan", "om", "stop",
                                "samen", "structureel", "vanaf", "met", "voortaan", "zelf", "graag"})


def subject_first_demonstrative(piece: list[str]) -> int | None:
    """The index of the demonstrative object of a statement in plain order, subject "we" and its verb
    first, that takes the sentence before up: "We breiden die inzet uit", "Wij zetten die niet stop",
    "We bouwen deze plekken af" (the noun is checked against the sentence before where the caller
    needs it, `object_noun`); else None. Not after a verb of perceiving, thinking or needing, nor a
    modal or auxiliary ("We willen die ..." leaves the act to its infinitive), nor "dat"/"dit" on its
    own (`match._subject_then_pronoun` reads "We organiseren dat samen met ...") or before a time."""
    if len(piece) < 4 or piece[0] not in ("we", "wij") or not piece[1].isalpha() or piece[1] in _NOT_ACTING_ON:
        return None
    if piece[2] not in ("die", "deze", "dat", "dit"):
        return None
    nxt = piece[3]
    if nxt in TIME_NOUNS or nxt.endswith(("periode", "jaar")):
        return None
    if piece[2] in ("die", "deze") and nxt in _AFTER_BARE_OBJECT:
        return 2
    return 2 if nxt.isalpha() and nxt not in _AFTER_BARE_OBJECT and len(nxt) >= 4 else None


# "er" + preposition written as one word: it stands for what the sentence before names
ER_ADVERBS = frozenset({"erin", "ervan", "eruit", "erbij", "eraan", "ermee", "erop", "ervoor"})
# determiners that point back ("die teams", "zulke trajecten", "dat soort hulp")
_POINTING_DETERMINERS = frozenset({"die", "deze", "dat", "dit", "zulke", "dergelijke", "zo'n"})
# prepositions of a fronted object ("Met dat systeem houden we op", "Aan die inzet komt een einde")
_OBJECT_PREPOSITIONS = frozenset({"met", "aan", "van", "voor", "op", "uit", "bij", "in"})
FRONTED_NP_REACH = 5  # words of a fronted demonstrative noun phrase, with its determiner


def fronted_demonstrative(piece: list[str]) -> int | None:
    """The index of the head noun when a statement opens with a demonstrative noun phrase as its
    object, with or without a preposition, before the inverted verb and "we": "Die teams heffen we
    op", "Dat soort lichte trajecten brengen we terug", "Met dat systeem houden we op", "Die keuze
    draaien we terug"; else None (not a subject: "Die teams krijgen ...", no "we" after the verb)."""
    i = 1 if piece[:1] and piece[0] in _OBJECT_PREPOSITIONS else 0
    if i >= len(piece) or piece[i] not in _POINTING_DETERMINERS:
        return None
    for j in range(i + 2, min(len(piece) - 1, i + FRONTED_NP_REACH + 1)):
        if piece[j + 1] in ("we", "wij"):
            head = piece[j - 1]
            if head.isalpha() and head not in TIME_NOUNS and not head.endswith(("periode", "jaar")):
                return j - 1
            return None
        if not piece[j].isalpha():
            return None
    return None


def object_noun(piece: list[str]) -> str | None:
    """The noun of a demonstrative object after the inverted subject ("plekken" of "Daarom bouwen we
    die plekken af"), or None (a bare pronoun, "Daarom bouwen we ze af", or no such object)."""
    if (head := fronted_demonstrative(piece)) is not None and piece[head] != "soort":
        return piece[head]  # "Die teams heffen we op", "Met dat systeem houden we op"
    if piece[:1] and piece[0] in TAKING_UP:
        return None  # (the object opens the sentence: "Dat aantal brengen we deze periode terug")
    if (k := subject_first_demonstrative(piece)) is not None:
        return piece[k + 1] if piece[k + 1] not in _AFTER_BARE_OBJECT else None  # "We breiden die inzet uit"
    for i in range(1, min(len(piece) - 2, FRONTED_REACH)):
        if piece[i] in ("we", "wij") and piece[i - 1].isalpha():
            noun = piece[i + 2]
            if piece[i + 1] in ("die", "dat", "dit", "deze") and noun.isalpha() and noun not in TIME_NOUNS \
                    and not noun.endswith(("periode", "jaar")):
                return noun
            return None
    return None


def _pronoun_object(piece: list[str]) -> bool:
    """An inverted main clause whose object points at what the sentence before names: "Daarom bouwen
    we ze af", "In 2027 pakken we dat op", "Vanaf 2027 bouwen we die plekken af" (the subject "we"
    within its first four words; not a time, "we dit jaar")."""
    for i in range(1, min(len(piece) - 1, FRONTED_REACH)):
        if piece[i] in ("we", "wij") and piece[i - 1].isalpha():
            obj = piece[i + 1]
            after = piece[i + 2] if i + 2 < len(piece) else "."
            # ("Daarom investeren we erin": the pronominal adverb; not one that anticipates a clause,
            # "we zorgen ervoor dat ...")
            er = obj in ER_ADVERBS and not {"dat", "om", "te", "of"} & set(piece[i + 2:])
            return obj == "ze" or er or (obj in ("die", "dat", "dit", "deze") and after not in TIME_NOUNS
                                         and not after.endswith(("periode", "jaar")))
    return False


def _inherits(clauses: list[Clause], ids: list[int], own: list[Marker | None], words: list[str] | None) -> int:
    """How far up its chain a clause takes over a study, another's view or a vague cue: up to and
    including the first coordinate clause that commits with a subject of its own. "We onderzoeken of
    de gesloten jeugdzorg sneller kan worden afgebouwd, en we openen twee gezinshuizen" studies the
    first and opens the second; "We onderzoeken of X kan en of Y kan" studies both."""
    for j, (k, m) in enumerate(zip(ids, own)):
        c = clauses[k]
        # (after a comma: without one, "en we overstappen op ..." may go on the indirect question,
        # "We onderzoeken of we stoppen met aanbesteden en we overstappen op subsidies")
        # (a contrast with its own committing subject too: "De andere gemeenten kopen gezamenlijk in, maar wij
        # gaan dat voortaan zelf doen" is ours, not theirs)
        if c.role in ("coordinate", "contrast") and m is not None and m.category in (FIRM, INTENT) and \
                m.source in ("subject", "segment") and words and c.start > 0 and \
                (words[c.start - 1] == "," or c.role == "contrast") and \
                words[c.start + 1:c.start + 2] not in (["of"], ["hoe"], ["wanneer"], ["welke"], ["wat"], ["waar"]):
            return j + 1
    return len(ids)


def _embeds(clauses: list[Clause], outer: int, inner: int) -> bool:
    return outer in chain(clauses, inner)[1:]


def _hedge(markers: list[Marker], clauses: list[Clause], ids: list[int],
           elsewhere: frozenset[int] = frozenset(), filed: FiledMarkers | None = None) -> Marker | None:
    """A hedge in the chain, or in a condition clause that hangs on the chain's main clause (not in
    the clauses `elsewhere`: see `_other_conjunct`)."""
    # "..., als de regio dat toelaat", "..., waar mogelijk": a hedge in a clause that hangs on the chain
    scope = set(ids) | {k for k, c in enumerate(clauses) if c.parent in ids and c.dependent and k not in elsewhere}
    # the rest of a clause that a condition interrupted: "... en zorgen, als de middelen het toelaten,
    # voor een vaste coach"
    first = ids[0]
    if first > 0 and clauses[first].role == "main" and clauses[first].opener == "," and \
            clauses[first - 1].dependent and clauses[first - 1].parent is not None and clauses[first - 1].parent < first - 1:
        scope.add(first - 1)
    for m in _markers_in(markers, [clauses[k] for k in scope], filed):
        if m.category == HEDGE:
            return m
    return None


def _other_conjunct(clauses: list[Clause], index: int, token: int | None, words: list[str] | None,
                    layout: tuple[int | None, list[int]] | None) -> frozenset[int]:
    """The dependent clauses of clause `index` that sit inside a later coordinated predicate than
    the token's, and so condition that predicate alone: "We versterken de lokale teams en bouwen,
    als de regio dat toelaat, de gesloten jeugdzorg af", "We versterken de samenwerking met scholen
    en, waar scholen dat willen, schuift een jeugdhulpverlener aan". A condition before the first
    verb or after the whole coordination ("..., als de regio dat toelaat.") conditions all of it."""
    if token is None or not words:
        return frozenset()
    first_verb, cuts = layout if layout is not None else (None, [])
    out = set()
    for k, d in enumerate(clauses):
        if d.parent != index or not d.dependent or d.start <= token:
            continue
        # "X en, als ..., Y": the conjunction opens Y before the condition
        opened = d.start >= 2 and words[d.start - 1] == "," and words[d.start - 2] in ("en", "maar", "of") and \
            d.start - 2 > token
        # "en bouwen, als ..., de gesloten jeugdzorg af": inside the predicate that opens at a cut
        inside = first_verb is not None and any(token < cut < d.start for cut in cuts) and \
            k + 1 < len(clauses) and clauses[k + 1].role == "main" and clauses[k + 1].opener == ","
        if opened or inside:
            out.add(k)
    return frozenset(out)


def need_or_role(piece: list[str], is_verb) -> bool:
    """A restrictive "alleen als" that makes nothing optional: a need ("..., maar alleen als dat nodig
    is": the help goes where it is needed) or "als" meaning "as", without a verb ("maar alleen als
    servicepunt in het dorpshuis")."""
    # (nor the wish or request of whom the help is for: "alleen als de jongere dat zelf wil", "daarom vraagt")
    users = not BENEFICIARIES.isdisjoint(piece[1:3]) and not WISHING.isdisjoint(piece)  # (its subject)
    return "nodig" in piece or users or not any(w.isalpha() and is_verb(w) for w in piece[1:])


WISHING = frozenset({"wil", "willen", "wenst", "wensen", "vraagt", "vragen", "kiest", "kiezen"})


_EARLIER = frozenset({"eerder", "vroeger", "voorheen", "destijds"})


def _after_earlier(words: list[str], clauses: list[Clause], c: Clause) -> bool:
    """Whether clause `c` is the contrast to what was done or wanted before: "Eerder wilden we ...
    terugdringen, maar in plaats daarvan breiden we haar nu uit": "nu" is the new course, not what
    already is."""
    if c.role != "contrast" or c.parent is None:
        return False
    p = clauses[c.parent]
    return not _EARLIER.isdisjoint(words[p.start:p.end]) or words[p.start:p.start + 3] == ["tot", "nu", "toe"]


# a change reported in the perfect: "is gedaald van 11 in 2022 naar 6 in 2025"
TREND_PARTICIPLES = frozenset({"gedaald", "gestegen", "toegenomen", "afgenomen", "gegroeid", "teruggelopen",
                               "opgelopen", "verdubbeld"})


def _measured_change(words: list[str], c: Clause) -> int | None:
    """The participle of a change the clause reports as measured, in the perfect and from one figure
    to another: "Het aantal gesloten plaatsingen is gedaald van 11 in 2022 naar 6 in 2025" describes,
    the years it names being those of its figures. A goal dates the change outside them: "In 2029 is
    het aantal gedaald van 6 naar 0", "... gedaald tot nul"."""
    for k in range(c.start, c.end):
        if words[k] in TREND_PARTICIPLES and any(x in ("is", "zijn") for x in words[c.start:k]):
            rest = words[k + 1:c.end]
            if "van" in rest and "naar" in rest[rest.index("van") + 1:] and \
                    not any(_is_year(x) for x in words[c.start:k + 1 + rest.index("van")]):
                return k
    return None


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _after_adjective(words: list[str], k: int, lexicon: Lexicon) -> bool:
    """Whether word k follows an adjective, which makes it a noun ("vaste afspraken"); not a noun the
    tables also list as an adjective ("Het vorige college wilde ...")."""
    if k == 0:
        return False
    prev = words[k - 1]
    return lexicon.is_adjective(prev) and (prev not in lexicon.nouns or lexicon.is_attributive(prev))


# local teams by their abbreviation: "in elk OKT", "in elk JGT", "in elk CJG"
TEAM_ABBREVIATIONS = frozenset({"okt", "jgt", "swt", "cjg"})


def _unit(word: str) -> bool:
    return word in TEAM_ABBREVIATIONS or any(u in word for u in UNITS)


def _distributive(words: list[str], c: Clause, lexicon: Lexicon) -> int | None:
    """The start of "in/op/bij/van/voor elk(e)/ieder(e)/alle + unit" ("schuift aan bij het zorgoverleg
    van elke school") in a clause whose finite verb is a present
    act (not "is", "zit", "heeft": "op elke school zitten kinderen met zorgvragen" describes; nor a
    trend, "groeit", "daalt")."""
    at = next((k for k in range(c.start, c.end - 2) if (words[k] in ("in", "op", "bij", "van", "voor") or (
                   # with each person ("samen met elke jongere een plan"), not with every school one talks to
                   words[k] == "met" and words[k + 2:k + 3] and words[k + 2].startswith(_PERSON_UNITS)))
               and words[k + 1] in DISTRIBUTIVE and (_unit(words[k + 2]) or (
                   # "in elk jeugd- en gezinsteam": the unit closes the coordinated compound
                   words[k + 3:k + 4] == ["en"] and k + 4 < c.end and _unit(words[k + 4])))), None)
    if at is None:
        # "in één ondersteuningsteam per school": "per" + unit is each unit too
        at = next((k - 1 for k in range(c.start + 1, c.end - 1) if words[k] == "per"
                   and any(words[k + 1].startswith(u) for u in UNITS)), None)
    if at is None:
        return None
    piece = words[c.start:c.end]
    # (a professional or a service present in each unit is the arrangement: "op elke basisschool is een
    # jeugdhulpverlener aanwezig"; a stative verb otherwise describes)
    present = "aanwezig" in piece or "beschikbaar" in piece
    for w in piece:
        if (w in STATIVE and not present) or w in TRENDS:
            return None
    acts = [w for k, w in enumerate(words[c.start:c.end], c.start) if not at <= k <= at + 2
            and w.isalpha() and lexicon.is_verb(w) and not lexicon.is_participle(w)]
    return at if acts and not any(lexicon.is_past(w) for w in acts) else None


# a standing arrangement: "Jeugdhulp en onderwijs werken structureel samen", "De POH draait vast mee",
# "De veertien gemeenten kopen deze zorg gezamenlijk in"
ARRANGING = frozenset({"structureel", "vast", "standaard", "nauw"})
_JOINTLY = ARRANGING | {"gezamenlijk", "samen", "regionaal"}
_JOINING = {"werken": (("samen", "mee"), ARRANGING), "werkt": (("samen", "mee"), ARRANGING),
            "draaien": (("mee",), ARRANGING), "draait": (("mee",), ARRANGING),
            "schuiven": (("aan",), ARRANGING), "schuift": (("aan",), ARRANGING),
            "zitten": (("aan",), ARRANGING), "zit": (("aan",), ARRANGING),
            "kopen": (("in",), _JOINTLY), "koopt": (("in",), _JOINTLY)}


# another place, or someone else's account: "Elders in het land werken ...", "Volgens de scholen ..."
_ELSEWHERE = frozenset({"elders", "volgens", "landelijk", "land", "veel", "sommige", "andere"})


def _arranged(words: list[str], c: Clause, lexicon: Lexicon) -> int | None:
    """The arranging adverb of a present clause in which parties work together or join in, which in an
    agreement states the arrangement it makes ("Jeugdhulp en onderwijs werken in Assen structureel
    samen"); a description says "al", "nu" or uses the past (read elsewhere)."""
    piece = words[c.start:c.end]
    verb = next((k for k, w in enumerate(piece) if w in _JOINING), None)
    if verb is None or not _ELSEWHERE.isdisjoint(piece):
        return None
    particles, adverbs = _JOINING[piece[verb]]
    if not any(p in piece[verb + 1:] for p in particles):
        return None
    at = next((k for k, w in enumerate(piece) if w in adverbs and k > verb), None)
    return None if at is None else c.start + at


# who an agreement's arrangements are for, and what they may then do ("een beroep doen op", "terecht bij")
BENEFICIARIES = frozenset({"jongeren", "kinderen", "ouders", "gezinnen", "inwoners", "jongvolwassenen", "leerlingen",
                           "jeugdigen", "jongere", "gezin", "kind"})
# or the help they get, which "kan doorlopen": "Hulp uit de jeugdzorg kan standaard doorlopen tot 21 jaar"
_HELP_SUBJECTS = frozenset({"hulp", "jeugdhulp", "jeugdzorg", "ondersteuning", "begeleiding"})
_ACCESS = (("gebruikmaken",), ("gebruik", "maken"), ("beroep", "doen"), ("terecht",), ("terechtkunnen",),
           ("rekenen", "op"), ("daarop", "rekenen"), ("erop", "rekenen"), ("op", "rekenen"), ("aanspraak",),
           # going on with help they have: "kunnen hun jeugdhulp na hun 18e voortzetten", "verder met"
           ("voortzetten",), ("voort", "te", "zetten"), ("verder", "met"), ("doorlopen",), ("behouden",))
_MAY = frozenset({"kunnen", "kan"})
SUBJECT_REACH = 5  # tokens before "kunnen" that may hold its subject
_NOT_ENTITLED = frozenset({"jeugdwet", "wet", "wettelijk", "wettelijke", "wetgeving", "huidige", "theorie", "praktijk",
                           "nu", "momenteel", "tegenwoordig", "landelijk", "landelijke", "rijk", "kabinet"})
_RESTRICTED = frozenset({"geen", "niet", "nooit", "pas", "als", "indien", "mits", "tenzij", "zodra", "wanneer"})


# a choice left to whoever uses an offer ("Jongeren die dat wensen, krijgen verlengde jeugdhulp") does
# not make the offer optional; the codebook's opt-out is that of the parties who carry it out ("waar
# scholen dat willen")
OPT_IN = frozenset({"die dat willen", "die dat wensen", "die dat wenst", "wie dat willen", "wie dat wil",
                    "wie dat wenst", "daar behoefte aan hebben", "daar behoefte aan heeft"})


def users_choice(words: list[str], start: int, text: str) -> bool:
    """Whether an opt-in condition at `start` is the choice of the offer's users: a beneficiary just
    before it ("Jongeren die dat wensen", "Gezinnen die daar behoefte aan hebben")."""
    if text in _IF_WORDS or text == "mits":
        # "..., mits de jongere dat zelf wil": the wisher right after the bare conjunction
        after = words[start + 1:start + 8]
        return not BENEFICIARIES.isdisjoint(after[:3]) and not WISHING.isdisjoint(after)
    if text not in OPT_IN:
        # "Indien de jongere dat wil, ...", "zodra een jongere dat wenst": the wisher named inside the condition
        inner = text.split()
        return len(inner) > 3 and inner[0] in _IF_WORDS and inner[-2] == "dat" and \
            not BENEFICIARIES.isdisjoint(inner[1:3])
    before = words[max(0, start - 2):start]
    return any(w in BENEFICIARIES for w in before)


_IF_WORDS = frozenset({"als", "indien", "wanneer", "zodra", "waar"})


def _entitled(words: list[str], c: Clause) -> int | None:
    """The "kunnen" of what the agreement gives the people it is for: "Jongeren kunnen na hun 18e een
    beroep doen op verlengde jeugdhulp", "In plaats van een harde knip kunnen jongeren tot hun 21e
    gebruikmaken van verlengde jeugdhulp". That is the arrangement, as "er komt" is; not "we kunnen"
    (a possibility), and a description ("kunnen nu al") or another's statement outranks it."""
    end = next((k for k in range(c.start, len(words)) if words[k] in (".", ";", "!", "?")), len(words))
    for k in range(c.start, c.end):
        if words[k] not in _MAY:
            continue
        # (the subject before it, "Jongeren in Heuvelrade kunnen", or inverted after it)
        before = words[max(c.start, k - SUBJECT_REACH):k]
        after = words[k + 1:min(c.end, k + 3)]
        # (or the clause opens with them, a relative clause between: "jongeren die ... nodig hebben, kunnen")
        if BENEFICIARIES.isdisjoint(before) and BENEFICIARIES.isdisjoint(after) and words[c.start] not in BENEFICIARIES \
                and not (words[c.start] in _HELP_SUBJECTS and "doorlopen" in words[k + 1:end]):
            continue
        rest = words[k + 1:end]
        sentence = words[:end]
        # (not the law's or today's situation, a negation or a condition: "Op grond van de Jeugdwet
        # kunnen ...", "In de huidige situatie kunnen ...", "geen beroep meer", "kunnen pas ... als")
        if not _NOT_ENTITLED.isdisjoint(sentence) or not _RESTRICTED.isdisjoint(rest):
            continue
        if any(tuple(rest[i:i + len(a)]) == a for a in _ACCESS for i in range(len(rest))):
            return k
    return None


_PRONOUN_SUBJECTS = frozenset({"we", "wij"})


_AGE_WORDS = frozenset({"18", "18e", "achttien", "achttiende", "meerderjarig", "meerderjarigheid", "21", "21e",
                        "23", "23e"})


def _coordinated_act(words: list[str], j: int, c: Clause, non_act, lexicon: Lexicon) -> int | None:
    """The act verb of a predicate coordinated with "en" after the verb at j, in its clause: "vindt ...
    nodig en trekt daar geld voor uit", "vinden de wijkteams belangrijk en breiden ze daarom uit"."""
    for k in range(j + 2, c.end - 1):
        if words[k] == "en" and is_act_verb(words[k + 1], non_act, lexicon) and words[k + 1] not in non_act \
                and words[k + 1] not in TALKING:  # (not "en bespreken dat met de regio")
            return k + 1
    return None


_DONE = frozenset({"klaar", "afgerond", "gereed", "voltooid", "afgesloten"})
# verbs of talking or looking into something: no act of their own (a coordinated act, a later predicate)
TALKING = frozenset({"bespreken", "bespreekt", "agenderen", "agendeert", "onderzoeken", "onderzoekt", "verkennen",
                     "verkent", "evalueren", "evalueert", "bekijken", "bekijkt", "overleggen", "overlegt", "monitoren",
                     "volgen"})
_TREND_CHANGES = frozenset({"stijgt", "stijgen", "daalt", "dalen"})
# a change by a stated amount is a target ("daalt met tien procent", "met een derde", "naar 900")
_TARGET_WORDS = frozenset({"procent", "%", "derde", "kwart", "helft", "naar"})
# what rises and falls by itself: the measures of use, cost and waiting
_MEASURES = frozenset({"aantal", "vraag", "kosten", "uitgaven", "wachtlijst", "wachtlijsten", "wachttijd", "wachttijden",
                       "instroom", "gebruik", "druk", "zorgvraag"})


def _measure_subject(words: list[str], c) -> bool:
    """Whether the clause opens with a measure as its subject ("Het aantal ...", "De kosten ...")."""
    return words[c.start:c.start + 1] in (["het"], ["de"]) and c.start + 1 < c.end and words[c.start + 1] in _MEASURES


_STAFF_CHANGE = frozenset({"groeit", "groeien", "krimpt", "krimpen", "daalt", "dalen", "stijgt", "stijgen"})
_STAFF_UNITS = frozenset({"fte", "formatie", "formatieplaatsen", "formatieplaats"})


def _age_word(word: str) -> bool:
    """An age of the transition: "18", "achttiende", also "18-jarige", "achttienjarigen"."""
    return word in _AGE_WORDS or word.split("-")[0] in _AGE_WORDS or word.startswith(("achttienjarig", "meerderjarig"))


# verbs of running out: a date with these states when something expires ("lopen eind 2027 af")
_EXPIRES = frozenset({"aflopen", "afloopt", "verloopt", "verlopen", "eindigt", "eindigen"})


def expires(piece: list[str]) -> bool:
    """"lopen eind 2027 af", "loopt tot eind 2027", "verloopt", "eindigt in 2027" (not "laten ... aflopen",
    which is our act: "Het open-house-contract laten we eind 2027 aflopen")."""
    if "laten" in piece or "laat" in piece:
        return False
    runs = not {"lopen", "loopt"}.isdisjoint(piece)
    return not _EXPIRES.isdisjoint(piece) or (runs and ("af" in piece or "tot" in piece))


CONCERNS_REACH = 7
_CONCERNS_ADVERBS = frozenset({"hier", "daar", "daarbij", "hierbij", "dan", "nu", "vooral", "niet", "ook", "echt",
                               "in", "de", "eerste", "plaats", "met", "name", "ons", "uiteindelijk", "steeds", "vaak",
                               "meestal", "dus", "wel", "alleen", "nog"})


# the people an agreement's arrangements are for, in the singular too ("geen jeugdige", "geen leerling")
_PERSONS = BENEFICIARIES | {"jeugdige", "ouder", "leerling", "inwoner", "jongvolwassene"}
# a state now, or what someone can or knows: "Nu zit geen jongere nog in ...", "Niemand weet nog ..."
_NOT_A_GOAL = frozenset({"nu", "momenteel", "inmiddels", "al", "kan", "kunnen", "weet", "weten", "heeft", "hebben"})


def _nobody(words: list[str], start: int, end: int) -> bool:
    """Whether words[start:end] make people the negated subject ("geen (enkel) kind", "niemand", "jongeren
    ... niet") of a clause that states no present fact: the promise that nobody will."""
    piece = words[start:end]
    if not _NOT_A_GOAL.isdisjoint(piece):
        return False
    if "niemand" in piece:
        return True
    for k, w in enumerate(piece):
        if w in ("geen", "niet"):
            near = piece[max(0, k - 3):k + 3]
            if not _PERSONS.isdisjoint(near):
                return True
    return False


def _closes_relative(words: list[str], c: Clause, k: int, lexicon: Lexicon) -> bool:
    """Whether the verb at k ends a relative clause on a noun of clause c: "jongeren die weer naar school
    gaan, ..." (the verb last, before a comma or the clause's end; "die" right after a word that is no
    verb). Not "die" that opens the clause ("die onderzoeken we"), nor a "die" after a verb."""
    if k + 1 < c.end and words[k + 1] != ",":
        return False
    for j in range(k - 1, c.start, -1):
        if words[j] == ",":
            return False
        if words[j] == "die":
            before = words[j - 1]
            return before.isalpha() and not lexicon.is_verb(before) and before not in NOMINAL_BEFORE
    return False


def _concerns(words: list[str], k: int, c: Clause) -> bool:
    """"het gaat om", "gaat het (hier) om", "het gaat daarbij om": what something concerns, a
    description ("In Dalmerveen gaat het om een kleine groep jongeren"), not a "gaan" of the future."""
    before = words[k - 1] if k > c.start else ""
    if before == "het":
        rest = words[k + 1:min(c.end, k + 1 + CONCERNS_REACH)]
    elif words[k + 1:k + 2] == ["het"]:
        rest = words[k + 2:min(c.end, k + 2 + CONCERNS_REACH)]
    else:
        return False
    # only adverbs before "om": "gaat het hier om", "gaat het in de eerste plaats om"; a noun makes "het"
    # its article ("gaat het wijkteam om de twee weken ...")
    if "om" not in rest:
        return False
    return all(w in _CONCERNS_ADVERBS for w in rest[:rest.index("om")])


# who acts: with one of these in the clause, "levert ... op" is an act ("Het college levert een plan op")
_ACTORS = frozenset({"we", "wij", "college", "gemeente", "coalitie", "wethouder"})


def _ends_up(words: list[str], k: int, end: int) -> bool:
    """"komen ... te zitten", "komen ... alleen te staan" at k: to end up somewhere (not "komt te vervallen", a
    decision, nor a building: "In Zuid komt een nieuwe bibliotheek te staan")."""
    for j in range(k + 1, min(end - 1, k + 9)):
        if words[j] == "te" and (words[j + 1] == "zitten" or (words[j + 1] == "staan" and "alleen" in words[k:j])):
            return True
    return False


def _yields(words: list[str], k: int, c: Clause) -> bool:
    """"levert ... op" said of a thing: what something yields, a description ("Aanbestedingen leveren
    aanbieders veel lasten op", "Dat levert te weinig op"), not an act to come; so is what money goes
    to ("Een groot deel van het geld gaat nu op aan aanbestedingen")."""
    if words[k] in ("gaat", "gaan") and "op" in words[k + 1:k + 4] and \
            words[k + 1 + words[k + 1:k + 4].index("op") + 1:][:1] == ["aan"]:
        return _ACTORS.isdisjoint(words[c.start:c.end])
    if words[k] not in ("levert", "leveren") or "op" not in words[k + 1:c.end]:
        return False
    op = k + 1 + words[k + 1:c.end].index("op")
    return all(not x[:1].isalnum() for x in words[op + 1:c.end]) and _ACTORS.isdisjoint(words[c.start:c.end])


# a condition that money falls short, or a main clause with "toch", holds whatever happens: "Als de
# rijksbijdrage daalt, houden we de jeugdhulp toch binnen het budget"
_SHORTFALL = frozenset({"daalt", "dalen", "krimpt", "krimpen", "achterblijft", "achterblijven", "lager", "minder",
                        "tekortschiet", "tekortschieten", "wegvalt", "wegvallen"})


def _regardless(words: list[str], clauses: list[Clause], c: Clause) -> bool:
    if not _SHORTFALL.isdisjoint(words[c.start:c.end]):
        return True
    parent = clauses[c.parent] if c.parent is not None and 0 <= c.parent < len(clauses) else None
    return parent is not None and "toch" in words[parent.start:parent.end]


def _named(word: str, lexicon: Lexicon) -> bool:
    """A word that can be a place name after "de gemeente": no function word, verb or number."""
    return len(word) > 2 and word.replace("-", "").isalpha() and word not in NOMINAL_BEFORE and \
        not lexicon.is_verb(word) and word not in ("zelf", "ook", "nu", "wel", "niet", "dan", "al")


def is_act_verb(word: str, non_act: frozenset[str], lexicon: Lexicon) -> bool:
    """A present verb form that can do something for a committing subject ("versterken", not "zijn",
    "vinden" or a past): what makes "we + verb" a commitment."""
    return word.isalpha() and word not in non_act and len(word) > 2 and lexicon.is_verb(word) and \
        not lexicon.is_past(word)


def _by_clause(spans: list[tuple[int, int]], clauses: list[Clause]) -> list[list[tuple[int, int]]]:
    """Per clause, the spans that start in it, in their own order (the clauses split the passage:
    every token is in exactly one)."""
    out: list[list[tuple[int, int]]] = [[] for _ in clauses]
    for span in spans if clauses else ():
        k = clause_at(clauses, span[0])
        if clauses[k].start <= span[0] < clauses[k].end:
            out[k].append(span)
    return out


def structural_markers(words: list[str], clauses: list[Clause], subjects: list[tuple[int, int]],
                       non_act: frozenset[str], lexicon: Lexicon, others: list[tuple[int, int]] = (),
                       waits_for: list[tuple[int, int]] = ()) -> list[Marker]:
    """Markers that come from word order and word class rather than the cue lexicon:
    a committing subject next to its finite verb ("we versterken", "daarom zetten wij"), a third
    party as the subject ("het samenwerkingsverband wil", "de provincie stelt ... beschikbaar": an
    attribution), a condition that waits for another party or money ("als het Rijk ... financiert":
    a hedge), a passive of what will be done ("wordt ingevoerd", "worden opgepakt"), a past tense and
    "al" (a description), an evaluative copula ("de wachtlijsten zijn lang")."""
    out: list[Marker] = []
    # each clause reads only the committing subjects that stand in it: filed once, not looked for
    # among all of them per clause (a table run together into one passage has hundreds of each)
    own_subjects = _by_clause(subjects, clauses)
    for c, clause_subjects in zip(clauses, own_subjects):
        if c.role == "complement" and c.opener == "of":
            # a whether-clause is undecided: "Of we blijven aanbesteden of overstappen op subsidiëren,
            # besluiten we in 2027", "we bekijken of ..."
            verb = c.start - 1 if c.start > 0 and words[c.start - 1] in WHETHER_VERBS else c.start
            out.append(Marker(STUDY, verb, c.start + 1, " ".join(words[verb:c.start + 1]) + " …", "undecided"))
        only = c.start if words[c.start] in _ONLY else c.start - 1
        if only > 0 and words[only] in SEPARABLE_PARTICLES and words[only - 1] in _ONLY:
            only -= 1  # "bieden we alleen aan als het Rijk daar geld voor geeft"
        if c.role == "condition" and only >= 0 and words[only] in _ONLY and words[only - 1:only] != ["niet"] and \
                not need_or_role(words[c.start:c.end], lexicon.is_verb):
            # "..., maar alleen als het Rijk daar extra geld voor geeft", "Alleen als de regio meedoet, ...":
            # a restrictive condition makes the main clause conditional, whoever it waits for
            out.append(Marker(HEDGE, max(only, c.start), only + 2, f"{words[only]} {words[c.start]}"
                              if only < c.start - 1 else " ".join(words[only:only + 2]), "condition"))
        elif c.role == "condition" and not _regardless(words, clauses, c) and _DONE.isdisjoint(words[c.start:c.end]):
            # (not a study that is done: "Wanneer de evaluatie klaar is, stoppen we ...")
            for a, b in waits_for:
                if c.start <= a < c.end:
                    out.append(Marker(HEDGE, a, b, " ".join(words[c.start:min(c.end, c.start + 8)]), "condition"))
                    break
        if not c.dependent or c.role == "elaboration" or (c.role != "condition" and c.opener in FACT_SUBORDINATORS
                                                          and words[c.start] == c.opener):
            # (after a colon: a statement of its own; a fact another party's: "Waar andere gemeenten
            # bezuinigen op speelplekken, investeren wij ...")
            attributed = third_party_subject(words, c, clause_subjects, others, lexicon) or \
                others_want(words, c, clause_subjects, lexicon) or asks_us(words, c, clause_subjects) or \
                reports(words, c, clause_subjects) or written_in(words, c) or said_after(words, c, clause_subjects)
            if attributed is not None:
                out.append(attributed)
        if c.dependent and c.role not in ("elaboration", "paren"):
            continue  # a subordinate clause puts its verb last: it commits through its main clause
        span = words[c.start:c.end]
        for a, b in clause_subjects:
            rel = a - c.start
            opens = rel == 0 or (rel > 0 and span[rel - 1] in ("en", "maar", "dus", ",", ":", ";", "(", "-", "–"))
            j = b if opens else a - 1
            if opens and words[a:b][-1:] == ["gemeente"] and b + 1 < c.end and _named(words[b], lexicon) and \
                    is_act_verb(words[b + 1], non_act, lexicon):
                j = b + 1  # the municipality's name after it: "De gemeente Súdwest-Fryslân investeert in ..."
            if c.start <= j < c.end:
                w = words[j]
                if is_act_verb(w, non_act, lexicon) \
                        and (opens or " ".join(words[a:b]) in _PRONOUN_SUBJECTS or not fronted_subject(words, c, j)) \
                        and (opens or j == c.start or words[j - 1] not in NOMINAL_BEFORE
                             # a fronted pronoun object before the inverted verb: "Dat regelen we"
                             or (j == a - 1 and j - 1 == c.start and words[j - 1] in ("dat", "dit", "die", "deze"))):
                    lo, hi = min(j, a), max(j + 1, b)
                    out.append(Marker(FIRM, lo, hi, " ".join(words[lo:hi]), "subject"))
                    break
                if opens and w in non_act and (v := _coordinated_act(words, j, c, non_act, lexicon)) is not None:
                    # "De coalitie vindt versterking van de wijkteams nodig en trekt daar geld voor uit": the
                    # judgement is no act, the act coordinated with it is
                    out.append(Marker(FIRM, a, v + 1, f"{' '.join(words[a:b])} … {words[v]}", "subject"))
                    break
        # the clause's finite verb in the past tense: a description ("kochten in", "werkte met")
        for k in range(c.start, min(c.end, c.start + 8)):
            w = words[k]
            if w.isalpha() and len(w) > 2 and (k == 0 or words[k - 1] not in NOMINAL_BEFORE) \
                    and not _after_adjective(words, k, lexicon) and lexicon.is_past(w):
                out.append(Marker(DESCRIPTION, k, k + 1, w, "tense"))
                break
        if (k := _measured_change(words, c)) is not None:
            out.append(Marker(DESCRIPTION, k, k + 1, words[k], "tense"))
        # an evaluation: "de wachtlijsten zijn lang", "te veel kinderen", "dat is niet houdbaar"
        for k in range(c.start, c.end):
            w = words[k]
            # (a judgement, "vinden wij zorgelijk", the same: "Die gaten in het zorglandschap vinden wij zorgelijk")
            # (a judgement may name its verdict with a noun: "Dat vindt de coalitie een zorgelijke ontwikkeling")
            if (w in COPULAS or w in _JUDGING) and any(x in EVALUATIVE or (w in _JUDGING and x[-1:] == "e" and x[:-1] in EVALUATIVE)
                                                       for x in words[k + 1:min(c.end, k + 5)]):
                out.append(Marker(DESCRIPTION, k, k + 1, w, "evaluation"))
                break
            if w in ("betreuren", "betreurt"):  # a regret judges what was done ("..., betreuren we")
                out.append(Marker(DESCRIPTION, k, k + 1, w, "evaluation"))
                break
            if w == "te" and k + 1 < c.end and words[k + 1] in ("veel", "weinig", "lang", "laat", "vaak", "hoog"):
                out.append(Marker(DESCRIPTION, k, k + 2, f"te {words[k + 1]}", "evaluation"))
                break
        # the agreement's present: a verb of change, or a time to come ("voortaan", "vanaf 2027"); one
        # per coordinated predicate ("is niet langer rendabel en gaat in 2027 dicht": conjuncts.py)
        k = c.start - 1
        cuts = None  # where the clause's coordinated predicates open (conjuncts.py), when needed
        while (k := k + 1) < c.end:
            w = words[k]
            # (not a comparison: "zitten ruim dertig leerlingen langer dan een maand thuis")
            future = (w in _FUTURE and not (w == "langer" and words[k + 1:k + 2] == ["dan"])) or (
                w in ("per", "in", "eind", "na", "tot", "voor", "medio", "begin") and k + 1 < c.end
                                      and (words[k + 1][:3] in ("202", "203") or (
                                          words[k + 1].isdigit() and words[k + 2:k + 3] and words[k + 2] in _MONTHS)))
            change = (w in CHANGE_VERBS and (k == c.start or words[k - 1] not in NOMINAL_BEFORE or _ons_object(words, k))) or (
                # a team's staffing in numbers is decided, not observed: "De formatie van het lokale team groeit
                # met 3,5 fte" (not a trend: "Het aantal kinderen groeit")
                w in _STAFF_CHANGE and not _STAFF_UNITS.isdisjoint(words[c.start:c.end])) or (
                w in ("meer", "langer") and any(x in ("geen", "niet", "nooit") for x in words[c.start:k])) or (
                # "Eind 2027 zit geen kind nog in een gesloten plaatsing", "niemand valt nog tussen wal en
                # schip": "nog" after a negated subject is "no longer" (not "nog niet", "nog geen")
                # "Geen kind hoeft thuis te zitten": what nobody needs to is the agreement's promise (of
                # people: "Geen school hoeft mee te doen" is an opt-out)
                w in ("hoeft", "hoeven") and _nobody(words, c.start, c.end)) or (
                w == "nog" and _nobody(words, c.start, k)
                and words[k + 1:k + 2] not in (["niet"], ["geen"], ["altijd"], ["steeds"])) or (
                # "de jeugdhulp loopt af op de achttiende verjaardag": help running out at an age is the rule
                # the agreement sets (not a contract that runs out: "Het open-house-contract loopt af")
                ((w in ("loopt", "lopen") and "af" in words[k + 1:c.end]) or w in ("eindigt", "eindigen"))
                and any(_age_word(x) for x in words[c.start:c.end]))
            if change and w in ("komt", "komen") and _ends_up(words, k, c.end):
                # "jongeren die na hun achttiende zonder hulp komen te zitten": where one ends up is a
                # situation, not what will be arranged
                continue
            if change and w in CHANGE_VERBS and _closes_relative(words, c, k, lexicon):
                # "Voor jongeren die na een plaatsing weer naar school gaan, ontbreekt een aanpak": the
                # relative clause says who is meant, not what will be
                continue
            if change and (w in ("gaat", "gaan") and _concerns(words, k, c) or _yields(words, k, c)):
                out.append(Marker(DESCRIPTION, k, k + 1, w, "evaluation"))
                k = c.end
                continue
            if change and w in _TREND_CHANGES and _measure_subject(words, c) and not any(
                    x in _FUTURE or x[:3] in ("202", "203") or x in _TARGET_WORDS or x.endswith("periode")
                    for x in words[c.start:c.end]):
                # "Het aantal kinderen met lichte hulp stijgt": a measure that rises or falls, undated, is
                # a trend (not a goal: "In 2028 daalt het aantal ...")
                out.append(Marker(DESCRIPTION, k, k + 1, w, "evaluation"))
                k = c.end
                continue
            if future and expires(words[c.start:c.end]):
                # "De contracten lopen eind 2027 af": a date things run out, not one the agreement sets
                future = False
            if future or change:
                out.append(Marker(INTENT, k, k + 1, w, "present"))
                if cuts is None:
                    cuts = boundaries(words, c.start, c.end, lexicon.is_verb, lexicon.is_participle)[1]
                k = next((j for j in cuts if j > k), c.end)
        for k in range(c.start, c.end):
            w = words[k]
            # "werken al samen", "wordt nu ingekocht": already, now (not "nu" = from now on, which
            # stands before the verb or with "gaan": "nu gaan we")
            if w in ("al", "nu") and k > c.start and (lexicon.is_verb(words[k - 1]) or (
                    w == "al" and k + 1 < c.end and words[k + 1] in _TEMPORAL_AL_AFTER)) \
                    and words[k - 1] not in ("gaan", "gaat", "zullen", "zal", "moeten", "moet") \
                    and not (w == "nu" and _after_earlier(words, clauses, c)) \
                    and not (w == "al" and _coming_time(words, k + 1, c.end)):
                out.append(Marker(DESCRIPTION, k, k + 1, w, "already"))
                break
        # "In ieder wijkteam werkt een POH-jeugd", "werken op elke school samen": what each unit has is
        # the arrangement the agreement makes (a description says "nu", "al" or uses the past, above)
        own = not c.dependent or c.role == "elaboration"  # (after a colon, a statement of its own)
        if own and (at := _distributive(words, c, lexicon)) is not None:
            out.append(Marker(INTENT, at, at + 2, " ".join(words[at:at + 2]), "present"))
        # (not what others arrange among themselves: "De andere gemeenten kopen gezamenlijk in")
        if own and (at := _arranged(words, c, lexicon)) is not None and \
                not any(m.category == ATTRIBUTION and c.start <= m.start < c.end for m in out):
            out.append(Marker(INTENT, at, at + 1, words[at], "present"))
        if own and (at := _entitled(words, c)) is not None:
            out.append(Marker(INTENT, at, at + 2, " ".join(words[at:at + 2]), "present"))
        # "wordt ingevoerd", "worden opgepakt door", "zal worden": what will be done
        for k in range(c.start, c.end):
            if words[k] in ("wordt", "worden") and k + 1 <= c.end:
                if any(lexicon.is_participle(words[m]) for m in range(k + 1, min(c.end, k + 9))):
                    out.append(Marker(INTENT, k, k + 1, f"{words[k]} …", "passive"))
                    break
    return out
