"""Setup faults give a message that says what to do (issue 18, smaller cases): a model that is not
installed, rule files whose YAML aliases make an endless or huge tree. Inputs built here."""
from __future__ import annotations

import shutil

import pytest
import spacy
from click.testing import CliRunner

from checker.cli import main
from checker.errors import RulesError
from checker.ruleset.loader import DEFAULT_RULES_DIR, load_ruleset
from tests.conftest import CORPUS

AGREEMENT = CORPUS / "lindewaard_2026_coalitieakkoord.txt"
needs_no_model = pytest.mark.skipif(spacy.util.is_package("nl_core_news_md"), reason="nl_core_news_md is installed")


@needs_no_model
@pytest.mark.parametrize("command", ["check", "batch"])
def test_a_model_that_is_not_installed_says_how_to_install_it(tmp_path, command):
    source = AGREEMENT if command == "check" else CORPUS
    result = CliRunner().invoke(main, [command, str(source), "--model", "nl_core_news_md", "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "python -m spacy download nl_core_news_md" in result.output
    assert "onverwachte fout" not in result.output and "Traceback" not in result.output


def _rules_with(tmp_path, prefix: str):
    d = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, d)
    items = d / "items.yaml"
    items.write_text(prefix + items.read_text(encoding="utf-8"), encoding="utf-8")
    return d


BOMB = 'x0: &a0 ["jeugd", "jeugd", "jeugd", "jeugd", "jeugd", "jeugd", "jeugd", "jeugd", "jeugd"]\n' + "".join(
    f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9))


@pytest.mark.parametrize("prefix,words", [(BOMB, "te groot"), ("rec: &r [*r]\n", "naar zichzelf")])
def test_yaml_alias_bombs_and_recursive_aliases_give_a_file_line_message(tmp_path, prefix, words):
    rules = _rules_with(tmp_path, prefix)
    with pytest.raises(RulesError) as e:
        load_ruleset(rules)
    assert words in str(e.value)
    assert f"{rules / 'items.yaml'}:" in str(e.value)  # file:line
    result = CliRunner().invoke(main, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code != 0 and words in result.output


def test_the_bundled_rules_use_aliases_and_still_load():
    import re

    assert re.search(r"(?m)(^|[\s\[,])\*\w", (DEFAULT_RULES_DIR / "items.yaml").read_text(encoding="utf-8"))
    assert load_ruleset().items


def test_a_benchmark_names_the_extra_it_needs(monkeypatch):
    """bench/second_opinion.py without scikit-learn says which pip extra to install, not ImportError."""
    import importlib.util

    from bench._needs import need

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "sklearn" else real(name, *a))
    with pytest.raises(SystemExit) as stop:
        need("numpy", "sklearn")
    assert "needs sklearn" in str(stop.value) and "pip install -e '.[bench]'" in str(stop.value)
    need("json")  # present: nothing happens
