"""Clause scope: a passage's tokens cut into clauses, each with its role and the clause it hangs on.

A cue speaks for its clause: "we onderzoeken X; we stoppen met Y" studies X and stops Y, and
"we versterken de teams, zodat kinderen niet naar de jeugdzorg hoeven" negates only the
purpose clause. So commitment, hedges, study verbs and negation are read per clause, and a
clause without a cue of its own takes what the clause it depends on says ("we zorgen ervoor
*dat* jongeren ... krijgen": the commitment is the main clause's).

Boundaries, on the folded tokens of nlp.TokenView:
- ";" and a spaced dash end a clause; what follows is a new main clause;
- ":" opens an elaboration ("Er komt één toegang: het Team ...") that hangs on what precedes;
- "(" ... ")" and "[" ... "]" are parentheticals;
- a subordinator ("dat", "omdat", "zodat", "als", "wanneer", "om ... te", "die", "waar", ...)
  after a comma, or one that can only be a subordinator ("omdat", "zodat", "terwijl"), opens a
  dependent clause; one that opens the sentence ("Als ouders schulden hebben, ...") is a fronted
  dependent clause that hangs on the clause after its comma;
- "maar", "echter" and "en"/"of" before a new subject (or after a comma) open a coordinate clause.
A dependent clause runs to the next comma or boundary.
"""
from __future__ import annotations

from dataclasses import dataclass

from checker.lexicon import Lexicon

_RELATIVE_STOPS = frozenset({",", ":", ";", ".", "(", "!", "?"})


_ONLY_BEFORE_IF = frozenset({"alleen", "enkel", "uitsluitend", "pas", "maar"})
# particles of separable verbs that may stand between "alleen" and "als": "bieden we alleen aan als ..."
SEPARABLE_PARTICLES = frozenset({"aan", "af", "op", "uit", "in", "mee", "toe", "door", "bij", "terug", "voort"})


_CONDITION_SUBJECTS = frozenset({"het", "de", "er", "dat", "dit"})
# an "als" of reaching an age is a time, not a condition: "We beëindigen de jeugdhulp als jongeren 18 jaar worden"
_AGE_WORDS = frozenset({"jaar", "meerderjarig", "volwassen", "achttien", "18e", "oud"})
_CLAUSE_END = frozenset({".", ";", ":", ",", "!", "?"})


def _postposed_condition(words: list[str], i: int, is_verb) -> bool:
    """"als" + a subject + a finite verb that ends the clause ("als het Rijk daarvoor de middelen geeft",
    "als er geld is"): a condition clause even without a comma before it."""
    if i + 3 >= len(words) or words[i + 1] not in _CONDITION_SUBJECTS:
        return False
    if "zo" in words[max(0, i - 3):i] or "even" in words[max(0, i - 3):i] or words[i - 1].endswith("er"):
        return False  # a comparison: "zo snel als het kan", "even goed als", "beter als"
    if words[i - 1] in ("ook", "zelfs", "juist", "pas") or is_verb(words[i - 1]):
        # "ook als het Rijk zijn bijdrage verlaagt" (even if); "bepaalt wanneer de hulp stopt" (a question)
        return False
    end = next((j for j in range(i + 2, min(len(words), i + 14)) if words[j] in _CLAUSE_END), None)
    if end is None or end < i + 3:
        return False
    if any(w.isdigit() or w in _AGE_WORDS for w in words[i + 1:end]):
        return False
    return is_verb(words[end - 1]) and words[end - 2] not in NOUN_BEFORE


def _relative_without_comma(words: list[str], i: int, is_verb) -> bool:
    """"die" after a noun opening a clause that ends, at the next colon, semicolon or full stop within
    a dozen words, in a verb ("de problemen die vaak achter de hulpvraag van een kind zitten"): a relative clause, not
    a demonstrative ("die gezinnen"), nor the pronoun that opens a main clause ("Die pakken we op")."""
    prev = words[i - 1]
    if not prev.isalpha() or prev in NOUN_BEFORE or prev in POSSESSIVES or is_verb(prev) or \
            prev in ("en", "of", "maar", "dat", "die", "als", "ook", "niet", "wel", "alle", "voor"):
        return False
    if i + 1 >= len(words) or is_verb(words[i + 1]) and words[i + 2:i + 3] in (["we"], ["wij"]):
        return False
    for j in range(i + 2, min(len(words), i + 14)):
        if words[j] in _RELATIVE_STOPS:
            # (one that a comma closes is read with the clause it was inserted in, as before: "Jongeren
            # die jeugdhulp krijgen, kunnen ...")
            return words[j] != "," and is_verb(words[j - 1])
    return False


# subordinators and the role of the clause they open
SUBORDINATORS = {
    "dat": "complement", "of": "complement", "hoe": "complement", "wie": "complement", "welke": "complement",
    "omdat": "reason", "doordat": "reason", "aangezien": "reason", "want": "reason",
    "zodat": "purpose", "opdat": "purpose", "om": "purpose",
    "als": "condition", "indien": "condition", "wanneer": "condition", "mits": "condition", "tenzij": "condition",
    "zodra": "time", "voordat": "time", "nadat": "time", "totdat": "time", "tot": "time", "sinds": "time",
    "zolang": "condition",
    "terwijl": "contrast", "hoewel": "concession", "ofschoon": "concession",
    "die": "relative", "waar": "relative", "waarin": "relative", "waarmee": "relative", "waarbij": "relative",
    "waardoor": "relative", "waarvoor": "relative", "waarop": "relative", "waarvan": "relative",
    "waaraan": "relative", "wat": "relative",
}
# words that open a dependent clause even without a comma before them
ALWAYS_SUBORDINATE = frozenset({"omdat", "doordat", "zodat", "opdat", "terwijl", "hoewel", "tenzij", "mits",
                                "aangezien", "zodra", "nadat", "totdat", "zolang"})
# a fronted dependent clause ("Als ouders schulden hebben, pakt het team ...")
FRONTED = frozenset({"als", "indien", "wanneer", "omdat", "doordat", "zodra", "zolang", "voordat", "nadat", "hoewel",
                     "terwijl", "tenzij", "mits", "waar", "om", "zodat", "nu", "aangezien", "of", "zoals"})
# verbs after which "of" asks whether ("we onderzoeken of ..."), not "or" ("die jeugdhulp krijgen of
# in een gezinshuis wonen")
WHETHER_VERBS = frozenset({
    "onderzoeken", "onderzoekt", "onderzocht", "bekijken", "bekijkt", "bezien", "beziet", "kijken", "kijkt",
    "nagaan", "gaan", "besluiten", "besluit", "beslissen", "beslist", "bepalen", "bepaalt", "weten", "weet",
    "vragen", "vraagt", "afwegen", "verkennen", "verkent", "toetsen", "toetst", "beoordelen", "beoordeelt",
    "evalueren", "evalueert", "uitzoeken", "zoeken", "onderzoek", "peilen", "nagegaan", "bezinnen", "twijfelen",
})
# nouns that ask whether after an article: "De vraag of verlengde jeugdhulp tot 23 jaar mogelijk is,
# leggen we voor" (not "bij elke vraag of zorg": "or")
WHETHER_NOUNS = frozenset({"vraag", "afweging", "discussie", "beslissing", "twijfel"})
# adverbs that the lexicon also knows as verb forms ("pas" of "passen", "weer" of "weren")
ADVERB_HOMOGRAPHS = frozenset({"pas", "eens", "net", "weer"})


def _restricts(words: list[str], k: int) -> bool:
    """"maar alleen als ...": not a contrast but a condition on the clause before it."""
    return k < len(words) and words[k] == "maar" and words[k + 1:k + 2] in (["alleen"], ["enkel"], ["uitsluitend"], ["pas"]) \
        and words[k + 2:k + 3] in (["als"], ["wanneer"], ["indien"])


# conditions that may open after "en"/"maar" and govern the clause after their comma
COORDINATED_CONDITIONS = frozenset({"als", "indien", "wanneer", "zodra", "zolang", "mits", "tenzij"})


def _attributive(words: list[str], j: int) -> bool:
    """A present participle before its noun is an adjective, no verb: "vaste, sluitende afspraken"."""
    return words[j].endswith("ende") and j + 1 < len(words) and words[j + 1].isalpha()


def _coordinated_condition(words: list[str], i: int, clause_has_verb: bool, fronted_end: int | None,
                           is_verb) -> int | None:
    """The comma that ends a condition opened after "en"/"maar" ("..., en als de provincie meebetaalt,
    komt er ..."), when the clause before had its verb and a finite verb follows that comma; else None."""
    # (after a comma the conjunction has opened its clause already: "..., maar als ...")
    if words[i] not in ("en", "maar") or fronted_end is not None or not (clause_has_verb or words[i - 1] == _COMMA):
        return None
    if i + 1 >= len(words) or words[i + 1] not in COORDINATED_CONDITIONS:
        return None
    end = _fronted_end(words, i + 1, is_verb)
    if end is None or end + 1 >= len(words) or not (words[end + 1] == "dan" or is_verb(words[end + 1])):
        return None
    return end


COORDINATORS = {"en": "coordinate", "of": "coordinate", "maar": "contrast", "echter": "contrast",
                "dus": "coordinate", "doch": "contrast", "daarnaast": "coordinate", "bovendien": "coordinate"}
SUBJECTS = frozenset({"we", "wij", "ik", "ze", "zij", "hij", "het college", "de gemeente", "de coalitie", "u",
                      "er", "dat", "dit", "die"})
# words after "dat" that show it is a pronoun or determiner ("dat budget", "dat is"), not a conjunction
_DAT_NOT_CONJ = frozenset({"is", "was", "zijn", "waren", "wordt", "werd", "kan", "moet", "zal", "betekent", "geldt",
                           "vraagt", "doen", "doet", "heeft", "blijft", "gaat", "willen", "wil", "vinden", "vindt",
                           "zien", "ziet", "bouwen", "pakken", "pakt", "lost", "lossen", "brengt", "maakt",
                           "geld", "budget", "plafond", "bedrag", "plan", "geval", "team", "signaal", "gesprek",
                           "moment", "soort", "doel", "deel", "werk", "jaar", "laatste", "zelfde"})
_COMMA = ","
# words that open a new subject after a comma ("..., het wijkteam pakt ...", "..., we investeren ...")
_NEW_SUBJECT = frozenset({"het", "de", "een", "we", "wij", "ze", "zij", "elk", "elke", "ieder", "iedere", "alle",
                          "inwoners", "ouders", "jongeren", "kinderen", "scholen", "gezinnen"})
_PUNCT_BREAK = frozenset({";", "–", "—"})
# the words split_clauses reads as openers of a clause (the rest of a clause's words only tells
# whether it has its verb)
_CLAUSE_WORDS = ALWAYS_SUBORDINATE | {"en", "maar", "als", "wanneer", "indien", "of", "hoe", "welke", "wie",
                                      "waarom", "echter", "doch", "dat", "om", "die"}
_PREPOSITIONS = frozenset({"over", "van", "voor", "met", "bij", "naar", "aan", "op", "in", "door", "zonder", "tegen",
                           "rond", "rondom", "uit"})
# a word after these is a noun ("de vragen", "over slapen"), not the clause's verb
NOUN_BEFORE = frozenset({"de", "het", "een"}) | _PREPOSITIONS
# (after these a noun-verb homograph is the noun: "over hun rol", "onze plannen")
POSSESSIVES = frozenset({"hun", "zijn", "haar", "onze", "ons", "uw", "mijn", "deze", "dit", "elke", "ieder", "iedere"})


@dataclass(frozen=True)
class Clause:
    start: int  # token index, inclusive
    end: int  # exclusive
    role: str  # main | elaboration | paren | coordinate | contrast | complement | reason | purpose |
    #            condition | time | concession | relative
    opener: str  # the word or sign that opened it ("" for the first)
    parent: int | None  # index of the clause it hangs on (None for a main clause)
    group: int = -1  # the clause this one continues after an inserted clause ("Het dorpshuis, waar
    #                  ouderen samenkomen, blijft open": one clause in two pieces); -1: itself

    @property
    def dependent(self) -> bool:
        return self.role not in ("main", "coordinate", "contrast")


def _is_punct(w: str) -> bool:
    return bool(w) and not any(ch.isalnum() for ch in w)


_AS_SUBJECTS = frozenset({"we", "wij", "ik"})


def _as_role(words: list[str], start: int, is_verb) -> bool:
    """"Als gemeente zorgen we ervoor dat ..., zodat ...": "als" + a role ("as the municipality") that
    the main clause's finite verb and its subject follow at once; no condition, whatever comma comes
    later. A condition has its own verb before the verb of the main clause ("Als het nodig is,
    zetten we ...", "Als ouders schulden hebben, pakken we ...")."""
    if words[start] != "als":
        return False
    for k in range(start + 2, min(len(words), start + 7)):
        if words[k - 1] in (_COMMA, ":", ";") or words[k] in (_COMMA, ":", ";"):
            return False
        if words[k] in _AS_SUBJECTS and is_verb(words[k - 1]) and k - 1 > start + 1:
            nouns = Lexicon.shared().nouns  # (a role noun the tables also read as a verb: "gemeente")
            return not any(is_verb(w) and w not in nouns for w in words[start + 1:k - 1])
    return False


def _fronted_end(words: list[str], start: int, is_verb) -> int | None:
    """The comma that ends a dependent clause opening at `start` ("Als ouders schulden hebben, ...").

    "Als gemeente zorgen we ..." is "as", not "if": a fronted clause needs its comma, and the main
    clause after it opens with its finite verb ("Als ouders schulden hebben, hun baan kwijt zijn ...,
    pakt het team dat aan") or with "dan"."""
    n = len(words)
    if _as_role(words, start, is_verb):
        return None
    commas = [i for i in range(start + 3, n) if words[i] == _COMMA]
    stop = next((i for i in range(start, n) if words[i] in _PUNCT_BREAK or words[i] == ":"), n) if start else n
    commas = [i for i in commas if i < stop]
    ends = [i for i in commas if i + 1 < n and (words[i + 1] == "dan" or is_verb(words[i + 1]))]
    return ends[0] if ends else (commas[0] if commas else None)


# what opens a phrase inserted between commas ("breidt Kalkhoven, samen met de regio, de ... uit")
_INSERT_OPENERS = frozenset({"samen", "met", "net", "zoals", "naast", "in", "op", "binnen", "vanaf", "vanuit", "onder"})


COMPANION_REACH = 8  # words of "samen met ..." between a verb of asking and its "hoe"


def _after_companion(words: list[str], i: int, is_verb) -> bool:
    """Whether "hoe"/"welke" at i follows a verb of asking and, between them, only the phrase of those it
    asks with: "We onderzoeken samen met het samenwerkingsverband hoe ...", "bekijkt met de scholen welke ..."."""
    for j in range(i - 2, max(-1, i - COMPANION_REACH - 1), -1):
        if words[j] in WHETHER_VERBS:
            between = words[j + 1:i]
            if between[:1] == ["we"] or between[:1] == ["wij"]:
                between = between[1:]
            return bool(between) and (between[0] == "met" or between[:2] == ["samen", "met"]
                                      or between[:3] == ["in", "overleg", "met"]) \
                and not any(is_verb(w) or w in (",", ";", ":") for w in between)
    return False


def _closes_insert(words: list[str], start: int, i: int, is_verb) -> bool:
    """Whether the comma at `i` closes a verbless phrase inserted after an earlier comma of the clause
    opening at `start`, in a clause that has its finite verb: "Daarom breidt Kalkhoven, samen met de
    regio, de gesloten jeugdzorglocatie uit": the clause goes on after it."""
    before = next((j for j in range(i - 1, start, -1) if words[j] == _COMMA), None)
    if before is None or before + 1 >= i or words[before + 1] not in _INSERT_OPENERS:
        return False
    return not any(is_verb(w) for w in words[before + 1:i]) and any(is_verb(w) for w in words[start:before])


def _fronted_infinitive(words: list[str], start: int, i: int, is_verb) -> bool:
    """Whether the clause opening at `start` is, up to `i`, a fronted infinitive phrase: its verb first
    and no subject ("Bezuinigen op de bibliotheek en het zwembad doen we niet"), so that an "en" in it
    joins its objects, not two clauses."""
    return start == 0 and is_verb(words[0]) and words[0] not in _FINITE_FIRST and \
        SUBJECTS.isdisjoint(words[start:i]) and not any(is_verb(w) for w in words[start + 1:i])


# finite verbs that may open a sentence (a question, an imperative, "Komt er ..."): no fronted infinitive
_FINITE_FIRST = frozenset({"is", "zijn", "komt", "komen", "wordt", "worden", "gaat", "blijft", "heeft", "kan", "moet",
                           "zal", "wil"})


_POINTING = frozenset({"daar", "dat", "dit", "hier"})


def _fronted_that_end(words: list[str], is_verb) -> int | None:
    """The comma that ends a fronted "dat"-clause: one after the clause's verb, followed by the main
    clause's finite verb ("..., vinden we belangrijk") or a word that takes the clause up and then a
    verb ("..., daar zorgen we voor")."""
    stop = next((i for i in range(1, len(words)) if words[i] in _PUNCT_BREAK or words[i] == ":"), len(words))
    for i in range(3, stop - 1):
        if words[i] != _COMMA or not is_verb(words[i - 1]):
            continue
        after = words[i + 1]
        if is_verb(after) or (after in _POINTING and i + 2 < stop and is_verb(words[i + 2])):
            return i
    return None


SHORT_INSERT = 3  # tokens inside brackets that the clause around them goes on after ("€ [PM] miljoen")


def _short_insert(words: list[str], opened: int, closing: int) -> bool:
    """A short bracketed insertion without a verb, which the clause goes on after: "binnen een
    budgetplafond van € [PM] miljoen, dat ...", "we investeren € 2 miljoen (structureel) in ..."."""
    inside = words[opened + 1:closing]
    return 0 < len(inside) <= SHORT_INSERT and all(w not in (",", ";", ":") for w in inside)


def _example(inside: list[str], is_verb) -> bool:
    """The words after ", zoals" name an example ("subsidiëren", "de wijkteams"), not a comparison
    with a verb of its own ("zoals de raad vroeg", "zoals afgesproken")."""
    def verbal(w: str) -> bool:  # (a participle too: "afgesproken", "gevraagd")
        return is_verb(w) or (len(w) > 5 and "ge" in w[:5] and w.endswith(("en", "d", "t")))

    return all(not verbal(w) or (w.endswith("en") and "ge" not in w[:5] and k == 0) for k, w in enumerate(inside))


def _infinitive_phrase(piece: list[str]) -> bool:
    """A te-infinitive phrase without a subject of its own ("in plaats van het zwembad te sluiten")."""
    return "te" in piece[:-1] and SUBJECTS.isdisjoint(piece)


# the subject of a comparison clause after ", zoals" ("zoals we dat deden", "zoals de raad vroeg")
_COMPARED_SUBJECTS = frozenset({"we", "wij", "het", "de", "dat", "die", "ook", "eerder", "afgesproken",
                                # (or a time or agent before its verb: "zoals in de vorige periode werd
                                # voorgesteld", "zoals door de raad gevraagd")
                                "in", "door", "al", "destijds", "toen"})

EXAMPLE_OPENERS = frozenset({"zoals", "bijvoorbeeld", "waaronder", "inclusief"})


def _bracketed_example(words: list[str], opened: int, closing: int, is_verb) -> bool:
    """A bracket that names examples, which the clause goes on after as after ", zoals": "het aantal
    jeugdigen met een lichte indicatie (zoals ambulante begeleiding) substantieel verlagen"."""
    inside = words[opened + 1:closing]
    return len(inside) > 1 and inside[0] in EXAMPLE_OPENERS and _example(inside[1:], is_verb)


ZOALS_REACH = 6  # tokens of an example inserted after ", zoals"
# (not a need: "Waar scholen en jeugdhulp elkaar nodig hebben, maken we vaste afspraken")
_WAAR_CONDITION = frozenset({"willen", "wil", "wensen", "wenst", "kan", "kunnen", "mogelijk", "toelaat", "toelaten",
                             "gewenst", "openstaan", "openstaat"})


_DASHES = frozenset({"–", "—"})
_SENTENCE_END = frozenset({".", "!", "?", ";"})


def _paired_dashes(words: list[str]) -> dict[int, str]:
    """Two dashes in one sentence enclose an insertion, as brackets do: "het hele palet aan zorg – van
    eetstoornisbehandeling tot jeugdbescherming – blijft beschikbaar" goes on after the second one. A
    single dash still breaks the statement (`_PUNCT_BREAK`)."""
    out: dict[int, str] = {}
    open_at = None
    for k, w in enumerate(words):
        if w in _SENTENCE_END:
            open_at = None
        elif w in _DASHES:
            if open_at is None:
                open_at = k
            else:
                out[open_at], out[k] = "(", ")"
                open_at = None
    return out


# verb stems that an agreement writes only as nouns (a first person singular it does not use): "werk",
# "steun", "overleg"
NOUN_HOMOGRAPHS = frozenset({"werk", "steun", "overleg", "plan", "antwoord", "gebruik"})


# the word that closes a gapped conjunct: "..., X niet", "..., Y wel", "..., Z ook", "..., en Z evenmin"
_GAP_CLOSERS = frozenset({"niet", "wel", "ook", "evenmin"})
GAP_REACH = 5  # words of a gapped conjunct, with its closer


def gapped_conjunct(words: list[str], start: int, is_verb) -> bool:
    """Whether the words from `start` to the sentence's end are a gapped conjunct: a short noun phrase
    without a verb, closed by "niet", "wel", "ook" or "evenmin" ("..., specialistische jeugdhulp niet",
    "..., het zwembad wel", "..., en de bibliotheek evenmin"), whose verb is the clause before's (it shares that clause: polarity reads its closer's
    reach, `polarity.gapped_reach`)."""
    end = next((j for j in range(start, len(words)) if words[j] in _SENTENCE_END or words[j] == _COMMA), len(words))
    piece = words[start:end]
    if piece[:1] == ["en"] and piece[-1:] == ["evenmin"]:
        piece = piece[1:]  # "..., en de bibliotheek evenmin"
    if not 2 <= len(piece) <= GAP_REACH or piece[-1] not in _GAP_CLOSERS:
        return False
    # (a participle after an article is an adjective, and a plural noun may be a verb's form too: "..., de
    # gesloten plaatsen wel"; not a finite verb of its own, "..., het zwembad sluit niet")
    nominal = piece[0] in ("de", "het", "een")
    return all(w.isalpha() and w not in _GAP_CLOSERS and w not in _GAP_PRONOUNS
               and (not is_verb(w) or (k > 0 and piece[k - 1] in NOUN_BEFORE) or (nominal and k > 0 and w[-1] != "t"))
               for k, w in enumerate(piece[:-1])) and piece[0] not in COORDINATORS and piece[0] not in SUBORDINATORS


_GAP_PRONOUNS = frozenset({"dat", "dit", "die", "deze", "ze", "zij", "we", "wij", "er", "hij", "ik", "u"})


def split_clauses(words: list[str], is_verb=None) -> list[Clause]:
    """The clauses of one passage, in order; every token belongs to exactly one.

    `is_verb(word)` (lexicon.Lexicon.is_verb) tells where a dependent clause's verb has come: Dutch
    puts it last, so a comma before it is inside the clause ("om lichte, ambulante hulp terug te
    dringen"), and a comma followed by a verb ends a fronted clause ("Als ..., pakt het team ...").
    """
    n = len(words)
    if n == 0:
        return []
    if is_verb is None:
        from checker.lexicon import Lexicon

        is_verb = Lexicon.shared().is_verb
    # (start, role, opener) of each clause
    starts: list[tuple[int, str, str]] = [(0, "main", "")]
    open_dependent = False  # inside a dependent clause that a comma will close
    verb_seen = False  # the open dependent clause has had its verb
    fronted_end: int | None = None  # the comma that ends a fronted dependent clause
    fronted = False  # the first clause is a fronted dependent one
    colon_fronted: list[int] = []  # where a fronted clause opens after a colon
    coordinated_fronted: list[int] = []  # where one opens after "en"/"maar" (_coordinated_condition)
    verbless_before_paren = False  # the clause a parenthesis opened in had no verb yet
    resumed = 0
    resumed_coord = 0
    paren_depth = 0
    first = words[0]
    # ("Waar mogelijk bouwen we ... af": an adverb before the verb, not a fronted clause)
    if first in FRONTED and n > 3 and not (first == "waar" and words[1] in ("mogelijk", "nodig")):
        fronted_end = _fronted_end(words, 0, is_verb)
        # (a fronted "waar" of wish or possibility is a condition: "Waar schoolbesturen dat willen, sluit
        # het jeugdteam aan"; one of fact contrasts: "Waar andere gemeenten samen blijven inkopen, kopen
        # wij zelf in")
        role = "condition" if first == "waar" and fronted_end is not None and \
            not _WAAR_CONDITION.isdisjoint(words[1:fronted_end]) else (
                "comparison" if first == "zoals" else SUBORDINATORS.get(first, "condition"))
        if fronted_end is not None:
            starts[0] = (0, role, first)
            fronted = True
    elif first == "dat" and n > 3 and not is_verb(words[1]) and (end := _fronted_that_end(words, is_verb)) is not None:
        # "Dat de jeugdhulp binnen de begroting blijft, vinden we belangrijk": a subject or object clause
        # fronted, which commits through the main clause after its comma (not the pronoun "Dat doen we")
        fronted_end = end
        starts[0] = (0, "complement", first)
        fronted = True
    i = 1
    clause_has_verb = is_verb(words[0])
    last_start = 0
    dashes = _paired_dashes(words)
    while i < n:
        w = dashes.get(i, words[i])
        prev = words[i - 1]
        nxt = words[i + 1] if i + 1 < n else ""
        if starts[-1][0] != last_start:
            last_start, clause_has_verb = starts[-1][0], False
        if w not in ("en", "of") and is_verb(w) and prev not in NOUN_BEFORE and w not in NOUN_HOMOGRAPHS \
                and not (i == starts[-1][0] and nxt in _PREPOSITIONS) and not (w.endswith("end") and nxt.isalpha()):
            # (nor a present participle before its noun: "passend onderwijs")
            # (not "over slapen", nor a clause's first word before a preposition: "vragen over slapen")
            clause_has_verb = True
        inside_fronted = fronted_end is not None and i < fronted_end
        if w.isalnum() and w not in _CLAUSE_WORDS and i != fronted_end:
            # an ordinary word (most tokens: no punctuation, no conjunction or subordinator): of
            # the tests below only these two can apply to it
            if not inside_fronted and open_dependent and is_verb(w):
                verb_seen = True
            i += 1
            continue
        if w in ("(", "[") and not inside_fronted:  # (a fronted clause's parenthesis is its own)
            paren_depth += 1
            starts.append((i, "paren", w))
            verbless_before_paren = not clause_has_verb
            i += 1
            continue
        if not inside_fronted and (w in (")", "]", "):", "),", "];", ").", "].") or
                                   (w.startswith((")", "]")) and _is_punct(w))):
            paren_depth = max(0, paren_depth - 1)
            if i + 1 < n:
                if w in (")", "]") and not open_dependent and (verbless_before_paren or _short_insert(words, starts[-1][0], i)
                                                               or _bracketed_example(words, starts[-1][0], i, is_verb)):
                    # "Voor de sociale basis (opvoedondersteuning, buddy's) reserveren wij ...": the
                    # clause the parenthesis was inserted in goes on
                    starts.append((i + 1, "main", ",resume"))
                else:
                    starts.append((i + 1, "main" if not open_dependent else "coordinate", w))
            i += 1
            continue
        if w in _PUNCT_BREAK or (w.endswith(";") and _is_punct(w)):
            if i + 1 < n:
                starts.append((i + 1, "main", w))
            open_dependent = False
            i += 1
            continue
        if (w == ":" or (w.endswith(":") and _is_punct(w))) and paren_depth == 0:
            if i + 1 < n:
                starts.append((i + 1, "elaboration", ":"))
                # ": zolang wonen, inkomen en werk niet op orde zijn, kan een jongere ...": a fronted
                # clause after the colon
                if nxt in FRONTED and nxt not in ("om", "of", "waar", "nu") and fronted_end is None:
                    end = _fronted_end(words, i + 1, is_verb)
                    if end is not None:
                        starts.append((i + 1, SUBORDINATORS.get(nxt, "condition"), nxt))
                        fronted_end = end
                        colon_fronted.append(i + 1)
            open_dependent = False
            i += 1
            continue
        if fronted_end is not None and i < fronted_end:
            i += 1  # inside the fronted clause: its commas are its own
            continue
        if fronted_end is not None and i == fronted_end:
            # after a colon, the clause the fronted one hangs on elaborates what precedes the colon;
            # after "en"/"maar", it is the coordinate clause the conjunction opened
            if coordinated_fronted and coordinated_fronted[-1] < i and len(coordinated_fronted) > resumed_coord:
                opener = words[coordinated_fronted[-1]]
                starts.append((i + 1, COORDINATORS.get(opener, "coordinate"), opener))
                resumed_coord = len(coordinated_fronted)
            else:
                starts.append((i + 1, "elaboration", ":") if colon_fronted and colon_fronted[-1] < i
                              and len(colon_fronted) > resumed else (i + 1, "main", ","))
            resumed = len(colon_fronted)
            fronted_end = None
            i += 1
            continue
        if open_dependent and w != _COMMA and is_verb(w):
            verb_seen = True
        if w == _COMMA and open_dependent and not verb_seen:
            i += 1  # a comma inside a dependent clause before its verb: "om lichte, ambulante hulp ..."
            continue
        if w == _COMMA and open_dependent and nxt == "zoals" and (
                close := next((j for j in range(i + 2, min(n, i + 2 + ZOALS_REACH)) if words[j] == _COMMA), None)) \
                and _example(words[i + 2:close], is_verb):
            # an example inserted in a dependent clause: "of we ... kunnen stoppen en welke alternatieven,
            # zoals subsidiëren, juridisch mogelijk zijn" goes on after the example's closing comma
            i = close + 1
            continue
        if w == _COMMA and nxt == "ook" and words[i + 2:i + 3] == ["al"]:
            starts.append((i + 1, "concession", "ook al"))  # "..., ook al is het gebouw oud"
            open_dependent, verb_seen = True, False
            i += 3
            continue
        if w == _COMMA and nxt == "zoals" and not open_dependent and \
                (stop := next((j for j in range(i + 2, n) if words[j] in _RELATIVE_STOPS), n)) > i + 3 and \
                words[i + 2] in _COMPARED_SUBJECTS and not _example(words[i + 2:stop], is_verb) and \
                not _infinitive_phrase(words[starts[-1][0]:i]):
            # ", zoals we dat de afgelopen jaren deden": a comparison with a clause of its own, whose tense
            # and time are its own (not an example, ", zoals gezinshuizen"); not inside a fronted te-infinitive
            # phrase, which the main clause after it governs ("In plaats van het zwembad te sluiten, zoals
            # het vorige college wilde, renoveren we het")
            starts.append((i + 1, "comparison", nxt))
            open_dependent, verb_seen = True, False
            i += 2
            continue
        if w == _COMMA:
            if nxt in SUBORDINATORS and nxt not in ("wat", "tot") and not (nxt == "dat" and words[i + 2: i + 3]
                                                                       and words[i + 2] in _DAT_NOT_CONJ):
                starts.append((i + 1, SUBORDINATORS[nxt], nxt))
                open_dependent, verb_seen = True, False
                i += 2
                continue
            if nxt in _PREPOSITIONS and words[i + 2:i + 3] == ["wie"]:
                # ", van wie er steeds meer stoppen", ", met wie we afspraken maken": a relative clause of people
                starts.append((i + 1, "relative", f"{nxt} wie"))
                open_dependent, verb_seen = True, False
                i += 3
                continue
            elif nxt in COORDINATORS and not _restricts(words, i + 1):
                starts.append((i + 1, COORDINATORS[nxt], nxt))
                open_dependent = False
            elif _restricts(words, i + 1):
                # "We willen dat jongeren ... kunnen krijgen, maar alleen als het Rijk de kosten vergoedt":
                # the condition at "als" hangs on the main clause; no clause of its own for "maar alleen"
                open_dependent = False
            elif open_dependent:
                # the comma closes a dependent clause: back in the clause it was inserted in
                starts.append((i + 1, "main", ",resume"))
                open_dependent = False
            elif clause_has_verb and gapped_conjunct(words, i + 1, is_verb):
                pass  # "..., de gesloten plaatsen wel": a gapped conjunct shares the clause (polarity.gapped_reach)
            elif nxt in _NEW_SUBJECT and clause_has_verb and \
                    any(is_verb(x) and x not in NOUN_HOMOGRAPHS for x in words[i + 2:i + 5]) and \
                    not any(x == "," for x in words[i + 2:i + 4]) and not _closes_insert(words, starts[-1][0], i, is_verb):
                # (not a list in a fronted phrase without a verb yet: "Samen met aanbieders, het
                # samenwerkingsverband en de GGD worden de teams vormgegeven")
                # ", het wijkteam pakt die vragen zelf op": a new main clause without a conjunction
                starts.append((i + 1, "main", ","))
            i += 1
            continue
        # (a condition can open so only at "en" or "maar": not asked at every other token)
        if words[i] in ("en", "maar") and \
                (mid := _coordinated_condition(words, i, clause_has_verb, fronted_end, is_verb)) is not None:
            # "De sporthal blijft open en als de provincie meebetaalt, komt er ook een speeltuin": the
            # condition after "en"/"maar" governs the clause after its comma, not the one before
            starts.append((i, SUBORDINATORS[nxt], nxt))
            fronted_end = mid
            coordinated_fronted.append(i)
            i += 2
            continue
        elif w in ALWAYS_SUBORDINATE:
            starts.append((i, SUBORDINATORS[w], w))
            open_dependent, verb_seen = True, False
        elif w in ("als", "wanneer", "indien") and (prev in _ONLY_BEFORE_IF or (
                prev in SEPARABLE_PARTICLES and i > 1 and words[i - 2] in _ONLY_BEFORE_IF)):
            # "..., maar alleen als het Rijk daar extra geld voor geeft"; "Alleen als de regio meedoet, ..."
            # opens the clause with "alleen"; so does "bieden we alleen aan als ..." (a particle between)
            fronted = prev != "maar" and (i == 1 or words[i - 2] in (",", ":", ";"))
            starts.append((i - 1 if fronted else i, "condition", w))
            open_dependent, verb_seen = True, False
        elif w in ("als", "indien") and clause_has_verb and _postposed_condition(words, i, is_verb):
            # "... realiseren we als het Rijk daarvoor de middelen geeft": a condition after the clause it
            # governs, with no comma before it (not "als gemeente", "zo snel als mogelijk"; not "wanneer", mostly a
            # time or a question there: "Leerkrachten zien als eerste wanneer het met een kind minder goed gaat")
            starts.append((i, "condition", w))
            open_dependent, verb_seen = True, False
        elif w in ("of", "hoe", "welke", "wie", "waarom") and words[i + 1:i + 3] != ["dan", "ook"] and (
                # ("hoe dan ook", "wie dan ook": anyway, no question)
                prev in WHETHER_VERBS or (w != "of" and is_verb(prev))
                # the verb before its subject after a fronted phrase: "Na 2030 bekijken we of ..."
                or (prev in ("we", "wij") and i > 1 and words[i - 2] in WHETHER_VERBS)
                # a companion phrase between: "Het college onderzoekt samen met het samenwerkingsverband hoe ..."
                or (w != "of" and _after_companion(words, i, is_verb))
                or (w == "of" and prev in WHETHER_NOUNS and i > 1 and words[i - 2] in ("de", "die", "deze"))):
            starts.append((i, "complement", w))  # "we onderzoeken of/hoe ...": an indirect question
            open_dependent, verb_seen = True, False
        elif w in ("maar", "echter", "doch") and prev != "niet" and not _restricts(words, i) \
                and not adverbial_echter(words, i):
            starts.append((i, "contrast", w))
            open_dependent = False
        elif w in ("en", "of") and nxt in ("dat", "om") and clause_has_verb:
            starts.append((i + 1, "complement" if nxt == "dat" else "purpose", nxt))  # "... en dat geen kind ..."
            open_dependent, verb_seen = True, False
            i += 2
            continue
        elif w in ("en", "of") and clause_has_verb and nxt in _NEW_SUBJECT | {"hun", "zijn", "haar", "onze", "ons"} \
                and any(is_verb(words[j]) and words[j - 1] not in NOUN_BEFORE and words[j - 1] not in POSSESSIVES
                        and not _attributive(words, j) for j in range(i + 2, min(n, i + 6))) \
                and words[i + 2:i + 3] not in (["en"], ["of"], [","]) and "tussen" not in words[max(0, i - 4):i] \
                and not _fronted_infinitive(words, starts[-1][0], i, is_verb):
            # (not a coordinated noun phrase: "afspraken tussen jeugdhulp en scholen en zorgen ervoor")
            # "... naar school blijven gaan en hun schoolloopbaan wordt niet onderbroken": a second
            # clause with its own subject after a clause that had its verb
            starts.append((i, "coordinate", w))
            open_dependent = False
        elif w in ("en", "of") and ((nxt in SUBJECTS or " ".join(words[i + 1:i + 3]) in SUBJECTS)
                                    and nxt not in ("dat", "die", "dit")
                                    # "... en gaan we met De Horst in gesprek": an inverted subject
                                    or (words[i + 2:i + 3] and words[i + 2] in ("we", "wij") and is_verb(nxt))):
            starts.append((i, "coordinate", w))
            open_dependent = False
        elif w == "dat" and prev in ("ervoor", "erop", "ervan", "erin", "eraan", "zo", "mee", "afgesproken",
                                     "afspreken", "vinden", "vindt", "willen", "wil", "zorgen", "zorgt",
                                     "belangrijk", "betekent", "denken", "weten", "zien", "besluiten"):
            starts.append((i, "complement", w))
            open_dependent, verb_seen = True, False
        elif w == "die" and not open_dependent and _relative_without_comma(words, i, is_verb):
            # "de problemen die vaak achter de hulpvraag zitten: ...": a relative clause without a comma
            # says what is meant; its adverbs and verbs are not the main clause's
            starts.append((i, "relative", w))
            open_dependent, verb_seen = True, False
        elif w == "om" and "te" in words[i + 1:i + 12] and prev not in ("en",):
            starts.append((i, "purpose", w))
            open_dependent, verb_seen = True, False
        i += 1
    # de-duplicate starts at one position (keep the last, most specific)
    merged: dict[int, tuple[str, str]] = {}
    for s, role, opener in starts:
        if s < n:
            merged[s] = (role, opener)
    positions = sorted(merged)
    clauses: list[Clause] = []
    last_main: int | None = None
    for k, s in enumerate(positions):
        e = positions[k + 1] if k + 1 < len(positions) else n
        role, opener = merged[s]
        parent = None
        group = -1
        if opener == ",resume":
            opener = ","
            # the rest of the clause the dependent one was inserted in (not after a fronted clause)
            # (also after a condition inserted into a fronted phrase: "Pas na 2030, als de wet in werking
            # treedt, bekijken we of ...": "Pas na 2030" has no verb of its own)
            if last_main is not None and clauses and clauses[-1].parent == last_main and (
                    clauses[-1].role in ("relative", "paren", "comparison") or (
                        clauses[-1].dependent and is_verb is not None and clauses[last_main].role == "main" and
                        not any(is_verb(x) and x not in ADVERB_HOMOGRAPHS
                                for x in words[clauses[last_main].start:clauses[last_main].end]))):
                group = clauses[last_main].group if clauses[last_main].group >= 0 else last_main
        if role not in ("main",):
            parent = last_main
        clauses.append(Clause(s, e, role, opener, parent, group))
        if role in ("main", "coordinate", "contrast", "elaboration"):
            last_main = len(clauses) - 1  # (after ":" the elaboration carries the clauses that hang on it)
    # a fronted dependent clause hangs on the clause that follows its comma
    if fronted and len(clauses) > 1 and clauses[0].parent is None:
        target = next((j for j in range(1, len(clauses)) if clauses[j].role in ("main", "coordinate")), None)
        if target is not None:
            clauses[0] = Clause(clauses[0].start, clauses[0].end, clauses[0].role, clauses[0].opener, target)
    for k, c in enumerate(clauses):
        if (c.start in colon_fronted or c.start in coordinated_fronted) and k + 1 < len(clauses):
            clauses[k] = Clause(c.start, c.end, c.role, c.opener, k + 1, c.group)
    return clauses


def group_span(clauses: list[Clause], index: int) -> list[int]:
    """The clause and the pieces it forms one clause with (around an inserted relative clause)."""
    g = clauses[index].group if clauses[index].group >= 0 else index
    return [k for k, c in enumerate(clauses) if k == g or c.group == g]


def clause_at(clauses: list[Clause], token: int) -> int:
    """Index of the clause that holds `token`."""
    lo, hi = 0, len(clauses) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if clauses[mid].start <= token:
            lo = mid
        else:
            hi = mid - 1
    return lo


def chain(clauses: list[Clause], index: int) -> list[int]:
    """The clause and every clause it hangs on, innermost first."""
    out = [index]
    seen = {index}
    while (p := clauses[out[-1]].parent) is not None and p not in seen:
        out.append(p)
        seen.add(p)
    return out


def adverbial_echter(words: list[str], i: int) -> bool:
    """Whether the "echter" at `i` stands inside its clause, after the finite verb or the subject ("De
    subsidie gaat echter omlaag", "Wij bouwen echter af"), where it contrasts the whole sentence with
    the one before and opens nothing; an "echter" after a comma or at the start opens a clause ("...,
    echter niet voor de jeugdhulp")."""
    return words[i] == "echter" and i > 0 and words[i - 1].isalpha() and words[i - 1] not in ("en", "of")
