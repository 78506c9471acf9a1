"""HTML (a web page, Word's "Opslaan als webpagina") with lxml: the body's headings, paragraphs, list
items and table rows in reading order, as the text reader's Markdown lines, so that headings, bullets
and tables are read as in a text file. Scripts, styles and comments are not text."""
from __future__ import annotations

import codecs
import re

from lxml import html as lxml_html

from checker.ingest.text import read_text
from checker.models import Block

_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BLOCKS = {"p", "li", "tr", "caption", "dt", "dd", "blockquote", "pre", *_HEADINGS}
_LISTS = {"ul", "ol"}
_NOT_TEXT = ("script", "style", "noscript", "template", "head")


def _text(el) -> str:
    """The element's words, leaving out nested lists (their items are blocks of their own)."""
    parts: list[str] = []

    def walk(e) -> None:
        if e.text:
            parts.append(e.text)
        for child in e:
            if not isinstance(child.tag, str):  # a comment or processing instruction
                pass
            elif child.tag in _LISTS or (child.tag in _BLOCKS and el.tag != "tr"):
                pass  # read as its own block
            elif child.tag in ("br",):
                parts.append(" ")
            else:
                walk(child)
                if child.tag in ("td", "th"):
                    parts.append(" | ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split()).strip(" |")


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.I)


def _encoding(raw: bytes) -> str:
    """The page's declared charset, else UTF-8 when it decodes, else Windows-1252 (lxml on its own
    takes bytes without a declaration as Latin-1: "€" would come out as "â\x82¬")."""
    m = _CHARSET.search(raw[:4096])
    if m:
        try:
            return codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            pass
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def html_to_markdown(raw: bytes) -> str:
    root = lxml_html.document_fromstring(raw, parser=lxml_html.HTMLParser(encoding=_encoding(raw)))
    for bad in root.xpath("|".join(f"//{t}" for t in _NOT_TEXT)):
        bad.drop_tree()
    lines: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        if el.tag != "tr" and any(a.tag in ("tr", "pre") for a in el.iterancestors()):
            continue  # a paragraph inside a table cell belongs to its row
        text = _text(el)
        if not text:
            continue
        if el.tag in _HEADINGS:
            lines.append("#" * _HEADINGS[el.tag] + " " + text)
        elif el.tag == "li" or (el.tag == "p" and any(a.tag == "li" for a in el.iterancestors())):
            # (a paragraph inside a list item, as Word's web export writes them, is that item)
            depth = sum(1 for a in el.iterancestors() if a.tag in _LISTS)
            lines.append("  " * max(0, depth - 1) + "- " + text)
        elif el.tag == "tr":
            lines.append("| " + text + " |")
        else:
            lines.append(text)
        lines.append("")
    if not any(line.strip() for line in lines):
        body = root.find("body")
        lines = [" ".join((body if body is not None else root).text_content().split())]
    return "\n".join(lines)


def read_html(raw: bytes) -> tuple[list[Block], int | None]:
    """Blocks of an HTML document (it has no pages)."""
    return read_text(html_to_markdown(raw).encode("utf-8"))
