"""Plots for the Python API: the batch heatmap and a stacked bar chart per item, from a DataFrame.

Both take the wide frame of `checker.batch` (or matrix.csv read with pandas) and return a
matplotlib Figure; they draw what the batch decided, nothing is computed again.
"""
from __future__ import annotations

from checker.batching import ITEM_IDS
from checker.models import STATUS_LABELS_NL, STATUS_SYMBOLS, STATUSES
from checker.report.palette import STATUS_PALETTE


def _ok(df):
    return df[df["error"].fillna("") == ""] if "error" in df else df


def plot_heatmap(df, sort: str | list[str] | None = None, title: str | None = None):
    """Documents x items in the colour-blind-safe palette with the status symbol in each cell
    (as batch's heatmap.png); `sort`: metadata columns to order the rows by."""
    from datetime import date

    from checker.report.batch import draw_heatmap, sort_rows

    ok = sort_rows(_ok(df).reset_index(drop=True), sort)
    info = {"ruleset": df.attrs.get("ruleset", ""), "date": df.attrs.get("date", date.today().isoformat())}
    fig = draw_heatmap(ok.fillna({"municipality": ""}), info)
    if title:
        fig.texts[0].set_text(title)
    return fig


def plot_bars(df, column: str = "final", ax=None):
    """A stacked bar per item: the share of documents per status (the final status by default)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ok = _ok(df)
    if ax is None:
        fig, ax = plt.subplots(figsize=(10, 4.5))
    else:
        fig = ax.figure
    n = max(1, len(ok))
    bottom = [0.0] * len(ITEM_IDS)
    for s in STATUSES:
        shares = [float((ok.get(f"{iid}_{column}", ok[f"{iid}_status"]) == s).sum()) / n for iid in ITEM_IDS]
        ax.bar(ITEM_IDS, shares, bottom=bottom, color=STATUS_PALETTE[s], edgecolor="white",
               label=f"{STATUS_SYMBOLS[s]} {STATUS_LABELS_NL[s]}")
        bottom = [b + v for b, v in zip(bottom, shares)]
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_ylabel("aandeel documenten")
    ax.set_title(f"Status per punt ({len(ok)} documenten)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=len(STATUSES), frameon=False)
    fig.subplots_adjust(bottom=0.2)
    return fig
