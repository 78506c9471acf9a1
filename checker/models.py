"""Records that flow through the pipeline: ingest -> segment -> match -> score -> report.

Every stage takes the previous stage's records and returns its own; all are frozen.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "bullet", "paragraph", "table_cell", "table_row", "toc"]
SegmentKind = Literal["heading", "bullet", "sentence", "row", "toc"]
Status = Literal["covered", "partial", "mentioned", "absent", "contradicted"]
Commitment = Literal["firm", "intent", "weak"]

STATUSES: tuple[Status, ...] = ("covered", "partial", "mentioned", "absent", "contradicted")
STATUS_LABELS_NL = {
    "covered": "Overgenomen",
    "partial": "Gedeeltelijk",
    "mentioned": "Alleen genoemd",
    "absent": "Ontbreekt",
    "contradicted": "Tegenstrijdig",
}
STATUS_LABELS_EN = {
    "covered": "Covered",
    "partial": "Partial",
    "mentioned": "Mentioned only",
    "absent": "Absent",
    "contradicted": "Contradicted",
}
# beside every colour, so that no status is told by colour alone (reports, workbook, serve)
STATUS_SYMBOLS = {"covered": "✓", "partial": "½", "mentioned": "~", "absent": "–", "contradicted": "✗"}
COMMITMENT_LABELS_NL = {"firm": "stevig", "intent": "voornemen", "weak": "zwak", None: "geen"}


@dataclass(frozen=True)
class Block:
    """A unit of layout from a file: a heading, bullet, paragraph or table cell on one page."""

    text: str
    page: int | None
    kind: BlockKind
    order: int
    level: int = 0  # heading level (1 = top) or bullet depth
    # a paragraph that runs over a page break: (offset in `text`, page) where each later page starts
    page_starts: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The page of the character at `offset` of the text."""
        page = self.page
        for start, p in self.page_starts:
            if offset >= start:
                page = p
        return page


@dataclass(frozen=True)
class Document:
    """An ingested file: its blocks plus what a report says about the file."""

    name: str
    path: str
    format: str
    pages: int | None
    blocks: tuple[Block, ...]
    sha256: str
    warnings: tuple[str, ...] = ()
    # blocks read per kind of container where the format has several (DOCX: paragraph, table row,
    # content control, text box, footnote, tracked insertion); for a DOCX also the tracked changes
    # found (insertion, deletion, move) and the comments left out (comment)
    contents: tuple[tuple[str, int], ...] = ()
    # the printed page label of each physical page (PDF page labels: "iii", "12", "B-3"), where
    # the file has them: index 0 is page 1
    page_labels: tuple[str, ...] = ()

    def page_label(self, page: int | None) -> str | None:
        """The printed label of a physical page, when it differs from the page number."""
        if page is None or not 0 < page <= len(self.page_labels):
            return None
        label = self.page_labels[page - 1]
        return label if label and label != str(page) else None
    # how tracked changes were read ("accepted" or "original"), "" where the document has none
    changes: str = ""

    @property
    def words(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)


@dataclass(frozen=True)
class Segment:
    """A sentence, bullet item or heading: the unit that rules are matched on."""

    index: int
    text: str
    page: int | None
    kind: SegmentKind
    heading_path: tuple[str, ...]
    start: int  # character offsets into Segmented.text
    end: int
    lead_in: str | None = None  # the sentence introducing a bullet list ("We gaan:"), or a table row's label row
    block: int = -1  # the order of the block it comes from: sentences of one paragraph share it
    draft_open: bool = False  # it starts inside a square bracket opened before it ("[CDA: ... Tekst volgt.]")


@dataclass(frozen=True)
class Segmented:
    """A document cut into segments; `text` is the flat text the offsets point into."""

    document: Document
    text: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Cue:
    """A context cue that applied to a hit: its category and the words that triggered it."""

    category: str  # firm | intent | weak | study | condition | negation | attribution | decrease | increase
    words: str
    source: str = "segment"  # segment | lead_in


@dataclass(frozen=True)
class Hit:
    """One rule matched in one segment, with everything needed to check it by hand."""

    item_id: str
    aspect_id: str  # an aspect id, "topic" for a bare mention, or "contradiction:<id>"
    role: Literal["support", "mention", "contradiction"]
    segment_index: int
    page: int | None
    heading: str
    text: str  # the segment's text
    matched: str  # the words that matched the aspect's term
    term: str  # the rule term that matched
    commitment: Commitment | None
    polarity: Literal["up", "down", "neutral"]
    cue: Cue | None  # the cue that decided commitment or polarity
    in_domain: bool
    explanation: str
    section: str = ""  # the top-level heading the segment sits under ("" before the first)


@dataclass(frozen=True)
class Evidence:
    """A passage that supports an item's status, as it appears in a report."""

    page: int | None
    text: str
    heading: str
    cue: str | None
    aspect: str
    matched: str
    explanation: str
    page_label: str | None = None  # the printed page label where it differs from the physical page


@dataclass(frozen=True)
class Gap:
    """What keeps an item from `covered`: an aspect left out, one only described, or a passage
    that goes against the item (gaps.py)."""

    aspect: str  # the aspect's label
    state: Literal["absent", "described", "contradicted"]
    how: str | None  # described: the kind of statement, in Dutch ("onderzoek", "voorwaarde", ...)
    quote: str | None  # described or contradicted: the passage
    page: int | None
    text: str  # one Dutch sentence for the report


@dataclass(frozen=True)
class ItemScore:
    """The verdict on one item (P01..P10, T1..T5)."""

    id: str
    kind: Literal["point", "theme"]
    title: str
    status: Status
    score: float
    commitment: Commitment | None
    aspects_met: tuple[str, ...]
    aspects_missing: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    missing: str  # one Dutch sentence: what would have to be added
    suggestion: str  # Jeugdzorg Nederland's text that closes the gap
    suggestion_source: str
    confidence: str = "zeker"  # zeker | twijfel (confidence.py)
    doubts: tuple[str, ...] = ()  # why in doubt, in Dutch
    gaps: tuple[Gap, ...] = ()  # per missing aspect (or contradicting passage), core first
    agreement_text: str = ""  # the suggestion as an agreement sentence, ready to paste ("We ...")
    merge_with: str | None = None  # a point's theme on the same subject (P02: T1)


@dataclass(frozen=True)
class RulesetInfo:
    id: str
    version: str
    sha256: str


@dataclass(frozen=True)
class Report:
    """Everything a report shows; reports only format this, they compute nothing."""

    document: Document
    ruleset: RulesetInfo
    checker_version: str
    pipeline: str
    items: tuple[ItemScore, ...]
    created: str
    segments: int = 0
    aspect_labels: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The report as plain data: the JSON contract of DESIGN.md."""
        from checker.report.json import report_dict

        return report_dict(self)

    def to_frame(self):
        """One row per item (the columns of the CSV report) as a pandas DataFrame."""
        from checker.report.columns import ITEM_COLUMNS, item_rows, table

        return table(ITEM_COLUMNS, item_rows(self))
