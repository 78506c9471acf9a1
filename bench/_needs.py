"""Say which extra a benchmark needs instead of ending in an ImportError."""
from __future__ import annotations

import importlib.util
import sys

EXTRAS = {"reportlab": "test", "pikepdf": "test", "sklearn": "bench", "scipy": "bench", "numpy": "bench"}


def need(*modules: str) -> None:
    """Exit with a message naming the pip extra when a module this benchmark imports is missing."""
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        extras = sorted({EXTRAS.get(m, "test") for m in missing})
        script = sys.argv[0] or "this benchmark"
        sys.exit(f"{script} needs {', '.join(missing)}: install the extra with "
                 f".venv/bin/pip install -e '.[{','.join(extras)}]'")
