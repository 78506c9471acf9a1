"""akkoordcheck: how far a Dutch coalition agreement covers Jeugdzorg Nederland's ten points and five themes."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check", "batch", "Checker", "Report", "tidy", "evidence", "plot_heatmap", "plot_bars",
           "read_reviews"]

# name -> (module, attribute): imported on first use
_LAZY = {"check": ("checker.pipeline", "check"), "Checker": ("checker.pipeline", "Checker"),
         "batch": ("checker.batching", "batch"), "Report": ("checker.models", "Report"),
         "tidy": ("checker.frames", "tidy"), "evidence": ("checker.frames", "evidence"),
         "plot_heatmap": ("checker.plots", "plot_heatmap"), "plot_bars": ("checker.plots", "plot_bars"),
         "read_reviews": ("checker.reviews", "read")}


def __getattr__(name: str):
    # keep `import checker` cheap: spaCy loads only when a check is asked for
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(name)


def __dir__() -> list[str]:
    return sorted(set(__all__) | set(globals()))
