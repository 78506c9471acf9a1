"""Plain text and Markdown: form feed starts a new page; "[blz. N]" / "Pagina N" lines set the page."""
from __future__ import annotations

import re

from checker.errors import InputError
from checker.ingest.common import clean_text, join_hyphenated, lines_to_blocks
from checker.models import Block

_PAGE_MARKER = re.compile(r"^\s*(?:\[\s*(?:blz|pagina|p)\.?\s*(\d{1,4})\s*\]|-*\s*pagina\s+(\d{1,4})\s*-*)\s*$", re.I)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def decode(raw: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_text(raw: bytes) -> tuple[list[Block], int | None]:
    """Blocks of a text file and its number of pages (None when it has no page marks)."""
    text = clean_text(decode(raw))
    nul = text.count("\x00")
    if nul > 0.01 * len(text):
        raise InputError("Het bestand bevat binaire gegevens en is geen tekstbestand.",
                         hint="Lever een PDF, DOCX, ODT of tekstbestand aan.")
    text = text.replace("\x00", "")  # a few stray NUL bytes (a damaged export) carry no text
    # YAML front matter of Markdown files (as in static-site sources) is metadata, not text
    text = re.sub(r"(?ms)^---\n(?:[a-z_]+:.*?\n)+---\n", "\n", text)
    pages: list[tuple[int | None, list[str]]] = []
    has_marks = "\f" in text
    page: int | None = 1 if has_marks else None
    current: list[str] = []
    for chunk_i, chunk in enumerate(text.split("\f")):
        if chunk_i:
            pages.append((page, current))
            current = []
            page = (page or 0) + 1
        for line in chunk.split("\n"):
            m = _PAGE_MARKER.match(line)
            if m:
                if current:
                    pages.append((page, current))
                    current = []
                page = int(m.group(1) or m.group(2))
                has_marks = True
                continue
            current.append(line)
    pages.append((page, current))
    pages = [(p, join_hyphenated(lines)) for p, lines in pages]
    blocks = lines_to_blocks(pages)
    if not blocks:
        raise InputError("Het tekstbestand is leeg.", hint="Controleer of u het juiste bestand heeft gekozen.")
    n_pages = max((p for p, _ in pages if p is not None), default=None) if has_marks else None
    return blocks, n_pages
