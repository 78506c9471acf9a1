"""Batch outputs: matrix.csv, matrix.xlsx (the tracker), errors.csv, reviews.csv, summary.md, heatmap.png/.svg."""
from __future__ import annotations

import io
from pathlib import Path

from checker.accuracy import accuracy_note
from checker.batching import ITEM_IDS, matrix
from checker.models import STATUS_LABELS_NL, STATUS_SYMBOLS, STATUSES
from checker.report import atomic_write
from checker.report.cells import clean_text, to_csv
from checker.report.palette import STATUS_PALETTE, SYMBOL_COLOURS

ERROR_COLUMNS = ("file", "municipality", "error")
GROUPS = (("province", "Provincie"), ("kind", "Soort"))


def errors_of(df):
    """The failed documents of a matrix, with their reasons."""
    return df[df["error"].fillna("") != ""][list(ERROR_COLUMNS)]


def matrix_xlsx(df, evidence: list[dict] | None = None, reviews: list | None = None, titles: dict | None = None,
                links: list | None = None, date: str | None = None) -> bytes:
    """matrix.xlsx, the tracker (checker/report/workbook.py)."""
    from checker.report.workbook import matrix_workbook

    ok = df[df["error"].fillna("") == ""]
    versions = sorted({v for v in ok.get("ruleset_version", []) if v})
    checkers = sorted({v for v in ok.get("checker_version", []) if v})
    info = {"ruleset": ", ".join(versions), "checker_version": ", ".join(checkers),
            "date": date or _today(), "documents": len(df)}
    return matrix_workbook(df, evidence or [], reviews or [], status_groups(ok), titles or {}, info, links)


def _today() -> str:
    from datetime import date

    return date.today().isoformat()


def matrix_csv(df, sep: str = ",") -> str:
    """matrix.csv: every document, text cells neutralised (see cells.py); UTF-8 with a byte order mark,
    so Excel opens it as UTF-8."""
    return to_csv(df, sep=sep, bom=True)


def sort_columns(by: str | list[str] | None, columns) -> list[str]:
    """The columns of `--sort`, each one of `columns`; InputError naming any other."""
    cols = [c.strip() for c in (by.split(",") if isinstance(by, str) else by or []) if c.strip()]
    unknown = [c for c in cols if c not in set(columns)]
    if unknown:
        from checker.errors import InputError

        raise InputError(f"Kan niet sorteren op {', '.join(unknown)}: die kolom is er niet.",
                         hint="Kies kolommen uit matrix.csv, bijvoorbeeld --sort province,municipality.")
    return cols


def sort_rows(df, by: str | list[str] | None):
    """The matrix ordered by metadata columns ('province,municipality'); missing values last."""
    if not by:
        return df
    cols = sort_columns(by, df.columns)
    import pandas as pd

    def key(col):  # case-insensitive text; an empty text counts as missing, so it goes last
        if pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col):
            return col.fillna("").astype(str).str.lower().replace("", pd.NA)
        return col

    return df.sort_values(cols, kind="stable", na_position="last", key=key).reset_index(drop=True)


def from_reports(df, out: Path) -> tuple[list[dict], dict[str, str], list[str | None]]:
    """The evidence passages, the item titles and each row's report link, read from the JSON
    reports the batch wrote (nothing is scored again). A link goes to the HTML report when there is one."""
    import json

    from checker.frames import evidence_records

    evidence: list[dict] = []
    titles: dict[str, str] = {}
    links: list[str | None] = []
    for _, row in df.iterrows():
        rel = row.get("report") or ""
        if not rel or row.get("error"):
            links.append(None)
            continue
        html = rel[:-len(".json")] + ".html" if rel.endswith(".json") else ""
        links.append(html if html and (out / html).is_file() else rel)
        try:
            data = json.loads((out / rel).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not titles:
            titles = {it["id"]: it.get("title", "") for it in data.get("items", [])}
        evidence.extend(evidence_records(data, row.to_dict()))
    return evidence, titles, links


def write_outputs(rows: list[dict], out: Path, heatmap: bool = True, jobs: int = 1, reviews: list | None = None,
                  csv_sep: str = ",", sort: str | None = None, html_index: bool = False) -> list[Path]:
    """Write every batch output into `out` (each file atomically); return their paths.

    `reviews` (checker/reviews.py) are applied to the rows and kept in reviews.csv. With `jobs` of
    2 or more, the PNG and the SVG heatmap are drawn in two processes of their own while this one
    writes the tables: drawing 340 rows takes seconds, and the batch's workers are done by now.
    """
    from checker import reviews as store

    reviews = store.fill_time(store.apply(rows, reviews or []))
    df = sort_rows(matrix(rows), sort)
    errors = errors_of(df)
    ok = df[df["error"].fillna("") == ""]
    draw = heatmap and len(ok) > 0
    date = _today()
    info = heatmap_info(ok, date)
    pool = pictures = None
    if draw and jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=2)
        pictures = {fmt: pool.submit(heatmap_bytes, ok, fmt, info) for fmt in ("png", "svg")}
    try:
        written = []
        evidence, titles, links = from_reports(df, out)
        atomic_write(out / "reviews.csv", store.reviews_csv(reviews, sep=csv_sep))
        atomic_write(out / "matrix.csv", matrix_csv(df, sep=csv_sep))
        atomic_write(out / "errors.csv", to_csv(errors, sep=csv_sep, bom=True))
        atomic_write(out / "matrix.xlsx", matrix_xlsx(df, evidence, reviews, titles, links, date))
        atomic_write(out / "summary.md", summary_markdown(ok, len(df), len(errors)))
        written += [out / n for n in ("reviews.csv", "matrix.csv", "errors.csv", "matrix.xlsx", "summary.md")]
        if html_index:
            from checker.report.index import index_html

            atomic_write(out / "index.html", index_html(df, links, titles, info, draw))
            written.append(out / "index.html")
        if draw:
            drawn = ({fmt: p.result() for fmt, p in pictures.items()} if pictures is not None
                     else heatmap_bytes(ok, ("png", "svg"), info))
            for fmt, data in drawn.items():
                atomic_write(out / f"heatmap.{fmt}", data)
                written.append(out / f"heatmap.{fmt}")
        return written
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _counts(frame) -> dict[str, dict[str, int]]:
    return {iid: {s: int((frame[f"{iid}_final"] == s).sum()) for s in STATUSES} for iid in ITEM_IDS}


def status_groups(ok) -> list[tuple[str, str, dict[str, dict[str, int]]]]:
    """Documents per final status for each item: all documents, then per province and per kind."""
    groups = [("Alle documenten", "", _counts(ok))]
    for col, label in GROUPS:
        if col not in ok:
            continue
        values = ok[col].fillna("").astype(str)
        for value in sorted(v for v in set(values) if v):
            groups.append((label, value, _counts(ok[values == value])))
    return groups


def _name(row) -> str:
    return clean_text(row["municipality"] or Path(row["file"]).name)


def summary_markdown(ok, total: int, failed: int) -> str:
    """Share of documents per status for each item (overall, per province, per kind), the
    municipalities per status, and the documents with a contradiction. A reviewed status counts."""
    from checker.report.markdown import quote_cell as md_cell

    n = len(ok)
    lines = ["# Samenvatting van de batch", "",
             f"{total} documenten, waarvan {n} beoordeeld en {failed} mislukt (zie errors.csv).", "",
             accuracy_note("nl"), "",
             "Aandeel documenten per status (van de beoordeelde documenten; waar een mens een status gaf, telt die):",
             ""]
    head = ["| punt | " + " | ".join(STATUS_LABELS_NL[s] for s in STATUSES) + " |", "|---|" + "---|" * len(STATUSES)]
    for group, value, counts in status_groups(ok):
        if group != "Alle documenten":
            lines += [f"## {group}: {md_cell(value)}", ""]
        size = sum(counts[ITEM_IDS[0]].values())
        lines += head
        for iid in ITEM_IDS:
            cells = [f"{counts[iid][s] / size:.0%} ({counts[iid][s]})" if size else "–" for s in STATUSES]
            lines.append(f"| {iid} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Gemeenten per status", ""]
    everyone = [md_cell(_name(row)) for _, row in ok.iterrows()]
    for iid in ITEM_IDS:
        parts = []
        column = ok[f"{iid}_final"].tolist()
        for s in STATUSES:
            names = [name for name, v in zip(everyone, column) if v == s]
            if names:
                parts.append(f"{STATUS_LABELS_NL[s]}: {', '.join(names)}")
        lines.append(f"- **{iid}**: " + ("; ".join(parts) if parts else "–"))
    lines += ["", "## Documenten met een tegenstrijdigheid", ""]
    found = False
    for _, row in ok.iterrows():
        items = [iid for iid in ITEM_IDS if row[f"{iid}_final"] == "contradicted"]
        if items:
            found = True
            lines.append(f"- {md_cell(_name(row))} ({md_cell(clean_text(Path(row['file']).name))}): {', '.join(items)}")
    if not found:
        lines.append("Geen.")
    return "\n".join(lines) + "\n"


def heatmap_info(ok, date: str) -> dict:
    """What the heatmap's title says: documents, rule set, date."""
    versions = sorted({v for v in ok.get("ruleset_version", []) if v})
    return {"documents": len(ok), "ruleset": ", ".join(versions), "date": date}


def heatmap_bytes(ok, fmt: str | tuple[str, ...] = "png", info: dict | None = None):
    """Documents x items coloured by (final) status, with the status symbol in each cell; a title
    with the number of documents, the rule set and the date, the legend on top. The height grows
    with the number of documents, in rows tall enough for labels that read at 100%.

    `fmt` one format: its bytes; several: {format: bytes}, drawn from one figure.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = draw_heatmap(ok, info)
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


def heatmap_title(info: dict | None, n: int) -> str:
    info = info or {}
    parts = [f"{n} documenten"]
    if info.get("ruleset"):
        parts.append(f"regelset {info['ruleset']}")
    if info.get("date"):
        parts.append(info["date"])
    return "Dekking per punt: " + ", ".join(parts)


def draw_heatmap(ok, info: dict | None = None, status_column: str = "final"):
    """The heatmap as a matplotlib Figure (see heatmap_bytes).

    The layout is worked out here from the measured width of the row labels, and the labels are
    plain texts beside the rows, not tick labels: matplotlib's automatic layout (tight_layout, a
    tight bounding box) and one Tick object per row cost seconds for 340 rows. The symbols are one
    scatter of glyph markers per status, not a text per cell.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.colors import ListedColormap
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Patch
    from matplotlib.textpath import TextPath
    from matplotlib.transforms import offset_copy

    order = list(STATUSES)
    col = (lambda iid: f"{iid}_{status_column}") if f"{ITEM_IDS[0]}_{status_column}" in ok else (
        lambda iid: f"{iid}_status")
    statuses = [[row[col(i)] if row[col(i)] in order else "absent" for i in ITEM_IDS] for _, row in ok.iterrows()]
    grid = [[order.index(s) for s in r] for r in statuses]
    # names and metadata without control characters: the SVG must stay well-formed XML
    labels = [clean_text((row["municipality"] + " · " if row["municipality"] else "") + Path(row["file"]).name)
              for _, row in ok.iterrows()]
    n, cols = len(grid), len(ITEM_IDS)
    small = n > 60
    # 7 pt labels in 0.16-inch rows stay legible at 100% zoom even for 340 municipalities
    row_h, font_size = (0.16, 7) if small else (0.25, 8)
    dpi = 110
    prop = FontProperties(size=font_size)
    measure = RendererAgg(1, 1, dpi)
    label_w = max([measure.get_text_width_height_descent(t, prop, ismath=False)[0] for t in set(labels)] or [0]) / dpi
    left = label_w + 0.2
    width = max(11.0, left + 6.5)
    # inches above the cells: title, legend, item ids
    top, bottom, right = 1.05, 0.35, 0.15
    height = max(1.0, n * row_h) + top + bottom
    fig = plt.figure(figsize=(width, height), dpi=dpi)
    ax = fig.add_axes((left / width, bottom / height, 1 - (left + right) / width, 1 - (top + bottom) / height))
    ax.imshow(grid, aspect="auto", interpolation="nearest", vmin=0, vmax=len(order) - 1,
              cmap=ListedColormap([STATUS_PALETTE[s] for s in order]))
    ax.set_xticks(range(cols), ITEM_IDS)
    ax.tick_params(axis="x", top=True, labeltop=True, bottom=n > 40, labelbottom=n > 40)
    ax.set_yticks([])
    # each label right-aligned a few points left of its row (x in axes, y in data coordinates)
    beside = offset_copy(ax.get_yaxis_transform(), fig=fig, x=-4, y=0, units="points")
    for y, text in enumerate(labels):
        ax.text(0, y, text, transform=beside, ha="right", va="center", fontsize=font_size,
                parse_math=False)  # a name with "$...$" is a name, not mathtext
    # the status symbol in each cell, so the picture reads without colour (and in grey print)
    for s in order:
        xs = [x for r in statuses for x, v in enumerate(r) if v == s]
        ys = [y for y, r in enumerate(statuses) for v in r if v == s]
        if xs:
            glyph = TextPath((0, 0), STATUS_SYMBOLS[s], size=1, prop=FontProperties(family="DejaVu Sans"))
            ax.scatter(xs, ys, marker=glyph, s=(font_size * 1.5) ** 2, c=SYMBOL_COLOURS[s], linewidths=0)
    # white lines between the cells
    ax.vlines([x - 0.5 for x in range(1, cols)], -0.5, n - 0.5, color="white", linewidth=0.6)
    ax.hlines([y - 0.5 for y in range(1, n)], -0.5, cols - 0.5, color="white", linewidth=0.6)
    ax.set_xlim(-0.5, cols - 0.5)
    ax.set_ylim(n - 0.5, -0.5)
    fig.text(0.5, 1 - 0.12 / height, heatmap_title(info, n), ha="center", va="top", fontsize=10,
             fontweight="bold", parse_math=False)
    # the legend on top, under the title (the picture is at least 11 inches wide, so it fits)
    fig.legend(handles=[Patch(facecolor=STATUS_PALETTE[s], edgecolor="#777777",
                              label=f"{STATUS_SYMBOLS[s]} {STATUS_LABELS_NL[s]}") for s in order],
               loc="upper center", bbox_to_anchor=(0.5, 1 - 0.38 / height), ncol=len(order), frameon=False,
               fontsize=8)
    return fig
