"""Match: segments -> hits. Each hit says which rule, which words, which cue and which page.

What decides a hit (see CODEBOOK.md):
- the aspect's terms (and its `with` groups) occur in one segment;
- domain: the segment, its bullet lead-in or its heading path is about youth, families or the
  social domain (unless the item is exempt, as P08's facilities are);
- commitment: the cue that applies to the matched words (firm, intent, weak/study, none),
  a bullet's lead-in passing its cue on to the bullet;
- polarity: a negation or a decrease cue ("stoppen met", "afbouwen", "minder") turns the
  matched words down, a negated decrease ("geen bezuinigingen op") turns them up.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from checker.agency import acting_subject
from checker.anaphora import COMMITTING, anaphor_after, definite_object, heads_compound, names_before
from checker.bridging import (bridge, bridge_it, bridge_owner, bridge_place, bridge_pronoun, bridge_synonym, bridge_time,
                               bridge_within)
from checker.clauses import EXAMPLE_OPENERS, NOUN_BEFORE, POSSESSIVES, Clause, chain, clause_at, group_span, split_clauses
from checker.conjuncts import boundaries, first_finite, nominal_infinitive, predicate_markers, scoped, subject_markers
from checker.corrective import HEDGE_CATEGORIES, Correction, correction_for, corrections, denied
from checker.deferral import deferral, deferred_after, lacks_money
from checker.ellipsis import resolve as resolve_ellipsis
from checker.harm import Averted, averted_at, averted_harms
from checker.takeback import take_back, taken_back
from checker.cues import AnchorIndex, CueFinder, CueSpan, PhraseIndex, PhraseSet, Span
from checker.domain import DomainSense, word_test
from checker.genre import draft_spans, is_dated_goal, is_portfolio_line, is_running_header, section_kind
from checker.lexicon import Lexicon
from checker.markers import DESCRIPTION, INTENT, STUDY
from checker.names import own_names
from checker.modality import (ER_ADVERBS, FRONTED_NP_REACH, subject_first_demonstrative, FiledMarkers, Marker, Modality, expires, is_act_verb, object_noun, read_modality,
                              split_adverb, TALKING, structural_markers, takes_up, users_choice)
from checker.models import Cue, Hit, Segment, Segmented
from checker.nlp import DutchLemmatizer, Pipeline, SpellingRepair, TokenView, ViewBuilder, fold
from checker.numbers import amount_operators, change_operators
from checker.polarity import (ADOPTING_VERBS, DOWN, EXCLUSIONS, NEUTRAL, REFUSAL_MAX, UP, Operator, Polarity, negate, negated_cease,
                              polarity_ok, nominal_operator, read_polarity, refusal_after, refusal_opening)
from checker.refusing import Refusal, refusal_in
from checker.ruleset.loader import Ruleset
from checker.ruleset.schema import Item
from checker.speakers import TIME_NOUNS, national_account
from checker.ruleset.schema import Matcher as MatcherRule

COMMITMENT_NL = {"firm": "stevige toezegging", "intent": "voornemen", "weak": "geen toezegging (zwak)",
                 None: "geen toezegging"}
PASSIVE_AUX = {"wordt", "worden", "zal", "zullen"}
KNOWN_WORDS_KEPT = 200_000  # words whose verdict Matcher._known_word keeps (then it starts again)
CLAUSE_OPENERS = {":", ";", "(", "-", "–", "•", "en", "maar", "dus", "want", "of"}


@dataclass
class _CompiledMatcher:
    id: str
    label: str
    role: str  # support | contradiction
    terms: PhraseSet
    with_: list[PhraseSet]
    with_in_context: bool | str
    polarity: str
    unless: PhraseSet | None
    with_predicate: bool = False  # the `with` groups are a predicate, which a negation in its own clause denies
    discussion_counts: bool = False  # talks are the act this aspect asks for (T4)
    attention_counts: bool = False  # attention is what this aspect asks for (T2)
    claims: bool = False  # its phrases claim the words inside them from the other aspects (`_not_inside_longer`)
    act: bool = False  # a contradiction whose terms are the opposite act itself: ceasing it is no contradiction
    affirms: str | None = None  # the aspect a committed, negated occurrence of this contradiction supports
    # ids in Matcher.phrase_index of the terms, the `with` groups and `unless`
    term_id: int = -1
    with_ids: tuple[int, ...] = ()
    unless_id: int | None = None


@dataclass
class _CompiledItem:
    item: Item
    aspects: list[_CompiledMatcher]
    contradictions: list[_CompiledMatcher]
    topic: _CompiledMatcher | None
    term_ids: frozenset[int] = frozenset()  # in Matcher.phrase_index: the sets of its matchers' terms


@dataclass(frozen=True)
class _Judgement:
    """One occurrence of a matcher's terms, judged: commitment and polarity with their cues."""

    term: str
    span: Span
    commitment: str | None
    cue: Cue | None
    polarity: str
    polarity_cue: Cue | None
    committed: bool
    direction_ok: bool
    choice_against: bool = False  # a committed, negated decrease: "we bouwen X niet af"
    negated: bool = False  # a negation reaches the matched words
    ceased: bool = False  # the clause ends the matched thing ("niet meer", "geen ... meer")
    replaced: bool = False  # it gives way to something else ("in plaats van X")
    explicit_choice: bool = False  # a negated choice ("wij kiezen er niet voor om ...")
    averted: bool = False  # inside a negated harm ("niet langer tussen wal en schip vallen", harm.py)
    negation: tuple[int, int] | None = None  # the tokens of the negation that reaches the words
    direction: tuple[int, int] | None = None  # the tokens of the operator that gave the polarity

    @property
    def cue_source(self) -> str | None:
        return self.cue.source if self.cue is not None else None

    @property
    def counts(self) -> bool:
        return self.committed and self.direction_ok


# decreases that end a thing outright, by the first word of their polarity cue ("stoppen met",
# "bouwen we ... af", "einde aan"): a committed one of what an item's core keeps is a choice against it
ENDING = frozenset({"stoppen", "stop", "kappen", "afschaffen", "afgeschaft", "afschaffing", "schaffen", "beëindigen",
                    "beeindigen", "opheffen", "opgeheven", "heffen", "einde", "eind", "afbouwen", "afgebouwd", "bouwen",
                    "afbouw", "af", "op"})
_ARTICLES = frozenset({"de", "het", "een", "onze", "alle", "deze", "die"})
# the weak cues of attention (rules/cues.yaml) that an aspect with `attention_counts` asks for
ATTENTION_CUES = frozenset({"aandacht voor", "oog voor", "aandacht aan", "aandacht hebben", "oog hebben"})
_INSERTED_RELATIVES = frozenset({"die", "dat", "wat", "waar", "waarin", "waarop", "waarvan", "waarmee", "waarbij",
                                 "waarvoor", "welke"})


def _without_inserted_relative(between: list[str]) -> list[str]:
    """The words between a fronted object and its predicate, less a relative clause set off by commas
    right after the object: "De inzet van jeugdhulpverleners op scholen, die de gemeente nu nog betaalt,
    bouwen we af" (the clause qualifies the object; the object is still the predicate's)."""
    if len(between) < 4 or between[0] != "," or between[1] not in _INSERTED_RELATIVES:
        return between
    close = next((k for k in range(2, len(between)) if between[k] in (",", ";", ":", ".")), None)
    if close is None or between[close] != ",":
        return between
    return between[close + 1:]
# negations that are no verb of undoing ("terugdraaien", "afwijzen" are)
_PLAIN_NEGATORS = frozenset({"niet", "geen", "nooit", "zonder", "nergens", "excl.", "met", "behalve", "van"})
# a negated choice is an explicit choice against: "wij kiezen er (bewust) niet voor om ...", "we zien geen reden om"
CHOICE_WORDS = frozenset({"kiezen", "kiest", "kozen", "gekozen", "reden", "besluiten", "besloten"})
# negations that are a choice by themselves: "van die mogelijkheid maken we geen gebruik"
CHOOSING_NOT = frozenset({"geen gebruik", "geen gebruik van"})
# words by which a sentence points at the one before it ("We reserveren hiervoor € 120.000")
POINTING = frozenset({"hiervoor", "daarvoor", "hiermee", "daarmee", "hierbij", "daarbij", "hiertoe", "daartoe",
                      "hierin", "daarin", "hierop", "daarop", "hiervan", "daarvan"})
POINTING_START = frozenset({"dat", "dit", "die", "deze", "zij", "ze", "daar", "zo", "hij", "het", "zulke", "zo'n", "dergelijke"})
# what follows "zijn" as a verb ("en zijn er ...", "en zijn de wachtlijsten ..."); before another word it
# is the possessive ("en niet zijn leeftijd")
_AFTER_VERB_ZIJN = POINTING_START | {"er", "we", "wij", "de", "een"}
# a sentence which takes up the whole sentence before it as its object ("Elk kind moet kunnen rekenen
# op zware zorg. Dat regelen we als jeugdregio", "... Hiervoor reserveren we € 250.000", "... Daar
# zorgen wij voor"): modality.takes_up
# words that open a statement by pointing back at the one before ("; dat bouwen we uit")
ANAPHORS = frozenset({"dat", "dit", "die", "deze", "ze", "zij", "hij", "het", "daar", "daarvoor", "daarmee", "daarbij",
                      "hiervoor", "hiermee", "hierbij", "daarom", "zo", "ook"})
def _points_back(piece: list[str]) -> bool:
    """Whether a statement refers to the one before it: "hiervoor", "daarmee", "we reserveren er ...
    voor" (not the "er" of "er komt")."""
    if not POINTING.isdisjoint(piece) or split_adverb(piece):
        return True  # (also split: "en de gemeente stelt daar geld voor beschikbaar")
    for k, w in enumerate(piece):
        if w == "er" and k + 1 < len(piece) and piece[k + 1] not in ("komt", "komen", "is", "zijn", "wordt",
                                                                        "worden", "gaat", "gaan", "blijft", "blijven"):
            if any(x in ("voor", "mee", "aan", "bij") for x in piece[k + 2:]):
                return True
    return False


_REFUSAL_WORDS = frozenset({"niet", "optie", "af"})
# pronominal adverbs that take a statement up as the object of the act ("daar sturen we op" is split)
_TAKING_UP_ADVERBS = frozenset({"daarvoor", "hiervoor", "daarop", "hierop", "daaraan", "hieraan", "daartoe",
                                "hiertoe"})
_DATED = re.compile(r"\b20[2-4]\d\b")  # a year in a heading: "Doelen voor 2030", "Ambities 2026-2030"
# a bullet that opens with these continues its lead-in's clause ("We verkennen: - hoe ...; - of ...")
_CONTINUING = frozenset({"hoe", "of", "welke", "wat", "wanneer", "waar", "dat", "om", "wie", "waarom"})
NEGATORS = frozenset({"niet", "geen", "nooit"})  # (a phrase of the rules that says one itself)
_DIRECTION_OF = {"keep": "keep", "increase": "up", "decrease": "down", "cut": "down"}
_MODALITY_CUES = frozenset({"firm", "intent", "weak", "study", "condition", "attribution", "description"})
_POLARITY_CUES = frozenset({"negation", "decrease", "cut", "increase", "keep", "contrast", "replace", "replaces"})


class _Analysis:
    """A passage's clauses, modality markers and polarity operators (clauses.py, modality.py,
    polarity.py), worked out once when an item first needs them."""

    def __init__(self, matcher: "Matcher", view: TokenView, cues: list[CueSpan],
                 names: tuple[tuple[str, ...], ...] = ()) -> None:
        self.words = view.surface.split()
        self._matcher, self._view, self._cues = matcher, view, cues
        self._names = names  # the municipality's own name, as tokens (names.py)
        self._lexicon = matcher.lexicon
        self.clauses: list[Clause] = split_clauses(self.words, self._lexicon.is_verb)
        self._parts: list[int] | None = None
        # the rest is worked out on first use: a passage read for its statements' boundaries (an
        # `unless` word, a `with` group) needs no modality, one read for its modality no polarity
        self._markers: list[Marker] | None = None
        self._ours = False
        self._filed: FiledMarkers | None = None
        self._operators: list[Operator] | None = None
        self._amounts: list[Operator] | None = None
        self._corrections: list[Correction] | None = None
        self._averted: list[Averted] | None = None
        self._layouts: dict[tuple[int, int], tuple[int | None, list[int]]] = {}
        self._refusals: dict[int, Refusal | None] = {}
        self._anaphors: dict[int, int | None] = {}
        self._deferrals: dict[int, tuple[str, str] | None] = {}
        self._deferral_at: dict[int, tuple[str, str] | None] = {}  # (see deferral.deferred_after)
        self._groups: dict[int, list[int]] = {}

    @property
    def corrections(self) -> list[Correction]:
        if self._corrections is None:
            lexicon = self._lexicon
            self._corrections = corrections(self.words, self.clauses, lexicon.is_verb, lexicon.is_participle)
        return self._corrections

    @property
    def markers(self) -> list[Marker]:
        """The modality markers: cues, and what the clauses' structure says (modality.py)."""
        if self._markers is None:
            matcher, view, words = self._matcher, self._view, self.words
            subjects = [(sp.start, sp.end) for _, sp in matcher.subjects.find(view)] + self._named_subjects()
            self._ours = bool(subjects)
            markers = [Marker(c.category, c.span.start, c.span.end, c.span.text.strip(),
                              scope=c.scope if c.category == "weak" else None)
                       for c in self._cues if c.category in _MODALITY_CUES
                       and not (c.category == "condition" and users_choice(words, c.span.start, c.span.text.strip()))
                       and not _te_modal(words, c.span.start, c.span.end)
                       and not (c.category == "study" and _negated_study(words, c.span.start, c.span.end))]
            others = [(sp.start, sp.end) for _, sp in matcher.others.find(view)] if matcher.others else []
            waits_for = [(sp.start, sp.end) for _, sp in matcher.conditional_on.find(view)] \
                if matcher.conditional_on else []
            markers = self._dated_targets(markers)
            markers += structural_markers(words, self.clauses, subjects, matcher.non_act, self._lexicon, others,
                                          waits_for)
            if self.corrections:
                # a hedge inside what a corrective negation takes away does not hedge (corrective.py)
                markers = [m for m in markers
                           if not (m.category in HEDGE_CATEGORIES and denied(self.corrections, m.start))]
            self._markers = markers
        return self._markers

    @property
    def ours(self) -> bool:
        """Whether the passage has a committing subject of ours ("we", "het college", the municipality's
        name)."""
        self.markers
        return self._ours

    def _dated_targets(self, markers: list[Marker]) -> list[Marker]:
        """"In 2030 moet het aantal lichte trajecten met een derde zijn gedaald": a "moet" in a clause
        that opens with the year it must be so by is the agreement's target (a goal sentence,
        CODEBOOK), not a vague norm."""
        out = []
        for m in markers:
            if m.category == "weak" and m.words in ("moet", "moeten"):
                k = clause_at(self.clauses, m.start)
                c = self.clauses[k]
                # (not where the clause has a vague cue or someone else's account of its own: "In 2030
                # moet er meer aandacht zijn voor ...", "... volgens de Jeugdautoriteit ...")
                others = [o for o in markers if o is not m and c.start <= o.start < c.end and o.category in
                          ("weak", "study", "attribution", "condition", "description")]
                if is_dated_goal(" ".join(self.words[c.start:m.start])) and m.start - c.start <= 5 and \
                        not others and _VAGUE.isdisjoint(self.words[c.start:c.end]):
                    m = Marker(INTENT, m.start, m.end, m.words, "segment")
            out.append(m)
        return out

    def _named_subjects(self) -> list[tuple[int, int]]:
        """Where the municipality's own name stands (with an article of its own: "De Wiermarren"):
        a committing subject as "we" is."""
        words, out = self.words, []
        for name in self._names:
            n = len(name)
            for i in range(len(words) - n + 1):
                # (not a noun's complement: "De jongerenraad van Berkelmonde wil ...", "de inwoners uit X")
                if tuple(words[i:i + n]) == name and not (i > 1 and words[i - 1] in _OF_A_NOUN
                                                          and words[i - 2].isalpha() and words[i - 2] not in _NOT_NOUN):
                    out.append((i - 1 if i > 0 and words[i - 1] in ("de", "den", "het") else i, i + n))
        return out

    @property
    def filed_markers(self) -> FiledMarkers:
        """`markers`, filed by where they start (modality.FiledMarkers), once."""
        if self._filed is None:
            self._filed = FiledMarkers(self.markers)
        return self._filed

    def _read_modality(self, k: int, token: int | None = None, markers: list[Marker] | None = None,
                       layout: tuple[int | None, list[int]] | None = None) -> tuple[Modality, bool]:
        """modality.read_modality of clause k, from the passage's markers (filed) or from `markers`."""
        filed = self.filed_markers if markers is None else None
        return read_modality(self.markers if markers is None else markers, self.clauses, k, token, self.words,
                             layout, filed, self.group)

    @property
    def operators(self) -> list[Operator]:
        """The polarity operators: cues, targets, changes of numbers, the verbs a "geen" negates."""
        if self._operators is None:
            matcher, view, words = self._matcher, self._view, self.words
            ops = [Operator(c.category, c.span.start, c.span.end, c.span.text.strip(),
                            self._directional_scope(c) if c.category in ("decrease", "cut", "increase", "keep")
                            else None)
                   for c in self._cues if c.category in _POLARITY_CUES]
            ops += [Operator("target", sp.start, sp.end, sp.text.strip())
                    for _, sp in (matcher.cue_finder.targets.find(view) if matcher.cue_finder.targets else [])]
            ops += [Operator(o.category, o.start, o.end, o.words, self._verb_limit(o.start, o.end))
                    for o in change_operators(words)]
            ops += self._verbs_before_geen()
            ops += self._passive_subjects(ops)
            # "in plaats van X, ...": the replaced thing runs to the next comma, or to the verb of a main
            # clause it opens ("In plaats van via de regio kopen we ...")
            self._operators = [Operator(o.category, o.start, o.end, o.words, (o.end, self._contrast_end(o.end)))
                               if o.category == "contrast" else o for o in ops]
        return self._operators

    @property
    def amounts(self) -> list[Operator]:
        """A negative amount cuts the measure its row or short bullet names, whatever the clause."""
        if self._amounts is None:
            self._amounts = amount_operators(self.words) if len(self.words) <= 40 else []
        return self._amounts

    @property
    def averted(self) -> list[Averted]:
        """The negated harms: "niet langer tussen wal en schip vallen" is the item's goal (harm.py)."""
        if self._averted is None:
            matcher = self._matcher
            harms = [(sp.start, sp.end) for _, sp in matcher.harms.find(self._view)] if matcher.harms else []
            self._averted = averted_harms(
                self.words, self.clauses, harms, [(o.start, o.end, o.words) for o in self.operators
                                                  if o.category == "negation"]) if harms else []
        return self._averted

    def _relative_direction(self, k: int, b: int) -> Polarity | None:
        """The direction a relative clause inserted right after the words (ending at `b`, the last of
        clause k) gives them: "Het gezinsteam, dat er vier medewerkers bijkrijgt, ...", "de bibliotheek,
        die we in 2027 sluiten, ..." (its own operator, not negated); else None."""
        clauses, words = self.clauses, self.words
        c = clauses[k]
        if k + 1 >= len(clauses) or b != c.end - 1 or words[b] != ",":
            return None
        r = clauses[k + 1]
        if r.role not in ("relative", "complement") or words[r.start] not in ("die", "dat") or r.parent != k:
            return None
        ops = [o for o in self.operators if r.start <= o.start < r.end]
        if any(o.category == "negation" for o in ops):
            return None
        op = next((o for o in ops if o.category in _DIRECTION_OF), None)
        return None if op is None else Polarity(_DIRECTION_OF[op.category], op, cut=op.category == "cut")

    def ended_harm(self, q: Polarity, span: Span) -> Polarity:
        """The direction `q` that a statement taking this sentence up gives the words in `span`, when
        this sentence states a harm (harm.py): ending it ("Gezinnen wachten lang op het wijkteam. Daar
        maken we een einde aan") averts the harm, so the harm's own words go the item's way and the others
        are its setting, which the ending does not reach (the team is not ended)."""
        if q.value != DOWN or not self._matcher.harms:
            return q
        harms = [sp for _, sp in self._matcher.harms.find(self._view)]
        if not harms:
            return q
        if any(h.start < span.end and span.start < h.end for h in harms):
            return Polarity(UP, q.cue, averted=True)
        return Polarity(NEUTRAL, None)

    def _verbs_before_geen(self) -> list[Operator]:
        """"De gemeente organiseert, subsidieert of faciliteert geen programma's": the "geen" of the
        object negates the verbs right before it too."""
        out: list[Operator] = []
        words, lexicon = self.words, self._lexicon
        for k, w in enumerate(words):
            if w != "geen":
                continue
            j = k - 1
            while j >= 0 and (words[j] in ("of", "en", ",") or (lexicon.is_verb(words[j]) and words[j] not in
                                                                  ("is", "zijn", "wordt", "worden", "komt", "komen"))):
                if words[j] not in ("of", "en", ","):
                    out.append(Operator("negation", j, j + 1, "geen"))
                j -= 1
        return out

    def _verb_limit(self, start: int, end: int) -> tuple[int, int]:
        """An operator's reach in its passage, to the next coordinated verb (see _directional_scope)."""
        return self._limit(0, len(self.words), end)

    def _directional_scope(self, c: CueSpan) -> tuple[int, int]:
        """A decrease or increase reaches no further forward than the next coordinated verb: "we
        stoppen met marktwerking en organiseren hulp als publieke dienst" stops only the market (a passive
        participle's reach back to its subject: _passive_subjects)."""
        return self._limit(c.scope[0], c.scope[1], c.span.end)

    def _passive_subjects(self, ops: list[Operator]) -> list[Operator]:
        """For a decrease or increase whose passive participle closes its clause after "wordt"/"worden",
        the same operator over the clause's subject: "Het aantal gesloten jeugdzorgplaatsen in de regio wordt
        met 12 plekken uitgebreid" (the subject's head and what "van" joins to it, up to its first other
        preposition: not "jongeren uit de gesloten jeugdzorg" in "Het aantal gezinshuizen voor jongeren uit de
        gesloten jeugdzorg wordt uitgebreid")."""
        words, out = self.words, []
        for o in ops:
            k = o.start
            if o.category not in ("decrease", "cut", "increase") or o.end - o.start != 1 or \
                    (k + 1 < len(words) and words[k + 1] not in (".", ";", ",", ":")) or \
                    not self._lexicon.is_participle(words[k]):
                continue
            c = self.clauses[clause_at(self.clauses, k)]
            aux = next((j for j in range(c.start + 1, k) if words[j] in _PASSIVE_AUX), None)
            if aux is None:
                continue
            end = next((j for j in range(c.start + 1, aux) if words[j] in _SUBJECT_PP_STOPS), aux)
            out.append(Operator(o.category, o.start, o.end, o.words, (c.start, end)))
        return out

    def _limit(self, a: int, b: int, end: int) -> tuple[int, int]:
        words, lexicon = self.words, self._lexicon
        finite = None
        for k in range(end, min(b, len(words) - 1)):
            if words[k] in ("en", "maar", ",") and lexicon.is_verb(words[k + 1]) \
                    and not lexicon.is_participle(words[k + 1]) and words[k + 1] not in ("is", "zijn"):
                if words[k] != "en":
                    return a, k
                if finite is None:
                    finite = first_finite(words, 0, end, lexicon.is_verb, lexicon.is_participle) or ""
                if not nominal_infinitive(words, k + 1, finite or None):
                    return a, k
        return a, b

    def _contrast_end(self, start: int) -> int:
        words, lexicon = self.words, self._lexicon
        for k in range(start, len(words)):
            w = words[k]
            if w in (",", ";", ":"):
                return k
            prev = words[k - 1]
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if k > start and lexicon.is_verb(w) and prev not in ("te", "om", "van", "de", "het", "een", "en", "of") \
                    and not lexicon.is_participle(w) and not lexicon.is_adjective(prev) and not lexicon.is_participle(prev):
                # (not a noun after an adjective, "in plaats van gesloten plaatsen af te bouwen", nor one
                # in a list, "in plaats van open house en aanbesteden kiezen we")
                return k
            if k > start and prev in ("en", "of") and lexicon.is_verb(w) and nxt in ("we", "wij", "ze", "zij"):
                return k
        return len(words)

    @property
    def parts(self) -> list[int]:
        """Token indexes where a statement of the passage starts: a main clause after ";" or a dash,
        unless it opens with a word that points back ("; dat bouwen we uit", "; ze krijgen ...")."""
        if self._parts is None:
            starts = [0]
            words = self.words
            lexicon = self._lexicon

            def finite(piece: list[str]) -> bool:
                # (not the possessive "zijn" before a noun: "en niet zijn leeftijd")
                # (nor a noun after an article or preposition: "op de plekken waar ...")
                return any(lexicon.is_verb(w) and not lexicon.is_participle(w)
                           and not (w == "zijn" and k + 1 < len(piece) and not lexicon.is_verb(piece[k + 1])
                                    and piece[k + 1] not in _AFTER_VERB_ZIJN)
                           and not (k > 0 and (piece[k - 1] in NOUN_BEFORE or piece[k - 1] in POSSESSIVES))
                           for k, w in enumerate(piece))

            for n, c in enumerate(self.clauses[1:], start=1):
                piece = words[c.start:c.end]
                coordinated = c.role in ("coordinate", "contrast") and c.opener in ("en", "maar", "of")
                first = piece[1] if coordinated and len(piece) > 1 else piece[0]
                before = self.clauses[n - 1]
                if coordinated and (lexicon.is_verb(first) or not finite(_before_relative(piece[1:]))
                                    or not any(map(lexicon.is_verb, words[before.start:before.end]))):
                    # "maar blijven binnen de begroting", "maar juist met vaste krachten van ...": one
                    # statement; so is "dat niet de leeftijd, maar de situatie bepaalt ...", whose first
                    # part takes its verb from the second
                    continue
                # ("het" before its noun is the article: "maar het groenonderhoud kopen we zelf in")
                # (after "maar" only: a ";" statement opening "het budget ..." goes on about the one before)
                article = c.opener == "maar" and first == "het" and len(piece) > 3 and not lexicon.is_verb(piece[2]) \
                    and piece[2].isalpha()
                if ((c.role == "main" and c.opener in (";", "–", "—")) or coordinated) \
                        and (first not in ANAPHORS or article) and not _points_back(piece) \
                        and not _pronoun_object_of(piece, lexicon.is_verb):
                    starts.append(c.start)
            self._parts = starts
        return self._parts

    def stance(self, token: int) -> str | None:
        """The words of a fronted correction ("Niet X, maar Y:") when the token sits in it or in the
        clause it heads (or one hanging on that), else None (corrective.py)."""
        fronted = [c for c in self.corrections if c.fronted is not None]
        if not fronted:
            return None
        chained = chain(self.clauses, clause_at(self.clauses, token))
        for c in fronted:
            if c.fronted in chained or c.negation[0] <= token < c.correction[1]:
                return " ".join(self.words[c.negation[0]:c.correction[1]]).replace(" ,", ",").rstrip(" :")
        return None

    def hypothetical(self, token: int) -> bool:
        """Whether the token sits in a condition or concession ("Als de ombuigingen trager gaan, ...")."""
        return self.clauses[clause_at(self.clauses, token)].role in ("condition", "concession")

    def group(self, k: int) -> list[int]:
        """clauses.group_span of clause k, once (it walks every clause; a long passage's polarity asks
        for it per matched term)."""
        found = self._groups.get(k)
        if found is None:
            found = self._groups[k] = group_span(self.clauses, k)
        return found

    def part_of(self, token: int) -> int:
        return bisect.bisect_right(self.parts, token) - 1

    def modality(self, token: int) -> tuple[Modality, bool]:
        k = clause_at(self.clauses, token)
        markers = self.markers
        layout = None
        if len(markers) > 1:
            c = self.clauses[k]
            layout = self.layout(c.start, c.end)
            if layout[1] and layout[0] is not None and token < layout[0]:
                # a shared subject takes the modality of the predicate that does something (conjuncts.py)
                markers = subject_markers(markers, self.operators, token, c.start, c.end, layout)
            elif layout[1] and layout[0] is not None:
                # a later predicate is not under the first one's study or wish (conjuncts.py)
                markers = predicate_markers(markers, self.words, token, c.start, layout, self._act_verb,
                                            lambda a, b: Marker("firm", a, b, self.words[a], "subject"))
        return self._read_modality(k, token, None if markers is self.markers else markers, layout)

    def _act_verb(self, word: str) -> bool:
        return is_act_verb(word, self._matcher.non_act, self._lexicon)

    def layout(self, lo: int, hi: int) -> tuple[int | None, list[int]]:
        """The first verb of [lo, hi) and where its coordinated predicates open (conjuncts.py), once."""
        key = (lo, hi)
        found = self._layouts.get(key)
        if found is None:
            found = self._layouts[key] = boundaries(self.words, lo, hi, self._lexicon.is_verb,
                                                    self._lexicon.is_participle)
        return found

    def refusal(self, token: int) -> str | None:
        """A later clause that refuses what the term's clause proposes (polarity.refusal_after)."""
        return refusal_after(self.words, self.clauses, clause_at(self.clauses, token))

    def deferred(self, token: int) -> tuple[str, str] | None:
        """A later statement of the passage that leaves the token's commitment open or hands it to
        others (deferral.py)."""
        k = chain(self.clauses, clause_at(self.clauses, token))[-1]
        if k not in self._deferrals:  # (once per clause: it reads every later clause of the passage)
            self._deferrals[k] = deferred_after(self.words, self.clauses, k, self._lexicon.is_verb,
                                                self._deferral_at)
        return self._deferrals[k]

    def label_modality(self, token: int) -> tuple[str, Cue] | None:
        """For a token in a verbless label before a colon, what the clause after the colon commits to:
        "Verlengde jeugdhulp tot 21 jaar: jongeren ... kunnen daarop rekenen"."""
        k = clause_at(self.clauses, token)
        if k + 1 >= len(self.clauses) or self.clauses[k + 1].role != "elaboration" or self.clauses[k].role != "main":
            return None
        c = self.clauses[k]
        if self._lexicon.has_verb(self.words[c.start:c.end]):
            return None
        mod, said = self._read_modality(k + 1)
        if not said or mod.level not in ("firm", "intent") or mod.marker is None:
            return None
        return mod.level, _cue(mod.marker, "label")

    def taken_up_later(self, token: int) -> tuple[str, Cue] | None:
        """The commitment of the clause after a ";" when it takes the token's clause up as its object,
        as the next sentence can (Matcher._taken_up): "De specialistische jeugdhulp moet binnen het
        bestaande budget blijven; daar sturen we elk kwartaal op"."""
        nxt = self._taking_up_clause(clause_at(self.clauses, token))
        if nxt is None:
            return None
        c = self.clauses[nxt]
        piece = self.words[c.start:c.end]
        # (pointing back at its start, or with a pronominal adverb of the object: "; wij dragen daar
        # financieel aan bij"; not "daarbij" (besides) or "hiermee" (thereby))
        if not takes_up(piece) and not split_adverb(piece) and _TAKING_UP_ADVERBS.isdisjoint(piece) and \
                not _pronoun_object_of(piece, self._lexicon.is_verb) and not (c.opener == ":" and _colon_takes_up(piece)):
            return None  # ("; de gemeente betaalt dat uit ...")
        if not NEGATORS.isdisjoint(piece) or "rekening" in piece:
            return None  # ("; dat gaan we niet doen": a refusal, polarity.py; "daar houden we rekening mee")
        mod, said = self._read_modality(nxt)
        # (its own subject's act: "daar sturen we op"; not a time word or "er komt"; a study of it leaves
        # it open: "Voor jongeren na een plaatsing ontbreekt nog een aanpak; die onderzoeken we in 2027")
        studied = mod.level == "weak" and mod.marker is not None and mod.marker.category == STUDY
        if not said or (mod.level not in ("firm", "intent") and not studied) or mod.marker is None or \
                not c.start <= mod.marker.start < c.end or mod.marker.source not in ("subject", "segment"):
            return None
        return mod.level, Cue(mod.marker.category, f"{self.words[c.start]} … {mod.marker.words}", "taken_up")

    def _taking_up_clause(self, k: int) -> int | None:
        """The statement after clause k that may take it up: the next main clause after a ";", or the
        clause after a colon that closes a fronted noun phrase ("Jongeren die achter gesloten deuren
        worden geplaatst: dat aantal brengen we terug naar nul")."""
        for j in range(k + 1, len(self.clauses)):
            c = self.clauses[j]
            if c.role == "main":
                return j if c.opener == ";" else None
            if c.role == "elaboration" and c.opener == ":":
                return j
        return None

    def taken_up_direction(self, token: int) -> Polarity | None:
        """The direction the ";" statement that takes the token's statement up gives it ("Aanbieders moeten om
        de paar jaar opnieuw meedingen naar een contract; daar stoppen we mee"): that of its first directional
        operator, or None."""
        k = clause_at(self.clauses, token)
        nxt = self._taking_up_clause(k)
        if nxt is None:
            nxt = next((j for j in range(k + 1, len(self.clauses)) if self.clauses[j].role == "main"), None)
        if nxt is None:
            return None
        q = self.clause_direction(self.clauses[nxt])
        return q if q is not None and q.value != NEUTRAL else None

    def excepted_direction(self, token: int) -> Polarity | None:
        """The direction of the statement that takes up an exception right after it: "We bouwen alle
        groepen om, behalve de gesloten groep: die breiden we uit" (the excepted group is not converted,
        it is enlarged); None where no clause after ":" or ";" opens by pointing at it."""
        nxt = self._taking_up_clause(clause_at(self.clauses, token))
        if nxt is None:
            return None
        c = self.clauses[nxt]
        if self.words[c.start] not in ("die", "dat", "deze", "dit", "daar", "daarvoor", "daarmee"):
            return None
        q = self.clause_direction(c)
        return q if q is not None and q.value != NEUTRAL else None

    def clause_direction(self, c: Clause) -> Polarity | None:
        """The polarity of clause `c`'s first directional operator, read where that operator reaches
        (what "Daar maken we een einde aan", "; daar stoppen we mee" give the statement they take up), or
        None without one."""
        op = next((o for o in self.operators if c.start <= o.start < c.end
                   and o.category in ("decrease", "increase", "cut", "keep")), None)
        if op is None:
            return None
        at = op.scope[0] if op.scope is not None and c.start <= op.scope[0] < c.end else op.start
        return self.polarity(at, at + 1)

    def main_modality(self) -> tuple[Modality, bool]:
        """What the passage's first main clause says (for the passages after it, and bullets after a
        lead-in); when it says nothing, the first main statement after it that does ("Niet de
        aanbieder maar het wijkteam is de eerste plek ...; we breiden de teams daarvoor uit")."""
        mains = [i for i, c in enumerate(self.clauses) if c.role == "main"] or [0]
        first = self._read_modality(mains[0])
        if first[1]:
            return first
        return next((found for k in mains[1:]
                     if (found := self._read_modality(k))[1]), first)

    def anaphor(self, k: int) -> int | None:
        """The pronoun of the contrast after clause k that stands for what clause k names (anaphora.py)."""
        if k not in self._anaphors:
            self._anaphors[k] = anaphor_after(self.words, self.clauses, k, self._lexicon.is_verb)
        return self._anaphors[k]

    def refused_here(self, token: int) -> Refusal | None:
        """The predicate that ends the token's clause and refuses the act it names (refusing.py)."""
        k = clause_at(self.clauses, token)
        if k not in self._refusals:
            group = self.group(k)
            self._refusals[k] = refusal_in(self.words, self.clauses[max(group)],
                                           start=min(self.clauses[g].start for g in group),
                                           names_an_act=self._lexicon.names_an_act)
        found = self._refusals[k]
        return found if found is not None and found.covers(token) else None

    def polarity(self, a: int, b: int) -> Polarity:
        refused = self.refused_here(a)
        if refused is None:
            return self._polarity(a, b)
        # "Het afschalen van lichte hulp is geen optie": the act's own direction, refused; "Niet
        # indexeren is geen optie": a refused negation affirms (refusing.py)
        cue = Operator("negation", *refused.predicate, refused.words)
        p = self._polarity(a, b, without=(refused.predicate,))
        if p.negated:
            return self._polarity(a, b, without=(refused.predicate, refused.subject))
        return negate(dataclasses.replace(p, cue=p.cue or cue))

    def _polarity(self, a: int, b: int, without: tuple[tuple[int, int], ...] = ()) -> Polarity:
        p = self._clause_polarity(a, b, without)
        if (op := self._gloss_operator(b)) is not None and (
                p.value == NEUTRAL or (p.cue is not None and any(p.cue.words == o.words for o in self.amounts))):
            # "Taakstelling jeugdhulp (verlaging budget t.o.v. begroting 2026)": a bracket right after the
            # words that opens with a change noun says what happens to them
            return Polarity(_DIRECTION_OF[op.category], op, cut=op.category == "cut")
        return p

    def _gloss_operator(self, b: int) -> Operator | None:
        """The change noun that opens a bracket right after token b ("jeugdhulp (verlaging budget ...)")."""
        if b >= len(self.words) or self.words[b] != "(":
            return None
        return next((o for o in self.operators if o.start == b + 1 and o.category in _DIRECTION_OF
                     and nominal_operator(o.words)), None)

    def _clause_polarity(self, a: int, b: int, without: tuple[tuple[int, int], ...] = ()) -> Polarity:
        k = clause_at(self.clauses, a)
        c = self.clauses[k]
        if c.role == "paren" and c.start > 0 and self.words[c.start + 1:c.start + 2] and \
                self.words[c.start + 1] in EXAMPLE_OPENERS:
            # "We bezuinigen op voorzieningen (zoals de bibliotheek)": an example goes the way of what
            # it exemplifies, the word before the bracket
            return self._polarity(c.start - 1, c.start, without)
        pieces = [self.clauses[g] for g in self.group(k)]
        ops = self.operators
        if without:
            ops = [o for o in ops if not (o.category == "negation" and any(x <= o.start < y for x, y in without))]
        # "wij kiezen er niet voor om X": the negation of a short main clause reaches into the
        # clause it governs
        frame = [self.clauses[k]]
        for j in chain(self.clauses, k)[1:2]:  # (the clause it hangs on, not one further up)
            c = self.clauses[j]
            if _governing_frame(self.words, c) and self.clauses[k].role in ("complement", "purpose"):
                chosen = [Operator(o.category, self.clauses[k].start, self.clauses[k].start, o.words)
                          for o in self.operators if o.category == "negation" and c.start <= o.start < c.end]
                if chosen:
                    # an undoing verb in what is not chosen is the decrease chosen against: "wij kiezen er
                    # niet voor om de marktwerking terug te draaien" (as "... terug te dringen")
                    inner = self.clauses[k]
                    # (not where what is undone is itself a decrease: "de afbouw ... terug te draaien")
                    ops = [dataclasses.replace(o, category="decrease") if o.category == "negation"
                           and inner.start <= o.start < inner.end and o.words.split()[0] not in _PLAIN_NEGATORS
                           and not any(d.category in ("decrease", "cut") and inner.start <= d.start < o.start
                                       for d in self.operators)
                           else o for o in ops]
                ops = ops + chosen
                frame.append(c)
        clause = self.clauses[k]
        lo, hi = min(c.start for c in pieces), max(c.end for c in pieces)
        if len(pieces) > 1:
            # the operators of the clause's pieces, not of the clause inserted between them
            ops = [o for o in ops if any(c.start <= o.start < c.end for c in pieces) or not lo <= o.start < hi]
        if self.amounts and not any(o.category in ("decrease", "cut", "increase", "keep") and
                                    lo <= o.start < hi for o in ops):
            ops = ops + [Operator(o.category, clause.end - 1, clause.end, o.words) for o in self.amounts]
        fix = correction_for(self.corrections, k) if len(pieces) == 1 else None
        if fix is not None and b <= fix.negation[0] and (not fix.ceasing or fix.manner):
            # "Het wijkteam wordt niet kleiner maar groter": outside what is corrected, the clause
            # takes the correction's direction (corrective.py); not after "niet langer": what was
            # there goes elsewhere ("de preventiemiddelen zetten we niet langer in voor X, maar voor Y"), unless X
            # says only how ("werken niet langer naast elkaar, maar samen")
            (n0, n1), (x0, x1), (y0, y1) = fix.negation, fix.corrected, fix.correction
            # (Y's operators reach back over the "maar" that ended their scope)
            # (and the "geen" given to the verbs right before it: "De buurtteams krijgen geen subsidie meer per
            # product, maar een vast jaarbudget" corrects what they get, not that they get it)
            ops = [dataclasses.replace(o, scope=None) if y0 <= o.start < y1 else o for o in ops
                   if not (o.category == "negation" and (n0 <= o.start < n1 or (
                       o.words == "geen" and o.end - o.start == 1 and n0 - 3 <= o.start < n0 and self.words[n0] == "geen")))
                   and not (x0 <= o.start < x1)]
            hi = y1
        # a negation of one coordinated predicate does not reach another's words (conjuncts.py)
        ops = scoped(ops, a, b, self.layout(lo, hi))
        p = read_polarity(ops, clause, a, b, self.words, (lo, hi))
        if p.negated and p.value == DOWN and p.cue is not None and p.cue.category == "negation" \
                and acting_subject(self.words, clause, a, b, p.cue.start, self._lexicon.is_verb):
            # "Het wijkteam gaat niet langer wachten ...": what the team does is negated, not the team
            p = Polarity(NEUTRAL, None)
        if (harm := averted_at(self.averted, self.clauses, a, b)) is not None:
            # "We laten jongeren na hun 18e niet langer tussen wal en schip vallen" (harm.py): the words
            # of the harm go the item's way; the words its negation reaches are its setting
            h, inside = harm
            neg = Operator("negation", h.negation[0], h.negation[1], " ".join(self.words[h.negation[0]:h.negation[1]]))
            if inside:
                return Polarity(UP, neg, averted=True)
            if p.negated and p.cue is not None and h.negation[0] <= p.cue.start < h.negation[1]:
                # (not ended by it: "na hun 18e" in "... niet langer tussen wal en schip vallen"; what the
                # averted harm would end goes neither way: "De begeleiding van jongeren stopt niet op hun 18e"
                # does not bring the number of young people in youth care down)
                return dataclasses.replace(p, ceased=False, choice_against=False, explicit_choice=False, setting=True)
        if fix is not None and fix.corrected[0] <= a < fix.corrected[1] and p.negated:
            # "niet langer naast de school, maar in de school": X is corrected, not ended
            p = dataclasses.replace(p, ceased=False)
        if (fronted := next((c for c in self.corrections if c.fronted == k), None)) is not None and not p.negated:
            # "Niet afbouwen maar behouden: de gesloten groepen blijven bestaan": the clause a fronted
            # correction heads takes Y's direction, and Y's verb is its explicit cue (corrective.py)
            y0, y1 = fronted.correction
            op = next((o for o in self.operators if y0 <= o.start < y1 and o.category in _DIRECTION_OF), None)
            if op is not None and p.value in (NEUTRAL, _DIRECTION_OF[op.category]):
                p = Polarity(_DIRECTION_OF[op.category], op, cut=op.category == "cut")
        if (p.value == NEUTRAL or not self._lexicon.has_verb(self.words[clause.start:clause.end])) \
                and (j := self._taking_up_clause(k)) is not None and self.clauses[j].opener == ":" \
                and _colon_takes_up(self.words[self.clauses[j].start:self.clauses[j].end]) \
                and (q := self.clause_direction(self.clauses[j])) is not None and q.value != NEUTRAL:
            p = q  # "Jongeren die achter gesloten deuren worden geplaatst: dat aantal brengen we terug naar nul"
        if p.value == NEUTRAL and (q := self._relative_direction(k, b)) is not None:
            p = q  # "Het gezinsteam, dat er vier medewerkers bijkrijgt, helpt ...": the relative clause acts on it
        if p.value in ("keep", "up") and not p.negated:
            # "De wijkteams blijven bestaan, maar ze krijgen minder budget" (takeback.py)
            p = take_back(p, taken_back(self.words, self.clauses, max(self.group(k)), self.operators))
        # (the negation of the choice itself: not a "zonder" inside what is chosen, "we kiezen ervoor de
        # bouw te faseren in plaats van wijken op te leveren zonder school")
        if p.negated and p.cue is not None and ((
                # ("gezinnen die geen gebruik maken van het wijkteam" is what others do)
                p.cue.words in CHOOSING_NOT and not clause.dependent and p.cue.start > 0
                and self.words[p.cue.start - 1] not in ("die", "dat", "wie", "welke")
                and not COMMITTING.isdisjoint(self.words[clause.start:p.cue.start])) or (
                p.cue.words in ("niet", "geen", "nooit")
                and any(w in CHOICE_WORDS for c in frame for w in self.words[c.start:c.end]))):
            p = dataclasses.replace(p, explicit_choice=True)
        return p


class _SegmentContext:
    """A segment with its token view; cues and the domain verdict are worked out on first use,
    since most segments match no item and never need them."""

    def __init__(self, matcher: "Matcher", segment: Segment, view: TokenView, lead_view: TokenView | None,
                 context_texts: list[str], extra: "_ExtraContexts", document: Segmented | None = None,
                 document_cache: dict | None = None, text: str | None = None) -> None:
        self.segment = segment
        self.text = text if text is not None else segment.text  # what is read: ellipsis.py may add a topic
        self.document = document
        self.document_cache = document_cache if document_cache is not None else {}
        self.view = view
        self.lead_view = lead_view
        self.context_views = [extra.views[t] for t in context_texts]  # headings (and lead-in)
        self.memo: dict = {}
        self.matched: set[int] = matcher.phrase_index.matched(view)  # ids of the phrase sets that occur
        self._matcher = matcher
        self._context_texts = context_texts
        self._extra = extra
        # worked out on first use (plain attributes: functools.cached_property takes a lock on
        # every first read, which cost 2% of checking a document)
        self._cues: list[CueSpan] | None = None
        self._lead_cues: list[CueSpan] | None = None
        self._in_domain: bool | None = None
        self._analysis: _Analysis | None = None
        self._sense_views: list[TokenView] | None = None
        self._paragraph_views: list[TokenView] | None = None
        self._drafts: list[tuple[int, int]] | None = None

    @property
    def sense_views(self) -> list[TokenView]:
        """Where a `with_in_context` group may be met besides the passage: its bullet lead-in, its
        innermost heading, and the sentence before it when it points back at that one ("We
        reserveren hiervoor € 120.000", "Dat plafond wordt jaarlijks geïndexeerd")."""
        if self._sense_views is None:
            seg = self.segment
            texts = ([seg.lead_in] if seg.lead_in else []) + list(seg.heading_path[-1:])
            views = [self._extra.views[t] for t in texts if t in self._extra.views]
            prev = self._previous_sentence()
            if prev is not None:
                views.append(self._matcher._view_of(self, prev.text))
            self._sense_views = [v for v in views if v is not None]
        return self._sense_views

    @property
    def pointed_at(self) -> TokenView | None:
        """The view of the sentence before when this one takes it up by a pronoun object or opens by
        pointing back at it ("Dat regelen we", "We organiseren dat ..."), else None."""
        if "pointed_at" not in self.memo:
            words = self.view.surface.split()
            prev = self._previous_sentence() if (takes_up(words) or _subject_then_pronoun(words, self._matcher.lexicon.is_verb)
                                                 or _er_pronominal(words)
                                                 # ("Daarin werken medewerkers van ...": a pointing adverb first)
                                                 or (words[:1] and words[0] in POINTING)) else None
            self.memo["pointed_at"] = self._matcher._view_of(self, prev.text) if prev is not None else None
        return self.memo["pointed_at"]

    @property
    def taken_up_by(self) -> TokenView | None:
        """The view of the next sentence of the paragraph when it takes this one up as its object ("Sinds
        2022 werkt op elke school een jeugdhulpverlener. Die inzet beëindigen we"), else None: what it does
        to these words is their predicate, so its words meet this sentence's `with` groups."""
        if "taken_up_by" not in self.memo:
            self.memo["taken_up_by"] = None
            matcher = self._matcher
            nxt = _next_sentence(self)
            words = matcher._passage_words(self, nxt.text) if nxt is not None else None
            if words and matcher._takes_this_up(self, words):
                self.memo["taken_up_by"] = matcher._view_of(self, nxt.text, full=True)
        return self.memo["taken_up_by"]

    @property
    def paragraph_views(self) -> list[TokenView]:
        """`sense_views` and the sentences before this one in its paragraph: a paragraph keeps its
        topic ("Marktwerking hoort niet in de jeugdzorg. Nieuwe aanbestedingen komen er niet."), for
        the domain and for `with_in_context: paragraph` groups of specific terms."""
        if self._paragraph_views is None:
            # (not a draft note: "[Tekst volgt na overleg: verlengde jeugdzorg tot 21 jaar?]" gives the money
            # of the next sentence no purpose)
            extra = [self._matcher._view_of(self, text) for p in self._paragraph_before()
                     if (text := _without_drafts(p.text))]
            self._paragraph_views = self.sense_views + [v for v in extra if v is not None]
        return self._paragraph_views

    def views_for(self, scope) -> list[TokenView]:
        if scope == "lead":
            return self.lead_views
        return self.paragraph_views if scope == "paragraph" else self.sense_views

    @property
    def lead_views(self) -> list[TokenView]:
        """`sense_views` without the heading: a heading's word ("## Jeugd", "## Zorg") says too little about
        whose problems or which help a sentence means."""
        heading = self._extra.views.get(self.segment.heading_path[-1]) if self.segment.heading_path else None
        return [v for v in self.sense_views if v is not heading]

    def _paragraph_before(self, reach: int = 2) -> list[Segment]:
        """The sentences before this one in its paragraph (at most `reach`)."""
        seg, doc = self.segment, self.document
        if doc is None or seg.kind != "sentence" or seg.block < 0:
            return []
        out = []
        k = seg.index - 1
        while k >= 0 and len(out) < reach:
            prev = doc.segments[k]
            if prev.block != seg.block or prev.kind != "sentence":
                break
            out.append(prev)
            k -= 1
        return out

    def _list_before(self, reach: int = 2) -> list[TokenView]:
        """For a bullet that is a noun phrase without a verb of its own, the bullets right before it in
        its list: such a bullet is about what its list is about, for the domain ("Afspraken: - Stoppen
        met het aanbesteden van jeugdhulp - Langjarige subsidierelaties met een beperkt aantal
        aanbieders"). Only for the domain: what a `with` group asks for, the bullet must say itself
        ("- Meer geld voor de jeugdhulp - Aanbesteding van het nieuwe sportpark" tenders no youth care)."""
        seg, doc = self.segment, self.document
        if doc is None or seg.kind != "bullet" or seg.block < 0:
            return []
        if not self._matcher.lexicon.is_nominal(self.view.surface.split()):
            return []
        out = []
        k = seg.index - 1
        while k >= 0 and len(out) < reach:
            prev = doc.segments[k]
            if prev.kind != "bullet" or prev.lead_in != seg.lead_in or prev.heading_path != seg.heading_path:
                break
            view = self._matcher._view_of(self, prev.text)
            if view is not None:
                out.append(view)
            k -= 1
        return out

    def _previous_sentence(self) -> Segment | None:
        seg, doc = self.segment, self.document
        if doc is None or seg.index == 0:
            return None
        words = self.view.surface.split()
        # ("Het wordt ...", "Dat regelen we", a bare definite subject "Het (totale) budget wordt ..."; not a
        # noun phrase of its own: "Het armoedebeleid voor ouderen blijft ...")
        lexicon = self._matcher.lexicon
        is_verb = lexicon.is_verb
        bare = len(words) > 2 and (is_verb(words[1]) or is_verb(words[2]) or (
            len(words) > 3 and lexicon.is_attributive(words[1]) and is_verb(words[3])))
        starts = bool(words[:1]) and words[0] in POINTING_START and not (words[0] == "het" and not bare)
        # ("We organiseren dat samen met de regiogemeenten": the object pronoun after subject and verb)
        starts = starts or _subject_then_pronoun(words, is_verb)
        if not starts and POINTING.isdisjoint(words) and not _points_with_noun(words) and not _er_pronominal(words):
            return None
        prev = doc.segments[seg.index - 1]
        if prev.kind in ("heading", "toc") or prev.heading_path != seg.heading_path:
            return None
        return prev

    @property
    def analysis(self) -> _Analysis:
        if self._analysis is None:
            # shared with the passages that read this one for their context (Matcher._passage_analysis)
            cached = self.document_cache.get(self.text)
            self._analysis = cached if cached is not None else _Analysis(self._matcher, self.view, self.cues,
                                                                         self._extra.names)
            self.document_cache[self.text] = self._analysis
        return self._analysis

    def in_draft(self, span: Span) -> bool:
        """Whether the matched words sit in a draft note or an undecided option ("[VVD: ...]")."""
        if self._drafts is None:
            self._drafts = draft_spans(self.segment.text, self.segment.draft_open)
        if not self._drafts:
            return False
        a = self.view.char_span(span.start)[0]
        return any(s <= a < e for s, e in self._drafts)

    @property
    def cues(self) -> list[CueSpan]:
        if self._cues is None:
            self._cues = self._matcher.cue_finder.find(self.view)
        return self._cues

    @property
    def lead_cues(self) -> list[CueSpan]:
        if self._lead_cues is None:
            self._lead_cues = self._extra.cues(self.segment.lead_in) if self.segment.lead_in else []
        return self._lead_cues

    @property
    def in_domain(self) -> bool:
        if self._in_domain is None:
            domain = self._matcher.domain
            self._in_domain = domain.any(self.view) or (
                not domain.elsewhere(self.view) and (
                    any(self._extra.in_domain(t) for t in self._context_texts)
                    # "Dat budget indexeren we jaarlijks": the sentence it points back to
                    or any(domain.any(v) for v in self.paragraph_views)
                    or any(domain.any(v) for v in self._list_before())))
        return self._in_domain


class _ExtraContexts:
    """Views of the lead-ins and headings of a document, with their cues and domain verdict on demand."""

    def __init__(self, matcher: "Matcher", views: dict[str, TokenView],
                 names: tuple[tuple[str, ...], ...] = ()) -> None:
        self.views = views
        self.names = names  # the document's own name, as tokens (names.py)
        self._matcher = matcher
        self._cues: dict[str, list[CueSpan]] = {}
        self._domain: dict[str, bool] = {}
        self._analyses: dict[str, _Analysis] = {}

    def cues(self, text: str) -> list[CueSpan]:
        if text not in self._cues:
            self._cues[text] = self._matcher.cue_finder.find(self.views[text])
        return self._cues[text]

    def in_domain(self, text: str) -> bool:
        if text not in self._domain:
            self._domain[text] = self._matcher.domain.any(self.views[text])
        return self._domain[text]

    def analysis(self, text: str) -> _Analysis:
        if text not in self._analyses:
            self._analyses[text] = _Analysis(self._matcher, self.views[text], self.cues(text), self.names)
        return self._analyses[text]


class Matcher:
    """Compiled rules of a rule set, bound to an NLP pipeline for lemmatizing terms."""

    def __init__(self, ruleset: Ruleset, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.ruleset = ruleset
        cues = ruleset.cues
        self.cue_finder = CueFinder(cues.cues, cues.pseudo, cues.terminators, cues.targets)
        self._lemma_cache: dict[str, str | None] = {}
        self._phrase_sets: dict[tuple[str, ...], PhraseSet] = {}
        self.lexicon = Lexicon.shared()  # (before any phrase is compiled: _lemmatize_phrase reads it)
        self.domain = DomainSense(self._terms(cues.domain), self._terms(cues.foreign) if cues.foreign else None)
        # another domain's word (cues: foreign), as a bridged noun phrase carries it ("het team" after "het
        # wijkteam van de politie")
        self._foreign_word = word_test(cues.foreign or ())
        self.subjects = PhraseSet(cues.subjects, compound=False)
        self.others = PhraseSet(cues.others, compound=False) if cues.others else None
        self.conditional_on = PhraseSet(cues.conditional_on, compound=False) if cues.conditional_on else None
        self.harms = self._terms(cues.harms) if cues.harms else None  # (harm.py)
        self.non_act = frozenset(fold(w) for w in cues.non_act_verbs)
        self.items = [self._compile_item(it) for it in ruleset.items]
        self.repair = SpellingRepair(self._rule_words(), DutchLemmatizer.shared())
        # the sets of terms, `with` groups, `unless` lists and the domain: which match a passage is
        # found for all of them at once
        self.phrase_index = PhraseIndex(list(self._phrase_sets.values()))
        # which items can give a hit where a set of terms matches
        self._items_by_set: dict[int, list[int]] = {}
        for n, ci in enumerate(self.items):
            matchers = ci.aspects + ci.contradictions + ([ci.topic] if ci.topic else [])
            ci.term_ids = self.phrase_index.ids(m.terms for m in matchers)
            for sid in ci.term_ids:
                self._items_by_set.setdefault(sid, []).append(n)
            for m in matchers:
                m.term_id = m.terms._index_id
                m.with_ids = tuple(g._index_id for g in m.with_)
                m.unless_id = m.unless._index_id if m.unless is not None else None
        # a passage gives a hit only where the terms of some item match; the `with` groups, `unless`
        # lists and the domain are read only there. So a passage in which no set of terms can match
        # is left without a view (two thirds of the passages that hold some rule word)
        self.term_sets = frozenset(self._items_by_set)
        self.phrase_index.focus(self.term_sets)
        # the anchors of every phrase set, and the other words of the sets of terms' longer phrases
        indexed = [*self._phrase_sets.values(), self.subjects,
                   *(ps for ps in (self.others, self.conditional_on) if ps is not None), *self.cue_finder.phrase_sets()]
        self.anchors = AnchorIndex(indexed, extra=self.phrase_index.literal_words())
        self.phrase_index.index_words(self.anchors.words)
        for ps in indexed:
            ps.index_words(self.anchors.words)
        self._known_words: dict[str, bool] = {}  # (see _known_word)
        self.view_builder = ViewBuilder(pipeline, self.repair, self.anchors.present, self.phrase_index.chunk_marks,
                                        matters=self.phrase_index.can_match, may_match=self.phrase_index.may_match)

    # -- compilation -------------------------------------------------------------------------
    def _rule_words(self) -> set[str]:
        """Every literal word of every item's terms (prefix terms by their stem): what spelling repair aims at."""
        words: set[str] = set()
        for it in self.ruleset.items:
            matchers = [*it.aspects, *(alt for a in it.aspects for alt in a.also), *it.contradictions]
            phrases = [t for m in matchers for t in m.terms] + [t for m in matchers for g in m.with_ for t in g]
            for phrase in phrases + list(it.topic):
                for w in phrase.split():
                    if w != "...":
                        words.add(fold(w.lstrip("=").rstrip("*")))
        return words

    def _lemmatize_phrase(self, phrase: str) -> str | None:
        """Lemmas of a rule phrase, keeping the pattern marks (`...`, `=`, `*`); None for a phrase that
        matches by its own spelling alone."""
        if phrase not in self._lemma_cache:
            self._lemma_cache[phrase] = self._lemmas_of(phrase)
        return self._lemma_cache[phrase]

    def _lemmas_of(self, phrase: str) -> str | None:
        out = []
        for w in phrase.split():
            if w == "..." or w.endswith("*"):
                out.append(w)
                continue
            bare = w.lstrip("=")
            lemma = self._table_lemma(bare)
            if w.startswith("=") and phrase == w and fold(bare) in self.lexicon.nouns \
                    and lemma != fold(bare) and self.lexicon.is_verb(lemma):
                # a whole noun means the noun, matched by its own spelling: the tables' lemma of "zorg"
                # is "zorgen" and that of the verb "zorgen" is "zorg", so by lemma "=zorg" would match
                # every "we zorgen voor"
                return None
            # a participle's lemma is a verb, which no compound holds: "geplaatst" (plaatsen) must
            # not match inside "stortplaatsen"
            mark = "=" if w.startswith("=") or self.lexicon.is_participle(fold(w)) else ""
            out.append(mark + lemma)
        return " ".join(out)

    def _table_lemma(self, word: str) -> str:
        """The lookup tables' lemma of one rule word (a hyphenated word may be several tokens)."""
        self.pipeline.prepare(word)
        return "".join(fold(t.lemma_ or t.text) for t in self.pipeline.nlp(word))

    def phrases(self, phrases: list[str]) -> PhraseSet:
        """Rule phrases compiled as the rules' terms are (compounds, lemmas), to test other texts with
        (not part of the matcher's index)."""
        return PhraseSet(phrases, compound=True, lemmatize=self._lemmatize_phrase)

    def _terms(self, phrases: list[str]) -> PhraseSet:
        # the same anchored lists serve many aspects: compile each once
        key = tuple(phrases)
        if key not in self._phrase_sets:
            self._phrase_sets[key] = PhraseSet(phrases, compound=True, lemmatize=self._lemmatize_phrase)
        return self._phrase_sets[key]

    def _compile_matcher(self, m: MatcherRule, role: str, mid: str, label: str,
                         discussion_counts: bool = False, claims: bool = False, act: bool = False,
                         affirms: str | None = None, attention_counts: bool = False) -> _CompiledMatcher:
        return _CompiledMatcher(
            id=mid, label=label, role=role, terms=self._terms(m.terms),
            with_=[self._terms(group) for group in m.with_], with_in_context=m.with_in_context,
            polarity=m.polarity, unless=self._terms(m.unless) if m.unless else None, with_predicate=m.with_predicate,
            discussion_counts=discussion_counts, claims=claims, act=act, affirms=affirms,
            attention_counts=attention_counts)

    def _compile_item(self, it: Item) -> _CompiledItem:
        ci = _CompiledItem(
            item=it,
            aspects=[self._compile_matcher(m, "support", a.id, a.label, a.discussion_counts, a.claims,
                                           attention_counts=a.attention_counts)
                     for a in it.aspects for m in (a, *a.also)],
            contradictions=[self._compile_matcher(c, "contradiction", f"contradiction:{c.id}", c.label, act=c.act,
                                                  affirms=c.negated_affirms)
                            for c in it.contradictions],
            topic=self._compile_matcher(MatcherRule(terms=it.topic, **{"with": it.topic_with}, with_in_context="paragraph",
                                                polarity="any"), "mention", "topic", "onderwerp genoemd")
            if it.topic else None)
        return ci

    # -- matching ----------------------------------------------------------------------------
    def contexts(self, segmented: Segmented) -> list[_SegmentContext]:
        """Token views of the segments where some set of terms may match (the others cannot give a
        hit, and get none); cues and domain verdict follow on demand."""
        segs = segmented.segments
        extra = sorted({s.lead_in for s in segs if s.lead_in} | {h for s in segs for h in s.heading_path})
        # an elliptic bullet is read with its heading's topic put in (ellipsis.py)
        texts = [(resolve_ellipsis(s.text, s.heading_path[-1] if s.heading_path else None, s.lead_in, self.lexicon)
                  if s.kind == "bullet" else self._bridged(segs, k)) or s.text for k, s in enumerate(segs)]
        all_views = self.view_builder.views(texts + extra, skippable=len(segs))
        seg_views = all_views[: len(segs)]
        extra_contexts = _ExtraContexts(self, dict(zip(extra, all_views[len(segs):])), self.own_names(segmented.text, segmented.document.name))
        cache: dict = {}  # analyses of passages read for their context (discourse), per document
        # the views already built serve as context views of the passages next to them
        # (and a passage skipped there can match no phrase set: it meets no `with` group, puts nothing in
        # the domain)
        own = [text == seg.text for seg, text in zip(segs, texts)]
        cache.update({("view", seg.text): view for seg, view, o in zip(segs, seg_views, own) if view is not None and o})
        cache.update({("matters", seg.text): view for seg, view, o in zip(segs, seg_views, own) if o})
        out = []
        for seg, view, text in zip(segs, seg_views, texts):
            if view is None:
                continue
            lead_view = extra_contexts.views.get(seg.lead_in) if seg.lead_in else None
            ctx_texts = list(seg.heading_path) + ([seg.lead_in] if seg.lead_in else [])
            out.append(_SegmentContext(self, seg, view, lead_view, ctx_texts, extra_contexts, segmented, cache,
                                       text=text))
        return out

    def _bridged(self, segs: tuple[Segment, ...], k: int) -> str | None:
        """A sentence with its definite nouns completed from the sentence before it in its paragraph
        (bridging.py), or None."""
        seg = segs[k]
        if seg.kind != "sentence":
            return None
        # (from the part before a later statement)
        within = bridge_within(seg.text, self._foreign_word, self.lexicon.is_attributive)
        prev = segs[k - 1] if k > 0 else None
        if prev is None or prev.kind != "sentence" or prev.block != seg.block or seg.block < 0:
            return within
        bridged = bridge(within or seg.text, prev.text, self._foreign_word) or within
        bridged = bridge_pronoun(bridged or seg.text, prev.text) or bridged
        bridged = bridge_it(bridged or seg.text, prev.text) or bridged
        bridged = bridge_time(bridged or seg.text, prev.text) or bridged
        bridged = bridge_owner(bridged or seg.text, prev.text) or bridged
        bridged = bridge_synonym(bridged or seg.text, prev.text, self.lexicon.is_attributive) or bridged
        return bridge_place(bridged or seg.text, prev.text) or bridged

    def own_names(self, text: str, file_name: str = "") -> tuple[tuple[str, ...], ...]:
        """The document's own name(s) (names.py), as the tokens a view holds."""
        found = own_names(text, self._known_word, file_name)
        views = self.view_builder.views(found) if found else []
        return tuple(tuple(v.surface.split()) for v in views if v is not None and v.surface.split())

    def _known_word(self, word: str) -> bool:
        """Whether a lower-case word is a Dutch word form the tables know (for `own_names`), kept for the
        documents after this one: the tables do not change, and a document's capitalised words are
        mostly those of the ones before it."""
        known = self._known_words.get(word)
        if known is None:
            if len(self._known_words) > KNOWN_WORDS_KEPT:
                self._known_words.clear()
            known = self._known_words[word] = DutchLemmatizer.shared().known(word) or self.lexicon.knows(fold(word))
        return known

    def match(self, segmented: Segmented) -> list[Hit]:
        """All hits of all items in a segmented document."""
        hits: list[Hit] = []
        items, by_set = self.items, self._items_by_set
        for ctx in self.contexts(segmented):
            matched = ctx.matched
            if not matched or ctx.segment.kind in ("toc", "heading") or self._no_statement(ctx.segment):
                continue
            # an item gives a hit only where the terms of one of its aspects or its topic occur
            candidates = {n for sid in matched for n in by_set.get(sid, ())}
            for n in sorted(candidates):
                hits.extend(self._match_item(items[n], ctx))
        return hits

    @staticmethod
    def _no_statement(seg: Segment) -> bool:
        """A portfolio list or a table of contents states nothing (CODEBOOK, hard cases)."""
        # (a row under a table's header row is the table's, however it ends: "Jeugdhulpverlener op elke
        # basisschool | 320 | 320" is no running header "Coalitieakkoord | Jeugd | 12")
        return (section_kind(seg.heading_path) in ("portfolio", "toc") or is_portfolio_line(seg.text)
                or is_running_header(seg.text, in_table=seg.kind == "row" and bool(seg.lead_in)))

    def _match_item(self, ci: _CompiledItem, ctx: _SegmentContext) -> list[Hit]:
        in_domain = ctx.in_domain or ci.item.domain == "any"
        if not in_domain:
            return []  # (every hit below needs the domain: out of it the passage is not read further)
        out: list[Hit] = []
        found = {id(m): self._find(m, ctx) for m in ci.contradictions + ci.aspects}
        if ci.item.domain != "any" and (elsewhere := self._foreign_parts(ctx)):
            # "We stoppen met aanbesteden van de jeugdhulp; langjarige contracten sluiten we met de
            # schoonmaakbedrijven": a statement of the passage about another domain is not youth care's
            part_of = ctx.analysis.part_of
            found = {k: [(t, sp) for t, sp in f if part_of(sp.start) not in elsewhere] for k, f in found.items()}
        for m in ci.contradictions + ci.aspects:
            candidates = found[id(m)]
            if m.role == "support":
                candidates = _not_inside_longer(candidates, [found[id(o)] for o in ci.aspects
                                                             if o.id != m.id and o.claims])
            if not candidates:
                continue
            # judge the occurrences in order; keep the first that counts, else the first one
            judged = [self._judge(m, ctx, term, span) for term, span in candidates]
            j = next((j for j in judged if j.counts), judged[0])
            core_less = not ci.item.covered_threshold().core
            if (m.role == "support" and (m.id == ci.aspects[0].id or core_less)
                    and (against := next((x for x in judged if self._against(m, x, ctx)), None))):
                # "wij kiezen er niet voor om lichte hulp terug te dringen": an explicit choice
                # against the item's core act contradicts it (CODEBOOK, hard cases)
                out.append(self._hit(ci, "contradiction:choice_against", "contradiction", ctx, against.term,
                                     against.span, against.commitment, against.polarity,
                                     against.polarity_cue or against.cue, in_domain,
                                     "kiest er uitdrukkelijk voor dit niet te doen"))
                continue
            if m.role == "contradiction":
                # a contradiction needs a commitment of its own passage (not one carried over from
                # the sentences before it), and never comes from a negated occurrence: "geen nieuwe
                # aanbesteding" does not keep tendering (a negated decrease is a choice against,
                # found above)
                j = next((x for x in judged if x.counts and self._contradiction_stands(m, x, ctx)), None)
                if j is not None:
                    out.append(self._hit(ci, m.id, "contradiction", ctx, j.term, j.span, j.commitment,
                                         j.polarity, j.polarity_cue or j.cue, in_domain, m.label))
                elif m.affirms and (neg := next((x for x in judged if x.committed and x.negated and not x.averted
                                                 and x.cue_source != "discourse"), None)) is not None:
                    # "We trekken de jeugdhulpverleners niet terug van de scholen": a negated opposite is a
                    # commitment in the item's direction (CODEBOOK, hard cases), to the aspect it opposes
                    aspect = next(a for a in ci.item.aspects if a.id == m.affirms)
                    out.append(self._hit(ci, aspect.id, "support", ctx, neg.term, neg.span, neg.commitment,
                                         neg.polarity, neg.polarity_cue or neg.cue, in_domain, aspect.label))
                continue
            role = "support" if j.counts else "mention"
            # a mention explains itself by what stopped it: the commitment cue, or the polarity cue
            decisive = j.cue if role == "support" or not j.polarity_cue or j.direction_ok else j.polarity_cue
            out.append(self._hit(ci, m.id, role, ctx, j.term, j.span, j.commitment, j.polarity, decisive,
                                 in_domain, m.label))
        if ci.topic is not None and not out:
            found = self._find(ci.topic, ctx)
            if found:
                j = self._judge(ci.topic, ctx, *found[0])
                out.append(self._hit(ci, "topic", "mention", ctx, j.term, j.span, j.commitment, j.polarity,
                                     j.cue, in_domain, "onderwerp genoemd"))
        return out

    @staticmethod
    def _against(m: _CompiledMatcher, j: "_Judgement", ctx: _SegmentContext) -> bool:
        """An explicit choice against the item's core act (CODEBOOK, hard cases): a committed, negated
        decrease of what must go down ("wij kiezen er niet voor om lichte hulp terug te dringen"), or
        ending or replacing what must stay ("verlengde jeugdhulp bieden we niet meer", "in plaats van
        verlengde jeugdhulp krijgen ze een verwijzing")."""
        if not j.committed or j.averted or j.cue_source == "discourse" or ctx.analysis.hypothetical(j.span.start):
            return False
        if j.explicit_choice and not j.direction_ok:
            return True
        if m.polarity == "down":
            # keeping what must go ("niet afbouwen maar behouden: de gesloten groepen blijven bestaan")
            # (an explicit keep verb, not the "blijft" of "blijft ... ingekocht" or "blijven we gebruikmaken")
            return j.polarity == "keep" and not j.negated and j.polarity_cue is not None \
                and j.polarity_cue.category == "keep" and j.polarity_cue.words not in ("blijft", "blijven")
        if m.polarity == "not_down" and j.polarity == "down" and not j.negated and j.polarity_cue is not None \
                and j.polarity_cue.words.split()[0] in ENDING and j.direction is not None \
                and (j.cue_source == "next_sentence" or Matcher._ends_itself(ctx.analysis.words, j.direction, j.span)):
            # (the next sentence that ends what this one states ends all of it: "Tot nu toe liep de jeugdhulp door
            # tot 21 jaar. Daar maken we een einde aan"; its tokens are not this passage's)
            # "We stoppen met verlengde jeugdhulp": ending what must stay (not "minder", which may
            # be a goal of the item itself: "minder jongeren hebben verlengde jeugdhulp nodig")
            return True
        # (an aspect whose words may go either way, "any", has no direction to end: "er is geen harde
        # knip meer")
        return m.polarity == "not_down" and (j.ceased or j.replaced)

    @staticmethod
    def _ends_itself(words: list[str], op: tuple[int, int], span: Span) -> bool:
        """Whether an ending operator ends the matched words themselves, not a thing they qualify:
        "we stoppen met (de) verlengde jeugdhulp" (only an article or adjective between), "verlengde
        jeugdhulp bouwen we af", but not "we stoppen met de harde knip bij verlengde jeugdhulp"."""
        if op[1] <= span.start:
            return all(w in _ARTICLES or w.endswith("e") for w in words[op[1]:span.start])
        # a fronted object, not the object of another predicate ("Wij kiezen voor publieke
        # dienstverlening en stoppen met aanbesteden")
        between = _without_inserted_relative(words[span.end:op[0]])
        return len(between) <= 6 and not any(w in ("en", "maar", "of", ",", ";", ":") for w in between)

    @staticmethod
    def _contradiction_stands(m: _CompiledMatcher, j: "_Judgement", ctx: _SegmentContext) -> bool:
        """A contradiction needs a commitment of its own passage (not one carried over from the
        sentences before it), no hypothetical ("als de contracten aflopen, ..." is fine, "als we
        uittreden" is not), and no negation that turns it around: "geen nieuwe aanbesteding" does not
        keep tendering. A negation may make it: "we stoppen niet met aanbesteden" keeps tendering,
        "X bieden we niet meer" ends X."""
        if j.averted or j.cue_source == "discourse" or ctx.analysis.hypothetical(j.span.start):
            return False  # (a negated harm is the item's direction: harm.py)
        if j.cue_source == "next_sentence" and m.polarity == "any" and all(g in ctx.matched for g in m.with_ids) \
                and (taken := ctx.memo.get("taken_up_analysis")) is not None and _taken_direction(taken).value == DOWN:
            # the sentence states the contradiction whole and the next one ends it: "Tot nu toe stopte de
            # jeugdhulp op de dag dat een jongere meerderjarig werd. Daar maken we een einde aan" (not an
            # ending that is the contradiction's own word: "... een jeugdhulpverlener. Die inzet beëindigen we")
            return False
        if m.act and j.polarity == "down" and j.direction is not None and \
                not j.span.start <= j.direction[0] < j.span.end:
            # ending the opposite act is the item's direction: "We stoppen met het zelf inkopen", "Het
            # zelfstandig inkopen is verleden tijd" (not the act's own decrease: "uittreden")
            return False
        if not j.negated:
            return True
        if j.negation is not None and j.negation[0] == j.span.start:
            return True  # the term opens with its negation: "niet langer regionaal" (leaving the region)
        if j.negation is not None and any(sp.start < j.negation[1] <= sp.end and not NEGATORS.isdisjoint(rule.split())
                                          for g in m.with_ for rule, sp in g.find(ctx.view)):
            # the negation is the contradiction's own words ("de samenwerkingsafspraken met de scholen
            # verlengen we niet": a `with` phrase "verlengen we ... niet"), not one that turns it around
            return True
        if j.negation is not None and any(j.negation[1] <= sp.start <= j.negation[1] + 2
                                          or (sp.start < j.negation[0] and j.negation[1] <= sp.end)
                                          for g in m.with_ for _, sp in g.find(ctx.view)):
            # (or inside its frame: "De jeugdhulp valt niet meer weg op de 18e verjaardag")
            # what the negation denies is the contradiction's own condition: "De 18e verjaardag is niet
            # langer het eindpunt van de hulp" does not end help at 18
            return False
        if j.ceased:
            # "X bieden we niet meer", "maken geen deel meer uit"; not the opposite act ceasing: "Gemeenten
            # hoeven niet langer zelf in te kopen"
            return m.polarity in ("down", "any") and not m.act
        # "we stoppen niet met aanbesteden" keeps tendering; "de hulp stopt niet bij 18" does not stop it
        return m.polarity in ("not_down", "up") and j.polarity == "keep" and j.choice_against

    def _judge(self, m: _CompiledMatcher, ctx: _SegmentContext, term: str, span: Span) -> "_Judgement":
        # what the passage says about these words does not depend on the matcher: read it once
        # (the same words serve the aspects of several items)
        key = ("judge", span.start, span.end)
        read = ctx.memo.get(key)
        if read is None:
            read = ctx.memo[key] = (*self.commitment(ctx, span), *self.polarity(ctx, span),
                                    ctx.analysis.refusal(span.start))
        commitment, cue, polarity, polarity_cue, p, refused = read
        if p.negated and p.cue is not None and span.start <= p.cue.start < span.end \
                and p.cue.words in term.split() and p.cue.words in NEGATORS:
            # the term says the negation itself: "wat niet onder de jeugdhulp valt", "niet elk probleem"
            p = Polarity(NEUTRAL, None)
            polarity, polarity_cue = p.value, None
        if refused is None and commitment not in ("firm", "intent"):
            refused = self._refused_next(ctx)  # "De vorige coalitie wilde ... Wij kiezen daar niet voor"
        elif refused is None:
            refused = self._stopped_next(ctx, cue)  # "Nu kopen we in via open house. Dat doen we niet meer"
            if refused is None and not ctx.analysis.ours:
                # another's plan, refused by us next: "De centrumgemeente stelt voor om via open house in te
                # kopen. Dat voorstel nemen wij niet over"
                refused = self._refused_next(ctx)
        if cue is None and commitment is None and (here := ctx.analysis.refused_here(span.start)) is not None:
            # "Het afschalen van lichte hulp is voor deze coalitie geen optie": the refusal is the stance
            # where nothing else is said (a description, another party, a condition keep theirs; its
            # direction is in the polarity: refusing.py)
            commitment, cue = "firm", Cue("negation", here.words)
        if p.negated and p.cue is not None and p.cue.words in EXCLUSIONS and \
                (q := ctx.analysis.excepted_direction(span.start)) is not None:
            # "..., behalve de gesloten groep: die breiden we uit": what is excepted from one act gets the act
            # of the statement that takes it up
            p = q
            polarity, polarity_cue = p.value, _polarity_cue(p)
        if cue is not None and cue.source == "next_sentence" and p.value == "neutral":
            # "... lichte ambulante begeleiding. Dit willen we substantieel terugdringen": the sentence
            # that takes these words up as its object also gives their direction
            taken = ctx.memo.get("taken_up_analysis")
            if taken is not None:
                q = ctx.analysis.ended_harm(_taken_direction(taken), span)
                if q.value != "neutral":
                    p = q
                    polarity, polarity_cue = q.value, _polarity_cue(q)
        elif cue is not None and cue.source == "next_sentence" and p.value in (UP, DOWN) and not p.negated \
                and (taken := ctx.memo.get("taken_up_analysis")) is not None \
                and (q := _taken_direction(taken)).value == DOWN:
            # "Het vorige college heeft de lichte hulp fors uitgebreid. Die lijn buigen wij om": ending or
            # turning round a change that the sentence before states reverses that change
            p = Polarity(DOWN if p.value == UP else UP, q.cue)
            polarity, polarity_cue = p.value, _polarity_cue(p)
        if cue is not None and cue.source == "succession" and p.value == NEUTRAL:
            # (what runs out is ended: see Matcher._succeeded)
            p = Polarity(DOWN, None, ceased=True)
            polarity, polarity_cue = p.value, _polarity_cue(p)
        if cue is not None and cue.source == "taken_up" and p.value == NEUTRAL and \
                (q := ctx.analysis.taken_up_direction(span.start)) is not None:
            # "...; daar stoppen we mee": the statement that takes these words up gives their direction
            p = ctx.analysis.ended_harm(q, span)
            polarity, polarity_cue = p.value, _polarity_cue(p)
        ok = polarity_ok(m.polarity, p)
        if not ok and p.value == "neutral" and refused is None and (cue is None or cue.source != "next_sentence") \
                and (taken_up := self._taken_up(ctx))[0] is not None and ctx.memo.get("taken_up_act") \
                and not _consequence(ctx.memo["taken_up_analysis"].words):
            # "Nu krijgen 1.400 kinderen begeleiding thuis. Dat aantal brengen we terug naar 900": a
            # sentence without a direction that the next one takes up and turns
            q = ctx.analysis.ended_harm(_taken_direction(ctx.memo["taken_up_analysis"]), span)
            if q.value != "neutral" and polarity_ok(m.polarity, q):
                commitment, cue, p = *taken_up, q
                polarity, polarity_cue, ok = q.value, _polarity_cue(q), True
        if m.discussion_counts and cue is not None and cue.category == "study" and "gesprek" in cue.words:
            commitment = "intent"  # "we gaan met de instellingen in gesprek over ...": the act T4 asks for
        if m.attention_counts and commitment == "weak" and cue is not None and cue.words in ATTENTION_CUES \
                and (held := self._context_commitment(ctx))[0] in ("firm", "intent"):
            # "Afspraken: - Het team heeft nadrukkelijk aandacht voor armoede": attention is what T2 asks for,
            # and the bullet's lead-in (or the commitment the sentence continues) makes it an arrangement
            commitment, cue = held
        if refused is not None:
            # "..., maar kiezen daar nadrukkelijk niet voor": what was proposed is refused. Refusing an
            # increase keeps things as they are ("extra gesloten plaatsen ...; daar gaan wij niet in mee");
            # refusing a decrease, or the thing itself, is an explicit choice against it
            commitment, cue = "firm", Cue("negation", refused)
            p = negate(p) if not p.negated else Polarity("down", p.cue, negated=True, explicit_choice=True)
            polarity, polarity_cue = p.value, _polarity_cue(p)
            ok = polarity_ok(m.polarity, p)
        return _Judgement(term, span, commitment, cue, polarity, polarity_cue,
                          committed=commitment in ("firm", "intent"), direction_ok=ok,
                          choice_against=p.choice_against and commitment in ("firm", "intent"), negated=p.negated,
                          ceased=p.ceased, replaced=p.replaced, explicit_choice=p.explicit_choice,
                          averted=p.averted,
                          # (a refusal in the next sentence negates the statement, at no token of it)
                          negation=(p.cue.start, p.cue.end) if p.negated and p.cue is not None and refused is None
                          else None,
                          direction=(p.cue.start, p.cue.end) if p.cue is not None else None)

    def _find(self, m: _CompiledMatcher, ctx: _SegmentContext) -> list[tuple[str, Span]]:
        """Every occurrence of the matcher's terms, when its `with` groups and `unless` allow."""
        # cheap yes/no tests first (which sets match the passage is known: PhraseIndex); the full
        # scan for every occurrence only when they pass
        matched = ctx.matched
        if m.term_id not in matched:
            return []
        lead = ctx.lead_view if ctx.segment.kind == "bullet" else None
        from_context = False  # a group met only by the passage's context
        from_next = False  # a group met only by the next sentence, which takes this one up
        for gid in m.with_ids:
            if gid in matched:
                continue
            if m.with_in_context and any(gid in self.phrase_index.matched(v) for v in ctx.views_for(m.with_in_context)):
                from_context = True
                continue
            if lead is not None and gid in self.phrase_index.matched(lead):
                # a bullet continues its lead-in: "We zorgen ervoor dat in elk lokaal team vast meewerken:
                # - een jeugdverpleegkundige van de JGZ"
                continue
            if not m.with_in_context and (prev := ctx.pointed_at) is not None and gid in self.phrase_index.matched(prev):
                # a passage that takes the sentence before up by a pronoun meets its groups there: "Tolhuizen
                # zorgt voor al het nodige aanbod van specialistische jeugdhulp. We organiseren dat samen met
                # de regiogemeenten"
                continue
            if not m.with_in_context and (nxt := ctx.taken_up_by) is not None and gid in self.phrase_index.matched(nxt):
                # "Sinds 2022 werkt op elke school een jeugdhulpverlener. Die inzet beëindigen we": the act on a
                # described practice is its predicate
                from_next = True
                continue
            return []
        found = sorted(m.terms.find(ctx.view), key=lambda f: f[1].start)
        if from_next and found and m.role != "contradiction":
            # what the act takes up is the sentence's subject or object, not a place or time in it: "In de regio
            # zijn nu 48 gesloten plekken. Daarom bouwen we ze af" does not organise the phase-out with the region
            words = ctx.analysis.words
            found = [(t, sp) for t, sp in found if not _in_adjunct(words, sp.start)]
        if from_context and found:
            # what states a purpose of its own is not the context's: "De jongerenraad krijgt een eigen
            # budget voor activiteiten" after a sentence on extended youth care
            words = ctx.analysis.words
            # (unless the purpose is what the matcher's own groups ask for: "Ruimte in de tarieven voor
            # kwaliteit, innovatie en opleiding")
            asked = {sp.start for g, gid in zip(m.with_, m.with_ids) if gid in matched for _, sp in g.find(ctx.view)}
            found = [(t, sp) for t, sp in found if not _own_purpose(words, sp, asked)]
        if m.unless_id is not None and m.unless_id in matched:
            # "het groenonderhoud besteden we opnieuw aan; voor de jeugdhulp stoppen we met aanbesteden":
            # an `unless` word rules out its own statement, not the whole passage
            found = _not_ruled_out(found, [(t, u) for t, u in m.unless.find(ctx.view)
                                           if not _excepted(ctx.analysis.words, u.start)
                                           and not _denied_word(ctx.analysis.words, u)], ctx.analysis.part_of)
        if m.with_ and found and len(ctx.analysis.parts) > 1:
            found = self._same_part(m, ctx, found)
        if m.with_predicate and found and len(ctx.analysis.clauses) > 1:
            found = self._not_denied_elsewhere(m, ctx, found)
        if found and len(ctx.analysis.clauses) > 1:
            # (after the `with` test: the pronoun stands for the words as their own statement met it)
            found = found + self._read_again(ctx, found)
        if found and m.role != "contradiction":
            # (not for a contradiction's words: "We stoppen met het zelf inkopen ... en doen dat via de regio")
            found = found + self._read_in_later_predicate(ctx, found)
        return found

    @staticmethod
    def _read_again(ctx: _SegmentContext, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """The words found, read again where a contrast acts on them through a pronoun: "De sociale
        teams blijven wel bestaan, maar we maken ze kleiner" (anaphora.py)."""
        analysis = ctx.analysis
        clauses = analysis.clauses
        own = {clause_at(clauses, sp.start) for _, sp in found}
        out = []
        for k in sorted(own):
            p = analysis.anaphor(k)
            if p is not None and clauses[clause_at(clauses, p)].role == "coordinate":
                # a coordinate act stands for the words before only where it turns them ("en breiden we
                # dat aanbod uit"), not where it names something of its own ("en organiseren we deze hulp
                # als publieke dienstverlening")
                c = clauses[clause_at(clauses, p)]
                if not any(o.category in ("increase", "decrease", "cut") and c.start <= o.start < c.end
                           for o in analysis.operators):
                    p = None
            if p is not None and clause_at(clauses, p) not in own:
                term, first = next((t, sp) for t, sp in found if clause_at(clauses, sp.start) == k)
                out.append((term, Span(p, p + 1, analysis.words[p])))
                ctx.memo[("antecedent", p, term)] = first  # (the evidence quotes the words, not the pronoun)
        return out

    @staticmethod
    def _read_in_later_predicate(ctx: _SegmentContext, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """The words found, read again where a later coordinated predicate of their clause takes them up as
        its object: "We bespreken de wijkteams met de raad en versterken ze met tien fte", "We vinden de
        wijkteams belangrijk en breiden ze daarom uit" (conjuncts.py; the pronoun right after its verb)."""
        analysis = ctx.analysis
        words, clauses = analysis.words, analysis.clauses
        out = []
        for term, sp in found:
            c = clauses[clause_at(clauses, sp.start)]
            first_verb, cuts = analysis.layout(c.start, c.end)
            later = [k for k in cuts if k > sp.end and k + 2 < c.end]
            if first_verb is None or not later:
                continue
            k = later[0]
            # (an act of its own, not a pro-verb or a discussion: "en bespreken dat met de regio")
            if words[k] == "en" and words[k + 2] in _PREDICATE_PRONOUNS and words[k + 1] not in ("doen", "doet") \
                    and analysis._act_verb(words[k + 1]) and words[k + 1] not in TALKING:
                p = k + 2
                out.append((term, Span(p, p + 1, words[p])))
                ctx.memo[("antecedent", p, term)] = sp
        return out

    def _foreign_parts(self, ctx: _SegmentContext) -> frozenset[int]:
        """The statements of a passage of several that name another domain and no word of the social
        domain (domain.py's words), once per passage."""
        memo = ctx.memo
        if "foreign_parts" not in memo:
            memo["foreign_parts"] = frozenset()
            foreign = self.domain.foreign
            if foreign is not None and foreign.any(ctx.view) and len(ctx.analysis.parts) > 1:
                part_of = ctx.analysis.part_of
                ours = {part_of(sp.start) for _, sp in self.domain.terms.find(ctx.view)}
                # (a part with the providers, a team or a pronoun for them is still about them: "...; de teams
                # houden ook spreekuur bij de voetbalclubs", "zoals we ook met de schoonmaakbedrijven doen")
                ours |= {part_of(k) for k, w in enumerate(ctx.analysis.words) if w in _CARE_ANCHORS
                         or w.endswith(("team", "teams", "aanbieder", "aanbieders"))}
                memo["foreign_parts"] = frozenset(part_of(sp.start) for _, sp in foreign.find(ctx.view)) - ours
        return memo["foreign_parts"]

    def _not_denied_elsewhere(self, m: _CompiledMatcher, ctx: _SegmentContext, found: list[tuple[str, Span]]):
        """Occurrences whose `with` predicate is not denied in a clause of its own (`with_predicate`): "Jongeren
        krijgen ruim voor hun 18e een plan, zodat de begeleiding niet op hun 18e stopt" does not stop help at
        18 by its first "18e"; "Zodra een jongere meerderjarig wordt, stopt de hulp" does, and so does "...,
        stopt de jeugdhulp zonder overgangsperiode" ("zonder" denies its noun, not the predicate). Only
        the groups the passage itself meets are asked; one met only by the context is not."""
        clauses = ctx.analysis.clauses
        negated = {clause_at(clauses, o.start) for o in ctx.analysis.operators
                   if o.category == "negation" and o.words != "zonder"}
        # the clauses each group stands in, once
        where = [{clause_at(clauses, w.start) for _, w in g.find(ctx.view)}
                 for g, gid in zip(m.with_, m.with_ids) if gid in ctx.matched]
        return [(t, sp) for t, sp in found
                if all(clause_at(clauses, sp.start) in cs or not cs <= negated for cs in where)]

    def _same_part(self, m: _CompiledMatcher, ctx: _SegmentContext, found: list[tuple[str, Span]]):
        """Occurrences whose `with` groups occur in the same statement of the passage: "we zorgen voor
        specialistische jeugdhulp; de regionale samenwerking op afval zeggen we op" does not organise
        youth care regionally (a group the heading or lead-in meets is met everywhere)."""
        parts = ctx.analysis.parts
        part_of = ctx.analysis.part_of
        needed = []
        lead = ctx.lead_view if ctx.segment.kind == "bullet" else None
        for g, gid in zip(m.with_, m.with_ids):
            if m.with_in_context and any(gid in self.phrase_index.matched(v) for v in ctx.views_for(m.with_in_context)):
                continue
            if lead is not None and gid in self.phrase_index.matched(lead):
                continue
            needed.append({part_of(sp.start) for _, sp in g.find(ctx.view)})
        if not needed:
            return found
        del parts
        met = {part_of(sp.start) for _, sp in found if all(part_of(sp.start) in ps for ps in needed)}
        # (the statement right after one whose own terms met the groups goes on about the same thing:
        # "Marktwerking hoort niet thuis in de jeugdhulp; een nieuwe aanbestedingsronde komt er niet";
        # not one that names another domain: "De jeugdregio werkt goed; de samenwerking op afval ...")
        foreign = self.domain.foreign
        elsewhere = {part_of(sp.start) for _, sp in foreign.find(ctx.view)} if foreign is not None and met else set()
        # (nor, whatever its own terms, a statement that takes the one before up by a demonstrative object,
        # where that one meets the groups: "De andere gemeenten kopen de jeugdbescherming gezamenlijk in, maar
        # wij gaan dat voortaan zelf doen")
        if "pointing_parts" not in ctx.memo:  # (once per passage, not per matcher)
            words = ctx.analysis.words
            ctx.memo["pointing_parts"] = {part_of(k) for k, w in enumerate(words) if w in ("dat", "dit") and k > 0
                                          and words[k - 1] in ("gaan", "gaat", "doen", "doet", "regelen", "regelt",
                                                               "we", "wij")} | {
                # (or a demonstrative noun phrase for it: "..., maar na 2027 kopen we die hulp zelf in")
                part_of(k) for k, w in enumerate(words[:-1]) if w in ("die", "deze") and k > 0
                and words[k - 1] in ("we", "wij") and words[k + 1].isalpha() and names_before(words[k + 1], words[:k])}
        meeting = {p for p in ctx.memo["pointing_parts"] if all(p - 1 in ps for ps in needed)}
        return [(t, sp) for t, sp in found if part_of(sp.start) in met or part_of(sp.start) in meeting or (
            part_of(sp.start) - 1 in met and part_of(sp.start) not in elsewhere)]

    # -- cues --------------------------------------------------------------------------------
    def commitment(self, ctx: _SegmentContext, span: Span) -> tuple[str | None, Cue | None]:
        """How firmly the passage commits to the words in `span`, and the cue that says so.

        Its clause decides (modality.py); a clause chain that says nothing takes the bullet list's
        lead-in, the passage's genre (a table row, a dated goal, a bullet under "Wat gaan we doen?")
        or what the passages before it in the same section said (discourse).
        """
        seg = ctx.segment
        if ctx.in_draft(span):
            return None, Cue("draft", "[…]", "draft")
        if seg.kind == "heading":
            return None, None
        mod, said = ctx.analysis.modality(span.start)
        if seg.kind == "bullet" and seg.lead_in and ctx.lead_view is not None and \
                ctx.analysis.words[:1] and ctx.analysis.words[0] in _CONTINUING:
            # "Samen met de regio verkennen we: - hoe de gesloten jeugdzorg kan worden afgebouwd;": a
            # bullet that opens with a subordinator goes on with its lead-in's clause, which governs it
            lead, lead_said = ctx._extra.analysis(seg.lead_in).main_modality()
            # (a committing lead-in, "Dit gaan we doen:", leaves the bullet's own study or condition)
            if lead_said and lead.level not in ("firm", "intent"):
                return lead.level, _cue(lead.hedge or lead.marker, "lead_in")
        if said and mod.marker is not None and mod.marker.source in ("present", "passive", "carried") \
                and section_kind(seg.heading_path) == "description":
            # the agreement's present is the situation's present under "Context", "Kerncijfers", a letter
            return None, Cue("description", f"(onder ‘{seg.heading_path[-1]}’)", "genre")
        if said and mod.level == "intent" and mod.marker is not None and mod.marker.source in ("present", "passive") \
                and self._past_follows(ctx, span):
            # "De buurtteams bieden laagdrempelige hulp aan gezinnen. In 2025 hielpen zij ruim 1.200 huishoudens":
            # a present whose own past the next statement reports is the situation, not an arrangement made
            return None, Cue("description", "(vervolgd in de verleden tijd)", "genre")
        # (a norm or a vague cue, "moet", "aandacht voor", that the next sentence acts on; not a study,
        # hedge or condition)
        if not said and (label := ctx.analysis.label_modality(span.start)) is not None:
            return label
        # (also a situation the next sentence acts on: "In Lindewaard krijgen te veel gezinnen een
        # indicatie voor begeleiding thuis. Dat aantal brengen we met een derde terug")
        described = mod.level is None and mod.marker is not None and mod.marker.category == DESCRIPTION \
            and mod.marker.source in ("evaluation", "tense", "already", "segment")
        if not said or (mod.level == "weak" and mod.hedge is None and mod.marker is not None
                        and mod.marker.category == "weak") or described:
            taken_up = ctx.analysis.taken_up_later(span.start) or self._taken_up(ctx)
            # (a situation is taken up by our act, not by a trend: "Dat aantal stijgt elk jaar")
            if taken_up[0] is not None and not (described and taken_up[1].source == "next_sentence"
                                                and not ctx.memo.get("taken_up_act")):
                return taken_up
        if not said and (succeeded := self._succeeded(ctx)) is not None:
            # "Het openhuismodel loopt op 1 januari 2027 af. Daarna werkt de gemeente met vaste partners": what
            # runs out with our act to follow it is ended by us
            return succeeded
        if said and mod.level is None and mod.marker is not None and mod.marker.source == "actor" and \
                self._adopted_next(ctx):
            # "De centrumgemeente stelt voor om via open house in te kopen. Dat voorstel nemen wij over": what
            # another wants, the next sentence makes ours
            return self._taken_up(ctx)
        if said and self._ends_practice(ctx, mod):
            # "Wij kopen de jeugdhulp in via open house. Daar stoppen we mee": the present that the next
            # sentence ends is the practice now, and the act is the ending
            return self._taken_up(ctx)
        if not said and (stance := ctx.analysis.stance(span.start)) is not None:
            # "Niet naast de school, maar juist in de school: jeugdhulpverleners werken vast mee in elk
            # schoolteam": the clause a fronted correction heads states the arrangement chosen
            return "intent", Cue("intent", stance, "correction")
        if said:
            if mod.level in ("firm", "intent") and (deferred := self._deferred(ctx, span)) is not None and not (
                    deferred[0] == "condition" and lacks_money(deferred[1])
                    and any(o.category == "decrease" for o in ctx.analysis.operators)):
                # "We willen de buurtteams versterken. Of en hoe dat gebeurt, besluiten we pas na ..."
                # (no money for a cut explains it: "We sluiten de bibliotheek. Daar hebben we geen geld voor")
                category, words = deferred
                return ("weak" if category in ("study", "condition") else None), Cue(category, words, "deferral")
            if mod.level in ("firm", "intent") and mod.marker is not None and mod.marker.source != "subject" and \
                    (national := self._national_after(ctx, span)) is not None:
                # "Uiterlijk in 2030 is de gesloten jeugdzorg afgebouwd; dat is het landelijke doel van het Rijk"
                # (not what we do that is national policy too: "We bouwen ... af; dat is ook landelijk beleid")
                return None, Cue("attribution", national, "next")
            return mod.level, _cue(mod.marker)
        found = self._context_commitment(ctx)
        if found[0] in ("firm", "intent") and mod.hedge is not None:
            return "weak", _cue(mod.hedge)
        if found[0] in ("firm", "intent") and found[1] is not None and found[1].source == "discourse" and \
                (deferred := ctx.analysis.deferred(span.start)) is not None and deferred[0] == "study":
            # what the sentences before would carry over, a later clause of its own leaves open: "Het
            # zwembad is verouderd; de gemeenteraad besluit in 2028 over de toekomst ervan"
            return "weak", Cue(deferred[0], deferred[1], "deferral")
        return found

    def _context_commitment(self, ctx: _SegmentContext) -> tuple[str | None, Cue | None]:
        """What a passage whose own clauses say nothing commits to, from its context."""
        memo = ctx.memo
        if "context" in memo:
            return memo["context"]
        seg = ctx.segment
        kind = section_kind(seg.heading_path)
        found: tuple[str | None, Cue | None] = (None, None)
        if seg.lead_in and ctx.lead_view is not None and seg.kind == "bullet":
            lead, said = ctx._extra.analysis(seg.lead_in).main_modality()
            if said:
                found = (lead.level, _cue(lead.marker, "lead_in"))
        if found == (None, None):
            if kind == "description":
                found = (None, Cue("description", f"(onder ‘{seg.heading_path[-1]}’)", "genre"))
            elif kind == "goals" and not is_dated_goal(seg.text) and not _DATED.search(seg.heading_path[-1]):
                found = ("weak", Cue("weak", f"(doel onder ‘{seg.heading_path[-1]}’)", "genre"))
            elif kind == "goals":
                # goals with a year, in the passage or its heading ("Doelen voor 2030"): an agreement written
                # as goals (CODEBOOK, hard cases: "In 2028 is er ...")
                found = ("intent", Cue("intent", f"(doel onder ‘{seg.heading_path[-1]}’)", "genre"))
            elif seg.kind == "row":
                found = ("intent", Cue("intent", "(tabelregel)", "genre"))
            elif seg.kind == "bullet":
                found = ("intent", Cue("intent", "(programmapunt)", "bullet"))
            elif is_dated_goal(seg.text) and not any(m.category == "attribution" for m in ctx.analysis.markers):
                # (a goal another party sets is theirs, and so is what the passage says about it: "In 2030 moet
                # ... volgens het Rijk ... zijn teruggebracht; dat raakt ook de regionale instelling")
                found = ("intent", Cue("intent", "(doel met jaartal)", "genre"))
            elif kind in ("commitment", "not_doing"):
                found = ("intent", Cue("intent", f"(onder ‘{seg.heading_path[-1]}’)", "genre"))
            else:
                found = self._discourse(ctx)
        memo["context"] = found
        return found

    @classmethod
    def _takes_this_up(cls, ctx: _SegmentContext, words: list[str]) -> bool:
        """Whether the next sentence's object stands for what this passage names: a pointer ("Dat regelen
        we", "Die teams heffen we op") or a definite noun that heads one of its compounds ("De jeugd- en
        gezinsteams ... Daarom bouwen we het aantal teams af"; anaphora.definite_object)."""
        if takes_up(words):
            return cls._names_this(ctx, object_noun(words))
        k = definite_object(words)
        return k is not None and heads_compound(words[k], ctx.analysis.words)

    @staticmethod
    def _names_this(ctx: _SegmentContext, noun: str | None) -> bool:
        """Whether a demonstrative object's noun stands for something of this passage (anaphora.names_before)."""
        return names_before(noun, ctx.analysis.words)

    def _national_after(self, ctx: _SegmentContext, span: Span) -> str | None:
        """Whether the clause after the span's (after a ";") or the next sentence says that what the
        span's statement says is national policy (speakers.national_account)."""
        a = ctx.analysis
        k = clause_at(a.clauses, span.start)
        nxt = next((j for j in range(k + 1, len(a.clauses)) if a.clauses[j].role == "main"), None)
        if nxt is not None and a.clauses[nxt].opener == ";":
            # (with the clauses coordinated to it: "; dat is het doel van het Rijk en dat nemen wij over")
            return national_account(a.words[a.clauses[nxt].start:])
        if nxt is None and (seg := _next_sentence(ctx)) is not None:
            words = self._passage_words(ctx, seg.text)
            return national_account(words) if words else None
        return None

    def _deferred(self, ctx: _SegmentContext, span: Span) -> tuple[str, str] | None:
        """A later clause of the passage, or the next sentence of its paragraph, that leaves what the
        passage commits to open or hands it to others (deferral.py)."""
        found = ctx.analysis.deferred(span.start)
        if found is not None:
            return found
        if "deferred_next" not in ctx.memo:
            ctx.memo["deferred_next"] = None
            nxt = _next_sentence(ctx)
            if nxt is not None:
                words = self._passage_words(ctx, nxt.text)
                if words is not None:
                    ctx.memo["deferred_next"] = deferral(words, self.lexicon.is_verb)
        return ctx.memo["deferred_next"]

    def _refused_next(self, ctx: _SegmentContext) -> str | None:
        """The next sentence of the paragraph when it opens by refusing what this one proposes
        (polarity.refusal_opening)."""
        if "refused_next" not in ctx.memo:
            ctx.memo["refused_next"] = None
            nxt = _next_sentence(ctx)
            words = self._passage_words(ctx, nxt.text) if nxt is not None else None
            # (a refusal holds "niet", "geen optie" or "af": most next sentences are read no further)
            if words is not None and not _REFUSAL_WORDS.isdisjoint(words[:REFUSAL_MAX + 1]):
                analysis = self._passage_analysis(ctx, nxt.text)
                if analysis is not None:
                    ctx.memo["refused_next"] = refusal_opening(analysis.words, analysis.clauses)
        return ctx.memo["refused_next"]

    def _succeeded(self, ctx: _SegmentContext) -> tuple[str, Cue] | None:
        """The commitment of the next sentence of the paragraph when this one says something runs out
        (modality.expires) and that one opens with what comes after it ("Daarna", "Vanaf dan") and is our
        act; else None. The words that run out are then ended (see _judge)."""
        if "succeeded" in ctx.memo:
            return ctx.memo["succeeded"]
        ctx.memo["succeeded"] = None
        words = ctx.analysis.words
        nxt = _next_sentence(ctx) if expires(words) else None
        following = self._passage_words(ctx, nxt.text) if nxt is not None else None
        if following and (following[0] in _AFTERWARDS or following[:2] in (["vanaf", "dan"], ["na", "afloop"])):
            analysis = self._passage_analysis(ctx, nxt.text)
            if analysis is not None:
                mod, said = analysis.main_modality()
                # (not what takes it up to go on with it: "Daarna verlengen we het met vijf jaar")
                renewed = not _BACK_POINTERS.isdisjoint(following[1:7]) or any(
                    o.category in ("keep", "increase") for o in analysis.operators)
                if said and mod.level in ("firm", "intent") and mod.marker is not None and analysis.ours and \
                        mod.marker.source in ("subject", "segment") and not renewed:
                    ctx.memo["succeeded"] = (mod.level, Cue(mod.marker.category,
                                                            f"{following[0]} … {mod.marker.words}", "succession"))
        return ctx.memo["succeeded"]

    def _past_follows(self, ctx: _SegmentContext, span: Span) -> bool:
        """Whether the statement after the span's (a predicate coordinated with it, after a ";", or the next
        sentence of its paragraph) reports in the past tense what the same subject did, pointing back at it
        ("en hielpen in 2025 ...", "In 2025 hielpen zij ...", "...; in 2025 kregen ruim 1.200 huishoudens van
        hen hulp")."""
        a = ctx.analysis
        k = clause_at(a.clauses, span.start)
        c, is_past = a.clauses[k], self.lexicon.is_past
        if any(a.words[j] == "en" and is_past(a.words[j + 1]) for j in range(span.end, c.end - 1)):
            return True  # "de wijkteams bieden laagdrempelige hulp en hielpen in 2025 ruim 1.200 huishoudens"
        nxt = next((j for j in range(k + 1, len(a.clauses)) if a.clauses[j].role == "main"), None)
        if nxt is not None and a.clauses[nxt].opener == ";":
            piece, analysis, first = a.words[a.clauses[nxt].start:a.clauses[nxt].end], a, nxt
        elif nxt is None and (seg := _next_sentence(ctx)) is not None:
            analysis = self._passage_analysis(ctx, seg.text)
            if analysis is None:
                return False
            piece, first = analysis.words, 0
        else:
            return False
        if _PAST_POINTERS.isdisjoint(piece[:PAST_POINTER_REACH]):
            return False
        markers = [m for m in analysis.markers if analysis.clauses[first].start <= m.start < analysis.clauses[first].end]
        return any(m.category == DESCRIPTION and m.source == "tense" for m in markers) and \
            not any(m.category in ("firm", "intent") and m.source == "subject" for m in markers)

    def _ends_practice(self, ctx: _SegmentContext, mod) -> bool:
        """Whether this sentence states a present (ours or a passive one, unhedged) that the next
        sentence, taking it up, ends: "Daar stoppen we mee", "Daar maken we een einde aan", "Dat bouwen
        we af". (The ending direction is then the words' own, see _judge; "Dat doen we niet meer" is a
        refusal, see `_stopped_next`.)"""
        if mod.level not in ("firm", "intent") or mod.hedge is not None or mod.marker is None or \
                mod.marker.source not in PRESENT_SOURCES:
            return False
        taken = self._taken_up(ctx)
        return taken[0] is not None and bool(ctx.memo.get("taken_up_act")) and \
            _taken_direction(ctx.memo["taken_up_analysis"]).value == DOWN and \
            not _consequence(ctx.memo["taken_up_analysis"].words)

    def _adopted_next(self, ctx: _SegmentContext) -> bool:
        """Whether the next sentence takes this one up as our act of adopting it ("Dat voorstel nemen wij
        over", "Dat plan steunen we")."""
        taken = self._taken_up(ctx)
        if taken[0] is None or not ctx.memo.get("taken_up_act"):
            return False
        words = ctx.memo["taken_up_analysis"].words
        # (the particle "over" closing the clause: not "... nemen we mee in het gesprek over de inkoop")
        end = next((k for k, w in enumerate(words) if w in (".", ";", ",", ":")), len(words))
        return not ADOPTING.isdisjoint(words[:FRONTED_NP_REACH + 3]) or (
            words[end - 1:end] == ["over"] and not ADOPTING_VERBS.isdisjoint(words[:end]))

    def _stopped_next(self, ctx: _SegmentContext, cue: Cue | None) -> str | None:
        """The next sentence's refusal when it stops what this one states as present practice: "De
        jeugdhulp wordt ingekocht via open house. Dat doen we niet meer"."""
        if cue is None or cue.source not in PRESENT_SOURCES:
            return None
        refused = self._refused_next(ctx)
        return refused if refused is not None and not {"meer", "langer"}.isdisjoint(refused.split()) else None

    def _taken_up(self, ctx: _SegmentContext) -> tuple[str | None, Cue | None]:
        """The commitment of the next sentence of the paragraph when it takes this one up as its
        object: "Elk kind moet kunnen rekenen op de zware zorg die het nodig heeft. Dat regelen we als
        jeugdregio", "Jongeren kunnen na hun 18e verlengde jeugdhulp krijgen. Hiervoor reserveren we ..."."""
        memo = ctx.memo
        if "taken_up" in memo:
            return memo["taken_up"]
        found: tuple[str | None, Cue | None] = (None, None)
        nxt = _next_sentence(ctx)
        words = self._passage_words(ctx, nxt.text) if nxt is not None else None
        # (not a refusal, "Daar kiezen wij niet voor": Matcher._refused_next reads those; not a noun of
        # something new, "In 2027 openen we dat nieuwe sportpark")
        if words is not None and STANCE_VERBS.isdisjoint(words[:FRONTED_NP_REACH + 2]) and self._takes_this_up(ctx, words):
            negated = not NEGATORS.isdisjoint(_first_statement(words))
            analysis = self._passage_analysis(ctx, nxt.text)
            # (a negated cease takes it up to keep it, "We zetten die niet stop"; another negation is a
            # refusal, which Matcher._refused_next reads: "Daar kiezen wij niet voor")
            if analysis is not None and (not negated or negated_cease(analysis.operators, len(_first_statement(words)))):
                mod, said = analysis.main_modality()
                first = analysis.clauses[0] if analysis.clauses else None
                vague = next((mk for mk in analysis.markers if mk.category == "weak" and first is not None
                              and first.start <= mk.start < first.end), None)
                if said and mod.level in ("firm", "intent") and vague is not None:
                    # a vague cue takes it up without an act: "Daar willen we meer aandacht voor hebben"
                    found = ("weak", Cue("weak", f"{analysis.words[0]} … {vague.words}", "next_sentence"))
                elif said and mod.level in ("firm", "intent") and mod.marker is not None:
                    # (our act, not a trend or another's: "Dat aantal stijgt", "Dat aantal wil de
                    # Jeugdautoriteit terugbrengen")
                    memo["taken_up_act"] = mod.marker.source in ("subject", "segment") and analysis.ours
                    found = (mod.level, Cue(mod.marker.category, f"{analysis.words[0]} … {mod.marker.words}",
                                            "next_sentence"))
                    memo["taken_up_analysis"] = analysis  # its direction too (see _judge)
        memo["taken_up"] = found
        return found

    def _discourse(self, ctx: _SegmentContext) -> tuple[str | None, Cue | None]:
        """A sentence that says nothing itself continues what the sentences before it in its
        paragraph (or, at its start, the paragraph before in the same section) committed to:
        "Er komt één toegang ... Het team werkt gezinsgericht." A description or a study before it
        ends that."""
        segs = ctx.document.segments
        seg = ctx.segment
        k = seg.index - 1
        looked = 0
        while k >= 0 and looked < 2:
            prev = segs[k]
            if prev.kind in ("heading", "toc") or prev.heading_path != seg.heading_path:
                break
            if prev.kind != "sentence":
                break
            analysis = self._passage_analysis(ctx, prev.text)
            if analysis is not None:
                mod, said = analysis.main_modality()
                if said:
                    # (a paragraph before that commits in another field is no statement this one goes on
                    # with: "Vanaf 2027 halen we het restafval eens per drie weken op." before a paragraph on
                    # waiting lists; within one paragraph the topic is kept, "We zorgen voor een soepele
                    # overgang van 18- naar 18+. Ruim voor de achttiende verjaardag maakt het team ...")
                    if mod.level in ("firm", "intent") and (prev.block == seg.block or self._in_domain(ctx, prev.text)):
                        return "intent", Cue("intent", f"(vervolg op ‘{mod.marker.words if mod.marker else ''}’)",
                                             "discourse")
                    return None, None
            looked += 1
            k -= 1
        return None, None

    def _in_domain(self, ctx: _SegmentContext, text: str) -> bool:
        """Whether a passage read for context speaks of the youth and social domain (DomainSense)."""
        view = self._view_of(ctx, text, full=True)
        return view is not None and self.domain.any(view)

    def _view_of(self, ctx: _SegmentContext, text: str, full: bool = False) -> TokenView | None:
        """The (indexed) view of a passage read for context, once per document. Unless `full`, None
        for a passage in which no phrase set can match (it can meet no `with` group and put nothing in
        the domain), as for the passages themselves (ViewBuilder's `skippable`)."""
        cache = ctx.document_cache
        key = ("view", text)
        if key not in cache:
            if not full:
                short = ("matters", text)
                if short not in cache:
                    cache[short] = self.view_builder.views([text], skippable=1)[0]
                return cache[short]
            cache[key] = self.view_builder.views([text])[0]
        return cache[key]

    def _passage_words(self, ctx: _SegmentContext, text: str) -> list[str] | None:
        """The tokens of a passage read for context, without analysing it (what takes it up or defers
        it is read off its words)."""
        analysis = ctx.document_cache.get(text)
        if analysis is not None:
            return analysis.words
        view = self._view_of(ctx, text, full=True)
        return view.surface.split() if view is not None else None

    def _passage_analysis(self, ctx: _SegmentContext, text: str) -> "_Analysis | None":
        cache = ctx.document_cache
        if text not in cache:
            view = self._view_of(ctx, text, full=True)
            cache[text] = _Analysis(self, view, self.cue_finder.find(view), ctx._extra.names) \
                if view is not None else None
        return cache[text]

    def polarity(self, ctx: _SegmentContext, span: Span) -> tuple[str, Cue | None, Polarity]:
        """up / down / keep / neutral for the words in `span`, the cue that decided it, and whether
        it is a negated decrease ("we bouwen X niet af": a choice against)."""
        p = ctx.analysis.polarity(span.start, span.end)
        if p.value == NEUTRAL and ctx.segment.kind == "row":
            p = _row_direction(ctx.analysis, span) or p
        seg = ctx.segment
        not_doing = section_kind(seg.heading_path) == "not_doing" or (
            seg.kind == "bullet" and bool(seg.lead_in) and section_kind((seg.lead_in,)) == "not_doing")
        if not_doing and seg.kind in ("bullet", "row") \
                and not any(o.category == "negation" for o in ctx.analysis.operators):
            # a bullet under "Wat we niet gaan doen", or after the lead-in "Dit doen we niet:" (that does not
            # say "niet" itself)
            p = negate(p)
        cue = _polarity_cue(p)
        return p.value, cue, p

    # -- hits --------------------------------------------------------------------------------
    def _hit(self, ci: _CompiledItem, aspect_id: str, role: str, ctx: _SegmentContext, term: str,
             span: Span, commitment, polarity, cue: Cue | None, in_domain: bool, label: str) -> Hit:
        seg = ctx.segment
        via = ""
        if span.end - span.start == 1 and (first := ctx.memo.get(("antecedent", span.start, term))) is not None:
            via = f" (via ‘{span.text}’)"  # read again at its pronoun: anaphora.py
            span = first
        s0 = ctx.view.char_span(span.start)[0]
        s1 = ctx.view.char_span(min(span.end, len(ctx.view)) - 1)[1]
        matched = ctx.text[s0:s1]
        parts = [f"‘{matched}’{via} → {label}", COMMITMENT_NL.get(commitment, "geen toezegging")]
        if cue is not None:
            where = {"lead_in": ", uit de inleidende zin", "next_sentence": ", uit de volgende zin"}.get(cue.source or "", "")
            parts[-1] += f" (‘{cue.words}’{where})"
        if polarity != "neutral":
            parts.append("richting: " + ("afbouw/ontkenning" if polarity == "down" else "opbouw/behoud"))
        parts.append("jeugd/sociaal domein" if ctx.in_domain else "geen jeugdcontext nodig")
        return Hit(item_id=ci.item.id, aspect_id=aspect_id, role=role, segment_index=seg.index,
                   page=seg.page, heading=" › ".join(seg.heading_path[-2:]), text=seg.text,
                   matched=matched, term=term, commitment=commitment, polarity=polarity, cue=cue,
                   in_domain=in_domain, explanation="; ".join(parts),
                   section=seg.heading_path[0] if seg.heading_path else "")


def _not_inside_longer(found: list[tuple[str, Span]], others: list[list[tuple[str, Span]]]) -> list[tuple[str, Span]]:
    """An aspect's occurrences that are not a word inside a longer phrase that an aspect which claims its
    words (`claims` in rules/items.yaml) found: in "de terugkeer naar school regelt" the school is where
    the young person returns (re-entry), not a partner that works with youth care (cooperation); but
    "passend onderwijs" is still education. The same span may count for both."""
    longer = [s for o in others for _, s in o]
    return [(t, s) for t, s in found
            if not any(o.start <= s.start and s.end <= o.end and (o.start, o.end) != (s.start, s.end)
                       for o in longer)]


_EXCEPTION_REACH = 4  # words from an exception's opener to the word it excepts ("met uitzondering van het leerlingenvervoer")


def _excepted(words: list[str], start: int) -> bool:
    """Whether the word at `start` is what the statement itself excepts ("We stoppen met aanbesteden, met
    uitzondering van het leerlingenvervoer"): an `unless` word there is set apart, it rules nothing out."""
    before = words[max(0, start - _EXCEPTION_REACH):start]
    end = next((k for k in range(start, len(words)) if words[k] in (".", ";", ":", "!", "?")), len(words))
    if end < len(words) and words[end] in (":", ";"):
        return False  # (taken up after it, the excepted thing has a statement of its own: "..., behalve het
        # groenonderhoud: dat besteden we opnieuw aan")
    return any(w in EXCLUSIONS for w in before) or any(before[i:i + 2] == ["uitzondering", "van"]
                                                      for i in range(len(before) - 1))


_DENYING = frozenset({"niet", "geen", "zonder", "nooit"})
_OBJECT_PRONOUNS = frozenset({"het", "hem", "ze", "die", "dat", "deze", "we", "wij"})


def _denied_word(words: list[str], u: Span) -> bool:
    """Whether an `unless` word is itself denied, so that it rules nothing out: "Het zwembad wordt gesloten en
    niet vervangen", "We sluiten het buurthuis en vervangen het niet", "zonder nieuwbouw"."""
    if u.start > 0 and words[u.start - 1] in _DENYING:
        return True
    k = u.end
    while k < len(words) and k < u.end + 2 and words[k] in _OBJECT_PRONOUNS:
        k += 1
    return k < len(words) and words[k] == "niet" and (k + 1 == len(words) or words[k + 1] in (".", ";", ",", "!"))


def _not_ruled_out(found: list[tuple[str, Span]], unless: list[tuple[str, Span]], part_of) -> list[tuple[str, Span]]:
    """The occurrences that no `unless` word rules out. An `unless` word rules out its own statement
    of the passage; one that holds a term itself ("nieuwe sporthal") rules out that term alone: "We
    investeren in een nieuwe sporthal, maar sluiten de bibliotheekvestiging" still closes the
    library, "We sluiten het oude zwembad en bouwen een nieuw zwembad" closes no pool."""
    parts: set[int] = set()
    terms: set[tuple[int, str]] = set()
    for _, u in unless:
        own = [t for t, sp in found if sp.start < u.end and u.start < sp.end]
        if own:
            terms.update((part_of(u.start), t) for t in own)
        else:
            parts.add(part_of(u.start))
    return [(t, sp) for t, sp in found if part_of(sp.start) not in parts and (part_of(sp.start), t) not in terms]


# what follows a demonstrative that is a verb's object: a preposition or particle, an adverb, the end
# ("de gemeente betaalt dat uit eigen middelen", "we regelen dat samen", "die financieren we")
_AFTER_PRONOUN_OBJECT = frozenset({"uit", "met", "via", "samen", "zelf", "ook", "vanaf", "in", "op", "door",
                                   "voor", ".", ";", ",", "vanuit", "structureel", "jaarlijks", "volledig"})
# verbs whose "dat" opens a clause ("zorgt dat kinderen ...", "vindt dat ...")
_DAT_CLAUSE_VERBS = frozenset({"zorgt", "zorgen", "vindt", "vinden", "wil", "willen", "weet", "weten", "ziet",
                               "zien", "betekent", "regelt", "regelen", "spreekt", "spreken", "garandeert",
                               "garanderen", "bepaalt", "bepalen", "verwacht", "verwachten", "denkt", "denken"})


def _without_drafts(text: str) -> str:
    """The passage without its draft notes ("[Tekst volgt: ...]"), as far as anything is left."""
    if "[" not in text:
        return text
    for a, b in reversed(draft_spans(text)):
        text = text[:a] + text[b:]
    return text.strip()


_RELATIVE_WORDS = frozenset({"die", "dat", "waar", "waarin", "waarbij", "waarmee", "waarvoor", "wie"})


def _before_relative(piece: list[str]) -> list[str]:
    """The words of a clause before a relative clause on one of its nouns ("op de plekken waar ze al
    komen"): a verb there is the relative clause's, not the clause's own."""
    k = next((j for j in range(1, len(piece)) if piece[j] in _RELATIVE_WORDS and piece[j - 1].isalpha()), None)
    return piece if k is None else piece[:k]


# an anticipating pronominal adverb's two parts: "er ... voor", "ervoor"
_ANTICIPATING_ADVERBS = frozenset({"ervoor", "daarvoor", "erom", "ertoe"})


def _governing_frame(words: list[str], c: Clause) -> bool:
    """Whether clause `c` is a short main clause whose negation reaches into the clause it governs: up to
    seven words ("Wij kiezen er niet voor"), or up to twelve where "er ... voor" anticipates that clause
    ("Wij kiezen er in Hunsveld nadrukkelijk niet voor om ...", a place or an adverb put in)."""
    n = c.end - c.start
    if n <= 7:
        return True
    piece = words[c.start:c.end]
    return n <= 12 and (not _ANTICIPATING_ADVERBS.isdisjoint(piece) or ("er" in piece and piece[-1:] == ["voor"]))


def _pronoun_object_of(piece: list[str], is_verb) -> bool:
    """A statement whose object is a demonstrative for what the one before it said: "; de gemeente
    betaalt dat uit eigen middelen" (not the "dat" that opens a clause: "; de gemeente zorgt dat ...")."""
    for k in range(1, min(len(piece), 8)):
        # (or a personal pronoun for it: "; we heropenen haar in 2027")
        if piece[k] in ("dat", "dit", "haar", "hem", "ze") and is_verb(piece[k - 1]) and \
                piece[k - 1] not in _DAT_CLAUSE_VERBS:
            return k + 1 >= len(piece) or piece[k + 1] in _AFTER_PRONOUN_OBJECT
    return False


# what keeps a dated "moet" a norm: an account ("volgens"), a vague aim ("meer aandacht")
_VAGUE = frozenset({"volgens", "aandacht", "streven", "ambitie", "idealiter", "liefst", "zoveel"})


def _own_purpose(words: list[str], span: Span, asked: set[int] = frozenset()) -> bool:
    """Whether the words found are followed by a purpose of their own ("budget voor activiteiten", "geld
    voor de muziekschool"); not one that points back ("daarvoor") or names a person ("voor hen")."""
    after = words[span.end:span.end + 2]
    if "voor" not in after or not {"daar", "hier", "er"}.isdisjoint(words[max(0, span.start - 5):span.start]):
        return False  # ("De gemeente stelt daar geld voor beschikbaar": "daar ... voor" points back)
    k = span.end + after.index("voor") + 1
    return k < len(words) and words[k].isalpha() and words[k] not in ("hen", "hun", "hem", "haar", "ons", "die", "deze") \
        and k not in asked


def _subject_then_pronoun(words: list[str], is_verb) -> bool:
    """"We organiseren dat samen met ...", "Wij regelen dit in de regio": a committing subject, its verb and a
    demonstrative object that stands alone (not "dat budget", not a time: "dit jaar")."""
    if len(words) < 4 or words[0] not in ("we", "wij") or not is_verb(words[1]) or words[2] not in ("dat", "dit") \
            or words[1] in _PERCEIVING:
        return False  # (what we hear, read or know is no act on it: "We horen dat ook van de regiogemeenten")
    after = words[3]
    return after not in TIME_NOUNS and not after.endswith(("periode", "jaar")) and (
        not after.isalpha() or after in _AFTER_PRONOUN or is_verb(after))


_ER_PARTICLES = frozenset({"van", "in", "uit", "bij", "aan", "mee", "op", "voor"})
_EXISTENTIAL = frozenset({"komt", "komen", "is", "zijn", "wordt", "worden", "gaat", "gaan", "blijft", "blijven", "was",
                          "waren", "kwam", "kwamen", "staat", "staan", "zit", "zitten"})


def _er_pronominal(words: list[str]) -> bool:
    """Whether a sentence names what the sentence before names by "er" + a preposition: "Medewerkers van de GGD
    maken er dan geen deel meer van uit", "We investeren erin"; not the "er" of "er komt", an "er" that opens
    the sentence, nor one that anticipates a clause ("we zorgen ervoor dat ...", "erop te ...")."""
    for k, w in enumerate(words):
        if k == 0:
            continue
        if w in ER_ADVERBS:
            if not {"dat", "om", "te", "of"} & set(words[k + 1:]):
                return True
        elif w == "er" and k + 1 < len(words) and words[k + 1] not in _EXISTENTIAL and words[k - 1] not in _EXISTENTIAL:
            tail = words[k + 2:]
            for j, x in enumerate(tail):
                if x in _ER_PARTICLES and (j + 1 >= len(tail) or not tail[j + 1].isalpha() or tail[j + 1] == "uit"):
                    return True
    return False


# a pronoun object right after the verb of a later coordinated predicate ("en versterken ze")
_PREDICATE_PRONOUNS = frozenset({"ze", "hen", "haar", "die", "dat", "dit", "deze"})
# words that keep a statement with another domain's word about youth care's partners (Matcher._foreign_parts)
_CARE_ANCHORS = frozenset({"hun", "ze", "zij", "hen", "hulpverleners", "jeugdhulpverleners", "zorgpartners"})
# what makes a name a noun's complement ("de jongerenraad van Berkelmonde"), and words before it that are
# no noun ("investeert ook van ...", "we in ...")
_OF_A_NOUN = frozenset({"van", "uit"})
_NOT_NOUN = frozenset({"we", "wij", "ook", "niet", "en", "of", "dat", "die", "zich"})
_PASSIVE_AUX = frozenset({"wordt", "worden", "werd", "werden"})
# prepositions that open a modifier of a subject's head, whose nouns a passive's direction does not reach
_SUBJECT_PP_STOPS = frozenset({"voor", "uit", "met", "naar", "bij", "door", "over", "op", "aan", "zonder", "tegen"})
# what opens the statement of what comes after something that runs out
_AFTERWARDS = frozenset({"daarna", "daarop", "vervolgens", "nadien"})
_BACK_POINTERS = frozenset({"het", "dat", "dit", "ze", "die", "deze", "hem", "haar"})
# cue sources of a clause stated in the present ("wij kopen", "wordt ingekocht"), which may describe the
# practice now (not a cue verb: "we gaan", "we zorgen")
PRESENT_SOURCES = frozenset({"subject", "present", "passive"})
# adverbs that open a consequence of the sentence before ("Daarmee nemen wij afscheid van ...")
_CONSEQUENCE_OPENERS = frozenset({"daarmee", "hiermee", "daardoor", "hierdoor"})


def _consequence(words: list[str]) -> bool:
    """Whether a sentence that opens with "Daarmee" or "Hierdoor" ends something it names itself
    ("Daarmee nemen wij afscheid van de regionale inkooporganisatie"): a consequence of the sentence
    before, not its end ("Daarmee stoppen we" ends it)."""
    return bool(words) and words[0] in _CONSEQUENCE_OPENERS and not _ENDING_WORDS.isdisjoint(words) and any(
        w in ("van", "met") and words[k + 1:k + 2] in (["de"], ["het"], ["onze"], ["ons"]) for k, w in enumerate(words[2:], 2))


# what ends something ("afscheid nemen van", "stoppen met", "een einde maken aan")
_ENDING_WORDS = frozenset({"afscheid", "stoppen", "stopt", "stop", "einde", "beëindigen", "beëindigt", "beeindigen",
                           "beeindigt", "opheffen", "heffen"})


# verbs that make another's proposal ours (with "nemen ... over": Matcher._adopted_next)
# ("onderschrijven" shares a view: STANCE_VERBS, which take nothing up)
ADOPTING = frozenset({"steunen", "steunt", "omarmen", "omarmt"})
_PERCEIVING = frozenset({"horen", "hoorden", "lezen", "lazen", "weten", "wisten", "zien", "zagen", "merken", "merkten",
                         "vinden", "vonden", "denken", "dachten", "begrijpen", "snappen", "delen", "erkennen", "herkennen",
                         "constateren", "signaleren", "betreuren", "waarderen", "onderschrijven", "steunen"})
# what may follow a bare demonstrative object: an adverb, a preposition, a particle
_AFTER_PRONOUN = frozenset({"samen", "met", "in", "op", "voor", "via", "vanuit", "zelf", "ook", "graag", "niet", "wel",
                            "anders", "zo", "uit", "af", "aan", "door", "dan", "nu", "voortaan", "vanaf", "binnen",
                            "regionaal", "lokaal", "gezamenlijk", "structureel"})


# the subject pointed back at in a past-tense report of what it did ("hielpen zij", "van hen", "het team")
_PAST_POINTERS = frozenset({"zij", "ze", "hen", "hun", "hij", "die", "deze", "het team", "dat team"})
PAST_POINTER_REACH = 8
_COLON_POINTERS = frozenset({"die", "dat", "deze", "dit", "ze", "zij", "hij", "het"})


def _colon_takes_up(piece: list[str]) -> bool:
    """Whether the clause after a colon that closes a fronted noun phrase takes it up: as its object
    (takes_up) or as its subject ("De bibliotheek in Noord: die blijft open")."""
    return takes_up(piece) or (len(piece) > 1 and piece[0] in _COLON_POINTERS)


_ADJUNCT_PREPOSITIONS = frozenset({"in", "op", "bij", "binnen", "buiten", "tijdens", "sinds", "vanaf", "na", "voor", "naast"})


def _in_adjunct(words: list[str], start: int) -> bool:
    """Whether the words at `start` sit in a prepositional phrase of place or time ("in de regio")."""
    k = start - 1
    while k >= 0 and k >= start - 3 and words[k] in _ARTICLES:
        k -= 1
    return k >= 0 and words[k] in _ADJUNCT_PREPOSITIONS


def _index_of(words: list[str], word: str, start: int = 0) -> int | None:
    """`words.index(word, start)`, or None where the word does not occur."""
    try:
        return words.index(word, start)
    except ValueError:
        return None


def _row_direction(analysis: "_Analysis", span: Span) -> Polarity | None:
    """The direction a table row's act cell gives the words of its first cell, which names what the
    row is about: "Gesloten jeugdzorg | afbouw naar nul plaatsingen, samen met de regio | 2029"."""
    words = analysis.words
    # (the first two bars only, found in C: a table run into one passage holds thousands of words)
    first = _index_of(words, "|")
    if first is None or span.end > first:
        return None
    end = _index_of(words, "|", first + 1)
    end = len(words) if end is None else end
    op = next((o for o in analysis.operators if first < o.start < end and o.category in _DIRECTION_OF), None)
    if op is None or any(o.category == "negation" and first < o.start < end for o in analysis.operators):
        return None
    return Polarity(_DIRECTION_OF[op.category], op, cut=op.category == "cut")


def _taken_direction(taken: "_Analysis") -> Polarity:
    """The direction a sentence that takes the one before up gives it: that of its pointer ("Dat aantal
    brengen we terug"), or, where the pointer stands apart from the verb's object ("Daar maken we een
    einde aan": "daar ... aan"), that of the first directional operator of its first clause."""
    at = subject_first_demonstrative(taken.words)  # (the pointer: "We breiden die inzet uit")
    at = 0 if at is None else at
    q = taken.polarity(at, at + 1)
    if q.value != NEUTRAL or not taken.clauses:
        return q
    return taken.clause_direction(taken.clauses[0]) or q


_MODAL_INFINITIVES = frozenset({"moeten", "kunnen", "willen", "mogen"})
# verbs of sharing a view, no act on what is taken up: "Die zorg delen we met de jongerenraad", "Dat herkennen we"
STANCE_VERBS = frozenset({"delen", "deelt", "herkennen", "herkent", "erkennen", "erkent", "begrijpen", "begrijpt",
                          "onderschrijven", "onderschrijft", "onderkennen", "onderkent", "betreuren", "betreurt"})


def _negated_study(words: list[str], start: int, end: int) -> bool:
    """A study or wait that the statement denies ("We wachten niet af: we zorgen ...", "Het college wacht niet
    langer af"): no study, so it hedges nothing that follows."""
    return "niet" in words[start:end] or (start > 0 and words[start - 1] == "niet")


def _te_modal(words: list[str], start: int, end: int) -> bool:
    """A modal verb as a te-infinitive ("dreigt het huis uit te moeten", "om mee te kunnen doen"): it
    belongs to the verb it depends on, not to what the clause commits to."""
    return end == start + 1 and start > 0 and words[start - 1] == "te" and words[start] in _MODAL_INFINITIVES


def _first_statement(words: list[str]) -> list[str]:
    """The words of a sentence up to its first coordinator or clause mark ("Daarom breiden we dat
    aanbod uit" of "... uit en is er geen verwijzing meer nodig")."""
    end = next((k for k, w in enumerate(words) if k > 0 and w in ("en", "maar", ",", ";", ":")), len(words))
    return words[:end]


def _points_with_noun(words: list[str]) -> bool:
    """"deze zorg", "dit aanbod": a demonstrative noun phrase that points back at the sentence before
    (not one of time: "deze periode", "dit jaar")."""
    return any(w in ("deze", "dit") and k + 1 < len(words) and words[k + 1].isalpha()
               and words[k + 1] not in TIME_NOUNS and not words[k + 1].endswith(("periode", "jaar"))
               and words[k + 1] not in ("keer", "moment", "akkoord", "coalitieakkoord")
               for k, w in enumerate(words))


def _next_sentence(ctx: _SegmentContext) -> Segment | None:
    """The next sentence of the same paragraph, when the passage is a sentence itself (what takes
    it up, or defers it, is read there)."""
    segs = ctx.document.segments if ctx.document is not None else ()
    seg = ctx.segment
    nxt = segs[seg.index + 1] if seg.index + 1 < len(segs) else None
    if nxt is not None and nxt.kind == "sentence" and nxt.block == seg.block and seg.kind == "sentence":
        return nxt
    return None


def _polarity_cue(p: Polarity) -> Cue | None:
    """The cue that decided a polarity, as a hit shows it."""
    return Cue(p.cue.category, p.cue.words) if p.cue is not None else None


def _cue(marker: Marker | None, source: str | None = None) -> Cue | None:
    if marker is None:
        return None
    return Cue(marker.category, marker.words, source or marker.source)
