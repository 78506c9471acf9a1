"""PDF with a text layer, read with pypdfium2: blocks per page, furniture removed."""
from __future__ import annotations

import re

import pypdfium2 as pdfium

from checker.errors import InputError, NoTextError
from checker.language import function_word_share
from checker.ingest.common import clean_text, is_page_furniture, join_hyphenated, lines_to_blocks, repeating_lines
from checker.models import Block


def _open(raw: bytes, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(raw, password=password)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            if password is None:
                # an empty user password is common on "protected" government PDFs
                return _open(raw, "")
            raise InputError("De PDF is versleuteld met een wachtwoord.",
                             hint="Sla hem zonder beveiliging op (of vraag een onbeveiligde versie) en probeer opnieuw.") from e
        # a PDF without pages: pdfium fails with "Success" or, after another error in the process,
        # that stale error ("Data format error"), so its page tree is looked at too
        if "success" in msg or (re.search(rb"/Count\s+0\b", raw) and not re.search(rb"/Count\s+[1-9]", raw)):
            raise InputError("De PDF heeft geen pagina's of geen leesbare paginaboom.",
                             hint="Download het bestand opnieuw of sla het opnieuw op als PDF.") from e
        raise InputError(f"De PDF is beschadigd en kan niet worden gelezen ({str(e).rstrip('.')}).",
                         hint="Download het bestand opnieuw of sla het opnieuw op als PDF.") from e


def read_pdf(raw: bytes, max_pages: int | None = None) -> tuple[list[Block], int, tuple[str, ...]]:
    """Blocks of a PDF, its page count and its printed page labels ("" where a page has none, and
    () when the file defines none); raise InputError for scans and unreadable text."""
    pdf = _open(raw, None)
    try:
        n = len(pdf)
        if max_pages is not None and n > max_pages:
            raise InputError(f"De PDF heeft {n} pagina's, meer dan de grens van {max_pages}.",
                             hint="Verhoog de grens met --max-pages of lever alleen het akkoord zelf aan.")
        labels = tuple(pdf.get_page_label(i) or "" for i in range(n))
        if not any(labels):
            labels = ()
        pages: list[list[str]] = []
        for i in range(n):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
            pages.append(clean_text(text).split("\n"))
    finally:
        pdf.close()
    total_chars = sum(len("".join(p).strip()) for p in pages)
    if total_chars < 20 * max(1, n) // 4:
        raise NoTextError("De PDF heeft geen tekstlaag: het is waarschijnlijk een scan.",
                          hint="Draai opnieuw met --ocr voor tekstherkenning (OCR; vraagt ocrmypdf en tesseract-ocr-nld), "
                               "of vraag de gemeente om een digitale versie.")
    _check_garbage(pages)
    repeating = repeating_lines(pages)
    cleaned = []
    for i, lines in enumerate(pages, start=1):
        kept = [ln for ln in lines if not is_page_furniture(ln, repeating)]
        cleaned.append((i, join_hyphenated(kept)))
    return lines_to_blocks(cleaned), n, labels


_LETTER = re.compile(r"[^\W\d_]")
_ODD = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b-\x1f]")  # replacement, private use, control
_VOWEL = re.compile("[aeiouyAEIOUY]")


def _check_garbage(pages: list[list[str]]) -> None:
    """A font without a Unicode map yields symbols instead of words: refuse to score that."""
    text = " ".join(" ".join(p) for p in pages)
    has_letters = _LETTER.search(text) is not None
    odd = sum(1 for _ in _ODD.finditer(text))
    words = text.split()
    wordlike = sum(1 for w in words if _VOWEL.search(w))
    share = function_word_share(text)
    if (not has_letters or odd > 0.1 * max(1, len(text.strip()))
            or (len(words) > 50 and wordlike < 0.4 * len(words))
            or (share is not None and share < 0.03)  # letter soup: no "de", "het", "en" anywhere
            or (len(words) > 20 and sum(len(w) > 25 for w in words) > 0.3 * len(words))):  # no word breaks
        raise NoTextError("De tekst van de PDF kon niet worden uitgelezen (het lettertype heeft geen tekentabel).",
                          hint="Exporteer de PDF opnieuw vanuit het bronbestand, of draai opnieuw met --ocr "
                               "(tekstherkenning).")
