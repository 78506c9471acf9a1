"""Report labels in Dutch (default) and English."""
from __future__ import annotations

TEXT = {
    "nl": {
        "title": "Jeugdzorg-check", "document": "Document", "pages": "Pagina's", "words": "Woorden",
        "ruleset": "Regelset", "pipeline": "Taalmodel", "date": "Datum", "overview": "Overzicht",
        "item": "Punt", "subject": "Onderwerp", "status": "Status", "score": "Score",
        "commitment": "Toezegging", "met": "Gehaald", "missing_aspects": "Niet toegezegd",
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
        "commitment": "Commitment", "met": "Met", "missing_aspects": "Not committed",
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

TEXT["nl"].update({
    "todo": "Toevoegen of vervangen", "todo_intro": "Alleen de gaten, in de volgorde waarin u ze aanpakt: eerst wat "
    "tegen een punt ingaat, dan wat ontbreekt, dan wat alleen genoemd of deels toegezegd is. Een punt en het "
    "thema over hetzelfde onderwerp staan samen.", "todo_none": "Geen gaten: elk punt is overgenomen.",
    "replace": "Vervang", "replace_by": "door", "add": "Voeg toe", "firm_up": "Maak toezegging van",
    "copy_one": "Kopieer", "copy_all": "Kopieer alle tekstsuggesties", "copied": "Gekopieerd",
    "definitions": "Wat de statussen betekenen", "score_note": "Dekking: het deel van de onderdelen van een punt "
    "dat het akkoord toezegt, het kernonderdeel dubbel geteld. Alleen genoemd telt als 10%, Ontbreekt en "
    "Tegenstrijdig als 0%.", "coverage": "dekking", "developer": "Technische gegevens",
    "confidential": "VERTROUWELIJK", "sha256": "sha256 van het bestand", "contents": "Gelezen onderdelen",
    "paste_source": "naar", "printed": "gedrukt",
})
TEXT["en"].update({
    "todo": "Add or replace", "todo_intro": "The gaps only, in the order to take them: first what goes against an "
    "item, then what is absent, then what is only mentioned or partly committed. An item and the theme on the "
    "same subject are shown together.", "todo_none": "No gaps: every item is covered.",
    "replace": "Replace", "replace_by": "with", "add": "Add", "firm_up": "Make a commitment of",
    "copy_one": "Copy", "copy_all": "Copy all suggested texts", "copied": "Copied",
    "definitions": "What the statuses mean", "score_note": "Coverage: the share of an item's aspects the "
    "agreement commits to, the core aspect counted twice. Mentioned only counts as 10%, absent and "
    "contradicted as 0%.", "coverage": "coverage", "developer": "Technical details",
    "confidential": "CONFIDENTIAL", "sha256": "sha256 of the file", "contents": "Parts read",
    "paste_source": "after", "printed": "printed",
})
TEXT["nl"]["suggestion"] = "Tekstsuggestie"
TEXT["en"]["suggestion"] = "Suggested text (Dutch)"

# the codebook's definitions in plain words
STATUS_DEFINITIONS = {
    "nl": {
        "covered": "Het akkoord zegt het kernonderdeel van het punt toe én minstens één ander onderdeel.",
        "partial": "Het akkoord zegt een deel van de onderdelen toe, maar niet genoeg voor ‘Overgenomen’.",
        "mentioned": "Het onderwerp staat erin, maar zonder toezegging: als beschrijving, zorg, onderzoek, "
                     "voorwaarde of vage ambitie.",
        "absent": "Niets in het akkoord gaat over dit punt.",
        "contradicted": "Het akkoord zegt het tegendeel toe (bijvoorbeeld blijven aanbesteden, of hulp die stopt "
                        "bij 18). Dit gaat voor elke andere status.",
    },
    "en": {
        "covered": "The agreement commits to the item's core aspect and to at least one further aspect.",
        "partial": "The agreement commits to some aspects, but not enough for 'covered'.",
        "mentioned": "The subject is there, but without a commitment: a description, concern, study, condition "
                     "or vague ambition.",
        "absent": "Nothing in the agreement addresses the item.",
        "contradicted": "The agreement commits to the opposite (for example keeps tendering, or ends help at 18). "
                        "This overrides every other status.",
    },
}


COMMITMENT_LABELS_EN = {"firm": "firm", "intent": "intent", "weak": "weak", None: "none"}


def labels(lang: str) -> tuple[dict, dict, dict]:
    """(report texts, status labels, commitment labels) for `lang`; Dutch unless "en"."""
    from checker.models import COMMITMENT_LABELS_NL, STATUS_LABELS_EN, STATUS_LABELS_NL

    if lang == "en":
        return TEXT["en"], STATUS_LABELS_EN, COMMITMENT_LABELS_EN
    return TEXT["nl"], STATUS_LABELS_NL, COMMITMENT_LABELS_NL
