"""Evaluate: the checker's statuses against gold labels (format in DESIGN.md)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError
from checker.models import STATUSES, Report


@dataclass
class DocumentResult:
    document: str
    gold: dict[str, str]
    predicted: dict[str, str]
    error: str | None = None
    report: Report | None = None

    @property
    def agree(self) -> int:
        return sum(self.gold[k] == self.predicted.get(k) for k in self.gold)


@dataclass
class Evaluation:
    results: list[DocumentResult] = field(default_factory=list)

    def pairs(self, item: str | None = None) -> list[tuple[str, str]]:
        return [(r.gold[k], r.predicted[k]) for r in self.results if not r.error
                for k in r.gold if (item is None or k == item) and k in r.predicted]

    def accuracy(self, item: str | None = None) -> float:
        p = self.pairs(item)
        return sum(g == s for g, s in p) / len(p) if p else 0.0

    def kappa(self, item: str | None = None) -> float:
        return cohen_kappa(self.pairs(item))

    def binary(self, positive: set[str], item: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 for 'status in positive'."""
        p = self.pairs(item)
        tp = sum(g in positive and s in positive for g, s in p)
        fp = sum(g not in positive and s in positive for g, s in p)
        fn = sum(g in positive and s not in positive for g, s in p)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return prec, rec, f1

    def confusion(self) -> dict[str, dict[str, int]]:
        m = {g: {s: 0 for s in STATUSES} for g in STATUSES}
        for g, s in self.pairs():
            m[g][s] += 1
        return m


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa over categorical pairs (1.0 when both raters agree on a single category)."""
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
        return data["document"], data["labels"]
    except (OSError, ValueError, KeyError) as e:
        raise InputError(f"Goudlabelbestand {path} is ongeldig ({e}).",
                         hint="Zie het formaat in DESIGN.md: {\"document\": ..., \"labels\": {...}}.") from e


def evaluate(gold_dir: Path, docs_dir: Path, checker) -> Evaluation:
    """Run `checker` on every document that has a gold file in gold_dir."""
    ev = Evaluation()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        name, labels = load_gold(gold_path)
        gold = {k: v["status"] for k, v in labels.items()}
        doc_path = Path(docs_dir) / name
        try:
            report = checker.check(doc_path)
            pred = {it.id: it.status for it in report.items}
            ev.results.append(DocumentResult(name, gold, pred, report=report))
        except InputError as e:
            ev.results.append(DocumentResult(name, gold, {}, error=str(e)))
    return ev
