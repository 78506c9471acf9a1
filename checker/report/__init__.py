"""Report: format what `score` decided. Nothing here computes a status."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from checker.errors import OutputError
from checker.models import Report

FORMATS = ("md", "json", "html", "csv", "xlsx")

# mkstemp makes files only their owner may read; a report gets the usual permissions
_UMASK = os.umask(0)
os.umask(_UMASK)
BINARY_FORMATS = ("xlsx",)


def render(report: Report, fmt: str, lang: str = "nl", confidential: bool = False,
           source_href: str | None = None) -> str:
    """The report as text in one format; `confidential` marks every page of the HTML and Markdown."""
    if fmt == "json":
        from checker.report.json import render_json

        return render_json(report)
    if fmt == "md":
        from checker.report.markdown import render_markdown

        return render_markdown(report, lang, confidential)
    if fmt == "html":
        from checker.report.html import render_html

        return render_html(report, lang, confidential, source_href)
    if fmt == "csv":
        from checker.report.tables import render_csv

        return render_csv(report)
    raise ValueError(f"unknown format {fmt!r}")


def render_bytes(report: Report, fmt: str, lang: str = "nl", confidential: bool = False,
                 source_href: str | None = None) -> bytes:
    """The report as bytes in any format (XLSX is binary)."""
    if fmt == "xlsx":
        from checker.report.tables import render_xlsx

        return render_xlsx(report, lang)
    return render(report, fmt, lang, confidential, source_href).encode("utf-8")


def atomic_write(path: Path, content: str | bytes) -> None:
    """Write via a temporary file in the same folder and rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _beside(report: Report, out_dir: Path) -> str | None:
    """The PDF's name when the report is written in the PDF's own folder: its pages can be linked."""
    doc = report.document
    if doc.format != "pdf" or not doc.path:
        return None
    try:
        source = Path(doc.path)
        if source.is_file() and source.parent.resolve() == out_dir.resolve():
            from urllib.parse import quote

            return quote(source.name)
    except OSError:
        pass
    return None


def write(report: Report, formats: list[str], out_dir: Path, lang: str = "nl", stem: str | None = None,
          confidential: bool = False) -> list[Path]:
    """Write `<stem>.<fmt>` for each format into out_dir (created if needed); the stem is the
    document's unless given (`naming.report_stems`)."""
    stem = stem or Path(report.document.name).stem
    written = []
    source_href = _beside(report, out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for fmt in formats:
            path = out_dir / f"{stem}.{fmt}"
            atomic_write(path, render_bytes(report, fmt, lang, confidential, source_href))
            written.append(path)
    except PermissionError as e:
        raise OutputError(f"Kan niet schrijven in {out_dir}: geen schrijfrechten.",
                          hint="Kies een andere map met --out.") from e
    except OSError as e:
        raise OutputError(f"Kan niet schrijven in {out_dir}: {e.strerror}.",
                          hint="Kies een andere map met --out.") from e
    return written
