"""Polarity: which way a clause moves the thing a term names (up, down, keep or neutral).

Operators are cues found in the passage (rules/cues.yaml), read inside the term's clause (and the
rest of that clause after an inserted relative clause, see clauses.Clause.group):
- decrease ("afbouwen", "minder", "sluiting van", "bezuinigen op"; `cut` is a decrease that cuts
  money: "bezuinigen", "korten", "ombuigen") and increase ("uitbreiden", "meer", "extra");
- keep ("behouden", "in stand houden", "blijft open");
- negation: sentential ("niet", "nooit", "van tafel", "is geen optie") over the whole clause,
  whatever the word order ("Op het zwembad bezuinigen we niet"); "geen"/"zonder" over the noun
  phrase that follows, or the whole clause with "meer"/"nog" ("geen jongere wordt meer gesloten
  geplaatst"); "en niet X" over X alone; "geen ... meer" and "niet meer" are a negation, never an
  increase, and they end something (`ceased`);
- contrast: what follows "in plaats van" is replaced (down) up to the clause's verb or comma;
  "vervangen door" replaces what precedes and brings what follows;
- targets ("naar", "ten gunste van", "ter dekking van"): a decrease or increase does not reach
  past them ("afbouwen naar kleinschalige zorg": the small-scale care is where it goes).

They compose as a reader would: a negated decrease keeps ("geen bezuiniging op de bibliotheek"),
a negated increase keeps ("geen extra gesloten plaatsen"), a negation alone takes away
("geen nieuwe aanbesteding", "aanbesteden doen we niet meer").
"""
from __future__ import annotations

from dataclasses import dataclass

from checker.clauses import GAP_REACH, Clause, gapped_conjunct
from checker.lexicon import Lexicon

UP, DOWN, KEEP, NEUTRAL = "up", "down", "keep", "neutral"
DIRECTIONAL = ("decrease", "cut", "increase", "keep")
# sentential negators: the whole clause ("we gaan niet opnieuw aanbesteden", "X is van tafel")
SENTENTIAL = frozenset({"niet", "evenmin", "nooit", "nergens", "niet langer", "niet meer", "in geen geval", "in geen enkel geval",
                        "onder geen beding", "geenszins", "allerminst",
                        # an exclusion holds for the whole list it opens: "(exclusief sport, cultuur en bibliotheek)"
                        "exclusief", "excl.", "excl", "uitgezonderd", "behalve", "met uitzondering van"})
# the sentential negators that except a list from the clause's act
EXCLUSIONS = frozenset({"exclusief", "excl.", "excl", "uitgezonderd", "behalve", "met uitzondering van"})
# negations that end something that was there ("niet meer", "niet langer", "geen ... meer")
CEASING = frozenset({"niet meer", "niet langer", "nooit meer", "verlengen we ... niet", "niet verlengd", "niet verlengen",
                     "niet voortgezet", "niet voortzetten"})
# adjectival operators reach the next few words only ("minder verwijzingen", "extra plaatsen")
ADJECTIVAL = frozenset({"minder", "meer", "extra", "nieuwe", "nieuw", "kleiner", "groter", "hogere", "lagere"})
NP_SCOPE = 3  # "geen nieuwe aanbesteding", "zonder verwijzing" (not the next noun phrase)
ADJ_SCOPE = 3
_COORDINATORS = frozenset({"en", "of", ",", "maar"})


@dataclass(frozen=True)
class Operator:
    category: str  # negation | decrease | cut | increase | keep | contrast | replace | replaces | target
    start: int
    end: int
    words: str
    scope: tuple[int, int] | None = None  # the tokens it reaches (cues.CueFinder); None: its clause


@dataclass(frozen=True)
class Polarity:
    value: str  # up | down | keep | neutral
    cue: Operator | None  # the operator that decided it
    negated: bool = False  # a negation took part ("geen bezuiniging", "niet afbouwen")
    cut: bool = False  # the decrease cuts money (bezuinigen, korten, ombuigen)
    choice_against: bool = False  # a negated decrease: "we bouwen de gesloten jeugdzorg niet af"
    ceased: bool = False  # something is ended: "bieden we niet meer", "geen ... meer"
    replaced: bool = False  # "in plaats van X": X gives way to something else
    explicit_choice: bool = False  # the negation is a choice: "wij kiezen er niet voor om ..."
    averted: bool = False  # inside a negated harm: the item's direction ("niet langer tussen wal en schip", harm.py)
    setting: bool = False  # the setting of a negated harm, which goes no way of its own ("na hun 18e" in "... niet
    # langer tussen wal en schip vallen", "jongeren" in "de begeleiding van jongeren stopt niet op hun 18e")


# the least of an amount, which "geen" turns into the clause's negation ("we korten geen euro")
MINIMAL_AMOUNTS = frozenset({"euro", "cent", "stuiver", "dubbeltje", "eurocent"})
_LINKING_ADVERBS = frozenset({"dus", "ook", "zeker", "juist", "echt", "daarom", "uitdrukkelijk"})


_DIRECTION_OF_ACT = {"decrease": DOWN, "cut": DOWN, "increase": UP, "keep": KEEP}


def gapped_reach(words: list[str], k: int) -> tuple[int, int] | None:
    """The gapped conjunct that holds token k ("..., specialistische jeugdhulp niet", "..., het zwembad
    wel"): (its first token, its closer), or None. It takes the clause's verb, and its "niet" or "wel" only
    its own noun phrase (clauses.gapped_conjunct)."""
    comma = next((j for j in range(k, max(-1, k - GAP_REACH - 1), -1) if words[j] == ","), None)
    if comma is None or comma == k:
        return None
    if gapped_conjunct(words, comma + 1, Lexicon.shared().is_verb):
        end = next((j for j in range(comma + 1, len(words)) if words[j] in (".", ";", "!", "?", ",")), len(words))
        return comma + 1, end - 1
    return None


def _negation_reaches(op: Operator, a: int, b: int, words: list[str], span: tuple[int, int]) -> bool:
    lo, hi = span
    if words and (gap := gapped_reach(words, min(a, len(words) - 1))) is not None and words[gap[1]] != "evenmin":
        # a term of the gapped conjunct is negated by its own "niet" only: "..., de bibliotheek niet"; a
        # "wel" takes it out of the clause's negation: "De Wmo-hulp besteden we niet aan, de jeugdhulp wel"
        return words[gap[1]] == "niet" and op.start == gap[1]
    if words and op.words == "evenmin" and (gap := gapped_reach(words, op.start)) is not None and op.start == gap[1]:
        return False  # (the conjunct's "evenmin" repeats the clause's negation; it adds none of its own)
    if words and op.words == "niet" and (gap := gapped_reach(words, op.start)) is not None and op.start == gap[1]:
        return False  # the conjunct's "niet" does not reach the clause before it
    if op.start > lo and op.words == "niet" and (words[op.start - 1] in _COORDINATORS or (
            # "en dus niet bij de jeugdzorg", "en zeker niet ..."
            op.start - 1 > lo and words[op.start - 1] in _LINKING_ADVERBS and words[op.start - 2] in _COORDINATORS)):
        # "in de pedagogische basis en niet in de jeugdzorg": only what follows
        return op.end <= a < op.end + 4
    if op.words in EXCLUSIONS:
        # an exclusion takes the list it opens, not the act before it ("We stoppen met aanbesteden, met
        # uitzondering van het leerlingenvervoer"); a postposed "uitgezonderd" the words before it
        if op.words == "uitgezonderd" and (op.end >= len(words) or words[op.end] in (",", ".", ";", ")")):
            return op.start - NP_SCOPE - 1 <= a < op.start
        return a >= op.end
    if op.words in SENTENTIAL or op.end - op.start > 1:
        return True  # "niet", "van tafel", "is geen optie": the clause
    if op.words in ("geen", "zonder") and any(w in ("meer", "nog") for w in words[op.end:hi]):
        return True  # "geen jongere wordt meer gesloten geplaatst", "geen kind zit nog in ..."
    # "geen X", "zonder X": the noun phrase after it (and the term itself when it is the cue), and the
    # noun phrases coordinated with it ("zonder de jeugdgezondheidszorg en het onderwijs")
    if op.start <= a < op.end + NP_SCOPE or op.start < b <= op.end + NP_SCOPE:
        return True
    between = words[op.end:a]
    return op.words in ("geen", "zonder") and op.end <= a < op.end + 3 * NP_SCOPE and \
        any(w in ("en", "of") for w in between) and not any(w in _NP_BREAK for w in between)


# words that end a noun phrase list: a preposition, pronoun or verb-like word starts something else
_NP_BREAK = frozenset({"voor", "in", "op", "aan", "met", "bij", "naar", "uit", "door", "over", "om", "te", "die",
                       "dat", "we", "wij", "zij", "ze", "het college", "is", "zijn", "wordt", "worden", "kan",
                       "kunnen", "gaan", "gaat", "maar", "dan", "als", "via"})


_NOMINAL_OPS = frozenset({"afbouw", "ombouw", "uitbreiding", "sluiting", "stop", "korting", "verlaging", "bezuiniging",
                          "bezuinigingen", "ombuiging", "ombuigingen", "besparing", "besparingen", "vermindering",
                          "afschaffing", "beperking", "daling", "afname", "groei", "toename", "stijging",
                          "verhoging", "opheffing", "uittreding", "sloop", "reductie", "samenvoeging"})


def nominal_operator(words: str) -> bool:
    """Whether an operator is a noun of change ("verlaging", "afbouw"), which reaches what follows it."""
    return words in _NOMINAL_OPS



# nouns of capacity: "extra plaatsen", "minder bedden" move whatever the clause's places are of
# ("we realiseren twaalf extra plaatsen in de gesloten jeugdzorg", "... de capaciteit van de gesloten
# jeugdzorg uit met tien extra plaatsen")
CAPACITY = frozenset({"plaatsen", "plekken", "bedden", "capaciteit", "plaatsingen", "groepen", "locaties"})


MEANS_REACH = 4  # tokens after "door" that name the means of a later operator
_MEANS_WORDS = frozenset({"door", "te", "om"})


def _means_between(words: list[str], a: int, b: int) -> bool:
    """Only "door te" / "om te" between a negation and a directional operator: "niet door te snijden in
    de preventie" negates the cut."""
    return bool(words) and 0 < b - a <= 2 and all(w in _MEANS_WORDS for w in words[a:b])


# people named by where they come from: "jongeren uit de gesloten jeugdzorg" are not the closed care
PERSONS = frozenset({"jongeren", "kinderen", "jeugdigen", "gezinnen", "cliënten", "clienten", "jongvolwassenen",
                     "leerlingen", "ouders", "jongere", "kind", "jeugdige", "gezin", "cliënt", "client", "leerling"})
ORIGIN_PREPOSITIONS = frozenset({"uit", "vanuit"})
_ORIGIN_NP = frozenset({"de", "het", "een", "hun", "onze", "ons", "gesloten", "zware", "specialistische"})


def origin_of_persons(words: list[str], a: int) -> int | None:
    """The token of the person noun when the term at `a` names where those people come from
    ("gezinshuizen voor jongeren uit de gesloten jeugdzorg"), else None: a direction given to the
    people or to what is made for them does not reach where they come from."""
    k = a - 1
    while k >= 0 and words[k] in _ORIGIN_NP and a - k <= 3:
        k -= 1
    if k >= 1 and words[k] in ORIGIN_PREPOSITIONS and words[k - 1] in PERSONS:
        return k - 1
    if k >= 2 and words[k] in ORIGIN_PREPOSITIONS and words[k - 1] in ("afkomstig", "komend") \
            and words[k - 2] in PERSONS:
        return k - 2  # "jongeren afkomstig uit een JeugdzorgPlus-instelling"
    return None


# conversion verbs whose result follows "in" or "naar" rather than "tot"
CONVERTING = frozenset({"omgezet", "omzetten"})


def _reaches(op: Operator, a: int, b: int, targets: list[Operator], words: list[str] | None = None) -> bool:
    """Whether a directional operator applies to the term [a, b) in its clause."""
    if words and (person := origin_of_persons(words, a)) is not None and (op.start < person or op.start >= b):
        # "Het aantal gezinshuizen voor jongeren uit de gesloten jeugdzorg wordt uitgebreid", "We breiden
        # het aantal gezinshuizen voor jongeren uit de gesloten jeugdzorg uit"
        return False
    if op.start < b and a < op.end:
        return True  # the term holds the operator ("bezuinigingen op jeugdzorg")
    if op.words in ADJECTIVAL and op.end - op.start == 1 and words and op.end < len(words) \
            and words[op.end] in CAPACITY:
        lo, hi = (op.end, a) if op.end <= a else (b, op.start)
        return not any(lo <= t.start < hi for t in targets)
    if op.scope is not None and not (op.scope[0] <= a < op.scope[1] or op.scope[0] < b <= op.scope[1]):
        return False  # "we bouwen X af en kiezen voor Y": a new commitment ends the decrease's reach
    if op.words in ADJECTIVAL and op.end - op.start == 1:
        return op.end <= a < op.end + ADJ_SCOPE
    if nominal_operator(op.words):
        # a noun ("bezuinigingen op", "sluiting van", "afbouw van") reaches what follows it, not a
        # noun phrase before it ("de speelplekken ... dekken we met ombuigingen"); a bracket that glosses
        # the words before it is read in match.py (_Analysis._gloss_operator)
        return op.end <= a < op.end + 6
    lo, hi = (op.end, a) if op.end <= a else (b, op.start)
    # a target marker between a decrease and the term sends the term the other way ("naar", "door");
    # so does "tot" after a decrease: what it is turned into ("omgebouwd tot kleinschalige woongroepen")
    if op.category in ("decrease", "cut") and words and op.end <= a and "tot" in words[op.end:a]:
        return False
    if op.words in CONVERTING and words and op.end < a and words[op.end] in ("in", "naar"):
        return False  # "omgezet in gezinshuizen"
    if b <= op.start:
        # before the operator, "door" opens the means and what follows it closely is the means ("door
        # opvoedvragen in de wijk op te vangen terugdringen"); what stands before it is still the object
        # ("Kortdurende begeleiding door een aanbieder wordt de uitzondering"), and so is the object of the
        # means' own verb ("Door de bibliotheek te sluiten besparen we ...", "door de teams af te bouwen")
        own_verb = bool(words) and "te" in words[max(0, op.start - 1):op.end]
        return not any((t.start < a <= t.start + MEANS_REACH and not own_verb) if t.words == "door"
                       else lo <= t.start < hi for t in targets)
    return not any(lo <= t.start < hi for t in targets)


def read_polarity(operators: list[Operator], clause: Clause, a: int, b: int,
                  words: list[str] | None = None, span: tuple[int, int] | None = None) -> Polarity:
    """The polarity of the term at tokens [a, b), from the operators inside its clause.

    `span`: the tokens the clause covers with its continuation after an inserted clause (default: the
    clause); `words`: the passage's tokens (to read "geen ... meer", "en niet X").
    """
    lo, hi = span if span is not None else (clause.start, clause.end)
    words = words or []
    ops = [o for o in operators if lo <= o.start < hi]
    gap = gapped_reach(words, a) if words else None
    if gap is not None and gap[0] <= a and words[gap[1]] == "evenmin" and gap[0] >= lo + 2:
        # "Het zwembad sluiten we niet, en de bibliotheek evenmin": the conjunct says what the clause says
        return read_polarity(operators, clause, gap[0] - 2, gap[0] - 1, words, (lo, gap[0] - 1))
    if gap is not None and gap[0] <= a and words[gap[1]] in ("niet", "wel"):
        # a gapped conjunct takes the clause's act ("Het zwembad gaat dicht, de bibliotheek niet"): "niet"
        # turns it round for its own noun phrase, "wel" gives it whatever the clause before denied
        act = next((o for o in reversed(ops) if o.start < gap[0] and o.category in DIRECTIONAL), None)
        if act is not None:
            closer = Operator("negation", gap[1], gap[1] + 1, words[gap[1]])
            if words[gap[1]] == "wel":
                return Polarity(_DIRECTION_OF_ACT[act.category], act, cut=act.category == "cut")
            if act.category in ("decrease", "cut"):
                return Polarity(KEEP, closer, negated=True, choice_against=True)
            if act.category == "increase":
                return Polarity(KEEP, closer, negated=True)
            return Polarity(DOWN, closer, negated=True, ceased=True)
    targets = [o for o in ops if o.category == "target"]
    # contrast first: "in plaats van X" replaces X; "X vervangen door Y"; "Y vervangt X"
    for o in ops:
        if o.category == "contrast" and o.end <= a and (o.scope is None or a < o.scope[1]):
            # "in plaats van te bezuinigen op de bibliotheek": what is replaced is the cut, not the library
            end = o.scope[1] if o.scope is not None else hi
            if any(d.category in ("decrease", "cut") and o.end <= d.start < end for d in ops):
                # a decrease given up for something else is a choice against it: "In plaats van
                # gesloten plaatsen af te bouwen, breiden we ze uit"
                return Polarity(KEEP, o, negated=True, choice_against=True, explicit_choice=True)
            if any(d.category == "increase" and o.end <= d.start < end for d in ops):
                return Polarity(KEEP, o, negated=True)  # "in plaats van uit te breiden": not more
            return Polarity(DOWN, o, replaced=True)
        if o.category == "replace":
            if b <= o.start:
                return Polarity(DOWN, o, replaced=True)
            if o.end <= a:
                return Polarity(UP, o)
        if o.category == "replaces":  # active: "een centraal loket vervangt de wijkteams"
            if o.end <= a and "door" in words[o.end:a]:
                return Polarity(UP, o)  # what it is replaced by: "vervangen we die door kleine, open groepen"
            if o.end <= a:
                return Polarity(DOWN, o, replaced=True)
            if b <= o.start:
                return Polarity(UP, o)
    directional = [o for o in ops if o.category in DIRECTIONAL and _reaches(o, a, b, targets, words)]
    # a negation right before a directional operator reaches what that operator reaches: "geen
    # bezuinigingen op bibliotheek en zwembad"
    negations = [o for o in ops if o.category == "negation" and (
        (_negation_reaches(o, a, b, words, (lo, hi)) if words else True)
        or any(d.start in (o.end, o.end + 1) or _means_between(words, o.end, d.start) for d in directional)
        # "Op de bieb korten we geen euro", "Geen euro gaat er af van de bibliotheek": the least amount
        # negates the clause's change, wherever it stands; with no change in the clause it is only the
        # amount ("Wij geven geen euro uit boven het budgetplafond" keeps to the ceiling)
        or (directional and o.words == "geen" and o.end < min(hi, len(words)) and words[o.end] in MINIMAL_AMOUNTS))]
    # a double negation affirms: "Zonder de JGZ en het onderwijs richten we de teams niet in", "dat
    # doen we niet zonder de scholen": both are there
    # ("geen kind zit nog thuis zonder onderwijs": every child has it)
    if any(o.words == "zonder" for o in negations) and any(o.words in ("niet", "nooit", "geen") for o in negations) \
            and len({o.start for o in negations}) == 2:
        negations = []
    # "geen nieuwe aanbesteding", "een nieuwe aanbesteding komt er niet": no (new) tender at all,
    # not "no more than now"
    if negations:
        directional = [o for o in directional if o.words not in ("nieuwe", "nieuw")]
    # "geen ... meer", "niet meer": the "meer" belongs to the negation
    negators_before = [n.start for n in ops if n.category == "negation"]
    meer_of_negation = [o for o in directional if o.words == "meer" and any(s < o.start for s in negators_before)]
    directional = [o for o in directional if o not in meer_of_negation]
    op = min(directional, key=lambda o: (o.start > b, min(abs(o.start - a), abs(o.end - b)))) if directional else None
    cut = op is not None and op.category == "cut"
    if negations:
        # the negation that takes the term itself ("zonder onderwijs") before one over the clause
        near = [o for o in negations if words and not (o.words in SENTENTIAL or o.end - o.start > 1)
                and (o.start <= a < o.end + NP_SCOPE)]
        neg = min(near or negations, key=lambda o: abs(o.start - a))
        if neg.words in EXCLUSIONS:
            return _excepted_polarity(neg, op, ops)
        ceased = neg.words in CEASING or (neg.words not in ("zonder",) and words and neg.end < len(words) and (
            words[neg.end] in ("meer", "langer") or (neg.words == "geen" and "meer" in words[neg.end:hi])))
        if op is None:
            return Polarity(DOWN, neg, negated=True, ceased=ceased)
        if op.category in ("decrease", "cut"):
            return Polarity(KEEP, neg, negated=True, choice_against=True)
        if op.category == "increase":
            return Polarity(KEEP, neg, negated=True)
        return Polarity(DOWN, neg, negated=True, ceased=True)  # a negated keep: "we behouden X niet"
    if op is None:
        return Polarity(NEUTRAL, None)
    value = {"decrease": DOWN, "cut": DOWN, "increase": UP, "keep": KEEP}[op.category]
    return Polarity(value, op, cut=cut)


def _excepted_polarity(excl: Operator, op: Operator | None, ops: list[Operator]) -> Polarity:
    """What an exclusion leaves its list: not the clause's act. An exclusion is no "geen": "We bouwen alle
    groepen om tot woonvormen, behalve de gesloten groep" does not phase the closed group out, it leaves it
    as it is; "We bezuinigen op alles, behalve de bibliotheek" spares the library. The act is the one that
    reaches the term or else the clause's last act before the exclusion (past a "tot": what everything
    else is turned into); with no act the excepted words get no direction."""
    act = op if op is not None else next(
        (o for o in reversed(ops) if o.start < excl.start and o.category in DIRECTIONAL), None)
    if act is None:
        return Polarity(NEUTRAL, excl, negated=True)
    if act.category in ("decrease", "cut"):
        return Polarity(KEEP, excl, negated=True, choice_against=True)
    if act.category == "increase":
        return Polarity(KEEP, excl, negated=True)
    return Polarity(DOWN, excl, negated=True, ceased=True)  # "alles blijft, behalve X": X does not stay


def polarity_ok(required: str, p: Polarity) -> bool:
    """Whether polarity `p` is what a matcher requires (rules: any, up, down, not_down, keep, cut)."""
    if required == "any":
        return True
    if p.setting:
        return False
    if p.averted:
        # a negated harm is the item's goal, whichever way the aspect's words go (harm.py)
        return required in ("up", "not_down", "keep")
    if required == "not_down":
        # "geen uitbreiding van het sociaal team" keeps it as it is: no strengthening either
        return p.value != DOWN and not (p.negated and p.value == KEEP and not p.choice_against)
    if required == "cut":
        return p.value == DOWN and p.cut
    if required == "down":
        # a negated opposite is a commitment in the item's direction: "er komen geen extra gesloten
        # plekken" (CODEBOOK, hard cases)
        return p.value == DOWN or (p.value == KEEP and p.negated and not p.choice_against)
    if required == "spared":
        return p.value == KEEP and p.choice_against  # "op de wijkteams bezuinigen we niet"
    return p.value == required


# a short clause that refuses what the sentence before it proposed: "Wij hebben overwogen om in te
# zetten op de afbouw van de gesloten jeugdzorg, maar kiezen daar nadrukkelijk niet voor"
_REFUSING_VERBS = frozenset({"kiezen", "kiest", "kozen", "besluiten", "besloten", "doen", "doet", "gaan", "gaat",
                             # a plan not supported: "Dat plan steunen we niet"
                             "steunen", "steunt", "ondersteunen", "ondersteunt",
                             # what is not continued ends: "Die constructie wordt niet verlengd", "Dat contract
                             # verlengen we niet"
                             "verlengen", "verlengt", "verlengd", "voortgezet", "continueren", "gecontinueerd"})
# (a demonstrative noun phrase points back too: "Aan die aanbesteding doen wij niet mee")
_BACK = frozenset({"daar", "daarvoor", "ervoor", "dat", "dit", "die", "deze", "hiervoor", "daaraan", "hieraan", "er"})
ADOPTING_VERBS = frozenset({"nemen", "neemt", "namen"})  # with "over": adopt a proposal
# who "die"/"deze" may name instead of pointing back: "deze aanbieders doen niet mee"
_PARTIES = frozenset({"aanbieders", "gemeenten", "buurgemeenten", "regiogemeenten", "partijen", "fracties", "scholen",
                      "organisaties", "instellingen", "partners", "aanbieder", "gemeente", "partij", "school"})
REFUSAL_MAX = 8  # tokens


def refusal_after(words: list[str], clauses: list[Clause], index: int) -> str | None:
    """The words of a later clause of the passage that refuses clause `index`'s proposal, or None:
    a choice or act verb with a word pointing back and "niet" ("maar kiezen daar niet voor", "maar
    doen dat niet"), or "zien daarvan af"."""
    for j in range(index + 1, len(clauses)):
        c = clauses[j]
        if c.role not in ("contrast", "coordinate", "main") or c.end - c.start > REFUSAL_MAX:
            continue
        if _refuses(words[c.start:c.end]) and not _anticipates(words, clauses, j):
            return " ".join(words[c.start:c.end]).strip(" .:")
    return None


def _anticipates(words: list[str], clauses: list[Clause], j: int) -> bool:
    """Whether clause j's "er ... voor" points ahead at the clause after it, not back: "Wij kiezen er
    niet voor om de wijkteams af te bouwen" refuses what follows, not what came before."""
    nxt = clauses[j + 1] if j + 1 < len(clauses) else None
    return nxt is not None and words[nxt.start] in ("om", "dat") and nxt.start == clauses[j].end


def refusal_opening(words: list[str], clauses: list[Clause]) -> str | None:
    """The words of a sentence that opens by refusing what the sentence before it proposed: "De vorige
    coalitie wilde de lichte hulp afbouwen. Wij kiezen daar nadrukkelijk niet voor: ..." (its first
    clause, short, pointing back)."""
    if not clauses:
        return None
    c = clauses[0]
    if c.end - c.start > REFUSAL_MAX or not _refuses(words[c.start:c.end]) or _anticipates(words, clauses, 0):
        return None
    return " ".join(words[c.start:c.end]).strip(" .:")


# what may follow a refusing "niet": the particle of the pointing adverb ("daar ... niet voor", "daar ...
# niet in mee") or the end; anything else says how it is done ("Dat doen we niet in één keer",
# "niet zonder de regio", "niet overhaast", "niet alleen")
_AFTER_NOT = frozenset({"voor", "in", "mee", "aan", "toe", "over", "op", "meer", "langer", ".", ",", ";", ":", "!"})
_WANTING = frozenset({"willen", "wil"})
# (a participle of not continuing may follow the "niet" of a passive: "Die constructie wordt niet verlengd")
_NOT_CONTINUED = frozenset({"verlengd", "voortgezet", "gecontinueerd"})


def _refuses(piece: list[str]) -> bool:
    """A choice or act verb with a word pointing back and a final "niet" ("kiezen daar niet voor",
    "doen dat niet", "Hier kiezen wij niet voor", "Dat willen wij niet"), a proposal not adopted ("dat
    voorstel nemen wij niet over"), "Dat is voor ons geen optie", or "zien daarvan af"."""
    if _BACK.isdisjoint(piece) and "hier" not in piece:
        return False
    if _BACK.isdisjoint(w for w in piece if w not in ("die", "deze")) and "hier" not in piece and \
            any(w in ("die", "deze") and piece[k + 1:k + 2] and piece[k + 1] in _PARTIES for k, w in enumerate(piece)):
        return False  # a determiner of others, not a pointer: "maar deze aanbieders doen niet mee"
    if "niet" in piece:
        k = len(piece) - 1 - piece[::-1].index("niet")
        if any(w not in _AFTER_NOT and w not in _NOT_CONTINUED for w in piece[k + 1:]):
            return False
        if piece[k + 1:k + 2] == ["over"] and not {"gaan", "gaat"}.isdisjoint(piece):
            return False  # "daar gaan wij niet over": not ours to decide (deferral._not_ours), no refusal
        if not _REFUSING_VERBS.isdisjoint(piece) or not _WANTING.isdisjoint(piece) or \
                ("over" in piece and not ADOPTING_VERBS.isdisjoint(piece)) or ("keuze" in piece and "maken" in piece):
            return True
    if piece[-3:-1] == ["geen", "optie"] or piece[-2:] == ["geen", "optie"]:
        return True
    return "af" in piece and ("zien" in piece or "ziet" in piece) and \
        any(w in ("daarvan", "ervan", "hiervan") for w in piece)


def negate(p: Polarity) -> Polarity:
    """What a statement's polarity becomes when it is refused or listed as not done ("Wat we niet
    doen: opnieuw aanbesteden"): a refused increase keeps things as they are, a refused decrease is a
    choice against it, a refused thing or keep is taken away."""
    if p.negated:
        return p
    if p.value == UP:
        return Polarity(KEEP, p.cue, negated=True)
    if p.value == DOWN:
        return Polarity(KEEP, p.cue, negated=True, choice_against=True, explicit_choice=True)
    return Polarity(DOWN, p.cue, negated=True, explicit_choice=True)



def negated_cease(operators: list[Operator], end: int) -> bool:
    """Whether the statement up to token `end` negates a decrease: a negation inside the decrease's words
    or right before them ("We zetten die niet stop", "Die bouwen we niet af"). What it takes up is then
    kept, not refused (KEEP with choice_against, as read_polarity reads a negated decrease in one
    sentence)."""
    negations = [op.start for op in operators if op.category == "negation" and op.start < end]
    return any(op.category == "decrease" and op.start < end and any(op.start <= n < op.end or 0 < op.start - n <= 2
                                                                     for n in negations)
               for op in operators)
