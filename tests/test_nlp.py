"""The blank Dutch pipeline: held-back tokenizer exceptions give exactly spaCy's tokens."""
from __future__ import annotations

import pytest

from checker.ingest import load
from checker.nlp import Pipeline, blank_dutch, views
from tests.conftest import CORPUS, SHARED

TRICKY = ("Wij investeren o.a. in de jeugdzorg, bijv. via het wijkteam t.a.v. jongeren (m.b.t. 18-/18+), "
          "zie art. 3 e.d.; Dhr. De Vries en mevr. Jansen c.q. de wethouder 's avonds. :-) "
          "Het budget is ca. € 2,5 mln. per jaar t/m 2030, nr. 12 resp. 14.")


def _texts() -> list[list[str]]:
    docs = [load(p) for p in sorted(CORPUS.glob("*.*")) if p.suffix in (".txt", ".docx", ".pdf")]
    docs += [load(p) for p in sorted(SHARED.glob("*.txt")) + sorted(SHARED.glob("pdf/*.pdf"))]
    return [[TRICKY]] + [[b.text for b in d.blocks] for d in docs]


def test_lazy_exceptions_tokenize_exactly_like_spacy_blank():
    full, _ = blank_dutch(lazy=False)
    lazy, exceptions = blank_dutch(lazy=True)
    assert exceptions is not None and len(exceptions.rules) > 4000 and not lazy.tokenizer.rules
    a, b = Pipeline(full, "full"), Pipeline(lazy, "lazy", exceptions)
    total = 0
    for n, texts in enumerate(_texts()):
        assert [v.surface for v in views(a, texts)] == [v.surface for v in views(b, texts)]
        total += len(texts)
        if n == 0:  # the first document: only the exceptions that occur in it
            assert {"o.a.", "bijv.", "t.a.v.", "m.b.t."} <= exceptions.added
            assert len(exceptions.added) < 100
    assert total > 100 + (3000 if SHARED.is_dir() else 0)
    assert exceptions.added == set(exceptions.rules)  # from the second document on: all of them


def test_cached_chunk_views_stay_valid_as_tokenizer_exceptions_come_in():
    """ViewBuilder adds the tokenizer exceptions that occur in the chunks it has not seen yet, just
    before tokenizing them. An exception changes only a chunk that holds its string, so what is
    cached stays as later documents bring new exceptions, and every view equals that of a pipeline
    that had all exceptions from the start; only the exceptions that occur are ever added."""
    from checker.nlp import DutchLemmatizer, ViewBuilder

    lemma = DutchLemmatizer.shared().lemma
    lazy, exceptions = blank_dutch(lazy=True)
    full, _ = blank_dutch(lazy=False)
    builder = ViewBuilder(Pipeline(lazy, "lazy", exceptions, lemma))
    reference = ViewBuilder(Pipeline(full, "full", None, lemma))
    grew = 0
    for texts in _texts()[:8]:
        cached, added = set(builder._cache), len(exceptions.added)
        assert builder.views(texts) == reference.views(texts)
        assert cached <= set(builder._cache)
        grew += len(exceptions.added) > added > 0
    assert grew >= 2  # later documents did bring exceptions of their own
    assert 20 < len(exceptions.added) < len(exceptions.rules) // 10


@pytest.mark.parametrize("text", ["bijv.", "o.a. jeugdzorg", "mln."])
def test_single_words_too(text):
    full, _ = blank_dutch(lazy=False)
    lazy, exceptions = blank_dutch(lazy=True)
    exceptions.prepare(lazy.tokenizer, text)
    assert [t.text for t in lazy(text)] == [t.text for t in full(text)]


def test_language_warning_only_for_text_that_is_not_dutch():
    from checker.language import language_warning

    dutch = [p for p in sorted(CORPUS.glob("*.txt")) + sorted(SHARED.glob("*.txt")) if "volt" not in p.name]
    assert dutch and all(language_warning(p.read_text(encoding="utf-8")) is None for p in dutch)
    if (SHARED / "wassenaar_2026_programma_volt.txt").exists():  # Dutch and English side by side
        note = language_warning((SHARED / "wassenaar_2026_programma_volt.txt").read_text(encoding="utf-8"))
        assert note and note.startswith("Een groot deel van de tekst lijkt Engels")
    english = "The council will invest in youth care and in the local teams of every neighbourhood. " * 10
    assert "lijkt Engels, niet Nederlands" in language_warning(english)
    german = "Die Gemeinde wird in die Jugendhilfe und in die lokalen Teams in jedem Viertel investieren. " * 10
    assert "lijkt Duits" in language_warning(german)


FRISIAN = ("De gemeente wol de jeugdsoarch tichteby de minsken organisearje. Wy sette yn op sterke wyk- en doarpsteams, sadat bern en âlden mei harren fragen by ien loket terjochte kinne. Wy hawwe it ferlet fan in goede gearwurking mei de skoallen en de húsdokters. It kolleezje sil de kommende jierren ynvestearje yn previnsje, om't wy fine dat hulp betiid komme moat. Jongeren dy't achttjin wurde, falle net tusken wâl en skip: wy soargje foar in goede oergong nei de folwoeksenesoarch. De regio bliuwt foar ús wichtich; wy keapje de spesjalistyske soarch mei de oare gemeenten yn. Wy geane net wer oanbestegjen. Dêrneist hâlde wy de bibleteken en de swimbaden iepen, want dy binne wichtich foar alle bern yn ús gemeente. Wy sille dat mei de ynwenners beprate, en wy jouwe harren in stim yn it belied fan it kolleezje.")


def test_a_frisian_agreement_is_called_frisian_not_english():
    """Frisian municipalities publish in Frisian too; its "it" and "in" once made it look English."""
    from checker.language import language_warning

    note = language_warning(FRISIAN)
    assert note is not None and "lijkt Fries, niet Nederlands" in note and "Engels" not in note
    # a Dutch agreement with one Frisian paragraph is Dutch with a part in Frisian, at most
    dutch = (CORPUS / "lindewaard_2026_coalitieakkoord.txt").read_text(encoding="utf-8")
    mixed = language_warning(dutch + "\n\n" + FRISIAN)
    assert mixed is None or "Fries" in mixed


def test_views_from_cached_chunks_equal_views_of_whole_passages(checker):
    """ViewBuilder tokenizes each whitespace-delimited chunk once and assembles passages from them;
    that must give exactly what tokenizing each passage whole gives: the same token strings, lemmas
    (with spelling repair), anchors, and positions in the strings and in the text."""
    from checker.nlp import ViewBuilder

    matcher = checker.matcher
    if matcher.pipeline.lemmatize is None:
        pytest.skip("a trained pipeline lemmatizes in context and tokenizes passages whole")
    builder = ViewBuilder(matcher.pipeline, matcher.repair, matcher.anchors.present)
    texts = [t for doc in _texts() for t in doc]
    # passages that are not sentences of a clean text: runs of spaces, tabs and line breaks,
    # an accent that folds to a space, a near-miss spelling, nothing at all
    texts += ["  jeugdzorg\tvoor  iedereen \n", "´s avonds ¨ de jeugdzorh", "", "   "]
    new = builder.views(texts)
    old = views(matcher.pipeline, texts, repair=matcher.repair)
    old = [v.with_present(matcher.anchors.present(v.surface), matcher.anchors.present(v.lemma)) for v in old]
    assert len(new) == len(old) == len(texts)
    differing = [t for t, a, b in zip(texts, new, old) if a != b]
    assert not differing, differing[:3]
    # the repaired spelling and the anchors are really there, so the comparison compares something
    repaired = new[-3]
    assert " jeugdzorh " in repaired.surface and " jeugdzorg" in repaired.lemma and "jeugdzorh" not in repaired.lemma
    assert repaired.lemma_present - repaired.surface_present
    assert sum(len(v) for v in new) > 100_000
    # a second pass reads every chunk from the cache and still gives the same views
    assert builder.views(texts[:500]) == new[:500]


def test_phrase_index_answers_exactly_what_each_set_answers_alone(checker):
    """The matcher asks one PhraseIndex which term sets match a passage; on every passage of the
    corpus texts that must be exactly the sets whose own phrases match, with the anchor index or
    without it (one regex per set over the bare strings)."""
    from checker.nlp import TokenView

    matcher = checker.matcher
    index = matcher.phrase_index
    texts = [t for doc in _texts() for t in doc]
    checked = matched = 0
    for view in matcher.view_builder.views(texts):
        assert view.marks is not None  # one-word phrases decided per chunk
        found = index.matched(view)
        # the same passage without chunk marks (as a trained pipeline makes it), and without anchors
        unmarked = index.matched(view.with_present(view.surface_present, view.lemma_present))
        bare = TokenView(view.surface, view.lemma, view.surface_starts, view.lemma_starts, view.char_spans)
        for n, phrase_set in enumerate(index.sets):
            alone = phrase_set.any_alone(view)
            assert (n in found) == (n in unmarked) == alone == phrase_set.any_alone(bare), (
                phrase_set.phrases[:3], view.surface)
            checked += 1
            matched += alone
    assert checked > 50 * len(texts) and matched > 1_000


def test_passages_left_without_a_view_match_no_set_of_terms(checker):
    """The matcher builds no view for a passage in which no item's terms can match: none of its
    chunks holds a one-word match or the anchor of a longer phrase of a set of terms, or no such
    phrase has all its words in the passage. On every corpus passage, those are passages that no
    set of terms matches (the domain words or a `with` group may match there: they are read only
    where terms match), and every other view is the one built without skipping."""
    matcher = checker.matcher
    builder = matcher.view_builder
    texts = [t for doc in _texts() for t in doc]
    full = builder.views(texts)
    some = builder.views(texts, skippable=len(texts))
    skipped = by_words = other_sets = 0
    for text, whole, view in zip(texts, full, some):
        if view is None:
            found = matcher.phrase_index.matched(whole)
            assert not found & matcher.term_sets, whole.surface
            skipped += 1
            other_sets += bool(found)
            # a chunk held an anchor of a set of terms: the passage was ruled out by its other words
            by_words += not builder._mattering.isdisjoint(text.split())
        else:
            assert view == whole
    assert skipped > len(texts) // 5
    assert other_sets > 100 and by_words > 100, (other_sets, by_words)


def test_a_passage_may_match_a_set_of_terms_by_its_lemmas_and_not_by_an_anchor_alone():
    """`may_match` (the passage test behind leaving views out) needs a phrase's anchor and all its
    other words, in the surface or in the lemma string, and answers for the sets in focus only."""
    from checker.cues import AnchorIndex, PhraseIndex, PhraseSet

    lemmas = {"kinderen opvangen": "kind opvangen", "zwemles": "zwemles"}
    terms = PhraseSet(["kinderen opvangen"], compound=True, lemmatize=lemmas.get)
    other = PhraseSet(["zwemles"], compound=True, lemmatize=lemmas.get)
    index = PhraseIndex([terms, other])
    index.focus(index.ids([terms]))
    anchors = AnchorIndex([terms, other], extra=index.literal_words())

    def may(surface: str, lemma: str, marks=frozenset()) -> bool:
        return index.may_match(anchors.present(surface), anchors.present(lemma), marks)

    assert may(" we kinderen opvangen ", " we kind opvangen ")
    assert may(" elk kind opvangen ", " elk kind opvangen ")  # "kinderen" nowhere: the lemma phrase
    assert not may(" kinderen zwemmen ", " kind zwemmen ")  # the anchor without its other word
    assert not may(" zwemles ", " zwemles ", frozenset(index.ids([other])))  # a set out of focus
    assert may(" zwemles ", " zwemles ", frozenset(index.ids([terms])))


def test_a_phrase_is_searched_by_its_rarest_looking_word():
    """The anchor of a phrase is its longest word that is not a Dutch function word."""
    from checker.cues import _anchor

    assert _anchor("na 18") == "18"
    assert _anchor("binnen het budget") == "budget"
    assert _anchor("jeugdhulp ... na") == "jeugdhulp"
    assert _anchor("na het") == "het"  # only function words: the longest


def test_cues_found_through_the_anchors_equal_those_of_every_rule(checker, monkeypatch):
    """The cue finder searches only the rules whose anchors a passage holds; on every corpus
    passage it must find exactly the cues that searching every rule finds."""
    finder = checker.matcher.cue_finder
    texts = [t for doc in _texts() for t in doc]
    views_ = checker.matcher.view_builder.views(texts)
    through_anchors = [finder.find(view) for view in views_]
    monkeypatch.setattr(finder, "_live_rules", lambda view: finder.rules)
    every_rule = [finder.find(view) for view in views_]
    assert through_anchors == every_rule
    assert sum(map(len, every_rule)) > 1_000 and len({c.category for cs in every_rule for c in cs}) >= 8


def _phrase_sets_and_strings(matcher):
    """Every phrase set of the rules, and the view strings (surface, lemma) of all corpus passages."""
    sets = [*matcher._phrase_sets.values(), matcher.subjects, *matcher.cue_finder.phrase_sets()]
    texts = [t for doc in _texts() for t in doc]
    views_ = matcher.view_builder.views(texts)
    return sets, {False: [v.surface for v in views_], True: [v.lemma for v in views_]}


def _regexes_with_strings(sets, strings):
    """Each phrase regex of the sets, with the corpus strings that hold its anchor."""
    for ps in sets:
        for use_lemma, filed in ps._by_anchor.items():
            for anchor, entries in filed.items():
                holding = [s for s in strings[use_lemma] if anchor in s]
                for _, _, src, _ in entries:
                    yield src, holding


def test_phrase_regexes_find_what_their_look_behind_form_finds(checker):
    """A phrase regex opens with the space before its match (a look-behind for that space is three
    times slower). On every corpus passage it must find the same matches as the look-behind form,
    one character earlier, and `find` must report the tokens themselves."""
    import re

    matcher = checker.matcher
    sets, strings = _phrase_sets_and_strings(matcher)
    compared = matches = 0
    for src, holding in _regexes_with_strings(sets, strings):
        assert src.startswith(" ") and not src.startswith("(?<=")
        fast, slow = re.compile(src), re.compile("(?<= )" + src[1:])
        for s in holding:
            got = [(m.start() + 1, m.end(), m.group(0)[1:]) for m in fast.finditer(s)]
            assert got == [(m.start(), m.end(), m.group(0)) for m in slow.finditer(s)]
            compared += 1
            matches += len(got)
    assert compared > 10_000 and matches > 5_000
    # the spans `find` reports start at the token, not at the space before it
    view = matcher.view_builder.views(["Daarom versterken wij de wijkteams."])[0]
    assert [(span.text, span.start, span.end) for _, span in matcher.subjects.find(view)] == [("wij", 2, 3)]


def test_phrase_regexes_searched_in_windows_find_what_a_whole_scan_finds(checker, monkeypatch):
    """A long string is searched by a phrase regex only around its anchor (cues._finditer). On
    the corpus passages, joined into strings of 8,000 characters or more, every phrase regex must
    find exactly the matches of a scan of the whole string."""
    import checker.cues as cues

    matcher = checker.matcher
    sets, strings = _phrase_sets_and_strings(matcher)
    for use_lemma in (False, True):
        runs, run = [], ""
        for s in strings[use_lemma]:
            run = run + s[1:] if run else s
            if len(run) > 8000:
                runs.append(run)
                run = ""
        strings[use_lemma] = runs + [run]
    monkeypatch.setattr(cues, "WINDOW_MIN_CHARS", 0)
    compared = matches = 0
    for src, holding in _regexes_with_strings(sets, strings):
        assert cues._window(src) is not None  # (every phrase regex may be windowed)
        rx = cues._compiled(src)
        for s in holding:
            whole = [(m.start(), m.end()) for m in rx.finditer(s)]
            assert [(m.start(), m.end()) for m in cues._finditer(src, s)] == whole, src
            compared += 1
            matches += len(whole)
    assert compared > 10_000 and matches > 5_000


def test_language_is_judged_on_passages_from_the_whole_document(checker, tmp_path):
    """The checker reads a sample taken evenly across the document: an English part at the end
    still gets the bilingual note, and the Dutch samples get no warning at all."""
    dutch = "\n\n".join([(CORPUS / "lindewaard_2026_coalitieakkoord.txt").read_text(encoding="utf-8")] * 8)
    english = "\n\n".join(["The council will invest in youth care and in the local teams of every "
                           "neighbourhood, and it will work with the schools on support for pupils."] * 300)
    path = tmp_path / "akkoord_met_engelse_samenvatting.txt"
    path.write_text(dutch + "\n\n" + english, encoding="utf-8")
    assert len(english) > 0.5 * len(dutch)  # the English part is well past the sample's budget
    from checker.language import SAMPLE_CHARS

    assert len(dutch) > SAMPLE_CHARS
    warnings = checker.check(path).document.warnings
    assert any(w.startswith("Een groot deel van de tekst lijkt Engels") for w in warnings), warnings
    assert not checker.check(CORPUS / "lindewaard_2026_coalitieakkoord.txt").document.warnings


def test_char_span_of_one_token_equals_the_full_table(checker):
    texts = [t for doc in _texts()[:4] for t in doc]
    views_ = checker.matcher.view_builder.views(texts)
    fresh = checker.matcher.view_builder.views(texts)  # positions not worked out yet
    checked = 0
    for k, (view, other) in enumerate(zip(views_, fresh)):
        n = len(view)
        for i in (range(n) if k % 10 == 0 else {0, n // 2, n - 1} if n else ()):
            assert other.char_span(i) == view.char_spans[i]
            checked += 1
        with pytest.raises(IndexError):
            other.char_span(n)
    assert checked > 500


def test_a_repaired_word_is_one_clean_token_in_the_lemma_string():
    """Spelling repair puts the rule word's lemma into the view; it must be folded and without
    spaces like every other lemma, or the string no longer splits into the view's tokens. The Dutch
    table's lemma of 'hertogen' is 'hertog ' (with a space)."""
    from checker.nlp import DutchLemmatizer, SpellingRepair, ViewBuilder, load_pipeline

    repair = SpellingRepair({"hertogen"}, DutchLemmatizer.shared())
    assert repair.fix("hertogem", "hertogem") == "hertog"
    view = ViewBuilder(load_pipeline("blank"), repair).views(["De hertogem van Brabant."])[0]
    assert view.lemma.split() == ["de", "hertog", "van", "brabant", "."]
    assert len(view.lemma.split()) == len(view) == len(view.surface.split())


def test_folding_in_bulk_gives_what_folding_each_word_gives():
    """The lexicon folds its 400,000 table forms in bulk: the same strings as one by one, diacritics,
    capitals and ligatures included, and a word with a line break in it falls back to one by one."""
    from checker.nlp import fold, fold_all
    import spacy_lookups_data
    import srsly
    from pathlib import Path

    path = Path(spacy_lookups_data.nl["lemma_index"])
    gz = path.with_name(path.name + ".gz")
    table = srsly.read_gzip_json(gz) if gz.exists() else srsly.read_json(path)
    words = list(table["adj"]) + ["Geïndexeerd", "CRÈCHE", "ﬁnanciën", "coöperatie", ""]
    assert any(w != fold(w) and not w.isascii() for w in words)
    assert fold_all(words) == [fold(w) for w in words]
    assert fold_all(words + ["een\nregel"]) == [fold(w) for w in words + ["een\nregel"]]
    assert fold_all([]) == []
    assert fold_all(["één"]) == ["een"]
