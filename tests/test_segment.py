"""Segmentation: Dutch abbreviations, bullets, lead-ins, heading paths, offsets."""
from __future__ import annotations

from checker.segment import segment, split_sentences
from tests.conftest import text_document


def test_abbreviations_do_not_end_sentences():
    text = "We investeren o.a. in speeltuinen. Dit doen we i.p.v. bezuinigen, bijv. in de wijk. Er komt een wijkteam!"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "We investeren o.a. in speeltuinen.", "Dit doen we i.p.v. bezuinigen, bijv. in de wijk.",
        "Er komt een wijkteam!"]


def test_a_sentence_keeps_its_closing_quote_or_bracket():
    text = ('Ouders denken: "Het maakt toch niet uit." Maar het maakt uit (echt!) Wij zeggen \'ja.\' '
            "Daarom investeren we (bijv.) In de wijk.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        'Ouders denken: "Het maakt toch niet uit."', "Maar het maakt uit (echt!)", "Wij zeggen 'ja.'",
        "Daarom investeren we (bijv.) In de wijk."]


def test_segments_have_heading_path_lead_in_and_offsets():
    doc = text_document("JEUGD EN ONDERWIJS\n\nWe gaan:\n\n- de wijkteams versterken\n- thuiszitters terug naar school\n\n"
                        "Daarna volgt gewone tekst. Tweede zin hier.\n")
    sg = segment(doc)
    kinds = [(s.kind, s.text) for s in sg.segments]
    assert kinds == [("heading", "JEUGD EN ONDERWIJS"), ("sentence", "We gaan:"),
                     ("bullet", "de wijkteams versterken"), ("bullet", "thuiszitters terug naar school"),
                     ("sentence", "Daarna volgt gewone tekst."), ("sentence", "Tweede zin hier.")]
    bullets = [s for s in sg.segments if s.kind == "bullet"]
    assert all(s.lead_in == "We gaan:" for s in bullets)
    assert all(s.heading_path == ("JEUGD EN ONDERWIJS",) for s in sg.segments[1:])
    assert sg.segments[-1].lead_in is None
    for s in sg.segments:
        assert sg.text[s.start:s.end] == s.text


def test_text_without_full_stops_is_cut_into_bounded_passages():
    from checker.segment import MAX_SENTENCE_CHARS, split_sentences

    text = "; ".join(f"de lokale teams in wijk {i} krijgen budget voor jeugdhulp, ook in de avond" for i in range(300))
    spans = split_sentences(text)
    assert len(spans) > len(text) // MAX_SENTENCE_CHARS
    assert all(0 < e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[e - 1] in ";," or text[e] == " " for s, e in spans[:-1])  # cut at a clause boundary
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")  # nothing lost
