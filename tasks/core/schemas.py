"""Column schemas of the frames passed between stages.

Every stage returns frames with exactly these columns, also when a batch has no rows,
so that loading an empty batch into DuckDB still knows the column types.
"""

import polars as pl

RAW_DOCUMENTS = {
    "doc_id": pl.Utf8,  # sha1 of the normalized raw text
    "source": pl.Utf8,  # where it came from: a folder, a feed, a file name
    "uri": pl.Utf8,  # file path (with #line for jsonl/csv rows) or URL
    "format": pl.Utf8,  # "text" or "html"
    "raw": pl.Utf8,
    "title": pl.Utf8,  # given by jsonl/csv metadata, else null
    "url": pl.Utf8,  # given by metadata, else null
    "published_at": pl.Utf8,  # given by metadata (any date form), else null
    "fetched_at": pl.Datetime("us", "UTC"),
}

REJECTED = {
    "source": pl.Utf8,
    "uri": pl.Utf8,
    "reason": pl.Utf8,  # short machine-readable reason, e.g. "binary", "unreadable", "empty"
    "detail": pl.Utf8,  # what a person needs to fix it
}

DOCUMENTS = {
    "doc_id": pl.Utf8,
    "source": pl.Utf8,
    "uri": pl.Utf8,
    "title": pl.Utf8,
    "publisher": pl.Utf8,
    "author": pl.Utf8,
    "published_at": pl.Date,
    "language": pl.Utf8,
    "caption": pl.Utf8,
    "body": pl.Utf8,
    "n_chars": pl.Int64,
    "duplicate_of": pl.Utf8,
}

REMOVED_LINES = {
    "doc_id": pl.Utf8,
    "line_no": pl.Int64,
    "text": pl.Utf8,
    "reason": pl.Utf8,
}

SENTENCES = {
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,  # 0-based, in order of the body
    "start_char": pl.Int64,  # offsets into documents.body
    "end_char": pl.Int64,
    "text": pl.Utf8,
}

# Entity labels a mention may carry: the model's others (dates, numbers, money) are not entities.
KEPT_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)

MENTIONS = {
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "text": pl.Utf8,
    "label": pl.Utf8,
    "via": pl.Utf8,  # how the text reaches its entity: name, alias, acronym, pronoun, description
    "antecedent_start": pl.Int64,  # a reference's named mention (its start_char in the same document)
}

LINKED_MENTIONS = {**{k: v for k, v in MENTIONS.items() if k != "antecedent_start"}, "entity_id": pl.Utf8}

ENTITIES = {
    "entity_id": pl.Utf8,
    "name": pl.Utf8,
    "type": pl.Utf8,
}

ENTITY_ALIASES = {"alias": pl.Utf8, "entity_id": pl.Utf8}

ENTITY_ROLES = {"entity_id": pl.Utf8, "role": pl.Utf8, "doc_id": pl.Utf8, "date": pl.Date}

# Raw events and quotes as the extractors find them in one Doc; entity ids are joined later.
EVENTS = {
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,
    "actor_text": pl.Utf8,
    "actor_start": pl.Int64,
    "actor_end": pl.Int64,
    "action": pl.Utf8,
    "target_text": pl.Utf8,
    "target_start": pl.Int64,
    "target_end": pl.Int64,
    "event_date": pl.Date,
    "date_text": pl.Utf8,
    "date_precision": pl.Utf8,  # day, week, month, year, reported (no date in the sentence), none
    "modality": pl.Utf8,  # asserted, negated, hypothetical, reported
    "event_type": pl.Utf8,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}

QUOTES = {
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,
    "speaker_text": pl.Utf8,
    "speaker_start": pl.Int64,  # span of the named speaker the quote is resolved to
    "speaker_end": pl.Int64,
    "cue": pl.Utf8,
    "text": pl.Utf8,
    "kind": pl.Utf8,  # direct, partial (a few quoted words in the writer's sentence), indirect
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}

LINKED_EVENTS = {
    "event_id": pl.Utf8,
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,
    "actor_id": pl.Utf8,
    "actor_via": pl.Utf8,
    "action": pl.Utf8,
    "target_id": pl.Utf8,
    "target_via": pl.Utf8,
    "target_text": pl.Utf8,
    "actor_text": pl.Utf8,
    "event_date": pl.Date,
    "date_text": pl.Utf8,
    "date_precision": pl.Utf8,
    "modality": pl.Utf8,
    "event_type": pl.Utf8,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "quote_id": pl.Utf8,  # the quote this speech event introduces; views leave such events to `quotes`
}

LINKED_QUOTES = {
    "quote_id": pl.Utf8,
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,
    "speaker_id": pl.Utf8,
    "speaker_via": pl.Utf8,
    "speaker_text": pl.Utf8,
    "cue": pl.Utf8,
    "text": pl.Utf8,
    "kind": pl.Utf8,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}

ENTITY_RELATIONS = {"entity_id": pl.Utf8, "relation": pl.Utf8, "related_id": pl.Utf8}

KNOWN_ENTITIES = {"alias": pl.Utf8, "entity_id": pl.Utf8, "name": pl.Utf8, "type": pl.Utf8}

DOCUMENT_PAIRS = {"doc_id": pl.Utf8, "entity_a": pl.Utf8, "entity_b": pl.Utf8, "n_sentences": pl.Int64}


def empty(schema: dict) -> pl.DataFrame:
    """A frame with no rows and the given columns."""
    return pl.DataFrame(schema=schema)


def frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    """Rows as a frame with exactly the schema's columns, in its order."""
    if not rows:
        return empty(schema)
    return pl.DataFrame(rows, schema=schema)
