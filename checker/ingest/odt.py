"""OpenDocument text (ODT) with odfdo: headings, lists, paragraphs, tables, page breaks."""
from __future__ import annotations

import io

from odfdo import Document as OdfDocument

from checker.ingest.common import clean_text
from checker.models import Block

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


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
                text = clean_text(str(child)).strip()
                if text:
                    lvl = child.get_attribute("text:outline-level")
                    out.append((page, "heading", text, int(lvl) if lvl and str(lvl).isdigit() else 1))
                _count_inner_breaks(child)
            elif tag == "text:p":
                _count_inner_breaks(child)
                text = " ".join(clean_text(str(child)).split())
                if text:
                    out.append((page, "bullet" if list_depth else "paragraph", text, list_depth))
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
