"""Web sources: feeds and URL lists into page URLs, and HTTP responses into page text or a reason.

The parsing and checking functions are pure; `http_get` makes exactly one request (to public
addresses only, unless allowed, and within a total deadline), `fetch_with_retries` repeats it for
failures that may pass (5xx, 429, refused connections) and `fetch_pages` fetches several at once.
"""

import contextvars
import http.client
import ipaddress
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser

from newsflow import tasks
from newsflow.tasks.core.limits import MAX_FILE_BYTES

USER_AGENT = f"newsflow/{tasks.__version__} (+https://github.com/newsflow)"
PAGE_SECONDS = 20.0  # one page from connecting to its last byte; a page that takes longer is not tried again
FETCH_WORKERS = 6  # pages fetched at once, as many as a browser opens to one site
RETRIES = 2
BACKOFF_SECONDS = 1.0
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.1"
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"}
URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class FetchError(Exception):
    """A URL that gave no page; `reason` is short (http-404, timeout, too-large), `transient` says a retry may help."""

    def __init__(self, reason: str, detail: str, transient: bool = False):
        super().__init__(detail)
        self.reason = reason
        self.transient = transient


@dataclass(frozen=True)
class Response:
    url: str  # the URL asked for
    status: int
    content_type: str  # media type without parameters, lower case
    charset: str | None
    body: bytes


def is_url(locator: object) -> bool:
    """True for a string with a URL scheme: those are fetched (only http(s) work), everything else is a file path."""
    return isinstance(locator, str) and URL_SCHEME.match(locator) is not None


def check_url(url: str) -> str:
    """The URL itself when it has a host; a FetchError naming it otherwise."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError("bad-url", f"{url!r} is not an http(s) URL with a host")
    return url


def read_url_list(text: str) -> list[str]:
    """URLs of a `.urls` file: one per line, blank lines and `#` comments ignored, first occurrence kept."""
    lines = (line.strip() for line in text.splitlines())
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """RSS, Atom or RDF by media type, or by the first element when servers send text/html or octet-stream."""
    if content_type in FEED_TYPES:
        return True
    head = body[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def feed_links(body: bytes, base: str) -> list[str]:
    """Article URLs of an RSS/Atom feed, absolute and in feed order; a FetchError when it is not a feed."""
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise FetchError(
            "bad-feed", f"{base} is not a readable RSS/Atom feed: {parsed.get('bozo_exception', 'no entries')}"
        )
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (found.get("href") for found in entry.get("links", []) if found.get("href")), None
        )
        if link:
            url = urljoin(base, link)
            if url not in links:
                links.append(url)
    return links


def check_response(response: Response, max_bytes: int) -> str:
    """The page format ("html" or "text") of a good response; a FetchError with the reason otherwise."""
    if response.status >= 400:
        raise FetchError(
            f"http-{response.status}",
            f"{response.url} answered HTTP {response.status}",
            transient=transient_status(response.status),
        )
    if len(response.body) > max_bytes:
        raise FetchError("too-large", f"{response.url} is larger than the {max_bytes:,} byte limit")
    fmt = PAGE_TYPES.get(response.content_type)
    if fmt is None:
        raise FetchError(
            "unsupported-type",
            f"{response.url} is {response.content_type or 'of no stated type'}, not an HTML or text page",
        )
    if not response.body.strip():
        raise FetchError("empty", f"{response.url} returned an empty page")
    return fmt


def page_text(response: Response) -> str:
    """The body decoded by the header charset, else the HTML meta charset, else UTF-8."""
    sniffed = META_CHARSET.search(response.body[:4096])
    for charset in (response.charset, sniffed.group(1).decode() if sniffed else None, "utf-8"):
        if not charset:
            continue
        try:
            return response.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    raise FetchError("bad-encoding", f"{response.url} is neither in its declared charset nor UTF-8")


class PageConnections:
    """The connections made for one page: each to a checked address, all cut when the page's deadline passes.

    Addresses are checked where the socket connects, so a redirect, or a name that resolves differently on
    the second look, cannot reach a loopback, private or link-local address unless `allow_private`.
    """

    def __init__(self, seconds: float, allow_private: bool):
        self.seconds, self.allow_private = seconds, allow_private
        self.sockets: list[socket.socket] = []
        self.expired = False
        self.timer = threading.Timer(seconds, self.expire)
        self.timer.daemon = True

    def connect(self, address: tuple[str, int], timeout: float | None = None, source_address=None) -> socket.socket:
        """What http.client calls to open its socket: the host's first reachable allowed address."""
        host, port = address
        last_error: OSError | None = None
        for family, kind, proto, _, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
            check_address(host, sockaddr[0], self.allow_private)
            sock = socket.socket(family, kind, proto)
            self.sockets.append(sock)
            try:
                sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except OSError as error:
                sock.close()
                last_error = error
        raise last_error or OSError(f"{host} has no address")

    def expire(self) -> None:
        """Shut every socket of the page: a read that waits, however slowly bytes come, returns at once."""
        self.expired = True
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def connection(self, http_class: type[http.client.HTTPConnection]) -> Callable[..., http.client.HTTPConnection]:
        def make(host: str, **kwargs) -> http.client.HTTPConnection:
            made = http_class(host, **kwargs)
            made._create_connection = self.connect  # http.client's own hook for how a connection opens its socket
            return made

        return make


def check_address(host: str, address: str, allow_private: bool) -> None:
    """A FetchError for an address that is not on the public internet, unless private addresses are allowed."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if allow_private or (ip.is_global and not ip.is_multicast):
        return
    kind = next(
        (name for name in ("loopback", "link_local", "private", "multicast") if getattr(ip, f"is_{name}")), "reserved"
    )
    where = host if host == str(ip) else f"{host} ({ip})"
    raise FetchError(
        "private-address",
        f"{where} is a {kind.replace('_', '-')} address; newsflow fetches only public "
        "addresses unless NEWSFLOW_ALLOW_PRIVATE_URLS=1 (or --allow-private-urls)",
    )


class GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, page: PageConnections):
        super().__init__()
        self.page = page

    def http_open(self, req: urllib.request.Request):
        return self.do_open(self.page.connection(http.client.HTTPConnection), req)


class GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, page: PageConnections):
        super().__init__()
        self.page = page

    def https_open(self, req: urllib.request.Request):
        return self.do_open(self.page.connection(http.client.HTTPSConnection), req, context=self._context)


class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed to http(s) URLs only (urllib alone would follow ftp:// too)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(urljoin(req.full_url, newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def http_get(
    url: str, deadline: float = PAGE_SECONDS, max_bytes: int = MAX_FILE_BYTES, allow_private: bool = False
) -> Response:
    """One GET with newsflow's User-Agent, over within `deadline` s however slowly the server sends; reads at most
    `max_bytes` + 1 so a huge page cannot fill memory; refuses non-public addresses unless `allow_private`."""
    request = urllib.request.Request(check_url(url), headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    page = PageConnections(deadline, allow_private)
    opener = urllib.request.build_opener(GuardedHTTPHandler(page), GuardedHTTPSHandler(page), HttpOnlyRedirects())
    too_slow = FetchError("timeout", f"{url} did not finish within {deadline:g} s")
    page.timer.start()
    try:
        with opener.open(request, timeout=deadline) as answer:
            declared = answer.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    "too-large", f"{url} declares {int(declared):,} bytes, over the {max_bytes:,} byte limit"
                )
            body = answer.read(max_bytes + 1)
            if page.expired:
                raise too_slow
            return Response(
                url,
                answer.status,
                answer.headers.get_content_type().lower(),
                answer.headers.get_content_charset(),
                body,
            )
    except urllib.error.HTTPError as error:
        return Response(url, error.code, (error.headers.get_content_type() if error.headers else "").lower(), None, b"")
    except urllib.error.URLError as error:
        if page.expired or isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise too_slow from None
        raise FetchError("unreachable", f"{url} could not be reached: {error.reason}", transient=True) from None
    except (http.client.HTTPException, OSError) as error:
        if page.expired or isinstance(error, TimeoutError):
            raise too_slow from None
        raise FetchError("unreachable", f"{url} could not be reached: {error}", transient=True) from None
    finally:
        page.timer.cancel()


def transient_status(status: int) -> bool:
    """Server errors and rate limits may pass; other HTTP errors will not."""
    return status >= 500 or status == 429


def fetch_pages(
    urls: list[str], fetch: Callable[[str], Response], workers: int = FETCH_WORKERS
) -> dict[str, Response | FetchError]:
    """Each URL's response, or the FetchError that stopped it, fetching `workers` at a time so one slow site
    does not hold up the rest. Fetches run in copies of the caller's context (a Prefect task run sees them)."""

    def attempt(url: str) -> Response | FetchError:
        try:
            return fetch(url)
        except FetchError as error:
            return error

    unique = list(dict.fromkeys(urls))
    if len(unique) < 2:
        return {url: attempt(url) for url in unique}
    with ThreadPoolExecutor(min(workers, len(unique)), thread_name_prefix="newsflow-fetch") as pool:
        futures = {url: pool.submit(contextvars.copy_context().run, attempt, url) for url in unique}
        return {url: future.result() for url, future in futures.items()}


def fetch_with_retries(
    url: str,
    get: Callable[[str], Response] = http_get,
    retries: int = RETRIES,
    backoff: float = BACKOFF_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
) -> Response:
    """`get(url)`, tried again after transient failures (5xx, 429, refused connections), waiting backoff,
    2×backoff, …"""
    for attempt in range(retries + 1):
        last = attempt == retries
        try:
            response = get(url)
        except FetchError as error:
            if not error.transient or last:
                raise
        else:
            if not transient_status(response.status) or last:
                return response
        sleep(backoff * 2**attempt)
    raise ValueError(f"retries must be 0 or more, not {retries}")
