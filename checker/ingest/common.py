"""Text clean-up and the line-to-block logic shared by the PDF and plain-text readers."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from checker.models import Block

_CHAR_MAP = {
    "\u00ad": "",  # soft hyphen
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    "\u2010": "-", "\u2011": "-",
    "\ufffe": "",  # pdfium's mark for a word hyphenated over a line break (it joins the line itself)
}
# str.translate with a table of strings takes its slow path over every character (13 ms for an
# agreement of 25,000 words); one search finds the few characters there are to map
_CHAR_RE = re.compile("[" + "".join(_CHAR_MAP) + "]")

BULLET_RE = re.compile(
    r"^\s*(?:[•·▪■□◦●○►▶➢➤✓✔√\uf0b7\uf0a7\uf076\uf0d8\-–—*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(?=\S)"
)
_SENTENCE_PUNCT = frozenset(".!?:;")
_CLOSERS = frozenset("'\")]")
_PAGE_NUMBER = re.compile(r"^\s*(?:pagina|blz\.?|page)?\s*\d{1,4}\s*(?:/\s*\d{1,4}|van \d{1,4})?\s*$", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_WIKI_HEADING = re.compile(r"^\s*(={1,6})\s*(.+?)\s*\1\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Ý][^.!?]*$")


# a line of a table of contents: leader dots ("Jeugd . . . . 12", "Jeugd ........ 12") or a wide gap
# before a page number ("7.2 Jeugd                11")
_TOC_LINE = re.compile(r"^\s*\S.{0,100}?(?:(?:\s?\.){3,}|…+|\s{3,}|\t)\s*\d{1,3}\s*$")
# (with the document's name after it: "Inhoudsopgave collegeprogramma Boterdijk 2026-2030")
_TOC_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:inhoud|inhoudsopgave|inhoudstafel)(?:\s+[^\s.!?:;,]+){0,6}\s*$", re.I)
_PAGE_REF_END = re.compile(r"\((?:p\.|blz\.?|pagina)\s*\d{1,3}\)\s*$", re.I)
# a table of contents run into one line: "Inhoudsopgave ... 1 Samen aan de slag (p. 2) 2 Lokale teams (p. 5)"
_TOC_INLINE_HEAD = re.compile(r"^\s*(?:inhoud|inhoudsopgave|inhoudstafel)\b", re.I)
_PAGE_REF = re.compile(r"\((?:p\.|blz\.?|pagina)\s*\d{1,3}\)", re.I)
# a running header or footer on a line of its own, or that PDF text put at the end of a line after its last
# sentence: "... aan de A-weg. blz. 11 – Collegeprogramma Paddenbroek 2026-2030 – 3. Jeugdhulp en onderwijs"
_INLINE_RUNNING = re.compile(
    r"(?:(?<=[.!?])\s+|^\s*)(?:(?:blz\.?|pagina|p\.)\s*\d{1,4}\s*[-–—|]\s*(?:\S+\s+){0,3}(?:coalitie|bestuurs|raads|college)"
    r"(?:akkoord|programma)\b.*"
    r"|(?:coalitie|bestuurs|raads|college)(?:akkoord|programma)\b[^.!?]{0,80}\s[-–—|]\s.{0,80}(?:blz\.?|pagina|p\.)\s*\d{1,4})\s*$",
    re.I)


def inline_toc(line: str) -> bool:
    """A table of contents run into one line: it opens with "Inhoud(sopgave)" or holds two page references
    "(p. 5)" or more."""
    refs = len(_PAGE_REF.findall(line))
    return refs >= 2 or (refs == 1 and bool(_TOC_INLINE_HEAD.match(line)))


def without_inline_running(line: str) -> str:
    """The line without a running header or footer run into its end (`_INLINE_RUNNING`)."""
    return _INLINE_RUNNING.sub("", line) if ("blz" in line or "pagina" in line or "p." in line) else line
# a table row: Markdown pipes, or a label followed by two or more amounts ("Verlengde jeugdhulp 18-23 jaar
# 120 120 120 120", "OZB inflatie plus 4 procent -310 -625"); a separator row "|---|---|" carries nothing
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|]+\|[^|]*\|")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_AMOUNT = r"[-−–+]?\s?(?:€\s?)?\d[\d.,]*(?:\s?(?:%|mln|k))?"
_NUMBER_ROW = re.compile(r"^\s*[^\d\s|].*?\S(?:\s+" + _AMOUNT + r"){2,}\s*$")


def table_row_text(line: str) -> str | None:
    """The text of a table row (cells joined by ' | '), '' for a separator row, None for no row."""
    if "-" in line and _PIPE_SEPARATOR.match(line):
        return ""
    if "|" in line and _PIPE_ROW.match(line):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return " | ".join(c for c in cells if c)
    # (an amount ends in a digit, "%", "mln" or "k": the backtracking regex only for such lines)
    if line.rstrip()[-1:] in _AMOUNT_ENDS and _NUMBER_ROW.match(line) and not _ends_sentence(line.strip()):
        return " ".join(line.split())
    return None


_AMOUNT_ENDS = frozenset("0123456789%nk")


def _two_column_row(line: str, before: str | None, after: str | None) -> bool:
    """A line of two cells split by one " | ", right next to another line with a " | " (a table written
    as text without outer pipes); one such line alone is a sentence with a bar in it."""
    if line.count("|") != 1 or " | " not in line or not all(c.strip() for c in line.split("|")):
        return False
    return any(other is not None and " | " in other for other in (before, after))


_INLINE_BULLET_SIGNS = "●•▪■►➢\uf0b7"
_INLINE_BULLET = re.compile(r"(?<=\S)[ \t]*([" + _INLINE_BULLET_SIGNS + r"])[ \t]*(?=\S)")


def _ends_sentence(s: str) -> bool:
    """Whether a (stripped) line ends a sentence: '.', '!', '?', ':' or ';', perhaps before a closing
    quote or bracket. (A regex searched for this tries every position of the line.)"""
    return s[-1:] in _SENTENCE_PUNCT or (s[-1:] in _CLOSERS and s[-2:-1] in _SENTENCE_PUNCT)


# a word broken by a hyphen and a space inside a line, where a converter joined the lines of a
# hyphenated word but kept the hyphen ("ambu- lante", "jeugd- hulp"); not a Dutch elision, whose
# second part follows a conjunction ("jeugd- en gezinsteam", "speel- of sportplek")
_HYPHEN_SPACE = re.compile(r"- ([a-zà-ÿ][^\W\d_]*)(?![\w-])")
_ELISION_NEXT = frozenset({"en", "of", "tot", "noch", "dan", "als", "t", "m"})


def join_broken_words(text: str) -> str:
    """'ambu- lante' -> 'ambulante'; 'jeugd- en gezinsteam' stays.

    The search starts at the "- " and looks back over the letters of the first part: a pattern that
    opens with the first part's letters (behind a look-behind) is tried at every position of the
    text, which cost as much as the rest of reading a text file."""
    if "- " not in text:
        return text
    out: list[str] = []
    last = 0
    for m in _HYPHEN_SPACE.finditer(text):
        i = j = m.start()
        while j > last and text[j - 1].isalpha():
            j -= 1
        before = text[j - 1] if j > 0 else " "
        if i - j < 2 or before.isalnum() or before in "-_" or m.group(1) in _ELISION_NEXT:
            continue  # not a whole word of two letters or more, or an elision ("jeugd- en gezinsteam")
        out.append(text[last:i])
        out.append(m.group(1))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def clean_text(text: str) -> str:
    """Fold ligatures, drop soft hyphens and zero-width marks, make exotic spaces plain, and join
    words broken by a hyphen inside a line (`join_broken_words`).

    A bullet sign inside a line (text extracted from a PDF list often runs items together:
    "... werk. ●We steunen ...") starts a new line, so each item is its own bullet.
    """
    text = _CHAR_RE.sub(lambda m: _CHAR_MAP[m.group()], text).replace("\r\n", "\n").replace("\r", "\n")
    text = join_broken_words(text)
    if not any(sign in text for sign in _INLINE_BULLET_SIGNS):  # the look-behind is slow: only when needed
        return text
    return _INLINE_BULLET.sub(r"\n\1 ", text)


_HYPHENATED = re.compile(r"([a-zà-ÿ]{2,})-\s*$")


def join_hyphenated(lines: Sequence[str]) -> list[str]:
    """Join words broken over lines with a hyphen ("voorko-" + "men" -> "voorkomen").

    A hyphen stays when the next line starts with a capital or "en"/"of" ("jeugd-\\nen gezinsteam"),
    because then it is a Dutch elision, not a line-break hyphen.
    """
    out: list[str] = []
    carry = ""
    for line in lines:
        line = carry + line if carry else line
        carry = ""
        # (the regex only where the line ends in a hyphen: searched in every line, it cost more
        # than the rest of reading a text file)
        m = _HYPHENATED.search(line) if line.rstrip().endswith("-") else None
        if m and not BULLET_RE.match(line[m.start():]):
            out.append(line[: m.end(1)])
            carry = "\x00"  # marker: the next line continues this word
            continue
        out.append(line)
    # resolve markers
    result: list[str] = []
    for line in out:
        if line.startswith("\x00") and result:
            rest = line[1:]
            head = rest.lstrip()
            first = head.split(" ", 1)[0] if head else ""
            if first[:1].islower() and first not in {"en", "of", "tot"}:
                result[-1] = result[-1] + head
            else:
                result[-1] = result[-1] + "-"
                result.append(head)
        else:
            result.append(line.lstrip("\x00"))
    return result


def repeating_lines(pages: Sequence[Sequence[str]], edge: int = 3) -> set[str]:
    """Lines that recur at the top or bottom of many pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        nonblank = [ln.strip() for ln in lines if ln.strip()]
        edges = set(nonblank[:edge] + nonblank[-edge:])
        counts.update(_normalise_edge(ln) for ln in edges)
    limit = max(3, int(len(pages) * 0.4))
    return {ln for ln, n in counts.items() if n >= limit and ln}


def _normalise_edge(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def is_page_furniture(line: str, repeating: set[str]) -> bool:
    """True for running headers/footers and bare page numbers."""
    s = line.strip()
    return bool(_PAGE_NUMBER.match(s)) or (_normalise_edge(s) in repeating)


def _heading_level(line: str, next_line: str | None, prev_blank: bool) -> int:
    """0 when `line` is not a heading, else a guess of its level."""
    s = line.strip()
    if not s:
        return 0
    if m := _MD_HEADING.match(s):
        return len(m.group(1))
    if m := _WIKI_HEADING.match(s):
        return len(m.group(1))
    words = s.split()
    if len(words) > 12 or len(s) > 90 or _ends_sentence(s) or s.endswith(","):
        return 0
    if BULLET_RE.match(s) and not _NUMBERED_HEADING.match(s):
        return 0
    if _NUMBERED_HEADING.match(s) and len(words) <= 10:
        # "1. Beperken van ..." followed by "2. ..." is a numbered list, not a chapter title; nor is an item
        # whose line breaks off its sentence ("1. Het aantal kinderen met lichte" / "begeleiding daalt ...")
        if BULLET_RE.match(s) and (BULLET_RE.match(next_line or "") or _continues(words[-1])
                                   or (next_line or "").strip()[:1].islower()):
            return 0
        return 1 if re.match(r"^\s*\d{1,2}\.?\s", s) else 2
    letters = "".join(filter(str.isalpha, s))  # (per character in C: this runs for most lines of a PDF)
    if len(letters) > 3 and sum(map(str.isupper, letters)) / len(letters) > 0.8:
        return 1
    nxt = (next_line or "").strip()
    starts_upper = s[:1].isupper() or s[:1].isdigit()
    if starts_upper and prev_blank and (not nxt or nxt[:1].isupper() or BULLET_RE.match(nxt)) and len(words) <= 8 \
            and not _continues(words[-1]) and not (len(words) >= 7 and _OUR_SUBJECT & {w.lower() for w in words}):
        return 2
    return 0


# a line of seven words or more with "we" in it is the start of a sentence ("Samen met de regiogemeenten
# openen we een nieuwe" / "JeugdzorgPlus-locatie ..."); headings with "we" are short ("Wat gaan we doen")
_OUR_SUBJECT = frozenset({"we", "wij"})


# words that end no title: a line ending in one goes on on the next line, as a PDF column wraps a sentence
# before a name ("We kiezen ervoor om lichte, ambulante jeugdhulp in" / "Wervelde substantieel ...")
_CONTINUING = frozenset({"de", "het", "een", "en", "of", "maar", "in", "op", "van", "voor", "met", "aan", "bij", "naar",
                         "om", "te", "tot", "door", "over", "uit", "zodat", "omdat", "onze", "hun", "deze"})
# (not a verb or pronoun that ends a title: "Hulp waar kinderen zijn", "Wat doen we", "Doen wat nodig is")


def _continues(word: str) -> bool:
    """Whether a line that ends in `word` breaks off a sentence (a function word, or a comma)."""
    return word.endswith(",") or word.lower() in _CONTINUING


def _heading_text(line: str) -> str:
    s = line.strip()
    if m := _MD_HEADING.match(s):
        return m.group(2)
    if m := _WIKI_HEADING.match(s):
        return m.group(2)
    return s


def lines_to_blocks(pages: Iterable[tuple[int | None, Sequence[str]]], start_order: int = 0) -> list[Block]:
    """Turn the lines of each page into blocks: headings, bullets and paragraphs.

    A paragraph may continue over several lines (PDF text, text extracted from PDF); a blank
    line always ends it. A paragraph that ends a page without a full stop continues on the
    next page.
    """
    blocks: list[Block] = []
    order = start_order
    cur: list[str] = []
    cur_kind = "paragraph"
    cur_page: int | None = None
    cur_indent = 0
    # where the current paragraph went over onto a later page: (index of its first line there, page)
    cur_breaks: list[tuple[int, int]] = []

    def flush() -> None:
        nonlocal cur, order, cur_kind, cur_breaks
        text = " ".join(" ".join(cur).split())  # every run of white space one space
        if text:
            kind = cur_kind
            level = 0
            shift = 0
            if kind == "bullet":
                bare = BULLET_RE.sub("", text, count=1)
                shift = len(text) - len(bare) + len(bare) - len(bare.lstrip())
                text = bare.strip()
                level = 1 + (cur_indent // 4)
            starts = []
            if cur_breaks:
                # offsets of the lines in the joined text: each non-blank line, one space between
                offsets, pos = [], 0
                for line in cur:
                    offsets.append(pos)
                    words = line.split()
                    if words:
                        pos += len(" ".join(words)) + 1
                starts = [(max(0, offsets[i] - shift), p) for i, p in cur_breaks if i < len(offsets)]
            blocks.append(Block(text=text, page=cur_page, kind=kind, order=order, level=level,
                                page_starts=tuple(starts)))
            order += 1
        cur = []
        cur_breaks = []
        cur_kind = "paragraph"

    in_toc = False
    for page, lines in pages:
        lines = list(lines)
        # the next non-blank line after each line, found in one backward pass
        next_text: list[str | None] = [None] * len(lines)
        following: str | None = None
        for i in range(len(lines) - 1, -1, -1):
            next_text[i] = following
            if lines[i].strip():
                following = lines[i]
        prev_blank = True
        for i, raw in enumerate(lines):
            line = without_inline_running(raw.rstrip())
            if not line.strip() and raw.strip():
                # a running header on a line of its own states nothing, like a table of contents' line
                flush()
                blocks.append(Block(text=" ".join(raw.split()), page=page, kind="toc", order=order))
                order += 1
                prev_blank = True
                continue
            if not line.strip():
                flush()
                prev_blank = True
                continue
            # a table row (a label with two or more amounts, or cells between pipes; a two-column row of
            # one " | " beside another such line: "Inkoop jeugdhulp | Geen open house meer")
            row = table_row_text(line)
            if row is None and _two_column_row(line, lines[i - 1] if i else None,
                                               lines[i + 1] if i + 1 < len(lines) else None):
                row = " | ".join(c.strip() for c in line.split("|") if c.strip())
            if row is not None:
                flush()
                if row:
                    blocks.append(Block(text=row, page=page, kind="table_row", order=order))
                    order += 1
                in_toc = False
                prev_blank = True
                continue
            # a table of contents: its lines are no headings and no text of the agreement
            if _TOC_HEADING.match(line):
                flush()
                blocks.append(Block(text=_heading_text(line), page=page, kind="heading", order=order, level=1))
                order += 1
                in_toc = True
                prev_blank = True
                continue
            if (line.rstrip()[-1:].isdigit() and _TOC_LINE.match(line)) or (in_toc and re.search(r"\s\d{1,3}\s*$", line) and len(line.strip()) < 110) \
                    or inline_toc(line) or (in_toc and _PAGE_REF_END.search(line) and len(line.strip()) < 110):
                flush()
                blocks.append(Block(text=" ".join(line.split()), page=page, kind="toc", order=order))
                order += 1
                in_toc = True
                continue
            in_toc = False
            nxt = next_text[i]
            level = _heading_level(line, nxt, prev_blank or not cur or _ends_sentence(cur[-1].strip()))
            indent = len(line) - len(line.lstrip(" \t"))
            if level:
                flush()
                blocks.append(Block(text=_heading_text(line), page=page, kind="heading", order=order, level=level))
                order += 1
                prev_blank = True
                continue
            bullet = bool(BULLET_RE.match(line))
            # an indented line after a lead-in ending with ":" is a bullet too (text extracted from PDF lists)
            indented_item = indent >= 4 and blocks and not cur and blocks[-1].text.endswith(":")
            if bullet or indented_item:
                flush()
                cur_kind = "bullet"
                cur_indent = indent
                cur_page = page
                cur = [line]
            elif cur and cur_kind == "bullet" and indent < cur_indent:
                flush()
                cur_page = page
                cur = [line]
            elif cur and cur_kind == "bullet" and re.search(r"[.!?]$", cur[-1].strip()) \
                    and indent < 4 and line.lstrip()[:1].isupper():
                # PDF text has no indentation: after a bullet that ends a sentence, a capitalised
                # line starts the next paragraph rather than continuing the bullet
                flush()
                cur_page = page
                cur = [line]
            elif cur and _ends_sentence(cur[-1].strip()) and indent >= 4 and cur_kind == "bullet":
                flush()
                cur_kind = "bullet"
                cur_indent = indent
                cur_page = page
                cur = [line]
            else:
                if not cur:
                    cur_page = page
                elif page != cur_page and page is not None and (not cur_breaks or cur_breaks[-1][1] != page):
                    cur_breaks.append((len(cur), page))  # the paragraph goes on over a page break
                cur.append(line)
            prev_blank = False
        # a paragraph that ends a page with a full stop ends there
        if cur and _ends_sentence(cur[-1].strip()):
            flush()
    flush()
    return blocks
