"""Build DOCX and PDF agreements from a small markup, for corpus samples and ingest tests.

Markup: `# ` / `## ` headings, `- ` bullets, `| a | b |` table rows, `<<pagebreak>>`,
paragraphs separated by blank lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Element:
    kind: str  # heading1 | heading2 | bullet | paragraph | row | pagebreak
    text: str = ""
    cells: tuple[str, ...] = ()


def parse(markup: str) -> list[Element]:
    out: list[Element] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(Element("paragraph", " ".join(para)))
            para.clear()

    for line in markup.splitlines():
        s = line.strip()
        if not s:
            flush()
        elif s == "<<pagebreak>>":
            flush()
            out.append(Element("pagebreak"))
        elif s.startswith("## "):
            flush()
            out.append(Element("heading2", s[3:]))
        elif s.startswith("# "):
            flush()
            out.append(Element("heading1", s[2:]))
        elif s.startswith("- "):
            flush()
            out.append(Element("bullet", s[2:]))
        elif s.startswith("|"):
            flush()
            out.append(Element("row", cells=tuple(c.strip() for c in s.strip("|").split("|"))))
        else:
            para.append(s)
    flush()
    return out


def build_docx(markup: str, path: Path) -> Path:
    """A Word file with heading styles, list bullets, a table and explicit page breaks."""
    import docx

    doc = docx.Document()
    table = None
    for el in parse(markup):
        if el.kind != "row":
            table = None
        if el.kind == "heading1":
            doc.add_heading(el.text, level=1)
        elif el.kind == "heading2":
            doc.add_heading(el.text, level=2)
        elif el.kind == "bullet":
            doc.add_paragraph(el.text, style="List Bullet")
        elif el.kind == "paragraph":
            doc.add_paragraph(el.text)
        elif el.kind == "pagebreak":
            doc.add_page_break()
        elif el.kind == "row":
            if table is None:
                table = doc.add_table(rows=0, cols=len(el.cells))
            cells = table.add_row().cells
            for c, text in zip(cells, el.cells):
                c.text = text
    doc.save(str(path))
    return path


WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WORDML_NS = (f'xmlns:w="{WORDML}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:v="urn:schemas-microsoft-com:vml" '
             'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_PARTS = {  # part name: (root element, relationship type, content type), all of WordprocessingML
    "footnotes": ("footnotes", "footnotes", "footnotes"),
    "comments": ("comments", "comments", "comments"),
    "styles": ("styles", "styles", "styles"),
}


def wordml_docx(body: str, **parts: str) -> bytes:
    """A DOCX package written as its XML parts: `body` is the inside of w:body, `parts` the inside of
    word/footnotes.xml, word/comments.xml or word/styles.xml. For markup python-docx cannot write
    (tracked changes, content controls, text boxes), so that each is real WordprocessingML."""
    import io
    import zipfile

    pkg = "http://schemas.openxmlformats.org/package/2006"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    overrides = "".join(f'<Override PartName="/word/{name}.xml" ContentType="{wml}.{_PARTS[name][2]}+xml"/>'
                        for name in parts)
    rels = "".join(f'<Relationship Id="rId{i}" Type="{office}/{_PARTS[name][1]}" Target="{name}.xml"/>'
                   for i, name in enumerate(parts, start=10))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml",
                   f'{head}<Types xmlns="{pkg}/content-types">'
                   f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>{overrides}</Types>')
        z.writestr("_rels/.rels", f'{head}<Relationships xmlns="{pkg}/relationships">'
                   f'<Relationship Id="rId1" Type="{office}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", f'{head}<Relationships xmlns="{pkg}/relationships">{rels}</Relationships>')
        z.writestr("word/document.xml", f"{head}<w:document {WORDML_NS}><w:body>{body}<w:sectPr/></w:body></w:document>")
        for name, inner in parts.items():
            z.writestr(f"word/{name}.xml", f"{head}<w:{_PARTS[name][0]} {WORDML_NS}>{inner}</w:{_PARTS[name][0]}>")
    return buf.getvalue()


def wr(text: str) -> str:
    """A WordprocessingML run."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def wp(*runs: str, style: str = "", mark: str = "") -> str:
    """A paragraph of runs; `mark` a tracked change of its paragraph mark ("ins" or "del")."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if mark:
        props += (f'<w:rPr><w:{mark} w:id="{next(_CHANGE_IDS)}" w:author="Onderhandelaar" '
                  'w:date="2026-04-01T10:00:00Z"/></w:rPr>')
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


_CHANGE_IDS = iter(range(100, 10_000))


def ins(text: str, author: str = "Onderhandelaar") -> str:
    """Text inserted as a tracked change."""
    return f'<w:ins w:id="{next(_CHANGE_IDS)}" w:author="{author}" w:date="2026-04-01T10:00:00Z">{wr(text)}</w:ins>'


def dele(text: str, author: str = "Onderhandelaar") -> str:
    """Text deleted as a tracked change (its runs hold w:delText)."""
    return (f'<w:del w:id="{next(_CHANGE_IDS)}" w:author="{author}" w:date="2026-04-01T10:00:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')


def move(text: str, name: str, to: bool) -> str:
    """Text moved as a tracked change: its old place (`to=False`, w:moveFrom) or its new one."""
    kind = "moveTo" if to else "moveFrom"
    i = next(_CHANGE_IDS)
    return (f'<w:{kind}RangeStart w:id="{i}" w:name="{name}" w:author="Onderhandelaar" w:date="2026-04-01T10:00:00Z"/>'
            f'<w:{kind} w:id="{i + 10_000}" w:author="Onderhandelaar" w:date="2026-04-01T10:00:00Z">{wr(text)}'
            f'</w:{kind}><w:{kind}RangeEnd w:id="{i}"/>')


def build_pdf(markup: str, path: Path, header: str, hyphenate: bool = True) -> Path:
    """A one-column A4 PDF with a running header, a page-number footer and hyphenated line breaks."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = A4
    left, right, top, bottom = 72, 72, 80, 72
    usable = width - left - right
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(header)
    page = 1
    y = height - top

    def furniture() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(left, height - 40, header)
        c.drawRightString(width - right, 36, f"Pagina {page}")

    def new_page() -> None:
        nonlocal page, y
        c.showPage()
        page += 1
        y = height - top
        furniture()

    def lines_of(text: str, font: str, size: float, indent: float) -> list[str]:
        words, lines, cur = text.split(), [], ""
        limit = usable - indent
        for w in words:
            trial = f"{cur} {w}".strip()
            if stringWidth(trial, font, size) <= limit:
                cur = trial
                continue
            if hyphenate and len(w) >= 9 and w.isalpha():
                # break a long word over the line end, as typesetting software does
                for cut in range(len(w) - 3, 3, -1):
                    head = f"{cur} {w[:cut]}-".strip()
                    if stringWidth(head, font, size) <= limit:
                        lines.append(head)
                        cur = w[cut:]
                        break
                else:
                    lines.append(cur)
                    cur = w
                continue
            lines.append(cur)
            cur = w
        if cur:
            lines.append(cur)
        return lines

    def draw(text: str, font: str, size: float, indent: float = 0, bullet: bool = False, gap: float = 6) -> None:
        nonlocal y
        for i, line in enumerate(lines_of(text, font, size, indent)):
            if y < bottom + size:
                new_page()
            c.setFont(font, size)
            if bullet and i == 0:
                c.drawString(left + indent - 12, y, "•")
            c.drawString(left + indent, y, line)
            y -= size * 1.4
        y -= gap

    furniture()
    for el in parse(markup):
        if el.kind == "heading1":
            draw(el.text, "Helvetica-Bold", 16, gap=10)
        elif el.kind == "heading2":
            y -= 6
            draw(el.text, "Helvetica-Bold", 12.5, gap=4)
        elif el.kind == "bullet":
            draw(el.text, "Helvetica", 10.5, indent=18, bullet=True, gap=3)
        elif el.kind == "paragraph":
            draw(el.text, "Helvetica", 10.5)
        elif el.kind == "row":
            draw("    ".join(el.cells), "Helvetica", 10.5, gap=1)
        elif el.kind == "pagebreak":
            new_page()
    c.save()
    return path


def scanned_pdf(path: Path, pages: int = 3) -> Path:
    """A PDF whose pages are pictures only (no text layer), like a scan."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for _ in range(pages):
        c.rect(50, 50, 400, 600, fill=1)
        c.showPage()
    c.save()
    return path
