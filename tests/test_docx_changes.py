"""Tracked changes and comments in a Word draft (issue 16): read as if all changes were accepted
(insertions in, deletions out, moved text once), or with `--changes original` as if all were
rejected; a warning says which. Comments are no agreement text: left out, and counted. The
fixtures are WordprocessingML with real w:ins, w:del, w:moveFrom/w:moveTo and comment markup."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.ingest import load_bytes
from tests.builders import dele, ins, move, wordml_docx, wp, wr

STOP_TENDERING = ("Wij stoppen met het aanbesteden van jeugdzorg. We kiezen voor langjarige subsidierelaties "
                  "met een beperkt aantal aanbieders.")
RETENDER = "In 2029 besteden we de jeugdzorg opnieuw aan."
EXTENDED = "Wij zorgen ervoor dat jongeren tot 23 jaar verlengde jeugdhulp krijgen, zodat de hulp niet stopt op hun 18e."
MOVED = "Het jeugdhulpbudget wordt jaarlijks geïndexeerd."
COMMENT = "Dit is te duur, schrappen?"
COMMENTED = "We versterken de wijkteams met extra gezinswerkers."


def draft() -> bytes:
    """A draft in review mode: one commitment replaced, one inserted whole, a sentence moved,
    two paragraphs joined by deleting a paragraph mark, a reviewer's comment."""
    comment = ('<w:comment w:id="0" w:author="Wethouder" w:initials="WH" w:date="2026-04-02T09:00:00Z">'
               f"{wp(wr(COMMENT))}</w:comment>")
    body = "".join([
        wp(wr("Jeugd en gezin"), style="Heading1"),
        wp('<w:commentRangeStart w:id="0"/>', wr(COMMENTED), '<w:commentRangeEnd w:id="0"/>',
           '<w:r><w:commentReference w:id="0"/></w:r>'),
        wp(move(MOVED, "verplaatst", to=False)),
        wp(dele(RETENDER), ins(STOP_TENDERING)),
        wp(ins(EXTENDED), mark="ins"),
        wp(wr("We bouwen het aantal gesloten"), mark="del"),
        wp(wr("plekken af.")),
        wp(wr("Financiën"), style="Heading1"),
        wp(move(MOVED, "verplaatst", to=True)),
    ])
    return wordml_docx(body, comments=comment)


@pytest.fixture(scope="module")
def accepted():
    return load_bytes(draft(), "concept.docx")


@pytest.fixture(scope="module")
def original():
    return load_bytes(draft(), "concept.docx", changes="original")


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


def test_accepted_reads_insertions_not_deletions_and_moved_text_at_its_new_place(accepted):
    t = texts(accepted)
    assert STOP_TENDERING in t and EXTENDED in t and RETENDER not in " ".join(t)
    assert t.count(MOVED) == 1 and t.index(MOVED) > t.index("Financiën")


def test_original_reads_deletions_not_insertions_and_moved_text_at_its_old_place(original):
    t = texts(original)
    assert RETENDER in t and STOP_TENDERING not in " ".join(t) and EXTENDED not in " ".join(t)
    assert t.count(MOVED) == 1 and t.index(MOVED) < t.index("Financiën")


def test_a_deleted_paragraph_mark_joins_two_paragraphs_only_when_accepted(accepted, original):
    assert "We bouwen het aantal gesloten plekken af." in texts(accepted)
    assert "We bouwen het aantal gesloten" in texts(original) and "plekken af." in texts(original)


def test_comments_are_not_text_but_are_counted(accepted, original):
    for doc in (accepted, original):
        assert COMMENT not in " ".join(texts(doc)) and COMMENTED in texts(doc)
        assert dict(doc.contents)["comment"] == 1


def test_the_changes_are_counted_and_the_warning_says_how_the_draft_was_read(accepted, original):
    counts = dict(accepted.contents)
    assert (counts["insertion"], counts["deletion"], counts["move"]) == (3, 2, 1)  # the paragraph marks too
    assert accepted.changes == "accepted" and original.changes == "original"
    assert accepted.warnings == ("Dit document bevat bijgehouden wijzigingen (3 invoegingen, 2 verwijderingen, "
                                 "1 verplaatsing); gelezen alsof alle wijzigingen zijn geaccepteerd. Gebruik "
                                 "--changes original voor de tekst zonder wijzigingen.",)
    assert "alsof alle wijzigingen zijn geweigerd" in original.warnings[0]


def test_a_draft_without_changes_has_no_warning():
    doc = load_bytes(wordml_docx(wp(wr(COMMENTED))), "schoon.docx")
    assert doc.warnings == () and doc.changes == "" and "insertion" not in dict(doc.contents)


def test_the_two_readings_score_the_draft_differently(checker, accepted, original):
    yes = {i.id: i.status for i in checker.check_document(accepted).items}
    no = {i.id: i.status for i in checker.check_document(original).items}
    assert yes["P10"] in ("covered", "partial") and no["P10"] == "absent"  # inserted whole
    assert yes["P02"] in ("covered", "partial") and no["P02"] == "contradicted"  # re-tendering replaced


def test_check_takes_changes_original_and_the_json_says_so(tmp_path):
    path = tmp_path / "concept.docx"
    path.write_bytes(draft())
    runner = CliRunner()
    for changes, p10 in (("accepted", {"covered", "partial"}), ("original", {"absent"})):
        res = runner.invoke(main, ["check", str(path), "--format", "json", "--out", "-", "--model", "blank",
                                   "--changes", changes])
        assert res.exit_code == 0, res.output
        data = json.loads(res.stdout)
        assert data["document"]["changes"] == changes
        assert data["document"]["contents"]["comment"] == 1
        assert {it["id"]: it["status"] for it in data["items"]}["P10"] in p10
        assert "Waarschuwing" in res.stderr and "bijgehouden wijzigingen" in res.stderr
    res = runner.invoke(main, ["check", str(path), "--changes", "rejected"])
    assert res.exit_code == 2


def test_batch_redoes_a_report_read_the_other_way(tmp_path):
    from checker.batching import collect, run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "concept.docx").write_bytes(draft())
    inputs = collect(tmp_path / "in", None)
    first = run(inputs, tmp_path / "out", jobs=1, model="blank")
    again = run(inputs, tmp_path / "out", jobs=1, model="blank")
    other = run(inputs, tmp_path / "out", jobs=1, model="blank", changes="original")
    assert (first.skipped, again.skipped, other.skipped) == (0, 1, 0)
    assert other.rows[0]["P10_status"] == "absent" and first.rows[0]["P10_status"] != "absent"
