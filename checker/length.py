"""Whether a document is long enough to be an agreement.

A coalition agreement runs to thousands of words; a text of a few hundred or less is a fragment, a
cover letter, or a file whose text was mostly not read. Scored silently it comes out as fifteen
times "Ontbreekt", which looks like a verdict on the agreement. The report and the batch row say so.
"""
from __future__ import annotations

SHORT_AGREEMENT = 300  # words; the shortest agreement in the corpora has over 1,400


def short_text_warning(words: int) -> str | None:
    """A warning for a document of fewer than SHORT_AGREEMENT words, else None."""
    if words >= SHORT_AGREEMENT:
        return None
    return (f"Het document telt maar {words} woorden: te kort voor een akkoord? Een ‘Ontbreekt’ zegt dan "
            "weinig. Controleer of dit het hele akkoord is en of alle tekst is gelezen (een scan zonder "
            "tekstlaag: gebruik --ocr).")
