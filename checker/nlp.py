"""NLP: the spaCy pipeline and the token view that matching works on.

With `nl_core_news_md` installed its lemmas are used; otherwise `spacy.blank("nl")` with our
lemmatizer: the Dutch lookup table of spacy-lookups-data, its exception tables (irregular forms
such as heeft, kinderen, scholen, sociale), compound heads (wijkteams -> wijkteam) and number
words (achttien -> 18).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate, chain
from operator import itemgetter

import spacy
from spacy.attrs import IDX, IS_SPACE, LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

NUMBER_WORDS = {
    "twaalf": "12", "zestien": "16", "zeventien": "17", "achttien": "18", "negentien": "19",
    "twintig": "20", "eenentwintig": "21", "tweeëntwintig": "22", "drieëntwintig": "23",
    "vierentwintig": "24", "vijfentwintig": "25", "achttiende": "18e", "eenentwintigste": "21e",
}
_EXC_ORDER = ("noun", "adj", "verb", "adv", "adp", "det", "pron")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Geïndexeerd' -> 'geindexeerd'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_all(words: Iterable[str]) -> list[str]:
    """`fold` of many words at once: the same strings, in one pass over their joined text (the
    lexicon's tables fold several times faster so, and leave fold's cache to the texts' words)."""
    words = list(words)
    joined = "\n".join(words)
    if joined.count("\n") != len(words) - 1:
        return [fold(w) for w in words]  # (a word holds a line break, or there are none)
    decomposed = unicodedata.normalize("NFKD", joined.lower())
    marks = "".join(ch for ch in set(decomposed) if unicodedata.combining(ch))
    return (re.sub(f"[{re.escape(marks)}]+", "", decomposed) if marks else decomposed).split("\n")


class DutchLemmatizer:
    """Table lemmatizer for Dutch without a tagger."""

    def __init__(self) -> None:
        import spacy_lookups_data
        import srsly

        # the package's own file paths, read as plain dicts (three times faster than spaCy's Table)
        def read(name: str) -> dict:
            path = Path(spacy_lookups_data.nl[name])
            gz = path.with_name(path.name + ".gz")
            # the package names the .json file but ships it gzipped (spaCy's loader tries both too)
            return srsly.read_gzip_json(gz) if gz.exists() else srsly.read_json(path)

        self.lookup: dict[str, str] = read("lemma_lookup")
        exc = read("lemma_exc")
        self.exc: dict[str, str] = {}
        for pos in reversed(_EXC_ORDER):  # earlier parts of speech win
            for form, lemmas in (exc.get(pos) or {}).items():
                if lemmas:
                    self.exc[form] = lemmas[0]
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)
        self._lemmas: frozenset[str] | None = None

    @classmethod
    @lru_cache(maxsize=1)
    def shared(cls) -> "DutchLemmatizer":
        """One instance per process (the tables take a second to load)."""
        return cls()

    def known(self, word: str) -> bool:
        """A Dutch word form the tables hold, as an inflected form or as a lemma."""
        if self._lemmas is None:
            # the tables map forms to lemmas; base forms are mostly only values
            self._lemmas = frozenset(self.lookup.values()) | frozenset(self.exc.values())
        return word in self.lookup or word in self.exc or word in self._lemmas

    def _lemma(self, word: str) -> str:
        w = word.lower()
        if len(w) <= 3:
            return w  # the tables map function words oddly ("en" -> "emmen", "het" -> "hebben")
        if w in NUMBER_WORDS:
            return NUMBER_WORDS[w]
        if w[:1].isdigit() or w.startswith(("achttien", "eenentwintig", "drieentwintig", "drieëntwintig")):
            from checker.numbers import age_lemma

            if (age := age_lemma(w.replace("ë", "e"))) is not None:
                return age
        if w in self.exc:
            return self.exc[w]
        found = self.lookup.get(w)
        if found:
            return found
        if len(w) >= 8 and w.isalpha():
            # compound: inflect the longest known head ("wijkteams" -> "wijk" + "team")
            for i in range(3, len(w) - 3):
                head = w[i:]
                lem = self.exc.get(head) or self.lookup.get(head)
                if lem:
                    if lem != head:
                        return w[:i] + lem
                    break
        return w


@Language.factory("akkoord_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> "_LemmaComponent":
    return _LemmaComponent(DutchLemmatizer.shared())


class _LemmaComponent:
    def __init__(self, lemmatizer: DutchLemmatizer) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            tok.lemma_ = self.lemmatizer.lemma(tok.text)
        return doc


class LazyExceptions:
    """Dutch tokenizer exceptions ("bijv.", "o.a.", "t.a.v." and 4,600 more), added when needed.

    `spacy.blank("nl")` spends most of its start-up adding every exception to the tokenizer. An
    exception only applies where its exact string occurs, so adding just those that occur in a text
    before tokenizing it gives the same tokens (tests/test_nlp.py compares both on every corpus
    text) at a fraction of the start-up. One Aho-Corasick pass finds them.
    """

    def __init__(self, rules: dict) -> None:
        import ahocorasick

        self.rules = rules
        self.added: set[str] = set()
        self.documents = 0
        self.automaton = ahocorasick.Automaton()
        for key in rules:
            self.automaton.add_word(key, key)
        self.automaton.make_automaton()

    def prepare(self, tokenizer, text: str, document: bool = False) -> None:
        """Add to `tokenizer` every exception that occurs in `text` and is not there yet.

        Each addition empties the tokenizer's cache of analysed words, which a process that
        tokenizes many documents whole lives on; so with `document`, from the second document on,
        all remaining exceptions are added at once (0.4 s) and the cache is never emptied again.
        ViewBuilder does not need that: it tokenizes only chunks it has not seen, and prepares the
        tokenizer for those alone.
        """
        if document:
            self.documents += 1
        if len(self.added) == len(self.rules):
            return
        if self.documents > 1 and len(self.added) < len(self.rules):
            found = set(self.rules) - self.added
        else:
            found = {key for _, key in self.automaton.iter(text)} - self.added
        for key in sorted(found):
            tokenizer.add_special_case(key, self.rules[key])
        self.added |= found


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and the name a report prints for it."""

    nlp: Language
    name: str
    exceptions: LazyExceptions | None = None  # blank Dutch: tokenizer exceptions added per text
    # blank Dutch: the lemma of a word, so that token views need only the tokenizer (the
    # lemmatizer component does the same per token, but writing lemmas onto tokens costs more
    # than the whole rest of making a view)
    lemmatize: "Callable[[str], str] | None" = None

    def prepare(self, text: str, document: bool = False) -> None:
        """Make the tokenizer ready for `text` (call before tokenizing it); `document`: a whole document."""
        if self.exceptions is not None:
            self.exceptions.prepare(self.nlp.tokenizer, text, document)


def blank_dutch(lazy: bool = True) -> tuple[Language, LazyExceptions | None]:
    """spacy.blank("nl"), optionally with its tokenizer exceptions held back (see LazyExceptions)."""
    if not lazy:
        return spacy.blank("nl"), None
    from spacy.lang.nl import Dutch

    class DefaultsWithoutExceptions(Dutch.Defaults):
        tokenizer_exceptions: dict = {}

    class LazyDutch(Dutch):
        Defaults = DefaultsWithoutExceptions

    return LazyDutch(), LazyExceptions(dict(Dutch.Defaults.tokenizer_exceptions))


def require_model(model: str) -> None:
    """Raise ModelError when the pipeline asked for by name is not installed (checked without loading
    it, so a batch can say so once before it starts its workers)."""
    if model == "nl_core_news_md" and not spacy.util.is_package("nl_core_news_md"):
        raise _missing_model()


def _missing_model():
    from checker.errors import ModelError

    return ModelError("Het spaCy-model nl_core_news_md is niet geïnstalleerd.",
                      hint="Installeer het eenmalig (met internet) met: python -m spacy download nl_core_news_md, "
                           "of laat --model weg: dan draait de Nederlandse basispijplijn, die zonder model werkt.")


@lru_cache(maxsize=4)
def load_pipeline(model: str = "auto") -> Pipeline:
    """`auto`: nl_core_news_md when installed, else the blank Dutch pipeline; `blank` forces the latter."""
    if model in ("auto", "nl_core_news_md"):
        try:
            nlp = spacy.load("nl_core_news_md", exclude=["parser", "ner", "senter"])
            return Pipeline(nlp, f"nl_core_news_md {nlp.meta.get('version', '')}".strip())
        except OSError as e:
            if model == "nl_core_news_md":
                raise _missing_model() from e
    import spacy_lookups_data  # noqa: F401  (the tables must be installed)
    from importlib.metadata import version

    nlp, exceptions = blank_dutch()
    nlp.add_pipe("akkoord_lemmatizer")
    return Pipeline(nlp, f"spacy.blank('nl') {spacy.__version__} + lookup-lemmatizer "
                         f"(spacy-lookups-data {version('spacy-lookups-data')}) + samenstellingen", exceptions,
                    DutchLemmatizer.shared().lemma)


class TokenView:
    """A passage as two aligned token strings (surface and lemma), space-delimited.

    Matching runs regular expressions over these strings. `surface_starts[i]` and `lemma_starts[i]`
    are the positions of token i in each string, `char_spans[i]` its span in the passage text.
    `surface_present` / `lemma_present`: the rule anchors that occur in each string (None: not
    indexed, search instead). `marks`: see ViewBuilder.

    A view made by `ViewBuilder` from cached chunks works out the positions only when asked: most
    passages match nothing, and only their strings and anchors are ever read.
    """

    __slots__ = ("surface", "lemma", "surface_present", "lemma_present", "_surface_starts", "_lemma_starts",
                 "_char_spans", "_layout", "_chunk_starts", "memo", "marks")

    def __init__(self, surface: str, lemma: str, surface_starts: tuple[int, ...] | None = None,
                 lemma_starts: tuple[int, ...] | None = None,
                 char_spans: tuple[tuple[int, int], ...] | None = None,
                 surface_present: frozenset[str] | None = None, lemma_present: frozenset[str] | None = None,
                 layout: "tuple[str, list[tuple]] | None" = None) -> None:
        self.surface = surface
        self.lemma = lemma
        self.surface_present = surface_present
        self.lemma_present = lemma_present
        self._surface_starts = surface_starts
        self._lemma_starts = lemma_starts
        self._char_spans = char_spans
        self._layout = layout  # (passage text, chunk entries): positions worked out when first read
        self._chunk_starts: tuple[list[int], list[int]] | None = None  # see char_span
        self.memo: dict | None = None  # what matching found in these strings (see cues._run)
        self.marks: frozenset | None = None  # what ViewBuilder's `mark` found in the view's chunks

    def _starts(self, field: int) -> tuple[int, ...]:
        # token i starts one past the sum of the widths (length + 1) of the tokens before it
        steps = chain.from_iterable(map(itemgetter(field), self._layout[1]))
        starts = list(accumulate(steps, initial=1))
        starts.pop()
        return tuple(starts)

    @property
    def surface_starts(self) -> tuple[int, ...]:
        if self._surface_starts is None and self._layout is not None:
            self._surface_starts = self._starts(_S_STEPS)
        return self._surface_starts

    @property
    def lemma_starts(self) -> tuple[int, ...]:
        if self._lemma_starts is None and self._layout is not None:
            self._lemma_starts = self._starts(_L_STEPS)
        return self._lemma_starts

    @property
    def char_spans(self) -> tuple[tuple[int, int], ...]:
        if self._char_spans is None and self._layout is not None:
            text, entries = self._layout
            spans: list[tuple[int, int]] = []
            for m, entry in zip(_CHUNK.finditer(text), entries):
                base = m.start()
                spans.extend([(base + a, base + b) for a, b in entry[_OFFSETS]])
            self._char_spans = tuple(spans)
        return self._char_spans

    def char_span(self, i: int) -> tuple[int, int]:
        """The span of token i in the passage text (without working out every token's span)."""
        if self._char_spans is not None or self._layout is None:
            return self.char_spans[i]
        text, entries = self._layout
        if self._chunk_starts is None:
            # per chunk: the index of its first token (and one past the last token), and where it
            # starts in the text
            firsts = list(accumulate(map(len, map(_offsets, entries)), initial=0))
            self._chunk_starts = firsts, [m.start() for m in _CHUNK.finditer(text)]
        firsts, bases = self._chunk_starts
        if not 0 <= i < firsts[-1]:
            raise IndexError("token index out of range")
        k = bisect.bisect_right(firsts, i) - 1
        a, b = entries[k][_OFFSETS][i - firsts[k]]
        return bases[k] + a, bases[k] + b

    def with_present(self, surface_present: frozenset[str], lemma_present: frozenset[str]) -> "TokenView":
        return TokenView(self.surface, self.lemma, self._surface_starts, self._lemma_starts, self._char_spans,
                         surface_present, lemma_present, self._layout)

    def token_at(self, pos: int, use_lemma: bool) -> int:
        """Index of the token that contains string position `pos`."""
        starts = self.lemma_starts if use_lemma else self.surface_starts
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def __len__(self) -> int:
        return len(self.surface_starts)

    def _key(self) -> tuple:
        return (self.surface, self.lemma, self.surface_starts, self.lemma_starts, self.char_spans,
                self.surface_present, self.lemma_present)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TokenView) and self._key() == other._key()

    __hash__ = None  # mutable caches inside; compare, do not hash

    def __repr__(self) -> str:
        return f"TokenView({self.surface!r}, {self.lemma!r})"


_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])|(?<=[^\W\d_]{2})-$")


def dehyphen(text: str) -> str:
    """A word without the hyphens between its letters: 'jeugd-zorg', 'wijk-team' and 'markt-werking'
    are spellings of one word, so tokens and rule terms are compared without them ('POH-jeugd' and
    the term 'poh-jeugd' both become 'pohjeugd'); so does the hyphen of an elided word ('wal-' in 'tussen
    wal- en schip'). Hyphens next to digits stay ('18-/18+', '18-min')."""
    return _INNER_HYPHEN.sub("", text) if "-" in text else text


def token_string(text: str) -> str:
    """A token as the view strings hold it: folded, without hyphens inside a word (`dehyphen`), and
    never containing whitespace (folding can make a space: '´' decomposes to ' ' plus an accent),
    so that the strings split into tokens."""
    folded = fold(dehyphen(text))
    if " " in folded or not folded:
        folded = "".join(folded.split()) or "_"
    return folded


def _join(words: list[str]) -> tuple[str, tuple[int, ...]]:
    starts = []
    pos = 1
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return " " + " ".join(words) + " ", tuple(starts)


def view_of(doc: Doc, lemmatize: "Callable[[str], str] | None" = None) -> TokenView:
    """The token view of a spaCy Doc (whitespace tokens dropped); lemmas from the Doc, or from
    `lemmatize` when given.

    Read through Doc.to_array, which is twice as fast as making a Token object per token.
    """
    strings = doc.vocab.strings
    surface: list[str] = []
    lemma: list[str] = []
    spans: list[tuple[int, int]] = []
    for orth, lem, idx, space in doc.to_array([ORTH, LEMMA, IDX, IS_SPACE]).tolist():
        if space:
            continue
        text = strings[orth]
        surface.append(token_string(text))
        if lemmatize is not None:
            lemma.append(token_string(lemmatize(dehyphen(text)) or text))
        else:
            lemma.append(token_string(strings[lem] if lem else text))
        spans.append((idx, idx + len(text)))
    s, ss = _join(surface)
    l, ls = _join(lemma)
    return TokenView(s, l, ss, ls, tuple(spans))


def views(pipeline: Pipeline, texts: list[str], batch_size: int = 256,
          repair: "SpellingRepair | None" = None) -> list[TokenView]:
    """Token views for many texts, through nlp.pipe; `repair` fixes near-miss spellings."""
    pipeline.prepare("\n".join(texts), document=True)
    if pipeline.lemmatize is not None:
        docs = pipeline.nlp.tokenizer.pipe(texts, batch_size=batch_size)
    else:
        docs = pipeline.nlp.pipe(texts, batch_size=batch_size)
    out = [view_of(doc, pipeline.lemmatize) for doc in docs]
    return [repair.apply(v) for v in out] if repair is not None else out


# A chunk is what spaCy's tokenizer works on: a run of characters between whitespace.
_CHUNK = re.compile(r"\S+")
# chunk entry fields: surface piece, lemma piece, anchors in each, token widths (length + 1) in each,
# token offsets and marks (see ViewBuilder)
_SURFACE, _LEMMA, _S_PRESENT, _L_PRESENT, _S_STEPS, _L_STEPS, _OFFSETS, _MARKS = range(8)
_surface, _lemma, _s_present, _l_present, _offsets, _marks = map(
    itemgetter, (_SURFACE, _LEMMA, _S_PRESENT, _L_PRESENT, _OFFSETS, _MARKS))


class ViewBuilder:
    """Token views of many passages, each whitespace-delimited chunk tokenized and lemmatized once.

    spaCy's tokenizer splits a text at whitespace and tokenizes every chunk on its own (that is
    what its cache is keyed on); the lookup lemmatizer and spelling repair work per token. So with
    the blank pipeline a passage's view is the concatenation of its chunks' views, and a chunk seen
    before costs one dictionary lookup instead of tokenizing, folding, lemmatizing and repairing its
    words again. tests/test_nlp.py checks that this gives exactly the views of tokenizing whole
    passages, on every corpus text.

    `present` finds the rule anchors in a string; `mark(surface, lemma, surface anchors, lemma
    anchors)` may note anything else that can be decided within one chunk (which one-word phrases
    match: see cues.PhraseIndex); a view's `marks` unites those of its chunks. `matters(surface
    anchors, lemma anchors, marks)` says whether a passage that holds the chunk can match anything
    at all: a passage none of whose chunks matters may be left without a view (`skippable`).
    `may_match(...)`, asked with the anchors and marks of the whole passage, may then leave out more:
    a passage that holds a phrase's anchor in one chunk but not its other words in any.

    A pipeline with a trained model (nl_core_news_md) lemmatizes in context: its passages are
    tokenized whole, as before, and carry no marks.
    """

    def __init__(self, pipeline: Pipeline, repair: "SpellingRepair | None" = None,
                 present: "Callable[[str], frozenset[str]] | None" = None,
                 mark: "Callable[[str, str, frozenset[str], frozenset[str]], frozenset] | None" = None,
                 max_chunks: int = 200_000,
                 matters: "Callable[[frozenset[str], frozenset[str], frozenset | None], bool] | None" = None,
                 may_match: "Callable[[frozenset[str], frozenset[str], frozenset | None], bool] | None" = None,
                 ) -> None:
        self.pipeline = pipeline
        self.repair = repair
        self.present = present
        self.mark = mark if present is not None else None
        self.matters = matters if present is not None else None
        self.may_match = may_match if self.matters is not None else None
        self.max_chunks = max_chunks
        self._cache: dict[str, tuple] = {}
        self._mattering: set[str] = set()  # the cached chunks that matter (see `matters`)

    def views(self, texts: list[str], skippable: int = 0) -> list[TokenView | None]:
        """One view per text, in order; None for any of the first `skippable` texts none of whose
        chunks matters, or that `may_match` rules out (when the builder has them), since it cannot
        match anything."""
        if self.pipeline.lemmatize is None:
            out = views(self.pipeline, texts, repair=self.repair)
            if self.present is not None:
                out = [v.with_present(self.present(v.surface), self.present(v.lemma)) for v in out]
            return out
        if len(self._cache) > self.max_chunks:
            self._cache.clear()
            self._mattering.clear()
        cache = self._cache
        chunked = [text.split() for text in texts]
        missing = set(chain.from_iterable(chunked)).difference(cache)
        if missing:
            self._add(sorted(missing))
        empty: frozenset[str] = frozenset()
        out = []
        indexed = self.present is not None
        skip = skippable if self.matters is not None else 0
        mattering = self._mattering
        may_match = self.may_match
        for k, (text, chunks) in enumerate(zip(texts, chunked)):
            if k < skip and mattering.isdisjoint(chunks):
                out.append(None)
                continue
            entries = list(map(cache.__getitem__, chunks))
            s_present = empty.union(*map(_s_present, entries)) if indexed else None
            l_present = empty.union(*map(_l_present, entries)) if indexed else None
            marks = empty.union(*map(_marks, entries)) if self.mark is not None else None
            if k < skip and may_match is not None and not may_match(s_present, l_present, marks):
                out.append(None)
                continue
            view = TokenView(" " + " ".join(map(_surface, entries)) + " ", " " + " ".join(map(_lemma, entries)) + " ",
                             surface_present=s_present, lemma_present=l_present, layout=(text, entries))
            view.marks = marks
            out.append(view)
        return out

    def _add(self, chunks: list[str]) -> None:
        """Tokenize new chunks in one call, one per line: a line break is a token of its own, so no
        tokenizer rule reaches from one chunk into the next."""
        text = "\n".join(chunks)
        # the tokenizer exceptions that occur in these chunks. An exception changes only a chunk
        # that holds its string, and every cached chunk was tokenized after those it holds were
        # added: so the cache stays valid as exceptions come in, and none is added in vain
        self.pipeline.prepare(text)
        doc = self.pipeline.nlp.tokenizer(text)
        strings = doc.vocab.strings
        lemmatize = self.pipeline.lemmatize
        fix = self.repair.fix if self.repair is not None else None
        present = self.present
        mark = self.mark
        tokens = [(strings[orth], idx) for orth, idx, space in doc.to_array([ORTH, IDX, IS_SPACE]).tolist()
                  if not space]
        pos = 0
        t = 0
        for chunk in chunks:
            end = pos + len(chunk)
            surface: list[str] = []
            lemma: list[str] = []
            offsets: list[tuple[int, int]] = []
            while t < len(tokens) and tokens[t][1] < end:
                text, idx = tokens[t]
                s = token_string(text)
                lem = token_string(lemmatize(dehyphen(text)) or text)
                if fix is not None:
                    lem = fix(s, lem) or lem
                surface.append(s)
                lemma.append(lem)
                offsets.append((idx - pos, idx - pos + len(text)))
                t += 1
            sp, lp = " ".join(surface), " ".join(lemma)
            s_present = present(sp) if present else None
            # (a chunk's lemma piece is mostly its surface piece: the same anchors, found once)
            l_present = (s_present if lp == sp else present(lp)) if present else None
            marks = mark(sp, lp, s_present, l_present) if mark else None
            matters = self.matters is None or self.matters(s_present, l_present, marks)
            self._cache[chunk] = (sp, lp, s_present, l_present, tuple(len(w) + 1 for w in surface),
                                  tuple(len(w) + 1 for w in lemma), tuple(offsets), marks)
            if matters:
                self._mattering.add(chunk)
            pos = end + 1


class SpellingRepair:
    """Near-misses in extracted text ("jeugdzorh", "aanbestedingn") read as the rule word they miss.

    Only long words that the Dutch tables do not know are considered, and only a rule word within
    one edit (two for words of 12 letters or more) replaces them by its lemma, in the lemma string alone: the
    surface text, and so every quote in a report, stays as the document has it.
    """

    MIN_LENGTH = 7

    def __init__(self, vocabulary: set[str], lemmatizer: "DutchLemmatizer") -> None:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        self._extract = process.extractOne
        self._distance = Levenshtein.distance
        self.vocabulary = sorted(w for w in vocabulary if len(w) >= self.MIN_LENGTH and w.isalpha())
        self._by_initial: dict[str, list[str]] = {}
        for w in self.vocabulary:
            self._by_initial.setdefault(w[0], []).append(w)
        self.lemmatizer = lemmatizer
        self.fix = lru_cache(maxsize=100_000)(self._fix)

    def _fix(self, surface: str, lemma: str) -> str | None:
        if len(surface) < self.MIN_LENGTH or not surface.isalpha():
            return None
        if self.lemmatizer.known(surface) or self.lemmatizer.known(lemma):
            return None
        limit = 2 if len(surface) >= 12 else 1
        # typos and extraction faults rarely touch the first letter; real neighbours often do
        candidates = self._by_initial.get(surface[0])
        if not candidates:
            return None
        found = self._extract(surface, candidates, scorer=self._distance, score_cutoff=limit)
        if found is None:
            return None
        repaired = token_string(self.lemmatizer.lemma(found[0]))  # as every lemma in a view
        return repaired if repaired != lemma else None

    def apply(self, view: TokenView) -> TokenView:
        words = view.lemma.split()
        repaired = [self.fix(s, w) or w for s, w in zip(view.surface.split(), words)]
        if repaired == words:
            return view
        lemma, starts = _join(repaired)
        return TokenView(view.surface, lemma, view.surface_starts, starts, view.char_spans,
                         view.surface_present, view.lemma_present)
