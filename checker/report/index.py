"""index.html of a batch with `--format html`: the sortable matrix that `serve` draws, as one local
file beside the reports, each row linking to its document's HTML report."""
from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from checker.batching import ITEM_IDS
from checker.models import STATUS_SYMBOLS, STATUSES


def index_html(df, links: list[str | None], titles: dict[str, str], info: dict, heatmap: bool) -> str:
    """The overview page: the matrix (click a header to sort), the heatmap, links to the reports."""
    from checker.report.html import STATUS_COLOURS, STATUS_INK, pages_env
    from checker.report.i18n import labels
    from checker.serve.text import SERVE_TEXT

    env = pages_env()
    t, statuses, _ = labels("nl")
    script = (Path(__file__).resolve().parent.parent / "serve" / "static" / "sort.js").read_text(encoding="utf-8")
    rows = df.to_dict("records")
    html_links = [link if link and link.endswith(".html") else "" for link in links]
    return env.get_template("batch_index.html.j2").render(
        rows=rows, row_links=html_links, ok=int((df["error"].fillna("") == "").sum()), ui=SERVE_TEXT["nl"], t=t,
        status=statuses, colours=STATUS_COLOURS, ink=STATUS_INK, symbols=STATUS_SYMBOLS, lang="nl", item_ids=list(ITEM_IDS),
        rank={s: i for i, s in enumerate(STATUSES)}, titles=titles, info=info, heatmap=heatmap,
        script=Markup(script.replace("</", "<\\/")))
