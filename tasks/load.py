"""Prefect tasks at the warehouse edge: migrate, skip what is loaded, load batches, record runs."""

import socket
import time
from datetime import datetime, timezone

import duckdb
import polars as pl
import psutil
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.core.aggregate import WarehouseBatch
from tasks.core.report import DocumentFailed, run_summary
from tasks.core.runs import stale_runs
from tasks.lock import WarehouseLocked
from tasks.core.stopping import RunStopped
from tasks.store import Warehouse, WarehouseUnwritable, sql_file


@task(name="prepare-warehouse", cache_policy=NO_CACHE)
def prepare_warehouse(db: str) -> list[str]:
    """Create or migrate the warehouse; returns the migrations applied now."""
    return Warehouse(db).migrate()


@task(name="start-run", cache_policy=NO_CACHE)
def start_run(db: str, run_id: str, flow_run_id: str | None, model: str, version: str) -> None:
    """Mark runs left running by a process that is gone as abandoned, with why; then record this run as running."""
    warehouse = Warehouse(db)
    stale = stale_runs(warehouse.running_runs(), socket.gethostname(), datetime.now(timezone.utc), process_started)
    if stale:
        warehouse.abandon_runs(stale)
        for stale_id, reason in stale.items():
            get_run_logger().warning("run %s was left running: marked abandoned, %s", stale_id, reason)
    warehouse.start_run(run_id, flow_run_id, model, version)


def process_started(pid: int) -> datetime | None:
    """When the live process `pid` of this host started; None when there is none."""
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return None
        return datetime.fromtimestamp(process.create_time(), timezone.utc)
    except psutil.Error:
        return None


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
            f"failed with {type(error).__name__}: {' '.join(str(error).split())}; {batch_outcome(db, batch, run_id)}"
        ) from error
    get_run_logger().info(
        "loaded %d documents, %d mentions, %d events, %d quotes into %s in %.2f s",
        batch.documents.height, batch.mentions.height, batch.events.height, batch.quotes.height, db, time.perf_counter() - started,
    )


def batch_outcome(db: str, batch: WarehouseBatch, run_id: str) -> str:
    """What a failed load left, looked up rather than assumed: an error at commit may come after the commit."""
    doc_ids = batch.documents["doc_id"].to_list()
    try:
        held = Warehouse(db).documents_of_run(doc_ids, run_id)
    except Exception as error:  # the cause (a full disk, a lost file) may stop the check too
        return (f"whether the batch was committed could not be checked ({' '.join(str(error).split())}); "
                "running the same command again loads whatever is missing")
    if held == len(doc_ids):
        return "the batch was committed all the same"
    if held == 0:
        return "the batch was not committed: the warehouse is as it was before it"
    return f"{held} of its {len(doc_ids)} documents are in the warehouse from this run"


@task(name="record-rejected", cache_policy=NO_CACHE)
def record_rejected(rejected: pl.DataFrame, db: str, run_id: str) -> None:
    Warehouse(db).record_rejected(rejected, run_id)


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run(db: str, run_id: str, counts: dict, status: str) -> None:
    Warehouse(db).finish_run(run_id, counts, status)


@task(name="mark-failed", cache_policy=NO_CACHE)
def mark_failed(db: str, run_id: str, counts: dict, error: BaseException) -> None:
    """Record a failed run and why, without a long wait: the failure may be the warehouse lock itself."""
    try:
        Warehouse(db).finish_run(run_id, counts, "failed", f"{type(error).__name__}: {' '.join(str(error).split())}", lock_timeout=5)
    except (WarehouseLocked, WarehouseUnwritable, OSError, duckdb.Error) as unrecorded:
        get_run_logger().warning("run %s stays 'running' in the runs table (%s); the next run marks it abandoned", run_id, unrecorded)


@task(name="mark-stopped", cache_policy=NO_CACHE)
def mark_stopped(db: str, run_id: str, counts: dict, stopped: RunStopped) -> str:
    """Record a run stopped by a signal as cancelled; the one line that says what the warehouse now holds."""
    held = Warehouse(db).run_results(run_id)[0]["n_documents"]
    reason = f"{stopped} after committing {held} documents"
    Warehouse(db).finish_run(run_id, counts, "cancelled", reason, lock_timeout=5)
    return (f"{reason}, each batch whole; the run is marked cancelled in `runs`. "
            "Run the same command again to load the rest")


@task(name="summarize-run", cache_policy=NO_CACHE)
def summarize_run(db: str, run_id: str, counts: dict, rejected: pl.DataFrame) -> dict:
    """The run summary, read back from what the warehouse holds for this run."""
    warehouse = Warehouse(db)
    written, top = warehouse.run_results(run_id)
    events = warehouse.query(sql_file("load/run_events.sql"), [run_id])
    return run_summary(run_id, db, counts, written, top, rejected, events)
