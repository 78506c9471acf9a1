"""Draft-versus-final reports: Markdown, HTML and JSON of a Comparison (computed in checker.compare)."""
from __future__ import annotations

import json
from dataclasses import asdict

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from checker.compare import Comparison
from checker.report.html import STATUS_COLOURS, STATUS_INK
from checker.report.i18n import labels
from checker.report.markdown import quote_cell

CHANGE_LABELS = {
    "nl": {"newly_contradicted": "Nieuw tegenstrijdig", "contradiction_resolved": "Niet meer tegenstrijdig",
           "gained": "Gewonnen", "lost": "Verloren", "strengthened": "Versterkt", "weakened": "Verzwakt",
           "unchanged": "Ongewijzigd"},
    "en": {"newly_contradicted": "Newly contradicted", "contradiction_resolved": "No longer contradicted",
           "gained": "Gained", "lost": "Lost", "strengthened": "Strengthened", "weakened": "Weakened",
           "unchanged": "Unchanged"},
}
CHANGE_COLOURS = {"newly_contradicted": "#c62828", "contradiction_resolved": "#2e7d32", "gained": "#2e7d32",
                  "lost": "#c62828", "strengthened": "#558b2f", "weakened": "#ef6c00", "unchanged": "#9e9e9e"}
COMPARE_TEXT = {
    "nl": {"title": "Concept versus definitief", "draft": "Concept", "final": "Definitief", "change": "Verandering",
           "appeared": "Nieuw in de definitieve tekst", "disappeared": "Geschrapt: stond in het concept, niet meer in de definitieve tekst",
           "gaps": "Nog open in de definitieve tekst", "no_gaps": "Geen: alle punten zijn overgenomen.",
           "intro": "Per punt: de status in beide versies, wat er veranderde en welke passages erbij kwamen of verdwenen."},
    "en": {"title": "Draft versus final", "draft": "Draft", "final": "Final", "change": "Change",
           "appeared": "New in the final text", "disappeared": "Removed: in the draft, no longer in the final text",
           "gaps": "Still open in the final text", "no_gaps": "None: every item is covered.",
           "intro": "Per item: the status in both versions, what changed, and which passages appeared or disappeared."},
}

_env = Environment(loader=PackageLoader("checker.report", "templates"),
                   autoescape=select_autoescape(["html"], default_for_string=False, default=False),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
_html_env = Environment(loader=PackageLoader("checker.report", "templates"), autoescape=True,
                        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def compare_context(c: Comparison, lang: str = "nl") -> dict:
    """What the compare templates need; `serve` renders compare.html.j2 with a toolbar on top."""
    t, statuses, _ = labels(lang)
    return dict(c=c, t={**t, **COMPARE_TEXT.get(lang, COMPARE_TEXT["nl"])}, lang=lang, status=statuses,
                change=CHANGE_LABELS.get(lang, CHANGE_LABELS["nl"]), change_colours=CHANGE_COLOURS,
                colours=STATUS_COLOURS, ink=STATUS_INK, quote=quote_cell)


def compare_markdown(c: Comparison, lang: str = "nl") -> str:
    return _env.get_template("compare.md.j2").render(**compare_context(c, lang))


def compare_html(c: Comparison, lang: str = "nl") -> str:
    return _html_env.get_template("compare.html.j2").render(**compare_context(c, lang))


def compare_json(c: Comparison) -> str:
    def doc(r):
        return {"name": r.document.name, "pages": r.document.pages, "words": r.document.words,
                "sha256": r.document.sha256}

    data = {"draft": doc(c.draft), "final": doc(c.final),
            "ruleset": {"id": c.final.ruleset.id, "version": c.final.ruleset.version, "sha256": c.final.ruleset.sha256},
            "checker_version": c.final.checker_version, "pipeline": c.final.pipeline,
            "items": [{**{k: v for k, v in asdict(i).items() if k not in ("evidence_added", "evidence_removed")},
                       "evidence_added": [asdict(e) for e in i.evidence_added],
                       "evidence_removed": [asdict(e) for e in i.evidence_removed]} for i in c.items],
            "gaps": [i.id for i in c.gaps]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_comparison(c: Comparison, fmt: str, lang: str = "nl") -> str:
    if fmt == "md":
        return compare_markdown(c, lang)
    if fmt == "html":
        return compare_html(c, lang)
    if fmt == "json":
        return compare_json(c)
    raise ValueError(f"unknown format {fmt!r}")
