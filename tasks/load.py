"""Prefect tasks at the warehouse edge: migrate, skip what is loaded, link and load batches, record runs.

Every task takes the warehouse object (`tasks.store.open_warehouse`), so the same tasks write a
DuckDB file or a DuckLake, in the flow process or on a Dask worker.
"""

import time
from datetime import timedelta

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.core.aggregate import build_batch
from tasks.core.clean import CleanResult
from tasks.core.entities import EntityResult, canonicalize
from tasks.core.nlp import NlpResult
from tasks.core.report import DocumentFailed, locate_failure, run_summary
from tasks.lock import WarehouseLocked
from tasks.store import Warehouse, insert_batch, sql_file


@task(name="prepare-warehouse", cache_policy=NO_CACHE)
def prepare_warehouse(warehouse: Warehouse) -> list[str]:
    """Create or migrate the warehouse; returns the migrations applied now."""
    return warehouse.migrate()


@task(name="start-run", cache_policy=NO_CACHE)
def start_run(warehouse: Warehouse, run_id: str, flow_run_id: str | None, model: str, version: str) -> None:
    warehouse.start_run(run_id, flow_run_id, model, version)


@task(name="select-new", cache_policy=NO_CACHE)
def select_new(docs: pl.DataFrame, warehouse: Warehouse, model: str, version: str) -> pl.DataFrame:
    """Documents the warehouse does not hold yet from this model and pipeline version."""
    started = time.perf_counter()
    done = warehouse.processed_doc_ids(docs["doc_id"].to_list(), model, version)
    fresh = docs.filter(~pl.col("doc_id").is_in(list(done)))
    get_run_logger().info(
        "%d of %d documents are new for %s %s; %d already loaded, skipped before the language pass (%.2f s)",
        fresh.height, docs.height, model, version, len(done), time.perf_counter() - started,
    )
    return fresh


def link(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame) -> EntityResult:
    """Canonical entities for a batch's mentions, linked to the `known` ones; a failure names its document."""
    try:
        return canonicalize(mentions, documents, known)
    except Exception as error:
        def attempt(ids: list[str]) -> EntityResult:
            return canonicalize(mentions.filter(pl.col("doc_id").is_in(ids)), documents.filter(pl.col("doc_id").is_in(ids)), known)

        raise locate_failure("entity linking", documents, attempt, error) from error


@task(name="load", cache_policy=NO_CACHE, retries=0)
def load(parsed: tuple[CleanResult, NlpResult], warehouse: Warehouse, run_id: str) -> int:
    """Link a parsed batch to the entities the warehouse knows and write it, in one transaction; returns its documents.

    Linking reads the known entities inside the write transaction, so a DuckLake writer that
    loses a conflict links again against what the winner added: entity ids and rollups come
    out as if batches were loaded one after the other. On failure the warehouse stays as it was.
    """
    cleaned, analysed = parsed
    started = time.perf_counter()

    def link_and_insert(con) -> tuple:
        known = warehouse.known_entities(con)
        batch = build_batch(cleaned, analysed, link(analysed.mentions, cleaned.docs, known))
        insert_batch(con, batch, run_id)
        return batch, known.height

    try:
        batch, n_known = warehouse.write(link_and_insert)
    except (DocumentFailed, WarehouseLocked):
        raise
    except Exception as error:
        uris = ", ".join(cleaned.docs["uri"].head(3).to_list())
        raise DocumentFailed(
            f"loading {cleaned.docs.height} documents ({uris}{', …' if cleaned.docs.height > 3 else ''}) into "
            f"{warehouse.location} failed, the warehouse is as it was before this batch: {type(error).__name__}: {error}"
        ) from error
    get_run_logger().info(
        "linked %d mentions to %d entities (%d known aliases) and loaded %d documents, %d events, %d quotes into %s in %.2f s",
        batch.mentions.height, batch.entities.height, n_known, batch.documents.height, batch.events.height,
        batch.quotes.height, warehouse.location, time.perf_counter() - started,
    )
    return batch.documents.height


@task(name="record-rejected", cache_policy=NO_CACHE)
def record_rejected(rejected: pl.DataFrame, warehouse: Warehouse, run_id: str) -> None:
    warehouse.record_rejected(rejected, run_id)


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run(warehouse: Warehouse, run_id: str, counts: dict, status: str) -> None:
    warehouse.finish_run(run_id, counts, status)


@task(name="mark-failed", cache_policy=NO_CACHE)
def mark_failed(warehouse: Warehouse, run_id: str, counts: dict) -> None:
    """Record a failed run without a long wait: the failure may be the warehouse lock itself."""
    try:
        warehouse.finish_run(run_id, counts, "failed", lock_timeout=5)
    except WarehouseLocked:
        get_run_logger().warning("run %s stays 'running' in the runs table: the warehouse is still held", run_id)


@task(name="summarize-run", cache_policy=NO_CACHE)
def summarize_run(warehouse: Warehouse, run_id: str, counts: dict, rejected: pl.DataFrame) -> dict:
    """The run summary, read back from what the warehouse holds for this run."""
    written, top = warehouse.run_results(run_id)
    events = warehouse.query(sql_file("load/run_events.sql"), [run_id])
    return run_summary(run_id, warehouse.location, counts, written, top, rejected, events)


@task(name="maintain", cache_policy=NO_CACHE)
def maintain(warehouse: Warehouse, keep: timedelta) -> dict:
    """One pass of warehouse maintenance; safe while others read and write."""
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse.location}; run `newsflow run PATH` first")
    started = time.perf_counter()
    done = warehouse.maintain(keep)
    get_run_logger().info("maintained %s in %.2f s: %s", warehouse.location, time.perf_counter() - started, done)
    return done
