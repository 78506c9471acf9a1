"""HTML, CSV and XLSX reports: structure, escaping of hostile documents, declared columns."""
from __future__ import annotations

import io
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from checker.report import render, render_bytes
from checker.report.columns import EVIDENCE_COLUMNS, INFO_COLUMNS, ITEM_COLUMNS
from tests.conftest import (CORPUS, SHARED, launch_chromium, needs_chromium, shared_corpus_available,
                            text_document)

HOSTILE = ("Jeugd\n\nWe versterken de wijkteams <script>alert('x')</script> en <img src=x onerror=alert(1)> "
           "<a href=\"javascript:alert(2)\">klik</a> &amp; &lt;b&gt; in elke wijk.\n")


class Collector(HTMLParser):
    """Tags, attributes and text of an HTML page; the contents of its scripts apart."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def only_the_copy_script(page: Collector) -> bool:
    """The page runs one script, the report's own copy buttons, allowed by its hash and nothing else."""
    import base64
    import hashlib

    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"][0]["content"]
    scripts = [a for t, a in page.tags if t == "script"]
    if len(page.scripts) != 1 or any(a for a in scripts):  # no src, no attributes
        return False
    digest = base64.b64encode(hashlib.sha256(page.scripts[0].encode("utf-8")).digest()).decode()
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    return directives.get("script-src") == [f"'sha256-{digest}'"]


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    return c


@pytest.fixture(scope="module")
def sample_report(checker):
    return checker.check(CORPUS / "oosterveen_2026_coalitieakkoord.pdf")


def test_html_is_self_contained_and_complete(sample_report):
    html = render(sample_report, "html")
    page = parse(html)
    tags = [t for t, _ in page.tags]
    assert only_the_copy_script(page)
    assert "link" not in tags and "iframe" not in tags
    for _, attrs in page.tags:
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not value.startswith(("http:", "https:", "//", "javascript:")), (key, value)
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]
    sections = [a["id"] for t, a in page.tags if t == "section" and a.get("class") == "item"]
    assert sections == [f"P{i:02d}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 6)]
    svgs = [a for t, a in page.tags if t == "svg"]
    assert len(svgs) == 1 and svgs[0]["aria-label"] == "Dekking per punt"
    # a track per item, a bar as long as its coverage, a short mark for a contradiction (never a full bar)
    rects = [a for t, a in page.tags if t == "rect"]
    items = sample_report.items
    assert len(rects) == 15 + sum(it.score > 0 for it in items) + sum(it.status == "contradicted" for it in items)
    assert not any(a["width"] == "400" and a["fill"] != "#f1f3f5" for a in rects)
    text = " ".join(page.text)
    assert "Tegenstrijdig" in text and "Tekstsuggestie" in text and "Toevoegen of vervangen" in text
    assert sample_report.ruleset.sha256 in text and "spacy.blank('nl')" in text
    # the matched words of the evidence are marked
    assert sum(1 for t, _ in page.tags if t == "mark") >= 10


def test_html_in_english(sample_report):
    text = " ".join(parse(render(sample_report, "html", lang="en")).text)
    assert "Coverage per item" in text and "Contradicted" in text and "Overgenomen" not in text


def test_hostile_document_runs_nothing(checker, tmp_path):
    report = checker.check_document(text_document(HOSTILE, name="akk<script>oord.txt"))
    assert report.items[4].status == "partial"  # P05 rests on the hostile sentence
    html = render(report, "html")
    page = parse(html)
    assert only_the_copy_script(page)
    assert not any("onerror" in a or any(str(v).startswith("javascript:") for v in a.values()) for _, a in page.tags)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "akk&lt;script&gt;oord.txt" in html
    # entities in the document are shown as written, not decoded into markup
    assert "&amp;amp; &amp;lt;b&amp;gt;" in html


def test_workbook_has_declared_columns_and_sheets(sample_report):
    sheets = pd.read_excel(io.BytesIO(render_bytes(sample_report, "xlsx")), sheet_name=None)
    assert list(sheets) == ["Punten", "Bewijs", "Document"]
    assert list(sheets["Punten"].columns) == [c.name for c in ITEM_COLUMNS]
    assert list(sheets["Bewijs"].columns) == [c.name for c in EVIDENCE_COLUMNS]
    assert list(sheets["Document"].columns) == [c.name for c in INFO_COLUMNS]
    assert list(sheets["Punten"]["id"]) == [it.id for it in sample_report.items]
    assert len(sheets["Bewijs"]) == sum(len(it.evidence) for it in sample_report.items)
    info = dict(zip(sheets["Document"]["key"], sheets["Document"]["value"]))
    assert info["ruleset_sha256"] == sample_report.ruleset.sha256 and int(info["pages"]) == 5


def test_csv_and_empty_result_keep_columns(checker, sample_report):
    df = pd.read_csv(io.StringIO(render(sample_report, "csv")))
    assert list(df.columns) == [c.name for c in ITEM_COLUMNS] and len(df) == 15
    empty = checker.check_document(text_document("Verkeer\n\nWe leggen een fietspad aan.\n"))
    sheets = pd.read_excel(io.BytesIO(render_bytes(empty, "xlsx")), sheet_name=None)
    assert len(sheets["Bewijs"]) == 0 and list(sheets["Bewijs"].columns) == [c.name for c in EVIDENCE_COLUMNS]


@needs_chromium
@pytest.mark.skipif(not shared_corpus_available(), reason="needs ../shared")
def test_html_of_a_real_agreement_in_a_browser(checker, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    report = checker.check(SHARED / "pdf" / "aa-en-hunze_2018_coalitieakkoord.pdf")
    page_file = tmp_path / "rapport.html"
    page_file.write_text(render(report, "html"), encoding="utf-8")
    requests, console = [], []
    with playwright.sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1100, "height": 1400})
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
        page.goto(page_file.as_uri())
        assert page.locator(".tile").count() == 15
        assert page.locator("h2").first.inner_text() == "Toevoegen of vervangen"
        shot = tmp_path / "summary.png"
        page.screenshot(path=str(shot))
        browser.close()
    assert requests == [page_file.as_uri()], requests
    assert console == []
    assert shot.stat().st_size > 20_000  # a page with content, not a blank one
