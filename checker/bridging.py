"""A definite noun phrase that takes its noun from the sentence before it.

Agreements name a thing in full once and then by its head noun:

    Het vorige college breidde het buurtteam nog uit. Om de begroting sluitend te krijgen, krimpt
    het team nu van 24 naar 16 fte.

"het team" is the "buurtteam" of the sentence before: the second sentence cuts the local team,
though it names no local team itself. So a sentence of the same paragraph is read with such a noun
phrase completed: a determiner ("de", "het", "die", "dat", "deze", "dit"), perhaps an inflected
adjective ("die verlengde hulp"), and a noun that is the head of a compound in the sentence right
before it ("team" of "buurtteam", "hulp" of "jeugdhulp", "plekken" of "crisisplekken") reads as
that compound. Not when the sentence names the compound
itself, when the noun stands on its own in the sentence before too (which of the two is meant is
open), or for a head of fewer than four letters.
"""
from __future__ import annotations

import re

from checker.lexicon import Lexicon
from checker.nlp import DutchLemmatizer

_PUNCT = ".,;:!?()[]\"'“”‘’…"
_MIN_MODIFIER = 3  # letters before the head: "buurt" of "buurtteam"


# (with one inflected adjective between: "die verlengde hulp" after "verlengde jeugdhulp")
# (the determiners "de", "het", "die", "dat", "deze", "dit", tried in that order, not right after a
# letter, digit, "_" or "-"; written to open with the class of their first letters, the test of the
# character before and the rest of each word after it: a pattern that opens with a look-behind is tried
# at every position of a text, this one only where a "d", "D", "h" or "H" stands, with the same matches)
_DETERMINER = (r"([DdHh](?<![\w-].)(?:(?<=[Dd])e|(?<=[Hh])et|(?<=[Dd])ie|(?<=[Dd])at|(?<=[Dd])eze|(?<=[Dd])it))"
               r"( [a-zß-ÿ]{3,}e)?")
# nouns in -e that the adjective slot would take ("de gemeente", "de jongere"), and words that are no noun
_E_NOUNS = frozenset({"gemeente", "jongere", "ruimte", "behoefte", "hoogte", "breedte", "lengte", "diepte",
                      "oudere", "volwassene", "zieke", "gedupeerde", "betrokkene"})
_FUNCTION_WORDS = frozenset({"voor", "door", "over", "naar", "maar", "want", "niet", "geen", "meer", "ook", "nog",
                             "veel", "daar", "hier", "zich", "haar", "zijn", "hun", "deze", "onze"})
_AFTER_DETERMINER = re.compile(_DETERMINER + r" ([a-zß-ÿ]{4,})(?![\w-])")


def singulars(noun: str) -> tuple[str, ...]:
    """The singular of a Dutch plural noun, from the lookup lemmatizer's tables ("teams" → "team",
    "plekken" → "plek", "scholen" → "school", "huizen" → "huis"); () for a word that is its own
    lemma or whose lemma is no shorter stem of it ("status", "crisis", "team"), whose lemma is no
    noun the lexicon knows, and for "zorgen", which after a determiner is mostly the verb or worries."""
    if noun in _NO_SINGULAR:
        return ()
    lemma = DutchLemmatizer.shared().lemma(noun)
    return (lemma,) if len(lemma) < len(noun) and lemma in Lexicon.shared().nouns else ()


_NO_SINGULAR = frozenset({"zorgen"})
# after a plural that is also a verb's form, the words that show it is the verb: "Die plaatsen we in een
# gezinshuis", "Die zorgen ervoor dat ..."
_SUBJECT_AFTER_VERB = frozenset({"we", "wij", "ze", "zij", "u", "hij", "het", "er", "ervoor", "erop", "ermee",
                                 "erin", "eraan", "daarvoor", "dan", "nu", "ook", "samen"})
# verbs (and the particles and pronominal adverbs that end their frame) after which "dat" opens a clause:
# "We zorgen dat plekken ... erbij komen", "We zorgen ervoor dat hulp ...", "Wij zien erop toe dat ..."
_CLAUSE_VERBS = frozenset({"zorgen", "zorgt", "zorg", "vinden", "vindt", "vind", "weten", "weet", "denken", "denkt",
                           "besluiten", "besluit", "zien", "ziet", "garanderen", "garandeert", "verwachten",
                           "verwacht", "merken", "merkt", "erkennen", "erkent", "beseffen", "beseft", "regelen",
                           "regelt", "toe", "af"})


# prepositions, pronouns and conjunctions, after which "die" and "dat" are demonstratives ("voor die jongeren")
_FUNCTION_BEFORE = frozenset({"voor", "van", "met", "in", "op", "aan", "bij", "naar", "over", "uit", "door", "onder",
                              "tot", "zonder", "binnen", "buiten", "na", "per", "om", "tegen", "vanuit", "we", "wij",
                              "ze", "zij", "u", "en", "of", "maar", "ook", "nog", "juist", "alle"})


def demonstrative_at(text: str, start: int) -> bool:
    """Whether the "die", "dat", "deze" or "dit" at `start` of `text` is a demonstrative: "deze" and "dit"
    always; "die" and "dat" not after a comma, a noun (a relative pronoun: "Kinderen die hulp nodig
    hebben") or a verb that opens a clause ("We zorgen dat ..."), and "dat" not before a plural ("dat
    plekken ... erbij komen" is a conjunction)."""
    word = text[start:].split(None, 1)[0].lower() if text[start:].strip() else ""
    if word in ("deze", "dit"):
        return True
    before = text[:start].rstrip()
    if not before or before[-1] in ";:":
        return True
    if before[-1] in ",(":
        return False
    prev = before.rsplit(None, 1)[-1].strip(_PUNCT).lower()
    if word == "dat" and (prev in _CLAUSE_VERBS or _pronominal_adverb(prev)):
        return False
    if prev in _FUNCTION_BEFORE:
        return True
    lexicon = Lexicon.shared()
    noun = prev if prev in lexicon.nouns else DutchLemmatizer.shared().lemma(prev)
    if noun in lexicon.nouns and not lexicon.is_verb(prev):
        return False
    if word == "dat":
        nxt = text[start:].split()[1:2]
        if nxt and singulars(nxt[0].strip(_PUNCT).lower()):
            return False
    return True


def _pronominal_adverb(word: str) -> bool:
    """"ervoor", "erop", "daarvoor": "er" or "daar" with a preposition, after which "dat" opens a clause."""
    stem = word[4:] if word.startswith("daar") else word[2:] if word.startswith("er") else None
    return stem in _FUNCTION_BEFORE


def _words(text: str) -> list[str]:
    """The words of a sentence, lower case, without the punctuation around them."""
    return [w.strip(_PUNCT).lower() for w in text.split()]


def _verb_use(text: str, start: int, end: int) -> bool:
    """Whether the plural that ends at `end`, after the demonstrative at `start`, is a finite verb: only
    where the demonstrative opens the clause and what shows a verb follows ("Die plaatsen we in een
    gezinshuis"; not "We bouwen die plekken samen met de regio af")."""
    before = text[:start].rstrip()
    if before and before[-1] not in ";:":
        return False
    nxt = text[end:].split(None, 1)
    return bool(nxt) and nxt[0].strip(_PUNCT).lower() in _SUBJECT_AFTER_VERB


def bridge(text: str, previous: str, foreign=None) -> str | None:
    """`text` with its definite nouns completed from `previous` (see the module), or None when
    nothing is completed. With `foreign` (a test for another domain's word), a compound that
    `previous` qualifies by such a word keeps it: "Dat team" after "Het wijkteam van de politie"
    reads "Dat wijkteam van de politie". A plural takes up its singular too ("Die teams" after
    "een sociaal wijkteam" reads "Die wijkteams"): one named thing in each place, spoken of as a
    kind."""
    prev_low = previous.lower()
    matches = _AFTER_DETERMINER.findall(text)
    # noun of the sentence -> the head it may take up in `previous` (itself, or its singular)
    wanted: dict[str, str] = {}
    for _, _, n in matches:
        for head in (n, *singulars(n)):
            if len(head) >= 4 and head in prev_low:  # (a quick test first)
                wanted.setdefault(n, head)
                break
    if not wanted:
        return None
    heads = tuple(set(wanted.values()))
    # (one pass over the sentence before: most sentences share no head with it)
    before = _words(previous)
    ending = [w for w in before if w.endswith(heads)]
    if not ending:
        return None
    lowered = text.lower()
    found: dict[str, str] = {}
    for noun in sorted(wanted):
        head = wanted[noun]
        if noun in before or head in before:
            continue  # (the noun on its own before: which of the two is meant is open)
        compounds = {w for w in ending if len(w) >= len(head) + _MIN_MODIFIER and w.endswith(head)
                     and w.replace("-", "") != head}
        if len(compounds) == 1:
            compound = compounds.pop()
            plural = compound[:len(compound) - len(head)] + noun  # ("wijkteam" → "wijkteams")
            if compound in lowered or plural in lowered:
                continue
            found[noun] = plural + (_qualifier(before, compound, foreign) if foreign is not None else "")
    if not found:
        return None
    out = text

    def complete(m: re.Match, noun: str, compound: str) -> str:
        # (not a noun in -e taken for the adjective, "geeft de gemeente hulp", nor a function word for the
        # noun, "zoekt de gemeente voor deze jongeren")
        adjective = (m.group(2) or "").strip()
        if adjective and (adjective in _E_NOUNS or adjective.endswith("ie") or noun in _FUNCTION_WORDS):
            return m.group(0)
        if m.group(1).lower() in ("die", "dat") and not demonstrative_at(m.string, m.start()):
            return m.group(0)  # (a relative pronoun or a conjunction: "Kinderen die hulp nodig hebben")
        if wanted[noun] != noun and _verb_use(m.string, m.start(), m.end()):
            return m.group(0)  # (the plural is a verb's form: "Die plaatsen we in een gezinshuis")
        return f"{m.group(1)}{m.group(2) or ''} {compound}"

    for noun, compound in found.items():
        out = re.sub(rf"{_DETERMINER} {re.escape(noun)}(?![\w-])", lambda m: complete(m, noun, compound), out)
    return out if out != text else None


def _qualifier(before: list[str], compound: str, foreign) -> str:
    """" van de politie" when the compound stands in `before` with another domain's word in a phrase
    after it ("het wijkteam van de (vrijwillige) politie"), else ""."""
    k = before.index(compound) if compound in before else -1
    after = before[k + 1:k + 5] if k >= 0 else []
    if after[:1] not in (["van"], ["voor"]):
        return ""
    for j in range(1, min(len(after), 4)):
        if foreign(after[j]):
            return " " + " ".join(after[:j + 1])
    return ""


# where a contrasting statement of the same sentence opens: it may take a noun up from the part before it
# (not after ";": "De jeugdregio werkt goed; de samenwerking met de regio op afval zetten we voort")
_WITHIN = re.compile(r", maar ")


def bridge_within(text: str, foreign=None, attributive=None) -> str | None:
    """`text` with the definite nouns of the statement after its first ", maar" completed
    from the part of the sentence before it ("De SP stelde voor om verlengde jeugdhulp te
    financieren, maar wij kiezen er niet voor om die verlengde hulp te bieden"), or None. With
    `attributive` (see `bridge_synonym`), a demonstrative with a synonym too ("..., maar die
    verlengde ondersteuning schaffen wij af")."""
    m = _WITHIN.search(text)
    if m is None:
        return None
    before, after = text[:m.start()], text[m.end():]
    done = bridge(after, before, foreign)
    if attributive is not None:
        done = bridge_synonym(done or after, before, attributive) or done
    return text[:m.end()] + done if done else None


# professionals a later "zij"/"hij" stands for ("De GGD levert een vaste jeugdverpleegkundige. Zij gaat deel
# uitmaken van het buurtteam")
ROLE_ENDINGS = ("verpleegkundige", "jeugdarts", "huisarts", "ondersteuner", "orthopedagoog", "gedragswetenschapper",
                "hulpverlener", "maatschappelijk werker", "begeleider", "gezinscoach", "consulent", "psycholoog",
                "poh-jeugd", "regisseur", "deskundige")
_SUBJECT_PRONOUN = re.compile(r"(?:^|(?<=[:;] ))([Zz]ij|[Hh]ij) (?=([a-zß-ÿ]+)\b)")


def bridge_pronoun(text: str, previous: str) -> str | None:
    """`text` with a singular subject pronoun ("Zij gaat ...", "...: zij blijft ...") read as the one
    professional the sentence before names ("een vaste jeugdverpleegkundige"), or None. Not when that
    sentence names none or more than one, nor before a plural verb ("Zij krijgen": people, not the
    professional)."""
    if "ij " not in text:
        return None  # (every match holds "zij " or "hij ": a substring test is far cheaper than the regex)
    found = [m for m in _SUBJECT_PRONOUN.finditer(text) if not m.group(2).endswith("en")]
    if not found:
        return None
    prev_low = previous.lower()
    if not any(r in prev_low for r in ROLE_ENDINGS):
        return None
    words = {w.strip(_PUNCT) for w in prev_low.replace("maatschappelijk werker", "maatschappelijk-werker").split()}
    roles = {w for w in words if w.replace("maatschappelijk-werker", "maatschappelijk werker").endswith(ROLE_ENDINGS)}
    if len(roles) != 1:
        return None
    role = roles.pop().replace("maatschappelijk-werker", "maatschappelijk werker")
    out = text
    for m in reversed(found):
        article = "De" if m.group(1)[0].isupper() else "de"
        out = out[:m.start(1)] + f"{article} {role}" + out[m.end(1):]
    return out


# places a later locative "daar" stands for ("... in de kinderopvang geholpen worden. Daarom komt daar vaste hulp")
PLACES = ("kinderopvang", "school", "scholen", "basisschool", "basisscholen", "peuterspeelzaal", "voorschool", "mbo",
          "wijk", "wijken", "buurt", "sportclub", "sportvereniging", "consultatiebureau", "huisartsenpraktijk")
# (and a local team as the place someone works: "niet uit het wijkteam" / "Zij blijft daar werken")
TEAM_PLACES = ("wijkteam", "buurtteam", "jeugdteam", "gebiedsteam", "sociaal team", "jeugd- en gezinsteam", "gezinsteam",
               "dorpsteam", "lokale team", "lokaal team")
_PLACE_PHRASE = re.compile(r"\b(?:in|op|bij|uit) (?:(?:de|het|elke|iedere|alle) )?(" + "|".join(PLACES + TEAM_PLACES)
                           + r")\b", re.IGNORECASE)
# (opening with its first letter, then the look-behind: see _DETERMINER)
_LOCATIVE_DAAR = re.compile(r"([Dd](?<![\w-].)aar)(?![\w-])")
# a particle after "daar" makes it half of a pronominal adverb ("daar zorgen we voor"), no place
_PHRASE_OPENERS = frozenset({"de", "het", "een", "hun", "zijn", "haar", "onze", "ons", "alle", "elk", "elke", "ieder",
                             "iedere", "deze", "die", "dit", "dat"})
_DAAR_PARTICLES = frozenset({"voor", "toe", "mee", "aan", "op", "in", "bij", "van", "uit", "over", "naar", "om", "door"})


def bridge_place(text: str, previous: str) -> str | None:
    """`text` with a locative "daar" read as the one place the sentence before names ("in de
    kinderopvang"), or None: not when that sentence names no such place or more than one, nor when
    "daar" is half of a pronominal adverb ("daar zorgen we voor", "Daar stoppen we mee"). A sentence-initial
    "Daar" with no particle is the place too ("Daar komt een vaste jeugdhulpverlener")."""
    if "aar" not in text:
        return None  # (the substring of every "daar" and "Daar" first: cheaper than the regex)
    found = list(_LOCATIVE_DAAR.finditer(text))  # (the rarer test first: most sentences hold no "daar")
    if len(found) != 1:
        return None
    places = {m.group(0).lower() for m in _PLACE_PHRASE.finditer(previous)}
    if len(places) != 1:
        return None
    m = found[0]
    after = [w.strip(_PUNCT).lower() for w in text[m.end():].split()]
    # (a particle before a phrase is its preposition: "daar vaste hulp van een jeugdhulpverlener")
    if any(w in _DAAR_PARTICLES and (k + 1 >= len(after) or after[k + 1] not in _PHRASE_OPENERS)
           for k, w in enumerate(after)):
        return None
    place = places.pop()
    if place.startswith("uit "):
        place = "in " + place[4:]  # (where one is not taken out of is where one stays)
    return text[:m.start()] + (place[0].upper() + place[1:] if m.group(1)[0].isupper() else place) + text[m.end():]


# a demonstrative time ("Vanaf dat moment", "op die dag") and the ages or birthdays it may take up from the
# sentence before: "Met hun achttiende verjaardag zijn jongeren volwassen. Vanaf dat moment stopt de jeugdhulp"
_TIME_ANAPHOR = re.compile(r"(?<![\w-])((?:[Vv]anaf|[Oo]p|[Nn]a|[Mm]et ingang van) (?:dat|die|dit|deze) "
                           r"(?:moment|dag|datum|leeftijd|tijdstip|verjaardag))(?![\w-])")
# substrings that every match of `_TIME_ANAPHOR` holds ("dag" of "verjaardag" too)
_TIME_NOUNS = ("moment", "dag", "datum", "leeftijd", "tijdstip")
_AGE_PHRASE = re.compile(r"(?<![\w-])(?:hun|je|zijn|haar|de|het) (?:18e|18de|achttiende|21e|21ste|eenentwintigste) "
                         r"(?:verjaardag|levensjaar|jaar)|(?<![\w-])(?:hun|je|zijn|haar) (?:18e|18de|achttiende|21e|21ste)(?![\w-])",
                         re.IGNORECASE)


def bridge_time(text: str, previous: str) -> str | None:
    """`text` with a demonstrative time ("Vanaf dat moment") read as the one age the sentence before
    names ("hun achttiende verjaardag"), or None: not when that sentence names none or more than one."""
    if not any(noun in text for noun in _TIME_NOUNS):
        return None  # (every match holds one of these nouns: a substring test is far cheaper than the regex)
    if (found := _one_each(_TIME_ANAPHOR, text, _AGE_PHRASE, previous, 0)) is None:
        return None
    m, age = found
    preposition = m.group(1).split()[0] if not m.group(1).lower().startswith("met ingang") else "met ingang van"
    return text[:m.start(1)] + f"{preposition} {age}" + text[m.end(1):]


def _one_each(anaphor: re.Pattern, text: str, antecedent: re.Pattern, previous: str, group: int):
    """The one match of `anaphor` in `text` and the one (lower-cased) antecedent that `antecedent` finds in
    `previous` (its `group`), or None when either is missing or not alone."""
    found = list(anaphor.finditer(text))  # (the rarer test first)
    if len(found) != 1:
        return None
    named = {m.group(group).lower() for m in antecedent.finditer(previous)}
    return (found[0], named.pop()) if len(named) == 1 else None


# facilities named with "het" that a later "het" stands for ("Het zwembad is verouderd. Na de zomer van 2027
# gaat het definitief dicht")
FACILITIES = ("zwembad", "buurthuis", "dorpshuis", "wijkcentrum", "jongerencentrum", "sportpark", "sportcentrum",
              "wijkgebouw", "gemeenschapshuis", "speelterrein", "clubhuis", "sportcomplex")
_FACILITY_PHRASE = re.compile(r"\bhet ([a-zß-ÿ-]*(?:" + "|".join(FACILITIES) + r"))\b", re.IGNORECASE)
# "het" as a pronoun: the inverted subject after a finite verb, before an adverb or particle of time or
# state ("gaat het definitief dicht", "blijft het open"); not an article ("Het in stand houden van ...") or
# the empty "het" ("gaat het niet om geld", "vinden het niet wenselijk")
# (the verbs in this order, opening with the class of their first letters: see _DETERMINER)
_IT = re.compile(r"[gbwsmzk](?<![\w-].)(?:(?<=g)aat|(?<=b)lijft|(?<=w)ordt|(?<=s)luit|(?<=m)oet|(?<=z)al|(?<=k)an|(?<=m)ag"
                 r"|(?<=k)omt) (het) "
                 r"(?=(?:definitief|voorlopig|tijdelijk|uiteindelijk|per|na|eind|begin|uiterlijk|straks|dicht|open)\b)",
                 re.IGNORECASE)


def bridge_it(text: str, previous: str) -> str | None:
    """`text` with a pronoun "het" read as the one facility the sentence before names with "het" ("het
    zwembad"), or None: not when that sentence names none or more than one, nor for the expletive "het"
    ("Het is belangrijk dat ...", "Het gaat om ...")."""
    if " het " not in text.lower():
        return None  # (every match holds " het " in some case: a substring test before the regex)
    if (found := _one_each(_IT, text, _FACILITY_PHRASE, previous, 1)) is None:
        return None
    m, facility = found
    return text[:m.start(1)] + ("Het " if m.group(1)[0] == "H" else "het ") + facility + text[m.end(1):]


# head nouns that name the same thing in the youth-care domain, so that a demonstrative with one of them
# takes up a phrase with another ("In de regio zijn 40 gesloten plaatsingen. Die plekken bouwen we af")
SYNONYM_HEADS = (
    frozenset({"plek", "plekken", "plaats", "plaatsen", "plaatsing", "plaatsingen", "bed", "bedden"}),
    frozenset({"hulp", "zorg", "ondersteuning", "begeleiding", "hulpverlening"}),
)
# heads that only the phrase before may have: "Die zorg delen we" is a worry shared
_ANTECEDENT_ONLY = frozenset({"zorg"})
# uninflected adjectives (participles) that name a kind of these: the lexicon reads inflected ones
_PLAIN_ADJECTIVES = frozenset({"gesloten", "besloten", "open", "verlengd", "residentieel", "ambulant", "intramuraal"})
# substrings that every word of SYNONYM_HEADS holds, for a quick test before `_DEMONSTRATIVE`
_HEAD_STEMS = ("plek", "plaats", "bed", "hulp", "zorg", "ondersteuning", "begeleiding")
assert all(any(stem in head for stem in _HEAD_STEMS) for heads in SYNONYM_HEADS for head in heads)
# ("die", "deze", "dat", "dit", opening with their first letter: see _DETERMINER)
_DEMONSTRATIVE = re.compile(r"([Dd](?<![\w-].)(?:ie|eze|at|it))( [a-zß-ÿ]{3,}e)? ([a-zß-ÿ]{3,})(?![\w-])")


def _class_of(word: str) -> frozenset[str] | None:
    return next((c for c in SYNONYM_HEADS if word in c), None)


def bridge_synonym(text: str, previous: str, attributive) -> str | None:
    """`text` with a demonstrative noun phrase ("die plekken", "die verlengde ondersteuning") read as
    the one phrase of the sentence before whose head names the same thing with a modifier of its own
    ("gesloten plaatsingen", "verlengde jeugdhulp"), or None. Not for an article ("de plekken": it
    may be new ones), not when the sentence before names two such phrases, and not when the
    demonstrative's own adjective is another than the phrase's ("die nieuwe plekken").
    `attributive(word)` tells an inflected adjective."""
    if not any(head in text for head in _HEAD_STEMS):
        return None  # (no head noun of SYNONYM_HEADS: no demonstrative can name one; cheaper than the regex)
    found = [(m, kind) for m in _DEMONSTRATIVE.finditer(text)
             if m.group(3) not in _ANTECEDENT_ONLY and (kind := _class_of(m.group(3))) is not None
             and demonstrative_at(text, m.start())
             and not (singulars(m.group(3)) and _verb_use(text, m.start(), m.end()))]
    if not found:
        return None
    before = _words(previous)
    out = text
    for m, kind in reversed(found):
        phrases = set()
        for k, w in enumerate(before):
            heads = [h for h in kind if w.endswith(h) and (w == h or len(w) >= len(h) + _MIN_MODIFIER)]
            if not heads:
                continue
            modifier = before[k - 1] if k > 0 and (before[k - 1] in _PLAIN_ADJECTIVES or attributive(before[k - 1])) \
                else None
            if modifier is None and w in kind:
                continue  # (a bare head says no more than the demonstrative's)
            phrases.add((modifier, w))
        if len(phrases) != 1:
            continue
        modifier, noun = phrases.pop()
        own = (m.group(2) or "").strip()
        if own and own != modifier:
            continue
        phrase = f"{modifier} {noun}" if modifier else noun
        out = out[:m.start()] + f"{m.group(1)} {phrase}" + out[m.end():]
    return out if out != text else None


# facilities of P08 a later relational noun belongs to ("Het zwembad blijft open. De subsidie gaat echter
# omlaag": the subsidy of the pool)
_OWNED_FACILITIES = FACILITIES + ("bibliotheek", "speeltuin", "sporthal", "muziekschool", "kinderboerderij",
                                  "theater", "poppodium", "jeugdhonk", "speelvoorziening")
# ("het" or "de", opening with the class of their first letters: see _DETERMINER)
_OWNER_PHRASE = re.compile(r"[hd](?<![\w-].)(?:(?<=h)et|(?<=d)e) ([a-zß-ÿ-]*(?:" + "|".join(_OWNED_FACILITIES)
                           + r"))(?![\w-])",
                           re.IGNORECASE)
# nouns that name what belongs to a facility: its money, its hours, its staff
RELATIONAL_NOUNS = ("subsidie", "exploitatiesubsidie", "bijdrage", "budget", "exploitatie", "openingstijden",
                    "openingsuren", "personeel", "bezetting", "formatie", "onderhoud")
# ("de" or "het", opening with the class of their first letters: see _DETERMINER)
_RELATIONAL = re.compile(r"([DdHh](?<![\w-].)(?:(?<=[Dd])e|(?<=[Hh])et)) (" + "|".join(RELATIONAL_NOUNS)
                         + r")(?![\w-])(?! (?:van|voor) )")


def bridge_owner(text: str, previous: str) -> str | None:
    """`text` with a definite relational noun ("de subsidie", "de openingstijden") read as the one facility's
    that the sentence before names ("het zwembad"): "De subsidie van het zwembad gaat echter omlaag"; or None.
    Not when `text` names a facility itself, when the noun has its own owner ("de subsidie voor
    verenigingen"), or when the sentence before names none or more than one."""
    # (a substring test first: most sentences hold no such noun; `_RELATIONAL` finds one in lower case only)
    if not any(n in text for n in RELATIONAL_NOUNS) or _OWNER_PHRASE.search(text):
        return None
    found = list(_RELATIONAL.finditer(text))
    owners = {m.group(0).lower() for m in _OWNER_PHRASE.finditer(previous)} if found else set()
    if len(owners) != 1:
        return None
    owner = owners.pop()
    out = text
    for m in reversed(found):  # ("De subsidie gaat omlaag en de openingstijden worden beperkt": both its own)
        out = out[:m.end()] + " van " + owner + out[m.end():]
    return out
