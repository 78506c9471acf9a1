"""Evaluate: the checker's statuses (and a Ctrl-F baseline's) against gold labels (DESIGN.md format)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from checker.baseline import keyword_statuses
from checker.errors import InputError
from checker.ingest import load
from checker.models import STATUSES, Report

ADDRESSED = frozenset({"covered", "partial", "mentioned", "contradicted"})
COMMITTED = frozenset({"covered", "partial"})
CONTRADICTED = frozenset({"contradicted"})


@dataclass
class DocumentResult:
    """One document: gold, tool and baseline statuses, with the tool's report."""

    document: str
    gold: dict[str, str]
    gold_evidence: dict[str, list[str]]
    predicted: dict[str, str]
    baseline: dict[str, str] = field(default_factory=dict)
    baseline_evidence: dict[str, str | None] = field(default_factory=dict)
    report: Report | None = None
    error: str | None = None

    @property
    def agree(self) -> int:
        return sum(self.gold[k] == self.predicted.get(k) for k in self.gold)


@dataclass(frozen=True)
class Binary:
    """Precision, recall and F1 for one yes/no question, with the counts behind them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """All documents of one gold folder."""

    gold_dir: str
    docs_dir: str
    ruleset: str = ""
    pipeline: str = ""
    results: list[DocumentResult] = field(default_factory=list)
    with_baseline: bool = False

    def items(self) -> list[str]:
        seen: list[str] = []
        for r in self.results:
            seen.extend(k for k in r.gold if k not in seen)
        return seen

    def pairs(self, item: str | None = None, system: str = "tool") -> list[tuple[str, str]]:
        """(gold, predicted) for every scored label."""
        out = []
        for r in self.results:
            if r.error:
                continue
            pred = r.predicted if system == "tool" else r.baseline
            out.extend((r.gold[k], pred[k]) for k in r.gold if (item is None or k == item) and k in pred)
        return out

    def accuracy(self, item: str | None = None, system: str = "tool") -> float:
        p = self.pairs(item, system)
        return sum(g == s for g, s in p) / len(p) if p else 0.0

    def kappa(self, item: str | None = None, system: str = "tool") -> float:
        return cohen_kappa(self.pairs(item, system))

    def binary(self, positive: frozenset[str] | set[str], item: str | None = None, system: str = "tool") -> Binary:
        p = self.pairs(item, system)
        return Binary(tp=sum(g in positive and s in positive for g, s in p),
                      fp=sum(g not in positive and s in positive for g, s in p),
                      fn=sum(g in positive and s not in positive for g, s in p))

    def confusion(self, system: str = "tool") -> dict[str, dict[str, int]]:
        m = {g: {s: 0 for s in STATUSES} for g in STATUSES}
        for g, s in self.pairs(system=system):
            m[g][s] += 1
        return m

    def disagreements(self) -> list[tuple[DocumentResult, str]]:
        return [(r, k) for r in self.results if not r.error for k in r.gold if r.gold[k] != r.predicted.get(k)]


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa over categorical pairs (1.0 when both raters use a single category and agree)."""
    n = len(pairs)
    if not n:
        return 0.0
    po = sum(a == b for a, b in pairs) / n
    cats = {c for p in pairs for c in p}
    pe = sum((sum(a == c for a, _ in pairs) / n) * (sum(b == c for _, b in pairs) / n) for c in cats)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def load_gold(path: Path) -> tuple[str, dict[str, dict]]:
    """(document file name, labels) from one gold file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        labels = data["labels"]
        for k, v in labels.items():
            if v["status"] not in STATUSES:
                raise ValueError(f"{k}: unknown status {v['status']!r}")
        return data["document"], labels
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise InputError(f"Goudlabelbestand {path} is ongeldig ({e}).",
                         hint='Zie het formaat in DESIGN.md: {"document": ..., "labels": {"P01": {"status": ...}}}.') from e


def evaluate(gold_dir: Path, docs_dir: Path, checker, baseline: bool = False) -> Evaluation:
    """Run `checker` (and optionally the keyword baseline) on every document with a gold file."""
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise InputError(f"Geen goudlabels (*.json) in {gold_dir}.", hint="Geef met --gold de map met goudlabels.")
    ev = Evaluation(gold_dir=str(gold_dir), docs_dir=str(docs_dir), with_baseline=baseline,
                    ruleset=f"{checker.ruleset.info.id} {checker.ruleset.info.version} "
                            f"(sha256 {checker.ruleset.info.sha256[:12]})",
                    pipeline=checker.pipeline_name)
    for gold_path in gold_files:
        name, labels = load_gold(gold_path)
        gold = {k: v["status"] for k, v in labels.items()}
        gold_ev = {k: list(v.get("evidence", [])) for k, v in labels.items()}
        try:
            document = load(Path(docs_dir) / name)
            report = checker.check_document(document)
        except InputError as e:
            ev.results.append(DocumentResult(name, gold, gold_ev, {}, error=str(e)))
            continue
        result = DocumentResult(name, gold, gold_ev, {it.id: it.status for it in report.items}, report=report)
        if baseline:
            base = keyword_statuses(document, checker.ruleset)
            result.baseline = {k: v[0] for k, v in base.items()}
            result.baseline_evidence = {k: v[1] for k, v in base.items()}
        ev.results.append(result)
    return ev


def evaluate_reviews(reviews: list, checker, docs_dir: Path | None = None) -> Evaluation:
    """Run `checker` on every reviewed document and measure it against the reviewed cells: each
    review is a gold label. A document is found by the file the review names, or by its name in
    `docs_dir`, and must still have the sha256 it was reviewed with."""
    from checker.ingest import load as load_document

    source = ", ".join(sorted({r.file for r in reviews if r.file})[:3])
    ev = Evaluation(gold_dir="beoordelingen", docs_dir=str(docs_dir or source),
                    ruleset=f"{checker.ruleset.info.id} {checker.ruleset.info.version} "
                            f"(sha256 {checker.ruleset.info.sha256[:12]})",
                    pipeline=checker.pipeline_name)
    by_doc: dict[str, list] = {}
    for r in reviews:
        by_doc.setdefault(r.sha256, []).append(r)
    for sha, doc_reviews in by_doc.items():
        first = doc_reviews[0]
        gold = {r.item: r.status for r in doc_reviews}
        gold_ev = {r.item: [] for r in doc_reviews}
        candidates = [Path(first.file)] if first.file else []
        if docs_dir is not None and first.file:
            candidates.insert(0, Path(docs_dir) / Path(first.file).name)
        path = next((p for p in candidates if p.is_file()), None)
        name = Path(first.file).name if first.file else sha[:12]
        if path is None:
            ev.results.append(DocumentResult(name, gold, gold_ev, {}, error=(
                f"Het beoordeelde document {first.file or sha} is niet gevonden; geef de map met --docs.")))
            continue
        try:
            document = load_document(path)
        except InputError as e:
            ev.results.append(DocumentResult(name, gold, gold_ev, {}, error=str(e)))
            continue
        if document.sha256 != sha:
            ev.results.append(DocumentResult(name, gold, gold_ev, {}, error=(
                f"{path} is veranderd sinds de beoordeling (andere sha256); de beoordelingen gelden voor de oude versie.")))
            continue
        report = checker.check_document(document)
        ev.results.append(DocumentResult(name, gold, gold_ev, {it.id: it.status for it in report.items},
                                         report=report))
    return ev
