"""Cleaning: the article body and its metadata out of scraped text or HTML. (placeholder until issue 3)"""

from dataclasses import dataclass, field
from datetime import date

import polars as pl

from tasks.core.schemas import DOCUMENTS, REMOVED_LINES, frame


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


@dataclass(frozen=True)
class CleanResult:
    docs: pl.DataFrame  # DOCUMENTS
    removed: pl.DataFrame  # REMOVED_LINES


def clean_text(raw: str) -> CleanedText:
    return CleanedText(body=raw.strip())


def clean_html(html: str) -> CleanedText:
    return CleanedText(body=html)


def clean_documents(docs: pl.DataFrame) -> CleanResult:
    rows, removed = [], []
    for d in docs.iter_rows(named=True):
        c = clean_html(d["raw"]) if d["format"] == "html" else clean_text(d["raw"])
        rows.append({**{k: d.get(k) for k in ("doc_id", "source", "uri")}, "title": d["title"] or c.title,
                     "publisher": c.publisher, "author": c.author, "published_at": c.published_at,
                     "language": c.language, "caption": c.caption, "body": c.body, "n_chars": len(c.body),
                     "duplicate_of": None})
        removed += [{"doc_id": d["doc_id"], "line_no": n, "text": t, "reason": r} for n, t, r in c.removed]
    return CleanResult(frame(rows, DOCUMENTS), frame(removed, REMOVED_LINES))
