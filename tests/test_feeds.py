"""Feeds, URL lists and page fetching against a local HTTP server serving real benchmark pages."""

import gzip
import threading
import time
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsflow import tasks
from newsflow.tasks.core.fetch import (
    USER_AGENT,
    FetchError,
    Response,
    check_response,
    feed_links,
    fetch_with_retries,
    http_get,
    looks_like_feed,
    page_text,
    read_url_list,
)
from newsflow.tasks.core.ingest import discover, read_documents
from tests.conftest import SHARED

BENCHMARK = SHARED / "data" / "extraction-benchmark" / "html"
PAGES = {  # served name -> benchmark page; titles checked by hand against the pages
    "sweden-assange.html": "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23",
    "esper-hanoi.html": "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754",
    "bubonic-plague.html": "432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3",
}
TITLES = {
    "Sweden drops Assange rape investigation",
    "Esper accuses China of intimidating smaller Asian nations",
    "Chinese hunter catches bubonic plague after eating wild rabbit",
}
NOTES = b"Wire note: Ukraine warned Alexander Lukashenko on Monday that Belarus would pay for joining the war.\n"


def rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{name}</title><link>{base}/pages/{name}</link>"
        "<pubDate>Tue, 19 Nov 2019 10:00:00 GMT</pubDate></item>"
        for name in [*PAGES, "withdrawn.html"]
    )
    channel = f"<title>Local news</title><link>{base}/</link><description>test</description>{items}"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{channel}</channel></rss>'.encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Local atom</title><id>urn:local</id>
<updated>2019-11-20T00:00:00Z</updated>
<entry><title>Esper</title><id>urn:1</id><updated>2019-11-20T00:00:00Z</updated>
<link href="pages/esper-hanoi.html"/></entry>
<entry><title>Plague</title><id>urn:2</id><updated>2019-11-18T00:00:00Z</updated>
<link rel="alternate" href="/pages/bubonic-plague.html"/></entry>
</feed>"""


class Site:
    """What the local server serves and what it saw: paths asked for and their User-Agent headers."""

    def __init__(self):
        self.pages = {name: gzip.decompress((BENCHMARK / f"{key}.html.gz").read_bytes()) for name, key in PAGES.items()}
        self.requests: list[tuple[str, str]] = []
        self.base = ""

    def hits(self, path: str) -> int:
        return sum(asked == path for asked, _ in self.requests)


def handler_for(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, status: int, content_type: str, body: bytes, length: bool = True):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            name = self.path.removeprefix("/pages/")
            if self.path == "/feed.xml":
                self.send(200, "application/rss+xml", rss(site.base))
            elif self.path == "/atom":  # served as text/html, as some servers do: sniffed as a feed
                self.send(200, "text/html", ATOM)
            elif self.path.startswith("/pages/") and name in site.pages:
                self.send(200, "text/html", site.pages[name])
            elif self.path == "/notes.txt":
                self.send(200, "text/plain; charset=utf-8", NOTES)
            elif self.path == "/logo.png":
                self.send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
            elif self.path == "/huge-declared.html":
                self.send(200, "text/html", b"<p>" + b"x" * 6_000_000 + b"</p>")
            elif self.path == "/huge-streamed.html":  # no Content-Length: the reader must stop by itself
                self.send(200, "text/html", b"<p>" + b"x" * 6_000_000 + b"</p>", length=False)
            elif self.path == "/slow.html":
                time.sleep(2)
                self.send(200, "text/html", b"<p>late</p>")
            elif self.path in ("/flaky.html", "/busy.html") and site.hits(self.path) == 1:
                self.send(503, "text/plain", b"busy")
            elif self.path in ("/flaky.html", "/busy.html"):
                self.send(200, "text/html", site.pages["esper-hanoi.html"])
            else:
                self.send(404, "text/plain", b"not found")

    return Handler


@pytest.fixture(scope="module")
def site():
    """A local web server on 127.0.0.1 and a free port; nothing else is ever contacted."""
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def quick_fetch(url: str) -> Response:
    """The default fetcher with a short deadline and no waiting between tries, allowed to reach the local test
    server."""
    return fetch_with_retries(url, get=partial(http_get, deadline=0.5, allow_private=True), backoff=0)


def test_rss_feed_lists_its_articles_and_each_page_becomes_an_html_document(site: Site):
    feed = f"{site.base}/feed.xml"

    locators = discover(feed, fetch=quick_fetch)
    found = read_documents(locators, source=feed, fetch=quick_fetch)

    assert locators == [f"{site.base}/pages/{name}" for name in [*PAGES, "withdrawn.html"]]
    assert sorted(found.docs["uri"]) == sorted(f"{site.base}/pages/{name}" for name in PAGES)
    assert set(found.docs["format"]) == {"html"}
    assert set(found.docs["source"]) == {feed}
    assert found.docs["raw"].str.contains("Assange").any()
    assert found.rejected.select("uri", "reason").rows() == [(f"{site.base}/pages/withdrawn.html", "http-404")]
    assert "HTTP 404" in found.rejected["detail"][0]
    assert {agent for _, agent in site.requests} == {USER_AGENT}
    assert USER_AGENT.startswith(f"newsflow/{tasks.__version__} (+https://")


def test_atom_feed_sniffed_and_relative_links_resolved(site: Site):
    assert discover(f"{site.base}/atom", fetch=quick_fetch) == [
        f"{site.base}/pages/esper-hanoi.html",
        f"{site.base}/pages/bubonic-plague.html",
    ]


def test_a_page_url_is_its_own_input(site: Site):
    page = f"{site.base}/pages/sweden-assange.html"
    assert discover(page, fetch=quick_fetch) == [page]


def test_url_list_file_and_every_kind_of_failure_is_a_rejected_row(site: Site, tmp_path: Path):
    listing = tmp_path / "today.urls"
    listing.write_text(
        "# morning reading\n"
        f"{site.base}/pages/bubonic-plague.html\n\n"
        f"{site.base}/notes.txt\n"
        f"{site.base}/logo.png\n"
        f"{site.base}/huge-declared.html\n"
        f"{site.base}/huge-streamed.html\n"
        f"{site.base}/slow.html\n"
        f"{site.base}/pages/bubonic-plague.html\n"
        "ftp://example.invalid/file.txt\n"
    )

    locators = discover(str(listing))
    found = read_documents(locators, source=str(listing), fetch=quick_fetch)

    assert len(locators) == 7  # the repeated line is read once, the comment and blank line not at all
    assert dict(found.docs.select("uri", "format").iter_rows()) == {
        f"{site.base}/pages/bubonic-plague.html": "html",
        f"{site.base}/notes.txt": "text",
    }
    assert found.docs.filter(found.docs["format"] == "text")["raw"][0] == NOTES.decode()
    assert dict(found.rejected.select("uri", "reason").iter_rows()) == {
        f"{site.base}/logo.png": "unsupported-type",
        f"{site.base}/huge-declared.html": "too-large",
        f"{site.base}/huge-streamed.html": "too-large",
        f"{site.base}/slow.html": "timeout",
        "ftp://example.invalid/file.txt": "bad-url",
    }
    assert site.hits("/slow.html") == 1  # a page past its deadline is not tried again: that would cost another deadline


def test_server_error_is_retried_until_the_page_comes(site: Site):
    found = read_documents([f"{site.base}/flaky.html"], source="flaky", fetch=quick_fetch)

    assert found.docs.height == 1 and found.rejected.is_empty()
    assert site.hits("/flaky.html") == 2


def test_a_folder_with_a_url_list_mixes_files_and_pages(site: Site, tmp_path: Path):
    (tmp_path / "local.txt").write_text("Belarus and Ukraine talked on Monday.")
    (tmp_path / "more.urls").write_text(f"{site.base}/notes.txt\n")
    (tmp_path / "none.urls").write_text("# nothing yet\n")

    locators = discover(str(tmp_path))
    found = read_documents(locators, source=str(tmp_path), fetch=quick_fetch)

    assert locators == [tmp_path / "local.txt", f"{site.base}/notes.txt", tmp_path / "none.urls"]
    assert found.docs.height == 2
    assert found.rejected.select("reason", "detail").rows() == [("empty", f"{tmp_path / 'none.urls'} lists no URLs")]


def test_reading_in_chunks_gives_the_same_documents(site: Site):
    locators = [f"{site.base}/pages/{name}" for name in PAGES] + [f"{site.base}/notes.txt"]
    whole = read_documents(locators, source="s", fetch=quick_fetch)
    chunks = [read_documents(locators[i : i + 2], source="s", fetch=quick_fetch) for i in range(0, len(locators), 2)]
    assert sorted(doc for c in chunks for doc in c.docs["doc_id"]) == sorted(whole.docs["doc_id"])


def test_url_list_parsing_and_response_checks():
    assert read_url_list("  https://a.example/x \n# c\n\nhttps://a.example/x\nhttps://b.example/\n") == [
        "https://a.example/x",
        "https://b.example/",
    ]
    ok = Response("https://a.example/", 200, "text/html", None, b"<meta charset='windows-1252'><p>caf\xe9</p>")
    assert check_response(ok, max_bytes=1000) == "html"
    assert page_text(ok).endswith("café</p>")
    for status, reason in [(404, "http-404"), (410, "http-410"), (500, "http-500")]:
        with pytest.raises(FetchError) as error:
            check_response(Response("u", status, "text/html", None, b""), max_bytes=10)
        assert error.value.reason == reason
    assert looks_like_feed("text/html", ATOM) and not looks_like_feed("text/html", ok.body)
    with pytest.raises(FetchError, match="not a readable RSS/Atom feed"):
        feed_links(b"<html><body>no feed</body></html>", "https://a.example/")


@pytest.mark.usefixtures("prefect_harness")
def test_pipeline_over_a_feed_cleans_the_pages_and_records_the_missing_one(
    site: Site, warehouse_path: Path, monkeypatch
):
    from newsflow.flows.pipeline import news_pipeline
    from newsflow.tasks.store import open_warehouse

    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_URLS", "1")  # the test site is on 127.0.0.1
    feed = f"{site.base}/feed.xml"
    first = news_pipeline(feed, db=str(warehouse_path))
    again = news_pipeline(feed, db=str(warehouse_path))

    assert (first["n_in"], first["n_new"], first["n_rejected"]) == (4, 3, 1)
    assert (again["n_new"], again["n_skipped"], again["n_rejected"]) == (0, 3, 1)
    warehouse = open_warehouse(warehouse_path)
    documents = warehouse.query(
        "select uri, title, publisher, published_at::varchar as day from documents order by day"
    )
    assert set(documents["title"]) == TITLES
    assert documents.select("publisher", "day").rows() == [
        ("New York Post", "2019-11-18"),
        ("BBC News", "2019-11-19"),
        ("Houston Chronicle", "2019-11-20"),
    ]
    assert all(uri.startswith(f"{site.base}/pages/") for uri in documents["uri"])
    rejected = warehouse.query("select uri, reason from rejected")
    assert rejected.rows() == [(f"{site.base}/pages/withdrawn.html", "http-404")] * 2  # once per run
    assert first["rejected_reasons"] == {"http-404": 1}


@pytest.mark.usefixtures("prefect_harness")
def test_fetch_page_tasks_retry_a_busy_server_and_reject_a_missing_page(site: Site, tmp_path: Path):
    from prefect import flow

    from newsflow.tasks.ingest import find_inputs, read_inputs

    listing = tmp_path / "two.urls"
    listing.write_text(f"{site.base}/busy.html\n{site.base}/pages/gone.html\n")

    @flow
    def read_list(source: str):
        return read_inputs(find_inputs(source, allow_private_urls=True), source, allow_private_urls=True)

    found = read_list(str(listing))

    assert found.docs["uri"].to_list() == [f"{site.base}/busy.html"]
    assert found.rejected.select("uri", "reason").rows() == [(f"{site.base}/pages/gone.html", "http-404")]
    assert (site.hits("/busy.html"), site.hits("/pages/gone.html")) == (2, 1)  # the 503 was tried again, the 404 not
