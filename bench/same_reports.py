"""Do two versions of the checker give the same reports? For changes meant only to be faster.

    .venv/bin/python bench/same_reports.py dump /tmp/before.json     # on the old commit
    .venv/bin/python bench/same_reports.py dump /tmp/after.json      # on the new one
    .venv/bin/python bench/same_reports.py compare /tmp/before.json /tmp/after.json

`dump` checks a fixed set of documents and writes the items of each report (statuses, scores,
evidence with pages, quotes and explanations): the first 25 texts and 3 PDFs of the national bench
corpus (build it with bench/national.py first), the shared corpus texts and the project samples.
`compare` prints the documents whose items differ, and for each the first item that does.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH = Path("/tmp/akkoordcheck-bench/corpus_340x25000")


def documents() -> list[Path]:
    files = sorted(BENCH.glob("*.txt"))[:25] + sorted(BENCH.glob("*.pdf"))[:3]
    files += sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    files += [p for p in sorted((ROOT / "corpus").glob("*.*")) if p.suffix in (".txt", ".pdf", ".docx")]
    return files


def dump(out: Path) -> None:
    from checker.pipeline import Checker
    from checker.report.json import report_dict

    checker = Checker.create(model="blank")
    items = {f"{p.parent.name}/{p.name}": report_dict(checker.check(p))["items"] for p in documents()}
    out.write_text(json.dumps(items, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(items)} documents written to {out}")


def compare(a: Path, b: Path) -> int:
    old = json.loads(a.read_text(encoding="utf-8"))
    new = json.loads(b.read_text(encoding="utf-8"))
    differing = 0
    for name in sorted(set(old) | set(new)):
        if old.get(name) == new.get(name):
            continue
        differing += 1
        pairs = zip(old.get(name) or [], new.get(name) or [])
        first = next(((x, y) for x, y in pairs if x != y), None)
        if first is None:
            print(f"{name}: present in only one dump")
            continue
        x, y = first
        changed = {k: (x.get(k), y.get(k)) for k in x.keys() | y.keys() if x.get(k) != y.get(k)}
        print(f"{name} {x['id']}: " + "; ".join(f"{k}: {v[0]!r:.120} -> {v[1]!r:.120}" for k, v in changed.items()))
    print(f"documents: {len(set(old) | set(new))}, differing: {differing}")
    return 1 if differing else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("a", type=Path)
    cmp_.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out)
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
