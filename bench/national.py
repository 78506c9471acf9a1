"""Benchmark a national-size batch: builds a corpus from the shared texts and prints figures.

    .venv/bin/python bench/national.py                  # 340 documents of 25,000 words, 10% PDF
    .venv/bin/python bench/national.py --docs 40 --words 5000   # a quick run
    .venv/bin/python bench/national.py --pdf-share 1.0 --repeat 3   # every document a PDF, median of 3

It prints documents and words per second, peak memory, the time of bare text extraction of the
same files (same number of processes) and the ratio of the whole run to that extraction; the time
of reading and of analysing one document of each type, measured apart in one process; and the
time of `akkoordcheck check` on an 80-page PDF including start-up. Nothing here is a test.
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._needs import need  # noqa: E402

need("reportlab")

SHARED = ROOT.parent / "shared" / "corpus"


def paragraphs() -> list[str]:
    """Paragraphs of real Dutch policy text from the shared corpus and the project samples."""
    out = []
    for p in sorted(SHARED.glob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt")):
        for par in p.read_text(encoding="utf-8").split("\n\n"):
            par = " ".join(par.split())
            if len(par.split()) >= 12:
                out.append(par)
    return out


def build(workdir: Path, docs: int, words: int, pdf_share: float, seed: int) -> list[Path]:
    from tests.builders import build_pdf

    rng = random.Random(seed)
    pars = paragraphs()
    workdir.mkdir(parents=True, exist_ok=True)
    files = []
    n_pdf = round(docs * pdf_share)
    for i in range(docs):
        body, count, chapter = [], 0, 0
        while count < words:
            if count // 2500 >= chapter:  # a chapter heading every ~2,500 words
                chapter += 1
                body.append(f"## Hoofdstuk {chapter}")
            par = rng.choice(pars)
            body.append(par)
            count += len(par.split())
        text = f"# Coalitieakkoord gemeente {i:03d}\n\n" + "\n\n".join(body) + "\n"
        if i < n_pdf:
            path = workdir / f"gemeente_{i:03d}.pdf"
            if not path.exists():
                build_pdf(text, path, header=f"Coalitieakkoord gemeente {i:03d}")
        else:
            path = workdir / f"gemeente_{i:03d}.txt"
            if not path.exists():
                path.write_text(text.replace("## ", "").replace("# ", ""), encoding="utf-8")
        files.append(path)
    return files


def _extract(path: str) -> int:
    from checker.ingest import load

    return load(path).words


def per_document(files: list[Path], sample: int = 24) -> None:
    """Reading and analysis of one document, each timed on its own in this process, warm and with
    the cycle collector paused between documents as in a batch worker: medians per file type."""
    from checker.ingest import load
    from checker.pipeline import Checker, settle

    checker = Checker.create()
    for suffix in sorted({f.suffix for f in files}):
        same = [f for f in files if f.suffix == suffix]
        for f in same[:4]:  # warm: the chunk cache, the tokenizer's exceptions
            checker.check(f)
        reading, analysis = [], []
        for f in same[4:4 + sample]:
            settle(pause_collector=True)
            t = time.perf_counter()
            document = load(f)
            t1 = time.perf_counter()
            checker.check_document(document)
            reading.append(t1 - t)
            analysis.append(time.perf_counter() - t1)
        if reading:
            r, a = statistics.median(reading) * 1000, statistics.median(analysis) * 1000
            print(f"per {suffix} document ({len(reading)} in one process): reading {r:.0f} ms, "
                  f"analysis {a:.0f} ms; analysis / reading {a / r:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=340)
    ap.add_argument("--words", type=int, default=25_000)
    ap.add_argument("--pdf-share", type=float, default=0.1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/akkoordcheck-bench"))
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--repeat", type=int, default=1, help="measure extraction and the whole run this many "
                                                          "times, alternating, and print the median ratio")
    args = ap.parse_args()

    from checker.batching import collect, run
    from checker.report.batch import write_outputs

    share = f"_{round(args.pdf_share * 100)}pdf" if args.pdf_share != 0.1 else ""  # the 10% corpus keeps its old name
    corpus = args.workdir / f"corpus_{args.docs}x{args.words}{share}"
    t = time.perf_counter()
    files = build(corpus, args.docs, args.words, args.pdf_share, args.seed)
    print(f"corpus: {len(files)} documents ({sum(f.suffix == '.pdf' for f in files)} PDF) in {corpus}, "
          f"built in {time.perf_counter() - t:.0f} s")

    out = args.workdir / "out"
    ratios = []
    for r in range(args.repeat):
        # extraction and the whole run alternate, so that a slow spell of a shared machine
        # weighs on both sides of a ratio
        t = time.perf_counter()
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            words = sum(pool.map(_extract, [str(f) for f in files], chunksize=4))
        extraction = time.perf_counter() - t
        print(f"bare text extraction ({args.jobs} processes): {extraction:.1f} s for {words:,} words")

        t = time.perf_counter()
        result = run(collect(corpus), out, jobs=args.jobs, force=True)
        write_outputs(result.rows, out, jobs=args.jobs)
        whole = time.perf_counter() - t
        print(f"whole batch ({args.jobs} processes, incl. matrix, summary, heatmap): {whole:.1f} s; "
              f"{len(files) / whole:.2f} documents/s, {result.words / whole:,.0f} words/s; failed {result.failed}")
        ratios.append(whole / extraction)
        print(f"ratio whole run / extraction: {whole / extraction:.2f}" + (f" (run {r + 1} of {args.repeat})"
                                                                          if args.repeat > 1 else ""))
    if args.repeat > 1:
        print(f"ratio, median of {args.repeat} runs: {statistics.median(ratios):.2f} "
              f"(runs: {', '.join(f'{x:.2f}' for x in ratios)})")
    peak_parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: parent {peak_parent:.0f} MiB, largest worker {peak_worker:.0f} MiB, "
          f"all processes at most {peak_parent + args.jobs * peak_worker:.0f} MiB")
    per_document(files)  # after the memory figures: it builds a checker in this process

    pdf80 = args.workdir / "agreement_80_pages.pdf"
    if not pdf80.exists():
        from tests.builders import build_pdf

        rng = random.Random(args.seed)
        pars = paragraphs()
        text, n = [], 0
        while n < 42_000:  # about 80 A4 pages of 10.5 pt text
            par = rng.choice(pars)
            text.append(par)
            n += len(par.split())
        build_pdf("# Coalitieakkoord\n\n" + "\n\n".join(text), pdf80, header="Coalitieakkoord 2026-2030")
    import pypdfium2

    pages = len(pypdfium2.PdfDocument(str(pdf80)))
    cli = ROOT / ".venv" / "bin" / "akkoordcheck"
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([str(cli), "check", str(pdf80), "--format", "json", "--out", str(args.workdir / "one")],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    print(f"akkoordcheck check on a {pages}-page PDF, including start-up: median {sorted(times)[1]:.2f} s "
          f"(runs: {', '.join(f'{x:.2f}' for x in times)})")


if __name__ == "__main__":
    main()
