"""Prefect task around the aggregate core."""

import time

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.core.aggregate import WarehouseBatch, build_batch
from tasks.core.clean import CleanResult
from tasks.core.entities import EntityResult
from tasks.core.nlp import NlpResult


@task(name="aggregate", cache_policy=NO_CACHE)
def aggregate(cleaned: CleanResult, analysed: NlpResult, linked: EntityResult) -> WarehouseBatch:
    """Link events and quotes to entities and count entity pairs per document."""
    started = time.perf_counter()
    batch = build_batch(cleaned, analysed, linked)
    get_run_logger().info(
        "batch of %s in %.2f s",
        ", ".join(f"{table.height} {name}" for name, table in batch.tables().items()), time.perf_counter() - started,
    )
    return batch
