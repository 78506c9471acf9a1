"""Optional OCR for scans, with ocrmypdf and Tesseract's Dutch model, all on this machine.

Installed separately (`pip install ocrmypdf`, `apt install tesseract-ocr-nld ghostscript`) and used
only when the user asks with --ocr. The scan and its OCR'd copy live in a private temporary folder
that is removed afterwards.
"""
from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from checker.errors import InputError

OCR_WARNING = ("De tekst is verkregen met tekstherkenning (OCR): citaten kunnen leesfouten bevatten; "
               "controleer ze in het origineel.")


def ocr_pdf(raw: bytes, language: str = "nld") -> bytes:
    """The PDF with a text layer recognised by Tesseract (existing text is replaced)."""
    try:
        import ocrmypdf
        from ocrmypdf.exceptions import ExitCodeException, MissingDependencyError
    except ImportError as e:
        raise InputError("Tekstherkenning (--ocr) is niet geïnstalleerd.",
                         hint="Installeer het met: pip install ocrmypdf, en: apt install tesseract-ocr-nld ghostscript "
                              "(of laat --ocr weg).") from e
    logging.getLogger("ocrmypdf").setLevel(logging.ERROR)  # its notes on file size are not for our users
    with tempfile.TemporaryDirectory(prefix="akkoordcheck-ocr-") as tmp:
        src, out = Path(tmp) / "scan.pdf", Path(tmp) / "ocr.pdf"
        src.write_bytes(raw)
        streams = sys.stdout, sys.stderr
        try:
            ocrmypdf.ocr(src, out, language=[language], force_ocr=True, progress_bar=False,
                         output_type="pdf", optimize=0, jobs=1)
        except MissingDependencyError as e:
            raise InputError(f"Tekstherkenning kan niet draaien: {e}".strip(),
                             hint="Installeer Tesseract met Nederlands: apt install tesseract-ocr-nld ghostscript.") from e
        except ExitCodeException as e:
            raise InputError(f"Tekstherkenning is mislukt ({type(e).__name__}: {e}).",
                             hint="Probeer een scherpere scan, of vraag de gemeente om een digitale versie.") from e
        finally:
            sys.stdout, sys.stderr = streams  # ocrmypdf swaps in its own; our messages must still show
        return out.read_bytes()
