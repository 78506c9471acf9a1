"""A Dutch word-class lexicon without a tagger: which folded word forms are verbs, and in which tense.

The blank Dutch pipeline has no part-of-speech tagger. spacy-lookups-data ships, besides its lemma
tables, an index of lemmas per word class (19,000 verbs, 161,000 nouns, 22,000 adjectives) and a
table of irregular verb forms. With Dutch's regular verb morphology on top (werk-t, werk-te,
ge-werk-t) that tells, for a word in a clause, whether it can be a finite verb, a past tense or a
participle: what the clause analysis needs to find "we + verb", descriptions in the past tense
and passives. Ambiguous forms (werken: verb and plural noun) count as verbs; position decides.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# forms the tables get wrong or lack, and function words that are never read as verbs here
_NOT_VERBS = frozenset({
    "de", "het", "een", "en", "of", "maar", "die", "dat", "dit", "deze", "er", "hier", "daar", "waar",
    "wat", "wie", "hoe", "ook", "al", "nog", "niet", "geen", "wel", "zo", "dan", "als", "om", "te", "in",
    "op", "aan", "met", "van", "voor", "bij", "naar", "uit", "over", "door", "tot", "na", "per", "onder",
    "samen", "daarom", "dus", "toch", "nu", "straks", "vaak", "altijd", "meer", "minder", "extra", "veel",
    "alle", "elk", "elke", "ieder", "iedere", "onze", "ons", "hun", "zijn_", "jeugd", "zorg", "hulp",
    "team", "teams", "wijk", "regio", "school", "scholen", "kinderen", "jongeren", "ouders", "gezinnen",
    "toe", "af", "mee", "terug", "weg", "vast", "voort", "los", "open", "dicht",
    "zonder", "tegen", "langs", "sinds", "tijdens", "vanaf", "binnen", "buiten", "rond", "via",
    # nouns of the agreements' own subject matter whose verb reading ("ik onderwijs") never occurs there
    "onderwijs", "welzijn", "armoede", "beleid", "budget", "geld", "gesprek", "gesprekken",
})
AUXILIARIES = frozenset({
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "zal", "zullen", "zou", "zouden",
    "heeft", "hebben", "had", "hadden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest",
    "moesten", "mag", "mogen", "mocht", "mochten", "wil", "willen", "wilde", "wilden", "gaat", "gaan",
    "ging", "gingen", "blijft", "blijven", "bleef", "bleven",
})
PAST_AUXILIARIES = frozenset({"was", "waren", "werd", "werden", "had", "hadden", "kon", "konden", "moest",
                              "moesten", "mocht", "mochten", "wilde", "wilden", "ging", "gingen", "bleef",
                              "bleven", "zou", "zouden"})
_PARTICLE_PREFIXES = ("ge", "be", "ver", "ont", "her", "er", "over", "onder", "door", "om", "aan", "af", "in",
                      "op", "uit", "toe", "terug", "mee", "samen", "vast", "voort", "weg", "bij", "voor", "na",
                      "los", "tegen")


_IRREGULAR_PRESENT = frozenset({"gaat", "ga", "heeft", "heb", "staat", "sta", "komt", "kom", "doet", "doe",
                                "ziet", "zie", "slaat", "sla", "is", "ben", "bent", "kan", "kunt", "zal", "zult",
                                "wil", "wilt", "mag", "moet", "weet", "zit", "legt", "zegt"})


# pasts that the tables also list as adjectives
_COMMON_PAST = frozenset({"werkte", "werkten", "stond", "stonden", "lag", "lagen", "ging", "gingen", "kwam", "kwamen",
                          "zat", "zaten", "kreeg", "kregen", "stegen", "steeg", "daalde", "daalden", "groeide",
                          "groeiden", "kocht", "kochten", "deed", "deden", "nam", "namen", "liep", "liepen"})


_ONE_SYLLABLE = {"doen": ("doe", "doet"), "gaan": ("ga", "gaat"), "staan": ("sta", "staat"), "slaan": ("sla", "slaat"),
                 "zien": ("zie", "ziet")}


def _present_forms(lemma: str) -> frozenset[str]:
    """Present forms of a regular verb: stem and stem + t ('werk', 'werkt'; 'kies', 'kiest'; 'koop')."""
    for short, forms in _ONE_SYLLABLE.items():
        if lemma.endswith(short):
            # (one-syllable verbs and their compounds: voldoen -> voldoe, voldoet; ontstaan -> ontsta, ontstaat)
            return frozenset(lemma[:-len(short)] + f for f in forms)
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    stems = {stem}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # zetten -> zet
    if stem.endswith("z"):
        stems.add(stem[:-1] + "s")  # kiezen -> kies
    if stem.endswith("v"):
        stems.add(stem[:-1] + "f")  # blijven -> blijf
    for s in list(stems):
        if len(s) > 2 and s[-2] in "aeou" and s[-3] not in "aeiou":
            stems.add(s[:-1] + s[-2] + s[-1])  # kopen -> koop, maken -> maak
        elif len(s) > 3 and s[-2] == "e" and s[-3] in "aeiou":
            stems.add(s[:-1] + "e" + s[-1])  # subsidiëren -> subsidieer, creëren -> creeer (folded)
    return frozenset(stems | {s + "t" for s in stems if not s.endswith("t")})


class Lexicon:
    """Word classes of folded Dutch word forms, from spacy-lookups-data's lemma index and tables."""

    def __init__(self) -> None:
        import spacy_lookups_data
        import srsly

        def read(name: str):
            path = Path(spacy_lookups_data.nl[name])
            gz = path.with_name(path.name + ".gz")
            return srsly.read_gzip_json(gz) if gz.exists() else srsly.read_json(path)

        from checker.nlp import fold_all

        index = read("lemma_index")
        exc = read("lemma_exc")
        lookup = read("lemma_lookup")
        # folded, as the token views hold words ("geïndexeerd" -> "geindexeerd"); the tables hold
        # some 400,000 forms, folded in bulk
        exc_verbs = [(form, lems[0]) for form, lems in exc.get("verb", {}).items() if lems]
        self.verbs: frozenset[str] = frozenset(fold_all(index.get("verb", ()))) | frozenset(
            fold_all(lem for _, lem in exc_verbs))
        self.nouns: frozenset[str] = frozenset(fold_all(index.get("noun", ())))
        # irregular forms (and the lookup's forms) whose lemma is a verb
        verbs = self.verbs
        self._verb_of: dict[str, str] = {}
        for pairs in (lookup.items(), exc_verbs):
            lemmas = list({lem for _, lem in pairs})
            folded = dict(zip(lemmas, fold_all(lemmas)))
            pairs = [(form, folded[lem]) for form, lem in pairs if folded[lem] in verbs]
            self._verb_of.update(zip(fold_all(form for form, _ in pairs), (lem for _, lem in pairs)))
        # plural nouns that are also verb forms ("afspraken", "uitgaven"): not a verb where they stand
        self._noun_forms: frozenset[str] = frozenset(fold_all(exc.get("noun", {})))
        adjectives = frozenset(fold_all(index.get("adj", ())))
        self._adjective_forms = adjectives  # with forms that are also verb forms ("harde", "werkte")
        self.adjectives: frozenset[str] = frozenset(w for w in adjectives if w not in self._verb_of)
        self.verb_lemma = lru_cache(maxsize=50_000)(self._verb_lemma)
        # the word-class tests below are asked about the same words again and again (a clause split
        # reads every token, the markers and operators their clauses' words): each answer kept per word
        self.is_verb = lru_cache(maxsize=50_000)(self._is_verb)
        self.is_past = lru_cache(maxsize=50_000)(self._is_past)
        self.is_participle = lru_cache(maxsize=50_000)(self._is_participle)

    @classmethod
    @lru_cache(maxsize=1)
    def shared(cls) -> "Lexicon":
        return cls()

    def _verb_lemma(self, word: str) -> str | None:
        """The verb a word form belongs to, or None when it cannot be a verb form."""
        if not word.isalpha() or word in _NOT_VERBS or len(word) < 2:
            return None
        if word in self.verbs:
            return word
        if word in self._verb_of:
            return self._verb_of[word]
        # regular morphology: stem + t / te / de / ten / den, ge- + stem + t / d
        for suffix in ("ten", "den", "te", "de", "t", "d", ""):
            if suffix and not word.endswith(suffix):
                continue
            stem = word[: len(word) - len(suffix)] if suffix else word
            if len(stem) < 2:
                continue
            long_vowel = stem[:-3] + stem[-2:] if len(stem) > 3 and stem[-3] == stem[-2] and stem[-2] in "aeou" else ""
            for candidate in (stem + "en", stem + stem[-1] + "en", stem[:-1] + "ven" if stem.endswith("f") else "",
                              long_vowel + "en" if long_vowel else "",
                              stem[:-1] + "zen" if stem.endswith("s") else "",
                              stem[:-1] + stem[-2] + stem[-1] + "en" if len(stem) > 2 else ""):
                if candidate and candidate in self.verbs:
                    return candidate
            if stem.startswith("ge") and len(stem) > 4:
                rest = stem[2:]
                short = rest[:-3] + rest[-2:] if len(rest) > 3 and rest[-3] == rest[-2] and rest[-2] in "aeou" else rest
                for candidate in (rest + "en", rest + rest[-1] + "en", short + "en"):
                    if candidate in self.verbs:
                        return candidate
            # separable participles: af-ge-bouwd, op-ge-pakt
            for prefix in _PARTICLE_PREFIXES:
                if stem.startswith(prefix + "ge") and len(stem) > len(prefix) + 4:
                    rest = stem[len(prefix) + 2:]
                    for candidate in (prefix + rest + "en", prefix + rest + rest[-1] + "en"):
                        if candidate in self.verbs:
                            return candidate
        return None

    def _is_verb(self, word: str) -> bool:
        return word in AUXILIARIES or self.verb_lemma(word) is not None

    def _is_past(self, word: str) -> bool:
        """A simple past: 'werkte', 'kochten', 'stegen', 'zat', 'was' (not a participle, not a present)."""
        if word in PAST_AUXILIARIES:
            return True
        if word in AUXILIARIES or word in _IRREGULAR_PRESENT:
            return False
        if word in _NOT_VERBS or len(word) < 3 or word in self.nouns or word in self._noun_forms \
                or word.endswith(("end", "ende", "enden", "nde", "nden", "s")):
            return False  # "stad", "gezin", "startende", "huishoudens"
        if word not in _COMMON_PAST and (word in self._adjective_forms or (
                word.endswith("e") and (word[:-1] in self._adjective_forms or word[:-2] + word[-3] + word[-2] in
                                        self._adjective_forms))):
            return False  # an adjective: "harde", "lange", "grote", "gesloten"
        lemma = self._verb_of.get(word)
        if lemma is None and word.endswith(("de", "te", "den", "ten")) and word not in self.adjectives:
            lemma = self.verb_lemma(word)  # a regular past: werk-te, stop-te, werk-ten (not "harde")
        if lemma is None or word == lemma or word in self.verbs or self.is_participle(word):
            return False
        if any(word.startswith(p + "ge") and not lemma.startswith(p + "ge") for p in ("", *_PARTICLE_PREFIXES)):
            return False  # an inflected participle, an adjective: "de gecontracteerde aanbieders"
        return word not in _present_forms(lemma)

    def has_verb(self, words) -> bool:
        """Whether the words hold a verb form that is not a participle (a clause's own verb)."""
        return any(self.is_verb(w) and not self.is_participle(w) for w in words)

    def is_nominal(self, words: list[str]) -> bool:
        """Whether the words are a noun phrase without a verb of their own: a plural noun that is
        also a verb form is the noun where it opens them or follows an article or an inflected
        adjective ("Langjarige afspraken met een handvol aanbieders"; not "We spraken af")."""
        for k, w in enumerate(words):
            if self.is_verb(w) and not self.is_participle(w):
                noun = w in self._noun_forms and (
                    k == 0 or words[k - 1] in ("de", "het", "een", "alle", "vaste", "nieuwe", "goede", "duidelijke")
                    or self.is_attributive(words[k - 1]))
                if not noun:
                    return False
        return True

    def _is_participle(self, word: str) -> bool:
        """'ingevoerd', 'afgebouwd', 'geboden', 'verlengd', 'opgepakt'."""
        lemma = self.verb_lemma(word)
        if lemma is None or word == lemma:
            return False
        if word.endswith(("de", "te", "den", "ten")) and not word.startswith("ge"):
            return False
        if word.startswith("ge") or any(word.startswith(p + "ge") for p in _PARTICLE_PREFIXES):
            return word.endswith(("d", "t", "en"))
        # be-, ver-, ont-, her- verbs take no ge-: verlengd, besteed, ontwikkeld, aanbesteed
        inseparable = ("be", "ver", "ont", "her", "er")
        return word.endswith(("d", "t")) and (word.startswith(inseparable) or any(
            word.startswith(p + q) for p in _PARTICLE_PREFIXES for q in inseparable))

    def knows(self, word: str) -> bool:
        """Whether a folded word is a Dutch word of the tables (noun, verb form or adjective): what a
        place name such as "Lindewaard" is not (names.py)."""
        return word in self.nouns or word in self._adjective_forms or self.is_verb(word)

    def is_adjective(self, word: str) -> bool:
        return word in self.adjectives

    def is_attributive(self, word: str) -> bool:
        """An adjective or participle with the -e it takes inside a noun phrase: "lichte", "grote"
        (of "groot"), "verlengde"."""
        if not word.endswith("e") or len(word) < 4:
            return False
        stem, undoubled = word[:-1], word[:-2] + word[-3] + word[-2]
        return stem in self._adjective_forms or undoubled in self._adjective_forms or self.is_participle(stem)

    def names_an_act(self, word: str) -> bool:
        """An infinitive or a noun of action: "aanbesteden", "het afschalen", "sluiting", "afbouw";
        not a plural noun that is also a verb form ("uitspraken", "afspraken")."""
        if word.endswith("ing") and len(word) > 5:
            return True
        return word.isalpha() and word.endswith("en") and word not in self._noun_forms and word in self.verbs
