"""Word (DOCX) with python-docx: heading styles, list paragraphs, tables, explicit page breaks."""
from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from checker.ingest import CHANGES
from checker.ingest.common import BULLET_RE, clean_text
from checker.models import Block


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# containers whose children are body content: content controls (templates, cover pages, tables of
# contents), custom XML; and the tracked changes that the reading keeps (below)
_CONTAINERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}
# tracked changes: what was inserted (or moved here) and what was deleted (or moved away)
_INSERTED = {qn("w:ins"), qn("w:moveTo")}
_DELETED = {qn("w:del"), qn("w:moveFrom")}
# text that is never the paragraph's own: text boxes are read as blocks of their own, and the VML
# fallback copy of a drawing not at all
_ELSEWHERE = {qn("w:txbxContent"), _MC_FALLBACK}


def _kept(changes: str) -> set[str]:
    """The tracked-change containers whose text a reading keeps: insertions when all changes are
    accepted, deletions when all are rejected (`original`)."""
    return _DELETED if changes == "original" else _INSERTED


def not_inline(changes: str) -> set[str]:
    """What a paragraph's text leaves out in this reading: the other side's changes, text boxes."""
    return (_INSERTED if changes == "original" else _DELETED) | _ELSEWHERE


def iter_body(doc: DocxDocument, parent=None, changes: str = "accepted"):
    """Paragraphs and tables of the body in reading order, also inside content controls (and
    inside the tracked changes the reading keeps)."""
    transparent = _CONTAINERS | _kept(changes)
    for child in (parent if parent is not None else doc.element.body).iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, doc)
        elif child.tag == qn("w:tbl"):
            yield Table(child, doc)
        elif child.tag in transparent:
            yield from iter_body(doc, child, changes)


def paragraph_text(p_el, changes: str = "accepted") -> str:
    """The text of a w:p as Word shows it with all changes accepted: runs, hyperlinks, fields
    (simple and complex: their results), inline content controls, smart tags and insertions; not
    deletions, field codes, or the text of text boxes anchored in it (`text_boxes`).

    `changes="original"`: as if all changes were rejected, the deleted text (`w:delText`) in and
    the inserted text out."""
    out: list[str] = []
    skip = not_inline(changes)

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in skip:
                continue
            if tag == qn("w:t") or tag == qn("w:delText"):  # (delText only inside a kept deletion)
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


def _parts(doc: DocxDocument, *kinds: str) -> list[tuple[str, object]]:
    """(kind, XML root) of the document's related parts of these kinds (footnotes, endnotes,
    comments)."""
    from lxml import etree

    found = []
    for rel in doc.part.rels.values():
        if rel.is_external:
            continue
        for kind in kinds:
            if rel.reltype.endswith(f"/{kind}"):
                found.append((kind, etree.fromstring(rel.target_part.blob)))
    return found


def footnotes(doc: DocxDocument, changes: str = "accepted") -> dict[str, list[str]]:
    """Footnote and endnote texts by id, from their own parts."""
    notes: dict[str, list[str]] = {}
    for part, root in _parts(doc, "footnotes", "endnotes"):
        kind = part[:-1]
        for note in root.iter(qn(f"w:{kind}")):
            if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            texts = [" ".join(paragraph_text(p, changes).split()) for p in note.iter(qn("w:p"))]
            notes[f"{kind}:{note.get(qn('w:id'))}"] = [t for t in texts if t]
    return notes


def note_refs(p_el) -> list[str]:
    """The footnotes and endnotes a w:p references, as keys of `footnotes`."""
    refs = [f"footnote:{r.get(qn('w:id'))}" for r in p_el.iter(qn("w:footnoteReference"))]
    return refs + [f"endnote:{r.get(qn('w:id'))}" for r in p_el.iter(qn("w:endnoteReference"))]


def _cell_text(tc, changes: str = "accepted") -> str:
    """All text of a table cell, nested tables and content controls included."""
    texts = []
    skip = not_inline(changes)
    for p in tc.iter(qn("w:p")):
        if any(a.tag in skip for a in p.iterancestors()):
            continue
        texts.append(paragraph_text(p, changes))
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


def read_docx(raw: bytes, changes: str = "accepted") -> tuple[list[Block], int | None]:
    """Blocks of a DOCX; pages only when the document has explicit page breaks."""
    blocks, pages, _ = read_docx_counted(raw, changes)
    return blocks, pages


def _mark_removed(p_el, changes: str) -> bool:
    """Whether this reading removes the paragraph's mark (a tracked deletion of it when accepted, a
    tracked insertion of it when rejected): its text then runs on into the next paragraph."""
    change = "w:ins" if changes == "original" else "w:del"
    return bool(p_el.xpath(f"./w:pPr/w:rPr/{change}"))


def count_changes(root) -> dict[str, int]:
    """Tracked insertions, deletions and moves in a part (of paragraph marks too)."""
    counts = {"insertion": len(root.findall(f".//{_W}ins")), "deletion": len(root.findall(f".//{_W}del")),
              "move": len(root.findall(f".//{_W}moveTo"))}
    return {k: v for k, v in counts.items() if v}


def changes_warning(contents: dict[str, int], changes: str) -> str | None:
    """The Dutch warning for a document with tracked changes: how many, and how it was read."""
    parts = [f"{n} {word if n == 1 else plural}" for key, word, plural in (
        ("insertion", "invoeging", "invoegingen"), ("deletion", "verwijdering", "verwijderingen"),
        ("move", "verplaatsing", "verplaatsingen")) if (n := contents.get(key, 0))]
    if not parts:
        return None
    found = f"Dit document bevat bijgehouden wijzigingen ({', '.join(parts)}); "
    if changes == "original":
        return (found + "gelezen alsof alle wijzigingen zijn geweigerd (--changes original): de tekst zonder de "
                "wijzigingen. Laat --changes original weg voor de tekst met alle wijzigingen geaccepteerd.")
    return (found + "gelezen alsof alle wijzigingen zijn geaccepteerd. Gebruik --changes original voor de tekst "
            "zonder wijzigingen.")


def read_docx_counted(raw: bytes, changes: str = "accepted") -> tuple[list[Block], int | None, dict[str, int]]:
    """`read_docx`, and how many blocks came from each kind of container (paragraph, table row,
    content control, text box, footnote, tracked insertion), for the document info; with the
    number of tracked insertions, deletions and moves and of comments (which are not read: a
    comment is a reviewer's note, not agreement text).

    `changes`: read as if all tracked changes were accepted (insertions in, deletions out, moved
    text once, at its new place), or, `original`, as if all were rejected."""
    if changes not in CHANGES:
        raise ValueError(f"changes must be one of {CHANGES}, not {changes!r}")
    doc = docx.Document(io.BytesIO(raw))
    notes = footnotes(doc, changes)
    counts: dict[str, int] = {}
    page = 1
    breaks = 0
    pending: list[tuple[int, str, str, int]] = []  # (page, kind, text, level)
    carry = ""  # the text of paragraphs whose mark this reading removes, run on into the next

    def count(kind: str, n: int = 1) -> None:
        counts[kind] = counts.get(kind, 0) + n

    def add_plain(text: str, kind: str) -> None:
        text = " ".join(clean_text(text).split())
        if text:
            pending.append((page, "paragraph", text, 0))
            count(kind)

    for el in iter_body(doc, changes=changes):
        if isinstance(el, Paragraph):
            before, inside = _page_breaks(el)
            if before and pending:
                page += 1
                breaks += 1
            text = clean_text(paragraph_text(el._p, changes)).strip()
            if _mark_removed(el._p, changes):
                carry = f"{carry} {text}".strip()
                text = ""
            elif carry:
                text, carry = f"{carry} {text}".strip(), ""
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
                      else "tracked insertion" if changes == "accepted" and el._p.find(f"{_W}r") is None
                      and el._p.find(f".//{_W}ins") is not None
                      else "paragraph")
            for box_p in text_boxes(el._p):
                add_plain(paragraph_text(box_p, changes), "text box")  # a text box is a block of its own
            for ref in note_refs(el._p):
                for note in notes.pop(ref, ()):
                    add_plain(note, "footnote")  # read where it is referenced
            page += inside
            breaks += inside
        else:
            if carry:  # a paragraph run on into a table: it ends there
                add_plain(carry, "paragraph")
                carry = ""
            # one block per row, its cells joined by " | " as in a text file's table: a row
            # ("Verlengde jeugdhulp 18-23 jaar | 120 | 120") is the unit that says something
            for row in el.rows:
                seen = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue  # merged cells repeat
                    seen.add(id(cell._tc))
                    text = _cell_text(cell._tc, changes)
                    if text:
                        cells.append(text)
                if cells:
                    pending.append((page, "table_row", " | ".join(cells), 0))
                    count("table row")
    if carry:
        add_plain(carry, "paragraph")
    for texts in notes.values():  # notes never referenced in the body: at the end
        for note in texts:
            add_plain(note, "footnote")
    for root in [doc.element.body, *(r for _, r in _parts(doc, "footnotes", "endnotes"))]:
        for kind, n in count_changes(root).items():
            count(kind, n)
    comments = sum(len(root.findall(f"{_W}comment")) for _, root in _parts(doc, "comments"))
    if comments:
        count("comment", comments)
    has_pages = breaks > 0
    blocks = [Block(text=t, page=(p if has_pages else None), kind=k, order=i, level=lv)
              for i, (p, k, t, lv) in enumerate(pending)]
    return blocks, (page if has_pages else None), counts
