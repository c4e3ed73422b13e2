"""Prefect task around entity linking."""

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.entities import EntityResult, canonicalize


@task(name="entities", cache_policy=NO_CACHE)
def link_entities(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame) -> EntityResult:
    """Canonical entities for a batch's mentions, linked to those the warehouse already knows."""
    return canonicalize(mentions, documents, known)
