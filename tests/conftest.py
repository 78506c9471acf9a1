"""Shared fixtures: one blank-Dutch checker per session, paths to the corpora."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from checker.ingest.text import read_text
from checker.models import Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def checker():
    """The default rule set on the pip-installable pipeline (spacy.blank('nl') + lookups)."""
    from checker.pipeline import Checker

    return Checker.create(model="blank")


def text_document(text: str, name: str = "test.txt") -> Document:
    raw = text.encode("utf-8")
    blocks, pages = read_text(raw)
    return Document(name=name, path=name, format="text", pages=pages, blocks=tuple(blocks),
                    sha256=hashlib.sha256(raw).hexdigest())


@pytest.fixture(scope="session")
def check_text(checker):
    """Score a piece of Dutch text; returns {item id: ItemScore}."""

    def run(text: str):
        report = checker.check_document(text_document(text))
        return {it.id: it for it in report.items}

    return run


def shared_corpus_available() -> bool:
    return (SHARED / "gold").is_dir()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")


def launch_chromium(playwright):
    """Debian's Chromium, headless, with every background service that could phone home switched off."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"])
