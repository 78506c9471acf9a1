"""Bad and hostile inputs, built from the project's own samples: the rows of the fault matrix.

Each `Fault` makes one file (or non-file) in a folder and says what a user must see: `check`
exits 1 with a message containing `expect`, or (`ok=True`) reads it, exit 0, with `expect` in
the report's warnings or nothing to expect. The README's table of inputs lists the same rows.
"""
from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.builders import build_docx, scanned_pdf
from tests.conftest import CORPUS

WORDS = ("wij investeren in de jeugdzorg en versterken de lokale teams in elke wijk van onze gemeente zodat "
         "kinderen en jongeren op tijd de juiste hulp krijgen dichtbij huis").split()


def dutch_lines(pages: int, per_page: int = 30) -> list[list[str]]:
    """Distinct Dutch lines per page (lines repeated page after page would be taken for headers)."""
    rng = random.Random(pages)
    return [[" ".join(rng.sample(WORDS, 14)) for _ in range(per_page)] for _ in range(pages)]


def text_pdf(path: Path, pages: int = 2, encrypt=None, lines: list[list[str]] | None = None) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=encrypt)
    for lines in lines or dutch_lines(pages):
        y = 800
        for line in lines:
            c.drawString(50, y, line)
            y -= 20
        c.showPage()
    c.save()
    return path


def pdf_without_unicode_map(path: Path, first_code: int = 1) -> Path:
    """Text in a Type3 font whose codes are numbered in order of first use, as a font subsetter does,
    without a ToUnicode map: the page looks fine, but the extracted text is letter soup."""
    import pikepdf

    pdf = pikepdf.new()
    codes: dict[str, int] = {}
    contents = []
    for lines in dutch_lines(3):
        ops = [b"BT /F1 11 Tf 14 TL 50 800 Td"]
        for line in lines:
            enc = bytes(codes.setdefault(ch, first_code + len(codes)) for ch in line)
            ops.append(b"(" + re.sub(rb"([\\()])", rb"\\\1", enc) + b") Tj T*")
        ops.append(b"ET")
        contents.append(b"\n".join(ops))
    names = [f"/g{i}" for i in range(len(codes))]
    glyph = pdf.make_stream(b"600 0 0 0 500 700 d1 0 0 500 700 re f")
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, 0, 500, 700],
        FontMatrix=[0.001, 0, 0, 0.001, 0, 0], CharProcs=pikepdf.Dictionary({n: glyph for n in names}),
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding,
                                    Differences=pikepdf.Array([first_code] + [pikepdf.Name(n) for n in names])),
        FirstChar=first_code, LastChar=first_code + len(names) - 1, Widths=[600] * len(names),
        Resources=pikepdf.Dictionary()))
    for ops in contents:
        pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)), Contents=pdf.make_stream(ops))))
    pdf.save(path)
    return path


SCANNED_PAGE = ["Coalitieakkoord 2026-2030", "", "Jeugd en gezin", "",
                "Wij versterken de lokale teams in elke wijk, zodat kinderen en ouders snel hulp krijgen.",
                "De gemeente investeert in de jeugdzorg en in de samenwerking met het onderwijs.",
                "Jongeren houden na hun achttiende recht op steun tot zij zelfstandig kunnen wonen.",
                "Wij kopen de specialistische jeugdhulp regionaal in, met langjarige afspraken."] * 3


def image_pdf_with_text(path: Path) -> Path:
    """A real scan: a page of Dutch text rendered to a picture, with no text layer."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    src = text_pdf(path.with_suffix(".src.pdf"), lines=[SCANNED_PAGE])
    image = pdfium.PdfDocument(str(src))[0].render(scale=300 / 72).to_pil()
    src.unlink()
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(image), 0, 0, width=595, height=842)
    c.showPage()
    c.save()
    return path


def broken_xref(path: Path) -> Path:
    raw = text_pdf(path).read_bytes()
    i = raw.rfind(b"xref")
    path.write_bytes(raw[:i] + re.sub(rb"\d{10} 00000 n", b"0000000999 00000 n", raw[i:]))
    return path


def zip_bomb_docx(path: Path, unpacked_mb: int = 600) -> Path:
    """A Word file whose parts unpack to more than the limit (zeros compress a thousandfold)."""
    good = build_docx("# Akkoord\n\nWe versterken de wijkteams.\n", path.with_suffix(".tmp.docx"))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item, src.read(item))
        with z.open("word/media/padding.bin", "w", force_zip64=True) as fh:
            block = bytes(1 << 20)
            for _ in range(unpacked_mb):
                fh.write(block)
    good.unlink()
    return path


def xml_bomb_docx(path: Path) -> Path:
    """A Word file whose document.xml defines nested entities ("billion laughs")."""
    good = build_docx("# Akkoord\n\nWe versterken de wijkteams.\n", path.with_suffix(".tmp.docx"))
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", f"?><!DOCTYPE w:document [{entities}]>".encode(), 1)
                data = data.replace(b"We versterken de wijkteams.", b"We versterken &a9; de wijkteams.")
            z.writestr(item, data)
    good.unlink()
    return path


def images_only_docx(path: Path) -> Path:
    import docx
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(picture, "PNG")
    doc = docx.Document()
    doc.add_picture(io.BytesIO(picture.getvalue()))
    doc.add_picture(io.BytesIO(picture.getvalue()))
    doc.save(path)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


ENGLISH = ("The municipality will invest in youth care and strengthen the local teams in every neighbourhood, "
           "so that children and young people get the right help in time, close to home. ") * 12
ODD_TEXT = ("Jeugdzorg\n\nDe gemeente zorgt voor ﬁnanciering van de lokale teams en de\u00a0jeugd\u00adhulp. "
            "Wij\u200b investeren in de jeugdzorg en het onderwijs.\n")


@dataclass(frozen=True)
class Fault:
    name: str  # file name of the input
    what: str  # the row of the README table
    make: Callable[[Path], Path]  # builds it at the given path and returns the path to check
    expect: str  # part of the message (or of a warning when ok)
    ok: bool = False  # read and scored (exit 0) instead of refused (exit 1)


FAULTS = [
    Fault("bestaat-niet.pdf", "a missing file", lambda p: p, "bestaat niet"),
    Fault("een-map", "a directory", lambda p: (p.mkdir(), p)[1], "is een map"),
    Fault("leeg.pdf", "a 0-byte file", lambda p: _write(p, b""), "is leeg"),
    Fault("ruis.pdf", "random bytes", lambda p: _write(p, random.Random(7).randbytes(50_000)), "binaire inhoud"),
    Fault("te-groot.pdf", "a file over 200 MB",
          lambda p: (p.write_bytes(b"%PDF-1.7\n"), _truncate(p, 201 * 1024 * 1024), p)[2], "groter dan 200 MB"),
    Fault("afgebroken.pdf", "a truncated PDF (first 40% of a sample)",
          lambda p: _write(p, _sample("pdf")[: len(_sample("pdf")) * 2 // 5]), "beschadigd"),
    Fault("kapotte-xref.pdf", "a PDF with a broken cross-reference table (repaired by pdfium)", broken_xref, "", ok=True),
    Fault("wachtwoord.pdf", "an encrypted PDF with a user password",
          lambda p: text_pdf(p, encrypt=_encryption("geheim")), "versleuteld met een wachtwoord"),
    Fault("leeg-wachtwoord.pdf", "an encrypted PDF with an empty user password (read)",
          lambda p: text_pdf(p, encrypt=_encryption("")), "", ok=True),
    Fault("scan.pdf", "a scanned PDF without a text layer", scanned_pdf, "geen tekstlaag"),
    Fault("geen-tekentabel.pdf", "a PDF whose font has no Unicode map (control codes)",
          pdf_without_unicode_map, "kon niet worden uitgelezen"),
    Fault("letterbrij.pdf", "a PDF whose font has no Unicode map (letter soup)",
          lambda p: pdf_without_unicode_map(p, first_code=65), "kon niet worden uitgelezen"),
    Fault("geen-zip.docx", "a DOCX that is not a zip", lambda p: _write(p, b"PK\x03\x04" + bytes(500)), "zip"),
    Fault("zipbom.docx", "a DOCX that unpacks to 600 MB (zip bomb)", zip_bomb_docx, "zip-bom"),
    Fault("xmlbom.docx", "a DOCX with nested XML entities (billion laughs)", xml_bomb_docx, "XML-bom"),
    Fault("plaatjes.docx", "a DOCX with only images", images_only_docx, "bevat geen tekst"),
    Fault("rekenblad.odt", "an OpenDocument spreadsheet named .odt", lambda p: _spreadsheet(p), "geen Word- of ODT"),
    Fault("eigenlijk-word.pdf", "a .pdf that is really a DOCX (read as Word)",
          lambda p: _write(p, _sample("docx")), "", ok=True),
    Fault("eigenlijk-pdf.docx", "a .docx that is really a PDF (read as PDF)",
          lambda p: _write(p, _sample("pdf")), "", ok=True),
    Fault("engels.txt", "text in English", lambda p: _write(p, ENGLISH.encode()), "lijkt Engels", ok=True),
    Fault("tekens.txt", "ligatures (ﬁ), soft hyphens, non-breaking and zero-width spaces",
          lambda p: _write(p, ODD_TEXT.encode()), "", ok=True),
    Fault("windows.txt", "a Windows-1252 text file", lambda p: _write(p, ODD_TEXT.replace("ﬁ", "fi")
                                                                     .replace("\u200b", "").encode("cp1252")), "", ok=True),
    Fault("utf16.txt", "a UTF-16 text file", lambda p: _write(p, ODD_TEXT.encode("utf-16")), "", ok=True),
    Fault("2000-paginas.pdf", "a PDF of 2,000 pages (default --max-pages 1000)",
          lambda p: text_pdf(p, pages=2000), "2000 pagina's, meer dan de grens van 1000"),
]


def _truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:  # a sparse file: no 200 MB written to disk
        fh.truncate(size)


def _sample(kind: str) -> bytes:
    return {"pdf": CORPUS / "oosterveen_2026_coalitieakkoord.pdf",
            "docx": CORPUS / "brakeldijk_2026_coalitieakkoord.docx"}[kind].read_bytes()


def _encryption(user_password: str):
    from reportlab.lib import pdfencrypt

    return pdfencrypt.StandardEncryption(user_password, ownerPassword="eigenaar", canCopy=0)


def _spreadsheet(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return path


def build_all(folder: Path) -> list[tuple[Fault, Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    return [(f, f.make(folder / f.name)) for f in FAULTS]


def mutate(raw: bytes, rng: random.Random) -> bytes:
    """One random corruption of a file: flipped bytes, a cut, a hole, a repeat or noise; for a zip
    (DOCX), sometimes a corrupted member inside an intact archive, so the XML parser is reached."""
    if raw[:4] == b"PK\x03\x04" and rng.random() < 0.4:
        with zipfile.ZipFile(io.BytesIO(raw)) as src:
            items = src.infolist()
            victim = rng.choice(items).filename
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                for item in items:
                    data = src.read(item)
                    z.writestr(item, mutate(data, rng) if item.filename == victim and data else data)
        return out.getvalue()
    data = bytearray(raw)
    kind = rng.randrange(5)
    n = len(data)
    if kind == 0:  # flip bytes
        for _ in range(rng.randint(1, 64)):
            data[rng.randrange(n)] = rng.randrange(256)
    elif kind == 1:  # cut off
        del data[rng.randrange(1, n):]
    elif kind == 2:  # a hole
        a = rng.randrange(n)
        del data[a:a + rng.randint(1, max(1, n // 10))]
    elif kind == 3:  # a repeated chunk
        a = rng.randrange(n)
        chunk = data[a:a + rng.randint(1, 4096)]
        b = rng.randrange(n)
        data[b:b] = chunk * rng.randint(1, 8)
    else:  # noise over a range
        a = rng.randrange(n)
        length = rng.randint(1, 2048)
        data[a:a + length] = rng.randbytes(min(length, n - a))
    return bytes(data)


FUZZ_SEEDS = {"pdf": CORPUS / "oosterveen_2026_coalitieakkoord.pdf",
              "docx": CORPUS / "brakeldijk_2026_coalitieakkoord.docx",
              "txt": CORPUS / "lindewaard_2026_coalitieakkoord.txt"}


def fuzz_cases(per_seed: int, seed: int = 2026):
    """(case id, file bytes) for `per_seed` mutations of each sample; the same every run."""
    for kind, path in FUZZ_SEEDS.items():
        raw = path.read_bytes()
        rng = random.Random(f"{seed}-{kind}")
        for i in range(per_seed):
            yield f"{kind}-{i}", mutate(raw, rng)
