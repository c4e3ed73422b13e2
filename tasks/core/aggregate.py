"""Aggregate: per-document rollups in polars, and the batch of frames the warehouse loads."""

from dataclasses import dataclass, fields

import polars as pl

from newsflow.tasks.core.clean import CleanResult
from newsflow.tasks.core.entities import EntityResult
from newsflow.tasks.core.model_processes import NlpResult
from newsflow.tasks.core.row_linking import link_events, link_quotes
from newsflow.tasks.core.schemas import DOCUMENT_PAIRS


@dataclass(frozen=True)
class WarehouseBatch:
    """Everything one batch writes; each field loads into the table of the same name."""

    documents: pl.DataFrame
    removed_lines: pl.DataFrame
    sentences: pl.DataFrame
    mentions: pl.DataFrame
    entities: pl.DataFrame
    entity_aliases: pl.DataFrame
    entity_roles: pl.DataFrame
    entity_relations: pl.DataFrame
    events: pl.DataFrame
    quotes: pl.DataFrame
    document_pairs: pl.DataFrame

    def tables(self) -> dict[str, pl.DataFrame]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def document_pairs(mentions: pl.DataFrame) -> pl.DataFrame:
    """Entity pairs per document, with the number of sentences in which both appear (0 if none)."""
    linked = mentions.filter(pl.col("entity_id").is_not_null())
    per_doc = linked.select("doc_id", "entity_id").unique()
    pairs = (
        per_doc.join(per_doc, on="doc_id", suffix="_b")
        .filter(pl.col("entity_id") < pl.col("entity_id_b"))
        .rename({"entity_id": "entity_a", "entity_id_b": "entity_b"})
    )
    per_sentence = linked.select("doc_id", "sent_no", "entity_id").unique()
    sentence_counts = (
        per_sentence.join(per_sentence, on=["doc_id", "sent_no"], suffix="_b")
        .filter(pl.col("entity_id") < pl.col("entity_id_b"))
        .group_by("doc_id", "entity_id", "entity_id_b")
        .agg(n_sentences=pl.len().cast(pl.Int64))
        .rename({"entity_id": "entity_a", "entity_id_b": "entity_b"})
    )
    return (
        pairs.join(sentence_counts, on=["doc_id", "entity_a", "entity_b"], how="left")
        .with_columns(pl.col("n_sentences").fill_null(0))
        .select(DOCUMENT_PAIRS.keys())
        .cast(DOCUMENT_PAIRS)
        .sort("doc_id", "entity_a", "entity_b")
    )


def build_batch(cleaned: CleanResult, analysed: NlpResult, linked: EntityResult) -> WarehouseBatch:
    """Join the stages' outputs into the frames the warehouse loads (events and quotes get entity ids)."""
    linked_quotes = link_quotes(analysed.quotes, linked.mentions)
    return WarehouseBatch(
        documents=cleaned.docs,
        removed_lines=cleaned.removed,
        sentences=analysed.sentences,
        mentions=linked.mentions,
        entities=linked.entities,
        entity_aliases=linked.aliases,
        entity_roles=linked.roles,
        entity_relations=linked.relations,
        events=link_events(analysed.events, linked.mentions, linked_quotes),
        quotes=linked_quotes,
        document_pairs=document_pairs(linked.mentions),
    )
