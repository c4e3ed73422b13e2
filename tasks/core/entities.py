"""Entities: one canonical entity per real-world thing.

The mentions come repaired from the model processes (entity_spans.py: `add_entity_rules` puts the
`newsflow_entities` component after the statistical NER, `doc_mentions` reads its ents).
`canonicalize` names the entities and links them within and across documents (entity_linking.py),
in the flow process, which imports no spaCy.
"""

from dataclasses import dataclass

import polars as pl

from newsflow.tasks.core.entity_linking import entity_id, link

__all__ = ["EntityResult", "canonicalize", "entity_id"]


@dataclass(frozen=True)
class EntityResult:
    mentions: pl.DataFrame  # LINKED_MENTIONS
    entities: pl.DataFrame  # ENTITIES
    aliases: pl.DataFrame  # ENTITY_ALIASES
    roles: pl.DataFrame  # ENTITY_ROLES
    relations: pl.DataFrame  # ENTITY_RELATIONS: entity_id, relation, related_id


def canonicalize(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame) -> EntityResult:
    """Link each mention to a canonical entity, reusing the warehouse's `known` entities and aliases."""
    return EntityResult(**link(mentions, documents, known))
