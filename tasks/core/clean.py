"""Cleaning: the article body and its metadata out of scraped text or HTML, every removed line accounted for."""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import lxml.etree
import polars as pl

from newsflow.tasks.core.clean_lines import (
    KEPT,
    TERMINAL,
    Line,
    body_span,
    classify,
    credit_span,
    drop_link_runs,
    is_prose,
    key,
    n_words,
    normalise,
    unwrap,
)
from newsflow.tasks.core.clean_meta import detect_language, is_person_name, parse_byline, parse_date
from newsflow.tasks.core.limits import MAX_BODY_CHARS
from newsflow.tasks.core.schemas import DOCUMENTS, REJECTED, REMOVED_LINES, empty, frame
from newsflow.tasks.core.stopping import check_stop

BYLINE_LOOKBACK, BYLINE_LOOKAHEAD = 15, 6  # lines before and into the body searched for bylines and datelines
MAX_BYLINE_CHARS = 120
ANCHOR_GAP = 25  # lines between a headline or byline and the densest run that may still belong to the body
TAIL_LINES, TAIL_NAV_WORDS, TAIL_PROSE_SHARE = 40, 3, 0.3  # how far, until which short line, with how much prose
DEK_SHARE = 0.2  # text before an in-body byline up to this share of the body is a standfirst, not body
MINHASH_PERM, LSH_SLACK = 128, 0.15
MIN_RECURRING_DOCS, MIN_RECURRING_SHARE = (
    3,
    0.2,
)  # a line in this many and this share of a source's documents is furniture
MIN_CAPTION_WORDS = 4
CAPTION_LABEL = re.compile(r"^(?:image|media|photo|video)\s*caption\s*:?\s*", re.I)
MIN_PRECISE_CHARS = 200  # below this, trafilatura's precision mode likely missed the article: retry with defaults
TITLE_MATCH_RATIO, TITLE_MATCH_BONUS = 85, 5  # a line this similar to the page's first line is the headline
MALFORMED_INPUT = (ValueError, RecursionError, lxml.etree.LxmlError)  # what odd text or HTML makes the extractors raise
TITLE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[|–—\-·]\s+(?P<site>(?:(?!\s[|–—\-·]\s).){2,40})$")


@dataclass
class CleanedText:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published_at: date | None = None
    language: str | None = None
    caption: str | None = None
    body: str = ""
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line_no, text, reason)
    failure: str | None = None  # why the extractors gave up on a malformed input


@dataclass(frozen=True)
class CleanResult:
    docs: pl.DataFrame  # DOCUMENTS
    removed: pl.DataFrame  # REMOVED_LINES
    rejected: pl.DataFrame = field(default_factory=lambda: empty(REJECTED))  # no article left, or too long to parse


def split_site(title: str) -> tuple[str, str | None]:
    """'Headline – Site' or 'Headline | Section | Site' as (headline, site); a plain headline as (title, None)."""
    m = TITLE_SUFFIX.match(title.strip())
    if not m:
        return title.strip(), None
    head, site = split_site(m["title"])[0], m["site"].strip()
    return head, site


def _title(head: list[Line], all_lines: list[Line]) -> tuple[Line | None, str | None, str | None]:
    """The headline before the body (line, title text, site): a line that matches the page's first
    line (where a browser or scraper puts the <title>), else one printed twice, else the nearest title-shaped line."""
    from rapidfuzz import fuzz

    first = next((line for line in all_lines if line.kind not in ("furniture", "widget", "symbols")), None)
    ref, site = split_site(first.text) if first else ("", None)
    keys = Counter(key(line.text) for line in all_lines)
    best, best_score = None, 0.0
    for pos, line in enumerate(head):
        words = n_words(line.text)
        if line.kind not in ("short", "repeated", "prose") or not 3 <= words <= 30:
            continue
        if (line.text.rstrip().endswith(".") and words > 12) or is_person_name(line.text) or parse_byline(line.text):
            continue
        score = 1.0 + (words >= 5) + pos / max(len(head), 1)
        if line is not first and fuzz.ratio(key(line.text), key(ref)) >= TITLE_MATCH_RATIO:
            score += TITLE_MATCH_BONUS
        elif keys[key(line.text)] > 1:
            score += 3
        if score > best_score:
            best, best_score = line, score
    first_ok = (
        first is not None
        and any(line is first for line in head)
        and first.kind in ("short", "prose")
        and 3 <= n_words(ref) <= 30
        and not is_person_name(ref)
    )
    if first_ok and (best is None or best is first or best_score < TITLE_MATCH_BONUS + 1):
        return first, ref, site
    return (best, best.text, site) if best else (None, None, None)


def _bylines(lines: list[Line], span: tuple[int, int] | None) -> dict[int, dict]:
    """Byline and dateline lines (index -> parsed) among the last lines before the body and its first lines."""
    start, end = span or (0, len(lines) - 1)
    found = {}
    for idx in range(max(0, start - BYLINE_LOOKBACK), min(end, start + BYLINE_LOOKAHEAD) + 1):
        line = lines[idx]
        if line.kind not in ("short", "prose", "widget", "furniture") or len(line.text) > MAX_BYLINE_CHARS:
            continue
        by = parse_byline(line.text)
        if by:
            found[idx] = by
    return found


def _after_byline(lines: list[Line], span: tuple[int, int], bylines: dict[int, dict]) -> tuple[int, int]:
    """The body starts after a byline found early in it: what came before was the standfirst or a promo."""
    inside = [i for i in bylines if span[0] <= i < span[1]]
    if not inside:
        return span
    cut = max(inside)
    words_before = sum(n_words(line.text) for line in lines[span[0] : cut] if line.kind in KEPT)
    words_all = sum(n_words(line.text) for line in lines[span[0] : span[1] + 1] if line.kind in KEPT)
    if words_before > DEK_SHARE * words_all:
        return span
    nxt = next((i for i in range(cut + 1, span[1] + 1) if lines[i].kind == "prose"), None)
    return (nxt, span[1]) if nxt is not None else span


def _back_to_anchor(lines: list[Line], span: tuple[int, int], anchors: list[int]) -> tuple[int, int]:
    """The body starts right after the headline or byline block: text between the nearest of them and the
    densest run belongs to it (a first paragraph, a short list), unless navigation or an end marker intervenes."""
    before = [a for a in anchors if a < span[0]]
    if not before or span[0] - max(before) > ANCHOR_GAP:
        return span
    gap = lines[max(before) + 1 : span[0]]
    nav_run = 0
    for line in gap:
        nav_run = nav_run + 1 if line.kind == "short" and n_words(line.text) <= 3 else 0
        if line.kind in ("end marker", "link list") or nav_run >= 3:
            return span
    first = next((i for i in range(max(before) + 1, span[0]) if lines[i].kind == "prose"), None)
    return (first, span[1]) if first is not None else span


def _on_to_boundary(lines: list[Line], span: tuple[int, int]) -> tuple[int, int]:
    """The body goes on past the densest run through text that ends at page furniture (a last list, a
    closing quote) when that stretch is short and still has prose in it."""
    end = span[1]
    for i in range(span[1] + 1, min(len(lines), span[1] + 1 + TAIL_LINES)):
        line = lines[i]
        if line.kind not in KEPT or (line.kind == "short" and n_words(line.text) <= TAIL_NAV_WORDS):
            break
        end = i
    else:
        return span
    tail = lines[span[1] + 1 : end + 1]
    prose = sum(n_words(line.text) for line in tail if line.kind == "prose")
    if not tail or prose < TAIL_PROSE_SHARE * sum(n_words(line.text) for line in tail):
        return span
    return span[0], end


def _assemble(
    lines: list[Line], span: tuple[int, int] | None, text_mode: bool = True, known_title: str | None = None
) -> CleanedText:
    """Metadata from the lines before the body, the body from the span (every kept line when there is
    no span), reasons for the rest; `known_title` is a headline found elsewhere (the page's metadata)."""
    out = CleanedText()
    head = lines[: span[0]] if span else lines
    title_line, found, out.publisher = _title(head, lines) if text_mode else (None, None, None)
    out.title = known_title or found
    title_keys = {key(split_site(t)[0]) for t in (known_title, found, title_line.text if title_line else None) if t}
    reasons: dict[int, str] = {}
    for line in lines:
        if line is title_line or key(split_site(line.text)[0]) in title_keys:
            reasons[line.no] = "title"
    bylines = _bylines(lines, span)
    for idx, by in bylines.items():
        reasons[lines[idx].no] = "byline" if by["author"] or by["publisher"] else "dateline"
        out.author = out.author or by["author"]
        out.publisher = out.publisher or by["publisher"]
        out.published_at = out.published_at or by["published_at"]
    if span and text_mode:
        span = _after_byline(lines, span, bylines)
        anchors = list(bylines) + [i for i, line in enumerate(lines) if reasons.get(line.no) == "title"]
        span = _back_to_anchor(lines, span, anchors)
        span = _on_to_boundary(lines, span)
        drop_link_runs(lines, span)
    last = span[1] if span else len(lines) - 1  # a caption-like line after the body is footer matter
    out.caption = next((line.caption for line in lines[: last + 1] if line.caption), None)
    body = []
    for idx, line in enumerate(lines):
        inside = span is None or span[0] <= idx <= span[1]
        if line.no in reasons:
            continue
        if inside and line.kind in KEPT:
            body.append(line.text)
        elif line.kind in KEPT:
            reasons[line.no] = "before body" if idx < span[0] else "after body"
        else:
            reasons[line.no] = line.kind
    out.body = "\n\n".join(body)
    out.removed = [(line.no, line.text, reasons[line.no]) for line in lines if line.no in reasons]
    return out


def clean_text(raw: str, recurring: frozenset[str] = frozenset(), title: str | None = None) -> CleanedText:
    """Scraped plain text to article: lines classified, densest prose run kept, metadata from around it.
    `recurring` holds line keys the corpus showed to be furniture of this source; `title` a known headline."""
    lines = classify(unwrap(normalise(raw).split("\n")), recurring)
    span = body_span(lines)
    if span is None:
        return _no_prose(lines, title)
    out = _assemble(lines, span, known_title=title)
    out.language = detect_language(out.body)
    return out


def _no_prose(lines: list[Line], title: str | None) -> CleanedText:
    """A text with no sentence-shaped line (a tweet, a headline): keep every line that is not furniture."""
    out = _assemble(lines, None, known_title=title)
    titled = [r for r in out.removed if r[2] == "title"]
    if not out.body and titled:  # the headline is all there is: it is the text too
        out.body, out.removed = titled[0][1], [r for r in out.removed if r is not titled[0]]
    out.language = detect_language(out.body)
    return out


def clean_html(html: str, recurring: frozenset[str] = frozenset()) -> CleanedText:
    """Saved HTML to article: trafilatura finds the main text and metadata, then the same line rules run."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html or "", with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    if len(getattr(doc, "text", None) or "") < MIN_PRECISE_CHARS:
        doc = trafilatura.bare_extraction(html or "", with_metadata=True, include_comments=False, include_tables=True)
    text = (doc.text if doc else "") or ""
    lines = classify(normalise(text).split("\n"), recurring)
    meta_title = normalise(doc.title).strip() if doc and doc.title else None
    out = _assemble(lines, None, text_mode=False, known_title=meta_title)
    if doc:
        out.publisher = _sitename(doc.sitename) or out.publisher
        out.author = _html_author(doc.author, out.publisher) or out.author
        out.title, site = split_site(out.title) if out.title else (None, None)
        out.publisher = out.publisher or site
        out.published_at = parse_date(doc.date) or out.published_at or _htmldate(html)
    out.caption = out.caption or _figcaption(html)
    out.language = detect_language(out.body)
    return out


def _figcaption(html: str) -> str | None:
    """The first photo caption of the page (inside <article> when there is one), its credit cut off."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    found = root.xpath("//article//figcaption") or root.xpath("//figcaption")
    for fig in found:
        text = " ".join(normalise(" ".join(fig.itertext())).split())
        credit = credit_span(text)
        if credit:  # the credit may come before the caption or after it
            text = max(text[: credit.start()], text[credit.end() :], key=n_words).strip(" ,;:|-–—()")
        text = CAPTION_LABEL.sub("", text)
        if n_words(text) >= MIN_CAPTION_WORDS and is_prose(text + ("" if TERMINAL.search(text) else ".")):
            return text
    return None


def _sitename(name: str | None) -> str | None:
    """trafilatura's site name without repeats ('ZDNet | ZDNet') and without being a bare URL."""
    if not name:
        return None
    parts = [p.strip() for p in re.split(r"\s+[|–—]\s+", name) if p.strip()]
    parts = [re.sub(r"^https?://(www\.)?", "", p).rstrip("/") for p in dict.fromkeys(parts)]
    return parts[0] if parts else None


def _html_author(author: str | None, publisher: str | None) -> str | None:
    """trafilatura's author field kept only when it reads as names, the publisher's name left out."""
    if not author:
        return None
    by = parse_byline("By " + author.replace(";", ","))
    if not by or not by["author"]:
        return None
    names = [n for n in by["author"].split(", ") if not publisher or key(n) != key(publisher)]
    return ", ".join(names) or None


def _htmldate(html: str) -> date | None:
    """Publication date from the page's markup via htmldate, original date preferred."""
    from htmldate import find_date

    try:
        found = find_date(html, original_date=True, extensive_search=False)
    except Exception:  # htmldate raises on some malformed pages; no date is the honest answer
        return None
    return parse_date(found)


def _shingles(text: str, n: int = 5) -> set[bytes]:
    """Word n-grams of a body for MinHash."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + n]).encode() for i in range(max(1, len(words) - n + 1))} if words else set()


@cache
def lsh_bands(threshold: float) -> tuple[int, int]:
    """LSH bands and rows for `threshold`: datasketch finds them by numeric integration, so once per process."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=MINHASH_PERM)
    return lsh.b, lsh.r


@cache
def empty_minhash():
    """An empty MinHash to copy: datasketch draws its permutations at construction, so once per process."""
    from datasketch import MinHash

    return MinHash(num_perm=MINHASH_PERM)


def find_duplicates(ids: list[str], bodies: list[str], threshold: float = 0.8) -> dict[str, str]:
    """Near-duplicate bodies (MinHash LSH): doc_id -> doc_id of the first copy in the batch."""
    if len(ids) < 2:
        return {}  # nothing to compare, and datasketch takes a second to import (it imports scipy)
    from datasketch import MinHashLSH

    lsh = MinHashLSH(num_perm=MINHASH_PERM, params=lsh_bands(threshold - LSH_SLACK))  # wide net, then checked
    position, sketches = {}, {}
    dup_of: dict[str, str] = {}
    for doc_id, body in zip(ids, bodies):
        sh = _shingles(body)
        if len(sh) < 3 or doc_id in position:
            continue
        mh = empty_minhash().copy()
        mh.update_batch(sh)
        hits = [h for h in lsh.query(mh) if sketches[h].jaccard(mh) >= threshold]
        if hits:
            dup_of[doc_id] = min(hits, key=position.__getitem__)
        else:
            position[doc_id], sketches[doc_id] = len(position), mh
            lsh.insert(doc_id, mh)
    return dup_of


def _line_keys(cleaned: CleanedText) -> set[str]:
    """Keys of every line a document had after extraction: its body paragraphs and its removed lines."""
    texts = cleaned.body.split("\n\n") + [t for _, t, _ in cleaned.removed]
    return {k for k in map(key, texts) if k}


def recurring_lines(sources: list[str], line_keys: list[set[str]]) -> dict[str, frozenset[str]]:
    """Per source, the line keys seen in at least MIN_RECURRING_DOCS documents and MIN_RECURRING_SHARE of them:
    that source's furniture. The share keeps a background paragraph reused by a few stories in their bodies."""
    counts: dict[str, Counter] = defaultdict(Counter)
    n_docs: Counter = Counter()
    for src, keys in zip(sources, line_keys):
        counts[src].update(keys)
        n_docs[src] += bool(keys)
    return {
        src: frozenset(k for k, c in cnt.items() if c >= max(MIN_RECURRING_DOCS, MIN_RECURRING_SHARE * n_docs[src]))
        for src, cnt in counts.items()
    }


def _clean_one(fmt: str, raw: str, recurring: frozenset[str], title: str | None) -> CleanedText:
    """One document cleaned by its format; a malformed input comes back with its `failure`, while any other
    exception (a bug) propagates to the stage, which names the document. A run asked to stop stops here,
    between documents, rather than after the whole batch."""
    check_stop()
    try:
        return clean_html(raw, recurring) if fmt == "html" else clean_text(raw, recurring, title)
    except MALFORMED_INPUT as error:
        return CleanedText(failure=f"{type(error).__name__}: {error}"[:200])


def _host(url: str | None) -> str | None:
    """The site of a URL without 'www.', a last-resort publisher."""
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:?#]+)", url or "", re.I)
    return m[1].lower() if m else None


def clean_documents(docs: pl.DataFrame) -> CleanResult:
    """A batch cleaned: first pass per document, near-duplicates found, then documents holding lines
    that recur across other documents of their source are cleaned again with those lines as furniture."""
    rows = list(docs.iter_rows(named=True))
    fmts = [d.get("format") or "text" for d in rows]
    cleaned = [_clean_one(f, d.get("raw") or "", frozenset(), d.get("title")) for f, d in zip(fmts, rows)]
    ids = [d["doc_id"] for d in rows]
    dup_of = find_duplicates(ids, [c.body for c in cleaned])
    keys = [_line_keys(c) if d not in dup_of else set() for d, c in zip(ids, cleaned)]
    furniture = recurring_lines([d.get("source") or "" for d in rows], keys)
    for i, d in enumerate(rows):
        rec = furniture.get(d.get("source") or "", frozenset())
        if any(key(par) in rec for par in cleaned[i].body.split("\n\n")):
            cleaned[i] = _clean_one(fmts[i], d.get("raw") or "", rec, d.get("title"))
    out_rows, removed, rejected = [], [], []
    for d, c in zip(rows, cleaned):
        title = d.get("title") or c.title
        body = with_headline(title, c.body)
        if c.failure or not body.strip():
            rejected.append(no_article(d, c))
            continue
        out_rows.append(
            {
                "doc_id": d["doc_id"],
                "source": d.get("source"),
                "uri": d.get("uri"),
                "title": title,
                "publisher": c.publisher or _host(d.get("url")),
                "author": c.author,
                "published_at": parse_date(d.get("published_at")) or c.published_at,
                "language": c.language,
                "caption": c.caption,
                "body": body,
                "n_chars": len(body),
                "duplicate_of": dup_of.get(d["doc_id"]),
            }
        )
        removed += [{"doc_id": d["doc_id"], "line_no": n, "text": t, "reason": r} for n, t, r in c.removed]
    return without_long_bodies(
        CleanResult(frame(out_rows, DOCUMENTS), frame(removed, REMOVED_LINES), frame(rejected, REJECTED))
    )


def no_article(raw: dict, cleaned: CleanedText) -> dict:
    """The rejected row of an input that cleaning left no article of: the extractors failed, or every line
    was dropped."""
    uri = raw.get("uri")
    if cleaned.failure:
        reason, detail = (
            "clean-failed",
            f"{uri}: cleaning failed on it ({cleaned.failure}); is it a well-formed article?",
        )
    else:
        dropped = Counter(why for _, _, why in cleaned.removed)
        what = ", ".join(f"{n} {why}" for why, n in dropped.most_common(3)) or "the page holds no text"
        reason, detail = "no-article", f"{uri}: no article text is left after cleaning (lines dropped: {what})"
    return {"source": raw.get("source"), "uri": uri, "reason": reason, "detail": detail}


def without_long_bodies(cleaned: CleanResult) -> CleanResult:
    """Documents whose body is over MAX_BODY_CHARS moved to `rejected`: the language pass would need
    gigabytes for them (and spaCy refuses a million characters)."""
    long = cleaned.docs.filter(pl.col("n_chars") > MAX_BODY_CHARS)
    if long.is_empty():
        return cleaned
    rejected = long.select(
        "source",
        "uri",
        reason=pl.lit("too-long"),
        detail=pl.format(
            f"{{}}: the article is {{}} characters after cleaning, over the {MAX_BODY_CHARS:,} one article "
            "may have; split it into articles",
            "uri",
            pl.col("n_chars"),
        ),
    )
    keep = ~pl.col("doc_id").is_in(long["doc_id"].implode())
    return CleanResult(
        cleaned.docs.filter(keep),
        cleaned.removed.filter(keep),
        pl.concat([cleaned.rejected, frame(rejected.to_dicts(), REJECTED)]),
    )


def with_headline(title: str | None, body: str) -> str:
    """The article as a reader meets it: the headline, then the body, so what the headline says is read too."""
    if not title or not body or body.startswith(title):
        return body
    return f"{title}\n\n{body}"
