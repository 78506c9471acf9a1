"""Every container of a Word body is read (issue 18, class 2): content controls, tracked insertions
(as if accepted; deletions and moved-away text left out), tables inside table cells, text boxes
(once, not their VML copy), simple and complex fields, footnotes. The DOCX is written here as its
XML parts, so each container is real WordprocessingML."""
from __future__ import annotations

import zipfile

import pytest

from checker.ingest import load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


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
    import io

    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 f'<w:footnote w:id="1">{p(r(SENTENCES["footnote"]))}</w:footnote></w:footnotes>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body()}'
                '<w:sectPr/></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                   "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   "</Relationships>")
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                   "</Relationships>")
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", footnotes)
    return buf.getvalue()


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
