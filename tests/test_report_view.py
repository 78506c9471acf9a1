"""The report a negotiator acts on: 'Toevoegen of vervangen' first, copyable suggestions in the
agreement's own words, status definitions, Dutch dates and numbers, print, contrast, a narrow screen."""
from __future__ import annotations

import re
from html import escape

import pytest

from checker.models import STATUS_SYMBOLS
from checker.report import render
from checker.report.html import STATUS_COLOURS, STATUS_INK
from checker.report.todo import RANK, todos
from tests.conftest import CORPUS, SHARED, launch_chromium, needs_chromium, shared_corpus_available

AGREEMENT = CORPUS / "lindewaard_2026_coalitieakkoord.txt"
INDEPENDENT = SHARED / "independent" / "aldervaart_2026.txt"


@pytest.fixture(scope="module")
def report(checker):
    path = INDEPENDENT if INDEPENDENT.exists() else AGREEMENT
    return checker.check(path)


def test_the_gaps_come_in_the_negotiators_order_each_subject_once(report):
    view = todos(report)
    ranks = [RANK[d.status] for d in view]
    assert ranks == sorted(ranks), [(d.ids, d.status) for d in view]
    ids = [i for d in view for i in d.ids]
    assert len(ids) == len(set(ids)), "an item appears twice"
    open_items = {it.id for it in report.items if it.status != "covered"}
    assert set(ids) == open_items, "every gap and only gaps"
    merged = {it.id: it.merge_with for it in report.items if it.merge_with}
    for point, theme in merged.items():
        holders = [d for d in view if point in d.ids or theme in d.ids]
        assert len(holders) <= 1, (point, theme, [d.ids for d in holders])


def test_a_contradiction_quotes_the_passage_to_replace(report):
    for d in todos(report):
        if d.status == "contradicted":
            assert d.replace and all(g.quote for g in d.replace)
        else:
            assert not d.replace
        # only what is missing: nothing the agreement already commits to
        met = {a for it in report.items if it.id in d.ids for a in it.aspects_met}
        assert not any(g.aspect in met for g in d.missing)


def test_suggestions_are_agreement_sentences_not_demands(checker):
    """The manifesto's 'Stop met ...', 'Versterk ...' rewritten as 'We ...' (the source is kept)."""
    for item in checker.ruleset.items:
        text = item.agreement_form or item.suggestion
        first = text.split()[0]
        assert first in ("We", "Wij", "Als"), (item.id, text[:60])
    themes = [i for i in checker.ruleset.items if i.kind == "theme"]
    assert all(i.agreement_form and i.agreement_form != i.suggestion for i in themes)


def test_html_has_a_copy_button_per_suggestion_and_one_for_all(report):
    html = render(report, "html")
    assert "user-select: all" not in html  # selecting part of a suggestion must work
    view = todos(report)
    pastes = re.findall(r'<blockquote class="suggestion paste" id="(paste-[^"]+)"', html)
    assert len(pastes) == sum(len(d.suggestions) for d in view) and len(set(pastes)) == len(pastes)
    for target in pastes:
        assert f'data-copy="{target}"' in html
    assert html.count('data-copy="all"') == 1
    # the view comes before the summary
    assert html.index('id="toevoegen"') < html.index('id="overzicht"')


def test_status_definitions_symbols_and_measured_accuracy_in_the_report(report):
    for fmt in ("html", "md"):
        text = render(report, fmt)
        assert "Wat de statussen betekenen" in text and "Niets in het akkoord gaat over dit punt." in text
        assert "Gemeten op tekst die de regels niet kenden" in text
        for s, symbol in STATUS_SYMBOLS.items():
            assert symbol in text


def test_dates_and_numbers_are_dutch(report):
    html = render(report, "html")
    assert re.search(r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                     r"december) 20\d\d om \d\d:\d\d", html)
    words = f"{report.document.words:,}".replace(",", ".")
    assert f"Woorden: {words}" in html
    assert not re.search(r"\b0\.\d\d\b", html.split("<details")[0]), "a score written with a decimal point"


def test_developer_details_are_folded_away(report):
    html = render(report, "html")
    details = html[html.index('<details class="developer">'):]
    assert report.document.sha256 in details and "spacy.blank(&#39;nl&#39;)" in details
    assert report.document.sha256 not in html[:html.index('<details class="developer">')]


def test_confidential_marks_html_and_markdown(report):
    assert "VERTROUWELIJK" in render(report, "html", confidential=True)
    assert "VERTROUWELIJK" not in render(report, "html")
    assert render(report, "md", confidential=True).startswith("**VERTROUWELIJK**")


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("status", list(STATUS_COLOURS))
def test_every_status_colour_meets_wcag_aa_contrast_with_its_text(status):
    a, b = sorted((_luminance(STATUS_COLOURS[status]), _luminance(STATUS_INK[status])), reverse=True)
    assert (a + 0.05) / (b + 0.05) >= 4.5


def test_markdown_renders_in_commonmark_with_gaps_outside_the_quotes(report):
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").render(render(report, "md"))
    for quote in re.findall(r"<blockquote>(.*?)</blockquote>", html, flags=re.S):
        assert "Wat ontbreekt" not in quote and "Vervang door" not in quote
    assert "<h2>Toevoegen of vervangen</h2>" in html
    # each evidence passage its own quote: no quote holds two page footers
    assert not any(len(re.findall(r"— p\. ", q)) > 1 for q in re.findall(r"<blockquote>(.*?)</blockquote>", html, flags=re.S))


@needs_chromium
def test_in_chromium_copy_narrow_screen_and_print(report, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "rapport.html"
    page_file.write_text(render(report, "html", confidential=True), encoding="utf-8")
    errors = []
    with playwright.sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(viewport={"width": 360, "height": 800})
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(page_file.as_uri())
        # the tile grid and the rest fit a 360 px screen
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        first = page.locator("#toevoegen button.copy:not([data-copy='all'])").first
        first.wait_for(state="visible")
        target = first.get_attribute("data-copy")
        first.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == page.locator(f"#{target}").inner_text().strip() and copied.startswith(("We", "Wij", "Als"))
        page.locator("button[data-copy='all']").click()
        assert page.evaluate("navigator.clipboard.readText()").count("\n\n") == \
            page.locator("#toevoegen .paste").count() - 1
        # printed: no copy buttons, the marking on the page
        page.emulate_media(media="print")
        assert page.locator("button.copy").first.is_hidden()
        assert page.locator(".confidential").is_visible()
        browser.close()
    assert errors == []


AXE = CORPUS.parent / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"


@needs_chromium
@pytest.mark.skipif(not AXE.exists(), reason="needs the npm package axe-core (.ci/run installs it)")
@pytest.mark.skipif(not shared_corpus_available(), reason="needs ../shared")
def test_axe_core_finds_no_serious_violation(report, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "rapport.html"
    page_file.write_text(render(report, "html"), encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_context(bypass_csp=True).new_page()  # to load axe itself; the report has its own CSP
        page.goto(page_file.as_uri())
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})")
        browser.close()
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == []
