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
