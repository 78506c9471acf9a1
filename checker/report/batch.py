"""Batch outputs: matrix.csv/.xlsx (with errors), errors.csv, summary.md, heatmap.png/.svg."""
from __future__ import annotations

import io
from pathlib import Path

from checker.batching import ITEM_IDS, matrix
from checker.models import STATUS_LABELS_NL, STATUSES
from checker.report import atomic_write
from checker.report.html import STATUS_COLOURS

ERROR_COLUMNS = ("file", "municipality", "error")


def errors_of(df):
    """The failed documents of a matrix, with their reasons."""
    return df[df["error"].fillna("") != ""][list(ERROR_COLUMNS)]


def matrix_xlsx(df) -> bytes:
    """matrix.xlsx: sheet 'matrix' with every document, sheet 'errors' with the failed ones."""
    import pandas as pd

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        df.to_excel(xl, sheet_name="matrix", index=False)
        errors_of(df).to_excel(xl, sheet_name="errors", index=False)
        xl.sheets["matrix"].freeze_panes = "B2"
    return buf.getvalue()


def write_outputs(rows: list[dict], out: Path, heatmap: bool = True) -> list[Path]:
    """Write every batch output into `out` (each file atomically); return their paths."""
    df = matrix(rows)
    errors = errors_of(df)
    ok = df[df["error"].fillna("") == ""]
    written = []
    atomic_write(out / "matrix.csv", df.to_csv(index=False, lineterminator="\n"))
    atomic_write(out / "errors.csv", errors.to_csv(index=False, lineterminator="\n"))
    atomic_write(out / "matrix.xlsx", matrix_xlsx(df))
    atomic_write(out / "summary.md", summary_markdown(ok, len(df), len(errors)))
    written += [out / n for n in ("matrix.csv", "errors.csv", "matrix.xlsx", "summary.md")]
    if heatmap and len(ok):
        for fmt, data in heatmap_bytes(ok, ("png", "svg")).items():
            atomic_write(out / f"heatmap.{fmt}", data)
            written.append(out / f"heatmap.{fmt}")
    return written


def summary_markdown(ok, total: int, failed: int) -> str:
    """Share of documents per status for each item, and the documents with a contradiction."""
    n = len(ok)
    lines = ["# Samenvatting van de batch", "",
             f"{total} documenten, waarvan {n} beoordeeld en {failed} mislukt (zie errors.csv).", "",
             "Aandeel documenten per status (van de beoordeelde documenten):", "",
             "| punt | " + " | ".join(STATUS_LABELS_NL[s] for s in STATUSES) + " |",
             "|---|" + "---|" * len(STATUSES)]
    for iid in ITEM_IDS:
        col = ok[f"{iid}_status"]
        cells = [f"{(col == s).sum() / n:.0%} ({(col == s).sum()})" if n else "–" for s in STATUSES]
        lines.append(f"| {iid} | " + " | ".join(cells) + " |")
    lines += ["", "## Documenten met een tegenstrijdigheid", ""]
    found = False
    for _, row in ok.iterrows():
        items = [iid for iid in ITEM_IDS if row[f"{iid}_status"] == "contradicted"]
        if items:
            found = True
            who = row["municipality"] or Path(row["file"]).name
            lines.append(f"- {who} ({Path(row['file']).name}): {', '.join(items)}")
    if not found:
        lines.append("Geen.")
    return "\n".join(lines) + "\n"


def heatmap_bytes(ok, fmt: str | tuple[str, ...] = "png"):
    """Documents x items coloured by status; height grows with the number of documents.

    `fmt` one format: its bytes; several: {format: bytes}, drawn from one figure.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    order = list(STATUSES)
    grid = [[order.index(s) if s in order else 3 for s in (row[f"{i}_status"] for i in ITEM_IDS)]
            for _, row in ok.iterrows()]
    labels = [(row["municipality"] + " · " if row["municipality"] else "") + Path(row["file"]).name
              for _, row in ok.iterrows()]
    n = len(grid)
    row_h = 0.22 if n <= 60 else 0.13
    fig_h = max(3.0, 1.6 + n * row_h)
    fig, ax = plt.subplots(figsize=(11, fig_h), dpi=110)
    ax.imshow(grid, aspect="auto", interpolation="nearest", vmin=0, vmax=len(order) - 1,
              cmap=ListedColormap([STATUS_COLOURS[s] for s in order]))
    ax.set_xticks(range(len(ITEM_IDS)), ITEM_IDS)
    ax.xaxis.tick_top()
    ax.set_yticks(range(n), labels, fontsize=8 if n <= 60 else 5)
    # white lines between the cells, as two line collections (a minor tick per row costs seconds)
    ax.vlines([x - 0.5 for x in range(1, len(ITEM_IDS))], -0.5, n - 0.5, color="white", linewidth=0.6)
    ax.hlines([y - 0.5 for y in range(1, n)], -0.5, len(ITEM_IDS) - 0.5, color="white", linewidth=0.6)
    ax.set_xlim(-0.5, len(ITEM_IDS) - 0.5)
    ax.set_ylim(n - 0.5, -0.5)
    ax.legend(handles=[Patch(color=STATUS_COLOURS[s], label=STATUS_LABELS_NL[s]) for s in order],
              loc="upper center", bbox_to_anchor=(0.5, -0.2 / fig_h), ncol=5, frameon=False)
    fig.tight_layout()
    # Laid out once: without a layout engine left on the figure, and with the tight bounding box
    # worked out here, each file is drawn once instead of three times (seconds for 340 rows)
    fig.set_layout_engine(None)
    bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(plt.rcParams["savefig.pad_inches"])
    out = {}
    for f in (fmt,) if isinstance(fmt, str) else fmt:
        buf = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "none"}):  # SVG labels as text: searchable, and quicker
            fig.savefig(buf, format=f, bbox_inches=bbox)
        out[f] = buf.getvalue()
    plt.close(fig)
    return out[fmt] if isinstance(fmt, str) else out
