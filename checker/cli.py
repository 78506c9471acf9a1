"""Command line: a thin layer over the library; typed errors become a message and exit code 1."""
from __future__ import annotations

import gc
import os
import signal
import sys
import tempfile
from pathlib import Path

import click

from checker import __version__
from checker.errors import AkkoordError, InputError, OutputError, RulesError

DEFAULT_OUT = Path("reports")


def _fail(err: AkkoordError, debug: bool) -> None:
    if debug:
        raise err
    click.echo(f"Fout: {err}", err=True)
    sys.exit(err.exit_code)


def rules_option(f):
    return click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None,
                        help="Folder with items.yaml and cues.yaml (default: the bundled rules).")(f)


def model_option(f):
    return click.option("--model", type=click.Choice(["auto", "blank", "nl_core_news_md"]), default="auto",
                        show_default=True, help="NLP pipeline: nl_core_news_md when installed, else blank Dutch.")(f)


def max_pages_option(f):
    return click.option("--max-pages", type=click.IntRange(min=1), default=1000, show_default=True,
                        help="Refuse PDFs with more pages than this.")(f)


def ocr_option(f):
    return click.option("--ocr", is_flag=True,
                        help="Run OCR (ocrmypdf + tesseract-ocr-nld, installed separately) on PDFs without "
                             "extractable text, such as scans.")(f)


def changes_option(f):
    return click.option("--changes", type=click.Choice(["accepted", "original"]), default="accepted",
                        show_default=True,
                        help="How tracked changes in a DOCX are read: as if all were accepted, or all "
                             "rejected (original: the text before the changes).")(f)


def debug_option(f):
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(f)


def _formats(value: str) -> list[str]:
    from checker.report import FORMATS

    fmts = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise click.BadParameter(f"onbekend formaat {', '.join(bad) or value!r}; kies uit {', '.join(FORMATS)}")
    return fmts


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="akkoordcheck")
def main() -> None:
    """akkoordcheck: how far a coalition agreement covers Jeugdzorg Nederland's points.

    \b
    Example:
      akkoordcheck check corpus/lindewaard_2026_coalitieakkoord.txt --out reports
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", default="md,json", show_default=True,
              help="Comma-separated output formats: md, json, html, csv, xlsx.")
@click.option("--out", "out", default=str(DEFAULT_OUT), show_default=True,
              help="Output folder, or '-' to print to standard output.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the report's labels.")
@click.option("--vertrouwelijk", "--confidential", "confidential", is_flag=True,
              help="Mark every page of the HTML and Markdown report VERTROUWELIJK.")
@rules_option
@model_option
@max_pages_option
@ocr_option
@changes_option
@debug_option
def check(files: tuple[Path, ...], fmt: str, out: str, lang: str, confidential: bool, rules_dir: Path | None,
          model: str, max_pages: int, ocr: bool, changes: str, debug: bool) -> None:
    """Check one or more agreements and write a gap report per file.

    \b
    Examples:
      akkoordcheck check akkoord.pdf                      # reports/akkoord.md and .json
      akkoordcheck check concept.docx --format json --out -
    """
    from checker.ingest import load
    from checker.report import render, write

    try:
        formats = _formats(fmt)
    except click.BadParameter as e:
        raise click.UsageError(str(e)) from e
    if out == "-":
        if len(formats) != 1:
            formats = ["json"] if "json" in formats else formats[:1]
        if formats[0] == "xlsx":
            raise click.UsageError("xlsx cannot go to standard output; give a folder with --out")
    from checker.report.naming import refuse_overwriting_inputs, report_stems

    stems, renamed = report_stems(list(files))
    if out != "-":
        try:
            refuse_overwriting_inputs(list(files), stems, formats, Path(out))
        except OutputError as e:
            _fail(e, debug)
        for path, stem in renamed:
            click.echo(f"Let op: meer invoerbestanden heten ‘{Path(path).stem}’; het rapport van {path} heet {stem}.*",
                       err=True)
    checker = None
    failed = 0
    to_stdout: list[str] = []
    collector_on = gc.isenabled()
    try:
        for path, stem in zip(files, stems):
            try:
                # a bad file is reported before the pipeline loads
                document = load(path, max_pages=max_pages, ocr=ocr, changes=changes)
                if checker is None:
                    from checker.pipeline import Checker, settle  # imports spaCy: only once a file is readable

                    checker = Checker.create(rules_dir, model)
                    settle(pause_collector=True)
                report = checker.check_document(document)
                if out == "-" and formats[0] == "json" and len(files) > 1:
                    to_stdout.append(render(report, "json", lang).strip())  # one JSON array, at the end
                elif out == "-":
                    _print(render(report, formats[0], lang, confidential))
                else:
                    for written in write(report, formats, Path(out), lang, stem=stem, confidential=confidential):
                        click.echo(f"{written}", err=True)
                for warning in report.document.warnings:
                    click.echo(f"Waarschuwing bij {path}: {warning}", err=True)
            except (RulesError, OutputError) as e:
                _fail(e, debug)  # the same for every file: stop here
            except AkkoordError as e:
                if debug:
                    raise
                click.echo(f"Fout in {path}: {e}", err=True)
                failed += 1
            except Exception as e:  # a fault of ours: one line, the details with --debug
                if debug:
                    raise
                click.echo(f"Fout in {path}: onverwachte fout ({type(e).__name__}: {e}). "
                           "Draai opnieuw met --debug en meld de uitvoer.", err=True)
                failed += 1
            finally:
                if checker is not None:
                    settle(pause_collector=True)  # the collector stays off while a file is checked
    finally:
        if collector_on:
            gc.enable()  # settle() paused it; a caller in the same process gets it back
    if out == "-" and formats[0] == "json" and len(files) > 1:
        _print("[\n" + ",\n".join(to_stdout) + "\n]\n")
    if failed:
        sys.exit(1)


def _say_renamed_columns(csvs) -> None:
    """Name the metadata columns kept under another name because the batch computes them itself."""
    from checker.batching import metadata_renames

    for path in csvs:
        if path is None:
            continue
        renamed = metadata_renames(path)
        if renamed:
            pairs = ", ".join(f"‘{old}’ → ‘{new}’" for old, new in renamed.items())
            click.echo(f"Let op: {path.name} heeft kolommen die de batch zelf vult; hun waarden staan in de "
                       f"uitvoer onder een andere naam: {pairs}.", err=True)


def _say_meta_mismatches(inputs, source: Path, meta_csv: Path) -> None:
    """Name the files without a metadata row and the metadata rows without a file (a batch still runs)."""
    from checker.batching import meta_mismatches

    root = source if source.is_dir() else source.parent
    no_meta, no_file = meta_mismatches(inputs, root, meta_csv)

    def some(names: list[str]) -> str:
        return ", ".join(names[:5]) + (f" en {len(names) - 5} meer" if len(names) > 5 else "")

    if no_meta:
        click.echo(f"Let op: {len(no_meta)} bestand(en) staan niet in {meta_csv.name} (hun rij krijgt geen "
                   f"gemeente of provincie): {some([p.name for p in no_meta])}.", err=True)
    if no_file:
        click.echo(f"Let op: {len(no_file)} regel(s) in {meta_csv.name} hebben geen bestand in de invoer: "
                   f"{some(no_file)}.", err=True)


def _nl(number: float, decimals: int = 0) -> str:
    """A number as Dutch writes it: 4.533 and 4,8."""
    return f"{number:,.{decimals}f}".replace(",", "\0").replace(".", ",").replace("\0", ".")


def _print(text: str) -> None:
    """Write to standard output; a reader that closed the pipe (`| head`) ends the command quietly."""
    try:
        click.echo(text, nl=False)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python's advice: point stdout at devnull, so the flush at exit does not raise again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--meta", "meta_csv", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="CSV with a 'file' column and municipality, cbs_code, province, year, kind.")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for reports/, matrix.csv/.xlsx, errors.csv, summary.md and the heatmap.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=min(2, os.cpu_count() or 1), show_default=True,
              help="Worker processes.")
@click.option("--force", is_flag=True, help="Redo documents whose file and rule set are unchanged.")
@rules_option
@model_option
@max_pages_option
@click.option("--no-heatmap", is_flag=True, help="Skip heatmap.png/.svg.")
@click.option("--format", "fmt", type=click.Choice(["json", "html"]), default="json", show_default=True,
              help="html: also each document's HTML report beside its JSON, and index.html with the sortable matrix.")
@click.option("--reviews", "reviews_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Reviews to apply (a reviews.csv or a matrix.xlsx); DIR/reviews.csv and DIR/matrix.xlsx are "
                   "always read.")
@click.option("--csv-sep", type=click.Choice([",", ";"]), default=",", show_default=True,
              help="Separator of matrix.csv, errors.csv and reviews.csv (';' for Dutch Excel, with decimal commas).")
@click.option("--sort", "sort_by", default=None,
              help="Order the rows by matrix columns, e.g. province,municipality.")
@ocr_option
@changes_option
@debug_option
def batch(source: Path, meta_csv: Path | None, out: Path, jobs: int, force: bool, rules_dir: Path | None,
          model: str, max_pages: int, no_heatmap: bool, fmt: str, reviews_file: Path | None, csv_sep: str,
          sort_by: str | None, ocr: bool, changes: str, debug: bool) -> None:
    """Check every agreement in a folder (or listed in a CSV): one report each, a matrix, a summary.

    \b
    Example:
      akkoordcheck batch ../shared/corpus --meta ../shared/corpus/corpus.csv --out reports/batch -j 2
      akkoordcheck batch akkoorden/ --out overzicht --format html --csv-sep ';' --sort province,municipality
    """
    from checker import reviews as review_store
    from checker.batching import collect, progress_bar, run
    from checker.nlp import require_model
    from checker.report.batch import write_outputs

    try:
        require_model(model)  # once, here, rather than in every worker
        # a bad review file is said before minutes of checking, and nothing is written
        reviews = review_store.for_batch(out, reviews_file)
        skipped: list = []
        inputs = collect(source, meta_csv, exclude=out, skipped=skipped)
        if skipped:
            shown = ", ".join(f"{p.relative_to(source) if p.is_relative_to(source) else p} ({why})"
                              for p, why in skipped[:5])
            more = f" en {len(skipped) - 5} meer" if len(skipped) > 5 else ""
            click.echo(f"Overgeslagen, geen akkoord: {shown}{more}.", err=True)
        if not inputs:
            raise InputError(f"Geen akkoorden (PDF, DOCX, ODT, HTML, TXT, MD) gevonden in {source}.",
                             hint="Controleer de map; submappen worden ook doorzocht.")
        if meta_csv is not None:
            _say_meta_mismatches(inputs, source, meta_csv)
        _say_renamed_columns([meta_csv, source if source.suffix.lower() == ".csv" else None])
        if sort_by:  # a typo is said now, not after minutes of checking
            from checker.batching import matrix_columns
            from checker.report.batch import sort_columns

            sort_columns(sort_by, matrix_columns([{"file": "", **i.meta} for i in inputs]))
        bar = progress_bar(len(inputs))
        try:
            result = run(inputs, out, jobs=jobs, rules_dir=str(rules_dir) if rules_dir else None, model=model,
                         force=force, max_pages=max_pages, progress=bar, ocr=ocr, changes=changes,
                         html=fmt == "html")
        finally:
            bar.close()
        # stopped: the tables of what is done, at once (no heatmap), marked as incomplete below
        write_outputs(result.rows, out, heatmap=not no_heatmap and result.complete, jobs=jobs, reviews=reviews,
                      csv_sep=csv_sep, sort=sort_by, html_index=fmt == "html")
        changed = sum(1 for r in result.rows for k, v in r.items() if k.endswith("_review_changed") and v is True)
        if reviews:
            click.echo(f"{len(reviews)} beoordelingen toegepast (reviews.csv)"
                       + (f"; bij {changed} daarvan zegt de tool nu iets anders dan bij de beoordeling "
                          "(zie ‘Let op’ in matrix.xlsx)" if changed else "") + ".", err=True)
    except AkkoordError as e:
        _fail(e, debug)
    except OSError as e:
        _fail(OutputError(f"Kan niet schrijven in {out}: {e.strerror}.", hint="Kies een andere map met --out."), debug)
    click.echo(f"{len(result.rows)} documenten: {len(result.rows) - result.failed} beoordeeld "
               f"({result.skipped} ongewijzigd overgeslagen), {result.failed} mislukt; "
               f"{_nl(result.words)} woorden in {_nl(result.seconds, 1)} s. Resultaten in {out}.", err=True)
    if not result.complete:
        from checker.workers import STOPPED

        undone = sum(1 for r in result.rows if r["error"] == STOPPED)
        click.echo(f"Gestopt: {undone} documenten niet verwerkt; matrix.csv en matrix.xlsx zijn ONVOLLEDIG "
                   "(de rijen zonder uitkomst zeggen dat). Draai dezelfde opdracht opnieuw om verder te gaan: "
                   "verwerkte documenten worden overgeslagen.", err=True)
        sys.exit(130)
    if result.failed:
        sys.exit(1)


@main.command()
@click.argument("draft", type=click.Path(path_type=Path))
@click.argument("final", type=click.Path(path_type=Path))
@click.option("--format", "fmt", default="md,html,json", show_default=True, help="Comma-separated: md, html, json.")
@click.option("--out", "out", default=str(DEFAULT_OUT), show_default=True,
              help="Output folder, or '-' to print one format to standard output.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@rules_option
@model_option
@changes_option
@debug_option
def compare(draft: Path, final: Path, fmt: str, out: str, lang: str, rules_dir: Path | None, model: str,
            changes: str, debug: bool) -> None:
    """Compare a draft with the final text: per item what was gained, lost or newly contradicted.

    \b
    Example:
      akkoordcheck compare concept.docx definitief.pdf --out reports
    """
    from checker.compare import compare as run_compare
    from checker.pipeline import Checker
    from checker.report import atomic_write
    from checker.report.compare import render_comparison

    formats = [f.strip() for f in fmt.split(",") if f.strip()]
    if not formats or any(f not in ("md", "html", "json") for f in formats):
        raise click.UsageError(f"onbekend formaat in {fmt!r}; kies uit md, html, json")
    try:
        checker = Checker.create(rules_dir, model)
        comparison = run_compare(_check_named(checker, draft, changes), _check_named(checker, final, changes))
        if out == "-":
            click.echo(render_comparison(comparison, "json" if "json" in formats and len(formats) > 1 else formats[0],
                                         lang), nl=False)
            return
        stem = f"{Path(draft).stem}__{Path(final).stem}.compare"
        for f in formats:
            path = Path(out) / f"{stem}.{f}"
            try:
                atomic_write(path, render_comparison(comparison, f, lang))
            except OSError as e:
                raise OutputError(f"Kan niet schrijven in {out}: {e.strerror}.", hint="Kies een andere map met --out.") from e
            click.echo(str(path), err=True)
    except AkkoordError as e:
        _fail(e, debug)


def _check_named(checker, path: Path, changes: str = "accepted"):
    """`checker.check`, with the file named in the message when it cannot be read (compare reads two)."""
    try:
        return checker.check(path, changes=changes)
    except InputError as e:
        raise InputError(f"{path}: {e.message}", hint=e.hint) from e


@main.command()
@click.argument("draft", type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT,
              show_default=True, help="Folder for <name>.geannoteerd.docx.")
@rules_option
@model_option
@max_pages_option
@changes_option
@debug_option
def annotate(draft: Path, out: Path, rules_dir: Path | None, model: str, max_pages: int, changes: str,
             debug: bool) -> None:
    """Write a copy of a Word draft with a comment on each evidence passage and each absent item.

    The copy is <name>.geannoteerd.docx in --out; the draft itself is never changed.

    \b
    Example:
      akkoordcheck annotate concept.docx --out reports   # reports/concept.geannoteerd.docx
    """
    from checker.annotate import annotate_file
    from checker.pipeline import Checker

    try:
        target, report, annotated = annotate_file(draft, out, lambda: Checker.create(rules_dir, model),
                                                  changes=changes, max_pages=max_pages)
    except AkkoordError as e:
        _fail(e, debug)
    for warning in report.document.warnings:
        click.echo(f"Waarschuwing bij {draft}: {warning}", err=True)
    for item_id, text in annotated.unplaced:
        click.echo(f"Niet geplaatst: {item_id} ‘{text}’ (de passage is niet teruggevonden in het document)."
                   if text else f"Niet geplaatst: {item_id} (geen alinea om de opmerking aan te hangen).", err=True)
    click.echo(f"{target}: {len(annotated.comments)} opmerkingen.", err=True)


@main.command()
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder with gold label files (*.json).")
@click.option("--docs", "docs_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder with the documents the gold files name.")
@click.option("--probes", "probes_path", type=click.Path(path_type=Path), default=None,
              help="A probe file (YAML) or a folder of them: exact agreement per capability and item.")
@click.option("--reviews", "reviews_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="A reviews.csv or matrix.xlsx: measure the tool against the reviewed cells (--docs: where the "
                   "documents are, if not where the batch found them).")
@click.option("--perturb", is_flag=True, default=False,
              help="With --probes: also check every probe changed in ways that keep its meaning (we/wij, PDF line "
                   "breaks, curly quotes, ...) and report how often the status stayed (perturb.md, perturb.json).")
@click.option("--baseline", type=click.Choice(["none", "keywords"]), default="none", show_default=True,
              help="Also score a Ctrl-F reader who searches the letter's key phrases.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Also write evaluation.md and evaluation.json (probes.md, probes.json) into this folder.")
@rules_option
@model_option
@debug_option
def evaluate(gold_dir: Path | None, docs_dir: Path | None, probes_path: Path | None, reviews_path: Path | None,
             perturb: bool, baseline: str, out: Path | None, rules_dir: Path | None, model: str, debug: bool) -> None:
    """Compare the checker's statuses with gold labels, reviews or behaviour probes: accuracy, kappa, F1,
    every disagreement.

    \b
    Examples:
      akkoordcheck evaluate --gold ../shared/corpus/gold --docs ../shared/corpus --baseline keywords
      akkoordcheck evaluate --probes tests/probes
      akkoordcheck evaluate --probes tests/probes --perturb
      akkoordcheck evaluate --reviews reports/batch/reviews.csv
    """
    from checker.evaluate import evaluate as run_evaluation
    from checker.pipeline import Checker
    from checker.report import atomic_write
    from checker.report.evaluation import evaluation_json, evaluation_markdown

    if probes_path is None and reviews_path is None and (gold_dir is None or docs_dir is None):
        raise click.UsageError("Geef --gold en --docs, --reviews, of --probes.")
    if perturb and probes_path is None:
        raise click.UsageError("--perturb werkt op probes: geef ook --probes.")
    outputs: list[tuple[str, str]] = []
    failed = False
    try:
        reviews = None
        if reviews_path is not None:
            from checker.reviews import read as read_reviews

            reviews = read_reviews(reviews_path)  # a bad file is said before the pipeline loads
            if not reviews:
                raise InputError(f"{reviews_path} bevat geen beoordelingen.",
                                 hint="Vul eerst statussen in (kolommen ‘beoordeling’ in matrix.xlsx, of reviews.csv).")
        checker = Checker.create(rules_dir, model)
        if reviews is not None:
            from checker.evaluate import evaluate_reviews

            ev = evaluate_reviews(reviews, checker, docs_dir)
            md = evaluation_markdown(ev)
            click.echo(md, nl=False)
            outputs += [("evaluation_reviews.md", md), ("evaluation_reviews.json", evaluation_json(ev))]
            failed = any(r.error for r in ev.results)
        if gold_dir is not None and docs_dir is not None:
            ev = run_evaluation(gold_dir, docs_dir, checker, baseline=baseline == "keywords")
            md = evaluation_markdown(ev)
            click.echo(md, nl=False)
            outputs += [("evaluation.md", md), ("evaluation.json", evaluation_json(ev))]
            failed = any(r.error for r in ev.results)
        if probes_path is not None:
            from checker.probes import load_probes, run_probes
            from checker.report.probes import probes_json, probes_markdown

            probes = load_probes(probes_path)
            run = run_probes(checker, probes)
            md = probes_markdown(run, f"Probes: {probes_path}")
            click.echo(md, nl=False)
            outputs += [("probes.md", md), ("probes.json", probes_json(run))]
            if perturb:
                from checker.perturb import run_perturbations
                from checker.report.probes import perturbations_json, perturbations_markdown

                results = run_perturbations(checker, probes, run)
                md = perturbations_markdown(results, f"Invariance by perturbation: {probes_path}")
                click.echo(md, nl=False)
                outputs += [("perturb.md", md), ("perturb.json", perturbations_json(results))]
    except AkkoordError as e:
        _fail(e, debug)
    if out is not None:
        try:
            for name, text in outputs:
                atomic_write(out / name, text)
        except OSError as e:
            click.echo(f"Fout: kan niet schrijven in {out}: {e}", err=True)
            sys.exit(1)
    if failed:
        sys.exit(1)


@main.group()
def reviews() -> None:
    """Work with the reviews people gave (reviews.csv, the beoordeling columns of matrix.xlsx)."""


@reviews.command("export")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for one gold-label JSON per reviewed document.")
@debug_option
def reviews_export(source: Path, out: Path, debug: bool) -> None:
    """Write the reviews as gold labels (one JSON per document, the format `evaluate --gold` reads).

    \b
    Example:
      akkoordcheck reviews export reports/batch/reviews.csv --out gold/
    """
    import json

    from checker.report import atomic_write
    from checker.reviews import gold_files, read as read_reviews

    try:
        files = gold_files(read_reviews(source))
        for name, data in files.items():
            atomic_write(out / name, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except AkkoordError as e:
        _fail(e, debug)
    except OSError as e:
        _fail(OutputError(f"Kan niet schrijven in {out}: {e.strerror}.", hint="Kies een andere map met --out."), debug)
    click.echo(f"{sum(len(d['labels']) for d in files.values())} beoordelingen van {len(files)} documenten als "
               f"goudlabels in {out}.", err=True)


@main.group()
def rules() -> None:
    """Inspect and validate the rule set."""


@rules.command("validate")
@rules_option
def rules_validate(rules_dir: Path | None) -> None:
    """Validate the rule files; print every error as file:line [key path] message.

    \b
    Example:
      akkoordcheck rules validate --rules rules/
    """
    from checker.ruleset.loader import load_ruleset

    try:
        rs = load_ruleset(rules_dir)
    except RulesError as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    click.echo(f"OK: {rs.info.id} {rs.info.version}, {len(rs.items)} items, sha256 {rs.info.sha256}")


@rules.command("list")
@rules_option
def rules_list(rules_dir: Path | None) -> None:
    """List the items with their aspects (core first).

    \b
    Example:
      akkoordcheck rules list
    """
    from checker.ruleset.loader import load_ruleset

    try:
        rs = load_ruleset(rules_dir)
    except RulesError as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    click.echo(f"{rs.info.id} {rs.info.version} (sha256 {rs.info.sha256[:12]})")
    for it in rs.items:
        click.echo(f"{it.id:4} {it.kind:6} {it.title}")
        for i, a in enumerate(it.aspects):
            click.echo(f"       {'kern ' if i == 0 else '     '}{a.id}: {a.label}")


if __name__ == "__main__":
    main()


@main.command()
@click.option("--host", default=None,
              help="Address to listen on (default 127.0.0.1, this computer only). Another address makes your "
                   "documents reachable from the network: only with care.")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8765, show_default=True,
              help="Port to listen on; 0 picks a free one.")
@click.option("--max-upload-mb", type=click.FloatRange(min=0.01), default=50, show_default=True,
              help="Largest upload (all files of one request together), in MB.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the pages and reports.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@rules_option
@model_option
@max_pages_option
@ocr_option
@debug_option
def serve(host: str | None, port: int, max_upload_mb: float, lang: str, open_browser: bool,
          rules_dir: Path | None, model: str, max_pages: int, ocr: bool, debug: bool) -> None:
    """Start a web page on this computer to check agreements without a terminal.

    The server listens on 127.0.0.1 only, unless --host says otherwise; nothing leaves the machine.
    Uploads are erased once read; reports stay in memory until the server stops.

    \b
    Examples:
      akkoordcheck serve                       # then open http://127.0.0.1:8765/
      akkoordcheck serve --port 9000 --open
    """
    from checker.pipeline import Checker
    from checker.serve import create_app, is_loopback, serve as run_server

    host = host or "127.0.0.1"
    if not is_loopback(host):
        click.echo(f"Let op: de server luistert op {host} en is daarmee bereikbaar vanaf andere computers. "
                   "Geüploade akkoorden en rapporten zijn dan niet meer alleen van u. "
                   "Laat --host weg om alleen op deze computer te werken.", err=True)
    try:
        click.echo("Regels en taalmodel laden…", err=True)
        checker = Checker.create(rules_dir, model)
    except AkkoordError as e:
        _fail(e, debug)

    def ready(url: str) -> None:
        click.echo(f"akkoordcheck draait op {url}  (stoppen: Ctrl+C)")
        sys.stdout.flush()
        if open_browser:
            import webbrowser

            webbrowser.open(url)

    # stopped by Ctrl+C or by `kill`: either way the upload folder is removed on the way out
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        with tempfile.TemporaryDirectory(prefix="akkoordcheck-serve-") as uploads:
            app = create_app(checker, lang=lang, max_upload_mb=max_upload_mb, max_pages=max_pages, host=host, ocr=ocr,
                             upload_dir=uploads)
            run_server(app, host=host, port=port, on_ready=ready)
    except OSError as e:
        _fail(OutputError(f"Kan de server niet starten op {host}:{port} ({e.strerror or e}).",
                          hint="Kies een andere poort met --port, of stop het programma dat deze poort gebruikt."),
              debug)
    except KeyboardInterrupt:
        click.echo("Gestopt.", err=True)
