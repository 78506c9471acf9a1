"""Report labels in Dutch (default) and English."""
from __future__ import annotations

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
        "warnings": "Waarschuwingen", "checker": "akkoordcheck", "confidence": "Zekerheid",
        "accuracy": "Nauwkeurigheid", "doubt": "Twijfel",
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
        "warnings": "Warnings", "checker": "akkoordcheck", "confidence": "Confidence",
        "accuracy": "Accuracy", "doubt": "Doubt",
    },
}

# labels of the HTML report and of compare, on top of the Markdown ones
TEXT["nl"].update({
    "chart": "Dekking per punt", "summary": "Samenvatting", "legend": "Legenda", "matched": "gevonden",
    "copy_hint": "Klik in de tekst om alles te selecteren en te kopiëren.", "heading": "kop",
    "table": "Tabel", "items_covered": "punten overgenomen", "items_gaps": "punten met een gat",
    "items_contra": "punten tegenstrijdig", "generated": "Gemaakt met akkoordcheck; niets van dit document heeft deze computer verlaten.",
})
TEXT["en"].update({
    "chart": "Coverage per item", "summary": "Summary", "legend": "Legend", "matched": "matched",
    "copy_hint": "Click in the text to select all of it for copying.", "heading": "heading",
    "table": "Table", "items_covered": "items covered", "items_gaps": "items with a gap",
    "items_contra": "items contradicted", "generated": "Made with akkoordcheck; nothing of this document left this computer.",
})


COMMITMENT_LABELS_EN = {"firm": "firm", "intent": "intent", "weak": "weak", None: "none"}


def labels(lang: str) -> tuple[dict, dict, dict]:
    """(report texts, status labels, commitment labels) for `lang`; Dutch unless "en"."""
    from checker.models import COMMITMENT_LABELS_NL, STATUS_LABELS_EN, STATUS_LABELS_NL

    if lang == "en":
        return TEXT["en"], STATUS_LABELS_EN, COMMITMENT_LABELS_EN
    return TEXT["nl"], STATUS_LABELS_NL, COMMITMENT_LABELS_NL
