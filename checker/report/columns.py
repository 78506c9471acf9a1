"""Output columns, declared once: CSV, XLSX, the HTML table and the JSON item fields use these."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from checker.accuracy import accuracy_note
from checker.models import STATUS_LABELS_NL, Evidence, ItemScore, Report


@dataclass(frozen=True)
class Column:
    name: str  # machine name: CSV/XLSX header with lang="key", JSON field
    nl: str
    en: str
    get: Callable[[Any], Any]

    def header(self, lang: str) -> str:
        return {"nl": self.nl, "en": self.en}.get(lang, self.name)


def _best(it: ItemScore) -> Evidence | None:
    return it.evidence[0] if it.evidence else None


ITEM_COLUMNS: tuple[Column, ...] = (
    Column("id", "Punt", "Item", lambda it: it.id),
    Column("kind", "Soort", "Kind", lambda it: it.kind),
    Column("title", "Onderwerp", "Subject", lambda it: it.title),
    Column("status", "Status (code)", "Status (code)", lambda it: it.status),
    Column("status_label", "Status", "Status label", lambda it: STATUS_LABELS_NL[it.status]),
    Column("score", "Score", "Score", lambda it: it.score),
    Column("commitment", "Toezegging", "Commitment", lambda it: it.commitment or ""),
    Column("confidence", "Zekerheid", "Confidence", lambda it: it.confidence),
    Column("doubts", "Waarom twijfel", "Why in doubt", lambda it: "; ".join(it.doubts)),
    Column("aspects_met", "Gehaald", "Aspects met", lambda it: "; ".join(it.aspects_met)),
    Column("aspects_missing", "Ontbreekt", "Aspects missing", lambda it: "; ".join(it.aspects_missing)),
    Column("best_evidence", "Belangrijkste bewijs", "Best evidence",
           lambda it: " ".join(_best(it).text.split()) if _best(it) else ""),
    Column("best_evidence_page", "Pagina", "Page", lambda it: _best(it).page if _best(it) else None),
    Column("missing", "Wat ontbreekt", "What is missing", lambda it: it.missing),
    Column("suggestion", "Tekstsuggestie", "Suggested text", lambda it: it.suggestion),
)

# one row per evidence passage: (item, evidence)
EVIDENCE_COLUMNS: tuple[Column, ...] = (
    Column("item", "Punt", "Item", lambda r: r[0].id),
    Column("status", "Status (code)", "Status (code)", lambda r: r[0].status),
    Column("page", "Pagina", "Page", lambda r: r[1].page),
    Column("heading", "Kop", "Heading", lambda r: r[1].heading),
    Column("aspect", "Onderdeel", "Aspect", lambda r: r[1].aspect),
    Column("cue", "Signaalwoord", "Cue", lambda r: r[1].cue or ""),
    Column("matched", "Gevonden woorden", "Matched words", lambda r: r[1].matched),
    Column("text", "Passage", "Passage", lambda r: " ".join(r[1].text.split())),
    Column("explanation", "Uitleg", "Explanation", lambda r: r[1].explanation),
)

# one row per fact about the document and the rule set
INFO_COLUMNS: tuple[Column, ...] = (
    Column("key", "Gegeven", "Field", lambda r: r[0]),
    Column("value", "Waarde", "Value", lambda r: r[1]),
)



def item_rows(report: Report) -> list[ItemScore]:
    return list(report.items)


def evidence_rows(report: Report) -> list[tuple[ItemScore, Evidence]]:
    return [(it, ev) for it in report.items for ev in it.evidence]


def info_rows(report: Report) -> list[tuple[str, Any]]:
    d = report.document
    return [("document", d.name), ("format", d.format), ("pages", d.pages), ("words", d.words),
            ("document_sha256", d.sha256), ("ruleset", report.ruleset.id), ("ruleset_version", report.ruleset.version),
            ("ruleset_sha256", report.ruleset.sha256), ("checker_version", report.checker_version),
            ("pipeline", report.pipeline), ("created", report.created),
            ("accuracy_unseen", accuracy_note("nl")),
            ("warnings", "; ".join(d.warnings))]


def table(columns: tuple[Column, ...], rows: list, lang: str = "key"):
    """A pandas DataFrame with the declared columns, also when there are no rows."""
    import pandas as pd

    headers = [c.header(lang) if lang != "key" else c.name for c in columns]
    return pd.DataFrame([[c.get(r) for c in columns] for r in rows], columns=headers)
