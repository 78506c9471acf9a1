"""Properties: any text yields fifteen valid items; nothing opens a network connection."""
from __future__ import annotations

import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import InputError
from checker.models import STATUSES
from tests.conftest import CORPUS, text_document

ITEM_IDS = [f"P{i:02d}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 6)]

WORDS = ["We", "wij", "gaan", "niet", "geen", "onderzoeken", "stoppen", "met", "aanbesteden", "jeugdzorg",
         "wijkteams", "versterken", "bibliotheek", "sluiten", "18", "jaar", "verlengde", "jeugdhulp", "maar",
         "gesloten", "afbouwen", "naar", "kleinschalige", "waar", "mogelijk", "scholen", ";", ":", ",", ".",
         "open-house", "minder", "meer", "extra", "budget", "preventie", "armoede", "Er", "komt", "•", "-", "1."]
lines = st.lists(st.sampled_from(WORDS), min_size=0, max_size=25).map(" ".join)
documents = st.lists(st.tuples(st.sampled_from(["", "- ", "• ", "    ", "1. ", "## "]), lines), max_size=20).map(
    lambda parts: "\n".join(prefix + line for prefix, line in parts))


def _assert_valid(items):
    assert [it.id for it in items] == ITEM_IDS
    for it in items:
        assert it.status in STATUSES and 0.0 <= it.score <= 1.0
        assert (it.status == "absent") == (not it.evidence)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400))
def test_any_unicode_text(checker, text):
    from checker.ingest.common import clean_text

    if not clean_text(text).strip() or "\x00" in text:
        # empty or binary text is refused at ingest, tested in test_ingest (so is text of nothing but
        # soft hyphens and zero-width marks, which clean_text drops: "\u200b", "\xad")
        return
    _assert_valid(checker.check_document(text_document(text)).items)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_bullet_structure_and_cue_mix(checker, text):
    if not text.strip():
        return
    _assert_valid(checker.check_document(text_document(text)).items)


def test_no_network_connection_during_a_full_run(monkeypatch, tmp_path):
    """Start-up, a PDF check and every report format, with every way to the network closed."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network use: {args[:2]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from checker.nlp import load_pipeline
    from checker.pipeline import Checker
    from checker.report import FORMATS, write

    load_pipeline.cache_clear()  # build the pipeline again inside the closed room
    fresh = Checker.create(model="blank")
    report = fresh.check(CORPUS / "oosterveen_2026_coalitieakkoord.pdf")
    written = write(report, list(FORMATS), tmp_path)
    assert len(written) == len(FORMATS)


def test_max_pages_is_a_clear_error(checker):
    from checker.errors import InputError

    with pytest.raises(InputError) as err:
        checker.check(CORPUS / "oosterveen_2026_coalitieakkoord.pdf", max_pages=3)
    assert "5 pagina's" in err.value.message and "--max-pages" in err.value.hint
