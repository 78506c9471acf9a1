"""Raw HTML from the document never reaches the Markdown report as HTML (issue 18, class 6): a
viewer that renders HTML in Markdown (markdown-it-py with html=True, as many do) loads nothing."""
from __future__ import annotations

from click.testing import CliRunner
from markdown_it import MarkdownIt

from checker.cli import main

HOSTILE = """# Coalitieakkoord <img src=x onerror="alert(1)">

## Jeugd <script>alert('kop')</script>

We versterken de wijkteams <iframe src="http://example.invalid/x"></iframe> zodat gezinnen laagdrempelig
hulp krijgen, ook bij schulden en huisvesting.

We stoppen met aanbesteden van de jeugdzorg <script>fetch('http://example.invalid')</script> en kiezen
voor langjarige subsidierelaties met een beperkt aantal aanbieders.
"""


def _render(tmp_path, name="akkoord.txt"):
    src = tmp_path / name
    src.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["check", str(src), "--out", str(out), "--format", "md", "--model", "blank"])
    assert result.exit_code == 0, result.output
    return next(out.glob("*.md")).read_text(encoding="utf-8")


def test_markdown_report_renders_no_tag_from_the_document(tmp_path):
    md = _render(tmp_path)
    assert "wijkteams" in md  # the passages are there, as evidence
    html = MarkdownIt("commonmark", {"html": True}).render(md)
    for tag in ("<iframe", "<script", "<img"):
        assert tag not in html.lower(), tag
    # and the reader still sees what the document says
    assert "&lt;iframe" in html


def test_a_file_name_with_markup_is_shown_as_text(tmp_path):
    md = _render(tmp_path, name="akkoord<img src=x>.txt")
    html = MarkdownIt("commonmark", {"html": True}).render(md)
    assert "<img" not in html.lower()
