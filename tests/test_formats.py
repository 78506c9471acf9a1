"""Formats detected by content (issue 18, class 3): HTML and flat ODT are read with lxml and odfdo
and score as the same agreement in text; RTF and Word 97-2003 are refused with what to do. The
files are built here from the blocks of a sample agreement."""
from __future__ import annotations

import html

import pytest
from odfdo import Document as OdfDocument
from odfdo import Header, List, ListItem, Paragraph

from checker.errors import InputError
from checker.ingest import load, load_bytes
from tests.conftest import CORPUS

SAMPLE = CORPUS / "lindewaard_2026_coalitieakkoord.txt"


def _blocks():
    return load(SAMPLE).blocks


def _as_html(blocks) -> bytes:
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Akkoord</title>",
           "<script>document.write('We stoppen met aanbesteden')</script><style>p{}</style></head><body>"]
    in_list = False
    for b in blocks:
        if b.kind == "bullet" and not in_list:
            out.append("<ul>")
            in_list = True
        elif b.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        text = html.escape(b.text)
        if b.kind == "heading":
            out.append(f"<h{max(1, min(6, b.level or 1))}>{text}</h{max(1, min(6, b.level or 1))}>")
        elif b.kind == "bullet":
            out.append(f"<li>{text}</li>")
        elif b.kind == "table_row":
            cells = "".join(f"<td>{html.escape(c.strip())}</td>" for c in b.text.split("|"))
            out.append(f"<table><tr>{cells}</tr></table>")
        else:
            out.append(f"<p>{text}</p>")
    out.append("</ul>" if in_list else "")
    out.append("<!-- We stoppen met aanbesteden --></body></html>")
    return "\n".join(out).encode("utf-8")


def _as_fodt(blocks, tmp_path) -> bytes:
    doc = OdfDocument("text")
    doc.body.clear()
    items = None
    for b in blocks:
        if b.kind == "bullet":
            if items is None:
                items = List()
                doc.body.append(items)
            items.append(ListItem(b.text))
            continue
        items = None
        if b.kind == "heading":
            doc.body.append(Header(max(1, b.level or 1), b.text))
        else:
            doc.body.append(Paragraph(b.text))
    path = tmp_path / "akkoord.fodt"
    doc.save(path, packaging="xml")
    return path.read_bytes()


def _statuses(checker, document):
    return {i.id: i.status for i in checker.check_document(document).items}


def test_html_is_read_as_html_and_scores_as_its_text(checker):
    blocks = _blocks()
    doc = load_bytes(_as_html(blocks), "akkoord.html")
    assert doc.format == "html"
    assert not any("document.write" in b.text or "<" in b.text for b in doc.blocks)  # no script, no markup
    assert [b.kind for b in doc.blocks if b.kind == "heading"] == [b.kind for b in blocks if b.kind == "heading"]
    assert _statuses(checker, doc) == _statuses(checker, load(SAMPLE))


def test_flat_odt_is_read_as_odt_and_scores_as_its_text(checker, tmp_path):
    blocks = _blocks()
    doc = load_bytes(_as_fodt(blocks, tmp_path), "akkoord.fodt")
    assert doc.format == "odt"
    assert not any("office:" in b.text for b in doc.blocks)
    assert _statuses(checker, doc) == _statuses(checker, load(SAMPLE))


@pytest.mark.parametrize("raw", [b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} We versterken de wijkteams.\\par}",
                                 b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Word.Document.8"])
def test_rtf_and_word_97_are_refused_with_what_to_do(raw):
    with pytest.raises(InputError) as e:
        load_bytes(raw, "akkoord.doc")
    assert ".docx of .pdf" in str(e.value)


def test_an_odt_text_box_and_note_are_blocks_of_their_own(tmp_path):
    from odfdo import Frame

    doc = OdfDocument("text")
    doc.body.clear()
    para = Paragraph("Onderwijs.")
    para.append(Frame.text_frame("We zorgen voor een jeugdhulpverlener op elke school.", size=("5cm", "2cm"),
                                 position=("0cm", "0cm")))
    doc.body.append(para)
    note = Paragraph("Financiën.")
    note.insert_note(after="Financiën.", note_id="n1", citation="1", body="Het jeugdhulpbudget wordt jaarlijks geïndexeerd.")
    doc.body.append(note)
    path = tmp_path / "akkoord.odt"
    doc.save(path)
    texts = [b.text for b in load(path).blocks]
    assert texts == ["Onderwijs.", "We zorgen voor een jeugdhulpverlener op elke school.", "Financiën.",
                     "Het jeugdhulpbudget wordt jaarlijks geïndexeerd."]
