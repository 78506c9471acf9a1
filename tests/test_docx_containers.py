"""Every container of a Word body is read (issue 18, class 2): content controls, tracked insertions
(as if accepted; deletions and moved-away text left out), tables inside table cells, text boxes
(once, not their VML copy), simple and complex fields, footnotes. The DOCX is written here as its
XML parts, so each container is real WordprocessingML."""
from __future__ import annotations

import pytest

from checker.ingest import load_bytes

from tests.builders import wordml_docx
from tests.builders import wp as p
from tests.builders import wr as r

SENTENCES = {
    "paragraph": "We versterken de wijkteams met extra gezinswerkers.",
    "content control": "We stoppen met aanbesteden van de jeugdzorg.",
    "tracked insertion": "Jongeren krijgen verlengde jeugdhulp tot 21 jaar.",
    "nested table": "We bouwen het aantal gesloten plekken af.",
    "text box": "We zorgen voor een jeugdhulpverlener op elke school.",
    "simple field": "We reserveren 3 procent van het jeugdbudget voor preventie.",
    "complex field": "De bibliotheek en het zwembad blijven open.",
    "footnote": "Het jeugdhulpbudget wordt jaarlijks geïndexeerd.",
}
DELETED = "Wij besteden de jeugdzorg opnieuw aan."


def body() -> str:
    s = SENTENCES
    text_box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
                '<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' + p(r(s["text box"])) +
                '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
                '</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + p(r(s["text box"])) +
                '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    return "".join([
        p(r("Jeugd"), style="Heading1"),
        p(r(s["paragraph"])),
        '<w:sdt><w:sdtPr><w:alias w:val="Afspraak"/></w:sdtPr><w:sdtContent>' + p(r(s["content control"])) +
        "</w:sdtContent></w:sdt>",
        p('<w:ins w:id="1" w:author="Onderhandelaar" w:date="2026-04-01T10:00:00Z">' + r(s["tracked insertion"]) +
          "</w:ins>", '<w:del w:id="2" w:author="Onderhandelaar" w:date="2026-04-01T10:00:00Z"><w:r><w:delText>'
          + DELETED + "</w:delText></w:r></w:del>"),
        "<w:tbl><w:tr><w:tc>" + p(r("Gesloten jeugdzorg")) + "</w:tc><w:tc><w:tbl><w:tr><w:tc>" +
        p(r(s["nested table"])) + "</w:tc></w:tr></w:tbl>" + p() + "</w:tc></w:tr></w:tbl>",
        p(r("Onderwijs."), text_box),
        p('<w:fldSimple w:instr=" DOCPROPERTY Preventie ">' + r(s["simple field"]) + "</w:fldSimple>"),
        p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF afspraak </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(s["complex field"]) +
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        p(r("Financiën."), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    ])


def build_docx() -> bytes:
    footnotes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 f'<w:footnote w:id="1">{p(r(SENTENCES["footnote"]))}</w:footnote>')
    return wordml_docx(body(), footnotes=footnotes)


@pytest.fixture(scope="module")
def doc():
    return load_bytes(build_docx(), "akkoord.docx")


@pytest.mark.parametrize("container", list(SENTENCES))
def test_the_text_of_every_container_is_read(doc, container):
    text = " ".join(b.text for b in doc.blocks)
    assert text.count(SENTENCES[container]) == 1, (container, [b.text for b in doc.blocks])


def test_deleted_text_and_field_codes_are_not_read(doc):
    text = " ".join(b.text for b in doc.blocks)
    assert DELETED not in text and "REF afspraak" not in text and "DOCPROPERTY" not in text


def test_a_text_box_is_a_block_of_its_own_and_a_footnote_follows_its_reference(doc):
    texts = [b.text for b in doc.blocks]
    assert SENTENCES["text box"] in texts  # not glued to "Onderwijs."
    assert texts.index(SENTENCES["footnote"]) == texts.index("Financiën.") + 1


def test_the_document_info_counts_what_was_read_per_kind(doc):
    counts = dict(doc.contents)
    for kind in ("paragraph", "content control", "text box", "footnote", "table row", "tracked insertion"):
        assert counts.get(kind, 0) >= 1, counts


def test_commitments_in_containers_count(checker, doc):
    statuses = {i.id: i.status for i in checker.check_document(doc).items}
    assert statuses["P02"] != "absent"  # in a content control
    assert statuses["P10"] != "absent"  # in a tracked insertion
    assert statuses["P07"] != "absent"  # in a text box
