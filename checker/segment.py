"""Segment: blocks -> sentences, bullet items and headings, with page, heading path and offsets."""
from __future__ import annotations

import re

from checker.genre import bracket_depths, section_kind
from checker.models import Block, Document, Segment, Segmented

# Dutch abbreviations that end in a full stop but do not end a sentence
ABBREVIATIONS = {
    "o.a", "bijv", "bv", "b.v", "m.b.t", "t.a.v", "i.p.v", "i.v.m", "e.d", "e.a", "etc", "d.w.z", "z.s.m",
    "nr", "blz", "p", "pag", "art", "dhr", "mevr", "mr", "dr", "drs", "ir", "ing", "prof", "jl", "resp",
    "ca", "incl", "excl", "max", "min", "mln", "mld", "mrd", "t/m", "vs", "evt", "m.n", "o.b.v", "c.q",
    "n.a.v", "t.b.v", "m.u.v", "a.s", "j.l", "st", "tel", "zgn", "zg", "vgl", "okt", "sept", "febr", "aug",
}
# a sentence end: its punctuation and any closing quote or bracket, then white space before a
# capital, digit or bullet. (Opening with the punctuation, not with a look-behind for it, makes the
# regex engine look only where a sentence can end: twice as fast.)
_SPLIT = re.compile(r"[.!?]([\"')\]]?)\s+(?=[\"'(\[]?[A-ZÀ-Ý0-9•])")
# A "sentence" longer than this is text without full stops (a table, a list run together, a bad
# extraction); it is cut at a clause or word boundary so that no passage grows without bound.
MAX_SENTENCE_CHARS = 1500


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text`, aware of Dutch abbreviations."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SPLIT.finditer(text):
        head = text[start:m.start() + 1]  # up to the punctuation
        # the word before the full stop (searched from the end: a regex scans the whole sentence)
        last = head.rsplit(None, 1)[-1][:-1] if head.endswith(".") else ""
        if last:
            word = last.lower().lstrip("(\"'")
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        if len(head) < 3:
            continue
        spans.append((start, m.end(1)))  # with its closing quote or bracket: 'zei: "Ja."'
        start = m.end()
    tail = text[start:].rstrip()
    if tail:
        spans.append((start, start + len(tail)))
    return [piece for span in spans for piece in _cap(text, *span)]


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long span at the last ';' or ',' (else space) before the limit, repeatedly."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start:start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE_CHARS // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS - 1
        pieces.append((start, start + cut + 1))
        start += cut + 1
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


_YEARS_ONLY = re.compile(r"^\D*(?:(?:19|20)\d\d\D*)*$")


def _is_label_row(text: str) -> bool:
    """A table row that labels the rows below it: no amounts, or only years ("Ombuigingen 2027 2028")."""
    return bool(_YEARS_ONLY.match(text))


def title_heading(blocks: tuple[Block, ...]) -> Block | None:
    """The document's title: its first heading, when it is the only heading at the top level and
    others follow below it ("# Samen bouwen aan een stad die zorgt", then "## 1. Bestuur", ...)."""
    headings = [b for b in blocks if b.kind == "heading"]
    if len(headings) < 3:
        return None
    first = headings[0]
    if sum(1 for h in headings if h.level <= first.level) == 1 and any(h.level > first.level for h in headings):
        return first
    return None


def segment(document: Document) -> Segmented:
    """Cut a document into segments; bullets inherit the lead-in sentence that introduces them."""
    parts: list[str] = []
    segments: list[Segment] = []
    heading_stack: list[tuple[int, str]] = []
    offset = 0
    lead_in: str | None = None
    last_kind: str | None = None

    path: tuple[str, ...] = ()  # the heading stack's texts, remade only when a heading comes

    depth = 0  # square brackets open at the current point (draft notes over several sentences)
    table_label: str | None = None  # a table's header row (or a section row) labels the rows below it
    in_table = False

    def add(text: str, page, kind, start, end, lead, order=-1):
        nonlocal depth
        opened, depth = bracket_depths(text, depth)
        segments.append(Segment(index=len(segments), text=text, page=page, kind=kind,
                                heading_path=path, start=start, end=end, lead_in=lead, block=order,
                                draft_open=opened > 0))

    title = title_heading(document.blocks)
    for block in document.blocks:
        text = block.text
        base = offset
        parts.append(text)
        offset += len(text) + 2  # blocks are joined by a blank line
        depth = 0  # a draft note does not run over into the next block
        if block.kind != "table_row":
            table_label = None
            in_table = False
        if block.kind == "toc":
            add(text, block.page, "toc", base, base + len(text), None, block.order)
            continue
        if block.kind == "table_row":
            if not in_table or (" | " not in text and _is_label_row(text)):
                table_label = text  # the header row, or a section row ("Ombuigingen en dekking 2027 2028")
            in_table = True
            add(text, block.page, "row", base, base + len(text), table_label if table_label != text else None,
                block.order)
            continue
        if block.kind == "heading":
            while heading_stack and (heading_stack[-1][0] >= block.level
                                     or section_kind((heading_stack[-1][1],)) == "toc"):
                heading_stack.pop()  # (a table of contents ends at the first heading after it)
            path = tuple(h for _, h in heading_stack)
            depth = 0
            add(text, block.page, "heading", base, base + len(text), None, block.order)
            if block is not title:  # the document's title heads everything and says nothing of a part
                heading_stack.append((block.level, text))
            path = tuple(h for _, h in heading_stack)
            lead_in = None
            last_kind = "heading"
            continue
        if block.kind == "bullet":
            # a bullet that holds several sentences is split, each keeping the lead-in
            for s, e in split_sentences(text):
                add(text[s:e], block.page_at(s), "bullet", base + s, base + e, lead_in, block.order)
            last_kind = "bullet"
            continue
        sentences = split_sentences(text)
        for s, e in sentences:
            add(text[s:e], block.page_at(s), "sentence", base + s, base + e, None, block.order)
        # the last sentence of a paragraph that ends with ":" introduces the next bullets;
        # a paragraph after bullets ends the list
        if sentences and text.rstrip().endswith(":"):
            s, e = sentences[-1]
            lead_in = text[s:e]
        else:
            lead_in = None
        last_kind = block.kind
    return Segmented(document=document, text="\n\n".join(parts), segments=tuple(segments))
