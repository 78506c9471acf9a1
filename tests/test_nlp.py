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
