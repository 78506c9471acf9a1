"""An act that reaches its object through a pronoun in a contrast: "De sociale teams blijven wel
bestaan, maar we maken ze kleiner", "Eerder wilden we lichte hulp terugdringen, maar in plaats
daarvan breiden we haar uit", "Hoewel de lokale teams onder druk staan, versterken we ze met extra
gezinswerkers".

The clause after "maar" (or "echter", "doch"), the main clause after a concession, or a clause
coordinated by "en" with its own "we" ("..., en breiden we dat aanbod uit"), does something to what
the clause before it named, and names it only by an object pronoun ("ze",
"haar", "hem", "hen") or a demonstrative noun phrase ("die mogelijkheid", "van dat aanbod"). What it
does is what the passage commits to for those words (CODEBOOK: the status follows what the document
commits to, in or against the item's direction). So the pronoun stands for the words of the clause
before it: the matcher reads them a second time at the pronoun, with that clause's commitment and
direction.

Not an anaphor: a subject pronoun, right after "maar" ("maar ze krijgen minder budget": that
clause's own statement, which takeback.py reads) or after the verb that a fronted phrase puts
first ("maar vanaf 2027 krijgen ze ...": so an object pronoun counts only after "we"/"wij"); "dat"
as a conjunction ("maar we zorgen dat ...", "maar we kiezen ervoor dat kinderen ... krijgen"; "ervoor
dat aanbod niet in te perken", before a te-infinitive, is the demonstrative); and a demonstrative
before a verb ("maar dat doen we niet": refusing.py and polarity.py read those).
"""
from __future__ import annotations

from checker.clauses import Clause, group_span

OPENERS = frozenset({"maar", "echter", "doch"})
OBJECT_PRONOUNS = frozenset({"ze", "haar", "hem", "hen"})
COMMITTING = frozenset({"we", "wij"})  # the subject that acts on the pronoun
DEMONSTRATIVES = frozenset({"die", "dat", "deze", "dit"})
# words after which "ze"/"haar" is the subject, not the object ("maar ze", "maar zij")
_SUBJECT_SLOT = OPENERS | {",", "wel", "nu", "dan", "ook", "toch"}
# (the prepositions of an object, "gebruik maken van", "werken aan", "stoppen met"; not those of a time
# or a place, "in deze periode", "op dit moment", "voor deze groep")
OBJECT_PREPOSITIONS = frozenset({"van", "aan", "met", "over"})
_ANTICIPATING = frozenset({"ervoor", "erop", "ertoe", "daarvoor"})  # "kiezen ervoor ... te ..."
# verbs whose object is a "dat"-clause: "zorgen we dat ...", "spreken we af dat ..."
_TAKING_COMPLEMENT = frozenset({"zorgen", "zorgt", "vinden", "vindt", "willen", "wil", "weten", "zien", "besluiten",
                                "spreken", "regelen", "garanderen", "beloven", "bepalen", "stellen", "leggen",
                                "maken", "vragen", "hopen", "verwachten", "denken"})
_NOT_NOUNS = DEMONSTRATIVES | frozenset({"de", "het", "een", "niet", "geen", "we", "wij", "ze", "zij", "er", "is",
                                         "zijn", "wordt", "worden", "kan", "kunnen", "moet", "moeten", "zal",
                                         "zullen", "willen", "wil", "gaan", "gaat"})


def anaphor_after(words: list[str], clauses: list[Clause], index: int, is_verb) -> int | None:
    """The token of an object pronoun or demonstrative in the contrast statement right after clause
    `index` (with its continuation), that stands for what clause `index` names; or None."""
    group = group_span(clauses, index)
    last = max(group)
    nxt = next((k for k in range(last + 1, len(clauses)) if clauses[k].group in (-1, k)), None)
    if nxt is None:
        return None
    c = clauses[nxt]
    # "..., maar we maken ze kleiner"; "Hoewel de lokale teams onder druk staan, versterken we ze"
    conceded = clauses[index].role == "concession" and c.role == "main"
    # (also a coordinate act on the same thing: "..., en breiden we dat aanbod uit naar alle wijken")
    added = c.role == "coordinate" and c.opener == "en"
    if not conceded and not added and (c.opener not in OPENERS or c.role != "contrast"):
        return None
    # the contrast statement: its clause and the clauses that hang on it
    end = next((clauses[k].start for k in range(nxt + 1, len(clauses))
                if clauses[k].role in ("main", "coordinate", "contrast")), len(words))
    for k in range(c.start + 1, end):
        w = words[k]
        prev = words[k - 1]
        # (only where the clause has its subject already: after a fronted phrase the verb comes
        # first and "ze" is the subject, "maar vanaf 2027 krijgen ze ...")
        if w in OBJECT_PRONOUNS and prev not in _SUBJECT_SLOT and not COMMITTING.isdisjoint(words[c.start:k]):
            return k
        if w == "het" and _neuter_object(words, k, end, words[clauses[index].start:clauses[index].end], is_verb) \
                and prev not in _SUBJECT_SLOT and not (COMMITTING | {"college"}).isdisjoint(words[c.start:k]):
            return k  # "De provincie wil het zwembad sluiten, maar wij (het college) houden het open"
        if w in ("die", "dat") and prev in COMMITTING and k + 1 < len(words) and words[k + 1] in _AFTER_NEUTER \
                and words[k + 1] not in (".", ",", ";", ":"):
            return k  # "Hoewel de provincie de bibliotheek wil sluiten, houden wij die open"
        # "van die mogelijkheid", "we schrappen deze regeling": after a preposition or a verb (after a
        # noun "die" is relative; "dat" after a verb is a conjunction: only after a preposition)
        if w in DEMONSTRATIVES and k + 1 < end and (prev in OBJECT_PREPOSITIONS or (
                w in ("die", "deze") and is_verb(prev) and prev not in _SUBJECT_SLOT) or (
                # after the inverted subject: "en breiden we dat aanbod uit" (not the conjunction of
                # "en zorgen we dat kinderen ...", not a time, "en breiden we dit jaar de gezinshuizen uit",
                # nor a noun of something the clause before does not name)
                prev in COMMITTING and k >= 2 and words[k - 2] not in _TAKING_COMPLEMENT
                and _names_before(words[k + 1], words[clauses[index].start:clauses[index].end]))):
            noun = words[k + 1]
            if noun.isalpha() and noun not in _NOT_NOUNS and not is_verb(noun):
                return k + 1
        # "we kiezen ervoor dat aanbod niet in te perken": "dat" + noun before a te-infinitive without a
        # finite verb is a demonstrative (the "om" left out), not the conjunction of "ervoor dat kinderen
        # sneller hulp krijgen"
        if w in ("dat", "dit") and prev in _ANTICIPATING and k + 2 < end:
            noun, rest = words[k + 1], words[k + 2:end]
            if noun.isalpha() and noun not in _NOT_NOUNS and not is_verb(noun) and "te" in rest and \
                    not any(is_verb(x) for x in rest[:rest.index("te")] if x not in ("niet", "meer", "langer")):
                return k + 1
    return None


# what ends the clause of a bare object "het" ("houden het open", "laten het bestaan"): a verb's particle, a
# resultative adjective or punctuation
_AFTER_NEUTER = frozenset({"open", "dicht", "af", "op", "uit", "aan", "in", "overeind", "voort", "door", "staan",
                           "bestaan", "zo", "ook", ".", ",", ";", ":"})


def _neuter_object(words: list[str], k: int, end: int, before: list[str], is_verb) -> bool:
    """"het" as the object pronoun of a thing the clause before named with "het" ("het zwembad"): right
    after a verb or the inverted subject, with the clause's end, a particle or a verb after it (not the
    article of a noun: "maar we houden het zwembad open"; not an anticipating subject "het is ...")."""
    if "het" not in before or k == 0 or not (is_verb(words[k - 1]) or words[k - 1] in COMMITTING):
        return False
    nxt = words[k + 1] if k + 1 < end else "."
    return nxt in _AFTER_NEUTER or (is_verb(nxt) and nxt not in _NOT_NOUNS)


# nouns by which a demonstrative takes up whatever was said before ("dat aantal", "die aanpak", "die plekken")
TAKING_UP_NOUNS = frozenset({"aantal", "aanbod", "groep", "lijn", "aanpak", "plan", "plannen", "situatie", "probleem",
                             "problemen", "ontwikkeling", "daling", "stijging", "trend", "taak", "opgave", "keuze",
                             "afspraak", "afspraken", "ambitie", "doel", "beweging", "koers", "werkwijze",
                             "kosten", "uitgaven", "capaciteit", "achterstand", "tekort", "wachtlijst", "wachtlijsten",
                             "plekken", "plaatsen", "plaatsingen", "opvang", "voorzieningen", "hulp", "zorg",
                             "inzet", "systeem", "model", "vorm", "vormen", "manier", "praktijk", "regeling",
                             "constructie", "proef", "pilot", "traject", "trajecten", "soort", "groei", "toename", "afname",
                             "uitbreiding", "afbouw", "beleid", "bezuiniging", "bezuinigingen", "besluit",
                             "besluiten", "sluiting", "korting",
                             # what another proposes or asks ("Dat voorstel nemen wij over")
                             "voorstel", "voorstellen", "idee", "wens", "verzoek", "oproep", "suggestie",
                             "systematiek", "methode", "methodiek", "opzet"})
_TIME_WORDS = frozenset({"jaar", "jaren", "periode", "maand", "maanden", "week", "weken", "keer", "moment", "najaar",
                         "voorjaar"})


def names_before(noun: str | None, before: list[str]) -> bool:
    """Whether a demonstrative's noun stands for something said before: its own word there (or a
    compound's head), or a noun that takes anything up; not a time ("dit jaar", "deze periode")."""
    if noun is None:
        return True
    if noun in _TIME_WORDS or noun.endswith(("periode", "jaar")):
        return False
    # (in either number: "die teams" takes up "een eigen wijkteam")
    stem = noun[:-2] if noun.endswith("en") and len(noun) > 6 else noun[:-1] if noun.endswith("s") and len(noun) > 5 \
        else noun
    if noun in TAKING_UP_NOUNS or any(w == noun or w.endswith(noun) or w.endswith(stem) for w in before):
        return True
    verb = _nominalised_stems(noun)
    return bool(verb) and any(v in w for w in before for v in verb)


_VOWELS = "aeiou"


def _nominalised_stems(noun: str) -> tuple[str, ...]:
    """The verb stems of a noun in -ing(en), in both spellings of the stem ("detachering" → "detacher",
    "detacheer"; "plaatsingen" → "plaats"): "Die detacheringen" takes up "medewerkers die zijn
    gedetacheerd", "die plaatsing" takes up "jongeren die gesloten worden geplaatst"."""
    base = noun[:-2] if noun.endswith("ingen") else noun
    if not base.endswith("ing") or len(base) < 8:
        return ()
    stem = base[:-3]
    out = [stem]
    # an open syllable's vowel is written twice in a closed one: "detache-ren" → "detacheer"
    if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
        out.append(stem[:-1] + stem[-2] + stem[-1])
    return tuple(out)


def definite_object(piece: list[str]) -> int | None:
    """The index of the noun of a definite object that may stand for a compound named just before:
    "Daarom bouwen we het aantal teams af" after "De jeugd- en gezinsteams ...", "We halen de
    trajecten terug" after "lichte ambulante begeleidingstrajecten". The article, with "aantal" and
    adjectives in -e between, right after the inverted "we"/"wij" (within its first words) or after
    the verb of a plain "we"/"wij" statement; else None. Whether the noun really heads a compound of
    the sentence before is `heads_compound`'s to say."""
    at = None
    if len(piece) > 3 and piece[0] in COMMITTING and piece[1].isalpha() and piece[2] in ("de", "het"):
        at = 2  # "We bouwen de teams af"
    else:
        for i in range(1, min(len(piece) - 2, _INVERTED_REACH)):
            if piece[i] in COMMITTING and piece[i - 1].isalpha():
                at = i + 1 if piece[i + 1] in ("de", "het") else None
                break
    if at is None:
        return None
    k = at + 1
    if k < len(piece) and piece[k] == "aantal":
        k += 1
    while k < len(piece) - 1 and piece[k].endswith("e") and piece[k].isalpha() and piece[k + 1].isalpha():
        k += 1  # (adjectives: "de lokale teams", "de huidige trajecten")
    if k >= len(piece) or not piece[k].isalpha() or piece[k] in _NOT_NOUNS or piece[k] in _TIME_WORDS:
        return None
    if _owned_elsewhere(piece, k + 1):
        return None  # (another owner or place: "de teams van de afdeling vergunningen", "de centra in Noord en Zuid")
    return k


# prepositions whose phrase after the noun names what it belongs to or where it is
_OWNING = frozenset({"van", "voor", "in", "bij", "uit", "op"})
_ENDING = frozenset({"af", "op", "uit", "terug", "in", "aan", "door", "voort", "om", ".", ",", ";", ":"})


def _owned_elsewhere(piece: list[str], j: int) -> bool:
    """Whether a phrase after the noun names another owner or place ("de teams van de afdeling", "de plekken in
    het speciaal onderwijs"); not a one-word place before the particle ("het aantal teams in Valkenwaard af")."""
    if j >= len(piece) or piece[j] not in _OWNING:
        return False
    return not (piece[j] == "in" and j + 2 < len(piece) and piece[j + 1] not in ("de", "het", "een")
                and piece[j + 2] in _ENDING)


_INVERTED_REACH = 5  # words before the inverted "we" ("Daarom bouwen we", "In 2027 halen we")


def heads_compound(noun: str, before: list[str]) -> bool:
    """Whether a bare noun is the head of a longer compound of the words before ("teams" of
    "gezinsteams", "trajecten" of "begeleidingstrajecten"): what a definite object then stands for. Not
    the same word (then the term is in the sentence itself) nor a short head ("zorg" of "jeugdzorg" is
    care in general)."""
    if len(noun) < 5 or noun in TAKING_UP_NOUNS and noun not in ("trajecten", "traject", "plekken", "plaatsen"):
        return False
    return any(len(w) >= len(noun) + 3 and w.endswith(noun) and w.isalpha() for w in _subject_words(before))


def _subject_words(words: list[str]) -> list[str]:
    """The words of a sentence before its finite verb, where its subject stands ("De jeugd- en gezinsteams"
    of "De jeugd- en gezinsteams krijgen ..."): a definite object takes up what the sentence was about, not
    a thing it names further on ("De wijkteams werken vanuit de wijkcentra. We sluiten de centra")."""
    from checker.lexicon import Lexicon

    is_verb = Lexicon.shared().is_verb
    end = next((k for k in range(1, len(words)) if words[k].isalpha() and is_verb(words[k])), len(words))
    return words[:end]


_names_before = names_before
