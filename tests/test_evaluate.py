"""`akkoordcheck evaluate`: metrics, the keyword baseline, output files, bad gold files."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.evaluate import ADDRESSED, Evaluation, DocumentResult, cohen_kappa, evaluate
from tests.conftest import CORPUS, SHARED, shared_corpus_available


def test_kappa_known_values():
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    # 50% observed agreement, 50% expected: kappa 0
    assert cohen_kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]) == 0.0
    assert cohen_kappa([("a", "b"), ("b", "a")]) == -1.0


def test_binary_counts():
    ev = Evaluation("g", "d", results=[DocumentResult("x", {"P01": "covered", "P02": "absent", "P03": "mentioned"},
                                                      {}, {"P01": "partial", "P02": "mentioned", "P03": "absent"})])
    b = ev.binary(ADDRESSED)
    assert (b.tp, b.fp, b.fn) == (1, 1, 1) and b.f1 == 0.5
    assert ev.binary({"contradicted"}).precision is None  # nothing predicted: undefined, not perfect


def test_cli_evaluate_on_samples_writes_markdown_and_json(tmp_path):
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(CORPUS / "gold"), "--docs", str(CORPUS),
                                    "--baseline", "keywords", "--out", str(tmp_path), "--model", "blank"])
    assert res.exit_code == 0, res.output
    assert "| exact status accuracy |" in res.output and "keyword baseline" in res.output
    assert "## Confusion matrix" in res.output
    data = json.loads((tmp_path / "evaluation.json").read_text(encoding="utf-8"))
    assert set(data["overall"]) == {"tool", "baseline"}
    assert data["overall"]["tool"]["n"] == 45
    assert data["overall"]["tool"]["contradicted"]["recall"] == 1.0
    # the Ctrl-F reader never sees a contradiction
    assert data["overall"]["baseline"]["contradicted"]["tp"] == 0
    assert (tmp_path / "evaluation.md").read_text(encoding="utf-8") == res.output


def test_disagreements_show_both_evidences(tmp_path, checker):
    ev = evaluate(CORPUS / "gold", CORPUS, checker)
    from checker.report.evaluation import evaluation_markdown

    md = evaluation_markdown(ev)
    for r, item in ev.disagreements():
        assert f"### {r.document} {item}: gold {r.gold[item]}, tool {r.predicted[item]}" in md
    if ev.disagreements():
        assert "- gold: “" in md and "- tool (p. " in md


def test_bad_gold_file_is_a_clear_error(tmp_path):
    (tmp_path / "x.json").write_text('{"document": "a.txt", "labels": {"P01": {"status": "half"}}}')
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path), "--docs", str(tmp_path)])
    assert res.exit_code == 1 and "ongeldig" in res.output and "Traceback" not in res.output


@pytest.mark.skipif(not shared_corpus_available(), reason="../shared/corpus is not beside the checkout")
def test_tool_beats_keyword_baseline_on_shared_gold(checker):
    ev = evaluate(SHARED / "gold", SHARED, checker, baseline=True)
    assert ev.kappa() >= ev.kappa(system="baseline") + 0.25
    assert ev.binary(ADDRESSED).f1 > ev.binary(ADDRESSED, system="baseline").f1
