"""OpenDocument text (ODT) with odfdo: headings, lists, paragraphs, tables, page breaks."""
from __future__ import annotations

import io

from odfdo import Document as OdfDocument

from checker.ingest.common import clean_text
from checker.models import Block

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _split_inline(el) -> tuple[str, list[str]]:
    """The paragraph's own text, and the texts of the text boxes and notes inside it (which
    `str(el)` would glue to its words: "Onderwijs.We zorgen ...")."""
    frames = el.get_elements("descendant::draw:text-box")
    notes = el.get_elements("descendant::text:note-body")
    if not frames and not notes:
        return str(el), []
    apart = [str(p) for box in frames for p in box.get_elements("descendant::text:p")]
    apart += [str(p) for body in notes for p in body.get_elements("descendant::text:p")]
    own = el.clone
    for inner in own.get_elements("descendant::draw:frame") + own.get_elements("descendant::text:note"):
        inner.delete()
    return str(own), apart


def read_odt(raw: bytes) -> tuple[list[Block], int | None]:
    """Blocks of an ODT; pages counted from soft and hard page breaks when present."""
    doc = OdfDocument(io.BytesIO(raw))
    body = doc.body
    out: list[tuple[int, str, str, int]] = []
    page = 1
    breaks = 0

    def walk(el, list_depth: int = 0) -> None:
        nonlocal page, breaks
        for child in el.children:
            tag = child.tag
            if tag == "text:soft-page-break":
                page += 1
                breaks += 1
            elif tag == "text:h":
                own, apart = _split_inline(child)
                text = " ".join(clean_text(own).split())
                if text:
                    lvl = child.get_attribute("text:outline-level")
                    out.append((page, "heading", text, int(lvl) if lvl and str(lvl).isdigit() else 1))
                _count_inner_breaks(child)
                _add_apart(apart)
            elif tag == "text:p":
                _count_inner_breaks(child)
                own, apart = _split_inline(child)
                text = " ".join(clean_text(own).split())
                if text:
                    out.append((page, "bullet" if list_depth else "paragraph", text, list_depth))
                _add_apart(apart)
            elif tag == "text:list":
                walk(child, list_depth + 1)
            elif tag in ("text:list-item", "text:section", "table:table-rows", "table:table-header-rows"):
                walk(child, list_depth)
            elif tag == "table:table":
                walk(child, 0)
            elif tag == "table:table-row":
                # one block per row, cells joined by " | " (as DOCX and text tables)
                cells = [" ".join(clean_text(str(c)).split()) for c in child.children if c.tag == "table:table-cell"]
                cells = [c for c in cells if c]
                if cells:
                    out.append((page, "table_row", " | ".join(cells), 0))

    def _add_apart(texts: list[str]) -> None:
        # a text box (frame) or a note is a block of its own, after the paragraph that holds it
        for t in texts:
            t = " ".join(clean_text(t).split())
            if t:
                out.append((page, "paragraph", t, 0))

    def _count_inner_breaks(el) -> None:
        nonlocal page, breaks
        n = len(el.get_elements("descendant::text:soft-page-break"))
        page += n
        breaks += n

    walk(body)
    has_pages = breaks > 0
    blocks = [Block(text=t, page=(p if has_pages else None), kind=k, order=i, level=lv)
              for i, (p, k, t, lv) in enumerate(out)]
    return blocks, (page if has_pages else None)
