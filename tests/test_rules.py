"""Rule files: validated at load; every error names file, line and key path."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.errors import RulesError
from checker.ruleset.loader import DEFAULT_RULES_DIR, load_ruleset


@pytest.fixture
def rules_copy(tmp_path) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, d)
    return d


def _break(d: Path, old: str, new: str, count: int = 1) -> None:
    p = d / "items.yaml"
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(d: Path, needle: str) -> int:
    for i, line in enumerate((d / "items.yaml").read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return i
    raise AssertionError(needle)


def test_bundled_rules_are_valid_and_versioned():
    rs = load_ruleset()
    assert [it.id for it in rs.items] == [f"P{i:02d}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 6)]
    assert re.fullmatch(r"[0-9a-f]{64}", rs.info.sha256) and rs.info.version


def test_hash_changes_with_content(rules_copy):
    before = load_ruleset(rules_copy).info.sha256
    _break(rules_copy, "lichte jeugdhulp,", "lichte jeugdhulp, lichte jeugdzorg,")
    assert load_ruleset(rules_copy).info.sha256 != before


def test_unknown_key_is_named_with_line_and_path(rules_copy):
    _break(rules_copy, "        label: lichte, ambulante jeugdhulp substantieel terugdringen",
           "        label: lichte, ambulante jeugdhulp substantieel terugdringen\n        wegingsfactor: 2")
    with pytest.raises(RulesError) as err:
        load_ruleset(rules_copy)
    line = _line_of(rules_copy, "wegingsfactor")
    assert any(p.endswith(f"items.yaml:{line} [items -> 0 -> aspects -> 0 -> wegingsfactor] unknown key 'wegingsfactor'")
               for p in err.value.problems), err.value.problems


def test_wrong_type_and_empty_aspects_and_duplicate_id(rules_copy):
    _break(rules_copy, "        polarity: down\n", "        polarity: omlaag\n")
    _break(rules_copy, "  - id: P03\n", "  - id: P02\n")
    with pytest.raises(RulesError) as err:
        load_ruleset(rules_copy)
    text = "\n".join(err.value.problems)
    assert "[items -> 0 -> aspects -> 0 -> polarity]" in text
    assert "appears twice" in text
    assert all(re.match(r".+items\.yaml:\d+ \[.*\] .+", p) for p in err.value.problems)


def test_negated_affirms_must_name_an_aspect_of_its_item(rules_copy):
    _break(rules_copy, "        negated_affirms: cooperation", "        negated_affirms: samenwerking")
    with pytest.raises(RulesError) as err:
        load_ruleset(rules_copy)
    assert any("negated_affirms names no aspect of P07" in p for p in err.value.problems), err.value.problems


def test_item_without_aspects(rules_copy):
    text = (rules_copy / "items.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: P09")
    aspects = text.index("    aspects:", start)
    contradictions = text.index("    contradictions:", aspects)
    (rules_copy / "items.yaml").write_text(text[:aspects] + "    aspects: []\n" + text[contradictions:], encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_ruleset(rules_copy)
    assert any("[items -> 8 -> aspects]" in p for p in err.value.problems)


def test_yaml_syntax_error_has_line(rules_copy):
    p = rules_copy / "cues.yaml"
    lines = p.read_text(encoding="utf-8").splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("      - "))
    lines[target] = lines[target] + ": ]["
    p.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_ruleset(rules_copy)
    assert re.search(rf"cues\.yaml:{target + 1} \[\]", err.value.problems[0]), err.value.problems


def test_term_lists_may_join_named_lists():
    # YAML aliases inside a list (`[[*closed, *closed_generic], [...]]`) are one flat group, as written out
    from pydantic import ValidationError

    from checker.ruleset.schema import Matcher

    m = Matcher.model_validate({"terms": [["a", "b"], "c"], "with": [[["d", "e"], ["f"]], ["g"]]})
    assert m.terms == ["a", "b", "c"]
    assert m.with_ == [["d", "e", "f"], ["g"]]
    with pytest.raises(ValidationError):
        Matcher.model_validate({"terms": [["a", ""]]})
    with pytest.raises(ValidationError):
        Matcher.model_validate({"terms": ["a"], "with": ["not a group"]})
