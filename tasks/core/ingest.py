"""Ingest: find article files and pages, read them into a documents frame, reject what cannot be read.

Every input ends up either as a row of the documents frame or as a row of the rejected
frame with a reason a person can act on. A source is a file, a folder, a glob, a `.urls`
file listing page URLs, a page URL or an RSS/Atom feed URL; a locator is a Path or a URL.
"""

import codecs
import csv
import glob
import gzip
import hashlib
import io
import json
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import lxml.etree
import lxml.html
import polars as pl

from newsflow.tasks.core.fetch import (
    FetchError,
    Response,
    check_response,
    check_url,
    feed_links,
    fetch_pages,
    fetch_with_retries,
    is_url,
    looks_like_feed,
    page_text,
    read_url_list,
)
from newsflow.tasks.core.limits import MAX_BODY_CHARS, MAX_FILE_BYTES, MAX_TABLE_BYTES
from newsflow.tasks.core.schemas import RAW_DOCUMENTS, REJECTED, frame

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".html.gz": "html"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".parquet"}
METADATA_COLUMNS = ("title", "url", "published_at", "source")
URL_LIST_SUFFIX = ".urls"
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

Fetch = Callable[[str], Response]
Locator = Path | str


@dataclass(frozen=True)
class IngestResult:
    docs: pl.DataFrame  # RAW_DOCUMENTS, one row per distinct doc_id
    rejected: pl.DataFrame  # REJECTED
    n_duplicates: int  # inputs whose text was already in this batch


class Rejection(Exception):
    """An input that cannot become a document; `reason` is short, the message says what to fix."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def suffix_of(path: Path) -> str:
    """The suffix that decides the format, `.html.gz` included."""
    name = path.name.lower()
    return ".html.gz" if name.endswith(".html.gz") else path.suffix.lower()


def discover(source: str, fetch: Fetch | None = None) -> list[Locator]:
    """Inputs named by a source: files (sorted) of a path, folder or glob, with `.urls` files
    replaced by their URLs; the article URLs of a feed URL; a page URL as itself."""
    if is_url(source):
        return discover_url(source, fetch or fetch_with_retries)
    path = Path(source)
    if path.is_file():
        found = [path]
    elif path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    elif glob.has_magic(source):
        found = sorted(
            Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file() and not Path(p).name.startswith(".")
        )
    else:
        raise FileNotFoundError(f"no file, folder or glob match at {source!r} (nor is it an http(s) URL)")
    return [item for p in found for item in (url_list(p) if suffix_of(p) == URL_LIST_SUFFIX else [p])]


def discover_url(url: str, fetch: Fetch) -> list[Locator]:
    """A feed's article URLs, or the URL itself when it is a page (or cannot be fetched: reading rejects it)."""
    try:
        response = fetch(url)
        if response.status < 400 and looks_like_feed(response.content_type, response.body):
            return list(feed_links(response.body, url))
    except FetchError:
        pass
    return [url]


def url_list(path: Path) -> list[Locator]:
    """The lines of a `.urls` file, each a URL to fetch (a line that is no http(s) URL is rejected, never read as a
    file); the file itself when it is unreadable or lists none, so reading rejects it."""
    try:
        return read_url_list(decode(read_bytes(path, MAX_FILE_BYTES), str(path))) or [path]
    except (Rejection, OSError):
        return [path]


def normalize_text(text: str) -> str:
    """The form a document is identified by: NFC, whitespace runs folded, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def doc_id_of(text: str) -> str:
    """Stable id of a document: the sha1 of its normalized text, 16 hex digits."""
    return hashlib.sha1(normalize_text(text).encode()).hexdigest()[:16]


def decode(data: bytes, name: str) -> str:
    """Text of a file: UTF-8, or UTF-16/32 when it starts with their byte-order mark; a Rejection saying why
    otherwise."""
    encoding = next((encoding for mark, encoding in BYTE_ORDER_MARKS if data.startswith(mark)), None)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            raise Rejection(
                "not-utf8",
                f"{name} starts with a {encoding.upper()} byte-order mark but is not "
                f"{encoding.upper()} text (bad bytes at offset {error.start}); re-save it as UTF-8",
            ) from None
    if b"\x00" in data[:8192]:
        raise Rejection("binary", f"{name} contains NUL bytes: it is a binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Rejection(
            "not-utf8", f"{name} is not UTF-8 text (bad byte at offset {error.start}); re-save it as UTF-8"
        ) from None


def read_bytes(path: Path, limit: int) -> bytes:
    """File contents, gunzipped for `.gz` files; a Rejection, before reading or unpacking it whole, past
    `limit` bytes."""
    size = path.stat().st_size
    if size > limit:
        raise Rejection(
            "too-large", f"{path} is {size:,} bytes, over the {limit:,} bytes newsflow reads from one such file"
        )
    if not path.name.lower().endswith(".gz"):
        return path.read_bytes()
    try:
        with gzip.open(path) as unpacked:
            data = unpacked.read(limit + 1)  # unpacked piece by piece: a gzip bomb stops here
    except (OSError, EOFError, zlib.error) as error:
        raise Rejection("unreadable", f"{path} is not a valid gzip file: {error}") from None
    if len(data) > limit:
        raise Rejection("too-large", f"{path} unpacks to more than {limit:,} bytes, the limit for one article")
    return data


def checked_size(item: dict) -> dict | Rejection:
    """The raw document itself, or a Rejection when it cannot be cleaned and parsed whole: text over
    MAX_FILE_BYTES characters, a line (or HTML text node) longer than a whole article may be after
    cleaning, HTML nested deeper than lxml (under trafilatura) reads."""
    raw, uri = item["raw"], item["uri"]
    if len(raw) > MAX_FILE_BYTES:
        return Rejection(
            "too-large", f"{uri} holds {len(raw):,} characters, over the {MAX_FILE_BYTES:,} one article may have"
        )
    try:
        longest = (
            longest_html_text(raw, uri) if item["format"] == "html" else max(map(len, raw.splitlines()), default=0)
        )
    except Rejection as rejection:
        return rejection
    if longest > MAX_BODY_CHARS:
        return Rejection(
            "too-long",
            f"{uri} has a line of {longest:,} characters, more than the {MAX_BODY_CHARS:,} a whole "
            "article may have; split it into articles and paragraphs",
        )
    return item


def longest_html_text(html: str, uri: str) -> int:
    """Characters of the page's longest run of visible text; a Rejection for a page lxml gives up on.

    libxml2 stops reading at 256 levels of nesting and gives trafilatura a truncated, usually empty, tree.
    """
    parser = lxml.html.HTMLParser(recover=True)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):  # nothing to parse: cleaning finds the page empty
        return 0
    limit = next((error for error in parser.error_log if error.type_name == "ERR_RESOURCE_LIMIT"), None)
    if limit is not None:
        reason = "too-deep" if "depth" in limit.message.lower() else "too-large"
        raise Rejection(reason, f"{uri} cannot be parsed whole: {limit.message.strip()} (line {limit.line})")
    texts = root.xpath("//text()[not(ancestor::script) and not(ancestor::style)]")
    return max((len(text) for text in texts), default=0)


def table_records(path: Path, data: bytes) -> list[dict]:
    """Rows of a jsonl, csv or parquet file as dicts."""
    suffix = suffix_of(path)
    if suffix == ".parquet":
        try:
            return pl.read_parquet(io.BytesIO(data)).to_dicts()
        except Exception as error:  # polars raises several kinds for a broken file
            raise Rejection("unreadable", f"{path} is not a readable parquet file: {error}") from None
    text = decode(data, str(path))
    if suffix == ".csv":
        return csv_records(path, text)
    records = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                records.append(Rejection("bad-json", f"{path}:{line_no}: not valid JSON ({error.msg})"))
            except (
                ValueError,
                RecursionError,
            ) as error:  # numbers of thousands of digits, arrays nested thousands deep
                records.append(Rejection("bad-json", f"{path}:{line_no}: JSON that cannot be read: {error}"))
    return records


def csv_records(path: Path, text: str) -> list[dict | Rejection]:
    """Rows of a CSV file; a row the csv module cannot read ends the file with a Rejection saying where."""
    reader = csv.DictReader(io.StringIO(text))
    records: list[dict | Rejection] = []
    try:
        records.extend(reader)
    except csv.Error as error:
        records.append(Rejection("bad-csv", f"{path}:{reader.line_num}: {error}; the rows from there on were not read"))
    return records


def record_document(record: dict, uri: str, source: str) -> dict:
    """One jsonl/csv/parquet row as a raw document; it must have a non-empty `text`."""
    if not isinstance(record, dict):
        raise Rejection("bad-record", f"{uri}: a row must be a JSON object with a `text` field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Rejection("no-text", f"{uri}: the row has no non-empty `text` field")
    meta = {key: (str(record[key]) if record.get(key) not in (None, "") else None) for key in METADATA_COLUMNS}
    fmt = "html" if str(record.get("format", "")).lower() == "html" else "text"
    return {"uri": uri, "source": meta.pop("source") or source, "format": fmt, "raw": text, **meta}


def read_path(path: Path, source: str) -> list[dict | Rejection]:
    """Raw documents (or rejections) held by one file."""
    suffix = suffix_of(path)
    if suffix == URL_LIST_SUFFIX:  # discover lists a .urls file itself only when it is unreadable or lists nothing
        try:
            decode(read_bytes(path, MAX_FILE_BYTES), str(path))
        except Rejection as rejection:
            return [rejection]
        except OSError as error:
            return [Rejection("unreadable", f"{path}: {error.strerror or error}")]
        return [Rejection("empty", f"{path} lists no URLs")]
    if suffix not in TEXT_SUFFIXES and suffix not in TABLE_SUFFIXES:
        kinds = ", ".join(sorted({*TEXT_SUFFIXES, *TABLE_SUFFIXES}))
        return [Rejection("unsupported", f"{path}: unsupported file type {suffix or '(none)'}; newsflow reads {kinds}")]
    try:
        data = read_bytes(path, MAX_FILE_BYTES if suffix in TEXT_SUFFIXES else MAX_TABLE_BYTES)
        if suffix in TEXT_SUFFIXES:
            text = decode(data, str(path))
            if not text.strip():
                raise Rejection("empty", f"{path} is empty")
            return [{"uri": str(path), "source": source, "format": TEXT_SUFFIXES[suffix], "raw": text}]
        out: list[dict | Rejection] = []
        for row_no, record in enumerate(table_records(path, data), start=1):
            if isinstance(record, Rejection):
                out.append(record)
                continue
            try:
                out.append(record_document(record, f"{path}#{row_no}", source))
            except Rejection as rejection:
                out.append(rejection)
        return out or [Rejection("empty", f"{path} holds no rows")]
    except Rejection as rejection:
        return [rejection]
    except OSError as error:
        return [Rejection("unreadable", f"{path}: {error.strerror or error}")]


def page_document(url: str, fetched: Response | FetchError, source: str) -> list[dict | Rejection]:
    """The page at `url` as a raw document (format from its content type), or why it is not one."""
    try:
        if isinstance(fetched, FetchError):
            raise fetched
        fmt = check_response(fetched, MAX_FILE_BYTES)
        text = page_text(fetched)
    except FetchError as error:
        return [Rejection(error.reason, str(error))]
    if not text.strip():
        return [Rejection("empty", f"{url} returned an empty page")]
    return [{"uri": url, "url": url, "source": source, "format": fmt, "raw": text}]


def fetch_checked(url: str, fetch: Fetch) -> Response:
    """`fetch(url)` of an http(s) URL with a host; anything else (a local path in a .urls file) is a FetchError."""
    return fetch(check_url(url))


def read_documents(
    locators: list[Locator], source: str, fetched_at: datetime | None = None, fetch: Fetch | None = None
) -> IngestResult:
    """Documents of all files and URLs, exact duplicates (same doc_id) kept once, the rest rejected with reasons.

    Works on any slice of `discover`'s list, so long runs can read and process batch by batch. A Path is a
    file; anything else is a URL, fetched (several at once) with `fetch` (default: HTTP with retries) and
    never read from disk; a failed fetch is a rejected row. Articles too large or too deep to parse are rejected.
    """
    fetched_at = fetched_at or datetime.now(UTC)
    fetch = fetch or fetch_with_retries
    pages = fetch_pages(
        [str(item) for item in locators if not isinstance(item, Path)], lambda url: fetch_checked(url, fetch)
    )
    docs, rejected, seen, n_duplicates = [], [], set(), 0
    for locator in locators:
        items = (
            read_path(locator, source)
            if isinstance(locator, Path)
            else page_document(str(locator), pages[str(locator)], source)
        )
        for item in items:
            if not isinstance(item, Rejection):
                item = checked_size(item)
            if isinstance(item, Rejection):
                rejected.append({"source": source, "uri": str(locator), "reason": item.reason, "detail": str(item)})
                continue
            doc_id = doc_id_of(item["raw"])
            if doc_id in seen:
                n_duplicates += 1
                continue
            seen.add(doc_id)
            docs.append({"doc_id": doc_id, "fetched_at": fetched_at, **item})
    return IngestResult(frame(docs, RAW_DOCUMENTS), frame(rejected, REJECTED), n_duplicates)
