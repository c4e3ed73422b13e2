"""Prefect task around entity linking: a batch's mentions against the entities of the warehouse."""

import time

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.core.entities import EntityResult, canonicalize
from tasks.core.report import locate_failure
from tasks.store import Warehouse


@task(name="entities", cache_policy=NO_CACHE)
def link_entities(mentions: pl.DataFrame, documents: pl.DataFrame, db: str) -> EntityResult:
    """Canonical entities for a batch's mentions, linked to those the warehouse `db` already knows."""
    started = time.perf_counter()
    known = Warehouse(db).known_entities()
    try:
        linked = canonicalize(mentions, documents, known)
    except Exception as error:
        def attempt(ids: list[str]) -> EntityResult:
            return canonicalize(mentions.filter(pl.col("doc_id").is_in(ids)), documents.filter(pl.col("doc_id").is_in(ids)), known)

        raise locate_failure("entity linking", documents, attempt, error) from error
    get_run_logger().info(
        "linked %d mentions to %d entities (%d already known aliases) in %.2f s",
        linked.mentions.height, linked.entities.height, known.height, time.perf_counter() - started,
    )
    return linked
