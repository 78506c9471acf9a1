"""akkoordcheck: how far a Dutch coalition agreement covers Jeugdzorg Nederland's ten points and five themes."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check", "batch", "Checker"]


def __getattr__(name: str):
    # keep `import checker` cheap: spaCy loads only when a check is asked for
    if name in ("check", "Checker"):
        from checker import pipeline

        return getattr(pipeline, name)
    if name == "batch":
        from checker.batching import batch

        return batch
    raise AttributeError(name)
