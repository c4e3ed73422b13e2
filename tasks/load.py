"""Prefect tasks at the warehouse edge: migrate, skip what is loaded, link and load batches, record runs.

Every task takes the warehouse object (`tasks.store.open_warehouse`), so the same tasks write a
DuckDB file or a DuckLake, in the flow process or on a Dask worker.
"""

import socket
import time
from datetime import UTC, datetime, timedelta

import duckdb
import polars as pl
import psutil
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.core.aggregate import build_batch
from newsflow.tasks.core.entities import EntityResult, canonicalize
from newsflow.tasks.core.model_processes import ParsedBatch
from newsflow.tasks.core.report import DocumentFailed, locate_failure, run_summary
from newsflow.tasks.core.runs import stale_runs
from newsflow.tasks.core.stopping import RunStopped
from newsflow.tasks.lock import WarehouseLocked
from newsflow.tasks.store import Warehouse, WarehouseUnwritable, insert_batch, insert_rejected, sql_file


@task(name="prepare-warehouse", cache_policy=NO_CACHE)
def prepare_warehouse(warehouse: Warehouse) -> list[str]:
    """Create or migrate the warehouse; returns the migrations applied now."""
    return warehouse.migrate()


@task(name="start-run", cache_policy=NO_CACHE)
def start_run(warehouse: Warehouse, run_id: str, flow_run_id: str | None, model: str, version: str) -> None:
    """Mark runs left running by a process that is gone as abandoned, with why; then record this run as running."""
    stale = stale_runs(warehouse.running_runs(), socket.gethostname(), datetime.now(UTC), process_started)
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
        return datetime.fromtimestamp(process.create_time(), UTC)
    except psutil.Error:
        return None


@task(name="select-new", cache_policy=NO_CACHE)
def select_new(docs: pl.DataFrame, warehouse: Warehouse, model: str, version: str) -> pl.DataFrame:
    """Documents the warehouse does not hold yet from this model and pipeline version."""
    started = time.perf_counter()
    done = warehouse.processed_doc_ids(docs["doc_id"].to_list(), model, version)
    fresh = docs.filter(~pl.col("doc_id").is_in(list(done)))
    get_run_logger().info(
        "%d of %d documents are new for %s %s; %d already loaded, skipped before the language pass (%.2f s)",
        fresh.height,
        docs.height,
        model,
        version,
        len(done),
        time.perf_counter() - started,
    )
    return fresh


def link(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame) -> EntityResult:
    """Canonical entities for a batch's mentions, linked to the `known` ones; a failure names its document."""
    try:
        return canonicalize(mentions, documents, known)
    except Exception as error:

        def attempt(ids: list[str]) -> EntityResult:
            return canonicalize(
                mentions.filter(pl.col("doc_id").is_in(ids)), documents.filter(pl.col("doc_id").is_in(ids)), known
            )

        raise locate_failure("entity linking", documents, attempt, error) from error


@task(name="load", cache_policy=NO_CACHE, retries=0)
def load(parsed: ParsedBatch, warehouse: Warehouse, run_id: str) -> int:
    """Link a parsed batch to the entities the warehouse knows and write it, in one transaction, with the
    articles cleaning found too long to parse as rejected rows; returns its documents. The batch's frames are
    taken out of `parsed` and freed when this returns.

    Linking reads the known entities inside the write transaction, so a DuckLake writer that
    loses a conflict links again against what the winner added: entity ids and rollups come
    out as if batches were loaded one after the other. A failure says whether the batch was
    committed, as looked up in the warehouse.
    """
    cleaned, analysed = parsed.take()
    started = time.perf_counter()

    def link_and_insert(con) -> tuple:
        known = warehouse.known_entities(con)
        batch = build_batch(cleaned, analysed, link(analysed.mentions, cleaned.docs, known))
        insert_batch(con, batch, run_id)
        insert_rejected(con, cleaned.rejected, run_id)
        return batch, known.height

    try:
        batch, n_known = warehouse.write(link_and_insert)
    except (DocumentFailed, WarehouseLocked):
        raise
    except Exception as error:
        uris = ", ".join(cleaned.docs["uri"].head(3).to_list())
        raise DocumentFailed(
            f"loading {cleaned.docs.height} documents ({uris}{', …' if cleaned.docs.height > 3 else ''}) into "
            f"{warehouse.location} failed with {type(error).__name__}: {' '.join(str(error).split())}; "
            f"{batch_outcome(warehouse, cleaned.docs['doc_id'].to_list(), run_id)}"
        ) from error
    get_run_logger().info(
        "linked %d mentions to %d entities (%d known aliases) and loaded %d documents, %d events, %d quotes "
        "into %s in %.2f s",
        batch.mentions.height,
        batch.entities.height,
        n_known,
        batch.documents.height,
        batch.events.height,
        batch.quotes.height,
        warehouse.location,
        time.perf_counter() - started,
    )
    return batch.documents.height


def batch_outcome(warehouse: Warehouse, doc_ids: list[str], run_id: str) -> str:
    """What a failed load left, looked up rather than assumed: an error at commit may come after the commit."""
    try:
        held = warehouse.documents_of_run(doc_ids, run_id)
    except Exception as error:  # the cause (a full disk, a lost file) may stop the check too
        return (
            f"whether the batch was committed could not be checked ({' '.join(str(error).split())}); "
            "running the same command again loads whatever is missing"
        )
    if held == len(doc_ids):
        return "the batch was committed all the same"
    if held == 0:
        return "the batch was not committed: the warehouse is as it was before it"
    return f"{held} of its {len(doc_ids)} documents are in the warehouse from this run"


@task(name="record-rejected", cache_policy=NO_CACHE)
def record_rejected(rejected: pl.DataFrame, warehouse: Warehouse, run_id: str) -> None:
    warehouse.record_rejected(rejected, run_id)


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run(warehouse: Warehouse, run_id: str, counts: dict, status: str) -> None:
    warehouse.finish_run(run_id, counts, status)


@task(name="mark-failed", cache_policy=NO_CACHE)
def mark_failed(warehouse: Warehouse, run_id: str, counts: dict, error: BaseException) -> None:
    """Record a failed run and why, without a long wait: the failure may be the warehouse lock itself."""
    try:
        warehouse.finish_run(
            run_id, counts, "failed", f"{type(error).__name__}: {' '.join(str(error).split())}", lock_timeout=5
        )
    except (WarehouseLocked, WarehouseUnwritable, OSError, duckdb.Error) as unrecorded:
        get_run_logger().warning(
            "run %s stays 'running' in the runs table (%s); the next run marks it abandoned", run_id, unrecorded
        )


@task(name="mark-stopped", cache_policy=NO_CACHE)
def mark_stopped(warehouse: Warehouse, run_id: str, counts: dict, stopped: RunStopped) -> str:
    """Record a run stopped by a signal as cancelled; the one line that says what the warehouse now holds."""
    held = warehouse.run_results(run_id)[0]["n_documents"]
    reason = f"{stopped} after committing {held} documents"
    warehouse.finish_run(run_id, counts, "cancelled", reason, lock_timeout=5)
    return (
        f"{reason}, each batch whole; the run is marked cancelled in `runs`. "
        "Run the same command again to load the rest"
    )


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
