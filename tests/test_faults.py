"""Faults as users and machines inflict them: Ctrl-C and kill -9 of real process groups, huge and
hostile inputs, SQL that tries to leave the warehouse, hostile web servers, damaged warehouses,
full and read-only disks. Every run here is a real `newsflow` process or the real flow."""

import codecs
import gzip
import hashlib
import http.server
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC
from functools import partial
from pathlib import Path

import duckdb
import psutil
import pytest

from bench.corpus import build_corpus, real_articles
from bench.faults import (
    fingerprint,
    inconsistencies,
    left_running,
    newsflow_run,
    process_tree,
    reading,
    run_statuses,
    wait_for_loading,
    warehouse_at,
)
from newsflow.tasks.core.clean import clean_documents
from newsflow.tasks.core.fetch import FetchError, check_address, fetch_with_retries, http_get
from newsflow.tasks.core.ingest import discover, read_documents
from newsflow.tasks.core.limits import MAX_BODY_CHARS
from newsflow.tasks.core.runs import stale_runs
from newsflow.tasks.sandbox import check_export_target
from tests.conftest import ROOT, SEED, assert_checks_pass
from tests.test_cli import newsflow

N_DOCS, BATCH = 32, 4  # many small batches, so a signal lands while batches are still to load
STOP_SECONDS = 10


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    build_corpus(folder, N_DOCS)
    return folder


@pytest.fixture(scope="module")
def references(corpus: Path, tmp_path_factory) -> dict[str, dict]:
    """What a clean, uninterrupted run leaves in each kind of warehouse, as (rows, hash) per table."""
    work = tmp_path_factory.mktemp("reference")
    found = {}
    for kind in ("lake", "file"):
        db = warehouse_at(work, kind, kind)
        run = newsflow_run(corpus, db, work / f"{kind}.stderr", BATCH, work / "prefect")
        assert run.wait() == 0, (work / f"{kind}.stderr").read_text()[-3000:]
        assert_checks_pass(db)
        found[kind] = fingerprint(db)
    return found


def said_after(stderr: Path, offset: int) -> list[str]:
    """What the run wrote to stderr after `offset` bytes, line by line."""
    return stderr.read_bytes()[offset:].decode().splitlines()


def documents_in(db: str) -> int:
    with reading(db) as con:
        return con.execute("select count(*) from documents").fetchone()[0]


# --- 1, 2: Ctrl-C, SIGTERM and kill -9 of real process groups


@pytest.mark.slow
def test_ctrl_c_to_the_process_group_stops_in_seconds_with_one_line_and_leaves_nothing(
    corpus: Path, references: dict, tmp_path: Path
):
    db, stderr = warehouse_at(tmp_path, "w", "lake"), tmp_path / "run.stderr"  # the default kind of warehouse
    run = newsflow_run(corpus, db, stderr, BATCH, tmp_path / "prefect")
    wait_for_loading(db, run)
    processes = process_tree(run.pid)
    assert len(processes) >= 3  # newsflow, its temporary Prefect API, its model process (and the resource tracker)
    offset = stderr.stat().st_size
    os.killpg(run.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    started = time.monotonic()
    run.wait(timeout=120)
    seconds = time.monotonic() - started

    assert seconds < STOP_SECONDS
    assert run.returncode == 130
    said = said_after(stderr, offset)
    assert len(said) == 1, said
    committed = int(
        re.fullmatch(
            r"stopped: stopped by Ctrl-C \(SIGINT\) after committing (\d+) documents, each batch whole; "
            r"the run is marked cancelled in `runs`\. Run the same command again to load the rest",
            said[0],
        )[1]
    )
    assert left_running(processes) == []
    assert inconsistencies(db) == []
    assert 0 < committed == documents_in(db) < N_DOCS
    assert run_statuses(db) == [("cancelled", f"stopped by Ctrl-C (SIGINT) after committing {committed} documents")]

    again = newsflow_run(corpus, db, stderr, BATCH, tmp_path / "prefect")
    assert again.wait() == 0
    assert fingerprint(db) == references["lake"]
    assert [status for status, _ in run_statuses(db)] == ["cancelled", "completed"]


@pytest.mark.slow
def test_sigterm_to_newsflow_alone_ends_it_and_every_process_it_started(corpus: Path, tmp_path: Path):
    db, stderr = warehouse_at(tmp_path, "w", "file"), tmp_path / "run.stderr"
    run = newsflow_run(corpus, db, stderr, BATCH, tmp_path / "prefect")
    wait_for_loading(db, run)
    processes = process_tree(run.pid)
    offset = stderr.stat().st_size
    run.terminate()
    started = time.monotonic()
    run.wait(timeout=120)

    assert time.monotonic() - started < STOP_SECONDS
    assert run.returncode == 128 + signal.SIGTERM
    said = said_after(stderr, offset)
    assert len(said) == 1 and said[0].startswith("stopped: stopped by SIGTERM after committing "), said
    assert left_running(processes) == []
    assert inconsistencies(db) == []
    assert [status for status, _ in run_statuses(db)] == ["cancelled"]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["file", "lake"])
def test_kill_9_at_a_random_batch_then_a_rerun_ends_identical_to_a_clean_run(
    kind: str, corpus: Path, references: dict, tmp_path: Path
):
    db, stderr = warehouse_at(tmp_path, "w", kind), tmp_path / "run.stderr"
    run = newsflow_run(corpus, db, stderr, BATCH, tmp_path / "prefect")
    wait_for_loading(db, run)
    time.sleep(random.uniform(0, 2))
    processes = process_tree(run.pid)
    run.kill()
    run.wait()

    assert left_running(processes) == []  # its Prefect API and model process end with it
    assert inconsistencies(db) == []  # whole batches only
    assert documents_in(db) < N_DOCS
    again = newsflow_run(corpus, db, stderr, BATCH, tmp_path / "prefect")
    assert again.wait() == 0
    assert fingerprint(db) == references[kind]
    (killed, why), (rerun, _) = run_statuses(db)
    assert (killed, rerun) == ("abandoned", "completed")
    assert why == (
        f"its process {run.pid} on {os.uname().nodename} ended without finishing the run (killed or crashed); "
        "the batches it committed are kept"
    )


def test_a_run_is_stale_when_its_process_is_gone_or_its_pid_reused_or_it_is_old_elsewhere():
    from datetime import datetime, timedelta

    now = datetime(2026, 1, 2, 12, tzinfo=UTC)
    started = now - timedelta(minutes=5)
    runs = [
        {"run_id": "gone", "pid": 11, "host": "here", "started_at": started},
        {"run_id": "reused", "pid": 12, "host": "here", "started_at": started},
        {"run_id": "alive", "pid": 13, "host": "here", "started_at": started},
        {"run_id": "elsewhere", "pid": 14, "host": "there", "started_at": started},
        {"run_id": "old-elsewhere", "pid": 15, "host": "there", "started_at": now - timedelta(hours=30)},
        {"run_id": "old-unrecorded", "pid": None, "host": None, "started_at": now - timedelta(hours=25)},
    ]
    started_by_pid = {12: started + timedelta(seconds=30), 13: started - timedelta(seconds=8)}

    stale = stale_runs(runs, "here", now, started_by_pid.get)

    assert set(stale) == {"gone", "reused", "old-elsewhere", "old-unrecorded"}
    assert stale["gone"].startswith("its process 11 on here ended without finishing the run")
    assert stale["old-elsewhere"].startswith("still running 30 h after it started on there")
    assert "an unrecorded host" in stale["old-unrecorded"]


# --- 3: huge and malformed inputs


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Inputs that once sank a run or slipped through, each with the reason it must now be rejected for."""
    seed = SEED.read_text()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "huge.txt").write_text((seed + "\n") * (50_000_000 // len(seed) + 1))  # a 50 MB "article"
    with gzip.open(folder / "bomb.html.gz", "wb") as bomb:  # 1 GB of zeros in 1 MB
        zeros = bytes(1 << 20)
        for _ in range(1024):
            bomb.write(zeros)
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000 + "</body></html>"
    )
    (folder / "one-line.txt").write_text(" ".join(seed.split()) * (5_300_000 // len(seed)))  # 5 MB, one line
    (folder / "long-line.txt").write_text(
        " ".join(seed.split()) * 40
    )  # under the byte limit, one 250,000-character line
    paragraphs = [line for line in seed.splitlines() if len(line) > 80]
    (folder / "long-body.txt").write_text(
        seed.splitlines()[0]
        + "\n"
        + "\n\n".join(  # a 200,000-character body
            f"{line} ({n})" for n in range(60) for line in paragraphs
        )
    )
    (folder / "latin1.txt").write_bytes("Café au lait in Minsk.".encode("latin-1"))
    (folder / "empty.txt").write_text("  \n")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "cut.html.gz").write_bytes(gzip.compress(b"<html><p>cut short</p></html>")[:12])
    (folder / "rows.jsonl").write_text(
        "\n".join(
            [
                "{not json",
                "[" * 100_000 + "]" * 100_000,
                '{"text": 1' + "0" * 5000 + "}",
                json.dumps({"title": "no text"}),
                json.dumps({"text": "x" * 5_000_001}),
            ]
        )
        + "\n"
    )
    (folder / "wide.csv").write_text('text\n"' + "y" * 200_000 + '"\n')
    (folder / "broken.parquet").write_bytes(b"PAR1 not really parquet")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "huge.jsonl").touch()
    os.truncate(folder / "huge.jsonl", 150_000_000)  # a 150 MB table file (sparse: nothing is written)
    return {
        "huge.txt": "too-large",
        "bomb.html.gz": "too-large",
        "nested.html": "too-deep",
        "one-line.txt": "too-large",
        "long-line.txt": "too-long",
        "long-body.txt": "too-long",
        "latin1.txt": "not-utf8",
        "empty.txt": "empty",
        "photo.txt": "binary",
        "cut.html.gz": "unreadable",
        "rows.jsonl#1": "bad-json",
        "rows.jsonl#2": "bad-json",
        "rows.jsonl#3": "bad-json",
        "rows.jsonl#4": "no-text",
        "rows.jsonl#5": "too-large",
        "wide.csv": "bad-csv",
        "broken.parquet": "unreadable",
        "report.pdf": "unsupported",
        "huge.jsonl": "too-large",
    }


def rejected_by_name(rejected: list[tuple[str, str, str]]) -> dict[str, str]:
    """Rejections keyed by file name (rows of rows.jsonl in file order as rows.jsonl#1, #2, …)."""
    found, rows = {}, 0
    for uri, reason, detail in rejected:
        name = Path(uri).name
        if name == "rows.jsonl":
            rows += 1
            name = f"rows.jsonl#{rows}"
        found[name] = reason
        assert detail and "\n" not in detail
    return found


def test_every_bad_input_is_rejected_with_its_reason_and_utf16_is_read(tmp_path: Path):
    expected = write_bad_inputs(tmp_path / "bad")
    (tmp_path / "bad" / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + SEED.read_text().encode("utf-16-le"))
    (tmp_path / "bad" / "good.txt").write_text(real_articles()[1])

    found = read_documents(discover(str(tmp_path / "bad")), source="bad")
    cleaned = clean_documents(found.docs)

    reasons = rejected_by_name(
        found.rejected.select("uri", "reason", "detail").rows()
        + cleaned.rejected.select("uri", "reason", "detail").rows()
    )
    assert reasons == expected
    assert sorted(Path(uri).name for uri in cleaned.docs["uri"]) == ["good.txt", "utf16.txt"]
    utf16 = cleaned.docs.filter(cleaned.docs["uri"].str.ends_with("utf16.txt")).row(0, named=True)
    assert utf16["title"] == "Belarus Joining Ukraine War Could Be 'Devastating' to Lukashenko's Army"
    assert cleaned.rejected["detail"][0].endswith(
        f"over the {MAX_BODY_CHARS:,} one article may have; split it into articles"
    )


@pytest.mark.slow
def test_a_run_among_huge_inputs_loads_the_good_ones_and_stays_under_1_5_gb(tmp_path: Path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    for i, text in enumerate(real_articles()[:13]):
        (folder / f"good-{i:02d}.txt").write_text(text)
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + SEED.read_text().encode("utf-16-le"))
    seed = SEED.read_text()
    (folder / "huge.txt").write_text((seed + "\n") * (50_000_000 // len(seed) + 1))
    with gzip.open(folder / "bomb.html.gz", "wb") as bomb:
        for _ in range(1024):
            bomb.write(bytes(1 << 20))
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000 + "</body></html>"
    )
    (folder / "one-line.txt").write_text(" ".join(seed.split()) * (5_300_000 // len(seed)))
    db, stderr = warehouse_at(tmp_path, "w", "lake"), tmp_path / "run.stderr"

    run = newsflow_run(folder, db, stderr, 200, tmp_path / "prefect")
    peak = 0
    while run.poll() is None:
        total = 0
        for process in process_tree(run.pid):
            try:
                total += process.memory_info().rss
            except psutil.NoSuchProcess:
                continue
        peak = max(peak, total)
        time.sleep(0.05)

    assert run.returncode == 0, stderr.read_text()[-3000:]
    assert peak < 1.5 * 2**30, f"peak RSS of the run's processes {peak / 2**20:.0f} MB"
    with reading(db) as con:
        loaded = {Path(uri).name for (uri,) in con.execute("select uri from documents").fetchall()}
        rejected = dict(con.execute("select regexp_extract(uri, '[^/]+$'), reason from rejected").fetchall())
    assert loaded == {f"good-{i:02d}.txt" for i in range(13)} | {"utf16.txt"}
    assert rejected == {
        "huge.txt": "too-large",
        "bomb.html.gz": "too-large",
        "nested.html": "too-deep",
        "one-line.txt": "too-large",
    }
    print(f"peak RSS of newsflow, its Prefect API and model process: {peak / 2**20:.0f} MB")


def test_long_articles_reach_spacy_in_batches_of_bounded_characters():
    from newsflow.tasks.core.nlp import text_batches

    items = [(f"d{i}", "x" * size, None) for i, size in enumerate([60, 50, 10, 200, 5, 5, 5])]
    groups = [[doc_id for doc_id, _, _ in group] for group in text_batches(items, max_texts=2, max_chars=100)]
    assert groups == [["d0"], ["d1", "d2"], ["d3"], ["d4", "d5"], ["d6"]]


# --- 4: newsflow query cannot leave the warehouse


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def state_of(paths: list[Path]) -> dict[str, str]:
    """Every file under `paths` (files, or folders walked) with its digest: to see that nothing changed."""
    files = [
        found for path in paths for found in ([path] if path.is_file() else sorted(path.rglob("*"))) if found.is_file()
    ]
    return {str(file): digest(file) for file in files}


@pytest.fixture(params=["duckdb-file", "sqlite-lake"])
def queried(request, tmp_path: Path) -> tuple[str, list[Path], Path]:
    """A warehouse of each kind holding three documents (its --db, its files), and another DuckDB file."""
    from newsflow.tasks.store import open_warehouse

    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("create table documents as select 'd' || i as doc_id from range(3) t(i)")
    db = str(tmp_path / "w.duckdb") if request.param == "duckdb-file" else f"ducklake:sqlite:{tmp_path / 'w.sqlite'}"
    warehouse = open_warehouse(db)
    warehouse.migrate()
    warehouse.write(lambda con: con.execute("insert into documents (doc_id) select 'd' || i from range(3) t(i)"))
    return db, [Path(path) for path in warehouse.reader_paths()], other


@pytest.mark.slow
@pytest.mark.parametrize(
    "statement",
    [
        "COPY (select 'x' as a) TO '{own}' (FORMAT csv)",
        "COPY (select 'x' as a) TO '{folder}/x.parquet' (FORMAT parquet)",
        "ATTACH '{other}' AS o (READ_WRITE); DELETE FROM o.documents",
        "select * from read_csv('/etc/passwd')",
        "INSTALL httpfs",
        "SET enable_external_access = true",
        "EXPORT DATABASE '{folder}/dump'",
    ],
)
def test_query_refuses_to_touch_any_file_but_read_the_warehouse(queried: tuple[str, list[Path], Path], statement: str):
    db, own, other = queried
    before = state_of([*own, other])

    shown = newsflow("query", statement.format(own=own[0], folder=own[-1], other=other), "--db", db)

    assert shown.returncode == 1
    assert shown.stderr.startswith("query refused: "), shown.stderr
    assert len(shown.stderr.strip().splitlines()) == 1
    assert state_of([*own, other]) == before
    assert newsflow("query", "select count(*) as n from documents", "--db", db, "--format", "csv").stdout == "n\n3\n"


@pytest.mark.slow
def test_query_exports_through_out_and_never_into_the_warehouse(queried: tuple[str, list[Path], Path], tmp_path: Path):
    import polars as pl

    db, own, _ = queried
    written = newsflow(
        "query", "select doc_id from documents order by 1", "--db", db, "--out", str(tmp_path / "ids.parquet")
    )
    assert written.returncode == 0 and "wrote 3 rows" in written.stdout
    assert pl.read_parquet(tmp_path / "ids.parquet")["doc_id"].to_list() == ["d0", "d1", "d2"]

    before = state_of(own)
    targets = [own[0], own[0].with_name(own[0].name + ".wal")] + ([own[-1] / "x.parquet"] if own[-1].is_dir() else [])
    for target in targets:
        refused = newsflow("query", "select 1", "--db", db, "--out", str(target))
        assert refused.returncode == 2 and "--out" in refused.stderr, refused.stderr
    assert state_of(own) == before
    with pytest.raises(ValueError, match="is part of the warehouse itself"):  # a warehouse named like an export
        check_export_target(tmp_path / "lake.csv", [str(tmp_path / "lake.csv")])
    (tmp_path / "link.csv").symlink_to(own[0])
    with pytest.raises(ValueError, match="is part of the warehouse itself"):
        check_export_target(tmp_path / "link.csv", [str(own[0].resolve())])


# --- 6, 7: URL lists, private addresses, slow servers


def test_url_list_lines_that_are_local_paths_are_rejected_never_read(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The launch code is 0000. Belarus and Ukraine talked on Monday.")
    listing = tmp_path / "lists" / "today.urls"
    listing.parent.mkdir()
    listing.write_text(f"{secret}\n../secret.txt\nfile://{secret}\n")

    found = read_documents(discover(str(listing)), source=str(listing))

    assert found.docs.is_empty()
    assert found.rejected["reason"].to_list() == ["bad-url"] * 3
    assert not any("launch code" in detail for detail in found.rejected["detail"])


class Server:
    """A local HTTP server whose pages misbehave: drip one byte at a time, redirect where they should not."""

    def __init__(self):
        self.requests: list[str] = []
        handler = partial(self.Handler, self)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    class Handler(http.server.BaseHTTPRequestHandler):
        def __init__(self, server: "Server", *args):
            self.site = server
            super().__init__(*args)

        def log_message(self, *args):
            pass

        def do_GET(self):
            self.site.requests.append(self.path)
            try:
                if self.path == "/drip":  # headers at once, then one byte every half second
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    for _ in range(200):
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(0.5)
                elif self.path == "/drip-headers":  # even the status line comes a byte at a time
                    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" * 20:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(0.5)
                elif self.path == "/to-ftp":
                    self.send_response(302)
                    self.send_header("Location", "ftp://example.invalid/file.txt")
                    self.end_headers()
                else:
                    body = SEED.read_bytes()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass


@pytest.fixture(scope="module")
def server():
    site = Server()
    yield site
    site.httpd.shutdown()


@pytest.mark.slow
def test_a_dripping_server_costs_one_page_deadline_and_slows_no_other_page(server: Server):
    fetch = partial(fetch_with_retries, get=partial(http_get, deadline=2.0, allow_private=True), backoff=0)
    urls = [f"{server.base}/drip", f"{server.base}/drip-headers", f"{server.base}/article.txt"]

    started = time.monotonic()
    found = read_documents(urls, source="drip", fetch=fetch)
    seconds = time.monotonic() - started

    assert seconds < 3.5  # both dripping pages at once, each cut at its 2 s deadline, not tried again
    assert found.docs["uri"].to_list() == [f"{server.base}/article.txt"]
    assert dict(found.rejected.select("uri", "reason").iter_rows()) == {urls[0]: "timeout", urls[1]: "timeout"}
    assert server.requests.count("/drip") == 1 and server.requests.count("/drip-headers") == 1


def test_private_addresses_are_refused_before_any_request_unless_allowed(server: Server):
    asked = len(server.requests)
    with pytest.raises(FetchError) as refused:
        http_get(f"{server.base}/article.txt")
    assert refused.value.reason == "private-address" and not refused.value.transient
    assert "NEWSFLOW_ALLOW_PRIVATE_URLS" in str(refused.value)
    assert len(server.requests) == asked  # refused before connecting: the server saw nothing
    assert http_get(f"{server.base}/article.txt", allow_private=True).status == 200
    with pytest.raises(FetchError) as to_ftp:
        http_get(f"{server.base}/to-ftp", allow_private=True)
    assert to_ftp.value.reason == "bad-url"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.10",
        "172.16.0.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_addresses_off_the_public_internet_are_refused(address: str):
    with pytest.raises(FetchError, match=r"private-address|address; newsflow fetches only public"):
        check_address("host.example", address, allow_private=False)
    check_address("host.example", address, allow_private=True)


def test_public_addresses_are_allowed():
    for address in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"):
        check_address("host.example", address, allow_private=False)


# --- 5, 8: damaged warehouses, read-only folders, full disks


@pytest.fixture(scope="module")
def loaded_warehouse(tmp_path_factory, prefect_harness) -> Path:
    """A real warehouse holding the seed article, closed cleanly."""
    from newsflow.flows.pipeline import news_pipeline

    folder = tmp_path_factory.mktemp("seed")
    shutil.copy(SEED, folder / SEED.name)
    db = folder / "w.duckdb"
    news_pipeline(str(folder), db=str(db))
    return db


def cli_environment() -> dict[str, str]:
    """The environment of a `newsflow` process that reports to this session's Prefect test API."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "COLUMNS": "300"}


def damaged_copies(source: Path, folder: Path) -> dict[str, Path]:
    """Copies of a warehouse cut short, with bytes flipped inside a block that holds sentences, and of random bytes."""
    with duckdb.connect(str(source), read_only=True) as con:
        block = con.execute(
            "select max(block_id) from pragma_storage_info('sentences') where block_id >= 0"
        ).fetchone()[0]
        block_size = con.execute("select block_size from pragma_database_size()").fetchone()[0]
    data = source.read_bytes()
    flipped = bytearray(data)
    at = 3 * 4096 + block * block_size + 1000
    flipped[at : at + 64] = bytes(b ^ 0xFF for b in flipped[at : at + 64])
    copies = {
        "cut short": data[: len(data) // 2],
        "flipped bytes": bytes(flipped),
        "random bytes": random.randbytes(len(data)),
    }
    paths = {}
    for name, content in copies.items():
        paths[name] = folder / f"{name.replace(' ', '-')}.duckdb"
        paths[name].write_bytes(content)
    return paths


@pytest.mark.damages_warehouse
def test_run_leaves_a_damaged_duckdb_file_untouched_and_says_how_to_recover(loaded_warehouse: Path, tmp_path: Path):
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    for name, path in damaged_copies(loaded_warehouse, tmp_path).items():
        before = digest(path)
        shown = subprocess.run(
            [sys.executable, "-m", "newsflow.flows.cli", "run", str(articles), "--db", str(path)],
            cwd=ROOT,
            env=cli_environment(),
            capture_output=True,
            text=True,
        )
        assert shown.returncode == 1, name
        assert shown.stderr.count("\n") == 1, shown.stderr
        assert shown.stderr.startswith(f"error: the warehouse {path} fails its checks ("), shown.stderr
        assert shown.stderr.rstrip().endswith(
            f"it was left untouched. Restore it from a backup, or move it aside "
            f"(mv {path} {path}.damaged) and run again to rebuild it from your sources"
        )
        assert digest(path) == before, name
        assert not path.with_name(path.name + ".wal").exists()


@pytest.mark.usefixtures("prefect_harness")
def test_run_leaves_a_lake_with_a_damaged_catalog_untouched(tmp_path: Path):
    from newsflow.flows.pipeline import news_pipeline

    catalog = tmp_path / "lake.sqlite"
    news_pipeline(str(SEED), db=f"ducklake:sqlite:{catalog}")
    catalog.write_bytes(catalog.read_bytes()[: catalog.stat().st_size // 2])
    before = state_of([catalog, tmp_path / "lake.files"])

    shown = subprocess.run(
        [sys.executable, "-m", "newsflow.flows.cli", "run", str(SEED), "--db", f"ducklake:sqlite:{catalog}"],
        cwd=ROOT,
        env=cli_environment(),
        capture_output=True,
        text=True,
    )

    assert shown.returncode == 1
    assert shown.stderr.count("\n") == 1, shown.stderr
    assert shown.stderr.startswith(f"error: the warehouse ducklake:sqlite:{catalog} fails its checks (")
    assert (
        f"(mv {catalog} {catalog}.damaged; mv {tmp_path / 'lake.files'}/ {tmp_path / 'lake.files'}.damaged)"
        in shown.stderr
    )
    assert state_of([catalog, tmp_path / "lake.files"]) == before


def in_own_disk(
    command: list[str], disk: Path, options: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """`command` run while the folder `disk` is a tmpfs of its own (`options`: size, ro), in a user and mount
    namespace."""
    disk.mkdir()
    script = f'mount -t tmpfs -o {options} none "{disk}" && exec "$@"'
    return subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
    )


@pytest.fixture(scope="module")
def can_mount(tmp_path_factory) -> None:
    if (
        shutil.which("unshare") is None
        or in_own_disk(["true"], tmp_path_factory.mktemp("probe") / "disk", "size=1m").returncode
    ):
        pytest.skip("needs `unshare` with user namespaces to give a run a full or read-only disk of its own")


@pytest.mark.usefixtures("can_mount", "prefect_harness")
def test_a_read_only_folder_and_a_full_disk_end_in_one_line_that_names_the_cause(corpus: Path, tmp_path: Path):
    run = [sys.executable, "-m", "newsflow.flows.cli", "run"]
    read_only = in_own_disk(
        [*run, str(SEED), "--db", str(tmp_path / "ro" / "w.duckdb")], tmp_path / "ro", "size=1m,ro", cli_environment()
    )
    full_disk = in_own_disk(
        [*run, str(corpus), "--db", str(tmp_path / "full" / "w.duckdb"), "--batch-size", "8"],
        tmp_path / "full",
        "size=3m",
        cli_environment(),
    )

    assert read_only.returncode == 2  # found by the argument checks, before Prefect starts
    assert read_only.stderr.splitlines() == [
        f"error: --db: cannot create {tmp_path / 'ro' / 'w.duckdb'}: {tmp_path / 'ro'} is not writable"
    ]
    assert full_disk.returncode == 1
    error = full_disk.stderr.splitlines()[-1]
    assert error.startswith("error: loading ") and "No space left on device" in error, full_disk.stderr
    assert (
        error.endswith("the batch was not committed: the warehouse is as it was before it")
        or "whether the batch was committed could not be checked" in error
    )
    assert "Traceback" not in full_disk.stderr
