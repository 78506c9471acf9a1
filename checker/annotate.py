"""Word in, Word out: a copy of a DOCX draft with a Word comment on each evidence passage and, for
each absent item, one at the heading of the chapter where it belongs.

The draft is checked as `check` would, then its original bytes are opened with python-docx and the
comments are added with its comment support (`Document.add_comment`, python-docx 1.2): author
"akkoordcheck", initials "AC". Everything else in the package, tracked changes included, is
written back as it was read.

An evidence passage is a sentence, bullet or table row of one block, so it is found again by its
text in the paragraph (or table row, or the paragraph referencing a footnote) that holds it,
compared on letters and digits alone; what cannot be found is returned in `Annotated.unplaced`,
never silently dropped.
"""
from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from checker.errors import InputError, OutputError
from checker.models import STATUS_LABELS_NL, Block, Document, ItemScore, Report

AUTHOR = "akkoordcheck"
INITIALS = "AC"
SUFFIX = "geannoteerd.docx"
NOT_DOCX = "annotate leest alleen .docx; sla het concept op als .docx"


@dataclass(frozen=True)
class Annotation:
    """One comment written into the copy."""

    item_id: str
    kind: str  # "evidence" or "absent"
    text: str  # the comment's text
    anchor: str  # the text of the paragraph (or table cell) it is anchored on


@dataclass(frozen=True)
class Annotated:
    """The annotated copy and what went into it."""

    data: bytes
    comments: tuple[Annotation, ...]
    unplaced: tuple[tuple[str, str], ...]  # (item id, evidence text) found nowhere in the DOCX


@dataclass
class _Unit:
    """A place a passage can be in: a paragraph, or a table row, with the elements a comment can
    be anchored on."""

    key: str  # letters and digits of its text, folded
    paragraphs: list  # w:p elements holding the text (one, or the cells' paragraphs)
    cells: list[tuple[str, list]]  # (key, w:p elements) per cell, for a table row
    heading: bool = False
    anchor: str = ""  # the key of the text a comment is anchored on, where it is not `key` (a footnote)


def _key(text: str) -> str:
    """A text reduced to its letters and digits, case and accents folded: the same passage whatever
    the white space, bullet signs, quotes or dashes around it."""
    from checker.ingest.common import clean_text

    folded = unicodedata.normalize("NFKD", clean_text(text).casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def _units(doc, changes: str) -> list[_Unit]:
    """Paragraphs and table rows of the body in reading order, as the ingest reads them."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    from checker.ingest.docx import (_cell_text, _heading_level, footnotes, iter_body, not_inline, note_refs,
                                     paragraph_text, text_boxes)

    notes = footnotes(doc, changes)
    skip = not_inline(changes)
    units: list[_Unit] = []
    for el in iter_body(doc, changes=changes):
        if isinstance(el, Paragraph):
            text = paragraph_text(el._p, changes)
            units.append(_Unit(_key(text), [el._p], [], heading=bool(_heading_level(el))))
            for box_p in text_boxes(el._p):
                units.append(_Unit(_key(paragraph_text(box_p, changes)), [box_p], []))
            for ref in note_refs(el._p):
                # a footnote's passage is marked where the note is referenced: python-docx writes
                # comments in the body only
                units.append(_Unit(_key(" ".join(notes.get(ref, ()))), [el._p], [], anchor=_key(text)))
            continue
        for row in el.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                ps = [p for p in cell._tc.iter(qn("w:p")) if not any(a.tag in skip for a in p.iterancestors())]
                cells.append((_key(_cell_text(cell._tc, changes)), ps))
            units.append(_Unit("".join(k for k, _ in cells), [p for _, ps in cells for p in ps], cells))
    return units


def _runs(paragraphs: list, changes: str) -> list:
    """The w:r elements a comment can be anchored on: text of this reading, not a comment mark."""
    from docx.oxml.ns import qn

    from checker.ingest.docx import not_inline

    skip = not_inline(changes)
    found = []
    for p in paragraphs:
        for r in p.iter(qn("w:r")):
            if r.find(qn("w:commentReference")) is not None:
                continue
            a = r.getparent()
            while a is not None and a is not p and a.tag not in skip:
                a = a.getparent()
            if a is p:
                found.append(r)
    return found


def _find(units: list[_Unit], text: str) -> _Unit | None:
    """The first unit that holds the passage; else the closest one, if close enough (a passage the
    ingest cleaned up more than `_key` undoes)."""
    key = _key(text)
    if not key:
        return None
    for u in units:
        if key in u.key:
            return u
    from rapidfuzz import fuzz

    best = max(units, key=lambda u: fuzz.partial_ratio(key, u.key), default=None)
    if best is not None and len(key) >= 20 and fuzz.partial_ratio(key, best.key) >= 90:
        return best
    return None


def _anchor_paragraphs(unit: _Unit, matched: str) -> tuple[list, str]:
    """The paragraphs to anchor on in a unit, and their key: in a table row the cell with the
    matched words (else the first cell with text)."""
    if not unit.cells:
        return unit.paragraphs, unit.anchor or unit.key
    want = _key(matched)
    filled = [c for c in unit.cells if c[0]]
    cell = next((c for c in filled if want and want in c[0]), filled[0] if filled else unit.cells[0])
    return cell[1], cell[0]


def _evidence_comment(item: ItemScore, aspect: str, cue: str | None) -> str:
    head = f"{AUTHOR} · {item.id} {STATUS_LABELS_NL[item.status]}: {item.title}"
    lines = [head, f"Deze passage: {aspect}" + (f" (signaalwoord: ‘{cue}’)" if cue else "") + "."]
    if item.status != "covered":
        if item.missing:
            lines.append(f"Wat ontbreekt: {item.missing}")
        lines.append(f"Tekstsuggestie: {item.suggestion}")
    return "\n".join(lines)


def _absent_comment(item: ItemScore, where: str) -> str:
    lines = [f"{AUTHOR} · {item.id} {STATUS_LABELS_NL['absent']}: {item.title}", where]
    if item.missing:
        lines.append(f"Wat ontbreekt: {item.missing}")
    lines.append(f"Tekstsuggestie: {item.suggestion}")
    return "\n".join(lines)


def _chapters(blocks: tuple[Block, ...]) -> list[tuple[Block, str]]:
    """Each heading block but the document's title, with its heading path as one text."""
    from checker.segment import title_heading

    title = title_heading(blocks)
    stack: list[tuple[int, str]] = []
    out = []
    for b in blocks:
        if b.kind != "heading" or b is title:
            continue
        while stack and stack[-1][0] >= b.level:
            stack.pop()
        stack.append((b.level, b.text))
        out.append((b, " · ".join(t for _, t in stack)))
    return out


class Chapters:
    """Where an absent item belongs: the first chapter whose heading path holds the item's own
    words (its keywords, topic words and the terms of its core aspect in rules/items.yaml; not the
    other aspects', which name partners such as "onderwijs"), else the first of the social domain
    (the cue lexicon's domain words), else None: the start of the document."""

    def __init__(self, report: Report, checker) -> None:
        from checker.nlp import views

        self.checker = checker
        self.chapters = _chapters(report.document.blocks)
        self.views = views(checker.matcher.pipeline, [path for _, path in self.chapters])

    def of(self, item_id: str) -> Block | None:
        rule = self.checker.ruleset.item(item_id)
        words = self.checker.matcher.phrases(list(dict.fromkeys(
            [*rule.keywords, *rule.topic, *rule.aspects[0].terms])))
        for (block, _), view in zip(self.chapters, self.views):
            if words.any_alone(view):
                return block
        for (block, _), view in zip(self.chapters, self.views):
            if self.checker.matcher.domain.any(view):
                return block
        return None


def annotate_docx(raw: bytes, report: Report, checker, changes: str = "accepted") -> Annotated:
    """The draft's bytes with a comment per evidence passage of the report and per absent item."""
    import docx
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    doc = docx.Document(io.BytesIO(raw))
    units = _units(doc, changes)
    comments: list[Annotation] = []
    unplaced: list[tuple[str, str]] = []

    def add(item_id: str, kind: str, paragraphs: list, anchor_key: str, text: str) -> bool:
        runs = _runs(paragraphs, changes)
        if not runs:
            return False
        para = Paragraph(paragraphs[0], doc._body)
        doc.add_comment([Run(runs[0], para), Run(runs[-1], para)], text=text, author=AUTHOR, initials=INITIALS)
        comments.append(Annotation(item_id, kind, text, anchor_key))
        return True

    for item in report.items:
        for ev in item.evidence:
            unit = _find(units, ev.text)
            if unit is not None:
                paragraphs, key = _anchor_paragraphs(unit, ev.matched)
                if add(item.id, "evidence", paragraphs, key, _evidence_comment(item, ev.aspect, ev.cue)):
                    continue
            unplaced.append((item.id, ev.text))
    first = next((u for u in units if _runs(u.paragraphs, changes)), None)
    chapters = Chapters(report, checker)
    for item in report.items:
        if item.status != "absent":
            continue
        block = chapters.of(item.id)
        unit = next((u for u in units if u.heading and block is not None and u.key == _key(block.text)), None)
        if unit is None and block is not None:
            unit = _find(units, block.text)
        where = (f"Het akkoord zegt hier niets over; dit punt hoort het meest bij ‘{block.text}’."
                 if unit is not None else "Het akkoord zegt nergens iets over dit punt.")
        unit = unit or first
        if unit is None or not add(item.id, "absent", unit.paragraphs, unit.key, _absent_comment(item, where)):
            unplaced.append((item.id, ""))
    out = io.BytesIO()
    doc.save(out)
    return Annotated(out.getvalue(), tuple(comments), tuple(unplaced))


def output_path(path: Path, out_dir: Path) -> Path:
    """`<out>/<stem>.geannoteerd.docx`, refused where it would be the input itself."""
    from checker.report.naming import refuse_overwriting_inputs

    refuse_overwriting_inputs([path], [path.stem], [SUFFIX], out_dir)
    return out_dir / f"{path.stem}.{SUFFIX}"


def read_draft(path: Path, changes: str = "accepted", max_pages: int | None = None) -> tuple[bytes, Document]:
    """The bytes of a DOCX draft and the document read from them; InputError for what is not a DOCX."""
    import hashlib

    from checker.ingest import DEFAULT_MAX_PAGES, display_name, load

    document = load(path, max_pages=max_pages or DEFAULT_MAX_PAGES, changes=changes)
    if document.format != "docx":
        raise InputError(f"{display_name(Path(path).name)}: {NOT_DOCX}.",
                         hint="Gebruik 'akkoordcheck check' voor een PDF, ODT of tekstbestand.")
    raw = Path(path).read_bytes()
    if hashlib.sha256(raw).hexdigest() != document.sha256:
        raise InputError(f"{display_name(Path(path).name)} veranderde terwijl het gelezen werd.",
                         hint="Sla het concept op en probeer het opnieuw.")
    return raw, document


def annotate_file(path: Path, out_dir: Path, make_checker, changes: str = "accepted",
                  max_pages: int | None = None) -> tuple[Path, Report, Annotated]:
    """Check a DOCX draft and write its annotated copy into `out_dir` (atomically; never over the
    input). `make_checker()` gives the Checker, called only once the draft is known to be readable.
    Raises InputError for what is not a DOCX, OutputError for an unwritable folder."""
    from checker.report import atomic_write

    target = output_path(Path(path), Path(out_dir))
    raw, document = read_draft(path, changes, max_pages)
    checker = make_checker()
    report = checker.check_document(document)
    annotated = annotate_docx(raw, report, checker, changes)
    try:
        atomic_write(target, annotated.data)
    except OSError as e:
        raise OutputError(f"Kan niet schrijven in {out_dir}: {e.strerror}.",
                          hint="Kies een andere map met --out.") from e
    return target, report, annotated
