"""Format a probe run as Markdown or JSON (the figures are computed in checker.probes)."""
from __future__ import annotations

import json

from checker.probes import CAPABILITIES, ProbeRun


def _share(ok: int, n: int) -> str:
    return f"{ok / n:.3f} ({ok}/{n})" if n else "–"


def probes_dict(run: ProbeRun) -> dict:
    caps = [c for c in CAPABILITIES if run.exact(c)[1]]
    items = sorted({r.probe.item for r in run.results})
    ok, n = run.exact()
    return {
        "probes": n, "exact": ok / n if n else None,
        "capabilities": {c: {"ok": run.exact(c)[0], "n": run.exact(c)[1]} for c in caps},
        "items": {i: {"ok": run.exact(item=i)[0], "n": run.exact(item=i)[1]} for i in items},
        "groups": len(run.groups()), "inconsistent_groups": run.inconsistent_groups(),
        "failures": [{"id": r.probe.id, "item": r.probe.item, "capability": r.probe.capability,
                      "expect": r.probe.expect, "tool": r.predicted} for r in run.failures()],
    }


def probes_json(run: ProbeRun) -> str:
    return json.dumps(probes_dict(run), ensure_ascii=False, indent=2) + "\n"


def probes_markdown(run: ProbeRun, title: str = "Probe suite") -> str:
    ok, n = run.exact()
    groups = run.groups()
    bad = run.inconsistent_groups()
    lines = [f"# {title}", "", f"Probes: {n}; exact {_share(ok, n)}; invariance groups consistent: "
             f"{len(groups) - len(bad)} of {len(groups)}.", "",
             "| capability | exact |", "|---|---|"]
    for c in CAPABILITIES:
        cok, cn = run.exact(c)
        if cn:
            lines.append(f"| {c} | {_share(cok, cn)} |")
    lines += ["", "| item | exact |", "|---|---|"]
    for i in sorted({r.probe.item for r in run.results}):
        iok, inn = run.exact(item=i)
        lines.append(f"| {i} | {_share(iok, inn)} |")
    if bad:
        lines += ["", "## Inconsistent invariance groups", ""]
        for g in bad:
            lines.append(f"- {g}: " + ", ".join(f"{r.probe.id} → {r.predicted}" for r in groups[g]))
    fails = run.failures()
    if fails:
        lines += ["", "## Disagreements", ""]
        for r in fails:
            text = " ".join(r.probe.text.split())
            lines.append(f"- **{r.probe.id}** ({r.probe.capability}) expect {r.probe.expect}, tool {r.predicted}: "
                         f"“{text}”")
    return "\n".join(lines) + "\n"


def perturbations_dict(results) -> dict:
    """Per perturbation (checker.perturb): the probes it changed and which kept their status."""
    return {"perturbations": {r.name: {"applied": r.applied, "kept": r.kept, "rate": r.rate,
                                       "changed": [{"id": i, "before": a, "after": b} for i, a, b in r.changed]}
                              for r in results}}


def perturbations_json(results) -> str:
    return json.dumps(perturbations_dict(results), ensure_ascii=False, indent=2) + "\n"


def perturbations_markdown(results, title: str = "Invariance by perturbation") -> str:
    applied = sum(r.applied for r in results)
    kept = sum(r.kept for r in results)
    lines = [f"# {title}", "", f"Perturbed probes: {applied}; status kept {_share(kept, applied)}.", "",
             "| perturbation | status kept |", "|---|---|"]
    lines += [f"| {r.name} | {_share(r.kept, r.applied)} |" for r in results]
    changed = [(r.name, c) for r in results for c in r.changed]
    if changed:
        lines += ["", "## Status changed", ""]
        lines += [f"- {name}: **{i}** {a} → {b}" for name, (i, a, b) in changed]
    return "\n".join(lines) + "\n"
