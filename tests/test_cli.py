"""The command line: outputs, the JSON contract, exit codes, messages, documentation."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import CORPUS, ROOT

SAMPLE = CORPUS / "lindewaard_2026_coalitieakkoord.txt"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_check_writes_dutch_markdown_and_json(run, tmp_path):
    res = run("check", SAMPLE, "--out", tmp_path, "--model", "blank")
    assert res.exit_code == 0, res.output
    md = (tmp_path / "lindewaard_2026_coalitieakkoord.md").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "lindewaard_2026_coalitieakkoord.json").read_text(encoding="utf-8"))
    assert "## Overzicht" in md and "Tegenstrijdig" in md and "Tekstsuggestie" in md
    assert "spacy.blank('nl')" in md
    assert set(data) >= {"document", "ruleset", "checker_version", "items"}
    assert set(data["ruleset"]) == {"id", "version", "sha256"}
    assert data["document"]["name"] == SAMPLE.name and data["document"]["words"] > 1500
    assert [i["id"] for i in data["items"]] == [f"P{i:02d}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 6)]
    for item in data["items"]:
        assert item["kind"] in ("point", "theme")
        assert item["status"] in ("covered", "partial", "mentioned", "absent", "contradicted")
        assert 0 <= item["score"] <= 1
        assert item["commitment"] in ("firm", "intent", "weak", None)
        for ev in item["evidence"]:
            assert set(ev) >= {"page", "text", "heading", "cue", "aspect"}
        if item["status"] != "absent":
            assert item["evidence"]
    p02 = next(i for i in data["items"] if i["id"] == "P02")
    assert p02["status"] == "contradicted"
    assert p02["evidence"][0]["page"] == 2 and "aanbesteden" in p02["evidence"][0]["text"]
    # the gap report quotes the letter's suggestion with its source
    assert "We stoppen met marktwerking, open-house constructies" in md
    assert "Tekstsuggesties voor uw coalitieakkoord (april 2026), punt 2" in md


def test_check_to_stdout_and_english(run):
    res = run("check", SAMPLE, "--out", "-", "--model", "blank")
    assert res.exit_code == 0
    assert len(json.loads(res.output)["items"]) == 15
    res = run("check", SAMPLE, "--out", "-", "--format", "md", "--lang", "en", "--model", "blank")
    assert "## Overview" in res.output and "Contradicted" in res.output


def test_missing_file_is_a_clear_error_without_traceback(run, tmp_path):
    res = run("check", tmp_path / "bestaat-niet.pdf", "--out", tmp_path)
    assert res.exit_code == 1
    assert "bestaat niet" in res.output and "Traceback" not in res.output


def test_one_bad_file_does_not_stop_the_others(run, tmp_path):
    bad = tmp_path / "leeg.txt"
    bad.write_bytes(b"")
    res = run("check", bad, SAMPLE, "--out", tmp_path / "out", "--model", "blank")
    assert res.exit_code == 1
    assert (tmp_path / "out" / "lindewaard_2026_coalitieakkoord.json").exists()
    assert "leeg" in res.output


def test_usage_errors_exit_2(run, tmp_path):
    assert run("check", SAMPLE, "--format", "docx").exit_code == 2
    assert run("check").exit_code == 2
    assert run("bestaat-niet").exit_code == 2


def test_output_place_that_is_a_file(run, tmp_path):
    blocker = tmp_path / "bezet"
    blocker.write_text("x")
    res = run("check", SAMPLE, "--out", blocker, "--model", "blank")
    assert res.exit_code == 1 and "Kan niet schrijven" in res.output


def test_existing_report_is_replaced_without_leftovers(run, tmp_path):
    target = tmp_path / "lindewaard_2026_coalitieakkoord.json"
    target.write_text("oud rapport")
    assert run("check", SAMPLE, "--out", tmp_path, "--format", "json", "--model", "blank").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["items"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_rules_commands(run, tmp_path):
    res = run("rules", "validate")
    assert res.exit_code == 0 and res.output.startswith("OK: jzn-2026")
    res = run("rules", "list")
    assert "P10" in res.output and "kern extended" in res.output
    (tmp_path / "items.yaml").write_text("ruleset: {id: x, version: '1'}\nitems: [{id: P99}]\n")
    (tmp_path / "cues.yaml").write_text("cues: []\n")
    res = run("rules", "validate", "--rules", tmp_path)
    assert res.exit_code == 1
    assert "items.yaml:2 [items -> 0 -> id]" in res.output


def _commands(group: click.Group, prefix: str = "akkoordcheck"):
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}"


def test_every_command_is_documented_in_readme_and_has_an_example():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in _commands(main):
        assert command in readme, f"README does not document `{command}`"
    for name, cmd in main.commands.items():
        subs = cmd.commands.values() if isinstance(cmd, click.Group) else [cmd]
        for sub in subs:
            assert "Example" in (sub.help or ""), f"{name} {sub.name} has no example in its help"


def test_settle_collects_then_pauses_the_collector_and_check_gives_it_back(tmp_path):
    """A batch worker and `check` leave the cycle collector off while they check a document
    (pipeline.settle): what was garbage is collected first, and `check` run in-process (as from
    Python or these tests) turns the collector back on when it is done."""
    import gc
    import weakref

    from checker.pipeline import settle

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a reference cycle, reachable from nothing once the names go
    gone = weakref.ref(a)
    del a, b
    try:
        settle(pause_collector=True)
        assert gone() is None and not gc.isenabled()
    finally:
        gc.enable()
    res = CliRunner().invoke(main, ["check", str(SAMPLE), "--format", "json", "--out", str(tmp_path),
                                    "--model", "blank"])
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / f"{SAMPLE.stem}.json").read_text(encoding="utf-8"))["items"]
    assert gc.isenabled()
