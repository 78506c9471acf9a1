"""Pages a reader can find: each sentence of a paragraph over a page break gets its own page, PDF
page labels are shown beside the physical page, and a report beside its PDF links to the page."""
from __future__ import annotations

import pytest

from checker.ingest.common import lines_to_blocks
from checker.models import Document
from checker.report import render, write
from checker.segment import segment
from tests.conftest import CORPUS

PDF = CORPUS / "oosterveen_2026_coalitieakkoord.pdf"


def _pages_of_sentences(pages):
    blocks = lines_to_blocks(pages)
    doc = Document(name="t.txt", path="t.txt", format="text", pages=len(pages), blocks=tuple(blocks), sha256="0")
    return [(s.text, s.page) for s in segment(doc).segments if s.kind in ("sentence", "bullet")]


# (lines per page, expected (first words of a sentence, page))
CASES = [
    # a paragraph that runs over the break: the sentence that starts on page 2 is on page 2
    ([(1, ["Wij versterken de wijkteams in elke kern. We gaan de lichte hulp", "dichter bij huis organiseren"]),
      (2, ["in het gezin. Ook stoppen we met het aanbesteden van jeugdzorg."])],
     [("Wij versterken", 1), ("We gaan", 1), ("Ook stoppen", 2)]),
    # over two breaks
    ([(3, ["De gemeente houdt de jeugdzorg binnen het budget, dat"]), (4, ["jaarlijks wordt geïndexeerd. Dat"]),
      (5, ["geld gaat deels naar preventie. Meer volgt."])],
     [("De gemeente", 3), ("Dat geld", 4), ("Meer volgt", 5)]),
    # a bullet that runs over the break
    ([(1, ["We gaan:", "- de wijkteams versterken en de", "  hulp dichtbij brengen. Ook"]),
      (2, ["  komt er een jongerenloket."])],
     [("We gaan", 1), ("de wijkteams", 1), ("Ook komt", 1)]),
    # a paragraph that ends a page with a full stop ends there: the next page starts its own
    ([(1, ["We versterken de wijkteams."]), (2, ["We stoppen met aanbesteden."])],
     [("We versterken", 1), ("We stoppen", 2)]),
]


@pytest.mark.parametrize("pages,expected", CASES)
def test_each_sentence_has_the_page_it_starts_on(pages, expected):
    got = _pages_of_sentences(pages)
    assert [(" ".join(t.rstrip(".:").split()[:2]), p) for t, p in got] == expected, got


@pytest.fixture(scope="module")
def labelled_pdf(tmp_path_factory):
    """The sample PDF with page labels i, ii, then 1, 2, 3 (as a report with a roman front matter)."""
    pikepdf = pytest.importorskip("pikepdf")
    folder = tmp_path_factory.mktemp("labels")
    with pikepdf.open(PDF) as pdf:
        pdf.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array([
            0, pikepdf.Dictionary(S=pikepdf.Name.r), 2, pikepdf.Dictionary(S=pikepdf.Name.D, St=1)]))
        pdf.save(folder / "akkoord met labels.pdf")
    return folder / "akkoord met labels.pdf"


def test_pdf_page_labels_are_read_and_shown_beside_the_page(checker, labelled_pdf):
    report = checker.check(labelled_pdf)
    assert report.document.page_labels == ("i", "ii", "1", "2", "3")
    evidence = [e for it in report.items for e in it.evidence]
    assert evidence and all(e.page_label == {1: "i", 2: "ii", 3: "1", 4: "2", 5: "3"}[e.page] for e in evidence)
    md = render(report, "md")
    assert any(f"p. {e.page} (gedrukt: {e.page_label})" in md for e in evidence)


def test_a_pdf_without_labels_shows_only_the_page(checker):
    report = checker.check(PDF)
    assert report.document.page_labels == ()
    assert "gedrukt" not in render(report, "md")


def test_html_beside_its_pdf_links_to_the_page(checker, labelled_pdf, tmp_path):
    report = checker.check(labelled_pdf)
    beside = write(report, ["html"], labelled_pdf.parent)[0].read_text(encoding="utf-8")
    assert 'href="akkoord%20met%20labels.pdf#page=' in beside
    elsewhere = write(report, ["html"], tmp_path)[0].read_text(encoding="utf-8")
    assert "#page=" not in elsewhere
