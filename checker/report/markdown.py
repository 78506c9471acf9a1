"""The Markdown gap report (Dutch by default, English with lang="en")."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined

from checker.accuracy import accuracy_note
from checker.models import STATUS_SYMBOLS, Report
from checker.report.i18n import STATUS_DEFINITIONS, labels
from checker.report.numbers import add_filters
from checker.report.html import page_text
from checker.gaps import gap_text
from checker.report.todo import todos

_env = Environment(loader=PackageLoader("checker.report", "templates"), autoescape=False,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
add_filters(_env)


_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def quote_cell(text: str) -> str:
    """Text from the document on one line, safe inside a Markdown table cell, heading or quote: a
    Markdown viewer that renders HTML must load nothing from it (`<iframe src=...>`, `<img>`,
    `<script>` in a quote or heading show as text; CommonMark shows the entities as the characters)."""
    return " ".join(str(text).split()).translate(_HTML).replace("|", "\\|")


def render_markdown(report: Report, lang: str = "nl", confidential: bool = False) -> str:
    t, statuses, commitments = labels(lang)
    text = _env.get_template("report.md.j2").render(
        r=report, t=t, lang=lang, status=statuses, commitment=commitments, quote=quote_cell, accuracy=accuracy_note(lang),
        todos=todos(report), gap_text=gap_text, pageref=lambda page: page_text(report, page, t),
        symbols=STATUS_SYMBOLS, definitions=STATUS_DEFINITIONS["en" if lang == "en" else "nl"],
        points=[i for i in report.items if i.kind == "point"],
        themes=[i for i in report.items if i.kind == "theme"])
    return f"**{t['confidential']}**\n\n{text}" if confidential else text
