"""The self-contained HTML report: no external scripts, fonts or images; prints on A4.

Everything taken from the document is escaped by Jinja2's autoescaping; highlighting is built
from escaped parts, never by pasting strings into markup.
"""
from __future__ import annotations

import base64
import hashlib
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from checker.accuracy import accuracy_note
from checker.models import STATUS_SYMBOLS, Evidence, Report
from checker.report.columns import ITEM_COLUMNS
from checker.report.i18n import STATUS_DEFINITIONS, labels
from checker.report.numbers import add_filters
from checker.gaps import gap_text
from checker.report.todo import todos

# each with a contrast of at least 4.5:1 against the text drawn on it (WCAG 2.1 AA; tests/test_access.py)
STATUS_COLOURS = {"covered": "#2e7d32", "partial": "#f0a500", "mentioned": "#5d7583",
                  "absent": "#d9d9d9", "contradicted": "#c62828"}
# the text colour on each status colour
STATUS_INK = {"covered": "#ffffff", "partial": "#1d252c", "mentioned": "#ffffff", "absent": "#1d252c",
              "contradicted": "#ffffff"}

# the one script of the report (copy buttons), allowed by its hash and by nothing else
COPY_JS = files("checker.report").joinpath("static/copy.js").read_text(encoding="utf-8")
COPY_JS_HASH = "sha256-" + base64.b64encode(hashlib.sha256(COPY_JS.encode("utf-8")).digest()).decode("ascii")
TABLE_COLUMNS = ("id", "title", "status_label", "score", "commitment", "confidence", "best_evidence_page")

_env = Environment(loader=PackageLoader("checker.report", "templates"),
                   autoescape=select_autoescape(["html", "j2"], default=True),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)

add_filters(_env)


def pages_env() -> Environment:
    """The environment of the pages that wrap a report's template (serve's pages, a batch's
    index.html): serve's templates first, then the report's, autoescaped, Dutch filters."""
    from jinja2 import ChoiceLoader

    env = Environment(loader=ChoiceLoader([PackageLoader("checker.serve", "templates"),
                                           PackageLoader("checker.report", "templates")]),
                      autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    add_filters(env)
    return env


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


def page_text(report: Report, page: int | None, t: dict) -> str:
    """"p. 5" for a physical page, "p. 5 (gedrukt: iii)" where the PDF prints another label on it."""
    if page is None:
        return t["no_page"]
    label = report.document.page_label(page)
    return f"{t['page']} {page}" + (f" ({t['printed']}: {label})" if label else "")


def html_context(report: Report, lang: str = "nl", confidential: bool = False, source_href: str | None = None) -> dict:
    """What report.html.j2 needs; `serve` renders the same template with a toolbar on top.

    `source_href`: where the PDF is as seen from the report (its name, when the report is written
    beside it); page references then link to `#page=N`.
    """
    t, statuses, commitments = labels(lang)
    columns = [c for c in ITEM_COLUMNS if c.name in TABLE_COLUMNS]
    counts = {s: sum(1 for it in report.items if it.status == s) for s in STATUS_COLOURS}
    return dict(r=report, t=t, lang=lang, status=statuses, commitment=commitments, colours=STATUS_COLOURS,
                ink=STATUS_INK, symbols=STATUS_SYMBOLS, definitions=STATUS_DEFINITIONS["en" if lang == "en" else "nl"],
                columns=columns, highlight=highlight, counts=counts, accuracy=accuracy_note(lang),
                pageref=lambda page: page_text(report, page, t),
                page_href=(lambda page: f"{source_href}#page={page}" if source_href and page is not None else None),
                todos=todos(report), gap_text=gap_text, copy_js=COPY_JS, copy_js_hash=COPY_JS_HASH,
                confidential=confidential,
                points=[i for i in report.items if i.kind == "point"],
                themes=[i for i in report.items if i.kind == "theme"])


def render_html(report: Report, lang: str = "nl", confidential: bool = False, source_href: str | None = None) -> str:
    return _env.get_template("report.html.j2").render(**html_context(report, lang, confidential, source_href))
