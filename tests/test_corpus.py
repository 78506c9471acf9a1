"""End to end: the project's samples against their gold labels, and every shared document."""
from __future__ import annotations

import json
import re

import pytest

from checker.evaluate import evaluate
from tests.conftest import CORPUS, SHARED, shared_corpus_available

SAMPLES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx", ".pdf") and "_coalitieakkoord" in p.name)


def test_samples_cover_formats_length_and_every_status():
    assert {p.suffix for p in SAMPLES} == {".txt", ".docx", ".pdf"}
    statuses = set()
    for p in SAMPLES:
        gold = json.loads((CORPUS / "gold" / f"{p.stem}.json").read_text(encoding="utf-8"))
        assert gold["document"] == p.name and len(gold["labels"]) == 15
        statuses |= {v["status"] for v in gold["labels"].values()}
    assert statuses == {"covered", "partial", "mentioned", "absent", "contradicted"}


@pytest.fixture(scope="module")
def sample_eval(checker):
    return evaluate(CORPUS / "gold", CORPUS, checker)


def test_samples_every_contradiction_found(sample_eval):
    assert all(r.error is None for r in sample_eval.results)
    b = sample_eval.binary({"contradicted"})
    in_gold = sum(s == "contradicted" for r in sample_eval.results for s in r.gold.values())
    assert in_gold >= 3 and b.tp == in_gold and b.fp == 0


def test_samples_statuses_mostly_agree_with_gold(sample_eval):
    for r in sample_eval.results:
        assert r.agree >= 12, (r.document, {k: (r.gold[k], r.predicted[k]) for k in r.gold if r.gold[k] != r.predicted[k]})


def test_samples_pages_on_evidence(sample_eval):
    for r in sample_eval.results:
        for item in r.report.items:
            for ev in item.evidence:
                assert ev.page is not None and 1 <= ev.page <= r.report.document.pages, (r.document, item.id)


SHARED_DOCS = sorted(SHARED.glob("*.txt")) + sorted((SHARED / "pdf").glob("*.pdf")) if shared_corpus_available() else []


@pytest.mark.skipif(not shared_corpus_available(), reason="../shared/corpus is not beside the checkout")
@pytest.mark.parametrize("path", SHARED_DOCS, ids=[p.name for p in SHARED_DOCS])
def test_shared_document_yields_fifteen_items(checker, path):
    report = checker.check(path)
    assert [it.id for it in report.items] == [f"P{i:02d}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 6)]
    # ingest loses no text: the document keeps nearly every word of the raw file
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        raw = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    else:
        # Markdown front matter is metadata, not text
        raw = re.sub(r"(?ms)^---\n.*?^---\n", "", path.read_text(encoding="utf-8"))
    raw_words = sum(any(c.isalpha() for c in w) for w in raw.split())
    words = sum(any(c.isalpha() for c in w) for b in report.document.blocks for w in b.text.split())
    assert words >= 0.95 * raw_words, (words, raw_words)
    for item in report.items:
        assert (item.status == "absent") == (not item.evidence)
        if path.suffix == ".pdf":
            assert all(ev.page is not None and 1 <= ev.page <= report.document.pages for ev in item.evidence)


@pytest.mark.skipif(not shared_corpus_available(), reason="../shared/corpus is not beside the checkout")
def test_shared_gold_accuracy_does_not_regress(checker):
    ev = evaluate(SHARED / "gold", SHARED, checker)
    assert all(r.error is None for r in ev.results)
    # issue 3's targets (measured 0.867 / 0.782 / 0.943 when set): a drop means a rule change hurt real text
    assert ev.accuracy() >= 0.85 and ev.kappa() >= 0.75, (ev.accuracy(), ev.kappa())
    assert ev.binary({"covered", "partial", "mentioned", "contradicted"}).f1 >= 0.92


INDEPENDENT = SHARED / "independent"


@pytest.mark.skipif(not (INDEPENDENT / "gold").is_dir(), reason="../shared/corpus/independent is not beside the checkout")
def test_all_shared_gold_meets_issue_15_targets(checker):
    """All gold of ../shared/corpus and its independent agreements together (issue 15's targets:
    exact >= 0.88, kappa >= 0.82, contradicted precision and recall >= 0.9; measured 0.889 / 0.854 /
    1.00 / 0.92 when set, first sight before the work 0.692 / 0.600 / 0.63 / 0.68)."""
    from checker.evaluate import cohen_kappa

    pairs = []
    for gold, docs in ((SHARED / "gold", SHARED), (INDEPENDENT / "gold", INDEPENDENT)):
        ev = evaluate(gold, docs, checker)
        assert all(r.error is None for r in ev.results)
        pairs += ev.pairs()
    exact = sum(g == p for g, p in pairs) / len(pairs)
    tp = sum(g == p == "contradicted" for g, p in pairs)
    fp = sum(p == "contradicted" != g for g, p in pairs)
    fn = sum(g == "contradicted" != p for g, p in pairs)
    assert exact >= 0.88 and cohen_kappa(pairs) >= 0.82, (exact, cohen_kappa(pairs))
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.9, (tp, fp, fn)


@pytest.mark.skipif(not (INDEPENDENT / "gold").is_dir(), reason="../shared/corpus/independent is not beside the checkout")
@pytest.mark.parametrize("name", ["esschenbroek_2026.pdf", "kranenwaarde_2026.pdf", "leeuwenmonde_2026.pdf",
                                  "stavermond_2026.docx", "vliethoven_2026.docx", "weversveen_2026.docx",
                                  "wilgenwaard_2026.docx"])
def test_docx_and_pdf_score_as_their_text(checker, name):
    """The same agreement as Word or PDF (with its layout: tables, running headers, page numbers)
    gets the statuses of its plain text."""
    from checker.ingest import load

    path = INDEPENDENT / name
    as_text = {it.id: it.status for it in checker.check_document(load(path.with_suffix(".txt"))).items}
    as_laid_out = {it.id: it.status for it in checker.check_document(load(path)).items}
    assert as_laid_out == as_text


def test_unseen_agreements_support_the_accuracy_every_report_states(checker):
    """corpus/unseen: three agreements written outside the rules' development (first sight 0.822);
    reports state the figure of checker/accuracy.py, which must still hold."""
    from checker.accuracy import MEASURED

    ev = evaluate(CORPUS / "unseen" / "gold", CORPUS / "unseen", checker)
    assert all(r.error is None for r in ev.results)
    assert len(ev.pairs()) == MEASURED["agreements"]["n_labels"]
    assert ev.accuracy() >= MEASURED["agreements"]["exact"] - 0.005, ev.accuracy()
