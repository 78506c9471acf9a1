"""Rebuild the DOCX and PDF samples in corpus/ from corpus/src/*.src.

    python corpus/make_samples.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.builders import build_docx, build_pdf  # noqa: E402

HERE = ROOT / "corpus"


def main() -> None:
    brakeldijk = (HERE / "src" / "brakeldijk_2026_coalitieakkoord.src").read_text(encoding="utf-8")
    build_docx(brakeldijk, HERE / "brakeldijk_2026_coalitieakkoord.docx")
    oosterveen = (HERE / "src" / "oosterveen_2026_coalitieakkoord.src").read_text(encoding="utf-8")
    build_pdf(oosterveen, HERE / "oosterveen_2026_coalitieakkoord.pdf",
              header="Coalitieakkoord Oosterveen 2026-2030 | Samen vooruit")
    print("built", *sorted(p.name for p in HERE.glob("*_2026_coalitieakkoord.*")))


if __name__ == "__main__":
    main()
