"""`akkoordcheck serve`: a web page on the user's own machine for people who do not use a terminal.

One Flask application, served by waitress on 127.0.0.1. The checker (rules + NLP pipeline) is
built once, before the server starts, and all checking happens on one worker thread, so pages
stay responsive while a long agreement is read. Uploads are spooled into a private temporary
folder (mode 0700) under names the server makes up, read into memory and deleted at once;
reports live in memory only, until the user deletes them or the server stops.

The pages reuse the report templates (report.html.j2, compare.html.j2) and add a toolbar.
Nothing is fetched from elsewhere: every response carries a Content-Security-Policy that allows
only this server, and requests for another host name (DNS rebinding) or from another site are
refused.
"""
from __future__ import annotations

import io
import logging
import secrets
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from datetime import datetime
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Request, Response, abort, redirect, request, send_file, url_for
from jinja2 import Environment
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from checker.errors import AkkoordError
from checker.ingest import load_bytes
from checker.models import STATUS_SYMBOLS, STATUSES, Report  # the matrix shows a symbol beside each colour
from checker.report.html import COPY_JS_HASH, pages_env
from checker.report.numbers import local_date
from checker.reviews import Review
from checker.serve.text import SERVE_TEXT

log = logging.getLogger("akkoordcheck.serve")
CSP = (f"default-src 'none'; script-src 'self' '{COPY_JS_HASH}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# (Flask adds "; charset=utf-8" to every text/* type itself: naming it here gave it twice)
DOWNLOADS = {"json": "application/json", "csv": "text/csv", "md": "text/markdown", "html": "text/html",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_JOBS = 50  # finished jobs kept in memory; the oldest goes first
# ... and no more than this many bytes of their texts, annotated copies and rendered downloads (a
# few 200 MB uploads must not fill the memory of a laptop that runs the server for a day)
MAX_KEPT_BYTES = 512 * 1024 * 1024
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_NOTE = 2000  # characters of a reviewer's note
MAX_REVIEWER = 100  # characters of a reviewer's name


def display_name(filename: str | None) -> str:
    """The name the browser sent, for display only: no folders, no control characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".").strip()
    return name[:150] or "document"


@dataclass
class Result:
    """One uploaded file and what became of it."""

    name: str
    role: str = ""  # "draft" or "final" in a comparison
    state: str = "waiting"  # waiting, running, done, failed
    report: Report | None = None
    error: str = ""
    cache: dict = field(default_factory=dict)
    annotated: bytes | None = None  # a Word upload: its copy with a comment per passage (checker.annotate)


@dataclass
class Job:
    id: str
    kind: str  # "check" or "compare"
    results: list[Result]
    changes: str = "accepted"  # how a Word file's tracked changes are read
    started: float = field(default_factory=time.monotonic)
    finished: bool = False
    comparison: object = None
    cache: dict = field(default_factory=dict)
    reviewer: str = ""  # the name the last review of this job was saved under, offered for the next

    def shas(self) -> set[str]:
        return {r.report.document.sha256 for r in self.results if r.report is not None}

    @property
    def done(self) -> int:
        return sum(r.state in ("done", "failed") for r in self.results)

    def kept_bytes(self) -> int:
        """About what the job holds in memory: its documents' texts (with the segments and views
        made of them, a few times their size), annotated copies and rendered downloads."""
        total = 0
        for r in self.results:
            if r.report is not None:
                total += 4 * sum(len(b.text) for b in r.report.document.blocks)
            total += len(r.annotated or b"") + sum(len(v) for v in r.cache.values() if isinstance(v, (bytes, str)))
        kept = [v[1] if isinstance(v, tuple) else v for v in self.cache.values()]  # (reviews version, value)
        return total + sum(len(v) for v in kept if isinstance(v, (bytes, str)))


STOPPED = "De server is gestopt voordat dit bestand aan de beurt was."


class _PrivateRequest(Request):
    """Spool uploaded files into the server's private folder, never the shared temp folder."""

    upload_dir: str = ""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        stream = tempfile.TemporaryFile("wb+", dir=self.upload_dir or None)
        self.__dict__.setdefault("_spooled", []).append(stream)
        return stream

    def close(self) -> None:
        """Also close files of an upload that was cut off (e.g. past the size limit)."""
        super().close()
        for stream in self.__dict__.pop("_spooled", []):
            stream.close()


class Service:
    """The jobs of one server: uploaded files in, reports out, one worker thread doing the checking."""

    def __init__(self, checker, upload_dir: Path, max_pages: int | None = None, ocr: bool = False,
                 max_kept_bytes: int = MAX_KEPT_BYTES) -> None:
        self.checker = checker
        self.max_kept_bytes = max_kept_bytes
        self.upload_dir = upload_dir
        self.max_pages = max_pages
        self.ocr = ocr
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        # the reviewers' statuses, by document sha256 and item: shared by every job that holds the
        # document; kept when a job is evicted (a reviewer's work), dropped with the last job of the
        # document that the user deletes
        self.reviews: dict[tuple[str, str], Review] = {}
        self.reviews_version = 0  # counts the changes, so a job's matrix is redrawn after one
        self.lock = threading.Lock()
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="akkoordcheck")
        # set when the server stops: a job being checked then ends before its next file (whose upload
        # is about to be removed with the private folder) instead of failing on it
        self.closing = threading.Event()

    def submit(self, kind: str, files: list[tuple[str, str, object]], changes: str = "accepted") -> Job:
        """Save the uploads under made-up names in the private folder and queue the job."""
        job = Job(secrets.token_urlsafe(16), kind, [Result(display_name(n), role) for n, role, _ in files],
                  changes=changes)
        paths = []
        for i, (_, _, storage) in enumerate(files):
            path = self.upload_dir / f"{job.id}-{i}.upload"
            storage.save(path)  # the client's file name is never part of a path
            paths.append(path)
        with self.lock:
            self.jobs[job.id] = job
        self.evict()
        self.worker.submit(self._run, job, paths)
        return job

    def evict(self) -> None:
        """Forget the oldest finished jobs beyond MAX_JOBS, and beyond the bytes kept; the newest
        finished job stays whatever its size (its user is looking at it)."""
        with self.lock:
            finished = [k for k, j in self.jobs.items() if j.finished]
            for k in finished[:max(0, len(self.jobs) - MAX_JOBS)]:
                del self.jobs[k]
                finished.remove(k)
            sizes = {k: self.jobs[k].kept_bytes() for k in finished}
            total = sum(sizes.values())
            for k in finished[:-1]:
                if total <= self.max_kept_bytes:
                    break
                total -= sizes[k]
                del self.jobs[k]

    def _run(self, job: Job, paths: list[Path]) -> None:
        from checker.pipeline import settle  # this server is a process of our own

        try:
            for res, path in zip(job.results, paths):
                if self.closing.is_set():
                    res.error, res.state = STOPPED, "failed"
                    continue
                res.state = "running"
                try:
                    raw = path.read_bytes()
                    path.unlink()
                    res.report = self.checker.check_document(load_bytes(raw, res.name, max_pages=self.max_pages,
                                                                        ocr=self.ocr, changes=job.changes))
                    if res.report.document.format == "docx":
                        res.annotated = self._annotate(raw, res, job.changes)
                    res.state = "done"
                except AkkoordError as e:
                    res.error, res.state = str(e), "failed"
                except Exception as e:  # one broken file never stops the others
                    if isinstance(e, FileNotFoundError) and self.closing.is_set():
                        # (its upload went with the private folder as the server stopped)
                        res.error, res.state = STOPPED, "failed"
                        continue
                    log.exception("checking %s failed", res.name)
                    res.error, res.state = (f"Onverwachte fout ({type(e).__name__}: {e}). De details staan in "
                                            "het venster waarin de server draait; meld ze."), "failed"
                finally:
                    path.unlink(missing_ok=True)
                    settle()
            if job.kind == "compare" and all(r.report for r in job.results):
                from checker.compare import compare

                try:
                    job.comparison = compare(job.results[0].report, job.results[1].report)
                except Exception as e:  # shown on the page like any other failure
                    job.results[1].error = f"Vergelijken mislukt ({type(e).__name__}: {e})."
                    job.results[1].state = "failed"
        finally:
            job.finished = True
            self.evict()

    def _annotate(self, raw: bytes, res: Result, changes: str) -> bytes | None:
        """The annotated copy of a Word upload, made now so that its bytes need not be kept; None
        (no download, the report still shown) where it fails."""
        from checker.annotate import annotate_docx

        try:
            return annotate_docx(raw, res.report, self.checker, changes).data
        except Exception:  # a fault of ours in the copy must not cost the user the report
            log.exception("annotating %s failed", res.name)
            return None

    def get(self, job_id: str) -> Job:
        with self.lock:
            job = self.jobs.get(job_id)
        if job is None:
            abort(404)
        return job

    def delete(self, job_id: str) -> None:
        with self.lock:
            job = self.jobs.pop(job_id, None)
            if job is None:
                return
            kept = set().union(*(j.shas() for j in self.jobs.values()))
            for key in [k for k in self.reviews if k[0] in job.shas() - kept]:
                del self.reviews[key]
            self.reviews_version += 1

    def set_review(self, res: Result, item: str, status: str, note: str = "", reviewer: str = "") -> None:
        """Save (or, with no status, remove) the review of one item of a checked document."""
        from checker.reviews import now

        report = res.report
        key = (report.document.sha256, item)
        tool = next(it.status for it in report.items if it.id == item)
        with self.lock:
            if status:
                self.reviews[key] = Review(*key, status=status, note=note, reviewer=reviewer, reviewed_at=now(),
                                           tool_status=tool, file=res.name, ruleset_version=report.ruleset.version)
            else:
                self.reviews.pop(key, None)
            self.reviews_version += 1

    def reviews_of(self, job: Job) -> tuple[int, list[Review]]:
        """The reviews of a job's documents, with the version of the store they were read from."""
        shas = job.shas()
        with self.lock:
            return self.reviews_version, [r for k, r in self.reviews.items() if k[0] in shas]

    def close(self) -> None:
        self.closing.set()
        self.worker.shutdown(wait=False, cancel_futures=True)


def _env() -> Environment:
    return pages_env()


def create_app(checker, lang: str = "nl", max_upload_mb: float = 50, max_pages: int | None = 1000,
               upload_dir: str | Path | None = None, host: str = "127.0.0.1", ocr: bool = False) -> Flask:
    """The web application around an already built `Checker` (built once, shared by all requests).

    `host` is the address the server listens on; requests must name it (or a loopback name) in
    their Host header, which stops a web page from reaching this server by DNS rebinding. Only
    when the server listens on every interface (0.0.0.0, ::) is any host name accepted.
    """
    from checker.report.html import STATUS_COLOURS, STATUS_INK

    own_dir = upload_dir is None
    folder = Path(tempfile.mkdtemp(prefix="akkoordcheck-serve-") if own_dir else upload_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)

    class UploadRequest(_PrivateRequest):
        upload_dir = str(folder)

    app = Flask("checker.serve", static_folder=None)
    app.request_class = UploadRequest
    limit = int(max_upload_mb * 1024 * 1024)
    app.config.update(MAX_CONTENT_LENGTH=limit, MAX_FORM_MEMORY_SIZE=1024 * 1024,
                      TRUSTED_HOSTS=None if host.strip("[]") in ("0.0.0.0", "::") else
                      sorted({h.strip("[]") for h in (*LOOPBACK, host)}))
    service = Service(checker, folder, max_pages, ocr)
    app.extensions["akkoordcheck"] = service
    env = _env()
    static = Path(__file__).with_name("static")

    def page(template: str, code: int = 200, **ctx) -> Response:
        from checker.report.i18n import labels

        t, statuses, _ = labels(lang)
        context = dict(t=t, status=statuses, colours=STATUS_COLOURS, ink=STATUS_INK, lang=lang)
        context.update(ctx)  # a report's own context (html_context) has the same labels
        html = env.get_template(template).render(
            ui=SERVE_TEXT[lang], max_upload_mb=max_upload_mb, pipeline=checker.pipeline_name,
            ruleset=checker.ruleset.info, **context)
        return Response(html, status=code, mimetype="text/html")

    def error_page(message: str, code: int) -> Response:
        return page("message.html.j2", code=code, message=message)

    @app.after_request
    def headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        # no referrer to other sites; to this one the browser then sends the real Origin on a form post
        # ("no-referrer" made it "null", which a sandboxed frame on any site also sends)
        resp.headers["Referrer-Policy"] = "same-origin"
        resp.headers["Cache-Control"] = "no-store"  # confidential drafts stay out of the browser cache
        resp.headers["Cross-Origin-Resource-Policy"] = "same-origin"
        return resp

    @app.before_request
    def same_site_only():
        """A page on another site may not post files to this server (or read what it answers)."""
        if request.method != "POST":
            return None
        origin = request.headers.get("Origin")
        site = request.headers.get("Sec-Fetch-Site")
        if site == "cross-site" or (origin == "null" and site != "same-origin") or (
                origin and origin != "null" and urlsplit(origin).netloc != request.host):
            # ("null": a sandboxed frame, a file:// page or a data: URL, on whatever site)
            return error_page(SERVE_TEXT[lang]["cross_site"], 403)
        return None

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        ui = SERVE_TEXT[lang]
        if isinstance(e, RequestEntityTooLarge):
            if (request.content_length or 0) <= limit:
                # within the size limit: Werkzeug's limit on form parts or on a text field was hit
                return error_page(ui["too_many_parts"].format(
                    parts=f"{app.config['MAX_FORM_PARTS']:,}".replace(",", "."),
                    field=f"{app.config['MAX_FORM_MEMORY_SIZE'] / (1024 * 1024):g}"), 413)
            return error_page(ui["too_large"].format(mb=f"{max_upload_mb:g}"), 413)
        return error_page(ui["errors"].get(e.code, e.description or ""), e.code or 500)

    @app.get("/")
    def index():
        return page("index.html.j2")

    @app.get("/favicon.ico")
    def favicon():
        return Response(status=204)

    @app.get("/static/<name>")
    def static_file(name: str):
        if name not in {"sort.js"}:
            abort(404)
        return Response((static / name).read_bytes(), mimetype="text/javascript")

    def uploads(field_name: str) -> list:
        return [f for f in request.files.getlist(field_name) if f and f.filename]

    def changes() -> str:
        from checker.ingest import CHANGES

        value = request.form.get("changes", "accepted")
        if value not in CHANGES:
            abort(400)
        return value

    @app.post("/check")
    def check():
        files = uploads("files")
        if not files:
            return error_page(SERVE_TEXT[lang]["no_file"], 400)
        job = service.submit("check", [(f.filename, "", f) for f in files], changes())
        return redirect(url_for("job_page", job_id=job.id), 303)

    @app.post("/compare")
    def compare():
        draft, final = uploads("draft"), uploads("final")
        if len(draft) != 1 or len(final) != 1:
            return error_page(SERVE_TEXT[lang]["need_two"], 400)
        job = service.submit("compare", [(draft[0].filename, "draft", draft[0]),
                                         (final[0].filename, "final", final[0])], changes())
        return redirect(url_for("job_page", job_id=job.id), 303)

    @app.get("/jobs/<job_id>/")
    def job_page(job_id: str):
        job = service.get(job_id)
        if not job.finished:
            current = next((r for r in job.results if r.state == "running"), None)
            return page("progress.html.j2", job=job, current=current,
                        elapsed=int(time.monotonic() - job.started))
        if job.kind == "compare":
            if job.comparison is None:
                return page("failed.html.j2", job=job)
            from checker.report.compare import compare_context

            return page("compare_page.html.j2", job=job, **compare_context(job.comparison, lang))
        if len(job.results) == 1:
            res = job.results[0]
            if res.report is None:
                return page("failed.html.j2", job=job)
            return report_view(job, 0)
        return batch_view(job)

    def report_view(job: Job, n: int) -> Response:
        from checker.report.html import html_context

        res = job.results[n]
        sha = res.report.document.sha256
        reviews = {r.item: r for r in service.reviews_of(job)[1] if r.sha256 == sha}
        when = {i: local_date(datetime.fromisoformat(r.reviewed_at).astimezone().isoformat(), lang, True)
                for i, r in reviews.items()}  # (reviewed_at is local time without a zone)
        return page("report_page.html.j2", job=job, n=n, res=res, reviews=reviews, reviewed_when=when,
                    max_note=MAX_NOTE, max_reviewer=MAX_REVIEWER, **html_context(res.report, lang))

    def matrix_of(job: Job):
        return _matrix(job, *service.reviews_of(job))

    def batch_view(job: Job) -> Response:
        df = matrix_of(job)
        ok = sum(1 for r in job.results if r.report)
        rows = df.to_dict("records")
        return page("batch.html.j2", job=job, rows=rows, ok=ok,
                    row_links=[f"/jobs/{job.id}/{r['report']}" if r["report"] else "" for r in rows],
                    rank={s: i for i, s in enumerate(STATUSES)}, symbols=STATUS_SYMBOLS,
                    item_ids=[f"P{i:02d}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 6)])

    @app.get("/jobs/<job_id>/<int:n>/")
    def document_page(job_id: str, n: int):
        job = service.get(job_id)
        if not job.finished or n >= len(job.results) or job.results[n].report is None:
            abort(404)
        return report_view(job, n)

    @app.post("/jobs/<job_id>/<int:n>/review")
    def review(job_id: str, n: int):
        """Save a reviewer's status and note for one item (the same-site check above guards it)."""
        from checker.report.cells import clean_text

        job = service.get(job_id)
        if not job.finished or n >= len(job.results) or job.results[n].report is None:
            abort(404)
        ui = SERVE_TEXT[lang]
        res = job.results[n]
        item = request.form.get("item", "")
        if item not in {it.id for it in res.report.items}:
            return error_page(ui["review_bad_item"], 400)
        status = request.form.get("status", "")
        if status and status not in STATUSES:
            return error_page(ui["review_bad_status"], 400)
        # a browser sends a textarea's line ends as CRLF: counted as one character, as it showed them
        note = clean_text(request.form.get("note", "").replace("\r\n", "\n").replace("\r", "\n").strip())
        if len(note) > MAX_NOTE:
            return error_page(ui["review_too_long"].format(n=f"{len(note):,}".replace(",", "."),
                                                           max=f"{MAX_NOTE:,}".replace(",", ".")), 400)
        reviewer = clean_text(" ".join(request.form.get("reviewer", "").split()))
        if len(reviewer) > MAX_REVIEWER:
            return error_page(ui["reviewer_too_long"].format(max=MAX_REVIEWER), 400)
        job.reviewer = reviewer or job.reviewer
        service.set_review(res, item, status, note, reviewer)
        back = url_for("job_page", job_id=job.id) if len(job.results) == 1 else \
            url_for("document_page", job_id=job.id, n=n)
        return redirect(f"{back}#{item}", 303)

    @app.get("/jobs/<job_id>/reviews.csv")
    def reviews_download(job_id: str):
        from checker.reviews import reviews_csv

        job = service.get(job_id)
        if not job.finished:
            abort(404)
        return _attachment(reviews_csv(service.reviews_of(job)[1]).encode(), "reviews.csv", DOWNLOADS["csv"])

    @app.get("/jobs/<job_id>/<int:n>/report.<fmt>")
    def download(job_id: str, n: int, fmt: str):
        from checker.report import render_bytes

        job = service.get(job_id)
        if fmt not in DOWNLOADS or not job.finished or n >= len(job.results) or job.results[n].report is None:
            abort(404)
        res = job.results[n]
        if fmt not in res.cache:
            res.cache[fmt] = render_bytes(res.report, fmt, lang)
        return _attachment(res.cache[fmt], f"{Path(res.name).stem or 'akkoord'}.{fmt}", DOWNLOADS[fmt])

    @app.get("/jobs/<job_id>/<int:n>/geannoteerd.docx")
    def annotated_download(job_id: str, n: int):
        job = service.get(job_id)
        if not job.finished or n >= len(job.results) or job.results[n].annotated is None:
            abort(404)
        res = job.results[n]
        return _attachment(res.annotated, f"{Path(res.name).stem or 'akkoord'}.geannoteerd.docx", DOCX)

    @app.get("/jobs/<job_id>/matrix.<fmt>")
    def matrix_download(job_id: str, fmt: str):
        from checker.report.batch import matrix_csv, matrix_xlsx

        job = service.get(job_id)
        if not job.finished or fmt not in ("xlsx", "csv"):
            abort(404)
        df = matrix_of(job)
        if fmt == "xlsx":
            from checker.frames import evidence_records
            from checker.report.json import report_dict

            done = [(res, report_dict(res.report)) for res in job.results if res.report is not None]
            evidence = [e for res, d in done for e in evidence_records(d, {"file": res.name})]
            titles = {it["id"]: it["title"] for it in done[0][1]["items"]} if done else {}
            data = matrix_xlsx(df, evidence, service.reviews_of(job)[1], titles=titles)
        else:
            data = matrix_csv(df).encode()
        return _attachment(data, f"matrix.{fmt}", DOWNLOADS[fmt])

    @app.get("/jobs/<job_id>/heatmap.svg")
    def heatmap(job_id: str):
        from checker.report.batch import heatmap_bytes

        job = service.get(job_id)
        version, reviews = service.reviews_of(job)
        df = _matrix(job, version, reviews) if job.finished else None
        if df is None or not (df["error"] == "").any():
            abort(404)
        if job.cache.get("heatmap", (None,))[0] != version:  # coloured by the final (reviewed) status
            job.cache["heatmap"] = (version, heatmap_bytes(df[df["error"] == ""], "svg"))
        return Response(job.cache["heatmap"][1], mimetype="image/svg+xml")

    @app.get("/jobs/<job_id>/compare.<fmt>")
    def compare_download(job_id: str, fmt: str):
        from checker.report.compare import render_comparison

        job = service.get(job_id)
        if job.comparison is None or fmt not in ("md", "html", "json"):
            abort(404)
        data = render_comparison(job.comparison, fmt, lang).encode()
        return _attachment(data, f"vergelijking.{fmt}", DOWNLOADS[fmt])

    @app.post("/jobs/<job_id>/delete")
    def delete(job_id: str):
        service.delete(job_id)
        return redirect(url_for("index"), 303)

    if own_dir:
        import atexit

        atexit.register(shutil.rmtree, folder, True)
    return app


def _matrix(job: Job, version: int = 0, reviews: list[Review] = ()):
    """The batch matrix of a job: one row per uploaded file, failures included, with the reviews
    (of store version `version`) applied: the reviewed and the final status per item."""
    import json

    from checker.batching import matrix, row_from_report
    from checker.report.json import render_json
    from checker.reviews import apply

    if "rows" not in job.cache:
        rows = []
        for n, res in enumerate(job.results):
            row = {"file": res.name, "report": f"{n}/" if res.report else "", "error": res.error}
            if res.report is not None:
                row.update(row_from_report(json.loads(render_json(res.report))))
            rows.append(row)
        job.cache["rows"] = rows
    if job.cache.get("matrix", (None,))[0] != version:
        rows = [dict(r) for r in job.cache["rows"]]
        apply(rows, list(reviews))
        job.cache["matrix"] = (version, matrix(rows))
    return job.cache["matrix"][1]


def _attachment(data: bytes, name: str, mimetype: str) -> Response:
    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name)


def is_loopback(host: str) -> bool:
    import ipaddress

    h = host.strip("[]")
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def make_server(app: Flask, host: str = "127.0.0.1", port: int = 8765):
    """A waitress server for the application, listening but not yet running (`.run()`, `.close()`)."""
    from waitress.server import create_server

    limit = app.config["MAX_CONTENT_LENGTH"]
    # waitress holds a request body in memory (not in the shared temp folder) up to twice the
    # limit, so an upload just past the limit still gets the application's own message
    # a flood of slow clients (connections that send half a request and wait) must leave room for the
    # user: waitress reads requests without a thread, so allow many connections, drop idle ones sooner
    # (waitress's defaults: 100 connections, 120 s); a response is kept in memory up to 64 MB rather
    # than spooled into the shared temporary folder (a report of a confidential draft)
    return create_server(app, host=host, port=port, threads=4, ident="akkoordcheck",
                         inbuf_overflow=2 * limit + (1 << 20), max_request_body_size=2 * limit + (1 << 20),
                         connection_limit=500, channel_timeout=30, cleanup_interval=10,
                         outbuf_overflow=64 * 1024 * 1024)


def server_url(server) -> str:
    host = server.effective_host
    return f"http://{'[' + host + ']' if ':' in host else host}:{server.effective_port}/"


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8765, on_ready=None) -> None:
    """Run the application until interrupted; `on_ready(url)` once it listens."""
    server = make_server(app, host, port)
    if on_ready:
        on_ready(server_url(server))
    try:
        server.run()
    finally:
        server.close()
        app.extensions["akkoordcheck"].close()
