"""Web sources: feeds and URL lists into page URLs, and HTTP responses into page text or a reason.

The parsing and checking functions are pure; `http_get` makes exactly one request and
`fetch_with_retries` repeats it for failures that may pass (timeouts, 5xx, refused connections).
"""

import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser

import tasks

USER_AGENT = f"newsflow/{tasks.__version__} (+https://github.com/newsflow)"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 5_000_000
RETRIES = 2
BACKOFF_SECONDS = 1.0
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
        raise FetchError("bad-feed", f"{base} is not a readable RSS/Atom feed: {parsed.get('bozo_exception', 'no entries')}")
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if link:
            url = urljoin(base, link)
            if url not in links:
                links.append(url)
    return links


def check_response(response: Response, max_bytes: int) -> str:
    """The page format ("html" or "text") of a good response; a FetchError with the reason otherwise."""
    if response.status >= 400:
        raise FetchError(f"http-{response.status}", f"{response.url} answered HTTP {response.status}", transient=transient_status(response.status))
    if len(response.body) > max_bytes:
        raise FetchError("too-large", f"{response.url} is larger than the {max_bytes:,} byte limit")
    fmt = PAGE_TYPES.get(response.content_type)
    if fmt is None:
        raise FetchError("unsupported-type", f"{response.url} is {response.content_type or 'of no stated type'}, not an HTML or text page")
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


def http_get(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Response:
    """One GET with newsflow's User-Agent; reads at most `max_bytes` + 1 so a huge page cannot fill memory."""
    request = urllib.request.Request(check_url(url), headers={"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            declared = answer.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError("too-large", f"{url} declares {int(declared):,} bytes, over the {max_bytes:,} byte limit")
            body = answer.read(max_bytes + 1)
            return Response(url, answer.status, answer.headers.get_content_type().lower(), answer.headers.get_content_charset(), body)
    except urllib.error.HTTPError as error:
        return Response(url, error.code, (error.headers.get_content_type() if error.headers else "").lower(), None, b"")
    except (TimeoutError, socket.timeout):
        raise FetchError("timeout", f"{url} did not answer within {timeout:g} s", transient=True) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise FetchError("timeout", f"{url} did not answer within {timeout:g} s", transient=True) from None
        raise FetchError("unreachable", f"{url} could not be reached: {error.reason}", transient=True) from None
    except (ConnectionError, OSError) as error:
        raise FetchError("unreachable", f"{url} could not be reached: {error}", transient=True) from None


def transient_status(status: int) -> bool:
    """Server errors and rate limits may pass; other HTTP errors will not."""
    return status >= 500 or status == 429


def fetch_with_retries(
    url: str,
    get: Callable[[str], Response] = http_get,
    retries: int = RETRIES,
    backoff: float = BACKOFF_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
) -> Response:
    """`get(url)`, tried again after transient failures (timeouts, 5xx, 429), waiting backoff, 2×backoff, …"""
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
