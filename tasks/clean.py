"""Prefect task around the cleaning core."""

import time

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.core.clean import CleanResult, clean_documents
from newsflow.tasks.core.report import locate_failure


@task(name="clean", cache_policy=NO_CACHE)
def clean(docs: pl.DataFrame) -> CleanResult:
    """Article bodies and metadata of a batch, with every removed line and its reason."""
    started = time.perf_counter()
    try:
        cleaned = clean_documents(docs)
    except Exception as error:
        raise locate_failure(
            "clean", docs, lambda ids: clean_documents(docs.filter(pl.col("doc_id").is_in(ids))), error
        ) from error
    n_dropped = cleaned.docs.filter(pl.col("language").ne("en") | pl.col("duplicate_of").is_not_null()).height
    get_run_logger().info(
        "cleaned %d documents (%d not English or near-duplicates), removed %d lines in %.2f s",
        cleaned.docs.height,
        n_dropped,
        cleaned.removed.height,
        time.perf_counter() - started,
    )
    return cleaned
