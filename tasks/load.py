"""Prefect tasks at the warehouse edge: migrate, skip what is loaded, load batches, record runs."""

import time

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.core.aggregate import WarehouseBatch
from tasks.core.report import DocumentFailed, run_summary
from tasks.lock import WarehouseLocked
from tasks.store import Warehouse, sql_file


@task(name="prepare-warehouse", cache_policy=NO_CACHE)
def prepare_warehouse(db: str) -> list[str]:
    """Create or migrate the warehouse; returns the migrations applied now."""
    return Warehouse(db).migrate()


@task(name="start-run", cache_policy=NO_CACHE)
def start_run(db: str, run_id: str, flow_run_id: str | None, model: str, version: str) -> None:
    Warehouse(db).start_run(run_id, flow_run_id, model, version)


@task(name="select-new", cache_policy=NO_CACHE)
def select_new(docs: pl.DataFrame, db: str, model: str, version: str) -> pl.DataFrame:
    """Documents the warehouse does not hold yet from this model and pipeline version."""
    started = time.perf_counter()
    done = Warehouse(db).processed_doc_ids(docs["doc_id"].to_list(), model, version)
    fresh = docs.filter(~pl.col("doc_id").is_in(list(done)))
    get_run_logger().info(
        "%d of %d documents are new for %s %s; %d already loaded, skipped before the language pass (%.2f s)",
        fresh.height, docs.height, model, version, len(done), time.perf_counter() - started,
    )
    return fresh


@task(name="load", cache_policy=NO_CACHE, retries=0)
def load(batch: WarehouseBatch, db: str, run_id: str) -> None:
    """Write one batch in one transaction; on failure the warehouse stays as it was."""
    started = time.perf_counter()
    try:
        Warehouse(db).load_batch(batch, run_id)
    except Exception as error:
        uris = ", ".join(batch.documents["uri"].head(3).to_list())
        raise DocumentFailed(
            f"loading {batch.documents.height} documents ({uris}{', …' if batch.documents.height > 3 else ''}) into {db} "
            f"failed, the warehouse is as it was before this batch: {type(error).__name__}: {error}"
        ) from error
    get_run_logger().info(
        "loaded %d documents, %d mentions, %d events, %d quotes into %s in %.2f s",
        batch.documents.height, batch.mentions.height, batch.events.height, batch.quotes.height, db, time.perf_counter() - started,
    )


@task(name="record-rejected", cache_policy=NO_CACHE)
def record_rejected(rejected: pl.DataFrame, db: str, run_id: str) -> None:
    Warehouse(db).record_rejected(rejected, run_id)


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run(db: str, run_id: str, counts: dict, status: str) -> None:
    Warehouse(db).finish_run(run_id, counts, status)


@task(name="mark-failed", cache_policy=NO_CACHE)
def mark_failed(db: str, run_id: str, counts: dict) -> None:
    """Record a failed run without a long wait: the failure may be the warehouse lock itself."""
    try:
        Warehouse(db).finish_run(run_id, counts, "failed", lock_timeout=5)
    except WarehouseLocked:
        get_run_logger().warning("run %s stays 'running' in the runs table: the warehouse is still held", run_id)


@task(name="summarize-run", cache_policy=NO_CACHE)
def summarize_run(db: str, run_id: str, counts: dict, rejected: pl.DataFrame) -> dict:
    """The run summary, read back from what the warehouse holds for this run."""
    warehouse = Warehouse(db)
    written, top = warehouse.run_results(run_id)
    events = warehouse.query(sql_file("load/run_events.sql"), [run_id])
    return run_summary(run_id, db, counts, written, top, rejected, events)
