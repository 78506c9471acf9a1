"""What the web pages say, in Dutch (default) and English."""
from __future__ import annotations

SERVE_TEXT = {
    "nl": {
        "title": "akkoordcheck", "lead": "Controleer een coalitieakkoord op de tien tekstsuggesties en vijf thema's "
        "van Jeugdzorg Nederland.",
        "privacy": "Alles blijft op deze computer: bestanden gaan niet over het internet, worden na het lezen "
        "gewist en de rapporten staan alleen in het geheugen van dit programma.",
        "check_heading": "Akkoord controleren", "check_help": "Kies één bestand, of meerdere tegelijk voor een "
        "overzicht (PDF, Word, ODT of tekst).", "submit": "Controleren",
        "compare_heading": "Concept en definitieve tekst vergelijken",
        "compare_help": "Wat is er veranderd tussen het concept en de definitieve tekst?",
        "draft": "Concept", "final": "Definitieve tekst", "compare_submit": "Vergelijken",
        "limit": "Maximaal {mb} MB per keer.", "working": "Bezig met controleren…",
        "progress": "{done} van {total} klaar", "now": "Nu", "elapsed": "{s} s bezig",
        "states": {"waiting": "wacht", "running": "bezig", "done": "klaar", "failed": "mislukt"},
        "refresh": "Deze pagina ververst zichzelf.", "new_check": "Nieuwe controle", "downloads": "Downloaden",
        "delete": "Wis uit geheugen", "to_overview": "Terug naar het overzicht",
        "batch_title": "Overzicht", "batch_lead": "{ok} van {total} documenten beoordeeld; klik op een kolomkop "
        "om te sorteren.", "heatmap": "Status per document en punt", "document": "Document",
        "error": "Fout", "report": "rapport", "failed_title": "Niet gelukt",
        "too_large": "Het bestand is te groot: de grens is {mb} MB per keer. Lever alleen het akkoord zelf aan, "
        "of start de server met een hogere --max-upload-mb.",
        "too_many_parts": "Te veel bestanden of velden in één keer (de grens is {parts}), of een tekstveld groter "
        "dan {field} MB. Lever de akkoorden in kleinere groepen aan, of gebruik 'akkoordcheck batch' voor een map.",
        "no_file": "Kies eerst een bestand om te controleren.",
        "need_two": "Kies voor een vergelijking precies één concept en één definitieve tekst.",
        "cross_site": "Een andere website probeerde bestanden of gegevens naar akkoordcheck te sturen; dat is geweigerd. "
        "Open akkoordcheck zelf in de browser.",
        "errors": {400: "Het verzoek is niet goed ontvangen. Probeer het opnieuw vanaf de startpagina.",
                   404: "Dit resultaat bestaat niet (meer): het is gewist of de server is opnieuw gestart. "
                        "Controleer het bestand opnieuw.",
                   405: "Deze pagina werkt zo niet. Ga naar de startpagina.",
                   500: "Er ging iets mis in akkoordcheck. Probeer het opnieuw; blijft het misgaan, "
                        "start dan de server opnieuw met --debug."},
        "pipeline": "Taalmodel", "ruleset": "Regelset",
        "changes": "Bijgehouden wijzigingen in een Word-bestand",
        "changes_accepted": "lezen alsof alle wijzigingen zijn geaccepteerd",
        "changes_original": "lezen alsof alle wijzigingen zijn geweigerd (de tekst zonder wijzigingen)",
        "annotated": "Word met opmerkingen",
        "review": "Uw beoordeling", "review_status": "Status", "review_none": "— geen beoordeling —",
        "review_note": "Notitie", "review_reviewer": "Naam beoordelaar", "review_save": "Opslaan",
        "reviewed": "Beoordeeld", "review_by": "door", "final_status": "Eindstatus", "tool_status": "tool",
        "reviewed_lc": "beoordeeld", "reviews_csv": "Beoordelingen (CSV)",
        "reviewed_legend": "omlijnd: beoordeeld (de status die de beoordelaar gaf)",
        "review_bad_status": "Onbekende status. Kies een van de vijf statussen: Overgenomen, Gedeeltelijk, "
        "Alleen genoemd, Ontbreekt of Tegenstrijdig (of ‘geen beoordeling’).",
        "review_bad_item": "Onbekend punt. Een beoordeling hoort bij een van de punten P01–P10 of T1–T5 van "
        "dit rapport.",
        "review_too_long": "De notitie is te lang ({n} tekens); de grens is {max} tekens. Niets is opgeslagen: "
        "ga terug en kort de notitie in.",
        "reviewer_too_long": "De naam van de beoordelaar is te lang (de grens is {max} tekens). Niets is opgeslagen.",
    },
    "en": {
        "title": "akkoordcheck", "lead": "Check a coalition agreement against Jeugdzorg Nederland's ten text "
        "suggestions and five themes.",
        "privacy": "Everything stays on this computer: files do not cross the internet, are erased once read, "
        "and reports live only in this program's memory.",
        "check_heading": "Check an agreement", "check_help": "Choose one file, or several at once for an overview "
        "(PDF, Word, ODT or text).", "submit": "Check",
        "compare_heading": "Compare draft and final text",
        "compare_help": "What changed between the draft and the final text?",
        "draft": "Draft", "final": "Final text", "compare_submit": "Compare",
        "limit": "At most {mb} MB at a time.", "working": "Checking…",
        "progress": "{done} of {total} done", "now": "Now", "elapsed": "{s} s so far",
        "states": {"waiting": "waiting", "running": "working", "done": "done", "failed": "failed"},
        "refresh": "This page refreshes itself.", "new_check": "New check", "downloads": "Download",
        "delete": "Erase from memory", "to_overview": "Back to the overview",
        "batch_title": "Overview", "batch_lead": "{ok} of {total} documents assessed; click a column header "
        "to sort.", "heatmap": "Status per document and item", "document": "Document",
        "error": "Error", "report": "report", "failed_title": "Did not work",
        "too_large": "The file is too large: the limit is {mb} MB at a time. Upload only the agreement itself, "
        "or start the server with a higher --max-upload-mb.",
        "too_many_parts": "Too many files or fields at once (the limit is {parts}), or a text field over {field} MB. "
        "Upload the agreements in smaller groups, or use 'akkoordcheck batch' for a folder.",
        "no_file": "Choose a file to check first.",
        "need_two": "For a comparison choose exactly one draft and one final text.",
        "cross_site": "Another website tried to send files or data to akkoordcheck; that was refused. "
        "Open akkoordcheck itself in the browser.",
        "errors": {400: "The request was not received properly. Try again from the start page.",
                   404: "This result does not exist (any more): it was erased or the server restarted. "
                        "Check the file again.",
                   405: "This page does not work that way. Go to the start page.",
                   500: "Something went wrong in akkoordcheck. Try again; if it keeps failing, restart "
                        "the server with --debug."},
        "pipeline": "Language pipeline", "ruleset": "Rule set",
        "changes": "Tracked changes in a Word file",
        "changes_accepted": "read as if all changes were accepted",
        "changes_original": "read as if all changes were rejected (the text without the changes)",
        "annotated": "Word with comments",
        "review": "Your review", "review_status": "Status", "review_none": "— no review —",
        "review_note": "Note", "review_reviewer": "Reviewer's name", "review_save": "Save",
        "reviewed": "Reviewed", "review_by": "by", "final_status": "Final status", "tool_status": "tool",
        "reviewed_lc": "reviewed", "reviews_csv": "Reviews (CSV)",
        "reviewed_legend": "outlined: reviewed (the status the reviewer gave)",
        "review_bad_status": "Unknown status. Choose one of the five statuses: covered, partial, mentioned, "
        "absent or contradicted (or ‘no review’).",
        "review_bad_item": "Unknown item. A review belongs to one of the items P01–P10 or T1–T5 of this report.",
        "review_too_long": "The note is too long ({n} characters); the limit is {max}. Nothing was saved: go back "
        "and shorten the note.",
        "reviewer_too_long": "The reviewer's name is too long (the limit is {max} characters). Nothing was saved.",
    },
}
