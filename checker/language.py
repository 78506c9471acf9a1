"""Is the text Dutch? The rules only read Dutch; a text in another language gets a warning.

Counts function words from spaCy's stop-word lists, keeping per language only the words that are
in none of the other lists ("de", "het", "wij" for Dutch; "the", "and" for English), so shared
words like "in" or "over" decide nothing. Function words make up a large share of any running
text, so a few hundred words are enough to tell these languages apart.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

LANGUAGES = {"nl": "Nederlands", "en": "Engels", "de": "Duits", "fr": "Frans", "fy": "Fries"}
# spaCy has no Frisian; these are West Frisian function words, as an agreement of a Frisian
# municipality (Fryslân publishes in both languages) is full of them. Without them, "it" and "in"
# made a Frisian text look English.
FRISIAN = frozenset("""
fan yn wy mei foar binne hawwe hat ek oan troch net ús wurde wurdt waard sil sille kinne kin moatte moat
dizze dit hjir no mar hja se jo sa oer nei gjin ta út by dy't wat't om't dêr dêrneist dêrom hjoed
ien twa hiel heul folle mear oare alle elk elts ik my myn dyn jimme harren har wie wiene soe soene
is it in de en op dat as of
""".split())
MIN_WORDS = 80  # below this (a short note, a test sentence) nothing is said
SAMPLE_WORDS = 20_000
SAMPLE_CHARS = 60_000  # about 8,000 words: plenty to tell languages apart, read in milliseconds


def sample_text(passages: list[str], budget: int = SAMPLE_CHARS) -> str:
    """About `budget` characters of passages taken evenly from the whole text (every k-th), so that
    a part in another language shows wherever it is: an English summary at the end, say."""
    total = sum(map(len, passages))
    step = max(1, -(-total // budget))  # ceiling division
    return "\n".join(passages[::step])
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list of a language, read from its module file alone.

    Importing `spacy.lang.de` would also build that language's tokenizer exceptions (seconds of
    regular-expression compiling for three languages we never tokenize), so only the one file
    `spacy/lang/<lang>/stop_words.py` is executed.
    """
    import importlib.util
    from pathlib import Path

    if lang == "fy":
        return FRISIAN
    root = importlib.util.find_spec("spacy").submodule_search_locations[0]
    path = Path(root) / "lang" / lang / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_akkoordcheck_stop_words_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


@lru_cache(maxsize=1)
def _exclusive_stop_words() -> dict[str, frozenset[str]]:
    lists = {lang: stop_words(lang) for lang in LANGUAGES}
    return {lang: frozenset(w for w in words if len(w) > 1 and not any(w in other for o, other in lists.items()
                                                                       if o != lang))
            for lang, words in lists.items()}


def guess_language(text: str) -> tuple[str | None, dict[str, int]]:
    """The most likely of nl/en/de/fr and the counts behind it; None when the text is too short."""
    words = _WORD.findall(text.lower())[:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None, {}
    lists = _exclusive_stop_words()
    seen = Counter(words)
    # each list holds a few hundred words, the text a few thousand distinct ones: look the list up
    counts = {lang: sum(map(seen.get, stop & seen.keys())) for lang, stop in lists.items()}
    best = max(counts, key=counts.get)
    return (best if counts[best] > 0 else None), counts


def function_word_share(text: str) -> float | None:
    """Share of words that are function words of Dutch, English, German or French; None when short.

    Running text in any of them scores 0.3-0.5; letter soup from a font without a Unicode map
    scores near 0.
    """
    words = _WORD.findall(text.lower())[:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    lists = _all_stop_words()
    seen = Counter(words)
    return sum(map(seen.get, lists & seen.keys())) / len(words)


@lru_cache(maxsize=1)
def _all_stop_words() -> frozenset[str]:
    return frozenset().union(*(stop_words(lang) for lang in LANGUAGES))


def language_warning(text: str) -> str | None:
    """A warning for the report when the text is not (only) Dutch, else None."""
    lang, counts = guess_language(text)
    if lang is None:
        return None
    if lang != "nl" and counts[lang] >= 2 * max(1, counts["nl"]):
        return (f"De tekst lijkt {LANGUAGES[lang]}, niet Nederlands. De regels lezen alleen Nederlands, "
                "dus deze scores zijn onbetrouwbaar.")
    other = max((o for o in counts if o != "nl"), key=counts.get)
    if counts[other] >= 0.5 * max(1, counts["nl"]):
        return (f"Een groot deel van de tekst lijkt {LANGUAGES[other]}. Alleen de Nederlandse passages "
                "tellen mee; wat er in een andere taal staat, ziet de check niet.")
    return None
