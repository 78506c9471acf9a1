"""Ingest: a file in any supported format -> Document with blocks in reading order.

The format is detected from the bytes, never from the file name: a .pdf that is really a
Word file is read as Word.
"""
from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from pathlib import Path

from checker.errors import InputError, NoTextError
from checker.models import Document

SUPPORTED = (".pdf", ".docx", ".odt", ".fodt", ".html", ".htm", ".txt", ".md", ".markdown", ".text")
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
DEFAULT_MAX_PAGES = 1000
# how a DOCX's tracked changes are read: as if all were accepted, or all rejected
CHANGES = ("accepted", "original")


def sniff(raw: bytes) -> str:
    """The format of a file from its content: pdf, docx, odt (also flat ODT), html or text; RTF and
    Word 97-2003 are refused with what to do."""
    head = raw[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if raw[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                names = set(z.namelist())
                if "word/document.xml" in names:
                    fmt = "docx"
                elif "content.xml" in names and (
                        "mimetype" not in names or z.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text")):
                    fmt = "odt"  # a spreadsheet or presentation (ods, odp) is not an agreement
                else:
                    raise InputError("Het bestand is een zip-archief, maar geen Word- of ODT-document.",
                                     hint="Lever het akkoord aan als PDF, DOCX, ODT of tekst.")
                total = sum(i.file_size for i in z.infolist())
                if total > MAX_UNZIPPED_BYTES:
                    raise InputError("Het document pakt uit tot meer dan 500 MB (mogelijk een zip-bom).",
                                     hint="Controleer het bestand; een akkoord is nooit zo groot.")
                return fmt
        except InputError:
            raise
        except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError, KeyError) as e:
            # a damaged archive, or one made with a zip feature Python cannot read (e.g. version 6.8)
            raise InputError("Het bestand lijkt een Word-document maar het zip-archief is beschadigd.",
                             hint="Open het in Word en sla het opnieuw op.") from e
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: Word 97-2003 .doc (or .xls, .ppt)
        raise InputError("Het bestand is een oud Word-document (.doc, Word 97-2003); dat formaat leest de check niet.",
                         hint="Open het in Word of LibreOffice en sla het op als .docx of .pdf.")
    start = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{\\rtf"):
        raise InputError("Het bestand is een RTF-document; dat formaat leest de check niet.",
                         hint="Open het in Word of LibreOffice en sla het op als .docx of .pdf.")
    if start.startswith(b"<?xml") and b"<office:document" in raw[:4096]:
        if b"opendocument.text" not in raw[:4096]:
            raise InputError("Het bestand is een plat OpenDocument-bestand, maar geen tekstdocument.",
                             hint="Lever het akkoord aan als PDF, DOCX, ODT of tekst.")
        return "odt"  # flat ODT (.fodt): odfdo reads it as it reads an ODT
    if start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<") and b"<body" in raw[:4096].lower()):
        return "html"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return "text"
    sample = raw[:4096]
    if b"\x00" in sample:
        raise InputError("Het bestand is geen PDF, Word-, ODT- of tekstbestand (onbekende binaire inhoud).",
                         hint="Lever het akkoord aan als PDF, DOCX, ODT of tekst.")
    return "text"


def load(path: str | Path, max_pages: int | None = DEFAULT_MAX_PAGES, ocr: bool = False,
         changes: str = "accepted") -> Document:
    """Read one file into a Document, or raise InputError with a message and a next step
    (`changes`: how a DOCX's tracked changes are read, see `load_bytes`)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"Bestand {p} bestaat niet.", hint="Controleer de naam en het pad.")
    if p.is_dir():
        raise InputError(f"{p} is een map, geen bestand.", hint="Gebruik 'akkoordcheck batch' voor een map.")
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            # a device (/dev/zero, /dev/urandom), a FIFO or a socket: endless, or waiting for a writer
            raise InputError(f"{p} is geen gewoon bestand (maar een apparaat, pijp of socket).",
                             hint="Sla het akkoord eerst op als bestand en geef dat bestand op.")
        if st.st_size > MAX_FILE_BYTES:
            raise InputError(f"{p.name} is groter dan 200 MB.", hint="Lever alleen het akkoord zelf aan.")
        with open(p, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)  # the cap holds while reading, whatever stat said
        if len(raw) > MAX_FILE_BYTES:
            raise InputError(f"{p.name} is groter dan 200 MB.", hint="Lever alleen het akkoord zelf aan.")
    except PermissionError as e:
        raise InputError(f"Geen leesrechten voor {p}.", hint="Pas de rechten aan of kopieer het bestand.") from e
    return load_bytes(raw, display_name(p.name), path=display_name(str(p)), max_pages=max_pages, ocr=ocr,
                      changes=changes)


def display_name(name: str) -> str:
    """A file name as text every writer can take: a name that is not UTF-8 on disk (Python keeps its
    bytes as surrogates, which no UTF-8 file can hold) is read as Windows-1252 ("café.txt"), and
    control characters become U+FFFD."""
    import os

    from checker.report.cells import clean_text

    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = os.fsencode(name).decode("cp1252", errors="replace")
    return clean_text(name)


def load_bytes(raw: bytes, name: str, path: str = "", max_pages: int | None = DEFAULT_MAX_PAGES,
               ocr: bool = False, changes: str = "accepted") -> Document:
    """Read a file's bytes into a Document; `name` is only shown to the user, never opened.

    With `ocr`, a PDF without extractable text (a scan, a font without a Unicode map) is run through
    ocrmypdf first, and the document carries a warning that its text was recognised.

    `changes`: a DOCX with tracked changes is read as if all were accepted (`accepted`, the
    default) or all rejected (`original`); the document then carries a warning that says which,
    and `Document.changes` the reading.
    """
    if changes not in CHANGES:
        raise ValueError(f"changes must be one of {CHANGES}, not {changes!r}")
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"{name} is groter dan 200 MB.", hint="Lever alleen het akkoord zelf aan.")
    if not raw.strip():
        raise InputError(f"{name} is leeg (0 bytes).", hint="Controleer of de download of export gelukt is.")
    fmt = sniff(raw)
    warnings: list[str] = []
    contents: tuple[tuple[str, int], ...] = ()
    labels: tuple[str, ...] = ()
    reading = ""  # how tracked changes were read, where the document has them
    try:
        if fmt == "pdf":
            from checker.ingest.pdf import read_pdf
            try:
                blocks, pages, labels = read_pdf(raw, max_pages=max_pages)
            except NoTextError:
                if not ocr:
                    raise
                from checker.ingest.ocr import OCR_WARNING, ocr_pdf
                blocks, pages, labels = read_pdf(ocr_pdf(raw), max_pages=max_pages)
                warnings.append(OCR_WARNING)
        elif fmt == "docx":
            from checker.ingest.docx import changes_warning, read_docx_counted
            blocks, pages, counts = read_docx_counted(raw, changes)
            contents = tuple(sorted(counts.items()))
            warning = changes_warning(counts, changes)
            if warning:
                warnings.append(warning)
                reading = changes
        elif fmt == "odt":
            from checker.ingest.odt import read_odt
            blocks, pages = read_odt(raw)
        elif fmt == "html":
            from checker.ingest.html import read_html
            blocks, pages = read_html(raw)
        else:
            from checker.ingest.text import read_text
            blocks, pages = read_text(raw)
    except InputError:
        raise
    except Exception as e:  # a library's own error on a damaged file: say so, in the user's words
        if "entity" in str(e).lower() and fmt in ("docx", "odt"):
            raise InputError(f"{name} is geweigerd: de XML erin definieert zichzelf herhalende entiteiten "
                             "(een 'XML-bom').", hint="Open het bestand in Word of LibreOffice en sla het "
                             "opnieuw op; komt het van buiten, vertrouw het dan niet.") from e
        raise InputError(f"{name} kon niet als {fmt.upper()} worden gelezen ({type(e).__name__}: {e}).",
                         hint="Open het bestand in het programma waarmee het gemaakt is en sla het opnieuw op.") from e
    if not blocks:
        raise InputError(f"{name} bevat geen tekst.",
                         hint="Bevat het alleen afbeeldingen of een scan? Dan is tekstherkenning (OCR) nodig.")
    return Document(name=name, path=path, format=fmt, pages=pages, blocks=tuple(blocks),
                    sha256=hashlib.sha256(raw).hexdigest(), warnings=tuple(warnings), contents=contents,
                    page_labels=labels, changes=reading)
