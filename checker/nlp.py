"""NLP: the spaCy pipeline and the token view that matching works on.

With `nl_core_news_md` installed its lemmas are used; otherwise `spacy.blank("nl")` with our
lemmatizer: the Dutch lookup table of spacy-lookups-data, its exception tables (irregular forms
such as heeft, kinderen, scholen, sociale), compound heads (wijkteams -> wijkteam) and number
words (achttien -> 18).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

NUMBER_WORDS = {
    "twaalf": "12", "zestien": "16", "zeventien": "17", "achttien": "18", "negentien": "19",
    "twintig": "20", "eenentwintig": "21", "tweeëntwintig": "22", "drieëntwintig": "23",
    "vierentwintig": "24", "vijfentwintig": "25", "achttiende": "18e", "eenentwintigste": "21e",
}
_EXC_ORDER = ("noun", "adj", "verb", "adv", "adp", "det", "pron")


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Geïndexeerd' -> 'geindexeerd'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class DutchLemmatizer:
    """Table lemmatizer for Dutch without a tagger."""

    def __init__(self) -> None:
        from spacy.lookups import load_lookups

        lookups = load_lookups("nl", ["lemma_lookup", "lemma_exc"])
        self.lookup = lookups.get_table("lemma_lookup")  # a spaCy Table: keys are hashed, look up by string
        exc = lookups.get_table("lemma_exc")
        self.exc: dict[str, str] = {}
        for pos in reversed(_EXC_ORDER):  # earlier parts of speech win
            for form, lemmas in (exc.get(pos) or {}).items():
                if lemmas:
                    self.exc[form] = lemmas[0]
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)

    def known(self, word: str) -> bool:
        return word in self.lookup or word in self.exc

    def _lemma(self, word: str) -> str:
        w = word.lower()
        if len(w) <= 3:
            return w  # the tables map function words oddly ("en" -> "emmen", "het" -> "hebben")
        if w in NUMBER_WORDS:
            return NUMBER_WORDS[w]
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
    return _LemmaComponent(DutchLemmatizer())


class _LemmaComponent:
    def __init__(self, lemmatizer: DutchLemmatizer) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            tok.lemma_ = self.lemmatizer.lemma(tok.text)
        return doc


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and the name a report prints for it."""

    nlp: Language
    name: str


@lru_cache(maxsize=4)
def load_pipeline(model: str = "auto") -> Pipeline:
    """`auto`: nl_core_news_md when installed, else the blank Dutch pipeline; `blank` forces the latter."""
    if model in ("auto", "nl_core_news_md"):
        try:
            nlp = spacy.load("nl_core_news_md", exclude=["parser", "ner", "senter"])
            return Pipeline(nlp, f"nl_core_news_md {nlp.meta.get('version', '')}".strip())
        except OSError:
            if model == "nl_core_news_md":
                raise
    import spacy_lookups_data  # noqa: F401  (the tables must be installed)
    from importlib.metadata import version

    nlp = spacy.blank("nl")
    nlp.add_pipe("akkoord_lemmatizer")
    return Pipeline(nlp, f"spacy.blank('nl') {spacy.__version__} + lookup-lemmatizer "
                         f"(spacy-lookups-data {version('spacy-lookups-data')}) + samenstellingen")


@dataclass(frozen=True)
class TokenView:
    """A segment as two aligned token strings (surface and lemma), space-delimited.

    Matching runs regular expressions over these strings; `starts[i]` is the character
    position of token i in both (tokens are padded to the same width is not needed:
    a separate offset table per string maps positions back to tokens).
    """

    surface: str
    lemma: str
    surface_starts: tuple[int, ...]
    lemma_starts: tuple[int, ...]
    char_spans: tuple[tuple[int, int], ...]  # token spans in the segment text

    def token_at(self, pos: int, use_lemma: bool) -> int:
        """Index of the token that contains string position `pos`."""
        import bisect

        starts = self.lemma_starts if use_lemma else self.surface_starts
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def __len__(self) -> int:
        return len(self.char_spans)


def _join(words: list[str]) -> tuple[str, tuple[int, ...]]:
    starts = []
    pos = 1
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return " " + " ".join(words) + " ", tuple(starts)


def view_of(doc: Doc) -> TokenView:
    """The token view of a spaCy Doc (whitespace tokens dropped)."""
    toks = [t for t in doc if not t.is_space]
    surface = [fold(t.text) for t in toks]
    lemma = [fold(t.lemma_ or t.text) for t in toks]
    s, ss = _join(surface)
    l, ls = _join(lemma)
    spans = tuple((t.idx, t.idx + len(t.text)) for t in toks)
    return TokenView(s, l, ss, ls, spans)


def views(pipeline: Pipeline, texts: list[str], batch_size: int = 256) -> list[TokenView]:
    """Token views for many texts, through nlp.pipe."""
    return [view_of(doc) for doc in pipeline.nlp.pipe(texts, batch_size=batch_size)]
