"""`akkoordcheck serve`: the local web page, through Flask's test client, a real server and Chromium."""
from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pandas as pd
import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import stream_encode_multipart

from checker.models import STATUS_LABELS_NL
from checker.serve import create_app, is_loopback, make_server, server_url
from tests.conftest import CORPUS, SHARED, launch_chromium, needs_chromium

PDF = CORPUS / "oosterveen_2026_coalitieakkoord.pdf"
DOCX = CORPUS / "brakeldijk_2026_coalitieakkoord.docx"
TXT = CORPUS / "lindewaard_2026_coalitieakkoord.txt"
DRAFT = CORPUS / "lindewaard_2026_concept.txt"
SHARED_TEXT = SHARED / "rijk_2021_coalitieakkoord.txt"  # 150,000 characters: seconds to check
HOST = {"Host": "127.0.0.1:8765"}


@pytest.fixture
def app(checker, tmp_path):
    app = create_app(checker, upload_dir=tmp_path / "uploads", max_upload_mb=2)
    yield app
    app.extensions["akkoordcheck"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def upload(client, url: str, **files) -> str:
    """Post files ({field: [(bytes, name)]}) and return the job's address."""
    data = {k: [(io.BytesIO(raw), name) for raw, name in v] for k, v in files.items()}
    resp = client.post(url, data=data, content_type="multipart/form-data", headers=HOST)
    assert resp.status_code == 303, resp.get_data(as_text=True)[:500]
    return resp.headers["Location"]


def finished(client, url: str, timeout: float = 60):
    """The job page once it no longer refreshes itself."""
    deadline = time.monotonic() + timeout
    while True:
        resp = client.get(url, headers=HOST)
        if 'http-equiv="refresh"' not in resp.get_data(as_text=True):
            return resp
        assert time.monotonic() < deadline, "job did not finish"
        time.sleep(0.1)


def test_start_page_is_dutch_and_loads_nothing_from_elsewhere(client):
    resp = client.get("/", headers=HOST)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "Akkoord controleren" in html and "Concept en definitieve tekst" in html
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "form-action 'self'" in csp
    assert resp.headers["Cache-Control"] == "no-store"
    assert not re.search(r'(src|href|action)="(https?:)?//', html)


def test_one_pdf_with_a_hostile_name(client, app, tmp_path):
    job = upload(client, "/check", files=[(PDF.read_bytes(), "../../etc/passwd.pdf")])
    html = finished(client, job).get_data(as_text=True)
    assert html.count('class="tile ') == 15
    assert "Jeugdzorg-check: passwd.pdf" in html and "../" not in html.split("<body>")[1].split("</h1>")[0]
    assert any(label in html for label in STATUS_LABELS_NL.values())
    # the upload was stored under a made-up name in the private folder, and is gone now
    folder = app.extensions["akkoordcheck"].upload_dir
    assert oct(folder.stat().st_mode & 0o777) == "0o700" and list(folder.iterdir()) == []
    assert not (tmp_path / "etc").exists()
    xlsx = client.get(f"{job}0/report.xlsx", headers=HOST)
    assert 'filename=passwd.xlsx' in xlsx.headers["Content-Disposition"]
    sheets = pd.read_excel(io.BytesIO(xlsx.data), sheet_name=None)
    assert set(sheets) == {"Punten", "Bewijs", "Document"} and len(sheets["Punten"]) == 15
    data = json.loads(client.get(f"{job}0/report.json", headers=HOST).data)
    assert data["document"]["name"] == "passwd.pdf" and len(data["items"]) == 15
    assert data["document"]["pages"] == 5 and all(e["page"] for it in data["items"] for e in it["evidence"])


def test_several_files_give_a_matrix_and_a_broken_one_its_message(client):
    english = b"The council will invest in youth care and in the local teams of every neighbourhood. " * 10
    job = upload(client, "/check", files=[(PDF.read_bytes(), PDF.name), (b"%PDF-1.7\n1 0 obj <<", "kapot.pdf"),
                                          (DOCX.read_bytes(), DOCX.name), (b"", "leeg.txt"),
                                          (english, "engels.txt")])
    html = finished(client, job).get_data(as_text=True)
    assert "3 van 5 documenten beoordeeld" in html and "lijkt Engels" in html
    assert "De PDF is beschadigd" in html and "leeg" in html
    assert html.count('<td class="st"') == 5 * 15
    book = pd.read_excel(io.BytesIO(client.get(f"{job}matrix.xlsx", headers=HOST).data), sheet_name=None)
    assert list(book["Overzicht"]["Bestand"]) == [PDF.name, "kapot.pdf", DOCX.name, "leeg.txt", "engels.txt"]
    assert list(book["Fouten"]["Bestand"]) == ["kapot.pdf", "leeg.txt"]
    assert {PDF.name, DOCX.name} <= set(book["Bewijs"]["Bestand"]) <= {PDF.name, DOCX.name, "engels.txt"}
    svg = client.get(f"{job}heatmap.svg", headers=HOST)
    assert svg.mimetype == "image/svg+xml" and b"<svg" in svg.data
    report = client.get(f"{job}2/", headers=HOST).get_data(as_text=True)
    assert "brakeldijk_2026_coalitieakkoord.docx" in report and "Terug naar het overzicht" in report


def test_draft_and_final_give_the_comparison(client):
    job = upload(client, "/compare", draft=[(DRAFT.read_bytes(), "concept.txt")], final=[(TXT.read_bytes(), "def.txt")])
    html = finished(client, job).get_data(as_text=True)
    assert "Concept versus definitief" in html and "concept.txt → def.txt" in html
    assert "Nieuw tegenstrijdig" in html and "Gewonnen" in html
    data = json.loads(client.get(f"{job}compare.json", headers=HOST).data)
    changes = {it["id"]: it["change"] for it in data["items"]}
    assert changes["P01"] == "gained" and changes["P02"] == "newly_contradicted"


def test_a_word_draft_with_tracked_changes_warns_and_offers_its_annotated_copy(client):
    from tests.test_docx_changes import EXTENDED, draft

    job = upload(client, "/check", files=[(draft(), "concept.docx")])
    html = finished(client, job).get_data(as_text=True)
    assert "bijgehouden wijzigingen (3 invoegingen, 2 verwijderingen, 1 verplaatsing)" in html
    assert "gelezen alsof alle wijzigingen zijn geaccepteerd" in html
    assert f'href="{job}0/geannoteerd.docx"' in html and "Word met opmerkingen" in html
    resp = client.get(f"{job}0/geannoteerd.docx", headers=HOST)
    assert resp.status_code == 200 and "filename=concept.geannoteerd.docx" in resp.headers["Content-Disposition"]
    assert resp.mimetype == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    import docx

    copy = docx.Document(io.BytesIO(resp.data))
    ours = [c for c in copy.comments if c.author == "akkoordcheck"]
    assert ours and any(c.text.startswith("akkoordcheck · P10 ") for c in ours)
    from docx.oxml.ns import qn

    inserted = ["".join(t.text for t in el.iter(qn("w:t"))) for el in copy.element.body.iter(qn("w:ins"))]
    assert EXTENDED in inserted  # still a tracked insertion in the copy


def test_the_upload_form_reads_tracked_changes_as_rejected_when_asked(client):
    from tests.test_docx_changes import draft

    html = client.get("/", headers=HOST).get_data(as_text=True)
    assert '<select id="changes" name="changes">' in html and '<option value="original">' in html
    data = {"files": [(io.BytesIO(draft()), "concept.docx")], "changes": "original"}
    resp = client.post("/check", data=data, content_type="multipart/form-data", headers=HOST)
    html = finished(client, resp.headers["Location"]).get_data(as_text=True)
    assert "gelezen alsof alle wijzigingen zijn geweigerd" in html
    bad = client.post("/check", data={"files": [(io.BytesIO(draft()), "concept.docx")], "changes": "alles"},
                      content_type="multipart/form-data", headers=HOST)
    assert bad.status_code == 400


def test_only_a_word_upload_gets_an_annotated_copy(client):
    job = upload(client, "/check", files=[(TXT.read_bytes(), TXT.name)])
    html = finished(client, job).get_data(as_text=True)
    assert "geannoteerd.docx" not in html and "Word met opmerkingen" not in html
    assert client.get(f"{job}0/geannoteerd.docx", headers=HOST).status_code == 404


def test_a_scan_shows_the_cli_message(client, tmp_path):
    from tests.builders import scanned_pdf

    job = upload(client, "/check", files=[(scanned_pdf(tmp_path / "scan.pdf").read_bytes(), "scan.pdf")])
    resp = finished(client, job)
    assert resp.status_code == 200 and "scan" in resp.get_data(as_text=True) and "OCR" in resp.get_data(as_text=True)


def test_upload_past_the_limit_gets_a_clear_message(client, app):
    big = b"Wij investeren in jeugdzorg.\n" * (3 * 1024 * 1024 // 29)
    # the body is built in memory: the test client would otherwise spool it to a temporary file
    stream, length, boundary = stream_encode_multipart(
        {"files": FileStorage(io.BytesIO(big), "groot.txt", content_type="text/plain")}, use_tempfile=False)
    resp = client.post("/check", data=stream.read(), content_type=f"multipart/form-data; boundary={boundary}",
                       headers=HOST)
    assert resp.status_code == 413
    assert "te groot: de grens is 2 MB" in resp.get_data(as_text=True)
    assert app.extensions["akkoordcheck"].jobs == {}


def test_too_many_parts_or_a_large_field_is_not_called_too_large(client, app):
    many = {f"veld{i}": "x" for i in range(1100)}  # small in bytes, over Werkzeug's 1,000 parts
    resp = client.post("/check", data=many, content_type="multipart/form-data", headers=HOST)
    assert resp.status_code == 413
    text = resp.get_data(as_text=True)
    assert "Te veel bestanden of velden" in text and "1.000" in text and "te groot: de grens is" not in text
    # a text field over 1 MB in an upload under its 2 MB limit (the body built here: the test client
    # would spool it into a temporary file of its own)
    body = (b"--grens\r\nContent-Disposition: form-data; name=\"tekst\"\r\n\r\n" + b"x" * (1536 * 1024)
            + b"\r\n--grens--\r\n")
    big = client.post("/check", input_stream=io.BytesIO(body), content_length=len(body),
                      content_type="multipart/form-data; boundary=grens", headers=HOST)
    assert big.status_code == 413 and "tekstveld" in big.get_data(as_text=True)


def test_no_file_chosen(client):
    resp = client.post("/check", data={}, content_type="multipart/form-data", headers=HOST)
    assert resp.status_code == 400 and "Kies eerst een bestand" in resp.get_data(as_text=True)


def test_other_host_names_and_other_sites_are_refused(client, app):
    assert client.get("/", headers={"Host": "aanvaller.example"}).status_code == 400  # DNS rebinding
    resp = client.post("/check", data={"files": [(io.BytesIO(TXT.read_bytes()), "a.txt")]},
                       content_type="multipart/form-data",
                       headers={**HOST, "Origin": "https://aanvaller.example", "Sec-Fetch-Site": "cross-site"})
    assert resp.status_code == 403 and "andere website" in resp.get_data(as_text=True)
    assert app.extensions["akkoordcheck"].jobs == {}


def test_origin_null_is_refused_unless_the_browser_says_same_origin(client, app):
    def post(headers):
        return client.post("/check", data={"files": [(io.BytesIO(TXT.read_bytes()), "a.txt")]},
                           content_type="multipart/form-data", headers={**HOST, **headers})

    resp = post({"Origin": "null"})  # a sandboxed frame or a file:// page on any site
    assert resp.status_code == 403 and "andere website" in resp.get_data(as_text=True)
    assert app.extensions["akkoordcheck"].jobs == {}
    assert post({"Origin": "null", "Sec-Fetch-Site": "same-origin"}).status_code in (200, 303)
    assert post({"Origin": "http://127.0.0.1:8765"}).status_code in (200, 303)
    assert client.get("/", headers=HOST).headers["Referrer-Policy"] == "same-origin"  # so our own form sends it


def test_every_download_has_one_charset(client):
    job = upload(client, "/check", files=[(TXT.read_bytes(), TXT.name)])
    assert finished(client, job).status_code == 200
    for fmt in ("csv", "md", "html", "json"):
        resp = client.get(f"{job}0/report.{fmt}", headers=HOST)
        assert resp.status_code == 200, fmt
        assert resp.headers["Content-Type"].count("charset") <= 1, resp.headers["Content-Type"]


def test_unknown_or_erased_results(client):
    job = upload(client, "/check", files=[(TXT.read_bytes(), TXT.name)])
    assert finished(client, job).status_code == 200
    assert client.post(f"{job}delete", headers=HOST).status_code == 303
    resp = client.get(job, headers=HOST)
    assert resp.status_code == 404 and "bestaat niet (meer)" in resp.get_data(as_text=True)


def test_the_pipeline_is_loaded_once_at_start_up(client, monkeypatch):
    import checker.nlp
    import checker.pipeline

    def refuse(*a, **k):
        raise AssertionError("the pipeline was loaded again for a request")

    monkeypatch.setattr(checker.pipeline, "load_pipeline", refuse)
    monkeypatch.setattr(checker.nlp, "load_pipeline", refuse)
    job = upload(client, "/check", files=[(TXT.read_bytes(), "a.txt"), (DOCX.read_bytes(), "b.docx")])
    assert "2 van 2 documenten beoordeeld" in finished(client, job).get_data(as_text=True)


def test_loopback_names():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10") and not is_loopback("example.org")


def _start_cli(*args, tmp=None):
    env = {**os.environ, "TMPDIR": str(tmp)} if tmp else None
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", "0", "--model", "blank", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    match = re.search(r"http://(\S+):(\d+)/", line)
    assert match, (line, proc.stderr.read() if proc.poll() is not None else "")
    return proc, match.group(1), int(match.group(2))


def _other_addresses() -> list[str]:
    """This machine's addresses other than loopback (e.g. its LAN address)."""
    found = set()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
            found.add(s.getsockname()[0])
    except OSError:
        pass
    try:
        found.update(i[4][0] for i in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET))
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))


def test_cli_listens_on_loopback_only_by_default(tmp_path):
    proc, host, port = _start_cli(tmp=tmp_path)
    try:
        assert host == "127.0.0.1"
        assert [p.name[:19] for p in tmp_path.iterdir()] == ["akkoordcheck-serve-"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as resp:
            assert "akkoordcheck" in resp.read().decode()
        for addr in _other_addresses():  # not reachable from the network
            with pytest.raises(OSError):
                socket.create_connection((addr, port), timeout=2).close()
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert list(tmp_path.iterdir()) == []  # stopped with SIGTERM, the upload folder is gone


def test_cli_warns_when_told_to_listen_on_every_interface():
    proc, host, _ = _start_cli("--host", "0.0.0.0")
    try:
        assert host == "0.0.0.0"
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "Let op: de server luistert op 0.0.0.0" in err


@pytest.fixture
def live_server(checker, tmp_path):
    app = create_app(checker, upload_dir=tmp_path / "uploads")
    server = make_server(app, "127.0.0.1", 0)
    closing = threading.Event()

    def run() -> None:
        try:
            server.run()
        except OSError:
            if not closing.is_set():
                raise  # closing the socket under the running loop ends it with EBADF: only then expected

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield server_url(server)
    closing.set()
    server.close()
    thread.join(timeout=5)
    app.extensions["akkoordcheck"].close()


@needs_chromium
def test_in_chromium_upload_read_download_and_fail(live_server, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    requests, console = [], []
    with playwright.sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1100, "height": 1400}, accept_downloads=True)
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.goto(live_server)
        page.set_input_files("#files", str(PDF))
        page.click("#check")
        page.wait_for_selector(".tiles", timeout=60_000)
        assert page.locator(".tile").count() == 15
        tiles = page.locator(".tile").all_inner_texts()
        assert all(any(label in t for label in STATUS_LABELS_NL.values()) for t in tiles), tiles
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot))
        with page.expect_download() as info:
            page.click("nav.toolbar a:text('XLSX')")
        saved = tmp_path / info.value.suggested_filename
        info.value.save_as(saved)
        assert saved.name == PDF.with_suffix(".xlsx").name
        assert len(pd.read_excel(saved, sheet_name="Punten")) == 15

        page.click("nav.toolbar a:text('Nieuwe controle')")
        page.set_input_files("#files", files=[{"name": "kapot.pdf", "mimeType": "application/pdf",
                                               "buffer": b"%PDF-1.7\n1 0 obj <<"}])
        page.click("#check")
        page.wait_for_selector(".message", timeout=60_000)
        assert "De PDF is beschadigd" in page.locator(".message").inner_text()
        browser.close()
    assert {r.split("/")[2] for r in requests} == {live_server.split("/")[2]}, requests
    assert console == []
    assert shot.stat().st_size > 20_000


@needs_chromium
def test_in_chromium_a_word_draft_in_review_mode_warns_and_downloads_its_annotated_copy(live_server, tmp_path):
    import docx

    from tests.test_docx_changes import draft

    playwright = pytest.importorskip("playwright.sync_api")
    (tmp_path / "concept.docx").write_bytes(draft())
    with playwright.sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(viewport={"width": 1100, "height": 1400}, accept_downloads=True)
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = context.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)  # a CSP refusal too
        page.goto(live_server)
        page.set_input_files("#files", str(tmp_path / "concept.docx"))
        page.click("#check")
        page.wait_for_selector(".tiles", timeout=60_000)
        assert "gelezen alsof alle wijzigingen zijn geaccepteerd" in page.inner_text("body")
        # the page's own copy script runs under serve's Content-Security-Policy: one suggestion copied
        button = page.locator("#toevoegen button.copy:not([data-copy='all'])").first
        button.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied and copied == page.locator("#" + button.get_attribute("data-copy")).inner_text().strip()
        assert errors == []
        with page.expect_download() as info:
            page.click("nav.toolbar a:text('Word met opmerkingen')")
        saved = tmp_path / info.value.suggested_filename
        info.value.save_as(saved)
        browser.close()
    assert saved.name == "concept.geannoteerd.docx"
    assert any(c.author == "akkoordcheck" for c in docx.Document(str(saved)).comments)


def test_a_fault_of_ours_in_one_file_leaves_the_others(client, checker, monkeypatch):
    real = checker.check_document

    def fail_for_docx(document):
        if document.format == "docx":
            raise ValueError("kapotte regel")
        return real(document)

    monkeypatch.setattr(checker, "check_document", fail_for_docx)
    job = upload(client, "/check", files=[(DOCX.read_bytes(), DOCX.name), (TXT.read_bytes(), TXT.name)])
    html = finished(client, job).get_data(as_text=True)
    assert "1 van 2 documenten beoordeeld" in html and "Onverwachte fout (ValueError: kapotte regel)" in html


def test_a_flood_of_slow_clients_does_not_lock_out_the_user(live_server):
    """150 connections that send half a request and wait (slowloris) must leave room for the user."""
    import socket
    import urllib.request
    from urllib.parse import urlsplit

    url = urlsplit(live_server)
    slow = []
    try:
        for _ in range(150):
            s = socket.create_connection((url.hostname, url.port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the blank line
            slow.append(s)
        started = time.time()
        with urllib.request.urlopen(live_server, timeout=10) as resp:
            assert resp.status == 200
        assert time.time() - started < 10
    finally:
        for s in slow:
            s.close()


def test_memory_is_bounded_by_the_bytes_kept_not_only_the_number_of_jobs(client, app):
    """Old finished jobs are forgotten once their texts and copies pass the limit; the newest stays
    whatever its size, and a forgotten job's page says so."""
    service = app.extensions["akkoordcheck"]
    first = upload(client, "/check", files=[(TXT.read_bytes(), "een.txt")])
    finished(client, first)
    one = next(iter(service.jobs.values())).kept_bytes()
    assert one > 4 * 5_000  # the sample's text, counted with what is made of it
    service.max_kept_bytes = int(1.5 * one)  # room for one such job and a half
    second = upload(client, "/check", files=[(TXT.read_bytes(), "twee.txt")])
    finished(client, second)
    third = upload(client, "/check", files=[(DRAFT.read_bytes(), "drie.txt")])
    assert finished(client, third).status_code == 200
    assert len(service.jobs) == 1 and sum(j.kept_bytes() for j in service.jobs.values()) <= service.max_kept_bytes
    gone = client.get(first, headers=HOST)
    assert gone.status_code == 404 and "bestaat niet (meer)" in gone.get_data(as_text=True)
    service.max_kept_bytes = 1  # smaller than any job: the newest is still kept
    service.evict()
    assert len(service.jobs) == 1


def test_sigterm_with_uploads_queued_stops_at_once_without_a_traceback(tmp_path):
    """`kill` while four long agreements wait or run: exit 0 within seconds, no traceback, no upload left."""
    proc, _, port = _start_cli(tmp=tmp_path)
    try:
        raw = (SHARED_TEXT if SHARED_TEXT.exists() else TXT).read_bytes()
        body, _, boundary = stream_encode_multipart(
            {"files": [FileStorage(io.BytesIO(raw), f"a{i}.txt") for i in range(4)]}, use_tempfile=False)
        request = urllib.request.Request(f"http://127.0.0.1:{port}/check", data=body.read(), headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "Origin": f"http://127.0.0.1:{port}"})

        class Keep(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.build_opener(Keep).open(request, timeout=30)
        answer.value.close()  # the redirect's response holds the connection
        assert answer.value.code == 303  # queued
        time.sleep(1.5)  # the first one is being checked
        stopped = time.monotonic()
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and time.monotonic() - stopped < 10
    assert "Traceback" not in err and "Error" not in err, err
    assert list(tmp_path.iterdir()) == []


# -- reviews (issue 17): a reviewer's status and note per document and item ---------------------------
def _tool_statuses(client, job: str, n: int = 0) -> tuple[str, dict[str, str]]:
    data = json.loads(client.get(f"{job}{n}/report.json", headers=HOST).data)
    return data["document"]["sha256"], {it["id"]: it["status"] for it in data["items"]}


def _review(client, url: str, headers: dict | None = None, **form):
    return client.post(url, data=form, headers={**HOST, "Origin": "http://127.0.0.1:8765", **(headers or {})})


def test_a_review_shows_on_the_report_and_the_matrix_and_goes_to_batch_as_reviews_csv(client, tmp_path):
    from checker.reviews import read_csv, status_cell

    job = upload(client, "/check", files=[(TXT.read_bytes(), TXT.name), (PDF.read_bytes(), PDF.name)])
    finished(client, job)
    sha, tool = _tool_statuses(client, job, 0)
    mine = "partial" if tool["P01"] != "partial" else "absent"
    page = client.get(f"{job}0/", headers=HOST).get_data(as_text=True)
    assert page.count(f'action="{job}0/review"') == 15 and "— geen beoordeling —" in page
    note = '=HYPERLINK("http://x") <script>alert(1)</script>'
    resp = _review(client, f"{job}0/review", item="P01", status=mine, note=note, reviewer="Anna <b>de</b> Vries")
    assert resp.status_code == 303 and resp.headers["Location"] == f"{job}0/#P01"

    page = client.get(f"{job}0/", headers=HOST).get_data(as_text=True)
    section = page.split('<section class="item" id="P01">')[1].split("</section>")[0]
    assert "Beoordeeld:" in section and f"{STATUS_LABELS_NL[mine]}</span> (door Anna &lt;b&gt;de&lt;/b&gt; Vries, " in section
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section and "<script>alert" not in page
    assert "Eindstatus:" in section and f"(tool: {STATUS_LABELS_NL[tool['P01']]})" in section
    assert f'<option value="{mine}" selected>' in section
    # the reviewer's name is offered in the other items' forms, for this job
    other = page.split('<section class="item" id="P02">')[1].split("</section>")[0]
    assert 'value="Anna &lt;b&gt;de&lt;/b&gt; Vries"' in other and "Beoordeeld:" not in other

    matrix = client.get(job, headers=HOST).get_data(as_text=True)
    assert matrix.count(" reviewed\"") == 1 and f'class="cell {mine} reviewed"' in matrix
    assert (f'title="P01: tool: {STATUS_LABELS_NL[tool["P01"]]}, beoordeeld: {STATUS_LABELS_NL[mine]}"'
            in matrix)
    assert f'href="{job}reviews.csv"' in matrix

    csv = client.get(f"{job}reviews.csv", headers=HOST)
    assert csv.status_code == 200 and "filename=reviews.csv" in csv.headers["Content-Disposition"]
    (tmp_path / "reviews.csv").write_bytes(csv.data)
    [review] = read_csv(tmp_path / "reviews.csv")
    assert (review.sha256, review.item, review.status, review.tool_status) == (sha, "P01", mine, tool["P01"])
    assert review.note == "'" + note and review.reviewer == "Anna <b>de</b> Vries"  # no formula in a sheet
    assert review.file == TXT.name and review.reviewed_at

    book = pd.read_excel(io.BytesIO(client.get(f"{job}matrix.xlsx", headers=HOST).data), sheet_name=None)
    row = book["Overzicht"].set_index("Bestand").loc[TXT.name]
    assert row["P01 beoordeling"] == status_cell(mine) and row["P01 notitie"] == note
    assert list(book["Beoordelingen"]["sha256"]) == [sha]
    assert client.get(f"{job}heatmap.svg", headers=HOST).status_code == 200

    # "— geen beoordeling —" takes the review away again
    assert _review(client, f"{job}0/review", item="P01", status="", note="", reviewer="Anna").status_code == 303
    assert " reviewed\"" not in client.get(job, headers=HOST).get_data(as_text=True)
    (tmp_path / "reviews.csv").write_bytes(client.get(f"{job}reviews.csv", headers=HOST).data)
    assert read_csv(tmp_path / "reviews.csv") == []


def test_a_review_with_bad_input_or_from_another_site_is_refused(client, app):
    job = upload(client, "/check", files=[(TXT.read_bytes(), TXT.name)])
    finished(client, job)
    url = f"{job}0/review"
    bad = _review(client, url, item="P01", status="goedgekeurd")
    assert bad.status_code == 400 and "Onbekende status" in bad.get_data(as_text=True)
    bad = _review(client, url, item="P11", status="covered")
    assert bad.status_code == 400 and "Onbekend punt" in bad.get_data(as_text=True)
    long = _review(client, url, item="P01", status="covered", note="x" * 2001)
    assert long.status_code == 400 and "te lang (2.001 tekens); de grens is 2.000" in long.get_data(as_text=True)
    for foreign in ({"Origin": "https://aanvaller.example"}, {"Origin": "null"},
                    {"Origin": "", "Sec-Fetch-Site": "cross-site"}):
        resp = _review(client, url, headers=foreign, item="P01", status="covered")
        assert resp.status_code == 403 and "andere website" in resp.get_data(as_text=True)
    assert app.extensions["akkoordcheck"].reviews == {}
    assert client.post(f"/jobs/nope/0/review", data={"item": "P01"}, headers=HOST).status_code == 404
    # the limit counts a line end as one character, as the browser's text field does
    ok = _review(client, url, item="P01", status="covered", note=("a\r\n" * 1000).strip())
    assert ok.status_code == 303 and ok.headers["Location"] == f"{job}#P01"  # a single document: its job page
    [(key, review)] = app.extensions["akkoordcheck"].reviews.items()
    assert review.note == ("a\n" * 1000).strip() and review.tool_status
    # erasing the job erases its reviews
    client.post(f"{job}delete", headers=HOST)
    assert app.extensions["akkoordcheck"].reviews == {}


@needs_chromium
def test_in_chromium_a_reviewer_saves_a_status_and_a_note(live_server, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1100, "height": 1400})
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)  # a CSP refusal too
        page.goto(live_server)
        page.set_input_files("#files", str(TXT))
        page.click("#check")
        page.wait_for_selector(".tiles", timeout=60_000)
        page.select_option("#review-status-P03", "contradicted")
        page.fill("#review-note-P03", "Regel 12 spreekt dit tegen.\nZie ook de begroting.")
        page.fill("#review-reviewer-P03", "Bram")
        page.click("#P03 form.review button")
        page.wait_for_selector("#P03 p.reviewed")
        assert page.url.endswith("#P03")
        text = page.inner_text("#P03 div.review")
        assert "Beoordeeld: ✗ Tegenstrijdig (door Bram, " in text
        assert "— Regel 12 spreekt dit tegen.\nZie ook de begroting." in text  # the note's line ends kept
        assert "Eindstatus: ✗ Tegenstrijdig" in text
        assert page.input_value("#review-reviewer-P05") == "Bram"  # remembered for the next item
        page.locator("#P03").screenshot(path=str(tmp_path / "review.png"))
        browser.close()
    assert errors == []
