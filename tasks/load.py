"""Prefect tasks at the warehouse edge: migrate, skip what is loaded, load batches, record runs."""

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.aggregate import WarehouseBatch
from tasks.core.report import run_summary
from tasks.store import Warehouse


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
    done = Warehouse(db).processed_doc_ids(docs["doc_id"].to_list(), model, version)
    return docs.filter(~pl.col("doc_id").is_in(list(done)))


@task(name="known-entities", cache_policy=NO_CACHE)
def known_entities(db: str) -> pl.DataFrame:
    return Warehouse(db).known_entities()


@task(name="load", cache_policy=NO_CACHE, retries=0)
def load(batch: WarehouseBatch, db: str, run_id: str) -> None:
    """Write one batch in one transaction; on failure the warehouse stays as it was."""
    Warehouse(db).load_batch(batch, run_id)


@task(name="record-rejected", cache_policy=NO_CACHE)
def record_rejected(rejected: pl.DataFrame, db: str, run_id: str) -> None:
    Warehouse(db).record_rejected(rejected, run_id)


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run(db: str, run_id: str, counts: dict, status: str) -> None:
    Warehouse(db).finish_run(run_id, counts, status)


@task(name="summarize-run", cache_policy=NO_CACHE)
def summarize_run(db: str, run_id: str, counts: dict, rejected: pl.DataFrame) -> dict:
    """The run summary, read back from what the warehouse holds for this run."""
    written, top = Warehouse(db).run_results(run_id)
    return run_summary(run_id, db, counts, written, top, rejected)
