"""Aggregate: entity pairs per document, counted by the sentences they share."""

import polars as pl

from newsflow.tasks.core.aggregate import document_pairs
from newsflow.tasks.core.schemas import LINKED_MENTIONS


def mentions(rows):
    return pl.DataFrame(
        [
            dict(zip(["doc_id", "sent_no", "entity_id"], r), start_char=0, end_char=1, text="x", label="GPE")
            for r in rows
        ],
        schema=LINKED_MENTIONS,
    )


def test_pairs_count_shared_sentences_and_keep_document_only_pairs():
    # doc d1: sentence 0 has A and B (twice B), sentence 1 has A and B again, sentence 2 has C alone.
    frame = mentions(
        [
            ("d1", 0, "A"),
            ("d1", 0, "B"),
            ("d1", 0, "B"),
            ("d1", 1, "B"),
            ("d1", 1, "A"),
            ("d1", 2, "C"),
            ("d2", 0, "A"),
            ("d2", 0, None),
        ]
    )
    pairs = document_pairs(frame)
    assert pairs.rows() == [("d1", "A", "B", 2), ("d1", "A", "C", 0), ("d1", "B", "C", 0)]


def test_no_mentions_gives_typed_empty_pairs():
    pairs = document_pairs(mentions([]))
    assert pairs.is_empty()
    assert pairs.schema == {"doc_id": pl.Utf8, "entity_a": pl.Utf8, "entity_b": pl.Utf8, "n_sentences": pl.Int64}
