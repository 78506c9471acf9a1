"""Batch outputs: matrix.csv/.xlsx (with errors), errors.csv, summary.md, heatmap.png/.svg."""
from __future__ import annotations

import io
from pathlib import Path

from checker.accuracy import accuracy_note
from checker.batching import ITEM_IDS, matrix
from checker.models import STATUS_LABELS_NL, STATUSES
from checker.report import atomic_write
from checker.report.cells import clean_text, to_csv, to_excel
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
        to_excel(df, xl, "matrix").freeze_panes = "B2"
        to_excel(errors_of(df), xl, "errors")
    return buf.getvalue()


def matrix_csv(df) -> str:
    """matrix.csv: every document, text cells neutralised (see cells.py)."""
    return to_csv(df)


def write_outputs(rows: list[dict], out: Path, heatmap: bool = True, jobs: int = 1) -> list[Path]:
    """Write every batch output into `out` (each file atomically); return their paths.

    With `jobs` of 2 or more, the PNG and the SVG heatmap are drawn in two processes of their own
    while this one writes the tables: drawing 340 rows takes seconds, and the batch's workers are
    done by now.
    """
    df = matrix(rows)
    errors = errors_of(df)
    ok = df[df["error"].fillna("") == ""]
    draw = heatmap and len(ok) > 0
    pool = pictures = None
    if draw and jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=2)
        pictures = {fmt: pool.submit(heatmap_bytes, ok, fmt) for fmt in ("png", "svg")}
    try:
        written = []
        atomic_write(out / "matrix.csv", matrix_csv(df))
        atomic_write(out / "errors.csv", to_csv(errors))
        atomic_write(out / "matrix.xlsx", matrix_xlsx(df))
        atomic_write(out / "summary.md", summary_markdown(ok, len(df), len(errors)))
        written += [out / n for n in ("matrix.csv", "errors.csv", "matrix.xlsx", "summary.md")]
        if draw:
            drawn = ({fmt: p.result() for fmt, p in pictures.items()} if pictures is not None
                     else heatmap_bytes(ok, ("png", "svg")))
            for fmt, data in drawn.items():
                atomic_write(out / f"heatmap.{fmt}", data)
                written.append(out / f"heatmap.{fmt}")
        return written
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def summary_markdown(ok, total: int, failed: int) -> str:
    """Share of documents per status for each item, and the documents with a contradiction."""
    n = len(ok)
    lines = ["# Samenvatting van de batch", "",
             f"{total} documenten, waarvan {n} beoordeeld en {failed} mislukt (zie errors.csv).", "",
             accuracy_note("nl"), "",
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
            who = clean_text(row["municipality"] or Path(row["file"]).name)
            lines.append(f"- {who} ({clean_text(Path(row['file']).name)}): {', '.join(items)}")
    if not found:
        lines.append("Geen.")
    return "\n".join(lines) + "\n"


def heatmap_bytes(ok, fmt: str | tuple[str, ...] = "png"):
    """Documents x items coloured by status; height grows with the number of documents.

    `fmt` one format: its bytes; several: {format: bytes}, drawn from one figure.

    The layout is worked out here from the measured width of the row labels, and the labels are
    plain texts beside the rows, not tick labels: matplotlib's automatic layout (tight_layout, a
    tight bounding box) and one Tick object per row cost seconds for 340 rows.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Patch
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.transforms import offset_copy

    order = list(STATUSES)
    grid = [[order.index(s) if s in order else 3 for s in (row[f"{i}_status"] for i in ITEM_IDS)]
            for _, row in ok.iterrows()]
    # names and metadata without control characters: the SVG must stay well-formed XML
    labels = [clean_text((row["municipality"] + " · " if row["municipality"] else "") + Path(row["file"]).name)
              for _, row in ok.iterrows()]
    n, cols = len(grid), len(ITEM_IDS)
    small = n > 60
    row_h, font_size = (0.13, 5) if small else (0.25, 8)
    # inches: the widest label (as the PNG renderer draws it), the axes, the margins
    dpi = 110
    prop = FontProperties(size=font_size)
    measure = RendererAgg(1, 1, dpi)
    label_w = max(measure.get_text_width_height_descent(t, prop, ismath=False)[0] for t in set(labels)) / dpi
    left = label_w + 0.2
    width = max(11.0, left + 6.5)
    top, bottom, right = 0.45, 0.6, 0.15
    height = max(1.0, n * row_h) + top + bottom
    fig = plt.figure(figsize=(width, height), dpi=dpi)
    ax = fig.add_axes((left / width, bottom / height, 1 - (left + right) / width, 1 - (top + bottom) / height))
    ax.imshow(grid, aspect="auto", interpolation="nearest", vmin=0, vmax=len(order) - 1,
              cmap=ListedColormap([STATUS_COLOURS[s] for s in order]))
    ax.set_xticks(range(cols), ITEM_IDS)
    ax.xaxis.tick_top()
    ax.set_yticks([])
    # each label right-aligned a few points left of its row (x in axes, y in data coordinates)
    beside = offset_copy(ax.get_yaxis_transform(), fig=fig, x=-4, y=0, units="points")
    for y, text in enumerate(labels):
        ax.text(0, y, text, transform=beside, ha="right", va="center", fontsize=font_size,
                parse_math=False)  # a name with "$...$" is a name, not mathtext
    # white lines between the cells
    ax.vlines([x - 0.5 for x in range(1, cols)], -0.5, n - 0.5, color="white", linewidth=0.6)
    ax.hlines([y - 0.5 for y in range(1, n)], -0.5, cols - 0.5, color="white", linewidth=0.6)
    ax.set_xlim(-0.5, cols - 0.5)
    ax.set_ylim(n - 0.5, -0.5)
    # the legend under the cells, centred on the picture (at least 11 inches wide, so it fits)
    fig.legend(handles=[Patch(color=STATUS_COLOURS[s], label=STATUS_LABELS_NL[s]) for s in order],
               loc="lower center", bbox_to_anchor=(0.5, 0.05 / height), ncol=len(order), frameon=False)
    out = {}
    for f in (fmt,) if isinstance(fmt, str) else fmt:
        buf = io.BytesIO()
        # SVG labels as text (searchable, and quicker); the same rows give the same bytes: no
        # drawing date, and fixed ids inside the SVG
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "akkoordcheck"}):
            fig.savefig(buf, format=f, metadata={"Date": None} if f == "svg" else None,
                        **({"pil_kwargs": {"compress_level": 1}} if f == "png" else {}))
        out[f] = buf.getvalue()
    plt.close(fig)
    return out[fmt] if isinstance(fmt, str) else out
