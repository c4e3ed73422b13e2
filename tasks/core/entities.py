"""Entities: repaired mention spans and one canonical entity per real-world thing.

`add_entity_rules` puts the `newsflow_entities` component (entity_spans.py) after the
statistical NER, so every Doc's ents are already repaired, gazetteer-corrected and
consistent within the document; `doc_mentions` just reads them. `canonicalize` then names
the entities and links them within and across documents (entity_linking.py).
"""

from dataclasses import dataclass

import polars as pl
from spacy.language import Language
from spacy.tokens import Doc

from newsflow.tasks.core import entity_spans  # noqa: F401  (registers the newsflow_entities factory)
from newsflow.tasks.core.entity_linking import entity_id, link
from newsflow.tasks.core.entity_spans import KEPT_LABELS

__all__ = ["EntityResult", "add_entity_rules", "canonicalize", "doc_mentions", "entity_id"]


@dataclass(frozen=True)
class EntityResult:
    mentions: pl.DataFrame  # LINKED_MENTIONS
    entities: pl.DataFrame  # ENTITIES
    aliases: pl.DataFrame  # ENTITY_ALIASES
    roles: pl.DataFrame  # ENTITY_ROLES
    relations: pl.DataFrame  # ENTITY_RELATIONS: entity_id, relation, related_id


def add_entity_rules(nlp: Language, rules: dict | None = None) -> Language:
    """Add newsflow's entity corrections after the statistical NER (once per process).

    `rules` overrides settings of entity_spans.EntityRules, e.g. {"team_context_vote": 0}; a
    pipeline that already has the component (from its config.cfg) keeps its own settings.
    """
    if "newsflow_entities" not in nlp.pipe_names:
        nlp.add_pipe("newsflow_entities", after="ner" if "ner" in nlp.pipe_names else None, config=rules or {})
    return nlp


def doc_mentions(doc: Doc) -> list[dict]:
    """Named-entity mentions of a Doc: start_char, end_char, text, label (via name, no antecedent)."""
    return [
        {
            "start_char": e.start_char,
            "end_char": e.end_char,
            "text": e.text,
            "label": e.label_,
            "via": "name",
            "antecedent_start": None,
        }
        for e in doc.ents
        if e.label_ in KEPT_LABELS
    ]


def canonicalize(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame) -> EntityResult:
    """Link each mention to a canonical entity, reusing the warehouse's `known` entities and aliases."""
    return EntityResult(**link(mentions, documents, known))
