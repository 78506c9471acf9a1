"""`akkoordcheck annotate` (issue 16): a copy of a Word draft with a comment on each evidence passage
and one per absent item at the heading of the chapter where it belongs; reopened with python-docx,
converted by LibreOffice, tracked changes left as they were."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import replace

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from checker.annotate import AUTHOR, annotate_docx, read_draft
from checker.cli import main
from checker.ingest import load_bytes
from tests.conftest import CORPUS, SHARED
from tests.test_docx_changes import EXTENDED, RETENDER, STOP_TENDERING, draft

SAMPLE = CORPUS / "brakeldijk_2026_coalitieakkoord.docx"
INDEPENDENT = sorted((SHARED / "independent").glob("*.docx"))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def key(text: str) -> str:
    from checker.annotate import _key

    return _key(text)


def anchored(document) -> dict[int, str]:
    """The text each comment is anchored on, by comment id, read from the body in document order."""
    open_ids: set[int] = set()
    found: dict[int, list[str]] = {}
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.add(int(el.get(qn("w:id"))))
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.discard(int(el.get(qn("w:id"))))
        elif el.tag in (qn("w:t"), qn("w:delText")):
            for i in open_ids:
                found.setdefault(i, []).append(el.text or "")
    return {i: "".join(t) for i, t in found.items()}


def annotated(checker, raw: bytes, name: str, changes: str = "accepted"):
    report = checker.check_document(load_bytes(raw, name, changes=changes))
    result = annotate_docx(raw, report, checker, changes)
    return report, result, docx.Document(__import__("io").BytesIO(result.data))


@pytest.mark.parametrize("path", [SAMPLE, *INDEPENDENT], ids=lambda p: p.name)
def test_every_evidence_passage_and_absent_item_gets_a_comment_on_its_text(checker, path):
    report, result, copy = annotated(checker, path.read_bytes(), path.name)
    ours = [c for c in copy.comments if c.author == AUTHOR]
    evidence = [(it, ev) for it in report.items for ev in it.evidence]
    absent = [it for it in report.items if it.status == "absent"]
    assert result.unplaced == ()
    assert len(ours) == len(result.comments) == len(evidence) + len(absent) > 0
    assert all(c.initials == "AC" for c in ours)
    texts = anchored(copy)
    by_id = {c.comment_id: c for c in ours}
    evidence_comments = [c for c in ours if "Ontbreekt:" not in c.text.split("\n")[0]]
    assert len(evidence_comments) == len(evidence)
    for (item, ev), comment in zip(evidence, evidence_comments):
        label = comment.text.split("\n")[0]
        assert label.startswith(f"akkoordcheck · {item.id} "), label
        anchor = key(texts[comment.comment_id])
        assert anchor
        # a sentence of its paragraph, or (a table row) the cell that holds the matched words
        assert key(ev.text) in anchor or anchor in key(ev.text), (ev.text, texts[comment.comment_id])
        if item.status != "covered":
            assert "Tekstsuggestie: " + item.suggestion in comment.text
    for comment in (c for c in ours if c not in evidence_comments):
        assert "Tekstsuggestie:" in comment.text and "Wat ontbreekt:" in comment.text
    assert set(by_id) <= set(texts)


def test_an_absent_item_is_commented_at_the_chapter_where_it_belongs(checker):
    report, result, copy = annotated(checker, SAMPLE.read_bytes(), SAMPLE.name)
    texts = anchored(copy)
    absent = {a.item_id: a for a in result.comments if a.kind == "absent"}
    assert {"P09", "T4"} <= set(absent)  # closed youth care: not in this agreement
    for item_id in ("P09", "T4"):
        comment = next(c for c in copy.comments if c.text.startswith(f"akkoordcheck · {item_id} Ontbreekt"))
        assert texts[comment.comment_id] == "Jeugd"  # the youth chapter's heading


def test_the_chapter_is_the_one_named_for_the_item_before_the_social_domain(checker):
    from checker.annotate import Chapters
    from tests.conftest import text_document

    doc = text_document("# Akkoord\n\n## Jeugd\n\nWe doen veel.\n\n## Sport en bibliotheken\n\nDe bieb.\n\n"
                        "## Verkeer\n\nWegen.")
    chapters = Chapters(checker.check_document(doc), checker)
    assert chapters.of("P08").text == "Sport en bibliotheken"  # its own words
    assert chapters.of("P09").text == "Jeugd"  # no chapter of its own: the social domain
    none = Chapters(checker.check_document(text_document("# Akkoord\n\n## Verkeer\n\nWegen.\n\n## Wonen\n\nHuizen.")),
                    checker)
    assert none.of("P09") is None  # the start of the document


def test_tracked_changes_and_the_reviewers_comment_survive_untouched(checker):
    raw = draft()

    def changes(document):
        out = []
        for tag in ("w:ins", "w:del", "w:moveFrom", "w:moveTo"):
            for el in document.element.body.iter(qn(tag)):
                out.append((tag, el.get(qn("w:id")), el.get(qn("w:author")), el.get(qn("w:date")),
                            "".join(t.text or "" for t in el.iter(qn("w:t"), qn("w:delText")))))
        return out

    before = docx.Document(__import__("io").BytesIO(raw))
    report, result, copy = annotated(checker, raw, "concept.docx")
    assert changes(copy) == changes(before) and len(changes(before)) >= 6
    assert [c.author for c in copy.comments].count("Wethouder") == 1
    texts = anchored(copy)
    p10 = next(c for c in copy.comments if c.text.startswith("akkoordcheck · P10 "))
    assert texts[p10.comment_id] == EXTENDED  # anchored on the inserted text
    assert STOP_TENDERING in " ".join(texts.values()) and RETENDER not in " ".join(texts.values())


def test_read_as_original_the_comments_go_on_the_text_before_the_changes(checker):
    report, result, copy = annotated(checker, draft(), "concept.docx", changes="original")
    texts = anchored(copy)
    p02 = next(c for c in copy.comments if c.text.startswith("akkoordcheck · P02 Tegenstrijdig"))
    assert texts[p02.comment_id] == RETENDER  # the deleted re-tendering, as the original said
    assert result.unplaced == ()


def test_a_passage_that_cannot_be_found_is_reported(checker):
    raw = SAMPLE.read_bytes()
    report = checker.check_document(load_bytes(raw, SAMPLE.name))
    item = next(it for it in report.items if it.evidence)
    ghost = replace(item.evidence[0], text="Deze zin staat nergens in het akkoord, ook niet ongeveer.")
    items = tuple(replace(it, evidence=(ghost, *it.evidence[1:])) if it is item else it for it in report.items)
    result = annotate_docx(raw, replace(report, items=items), checker)
    assert result.unplaced == ((item.id, ghost.text),)


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (.ci/run installs libreoffice-writer-nogui)")
def test_libreoffice_converts_the_annotated_copy(checker, tmp_path):
    import pypdfium2

    _, result, _ = annotated(checker, draft(), "concept.docx")
    (tmp_path / "concept.docx").write_bytes(result.data)
    run = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                          "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "concept.docx")],
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    pdf = pypdfium2.PdfDocument(tmp_path / "concept.pdf")
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Wij zorgen ervoor dat jongeren tot 23 jaar" in " ".join(text.split())


def test_cli_writes_the_copy_and_never_touches_the_draft(tmp_path):
    draft_path = tmp_path / "concept.docx"
    draft_path.write_bytes(draft())
    sha = hashlib.sha256(draft_path.read_bytes()).hexdigest()
    runner = CliRunner()
    res = runner.invoke(main, ["annotate", str(draft_path), "--out", str(tmp_path / "uit"), "--model", "blank"])
    assert res.exit_code == 0, res.output
    copy = tmp_path / "uit" / "concept.geannoteerd.docx"
    assert len([c for c in docx.Document(str(copy)).comments if c.author == AUTHOR]) > 0
    assert "bijgehouden wijzigingen" in res.stderr and "opmerkingen" in res.stderr
    assert hashlib.sha256(draft_path.read_bytes()).hexdigest() == sha
    assert [p.name for p in (tmp_path / "uit").iterdir()] == ["concept.geannoteerd.docx"]  # no temporary left


def test_cli_refuses_what_is_not_a_docx_and_wrong_usage(tmp_path):
    runner = CliRunner()
    text = tmp_path / "akkoord.docx"
    text.write_text("Dit is platte tekst met een .docx-naam.\n", encoding="utf-8")
    res = runner.invoke(main, ["annotate", str(text), "--out", str(tmp_path)])
    assert res.exit_code == 1 and "annotate leest alleen .docx; sla het concept op als .docx" in res.stderr
    assert runner.invoke(main, ["annotate"]).exit_code == 2
    assert runner.invoke(main, ["annotate", str(text), "--changes", "alles"]).exit_code == 2


def test_read_draft_refuses_a_pdf_before_the_checker_loads():
    from checker.errors import InputError

    with pytest.raises(InputError, match="annotate leest alleen .docx"):
        read_draft(CORPUS / "oosterveen_2026_coalitieakkoord.pdf")


def test_passages_in_text_boxes_tables_and_footnotes_are_placed(checker):
    from tests.test_docx_containers import SENTENCES, build_docx

    report, result, copy = annotated(checker, build_docx(), "akkoord.docx")
    assert result.unplaced == ()
    texts = anchored(copy)
    on = {c.text.split(" ")[2]: texts[c.comment_id] for c in copy.comments}
    assert on["P07"] == SENTENCES["text box"]
    assert on["P04"] == "Financiën."  # the footnote's passage, at its reference
    assert on["P09"] in ("Gesloten jeugdzorg", SENTENCES["nested table"])  # one cell of the row
