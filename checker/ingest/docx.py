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


def _iter_body(doc: DocxDocument):
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, doc)
        elif child.tag == qn("w:tbl"):
            yield Table(child, doc)


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
    doc = docx.Document(io.BytesIO(raw))
    page = 1
    breaks = 0
    pending: list[tuple[int, str, str, int]] = []  # (page, kind, text, level)
    for el in _iter_body(doc):
        if isinstance(el, Paragraph):
            before, inside = _page_breaks(el)
            if before and pending:
                page += 1
                breaks += 1
            text = clean_text(el.text).strip()
            if text:
                level = _heading_level(el)
                depth = _is_list(el)
                if level:
                    pending.append((page, "heading", text, level))
                elif depth or BULLET_RE.match(text):
                    pending.append((page, "bullet", BULLET_RE.sub("", text, count=1).strip() or text, depth or 1))
                else:
                    pending.append((page, "paragraph", text, 0))
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
                    text = " ".join(clean_text(cell.text).split())
                    if text:
                        cells.append(text)
                if cells:
                    pending.append((page, "table_row", " | ".join(cells), 0))
    has_pages = breaks > 0
    blocks = [Block(text=t, page=(p if has_pages else None), kind=k, order=i, level=lv)
              for i, (p, k, t, lv) in enumerate(pending)]
    return blocks, (page if has_pages else None)
