"""Events and quotes joined to the linked mentions their spans overlap: the rows the warehouse loads.

Polars only, no spaCy: the flow process runs this after linking, while the model processes parse.
"""

import hashlib

import polars as pl

from newsflow.tasks.core.schemas import LINKED_EVENTS, LINKED_QUOTES

DOC_SPAN = 1 << 32  # characters of one document's stretch on the line all of a batch's documents are laid on


def overlapping_entity(
    rows: pl.DataFrame, mentions: pl.DataFrame, start: str, end: str, out: str, via_out: str
) -> pl.DataFrame:
    """Add `out`: entity_id of the mention overlapping [start, end) in the same document, and `via_out`:
    how that mention reaches the entity (name, alias, acronym, pronoun, description).

    When several overlap ("Russian President Vladimir Putin" holds "Russian" and "Vladimir Putin"),
    the one ending last wins: English noun phrases end with their head.

    Each document's offsets are moved to a stretch of their own on one line, so the overlap is a join on two
    inequalities: it holds only the overlapping pairs, where joining on the document first would hold every
    span with every mention of its document (a batch's long articles made that hundreds of MB).
    """
    keyed = rows.with_row_index("_row")
    linked = mentions.filter(pl.col("entity_id").is_not_null()).with_row_index("_mention")
    documents = pl.concat([keyed.select("doc_id"), linked.select("doc_id")]).unique().with_row_index("_doc")

    def on_line(offset: str) -> pl.Expr:
        return pl.col("_doc").cast(pl.Int64) * DOC_SPAN + pl.col(offset)

    spans = (
        keyed.filter(pl.col(start).is_not_null())
        .join(documents, on="doc_id")
        .select("_row", pl.col(end).alias("_end"), _s=on_line(start), _e=on_line(end))
    )
    named = linked.join(documents, on="doc_id").select(
        "_mention",
        pl.col("start_char").alias("_ms"),
        pl.col("end_char").alias("_me"),
        _ls=on_line("start_char"),
        _le=on_line("end_char"),
    )
    best = (
        spans.join_where(named, pl.col("_ls") < pl.col("_e"), pl.col("_le") > pl.col("_s"))
        .sort("_row", pl.min_horizontal("_me", "_end"), "_me", "_ms", descending=[False, True, True, False])
        .unique("_row", keep="first")
        .join(linked.select("_mention", pl.col("entity_id").alias(out), pl.col("via").alias(via_out)), on="_mention")
        .select("_row", out, via_out)
    )
    return keyed.join(best, on="_row", how="left", maintain_order="left").drop("_row")


def event_id(doc_id: str, start: int, end: int, action: str, actor_start: int | None, target_start: int | None) -> str:
    """Stable id of an event: same document, span, action and arguments, same id (the named conjuncts of
    "GM and Chrysler asked" are two events of one span)."""
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{action}\x1f{actor_start}\x1f{target_start}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def link_events(events: pl.DataFrame, mentions: pl.DataFrame, quotes: pl.DataFrame) -> pl.DataFrame:
    """Warehouse events: actor and target spans joined to the linked mentions they overlap, and the
    quote each speech event introduces (`quote_id`), so views need not repeat quotes as events."""
    if events.is_empty():
        return pl.DataFrame(schema=LINKED_EVENTS)
    linked = overlapping_entity(events, mentions, "actor_start", "actor_end", "actor_id", "actor_via")
    linked = overlapping_entity(linked, mentions, "target_start", "target_end", "target_id", "target_via")
    linked = without_self_possession(linked)
    keys = linked.select("doc_id", "start_char", "end_char", "action", "actor_start", "target_start")
    ids = [event_id(*r) for r in keys.iter_rows()]
    linked = linked.with_columns(event_id=pl.Series(ids, dtype=pl.Utf8)).unique(
        "event_id", keep="first", maintain_order=True
    )
    return with_quote_ids(linked, quotes).select([pl.col(name).cast(dtype) for name, dtype in LINKED_EVENTS.items()])


def without_self_possession(events: pl.DataFrame) -> pl.DataFrame:
    """ "Lukashenko sent his troops": the target is the troops, not Lukashenko again through "his"."""
    own = (pl.col("target_id") == pl.col("actor_id")) & (pl.col("target_via") == "pronoun")
    return events.with_columns(
        target_id=pl.when(own).then(None).otherwise("target_id"),
        target_via=pl.when(own).then(None).otherwise("target_via"),
    )


QUOTE_GAP = 3  # characters between a cue's event span and its quote: '"...," he said', 'said that ...'


def with_quote_ids(events: pl.DataFrame, quotes: pl.DataFrame) -> pl.DataFrame:
    """`quote_id` of the quote whose cue an event is: same document and cue, and the quote begins in the
    event's sentence or the two spans touch (a cue after a quote of several sentences)."""
    cues = quotes.select("doc_id", "quote_id", action="cue", q_sent="sent_no", q_start="start_char", q_end="end_char")
    touching = (
        events.select("event_id", "doc_id", "sent_no", "action", "start_char", "end_char")
        .join(cues, on=["doc_id", "action"])
        .filter(
            (pl.col("sent_no") == pl.col("q_sent"))
            | (
                (pl.col("start_char") <= pl.col("q_end") + QUOTE_GAP)
                & (pl.col("q_start") <= pl.col("end_char") + QUOTE_GAP)
            )
        )
        .unique("event_id", keep="first")
        .select("event_id", "quote_id")
    )
    return events.join(touching, on="event_id", how="left")


def quote_id(doc_id: str, start: int, end: int, kind: str) -> str:
    """Stable id of a quote: the same span of the same document always gets the same id."""
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}\x1f{kind}".encode()).hexdigest()[:16]


def link_quotes(quotes: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Warehouse quotes: the speaker span joined to the linked mention it overlaps."""
    if quotes.is_empty():
        return pl.DataFrame(schema=LINKED_QUOTES)
    linked = overlapping_entity(quotes, mentions, "speaker_start", "speaker_end", "speaker_id", "speaker_via")
    ids = [quote_id(*r) for r in linked.select("doc_id", "start_char", "end_char", "kind").iter_rows()]
    return linked.with_columns(quote_id=pl.Series(ids, dtype=pl.Utf8)).select(
        [pl.col(name).cast(dtype) for name, dtype in LINKED_QUOTES.items()]
    )
