"""Phrase patterns and ConText-style cues: which cue words apply to which tokens.

A pattern is a phrase over the token strings of `nlp.TokenView`:
- `...` allows a gap of up to eight words in a term, ten in a cue, fourteen before a phrase-final
  separable-verb particle ("bouwen ... af", "werken ... mee") or participle ("deelname ...
  beëindig*": the passive's clause-final verb); a gap never crosses a ";";
- `word*` matches any word that starts with `word` ("investeer*");
- `=word` matches that whole word only;
- in a term (not a cue), a word of five letters or more also matches as the head of a compound
  ("team" in "wijkteams"), and one of seven letters or more also as its modifier
  ("jeugdzorg" in "jeugdzorgaanbieders").
Words in a phrase may be written together, apart or hyphenated in the text ("open house",
"open-house", "openhouse").
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass
from operator import itemgetter

from checker.clauses import adverbial_echter
from checker.nlp import TokenView, dehyphen, fold

GAP_WORDS = 8
# a separable verb's frame in a cue ("dringen ... terug") may hold a longer object: "we dringen lichte
# ambulante jeugdhulp de komende vier jaar fors terug"
CUE_GAP_WORDS = 10
# the same for a term phrase that ends in a separable verb's particle: "werken ... mee" in "In het
# buurtteam werken voortaan een jeugdarts van het consultatiebureau en een POH-jeugd mee", "We voegen aan
# het jeugd- en gezinsteam in Ruigendonk een vaste gedragswetenschapper van een jeugdhulpaanbieder toe"
PARTICLE_GAP_WORDS = 14
PARTICLES = frozenset({"mee", "af", "uit", "op", "aan", "toe", "terug", "door", "bij", "samen", "in", "over"})
# words that close a verb's frame like a particle ("zit geen kind in de jeugdzorg langer dan een maand thuis")
FRAME_FINAL = frozenset({"thuis"})
SCOPE_OPENERS = frozenset({"firm", "intent", "weak", "study"})
# A separable verb's particle that ends the verb's frame may be followed by anything but the start of
# its own object: "jongeren houden recht op verlengde jeugdzorg" holds no "houdt ... op" (an article,
# a possessive, a number or an inflected adjective after it), but "we bouwen de gesloten zorg af
# richting 2030", "... af, samen met de regio", "... terug deze coalitieperiode" do, and so does an
# extraposed te-infinitive: "we roepen het Rijk op de jeugdhulp te financieren". (Not for a particle
# that governs what the verb leaves: "we treden uit de regeling", PREPOSITION_PARTICLES.)
OBJECT_STARTERS = frozenset({"de", "het", "een", "hun", "haar", "onze", "ons", "uw", "mijn", "jullie", "alle", "geen",
                             "dezelfde", "hetzelfde", "elke", "iedere"})
# regex source of a phrase whose last word is a frame-final particle -> that particle (see _frame_holds)
FRAMED: dict[str, str] = {}
# the particle of a separable verb that is also a preposition: "we stappen uit de regio"
PREPOSITION_PARTICLES = frozenset({"uit"})
# what opens a relative clause put after a separable verb's particle ("bouwen de plekken af waar ...")
EXTRAPOSED_RELATIVES = frozenset({"waar", "waarin", "waarop", "waarvan", "waarmee", "waarbij", "die"})
_DETERMINERS = frozenset({"de", "het", "een", "onze", "ons", "deze", "die", "dat"})
COMPOUND_MIN = 5
COMPOUND_MODIFIER_MIN = 7


def _word_regex(word: str, compound: bool, first: bool, last: bool) -> str:
    exact = word.startswith("=")
    w = word.lstrip("=")
    prefix = w.endswith("*")
    w = w.rstrip("*")
    core = re.escape(fold(dehyphen(w)))
    # a prefix term ("licht*") is the head of a compound only when it is long enough not to occur inside
    # other words by chance ("leerplichtambtenaren" holds "licht")
    can_compound = compound and not exact and len(w) >= (COMPOUND_MODIFIER_MIN if prefix else COMPOUND_MIN)
    after = r"[^ ]*" if prefix else ""
    if not can_compound:
        return core + after
    # Dutch compounds: the term is the head ("wijkteams" ends in "team(s)") or, when it is long
    # enough not to be an accidental prefix, the modifier ("jeugdzorgaanbieders")
    # the last word may be inflected or a diminutive: "wijkteams", "dorpsschooltje", "speeltuintjes"
    # ("nieuwe jeugdhulpaanbieders" holds "nieuwe aanbieders", "lichte opvoedondersteuning" "lichte ondersteuning")
    head = (r"[^ ]*" if first or len(w) >= COMPOUND_MODIFIER_MIN else "") + core + (
        r"[a-z]{0,2}(?:tjes?|jes?)?" if last and not prefix else after)
    if last and (len(w) >= COMPOUND_MODIFIER_MIN or not first):
        # a long word, or the last word of a phrase (specific enough as a whole), also opens a
        # compound: "jeugdzorgaanbieders", "open house-model", "openhousecontract"
        return f"(?:{head}|{core}-?[^ ]*)"
    return head


def _literals(phrase: str) -> list[str]:
    """The literal words of a phrase: every match contains each of them (whole, as a compound
    part, or as the stem of a prefix)."""
    return [fold(dehyphen(w.lstrip("=").rstrip("*"))) for w in phrase.split() if w != "..."]


def _anchor(phrase: str) -> str:
    """The literal word of a phrase that a passage is searched for first: every match contains it.

    The longest word that is not a Dutch function word (spaCy's stop-word list): "18" in "na 18",
    "budget" in "binnen het budget". A common word would send nearly every passage on to the
    phrase's other words and its regex.
    """
    return _anchor_of(_literals(phrase))


def _anchor_of(words: list[str]) -> str:
    common = _common_words()
    return max(words, key=lambda w: (w not in common, len(w)))


def _rarity(word: str) -> tuple[bool, int]:
    """A sort key that puts the words least likely to occur in a passage first (the longest that
    are not function words), as `_anchor_of` picks the rarest."""
    return word in _common_words(), -len(word)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from checker.language import stop_words

    return stop_words("nl")


def _memo(view: TokenView) -> dict:
    """What matching found in a view's strings, kept on the view (made on first use)."""
    if view.memo is None:
        view.memo = {}
    return view.memo


def _run(view: TokenView, src: str, use_lemma: bool) -> list[re.Match[str]]:
    """The matches of one phrase regex in one of the view's strings, kept on the view: the same
    phrase serves several aspects and items, and a yes/no test is followed by a full search."""
    memo = _memo(view)
    key = (src, use_lemma)
    found = memo.get(key)
    if found is None:
        found = _finditer(src, view.lemma if use_lemma else view.surface)
        if found and src in FRAMED:
            found = [m for m in found if _frame_holds(view, m, FRAMED[src], use_lemma)]
        memo[key] = found
    return found


def _frame_holds(view: TokenView, m: re.Match[str], particle: str, use_lemma: bool) -> bool:
    """Whether a match that ends in a separable verb's particle ends the verb's frame there: not when
    the next word opens the particle's own object ("houden recht op verlengde jeugdzorg"), unless an
    extraposed te-infinitive follows ("roepen het Rijk op de jeugdhulp te financieren")."""
    string = view.lemma if use_lemma else view.surface
    if not m.group(0).endswith(" " + particle):
        return True  # the te-infinitive: "aan te besteden"
    end = m.end()
    stop = string.find(" ", end + 1)
    if stop < 0:
        return True
    word = string[end + 1:stop]
    if use_lemma:  # an adjective's inflection is in its surface form
        k = view.token_at(end - 1, True) + 1
        starts = view.surface_starts
        if k < len(starts):
            word_end = view.surface.find(" ", starts[k])
            word = view.surface[starts[k]:word_end if word_end >= 0 else None]
    if not (word in OBJECT_STARTERS or word[:1].isdigit() or (len(word) > 3 and word.endswith("e") and
                                                             _inflected_adjective(word))):
        return True
    rest = string[end:]
    clause_end = min((i for i in (rest.find(" . "), rest.find(" ; "), rest.find(" , "), rest.find(" : ")) if i >= 0),
                     default=len(rest))
    return " te " in rest[:clause_end]


@lru_cache(maxsize=None)
def _inflected_adjective(word: str) -> bool:
    from checker.lexicon import Lexicon

    return Lexicon.shared().is_attributive(word)


@lru_cache(maxsize=None)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


# regex source of a phrase -> a literal word that every match of it holds (its anchor, see
# PhraseSet), for `_finditer`
_SOURCE_ANCHORS: dict[str, str] = {}
# below this length a string is scanned whole: there a window costs more than it saves
WINDOW_MIN_CHARS = 3000


def _finditer(src: str, string: str) -> list[re.Match[str]]:
    """`list(re.finditer(src, string))`, with the regex run only in windows around the occurrences
    of the phrase's anchor in a long string.

    A table run together into one passage can hold 30,000 characters and the anchors of hundreds
    of phrases, and each of their regexes scanned all of it (three quarters of the regex time of a
    document). Every match holds the anchor and fewer than `spaces` spaces (`_window`): so a match
    that starts at or before an occurrence of the anchor at q holds it, starts after the
    `spaces`-th space before q and ends before the `spaces`-th space after it, where the
    look-ahead reads that space. Searched within those bounds (occurrences whose windows overlap
    together), the engine finds the same match as in the whole string wherever one starts at or
    before q: every way of matching from there stays inside the window. No match can start where
    no occurrence follows within its reach.
    """
    rx = _compiled(src)
    if len(string) < WINDOW_MIN_CHARS:
        return list(rx.finditer(string))
    window = _window(src)
    if window is None:
        return list(rx.finditer(string))
    anchor, spaces = window
    gaps = _space_positions(string)
    last_gap = len(gaps) - 1
    n = len(string)
    occurrences = _occurrences(string, anchor)
    n_occ = len(occurrences)

    def find(x: int) -> int:  # string.find(anchor, x)
        j = bisect.bisect_left(occurrences, x)
        return occurrences[j] if j < n_occ else -1

    out: list[re.Match[str]] = []
    pos = 0  # the next match starts here or later (as in finditer: where the one before ended)
    q = find(pos)
    while q >= 0:
        k = bisect.bisect_left(gaps, q)  # (gaps[k - 1] is the space before q)
        lo = max(pos, gaps[k - spaces] if k >= spaces else 0)
        hi = gaps[k + spaces - 1] + 1 if k + spaces - 1 <= last_gap else n
        last = q
        # the next occurrences whose windows overlap this one join it
        while (q := find(last + 1)) >= 0:
            k = bisect.bisect_left(gaps, q)
            if k >= spaces and gaps[k - spaces] > hi:
                break
            last = q
            hi = gaps[k + spaces - 1] + 1 if k + spaces - 1 <= last_gap else n
        m = rx.search(string, lo, hi)
        if m is not None and m.start() <= last:
            out.append(m)
            pos = m.end()
            q = find(pos)
        else:
            pos = last + 1  # no match starts in [pos, last]; a later one holds a later occurrence
    return out


@lru_cache(maxsize=4096)
def _occurrences(string: str, anchor: str) -> list[int]:
    """Where an anchor occurs in a long view string, overlapping occurrences too (what `str.find`
    finds from each position on): the phrases filed under one anchor share them, so the string is
    scanned for it once, not once per phrase and window."""
    out = []
    q = string.find(anchor)
    while q >= 0:
        out.append(q)
        q = string.find(anchor, q + 1)
    return out


@lru_cache(maxsize=8)
def _space_positions(string: str) -> list[int]:
    """Where the spaces of a view string are (its long strings are searched by many regexes in turn)."""
    return [m.start() for m in re.finditer(" ", string)]


@lru_cache(maxsize=None)
def _window(src: str) -> tuple[str, int] | None:
    """(the anchor every match of a phrase regex holds, one more than the most spaces a match
    holds) when the regex is a phrase pattern that `_finditer` may search in windows: literals,
    character classes, groups, alternatives and bounded repeats of what may hold a space, ending
    in the look-ahead for a space; else None."""
    try:  # (the standard library's own regex parser; a Python without it scans whole strings)
        from re import _constants as c, _parser
    except ImportError:
        return None

    anchor = _SOURCE_ANCHORS.get(src)
    if not anchor or " " in anchor:
        return None
    items = list(_parser.parse(src))
    if not items or items[-1][0] is not c.ASSERT or items[-1][1][0] != 1 \
            or list(items[-1][1][1]) != [(c.LITERAL, ord(" "))]:
        return None
    spaces = _max_spaces(items[:-1], c)
    return None if spaces is None else (anchor, spaces + 1)


def _max_spaces(items, c) -> int | None:
    """The most spaces a match of parsed regex items can hold; None when unbounded or not a kind
    of item a phrase regex is made of."""
    total = 0
    space = ord(" ")
    for op, av in items:
        if op is c.LITERAL:
            n = av == space
        elif op is c.NOT_LITERAL:
            n = av != space
        elif op is c.IN:
            n = _class_holds_space(av, c)
            if n is None:
                return None
        elif op is c.SUBPATTERN:
            n = _max_spaces(av[-1], c)
        elif op is c.BRANCH:
            alternatives = [_max_spaces(alt, c) for alt in av[1]]
            if None in alternatives:
                return None
            n = max(alternatives, default=0)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, inner = av
            n = _max_spaces(inner, c)
            if n is None or (n and hi == c.MAXREPEAT):
                return None
            n *= hi
        else:  # (a look-around, an anchor, a back-reference, ...)
            return None
        total += n
    return total


def _class_holds_space(members, c) -> int | None:
    """1 when a character class can match a space, 0 when it cannot; None when not sure."""
    negated, holds = False, False
    for op, av in members:
        if op is c.NEGATE:
            negated = True
        elif op is c.LITERAL:
            holds = holds or av == ord(" ")
        elif op is c.RANGE:
            holds = holds or av[0] <= ord(" ") <= av[1]
        else:
            return None  # (a category such as \s)
    return int(holds != negated)


def anchor_regex(anchors) -> re.Pattern[str] | None:
    """One search for any of several literal substrings (longest first)."""
    literals = sorted({a for a in anchors if a}, key=len, reverse=True)
    return re.compile("|".join(re.escape(a) for a in literals)) if literals else None


def phrase_source(phrase: str, compound: bool) -> str:
    return _phrase_source(phrase, compound, GAP_WORDS if compound else CUE_GAP_WORDS)


@lru_cache(maxsize=None)
def _participle(word: str) -> bool:
    """Whether a phrase's last word is a participle ("beëindig*", "geplaatst"): in a passive it
    closes the clause, after the same middle field as a separable verb's particle ("de deelname van
    de gemeente aan de regionale samenwerking jeugdhulp wordt beëindigd")."""
    from checker.lexicon import Lexicon

    stem = fold(dehyphen(word.lstrip("=").rstrip("*")))
    forms = (stem + "d", stem + "t") if word.endswith("*") else (stem,)
    return any(Lexicon.shared().is_participle(f) for f in forms)


def _phrase_source(phrase: str, compound: bool, gap: int) -> str:
    """Regex source for a phrase over a space-delimited token string (see module doc).

    A match starts at the space before its first token; `PhraseSet.find` reports the tokens
    themselves. The same pattern opened with a look-behind for that space would start at the token,
    but the regex engine then tries the look-behind at every position of the string: three times
    slower, and such regexes run about 2,000 times per document.
    """
    words = phrase.split()
    pieces: list[str] = []
    content = [i for i, w in enumerate(words) if w != "..."]
    for i, w in enumerate(words):
        if w == "...":
            # a gap never crosses a ';'; before a phrase-final particle it may hold a longer middle field
            wide = i + 1 == len(words) - 1 and (words[-1] in PARTICLES or words[-1] in FRAME_FINAL
                                                 or _participle(words[-1]))
            pieces.append(rf"(?:[^ ;]+ ){{0,{max(gap, PARTICLE_GAP_WORDS) if wide else gap}}}")
            continue
        first, last = i == content[0], i == content[-1]
        pieces.append(_word_regex(w, compound, first, last))
        if i != content[-1]:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            # words of a phrase stand apart, hyphenated or written together ("open house",
            # "open-house", "openhouse"), and a list may put a comma or "en" between them
            # ("lichte, ambulante hulp", "lichte en ambulante hulp")
            pieces.append(" " if nxt == "..." else "(?: ,| en)?[ -]?")
    framed = len(words) > 2 and words[-2] == "..." and words[-1] in PARTICLES - PREPOSITION_PARTICLES
    if not framed:
        return " " + "".join(pieces) + "(?= )"
    if len(words) == 3:
        # a separable verb's te-infinitive puts its particle first: "besteden ... aan" is also
        # "(opnieuw) aan te besteden", "bouwen ... af" "af te bouwen"
        infinitive = _word_regex(words[2], compound, True, False) + " te " + _word_regex(words[0], compound, False, True)
        src = " (?:" + "".join(pieces) + "|" + infinitive + ")(?= )"
    else:
        src = " " + "".join(pieces) + "(?= )"
    FRAMED[src] = words[-1]
    return src


@dataclass(frozen=True)
class Span:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str


class PhraseSet:
    """Several phrases compiled into one alternation for the surface string and one for lemmas.

    Longer phrases come first, so that at a given position the most specific phrase wins.
    """

    def __init__(self, phrases: list[str], compound: bool, lemmatize=None) -> None:
        self.phrases = list(phrases)
        order = sorted(range(len(phrases)), key=lambda i: -len(phrases[i]))
        surface = [(i, phrase_source(phrases[i], compound)) for i in order]
        # the lemma string is searched even where a phrase's lemma is its own spelling: it also
        # carries what spelling repair fixed
        # (`lemmatize` may give None: a phrase that matches by its own spelling alone)
        lemmas = [lemmatize(p) for p in phrases] if lemmatize else []
        lemma = [(i, phrase_source(lemmas[i], compound)) for i in order if lemmas[i] is not None] if lemmatize else []
        self._lemma_phrases = [lem if lem is not None else p for lem, p in zip(lemmas, phrases)]
        self._sources = {False: surface, True: lemma}
        self._combined: dict[bool, tuple[re.Pattern[str] | None, list[int]]] = {}
        # per phrase, for indexed views: only phrases whose anchor occurs are tried
        # (compiled on first use: most phrases never occur in a given document)
        single = {False: [(i, _literals(phrases[i]), src) for i, src in surface],
                  True: [(i, _literals(lemmas[i]), src) for i, src in lemma] if lemmatize else []}
        # anchor -> [(position in the longest-first order, phrase index, regex source, the phrase's
        # other literal words)]: a phrase is tried only when its anchor occurs, and its regex only
        # runs when its other words occur too
        self._by_anchor: dict[bool, dict[str, list[tuple[int, int, str, tuple[str, ...]]]]] = {False: {}, True: {}}
        for use_lemma, entries in single.items():
            for pos, (i, words, src) in enumerate(entries):
                anchor = _anchor_of(words)
                _SOURCE_ANCHORS.setdefault(src, anchor)
                # (the rarer words first, as the anchor is chosen: a passage's test stops at the first
                # word it lacks)
                others = tuple(sorted((w for w in words if w != anchor), key=_rarity))
                self._by_anchor[use_lemma].setdefault(anchor, []).append((pos, i, src, others))
        self._anchor_keys = {k: frozenset(v) for k, v in self._by_anchor.items()}
        # what `_matches` tries: the entries of `_by_anchor`, each with whether a view's anchors tell
        # all of its other words (see `index_words`; at first not)
        self._tried = {use_lemma: {anchor: [(*entry, False) for entry in entries] for anchor, entries in filed.items()}
                       for use_lemma, filed in self._by_anchor.items()}
        # every match contains the longest literal word of its phrase: when none of these
        # anchors occurs in a string, the regex cannot match and is skipped (most segments)
        self.surface_anchors = frozenset(_anchor(phrases[i]) for i in order)
        self.lemma_anchors = frozenset(_anchor(lemmas[i]) for i in order if lemmas[i] is not None) \
            if lemmatize else frozenset()
        self._surface_anchor_rx = anchor_regex(self.surface_anchors)
        self._lemma_anchor_rx = anchor_regex(self.lemma_anchors)
        self._index: PhraseIndex | None = None  # set when a PhraseIndex answers `any` for this set
        self._index_id = -1

    def _combine(self, use_lemma: bool) -> tuple[re.Pattern[str] | None, list[int]]:
        """One alternation of all phrases, for views without an anchor index (compiled on first use)."""
        if use_lemma not in self._combined:
            sources = self._sources[use_lemma]
            self._combined[use_lemma] = (
                (re.compile("|".join(f"({src})" for _, src in sources)), [i for i, _ in sources])
                if sources else (None, []))
        return self._combined[use_lemma]

    def _may_match(self, view: TokenView, use_lemma: bool) -> bool:
        """False when no anchor of this set occurs in the string, so no phrase can match."""
        present = view.lemma_present if use_lemma else view.surface_present
        if present is not None:
            return not (self.lemma_anchors if use_lemma else self.surface_anchors).isdisjoint(present)
        anchors = self._lemma_anchor_rx if use_lemma else self._surface_anchor_rx
        return anchors is not None and anchors.search(view.lemma if use_lemma else view.surface) is not None

    def _matches(self, view: TokenView, use_lemma: bool):
        """(phrase index, regex match) in one of the view's strings."""
        string = view.lemma if use_lemma else view.surface
        present = view.lemma_present if use_lemma else view.surface_present
        if present is not None:
            common = self._anchor_keys[use_lemma] & present
            if not common:
                return
            by_anchor = self._tried[use_lemma]
            candidates = by_anchor[next(iter(common))] if len(common) == 1 else sorted(
                entry for anchor in common for entry in by_anchor[anchor])
            contains = string.__contains__
            for _, i, src, others, indexed in candidates:
                if others and not (present.issuperset(others) if indexed else all(map(contains, others))):
                    continue
                for m in _run(view, src, use_lemma):
                    yield i, m
            return
        rx, ids = self._combine(use_lemma)
        if rx is None or not self._may_match(view, use_lemma):
            return
        sources = self._sources[use_lemma]
        if any(src in FRAMED for _, src in sources):
            # a match the frame test drops must not hide the matches of other phrases that overlap
            # it, as one alternation's scan would: each phrase on its own (longest first)
            for i, src in sources:
                for m in _run(view, src, use_lemma):
                    yield i, m
            return
        for m in rx.finditer(string):
            yield ids[m.lastindex - 1], m

    def index_words(self, words: frozenset[str]) -> None:
        """Let `_matches` look a phrase's other words up in an indexed view's anchors instead of
        searching the view's string for them, where `words` (those of the AnchorIndex that finds the
        views' anchors) hold them all: a word without spaces occurs in a view's string exactly when
        the index found it there (see PhraseIndex.index_words)."""
        for filed in self._tried.values():
            for anchor, entries in filed.items():
                filed[anchor] = [(pos, i, src, others, all(w and " " not in w and w in words for w in others))
                                 for pos, i, src, others, _ in entries]

    def _could_match(self, view: TokenView) -> bool:
        """False when the view is indexed and none of this set's anchors occurs in it (most calls)."""
        if view.surface_present is None:
            return True
        return not (self._anchor_keys[False].isdisjoint(view.surface_present)
                    and self._anchor_keys[True].isdisjoint(view.lemma_present))

    def find(self, view: TokenView, first_only: bool = False) -> list[tuple[str, Span]]:
        """(phrase, span) for every match in the view."""
        if not self._could_match(view):
            return []
        # kept on the view: a set of terms serves the aspects of several items, a `with` group its
        # matcher's tests one after another, and each asked again for every match (the regexes'
        # own results are kept too, see _run, but not the spans made of them)
        memo = _memo(view)
        key = (self, first_only)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._find(view, first_only)
        return list(found)

    def _find(self, view: TokenView, first_only: bool) -> list[tuple[str, Span]]:
        out: list[tuple[str, Span]] = []
        seen: set[tuple[int, int]] = set()
        for use_lemma in (False, True):
            for i, m in self._matches(view, use_lemma):
                a = view.token_at(m.start() + 1, use_lemma)  # past the space the match opens with
                b = view.token_at(m.end() - 1, use_lemma) + 1
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                out.append((self.phrases[i], Span(a, b, m.group(0)[1:])))
                if first_only:
                    return out
        return out

    def any(self, view: TokenView) -> bool:
        if self._index is not None and view.surface_present is not None:
            return self._index_id in self._index.matched(view)
        return self.any_alone(view)

    def any_alone(self, view: TokenView) -> bool:
        """`any` without a PhraseIndex: this set's phrases alone."""
        if not self._could_match(view):
            return False
        for use_lemma in (False, True):
            for _ in self._matches(view, use_lemma):
                return True
        return False


class PhraseIndex:
    """Which of many phrase sets match a view, found in one pass over the anchors the view holds.

    Asking each set in turn repeats the same work: sets share anchors, and several aspects and
    items share sets. Here every phrase is filed under its anchor once; for a view, only the
    phrases filed under anchors it holds are tried (their other words first, then the regex), and
    a set is done as soon as one of its phrases matches. The answer is kept on the view, and the
    indexed sets' `any` reads it.

    A one-word phrase matches one whole token, so whether it matches a passage is decided per
    whitespace chunk: `chunk_marks` (nlp.ViewBuilder's `mark`) does that once per distinct chunk, and
    a view built from chunks brings the answer along in its `marks`.
    """

    def __init__(self, phrase_sets: list[PhraseSet]) -> None:
        self.sets = list(phrase_sets)
        Filed = dict[str, list[tuple[int, str, tuple[str, ...]]]]
        self._single: dict[bool, Filed] = {False: {}, True: {}}
        self._multi: dict[bool, Filed] = {False: {}, True: {}}
        for n, ps in enumerate(self.sets):
            ps._index, ps._index_id = self, n
            for use_lemma in (False, True):
                for anchor, entries in ps._by_anchor[use_lemma].items():
                    for _, i, src, others in entries:
                        words = (ps._lemma_phrases if use_lemma else ps.phrases)[i].split()
                        filed = self._single if len(words) == 1 else self._multi
                        filed[use_lemma].setdefault(anchor, []).append((n, src, others))
        # for `matched`: per anchor, each phrase regex once with all the sets it serves (sets share
        # phrases: a fifth of the longer ones and half of the one-word ones stand in several)
        # (an entry: regex source, the rarest of the phrase's other words or "", whether the view's anchors
        # tell that word (see `index_words`; at first not), the rest of them, the sets)
        Grouped = dict[str, list[tuple[str, str, bool, tuple[str, ...], frozenset[int]]]]
        self._grouped: dict[tuple[bool, bool], Grouped] = {}
        for single, filed in ((True, self._single), (False, self._multi)):
            for use_lemma, by_anchor in filed.items():
                grouped: Grouped = {}
                for anchor, entries in by_anchor.items():
                    sets_of: dict[tuple[str, tuple[str, ...]], set[int]] = {}
                    for n, src, others in entries:
                        sets_of.setdefault((src, others), set()).add(n)
                    grouped[anchor] = [(src, others[0] if others else "", False, others[1:], frozenset(ns))
                                       for (src, others), ns in sets_of.items()]
                self._grouped[single, use_lemma] = grouped
        # the anchors filed in each of `_grouped`, for `matched` (frozenset & frozenset walks the smaller
        # one; a dict's keys view would walk them all)
        self._grouped_anchors = {key: frozenset(grouped) for key, grouped in self._grouped.items()}
        self.focus(frozenset(range(len(self.sets))))

    def index_words(self, words: frozenset[str]) -> None:
        """Let `matched` look a phrase's first other word up in a view's anchors instead of searching
        the view's string for it, where `words` (those of the AnchorIndex that finds the views'
        anchors) hold it: a word without spaces occurs in a view's string exactly when the index
        found it there (a view's strings are its chunks' strings, joined by spaces). A set lookup,
        where the search read a long passage through for each phrase filed under a word it holds."""
        for grouped in self._grouped.values():
            for anchor, entries in grouped.items():
                grouped[anchor] = [(src, first, bool(first) and " " not in first and first in words, rest, sets)
                                   for src, first, _, rest, sets in entries]

    def ids(self, phrase_sets) -> frozenset[int]:
        return frozenset(ps._index_id for ps in phrase_sets if ps._index is self)

    def chunk_marks(self, surface: str, lemma: str, surface_present: frozenset[str],
                    lemma_present: frozenset[str]) -> frozenset[int]:
        """Ids of the sets with a one-word phrase that matches a token of this chunk."""
        found: set[int] = set()
        for use_lemma, present, piece in ((False, surface_present, surface), (True, lemma_present, lemma)):
            index = self._single[use_lemma]
            string = None
            for anchor in present:
                for n, src, _ in index.get(anchor, ()):
                    if n not in found:
                        string = string or f" {piece} "
                        if _compiled(src).search(string):
                            found.add(n)
        return frozenset(found)

    def focus(self, ids: frozenset[int]) -> None:
        """Let `can_match` and `may_match` answer for these sets alone (say, the sets that give
        hits; the others are only read where one of these matches). At first: all sets."""
        self._focus = ids
        # anchor -> the sets of other words that, with the anchor, some longer phrase of these sets
        # needs (None: the anchor alone may do); a set that holds another is left out
        self._requires = {}
        for use_lemma in (False, True):
            filed: dict[str, tuple[frozenset[str], ...] | None] = {}
            for anchor, entries in self._multi[use_lemma].items():
                needs = {frozenset(w for w in others if w) for n, _, others in entries if n in ids}
                if not needs:
                    continue
                if frozenset() in needs:
                    filed[anchor] = None
                    continue
                filed[anchor] = tuple(sorted((r for r in needs if not any(o < r for o in needs)), key=len))
            self._requires[use_lemma] = filed
        self._focus_anchors = {use_lemma: frozenset(filed) for use_lemma, filed in self._requires.items()}

    def literal_words(self) -> frozenset[str]:
        """The other words of the longer phrases of the sets in `focus`: what `may_match` needs to
        find in a passage's anchors besides the phrases' own anchors."""
        return frozenset(w for filed in self._requires.values() for needs in filed.values() if needs
                         for words in needs for w in words)

    def may_match(self, surface_present: frozenset[str], lemma_present: frozenset[str],
                  marks: frozenset[int] | None) -> bool:
        """Whether a passage with these anchors and marks (each the union over its chunks, found by
        an AnchorIndex that also holds `literal_words`) can match a set in `focus`: a one-word phrase
        of one matched in it, or a longer phrase of one has its anchor and all its other words in it.
        Every match holds them all (see `matched`), so a passage that fails this matches none."""
        if marks and not self._focus.isdisjoint(marks):
            return True
        for use_lemma, present in ((False, surface_present), (True, lemma_present)):
            requires = self._requires[use_lemma]
            # (frozenset & frozenset walks the smaller one; a dict's keys view would walk them all)
            for anchor in present & self._focus_anchors[use_lemma]:
                needs = requires[anchor]
                if needs is None or any(map(present.issuperset, needs)):
                    return True
        return False

    def can_match(self, surface_present: frozenset[str], lemma_present: frozenset[str],
                  marks: frozenset[int] | None) -> bool:
        """Whether a passage holding a chunk with these anchors and marks can match a set in
        `focus`: a one-word phrase of one matched in it, or the anchor of a longer phrase of one
        occurs in it. A passage none of whose chunks can is matched by no such set."""
        return (bool(marks) and not self._focus.isdisjoint(marks)) or not (
            self._focus_anchors[False].isdisjoint(surface_present)
            and self._focus_anchors[True].isdisjoint(lemma_present))

    def matched(self, view: TokenView) -> set[int]:
        """Ids of the sets with at least one phrase matching in the view (the view must be indexed)."""
        memo = view.memo
        if memo is None:
            memo = view.memo = {}
        found = memo.get(self)
        if found is not None:
            return found
        found = set(view.marks) if view.marks is not None else set()
        for use_lemma, present, string in ((False, view.surface_present, view.surface),
                                           (True, view.lemma_present, view.lemma)):
            filed = ((False, use_lemma),) if view.marks is not None else ((True, use_lemma), (False, use_lemma))
            contains = string.__contains__
            for key in filed:
                index = self._grouped[key]
                for anchor in present & self._grouped_anchors[key]:
                    for src, first, indexed, rest, sets in index[anchor]:
                        # (the first other word alone first: most entries fail there)
                        if (first not in present if indexed else first not in string) or sets <= found or (
                                rest and not all(map(contains, rest))):
                            continue
                        if _run(view, src, use_lemma):
                            found |= sets
        memo[self] = found
        return found


_second = itemgetter(1)


class AnchorIndex:
    """Aho-Corasick over the anchors of many phrase sets (and any `extra` words): one pass per
    string finds them all."""

    def __init__(self, phrase_sets, extra=()) -> None:
        import ahocorasick

        anchors = set(extra)
        for ps in phrase_sets:
            anchors |= ps.surface_anchors | ps.lemma_anchors
        self.words = frozenset(a for a in anchors if a)  # what `present` may find
        self.automaton = ahocorasick.Automaton()
        for a in anchors:
            if a:
                self.automaton.add_word(a, a)
        self.automaton.make_automaton()

    def present(self, string: str) -> frozenset[str]:
        return frozenset(map(_second, self.automaton.iter(string)))  # (each found: (end, word))


@dataclass(frozen=True)
class CueSpan:
    category: str
    span: Span
    scope: tuple[int, int]  # tokens [a, b) this cue reaches


# verbs whose singular reads otherwise: "wilt" is "u wilt", "bespaart" a general claim ("Investeren in
# preventie bespaart later kosten")
NO_SINGULAR = frozenset({"willen", "besparen"})


def with_singular(patterns: list[str]) -> list[str]:
    """The patterns, with the third person singular of each verb written in the plural, separable or on
    its own: "bouwen ... af" also as "bouwt ... af" ("Het college bouwt de gesloten plaatsen af"),
    "verlagen" as "verlaagt". Only forms the lexicon reads as that verb ("heeft" is "hebben", not "heffen")."""
    from checker.lexicon import Lexicon, _present_forms  # (the lexicon loads its tables once)
    have = set(patterns)
    out = list(patterns)
    lexicon = None
    for p in patterns:
        words = p.split()
        separable = len(words) == 3 and words[1] == "..." and words[2] in PARTICLES
        # a verb's infinitive on its own ("verlagen": "De gemeente verlaagt het budget")
        single = len(words) == 1 and len(words[0]) > 5 and words[0].isalpha()
        if not (separable or single) or not words[0].endswith("en") or words[0] in NO_SINGULAR:
            continue
        lexicon = lexicon or Lexicon.shared()
        stem = words[0][:-2]
        for form in sorted(_present_forms(words[0])):
            # (the stem + t only: not a stem that keeps its double consonant, "zett", "stappt", nor a bare
            # stem, "kort" of "korten")
            if form.endswith("t") and form[-1] != form[-2] and form[-2] != form[-3] and not stem.endswith(form) \
                    and lexicon.verb_lemma(form) == words[0] and (q := " ".join([form, *words[1:]])) not in have:
                have.add(q)
                out.append(q)
    return out


class CueFinder:
    """Find cues in a token view and compute their scope inside the clause."""

    def __init__(self, cue_rules, pseudo: list[str], terminators: list[str], targets: list[str] = ()) -> None:
        self.rules = [(r, PhraseSet(with_singular(r.patterns), compound=False)) for r in cue_rules]
        self.pseudo = PhraseSet(pseudo, compound=False) if pseudo else None
        self.terminators = PhraseSet(terminators, compound=False)
        self.targets = PhraseSet(list(targets), compound=False) if targets else None
        # anchor -> the rules with a phrase filed under it: for an indexed view, only the rules
        # whose anchors it holds are searched (a few of dozens)
        self._rules_by_anchor: dict[bool, dict[str, list[int]]] = {False: {}, True: {}}
        for k, (_, ps) in enumerate(self.rules):
            for use_lemma in (False, True):
                for anchor in ps._anchor_keys[use_lemma]:
                    self._rules_by_anchor[use_lemma].setdefault(anchor, []).append(k)

    def _live_rules(self, view: TokenView) -> list:
        """The rules that can match in the view (all of them when it is not indexed)."""
        if view.surface_present is None:
            return self.rules
        live: set[int] = set()
        for use_lemma, present in ((False, view.surface_present), (True, view.lemma_present)):
            by_anchor = self._rules_by_anchor[use_lemma]
            for anchor in present & by_anchor.keys():
                live.update(by_anchor[anchor])
        return [self.rules[k] for k in sorted(live)]

    def phrase_sets(self) -> list[PhraseSet]:
        sets = [ps for _, ps in self.rules] + [self.terminators]
        return sets + [ps for ps in (self.pseudo, self.targets) if ps is not None]

    def clauses(self, view: TokenView) -> list[int]:
        """Token indexes where a clause terminator stands (not an adverbial "echter" inside its clause:
        "De subsidie gaat echter omlaag", clauses.adverbial_echter)."""
        found = {s.start for _, s in self.terminators.find(view)}
        if found and "echter" in view.surface:
            words = view.surface.split()
            found = {k for k in found if not adverbial_echter(words, k)}
        return sorted(found)

    def find(self, view: TokenView) -> list[CueSpan]:
        masked: list[Span] = [s for _, s in self.pseudo.find(view)] if self.pseudo else []
        if any(s.text.rstrip().endswith(" over") for s in masked):
            # "we gaan niet over tot sluiting": "overgaan tot" (to proceed to) is no "gaan niet over"
            # (not ours to decide), and its negation stands
            words = view.surface.split()
            masked = [s for s in masked if not (s.text.rstrip().endswith(" over") and s.end < len(words)
                                                and words[s.end] == "tot")]
        stops = self.clauses(view)
        n = len(view)
        found: list[tuple[object, Span, bool]] = []
        for rule, phrases in self._live_rules(view):
            for phrase, span in phrases.find(view):
                # a pseudo-cue masks a cue whose first or last word it holds ("niet alleen" masks
                # "niet", "gesloten geplaatst" masks "worden gesloten"), not a verb frame around
                # it ("bouwen de gesloten jeugdzorg af")
                # a cue that is the pseudo-cue's own span is what the phrase means instead ("zonder
                # beschikking": access, not a negation)
                if any((m.start <= span.start < m.end or m.start < span.end <= m.end)
                       and (m.start, m.end) != (span.start, span.end) for m in masked):
                    continue
                found.append((rule, span, "..." in phrase.split()))
        # as in ConText, a new commitment cue opens a new scope: "we stoppen met X en kiezen voor Y"
        openers = sorted({span.start for rule, span, _ in found if rule.category in SCOPE_OPENERS})
        # "afbouwen naar kleinschalige zorg": what follows a target marker is where things go, not
        # what is reduced or expanded
        targets = sorted({s.start for _, s in self.targets.find(view)}) if self.targets else []
        out: list[CueSpan] = []
        words: list[str] | None = None  # the view's tokens, split only where a particle is looked at
        for rule, span, separable in found:
            directional = rule.category in ("decrease", "increase")
            if separable and directional:
                # "brengen het aantal thuiszitters terug": the object sits inside the verb's frame, or
                # before it when it is fronted ("de JeugdzorgPlus-plaatsen bouwen we af"); not after it
                left = _reach_back(stops, span.start)
                right = span.end
                if words is None and span.end < n:
                    words = view.surface.split()
                if span.end < n and words[span.end - 1] in PREPOSITION_PARTICLES and \
                        (last := _last_word_before(words, min(_first_from(stops, span.end, n), n))) > span.end and \
                        words[last] in PARTICLES and words[last] != words[span.end - 1]:
                    # "bouwen we het aantal plaatsingen van jongeren uit Wolderbroek af": "uit" opens a place,
                    # and another particle closes the verb's frame (its own cue reads that one)
                    continue
                if span.end < n and words[span.end - 1] in PREPOSITION_PARTICLES and words[span.end] in _DETERMINERS:
                    # "we stappen uit de jeugdregio": the particle is a preposition here, and what
                    # the verb leaves follows it
                    right = min(_first_from(stops, span.end, n), n, span.end + rule.scope)
                elif span.end < n and words[span.end] in EXTRAPOSED_RELATIVES:
                    # "we bouwen de plekken af waar jongeren achter gesloten deuren verblijven": a relative
                    # clause after the particle says which of the object's things the verb reaches
                    right = min(_first_from(stops, span.end, n), n)
                out.append(CueSpan(rule.category, span, (left, right)))
                continue
            # Dutch puts the object before a verb-final or fronted decrease ("de gesloten jeugdzorg
            # gaan we afbouwen"), so a commitment cue before a cue does not end its reach backward
            left = _reach_back(stops, span.start)
            right = min(_first_from(stops, span.end, n), _first_from(openers, span.end, n),
                        _first_from(targets, span.end, n) if directional else n)
            a, b = span.start, span.end
            if rule.direction in ("forward", "both"):
                b = min(right, span.end + rule.scope)
            if rule.direction in ("backward", "both"):
                a = max(left, span.start - rule.scope)
            out.append(CueSpan(rule.category, span, (a, b)))
        return out


def _last_word_before(words: list[str], stop: int) -> int:
    """The index of the last word before `stop`, past any punctuation ("... af ." at a passage's end)."""
    k = stop - 1
    while k > 0 and not words[k][:1].isalnum():
        k -= 1
    return k


def _reach_back(stops: list[int], start: int) -> int:
    """Where a cue at `start` reaches back to: past the last clause stop before it (`stops` sorted),
    else the passage's start. (Looked up, not searched: a long passage has hundreds of stops and cues.)"""
    j = bisect.bisect_left(stops, start)
    return stops[j - 1] + 1 if j else 0


def _first_from(points: list[int], end: int, default: int) -> int:
    """The first of the sorted `points` at or after `end`, else `default`."""
    j = bisect.bisect_left(points, end)
    return points[j] if j < len(points) else default


def covering(cues: list[CueSpan], start: int, end: int, category: str) -> CueSpan | None:
    """The nearest cue of `category` whose scope reaches the tokens [start, end)."""
    best = None
    for c in cues:
        if c.category != category:
            continue
        a, b = c.scope
        if a <= start < b or a < end <= b or (c.span.start <= start and c.span.end >= end):
            dist = abs(c.span.start - start)
            if best is None or dist < abs(best.span.start - start):
                best = c
    return best
