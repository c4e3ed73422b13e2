"""Entities: repaired mention spans and one canonical entity per (name, type).

First version: the model's own spans, one entity per normalized text and label.
"""

import hashlib
from dataclasses import dataclass

import polars as pl
from spacy.language import Language
from spacy.tokens import Doc

from tasks.core.schemas import ENTITIES, ENTITY_ALIASES, ENTITY_ROLES, LINKED_MENTIONS, empty

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


@dataclass(frozen=True)
class EntityResult:
    mentions: pl.DataFrame  # LINKED_MENTIONS
    entities: pl.DataFrame  # ENTITIES
    aliases: pl.DataFrame  # ENTITY_ALIASES
    roles: pl.DataFrame  # ENTITY_ROLES


def add_entity_rules(nlp: Language) -> Language:
    """Add newsflow's entity corrections to a loaded pipeline."""
    return nlp


def doc_mentions(doc: Doc) -> list[dict]:
    """Named-entity mentions of a Doc: start_char, end_char, text, label."""
    return [
        {"start_char": e.start_char, "end_char": e.end_char, "text": e.text, "label": e.label_}
        for e in doc.ents
        if e.label_ in KEPT_LABELS
    ]


def entity_id(name: str, entity_type: str) -> str:
    """Stable id of a canonical (name, type)."""
    return hashlib.sha1(f"{entity_type}\x1f{name}".encode()).hexdigest()[:16]


def canonicalize(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame) -> EntityResult:
    """Link each mention to a canonical entity."""
    if mentions.is_empty():
        return EntityResult(empty(LINKED_MENTIONS), empty(ENTITIES), empty(ENTITY_ALIASES), empty(ENTITY_ROLES))
    named = mentions.with_columns(name=pl.col("text").str.strip_chars().str.replace_all(r"\s+", " "))
    linked = named.with_columns(
        entity_id=pl.struct("name", "label").map_elements(
            lambda r: entity_id(r["name"], r["label"]), return_dtype=pl.Utf8
        )
    )
    found = linked.select("entity_id", "name", pl.col("label").alias("type")).unique("entity_id", keep="first")
    aliases = linked.select(pl.col("text").alias("alias"), "entity_id").unique()
    return EntityResult(linked.select(LINKED_MENTIONS.keys()), found.select(ENTITIES.keys()), aliases, empty(ENTITY_ROLES))
