"""The one place that calls the stages in order: ingest -> segment -> match -> score."""
from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from checker import __version__
from checker.ingest import DEFAULT_MAX_PAGES, load
from checker.language import language_warning, sample_text
from checker.length import short_text_warning
from checker.match import Matcher
from checker.models import Document, Report
from checker.nlp import load_pipeline
from checker.ruleset.loader import Ruleset, load_ruleset
from checker.score import score
from checker.segment import segment


@dataclass
class Checker:
    """A rule set compiled against an NLP pipeline; build once, check many documents."""

    ruleset: Ruleset
    matcher: Matcher

    @classmethod
    def create(cls, rules_dir: str | Path | None = None, model: str = "auto") -> "Checker":
        ruleset = load_ruleset(rules_dir)
        pipeline = load_pipeline(model)
        return cls(ruleset, Matcher(ruleset, pipeline))

    @property
    def pipeline_name(self) -> str:
        return self.matcher.pipeline.name

    def check_document(self, document: Document) -> Report:
        """Score an already ingested document."""
        for warning in (language_warning(sample_text([b.text for b in document.blocks])),
                        short_text_warning(document.words)):
            if warning and warning not in document.warnings:
                document = replace(document, warnings=(*document.warnings, warning))
        segmented = segment(document)
        hits = self.matcher.match(segmented)
        items = score(self.ruleset.items, hits)
        if document.page_labels:
            items = with_page_labels(items, document)
        labels = {f"{it.id}.{a.id}": a.label for it in self.ruleset.items for a in it.aspects}
        return Report(document=document, ruleset=self.ruleset.info, checker_version=__version__,
                      pipeline=self.pipeline_name, items=items,
                      created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                      segments=len(segmented.segments), aspect_labels=labels)

    def check(self, path: str | Path, max_pages: int | None = DEFAULT_MAX_PAGES, ocr: bool = False,
              changes: str = "accepted") -> Report:
        """Read and score one file (`ocr`: run OCR on a PDF without extractable text; `changes`: read
        a DOCX's tracked changes as accepted or, `original`, as rejected)."""
        return self.check_document(load(path, max_pages=max_pages, ocr=ocr, changes=changes))


def with_page_labels(items, document: Document):
    """Each evidence passage with the printed label of its page, where the PDF has page labels."""
    return tuple(replace(it, evidence=tuple(replace(e, page_label=document.page_label(e.page)) for e in it.evidence))
                 for it in items)


def check(path: str | Path, rules_dir: str | Path | None = None, model: str = "auto") -> Report:
    """Check one agreement with the default rule set: `checker.check("akkoord.pdf")`."""
    return Checker.create(rules_dir, model).check(path)


def settle(pause_collector: bool = False) -> None:
    """Exempt everything alive now from Python's cycle collector (`gc.freeze`), for a process of our
    own that checks document after document.

    What outlives a document is the rule set, the pipeline, its tables and the caches of chunks and
    words, and it only grows; a full collection walks all of it again and again, which cost a
    third of the time of checking a document. Not called by the Python API: a researcher's own
    process keeps its usual collector.

    `pause_collector`: first collect, then leave the automatic collector off until the next call.
    For a process that does nothing but check documents and calls this after each one (a batch
    worker, `akkoordcheck check`): checking a document makes no reference cycles (a collection
    after each of 60 documents found none), so the collections that run while it is checked
    (7% of its time) find nothing, and whatever one document might leave is collected here,
    before the next. Not for the web server, whose other threads keep running.
    """
    if pause_collector:
        gc.collect()
        gc.freeze()
        gc.disable()
    else:
        gc.freeze()
