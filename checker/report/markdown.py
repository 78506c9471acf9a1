"""The Markdown gap report (Dutch by default, English with lang="en")."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined

from checker.models import COMMITMENT_LABELS_NL, STATUS_LABELS_EN, STATUS_LABELS_NL, Report

TEXT = {
    "nl": {
        "title": "Jeugdzorg-check", "document": "Document", "pages": "Pagina's", "words": "Woorden",
        "ruleset": "Regelset", "pipeline": "Taalmodel", "date": "Datum", "overview": "Overzicht",
        "item": "Punt", "subject": "Onderwerp", "status": "Status", "score": "Score",
        "commitment": "Toezegging", "met": "Gehaald", "missing_aspects": "Ontbreekt",
        "evidence": "Bewijs", "page": "p.", "no_page": "p. –", "cue": "signaalwoord",
        "gap": "Wat ontbreekt", "suggestion": "Tekstsuggestie om toe te voegen", "source": "Bron",
        "points": "De tien tekstsuggesties", "themes": "De vijf thema's van het verkiezingsmanifest",
        "none": "geen", "intro": "Per punt: in hoeverre het akkoord overneemt wat Jeugdzorg Nederland vroeg, "
        "met de passages waarop dat oordeel rust.",
        "warnings": "Waarschuwingen", "checker": "akkoordcheck",
    },
    "en": {
        "title": "Youth-care check", "document": "Document", "pages": "Pages", "words": "Words",
        "ruleset": "Rule set", "pipeline": "Language pipeline", "date": "Date", "overview": "Overview",
        "item": "Item", "subject": "Subject", "status": "Status", "score": "Score",
        "commitment": "Commitment", "met": "Met", "missing_aspects": "Missing",
        "evidence": "Evidence", "page": "p.", "no_page": "p. –", "cue": "cue",
        "gap": "What is missing", "suggestion": "Suggested text to add (Dutch)", "source": "Source",
        "points": "The ten text suggestions", "themes": "The five manifesto themes",
        "none": "none", "intro": "Per item: how far the agreement takes up what Jeugdzorg Nederland asked for, "
        "with the passages each verdict rests on.",
        "warnings": "Warnings", "checker": "akkoordcheck",
    },
}
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
