"""Format an Evaluation as Markdown or JSON (the figures are computed in checker.evaluate)."""
from __future__ import annotations

import json

from checker.evaluate import ADDRESSED, COMMITTED, CONTRADICTED, Binary, Evaluation
from checker.models import STATUSES

HUMAN_REFERENCE = "two careful readers: exact 0.92, kappa 0.89"


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _binary(b: Binary) -> str:
    return f"{_f(b.precision)} / {_f(b.recall)} / {_f(b.f1)} (tp {b.tp}, fp {b.fp}, fn {b.fn})"


def _systems(ev: Evaluation) -> list[str]:
    return ["tool", "baseline"] if ev.with_baseline else ["tool"]


def evaluation_dict(ev: Evaluation) -> dict:
    def block(system: str, item: str | None = None) -> dict:
        out = {"n": len(ev.pairs(item, system)), "exact": ev.accuracy(item, system), "kappa": ev.kappa(item, system)}
        for name, positive in (("addressed", ADDRESSED), ("committed", COMMITTED), ("contradicted", CONTRADICTED)):
            b = ev.binary(positive, item, system)
            out[name] = {"precision": b.precision, "recall": b.recall, "f1": b.f1, "tp": b.tp, "fp": b.fp, "fn": b.fn}
        return out

    return {
        "gold": ev.gold_dir, "documents": ev.docs_dir, "ruleset": ev.ruleset, "pipeline": ev.pipeline,
        "overall": {s: block(s) for s in _systems(ev)},
        "items": {item: {s: block(s, item) for s in _systems(ev)} for item in ev.items()},
        "per_document": [{"document": r.document, "agree": r.agree if not r.error else None, "error": r.error,
                          "gold": r.gold, "tool": r.predicted, **({"baseline": r.baseline} if ev.with_baseline else {})}
                         for r in ev.results],
        "confusion": {s: ev.confusion(s) for s in _systems(ev)},
    }


def evaluation_json(ev: Evaluation) -> str:
    return json.dumps(evaluation_dict(ev), ensure_ascii=False, indent=2) + "\n"


def evaluation_markdown(ev: Evaluation) -> str:
    systems = _systems(ev)
    head = " | ".join(["tool", "keyword baseline"][: len(systems)])
    lines = [f"# Evaluation against {ev.gold_dir}", "",
             f"Documents: {len(ev.results)} ({sum(1 for r in ev.results if r.error)} failed), labels: "
             f"{len(ev.pairs())}. Rule set {ev.ruleset}; pipeline {ev.pipeline}. Reference: {HUMAN_REFERENCE}.", "",
             f"| metric | {head} |", "|---|" + "---|" * len(systems)]
    rows = [("exact status accuracy", lambda s: _f(ev.accuracy(system=s))),
            ("Cohen's kappa (5 statuses)", lambda s: _f(ev.kappa(system=s))),
            ("addressed P / R / F1", lambda s: _binary(ev.binary(ADDRESSED, system=s))),
            ("committed P / R / F1", lambda s: _binary(ev.binary(COMMITTED, system=s))),
            ("contradicted P / R / F1", lambda s: _binary(ev.binary(CONTRADICTED, system=s)))]
    for name, fn in rows:
        lines.append(f"| {name} | " + " | ".join(fn(s) for s in systems) + " |")
    lines += ["", "## Per item", "",
              "| item | n | exact | kappa | addressed F1 | committed F1 |" + (" baseline exact | baseline addressed F1 |" if ev.with_baseline else ""),
              "|---|---|---|---|---|---|" + ("---|---|" if ev.with_baseline else "")]
    for item in ev.items():
        row = (f"| {item} | {len(ev.pairs(item))} | {_f(ev.accuracy(item))} | {_f(ev.kappa(item))} | "
               f"{_f(ev.binary(ADDRESSED, item).f1)} | {_f(ev.binary(COMMITTED, item).f1)} |")
        if ev.with_baseline:
            row += f" {_f(ev.accuracy(item, 'baseline'))} | {_f(ev.binary(ADDRESSED, item, 'baseline').f1)} |"
        lines.append(row)
    lines += ["", "## Per document", "", "| document | agree (of 15) |" + (" baseline |" if ev.with_baseline else ""),
              "|---|---|" + ("---|" if ev.with_baseline else "")]
    for r in ev.results:
        if r.error:
            lines.append(f"| {r.document} | error: {r.error} |" + (" |" if ev.with_baseline else ""))
            continue
        base = f" {sum(r.gold[k] == r.baseline.get(k) for k in r.gold)} |" if ev.with_baseline else ""
        lines.append(f"| {r.document} | {r.agree} |{base}")
    lines += ["", "## Confusion matrix (rows: gold, columns: tool)", "",
              "| gold \\ tool | " + " | ".join(STATUSES) + " |", "|---|" + "---|" * len(STATUSES)]
    for g, row in ev.confusion().items():
        lines.append(f"| {g} | " + " | ".join(str(row[s]) for s in STATUSES) + " |")
    lines += ["", "## Disagreements", ""]
    for r, k in ev.disagreements():
        lines.append(f"### {r.document} {k}: gold {r.gold[k]}, tool {r.predicted.get(k)}")
        lines.append("")
        for e in r.gold_evidence.get(k, [])[:3]:
            lines.append(f"- gold: “{e}”")
        item = next((it for it in r.report.items if it.id == k), None) if r.report else None
        for e in (item.evidence if item else ())[:3]:
            page = f"p. {e.page}" if e.page is not None else "p. –"
            lines.append(f"- tool ({page}; {e.explanation}): “{' '.join(e.text.split())}”")
        lines.append("")
    return "\n".join(lines) + "\n"
