"""Ingest on generated PDF, DOCX, ODT and text files with headers, hyphenation and bullets."""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from checker.errors import InputError
from checker.ingest import load, sniff
from tests.builders import build_docx, build_pdf, scanned_pdf
from tests.conftest import CORPUS

HEADER = "Coalitieakkoord Oosterveen 2026-2030 | Samen vooruit"


@pytest.fixture(scope="module")
def oosterveen_src() -> str:
    return (CORPUS / "src" / "oosterveen_2026_coalitieakkoord.src").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built_pdf(tmp_path_factory, oosterveen_src):
    path = tmp_path_factory.mktemp("pdf") / "akkoord.pdf"
    return build_pdf(oosterveen_src, path, header=HEADER)


def test_pdf_raw_text_really_has_furniture_and_hyphenation(built_pdf):
    # guard: the generated file exercises what the next test checks
    pdf = pdfium.PdfDocument(str(built_pdf))
    raw = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert raw.count(HEADER) == len(pdf) >= 3
    assert "Pagina 2" in raw
    assert "\ufffe" in raw or "-\r\n" in raw


def test_pdf_blocks_without_headers_footers_and_with_joined_words(built_pdf):
    doc = load(built_pdf)
    text = "\n".join(b.text for b in doc.blocks)
    assert HEADER not in text
    assert not any(b.text.startswith("Pagina ") for b in doc.blocks)
    assert "\ufffe" not in text
    # words the builder broke over a line end come back whole
    for word in ("samenwerkingsverband", "jeugdbescherming", "jeugdzorgaanbieders"):
        assert word in text, word


def test_pdf_bullets_pages_and_headings(built_pdf):
    doc = load(built_pdf)
    bullets = [b for b in doc.blocks if b.kind == "bullet"]
    assert [b.text.split()[0] for b in bullets] == ["We", "De", "Samen", "Jongeren"]
    assert doc.pages >= 4
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == doc.pages
    headings = {b.text for b in doc.blocks if b.kind == "heading"}
    assert {"Jeugd en jeugdhulp", "Onderwijs", "Financiën"} <= headings
    # the paragraph after the bullet list is not glued to the last bullet
    assert bullets[-1].text.endswith("tussen wal en schip valt.")


def test_scan_without_text_layer_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as err:
        load(scanned_pdf(tmp_path / "scan.pdf"))
    assert "scan" in err.value.message and "OCR" in err.value.hint


def test_docx_headings_bullets_table_and_page_breaks(tmp_path):
    src = (CORPUS / "src" / "brakeldijk_2026_coalitieakkoord.src").read_text(encoding="utf-8")
    doc = load(build_docx(src, tmp_path / "a.docx"))
    kinds = {b.kind for b in doc.blocks}
    assert kinds == {"heading", "bullet", "paragraph", "table_row"}
    assert doc.pages == 4  # three explicit page breaks
    jeugd = next(b for b in doc.blocks if b.text == "Jeugd")
    assert jeugd.kind == "heading" and jeugd.page == 2
    assert sum(b.kind == "bullet" for b in doc.blocks) == 4
    # a table row is one block, its cells joined as in a text file's table
    assert any(b.kind == "table_row" and b.text.startswith("Sociaal domein | ") for b in doc.blocks)


def test_docx_without_page_breaks_has_no_pages(tmp_path):
    doc = load(build_docx("# Akkoord\n\nWe versterken de wijkteams.\n", tmp_path / "b.docx"))
    assert doc.pages is None and all(b.page is None for b in doc.blocks)


def test_odt_headings_lists_and_paragraphs(tmp_path):
    from odfdo import Document, Header, List, Paragraph

    odt = Document("text")
    odt.body.append(Header(1, "Jeugd en gezin"))
    odt.body.append(Paragraph("Wij gaan de komende jaren:"))
    odt.body.append(List(["de wijkteams versterken;", "de bibliotheek behouden."]))
    path = tmp_path / "akkoord.odt"
    odt.save(str(path))
    doc = load(path)
    assert doc.format == "odt"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Jeugd en gezin"), ("paragraph", "Wij gaan de komende jaren:"),
        ("bullet", "de wijkteams versterken;"), ("bullet", "de bibliotheek behouden.")]


def test_text_form_feed_and_page_markers(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Inleiding\n\nEerste pagina tekst.\f\nTweede pagina tekst.\n[blz. 7]\nZevende pagina.\n", encoding="utf-8")
    doc = load(p)
    by_text = {b.text: b.page for b in doc.blocks}
    assert by_text["Eerste pagina tekst."] == 1
    assert by_text["Tweede pagina tekst."] == 2
    assert by_text["Zevende pagina."] == 7


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_text_encodings(tmp_path, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes("We investeren in het zwembad en de bibliotheek; geïndexeerd budget, € 2 mln.".encode(encoding))
    text = load(p).blocks[0].text
    assert "geïndexeerd" in text and "€" in text


def test_text_ligatures_soft_hyphens_and_odd_spaces(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("We ﬁnancieren jeugd\u00adhulp\u00a0en\u200b wijkteams.", encoding="utf-8")
    assert load(p).blocks[0].text == "We financieren jeugdhulp en wijkteams."


def test_bullet_signs_inside_a_line_start_bullets_and_headings_are_told_from_text(tmp_path):
    """Text extracted from a PDF list runs items together ('... basis. ●We versterken ...'); each
    item becomes a bullet. A short capitalised line is a heading, a line in capitals too; a line
    that ends a sentence (also before a closing quote) is not."""
    p = tmp_path / "a.txt"
    p.write_text("JEUGD EN ONDERWIJS\n\nOnze plannen\n\nWe beginnen bij de basis. ●We versterken de wijkteams. "
                 "• We investeren in jeugdhulp.\n\nWe zeggen: \"Ja.\"\n", encoding="utf-8")
    assert [(b.kind, b.level, b.text) for b in load(p).blocks] == [
        ("heading", 1, "JEUGD EN ONDERWIJS"), ("heading", 2, "Onze plannen"),
        ("paragraph", 0, "We beginnen bij de basis."), ("bullet", 1, "We versterken de wijkteams."),
        ("bullet", 1, "We investeren in jeugdhulp."), ("paragraph", 0, 'We zeggen: "Ja."')]


def test_hyphen_joined_but_elision_kept(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("We willen voorko-\nmen dat jeugd-\nen gezinsteams verdwijnen.\n", encoding="utf-8")
    assert load(p).blocks[0].text == "We willen voorkomen dat jeugd- en gezinsteams verdwijnen."


def test_bullets_in_text_with_lead_in(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("DLW wil:\n\n    Eén sterk sociaal team.\n    Passend onderwijs voor alle jeugdigen.\n\n"
                 "• Meer speeltuinen\n▪ Behoud van het zwembad\n", encoding="utf-8")
    kinds = [(b.kind, b.text) for b in load(p).blocks]
    assert kinds == [("paragraph", "DLW wil:"), ("bullet", "Eén sterk sociaal team."),
                     ("bullet", "Passend onderwijs voor alle jeugdigen."), ("bullet", "Meer speeltuinen"),
                     ("bullet", "Behoud van het zwembad")]


def test_format_is_detected_from_content_not_name(tmp_path):
    docx_bytes = build_docx("# Akkoord\n\nWe versterken de wijkteams.\n", tmp_path / "x.docx").read_bytes()
    fake_pdf = tmp_path / "eigenlijk-word.pdf"
    fake_pdf.write_bytes(docx_bytes)
    assert sniff(docx_bytes) == "docx"
    assert load(fake_pdf).format == "docx"


@pytest.mark.parametrize("content,expect", [
    (b"", "leeg"),
    (bytes(range(256)) * 20, "binaire"),
    (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "beschadigd"),
    (b"PK\x03\x04garbage-not-a-zip", "zip"),
])
def test_unreadable_files_raise_input_error(tmp_path, content, expect):
    p = tmp_path / "kapot.pdf"
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        load(p)
    assert expect in str(err.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="bestaat niet"):
        load(tmp_path / "nee.pdf")
    with pytest.raises(InputError, match="map"):
        load(tmp_path)


def test_opendocument_spreadsheet_is_not_an_agreement(tmp_path):
    import zipfile

    p = tmp_path / "begroting.odt"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(InputError, match="geen Word- of ODT-document"):
        load(p)


def test_a_two_column_table_written_as_text_without_outer_pipes(tmp_path):
    p = tmp_path / "akkoord.txt"
    p.write_text("Bijlage 2 Afsprakentabel\n\nOnderwerp | Afspraak\nInkoop jeugdhulp | Geen open house meer vanaf 2027\n"
                 "Parkeren | De bewonersvergunning wordt digitaal\n\nDe keuze tussen wonen | werken laten we open.\n",
                 encoding="utf-8")
    blocks = load(p).blocks
    rows = [b.text for b in blocks if b.kind == "table_row"]
    assert rows == ["Onderwerp | Afspraak", "Inkoop jeugdhulp | Geen open house meer vanaf 2027",
                    "Parkeren | De bewonersvergunning wordt digitaal"]
    # one line with a bar, alone, is a sentence
    assert any(b.kind == "paragraph" and "wonen | werken" in b.text for b in blocks)


WRAPPED_LINES = [
    # text, the blocks it must give (kind, text): a line a PDF column broke off is no heading
    ("Jeugd en gezin\nWe kiezen ervoor om lichte, ambulante jeugdhulp in\nWervelde substantieel terug te dringen.\n",
     [("heading", "Jeugd en gezin"),
      ("paragraph", "We kiezen ervoor om lichte, ambulante jeugdhulp in Wervelde substantieel terug te dringen.")]),
    ("Wat gaan we doen?\n1. Het aantal kinderen in Kroonsdijk met lichte ambulante\nbegeleiding daalt met een kwart.\n"
     "2. Gewone opvoedvragen pakt het consultatiebureau op.\n",
     [("paragraph", "Wat gaan we doen?"),
      ("bullet", "Het aantal kinderen in Kroonsdijk met lichte ambulante begeleiding daalt met een kwart."),
      ("bullet", "Gewone opvoedvragen pakt het consultatiebureau op.")]),
    ("Jeugd\nSamen met de regiogemeenten openen we een nieuwe\nJeugdzorgPlus-locatie met twaalf plekken.\n",
     [("heading", "Jeugd"),
      ("paragraph", "Samen met de regiogemeenten openen we een nieuwe JeugdzorgPlus-locatie met twaalf plekken.")]),
    # must not change: headings that end in a verb or a pronoun, and short headings with "we"
    ("Hulp waar kinderen zijn\nWe versterken de buurtteams.\n",
     [("heading", "Hulp waar kinderen zijn"), ("paragraph", "We versterken de buurtteams.")]),
    ("Wat we gaan doen\nWe versterken de buurtteams.\n",
     [("heading", "Wat we gaan doen"), ("paragraph", "We versterken de buurtteams.")]),
    ("3. Zorg en welzijn\nWe versterken de buurtteams.\n",
     [("heading", "3. Zorg en welzijn"), ("paragraph", "We versterken de buurtteams.")]),
]


@pytest.mark.parametrize("text,blocks", WRAPPED_LINES)
def test_a_line_broken_off_by_a_pdf_column_is_no_heading(tmp_path, text, blocks):
    p = tmp_path / "akkoord.txt"
    p.write_text(text, encoding="utf-8")
    assert [(b.kind, b.text) for b in load(p).blocks] == blocks


FURNITURE_LINES = [
    # text, the blocks it must give: a running header on a line of its own, or run into the end of a line after
    # its last sentence, and a table of contents with page references in brackets, state nothing
    ("Bedrijventerreinen\nHet college ontwikkelt een nieuw bedrijventerrein aan de A-weg.\n"
     "blz. 11 – Collegeprogramma Paddenbroek 2026-2030 – 3. Jeugdhulp en onderwijs\n",
     [("heading", "Bedrijventerreinen"), ("paragraph", "Het college ontwikkelt een nieuw bedrijventerrein aan de A-weg."),
      ("toc", "blz. 11 – Collegeprogramma Paddenbroek 2026-2030 – 3. Jeugdhulp en onderwijs")]),
    ("Jeugd\nWe versterken het wijkteam. Coalitieakkoord Lindewaard 2026-2030 | 4. Jeugd | pagina 22\n",
     [("heading", "Jeugd"), ("paragraph", "We versterken het wijkteam.")]),
    ("Inhoudsopgave collegeprogramma Boterdijk 2026-2030\n1 Samen aan de slag (p. 2)\n"
     "2 Lokale teams en bestaanszekerheid (p. 5)\n",
     [("heading", "Inhoudsopgave collegeprogramma Boterdijk 2026-2030"), ("toc", "1 Samen aan de slag (p. 2)"),
      ("toc", "2 Lokale teams en bestaanszekerheid (p. 5)")]),
    # must not change: a page named inside a sentence, a sentence that refers to a page
    ("Jeugd\nPagina 3 van het coalitieakkoord bevat de afspraken over jeugd.\nWe zetten in op preventie, zie p. 14.\n",
     [("heading", "Jeugd"),
      ("paragraph", "Pagina 3 van het coalitieakkoord bevat de afspraken over jeugd. We zetten in op preventie, zie p. 14.")]),
]


@pytest.mark.parametrize("text,blocks", FURNITURE_LINES)
def test_running_headers_and_tables_of_contents_in_text(tmp_path, text, blocks):
    p = tmp_path / "akkoord.txt"
    p.write_text(text, encoding="utf-8")
    assert [(b.kind, b.text) for b in load(p).blocks] == blocks
