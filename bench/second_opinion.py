"""Evaluation: would a learned "second opinion" on top of the rules agree better with the gold labels?

This is an experiment, not part of the tool: nothing in checker/ imports it and the checker's
statuses are not changed by it. It runs the rule-based checker (blank pipeline) on every document
that has gold labels, turns the checker's own output for each (document, item) into features, and
trains classifiers leave-one-document-out (for each document: fit on all other documents, predict
that one's items). It then prints exact agreement, Cohen's kappa and contradicted precision/recall
for the rules alone and for each learned variant, and a one-line verdict KEEP / DROP.

    .venv/bin/python bench/second_opinion.py

Needs scikit-learn (`.venv/bin/pip install -e '.[bench]'`); no network, fixed seeds, about
3-4 minutes on 2 cores (mostly the 2 x 30 fits with text features; newton-cg, as lbfgs took 5x longer).
Features per (document, item), all from the checker's output:
  - the rule status (one-hot) and the item id (one-hot);
  - counts of support/mention/contradiction hits, of commitment firm/intent/weak/None and of
    polarity up/down/neutral (log1p), hits outside the domain;
  - distinct aspects met, the item's aspect count and their ratio;
  - whether any hit's cue was condition (hedge)/study/attribution/description/draft/weak/negation;
  - distinct passages and pages;
  - character 3-5-gram TF-IDF (char_wb) of the concatenated hit passages, fitted per fold.
Variants: logistic regression (class_weight="balanced"), a small gradient boosting on the structured
features, and for both an "override the rules only when the classifier's probability > t" policy.
The best variant is picked on the same leave-one-document-out figures, so its margin is optimistic.
"""
from __future__ import annotations

import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._needs import need  # noqa: E402

need("numpy", "scipy", "sklearn")
import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402

from sklearn.ensemble import GradientBoostingClassifier  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import MaxAbsScaler  # noqa: E402
from sklearn.utils.class_weight import compute_sample_weight  # noqa: E402

from checker.evaluate import cohen_kappa, load_gold  # noqa: E402
from checker.ingest import load  # noqa: E402
from checker.models import STATUSES  # noqa: E402
from checker.pipeline import Checker  # noqa: E402
from checker.segment import segment  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
SETS = {  # name -> (gold folder, documents folder)
    "shared": (SHARED / "gold", SHARED),
    "indep": (SHARED / "independent" / "gold", SHARED / "independent"),
    "own": (ROOT / "corpus" / "gold", ROOT / "corpus"),
    "new": (ROOT / "corpus" / "unseen" / "gold", ROOT / "corpus" / "unseen"),
}
CUE_FLAGS = ("condition", "hedge", "study", "attribution", "description", "draft", "weak", "negation")
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)
SEED = 0


def item_features(item_id, score, hits, n_aspects):
    """Structured features (a dict for DictVectorizer) and the passage text of one (document, item)."""
    f = {f"rule={score.status}": 1.0, f"item={item_id}": 1.0}
    for key, values in (("role", [h.role for h in hits]), ("commit", [str(h.commitment) for h in hits]),
                        ("pol", [h.polarity for h in hits])):
        for v, n in Counter(values).items():
            f[f"{key}={v}"] = math.log1p(n)
    f["out_of_domain"] = math.log1p(sum(not h.in_domain for h in hits))
    cats = {h.cue.category for h in hits if h.cue is not None}
    for c in CUE_FLAGS:
        f[f"cue={c}"] = float(c in cats)
    f["aspects_met"] = len(score.aspects_met)
    f["aspects_n"] = n_aspects
    f["aspects_frac"] = len(score.aspects_met) / n_aspects if n_aspects else 0.0
    passages = {h.segment_index: h.text for h in hits}
    f["passages"] = math.log1p(len(passages))
    f["pages"] = math.log1p(len({h.page for h in hits if h.page is not None}))
    return f, " \n ".join(passages[k] for k in sorted(passages))


def collect():
    """One row per gold label: (set, document, item, gold, rule status, features, text)."""
    checker = Checker.create(model="blank")
    n_aspects = {it.id: len(it.aspects) for it in checker.ruleset.items}
    rows = []
    for set_name, (gold_dir, docs_dir) in SETS.items():
        for gold_path in sorted(gold_dir.glob("*.json")):
            name, labels = load_gold(gold_path)
            doc = load(docs_dir / name)
            report = checker.check_document(doc)
            hits = checker.matcher.match(segment(doc))
            scores = {it.id: it for it in report.items}
            for item_id, label in labels.items():
                item_hits = [h for h in hits if h.item_id == item_id]
                f, text = item_features(item_id, scores[item_id], item_hits, n_aspects[item_id])
                rows.append((set_name, f"{set_name}/{name}", item_id, label["status"],
                             scores[item_id].status, f, text))
    return rows


def design(train, test, feats, texts, with_text=True):
    """Feature matrices for one fold; the vectorisers are fitted on the training rows only."""
    dv = DictVectorizer()
    xs = [dv.fit_transform([feats[i] for i in train]), dv.transform([feats[i] for i in test])]
    if with_text:
        tf = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, max_features=20000,
                             sublinear_tf=True)
        xs = [sparse.hstack([xs[0], tf.fit_transform([texts[i] for i in train])]).tocsr(),
              sparse.hstack([xs[1], tf.transform([texts[i] for i in test])]).tocsr()]
    scaler = MaxAbsScaler()
    return scaler.fit_transform(xs[0]), scaler.transform(xs[1]), dv


def lodo(rows, model_name, with_text=True, with_item=True):
    """Leave-one-document-out class probabilities for every row (columns in STATUSES order)."""
    docs = [r[1] for r in rows]
    feats = [r[5] if with_item else {k: v for k, v in r[5].items() if not k.startswith("item=")} for r in rows]
    texts = [r[6] for r in rows]
    y = np.array([r[3] for r in rows])
    proba = np.zeros((len(rows), len(STATUSES)))
    for doc in sorted(set(docs)):
        test = [i for i, d in enumerate(docs) if d == doc]
        train = [i for i, d in enumerate(docs) if d != doc]
        if model_name == "lr":
            xtr, xte, _ = design(train, test, feats, texts, with_text)
            model = LogisticRegression(class_weight="balanced", C=1.0, solver="newton-cg", max_iter=1000)
            model.fit(xtr, y[train])
        else:
            xtr, xte, _ = design(train, test, feats, texts, with_text=False)
            xtr, xte = xtr.toarray(), xte.toarray()
            model = GradientBoostingClassifier(n_estimators=100, max_depth=2, learning_rate=0.1,
                                               subsample=0.8, random_state=SEED)
            model.fit(xtr, y[train], sample_weight=compute_sample_weight("balanced", y[train]))
        p = model.predict_proba(xte)
        for j, c in enumerate(model.classes_):
            proba[test, STATUSES.index(c)] = p[:, j]
    return proba


def override(rules, proba, t):
    """The rule status, unless the classifier prefers another status with probability > t."""
    best = proba.argmax(axis=1)
    return [STATUSES[b] if proba[i, b] > t and STATUSES[b] != r else r for i, (r, b) in enumerate(zip(rules, best))]


def figures(rows, pred):
    """Exact agreement and kappa on all / independent / new, contradicted precision and recall."""
    out = {}
    for subset in ("all", "indep", "new"):
        pairs = [(r[3], p) for r, p in zip(rows, pred) if subset == "all" or r[0] == subset]
        out[subset] = (sum(g == p for g, p in pairs) / len(pairs), cohen_kappa(pairs))
    tp = sum(r[3] == "contradicted" and p == "contradicted" for r, p in zip(rows, pred))
    npred = sum(p == "contradicted" for p in pred)
    ngold = sum(r[3] == "contradicted" for r in rows)
    out["contr"] = (tp / npred if npred else float("nan"), tp / ngold if ngold else float("nan"))
    changed = [(r, p) for r, p in zip(rows, pred) if p != r[4]]
    out["changed"] = (len(changed), sum(p == r[3] for r, p in changed), sum(r[4] == r[3] for r, _ in changed))
    return out


def top_features(rows, k=12):
    """The largest logistic-regression weights per status, from a fit on all rows (for the report)."""
    idx = list(range(len(rows)))
    xtr, _, dv = design(idx, idx[:1], [r[5] for r in rows], [r[6] for r in rows], with_text=False)
    model = LogisticRegression(class_weight="balanced", solver="newton-cg", max_iter=1000).fit(xtr, [r[3] for r in rows])
    names = dv.get_feature_names_out()
    for j, c in enumerate(model.classes_):
        order = np.argsort(-model.coef_[j])[:k // 2]
        print(f"  {c:>12}: " + ", ".join(f"{names[i]} {model.coef_[j, i]:+.2f}" for i in order))


def main() -> None:
    start = time.time()
    rows = collect()
    t_check = time.time() - start
    rules = [r[4] for r in rows]
    print(f"{len(rows)} labels in {len({r[1] for r in rows})} documents "
          f"(independent {sum(r[0] == 'indep' for r in rows)}, new {sum(r[0] == 'new' for r in rows)}); "
          f"checker run {t_check:.0f} s")
    print("gold:", dict(Counter(r[3] for r in rows)), " rules:", dict(Counter(rules)))

    variants = {"rules": rules}
    for name, kwargs in (("lr", {}), ("gb", {})):
        proba = lodo(rows, name, **kwargs)
        variants[name] = [STATUSES[b] for b in proba.argmax(axis=1)]
        for t in THRESHOLDS:
            variants[f"{name} override>{t}"] = override(rules, proba, t)
    # ablations of the logistic regression: which feature groups carry it
    variants["lr no-text"] = [STATUSES[b] for b in lodo(rows, "lr", with_text=False).argmax(axis=1)]
    variants["lr no-item"] = [STATUSES[b] for b in lodo(rows, "lr", with_item=False).argmax(axis=1)]

    print(f"\n{'variant':<18} {'exact':>6} {'kappa':>6} | {'indep ex':>8} {'kappa':>6} | "
          f"{'new ex':>6} {'kappa':>6} | {'contr P':>7} {'R':>5} | changed fixed broke")
    results = {}
    for name, pred in variants.items():
        f = results[name] = figures(rows, pred)
        print(f"{name:<18} {f['all'][0]:6.3f} {f['all'][1]:6.3f} | {f['indep'][0]:8.3f} {f['indep'][1]:6.3f} | "
              f"{f['new'][0]:6.3f} {f['new'][1]:6.3f} | {f['contr'][0]:7.3f} {f['contr'][1]:5.3f} | "
              f"{f['changed'][0]:7d} {f['changed'][1]:5d} {f['changed'][2]:5d}")

    print("\nlargest weights of the logistic regression on the structured features (fit on all labels):")
    top_features(rows)

    base = results["rules"]
    best = max((n for n in results if n != "rules"), key=lambda n: (results[n]["all"][1], results[n]["all"][0]))
    b = results[best]
    keep = (b["all"][0] > base["all"][0] and b["all"][1] > base["all"][1]
            and b["indep"][0] >= base["indep"][0] and b["indep"][1] >= base["indep"][1])
    print(f"\n{'KEEP' if keep else 'DROP'}: best variant '{best}' exact {b['all'][0]:.3f} vs {base['all'][0]:.3f}, "
          f"kappa {b['all'][1]:.3f} vs {base['all'][1]:.3f}; independent exact {b['indep'][0]:.3f} vs "
          f"{base['indep'][0]:.3f}, kappa {b['indep'][1]:.3f} vs {base['indep'][1]:.3f} "
          f"(total {time.time() - start:.0f} s)")


if __name__ == "__main__":
    main()
