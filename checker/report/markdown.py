"""The Markdown gap report (Dutch by default, English with lang="en")."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined

from checker.models import COMMITMENT_LABELS_NL, STATUS_LABELS_EN, STATUS_LABELS_NL, Report
from checker.report.i18n import TEXT

COMMITMENT_EN = {"firm": "firm", "intent": "intent", "weak": "weak", None: "none"}

_env = Environment(loader=PackageLoader("checker.report", "templates"), autoescape=False,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _quote(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render_markdown(report: Report, lang: str = "nl") -> str:
    t = TEXT.get(lang, TEXT["nl"])
    statuses = STATUS_LABELS_NL if lang != "en" else STATUS_LABELS_EN
    commitments = COMMITMENT_LABELS_NL if lang != "en" else COMMITMENT_EN
    return _env.get_template("report.md.j2").render(
        r=report, t=t, status=statuses, commitment=commitments, quote=_quote,
        points=[i for i in report.items if i.kind == "point"],
        themes=[i for i in report.items if i.kind == "theme"])
