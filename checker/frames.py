"""Tidy frames for researchers: the batch matrix in long form, and every evidence passage.

- `tidy(df)`: one row per document x item, with the status as an ordered pandas.Categorical
  (absent < mentioned < partial < covered; `contradicted` is not on that scale, so it is a category
  of its own in `status` and NA in `status_rank`), score, commitment, confidence, the reviewed and the
  final status. Missing values are NA.
- `evidence(df)`: one row per document x item x evidence passage, read from the JSON reports the
  batch wrote (nothing is scored again).

Both carry `df.attrs` (rule set, date) over from the wide frame.
"""
from __future__ import annotations

import json
from pathlib import Path

from checker.batching import ITEM_IDS, META_FIELDS
from checker.models import STATUSES

# the coverage scale; `contradicted` stands apart from it
SCALE = ("absent", "mentioned", "partial", "covered")
STATUS_ORDER = (*SCALE, "contradicted")
LONG_DOCUMENT_COLUMNS = ("file", *META_FIELDS, "sha256", "checker_version", "ruleset_version")
LONG_COLUMNS = (*LONG_DOCUMENT_COLUMNS, "item", "item_kind", "status", "status_rank", "score", "commitment",
                "confidence", "reviewed", "final", "review_changed")
EVIDENCE_COLUMNS = ("file", "municipality", "sha256", "item", "status", "aspect", "text", "page", "page_label",
                    "heading", "cue", "matched", "explanation")


def status_dtype():
    """The status as an ordered categorical: absent < mentioned < partial < covered < contradicted.

    Compare with `status_rank` (NA for contradicted) when the order must leave contradicted out."""
    import pandas as pd

    return pd.CategoricalDtype(list(STATUS_ORDER), ordered=True)


def tidy(df, reports_dir: str | Path | None = None):
    """The wide batch frame (one row per document) as a long one (one row per document x item).

    `reports_dir`: where the JSON reports are, for the commitment of each item (default: the
    folder the frame records in `df.attrs["reports_dir"]`; without reports, commitment is NA)."""
    import pandas as pd

    reports = _report_items(df, reports_dir)
    records = []
    failed = df["error"].fillna("") != "" if "error" in df else pd.Series(False, index=df.index)
    for (idx, row), bad in zip(df.iterrows(), failed):
        if bad:
            continue
        doc = {c: row.get(c) for c in LONG_DOCUMENT_COLUMNS}
        items = reports.get(idx, {})
        for iid in ITEM_IDS:
            status = row.get(f"{iid}_status") or None
            records.append({**doc, "item": iid, "item_kind": "point" if iid.startswith("P") else "theme",
                            "status": status, "score": row.get(f"{iid}_score"),
                            "commitment": (items.get(iid) or {}).get("commitment"),
                            "confidence": row.get(f"{iid}_confidence") or None,
                            "reviewed": row.get(f"{iid}_reviewed") or None,
                            "final": row.get(f"{iid}_final") or status,
                            "review_changed": row.get(f"{iid}_review_changed")})
    out = pd.DataFrame(records, columns=[c for c in LONG_COLUMNS if c != "status_rank"])
    return _typed(out, df.attrs)


def _typed(out, attrs):
    """Types of the long frame: categories, nullable numbers, NA for what is missing."""
    import pandas as pd

    cat = status_dtype()
    for c in ("status", "reviewed", "final"):
        out[c] = out[c].replace("", None).astype(cat)
    rank = {s: i for i, s in enumerate(SCALE)}
    out.insert(out.columns.get_loc("status") + 1, "status_rank",
               out["status"].map(lambda s: rank.get(s, pd.NA) if isinstance(s, str) else pd.NA).astype("Int64"))
    out["item"] = out["item"].astype(pd.CategoricalDtype(list(ITEM_IDS), ordered=True))
    out["item_kind"] = out["item_kind"].astype("category")
    out["commitment"] = out["commitment"].astype(pd.CategoricalDtype(["weak", "intent", "firm"], ordered=True))
    out["score"] = pd.to_numeric(out["score"], errors="coerce").astype("Float64")
    out["review_changed"] = out["review_changed"].astype("boolean")
    if "year" in out:
        out["year"] = pd.to_numeric(out["year"].replace("", None), errors="coerce").astype("Int64")
    for c in ("file", "municipality", "cbs_code", "province", "kind", "confidence", "sha256", "checker_version",
              "ruleset_version"):
        if c in out:
            out[c] = out[c].replace("", None).astype("string")
    out.attrs.update(attrs)
    return out


def from_long_csv(path: str | Path):
    """A long frame written with `DataFrame.to_csv(index=False)`, read back with its types."""
    import pandas as pd

    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    raw = raw.drop(columns=["status_rank"], errors="ignore")
    raw = raw.replace("", None)
    raw["review_changed"] = raw["review_changed"].map({"True": True, "False": False, None: None})
    return _typed(raw, {})


def _report_paths(df, reports_dir) -> dict:
    base = Path(reports_dir) if reports_dir is not None else (
        Path(df.attrs["reports_dir"]) if df.attrs.get("reports_dir") else None)
    if base is None or "report" not in df:
        return {}
    return {idx: base.parent / rel if rel.startswith("reports/") else base / rel
            for idx, rel in df["report"].fillna("").items() if rel}


def _report_items(df, reports_dir) -> dict:
    out = {}
    for idx, path in _report_paths(df, reports_dir).items():
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out[idx] = {it["id"]: it for it in data.get("items", [])}
    return out


def evidence_records(data: dict, row: dict) -> list[dict]:
    """The evidence passages of one JSON report as records (EVIDENCE_COLUMNS), with the row's file
    and municipality."""
    base = {"file": row.get("file", ""), "municipality": row.get("municipality", "") or "",
            "sha256": data["document"].get("sha256", "")}
    return [{**base, "item": it["id"], "status": it["status"], "aspect": ev.get("aspect", ""),
             "text": " ".join((ev.get("text") or "").split()), "page": ev.get("page"),
             "page_label": ev.get("page_label") or "", "heading": ev.get("heading") or "", "cue": ev.get("cue") or "", "matched": ev.get("matched") or "",
             "explanation": ev.get("explanation") or ""}
            for it in data["items"] for ev in it.get("evidence", [])]


def evidence(df, reports_dir: str | Path | None = None):
    """Every evidence passage of the documents of a wide batch frame, from their JSON reports."""
    records = []
    paths = _report_paths(df, reports_dir)
    for idx, path in paths.items():
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        records.extend(evidence_records(data, df.loc[idx].to_dict()))
    return evidence_frame(records, df.attrs)


def evidence_frame(records: list[dict], attrs: dict | None = None):
    """Evidence records as a typed DataFrame (also with none: the columns stay)."""
    import pandas as pd

    out = pd.DataFrame(records, columns=list(EVIDENCE_COLUMNS))
    out["status"] = out["status"].astype(status_dtype())
    out["item"] = out["item"].astype(pd.CategoricalDtype(list(ITEM_IDS), ordered=True))
    out["page"] = pd.to_numeric(out["page"], errors="coerce").astype("Int64")
    for c in ("file", "municipality", "sha256", "aspect", "text", "page_label", "heading", "cue", "matched", "explanation"):
        out[c] = out[c].replace("", None).astype("string")
    out.attrs.update(attrs or {})
    return out


assert set(STATUS_ORDER) == set(STATUSES)
