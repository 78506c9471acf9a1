"""Word (DOCX) with python-docx: heading styles, list paragraphs, tables, explicit page breaks."""
from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from checker.ingest.common import BULLET_RE, clean_text
from checker.models import Block


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# containers whose children are body content: content controls (templates, cover pages, tables of
# contents), custom XML, inserted or moved-in blocks
_TRANSPARENT = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:ins"), qn("w:moveTo")}
# text that is not the agreement's (as if all tracked changes were accepted: deletions and the old
# place of moved text out), or is read as blocks of its own (text boxes)
_NOT_INLINE = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), _MC_FALLBACK}


def _iter_body(doc: DocxDocument, parent=None):
    """Paragraphs and tables of the body in reading order, also inside content controls."""
    for child in (parent if parent is not None else doc.element.body).iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, doc)
        elif child.tag == qn("w:tbl"):
            yield Table(child, doc)
        elif child.tag in _TRANSPARENT:
            yield from _iter_body(doc, child)


def paragraph_text(p_el) -> str:
    """The text of a w:p as Word shows it with all changes accepted: runs, hyperlinks, fields
    (simple and complex: their results), inline content controls, smart tags and insertions; not
    deletions, field codes, or the text of text boxes anchored in it (`text_boxes`)."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_INLINE:
                continue
            if tag == qn("w:t"):
                out.append(child.text or "")
            elif tag in (qn("w:tab"), qn("w:ptab")):
                out.append("\t")
            elif tag in (qn("w:br"), qn("w:cr")):
                out.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                out.append("-")
            elif tag == qn("w:p"):
                walk(child)
                out.append("\n")
            else:
                walk(child)

    walk(p_el)
    return "".join(out)


def text_boxes(p_el) -> list:
    """The paragraphs of the text boxes anchored in a w:p (once: not the VML fallback copy)."""
    found = []
    for box in p_el.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue
        found.extend(box.iter(qn("w:p")))
    return found


def _footnotes(doc: DocxDocument) -> dict[str, list[str]]:
    """Footnote and endnote texts by id, from their own parts."""
    from lxml import etree

    notes: dict[str, list[str]] = {}
    for rel in doc.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/footnotes", "/endnotes")):
            continue
        root = etree.fromstring(rel.target_part.blob)
        kind = "footnote" if rel.reltype.endswith("/footnotes") else "endnote"
        for note in root.iter(qn(f"w:{kind}")):
            if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            texts = [" ".join(paragraph_text(p).split()) for p in note.iter(qn("w:p"))]
            notes[f"{kind}:{note.get(qn('w:id'))}"] = [t for t in texts if t]
    return notes


def _note_refs(p_el) -> list[str]:
    refs = [f"footnote:{r.get(qn('w:id'))}" for r in p_el.iter(qn("w:footnoteReference"))]
    return refs + [f"endnote:{r.get(qn('w:id'))}" for r in p_el.iter(qn("w:endnoteReference"))]


def _cell_text(tc) -> str:
    """All text of a table cell, nested tables and content controls included."""
    texts = []
    for p in tc.iter(qn("w:p")):
        if any(a.tag in _NOT_INLINE for a in p.iterancestors()):
            continue
        texts.append(paragraph_text(p))
    return " ".join(clean_text(" ".join(texts)).split())


def _page_breaks(p: Paragraph) -> tuple[bool, int]:
    """(break before the paragraph, breaks inside it) from explicit page breaks."""
    before = bool(p._p.xpath("./w:pPr/w:pageBreakBefore"))
    inside = len(p._p.xpath(".//w:br[@w:type='page']"))
    return before, inside


def _heading_level(p: Paragraph) -> int:
    name = (p.style.name if p.style is not None else "") or ""
    low = name.lower()
    if low == "title" or low == "titel":
        return 1
    for prefix in ("heading ", "kop "):
        if low.startswith(prefix) and low[len(prefix):].strip().isdigit():
            return int(low[len(prefix):])
    outline = p._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    if outline and outline[0].isdigit() and int(outline[0]) < 9:
        return int(outline[0]) + 1
    return 0


def _is_list(p: Paragraph) -> int:
    if p._p.xpath("./w:pPr/w:numPr"):
        lvl = p._p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
        return 1 + (int(lvl[0]) if lvl and lvl[0].isdigit() else 0)
    name = ((p.style.name if p.style is not None else "") or "").lower()
    if "list" in name or "lijst" in name:
        return 1
    return 0


def read_docx(raw: bytes) -> tuple[list[Block], int | None]:
    """Blocks of a DOCX; pages only when the document has explicit page breaks."""
    blocks, pages, _ = read_docx_counted(raw)
    return blocks, pages


def read_docx_counted(raw: bytes) -> tuple[list[Block], int | None, dict[str, int]]:
    """`read_docx`, and how many blocks came from each kind of container (paragraph, table row,
    content control, text box, footnote, tracked insertion), for the document info."""
    doc = docx.Document(io.BytesIO(raw))
    notes = _footnotes(doc)
    counts: dict[str, int] = {}
    page = 1
    breaks = 0
    pending: list[tuple[int, str, str, int]] = []  # (page, kind, text, level)

    def count(kind: str) -> None:
        counts[kind] = counts.get(kind, 0) + 1

    def add_plain(text: str, kind: str) -> None:
        text = " ".join(clean_text(text).split())
        if text:
            pending.append((page, "paragraph", text, 0))
            count(kind)

    for el in _iter_body(doc):
        if isinstance(el, Paragraph):
            before, inside = _page_breaks(el)
            if before and pending:
                page += 1
                breaks += 1
            text = clean_text(paragraph_text(el._p)).strip()
            if text:
                level = _heading_level(el)
                depth = _is_list(el)
                if level:
                    pending.append((page, "heading", " ".join(text.split()), level))
                elif depth or BULLET_RE.match(text):
                    pending.append((page, "bullet", BULLET_RE.sub("", text, count=1).strip() or text, depth or 1))
                else:
                    pending.append((page, "paragraph", text, 0))
                count("content control" if any(a.tag == qn("w:sdt") for a in el._p.iterancestors())
                      else "tracked insertion" if el._p.find(f"{_W}r") is None and el._p.find(f".//{_W}ins") is not None
                      else "paragraph")
            for box_p in text_boxes(el._p):
                add_plain(paragraph_text(box_p), "text box")  # a text box is a block of its own
            for ref in _note_refs(el._p):
                for note in notes.pop(ref, ()):
                    add_plain(note, "footnote")  # read where it is referenced
            page += inside
            breaks += inside
        else:
            # one block per row, its cells joined by " | " as in a text file's table: a row
            # ("Verlengde jeugdhulp 18-23 jaar | 120 | 120") is the unit that says something
            for row in el.rows:
                seen = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue  # merged cells repeat
                    seen.add(id(cell._tc))
                    text = _cell_text(cell._tc)
                    if text:
                        cells.append(text)
                if cells:
                    pending.append((page, "table_row", " | ".join(cells), 0))
                    count("table row")
    for texts in notes.values():  # notes never referenced in the body: at the end
        for note in texts:
            add_plain(note, "footnote")
    has_pages = breaks > 0
    blocks = [Block(text=t, page=(p if has_pages else None), kind=k, order=i, level=lv)
              for i, (p, k, t, lv) in enumerate(pending)]
    return blocks, (page if has_pages else None), counts
