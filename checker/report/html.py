"""The self-contained HTML report: no external scripts, fonts or images; prints on A4.

Everything taken from the document is escaped by Jinja2's autoescaping; highlighting is built
from escaped parts, never by pasting strings into markup.
"""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from checker.accuracy import accuracy_note
from checker.models import Evidence, Report
from checker.report.columns import ITEM_COLUMNS
from checker.report.i18n import labels

STATUS_COLOURS = {"covered": "#2e7d32", "partial": "#f0a500", "mentioned": "#7e97a6",
                  "absent": "#d9d9d9", "contradicted": "#c62828"}
TABLE_COLUMNS = ("id", "title", "status_label", "score", "commitment", "confidence", "best_evidence_page")

_env = Environment(loader=PackageLoader("checker.report", "templates"),
                   autoescape=select_autoescape(["html", "j2"], default=True),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def highlight(ev: Evidence) -> list[tuple[str, str]]:
    """The evidence text as (kind, text) parts: 'text', 'match' (the rule's words) or 'cue'."""
    text = " ".join(ev.text.split())
    low = text.lower()
    spans: list[tuple[int, int, str]] = []
    if ev.matched:
        i = low.find(" ".join(ev.matched.split()).lower())
        if i >= 0:
            spans.append((i, i + len(" ".join(ev.matched.split())), "match"))
    for part in (ev.cue or "").split(" … "):
        part = part.strip().lower()
        if len(part) < 2 or part.startswith("("):
            continue
        i = low.find(part)
        if i >= 0 and not any(a < i + len(part) and i < b for a, b, _ in spans):
            spans.append((i, i + len(part), "cue"))
    out: list[tuple[str, str]] = []
    pos = 0
    for a, b, kind in sorted(spans):
        if a < pos:
            continue
        if a > pos:
            out.append(("text", text[pos:a]))
        out.append((kind, text[a:b]))
        pos = b
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def html_context(report: Report, lang: str = "nl") -> dict:
    """What report.html.j2 needs; `serve` renders the same template with a toolbar on top."""
    t, statuses, commitments = labels(lang)
    columns = [c for c in ITEM_COLUMNS if c.name in TABLE_COLUMNS]
    counts = {s: sum(1 for it in report.items if it.status == s) for s in STATUS_COLOURS}
    return dict(r=report, t=t, lang=lang, status=statuses, commitment=commitments, colours=STATUS_COLOURS,
                columns=columns, highlight=highlight, counts=counts, accuracy=accuracy_note(lang),
                points=[i for i in report.items if i.kind == "point"],
                themes=[i for i in report.items if i.kind == "theme"])


def render_html(report: Report, lang: str = "nl") -> str:
    return _env.get_template("report.html.j2").render(**html_context(report, lang))
