"""The `news_pipeline` flow: ingest → clean → nlp → entities → aggregate → load. Wiring only.

Inputs stream in chunks of `batch_size`. `workers` chunks are parsed at once (in model processes,
or on a Dask cluster) and as many more are cleaned and wait their turn (in a cleaning process
while the model processes leave a core free, else in the model processes); meanwhile the flow
reads the next chunk and links and loads finished ones in order. Even one worker is a process of its
own: the flow's Python stages then run on another core instead of taking turns with the parser
for this process's GIL. On a Dask cluster writing to a warehouse that writers on other
machines may share (a PostgreSQL-catalog DuckLake), each worker cleans, parses, links and loads
its own chunks; loads still follow the input order, so the rows equal a one-process run's.
"""

import uuid

from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.states import Cancelled

from newsflow import tasks
from newsflow.tasks.core.model_processes import ParsedBatch
from newsflow.tasks.core.stopping import RunStopped, check_stop
from newsflow.tasks.ingest import find_inputs, read_inputs
from newsflow.tasks.load import (
    finish_run,
    load,
    mark_failed,
    mark_stopped,
    prepare_warehouse,
    record_rejected,
    select_new,
    start_run,
    summarize_run,
)
from newsflow.tasks.nlp import clean_and_parse
from newsflow.tasks.progress import track
from newsflow.tasks.report import publish_report, publish_summary
from newsflow.tasks.settings import get_settings
from newsflow.tasks.stop import stop_on_signals
from newsflow.tasks.store import open_warehouse
from newsflow.tasks.stream import InFlight, RunTally, chunks, nlp_runner


@flow(name="news_pipeline", validate_parameters=True)
def news_pipeline(
    source: str,
    db: str | None = None,
    data_path: str | None = None,
    model: str | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
    dask_address: str | None = None,
    allow_private_urls: bool | None = None,
) -> dict:
    """Process the articles under `source` into the warehouse `db`; returns the run summary.

    Ctrl-C or SIGTERM stops the run between batches: the run ends Cancelled, saying what it committed.
    """
    settings = get_settings(
        model=model,
        batch_size=batch_size,
        workers=workers,
        dask_address=dask_address,
        allow_private_urls=allow_private_urls,
    )
    warehouse, run_id = open_warehouse(db, data_path), uuid.uuid4().hex[:12]
    tally = RunTally()
    workers_load = bool(settings.dask_address) and warehouse.writers_on_many_machines
    model_processes = None if settings.dask_address else settings.workers  # Dask workers parse with their own model

    with stop_on_signals():
        locators = find_inputs(source, settings.allow_private_urls)  # a missing source fails here, before any write
        prepare_warehouse(warehouse)
        start_run(warehouse, run_id, flow_run.get_id(), settings.model, tasks.__version__)
        try:
            locator_chunks = chunks(locators, settings.batch_size)
            with nlp_runner(settings) as runner:
                in_flight = InFlight(settings.workers)
                for chunk in track(locator_chunks, total=len(locators), description="articles", size=len):
                    check_stop()
                    found = read_inputs(chunk, source, settings.allow_private_urls)
                    if not found.rejected.is_empty():
                        record_rejected(found.rejected, warehouse, run_id)
                    fresh = tally.take(found, select_new(found.docs, warehouse, settings.model, tasks.__version__))
                    if fresh.is_empty():
                        continue
                    parsed = runner.submit(
                        clean_and_parse,
                        {
                            "documents": fresh,
                            "model": settings.model,
                            "batch_size": settings.nlp_batch_size,
                            "processes": model_processes,
                        },
                    )
                    if workers_load:
                        loaded = runner.submit(
                            load,
                            {"parsed": parsed, "warehouse": warehouse, "run_id": run_id},
                            wait_for=in_flight.newest(),
                        )
                        in_flight.add(None, loaded)
                        list(in_flight.ready())
                        continue
                    in_flight.add(None, parsed)
                    for _, done in in_flight.ready():
                        check_stop()
                        load_parsed(done, warehouse, run_id, tally)
                for _, done in in_flight.rest():
                    if not workers_load:
                        check_stop()
                        load_parsed(done, warehouse, run_id, tally)
        except RunStopped as stopped:
            return Cancelled(message=mark_stopped(warehouse, run_id, tally.counts, stopped))
        except BaseException as error:
            mark_failed(warehouse, run_id, tally.counts, error)
            raise
    get_run_logger().info(
        "inputs %(n_in)d: new %(n_new)d, skipped %(n_skipped)d, rejected %(n_rejected)d", tally.counts
    )
    finish_run(warehouse, run_id, tally.counts, "completed")

    summary = summarize_run(warehouse, run_id, tally.counts, tally.all_rejected())
    publish_summary(summary)
    publish_report(warehouse, settings.report_dir)
    return summary


def load_parsed(parsed: ParsedBatch, warehouse, run_id: str, tally: RunTally) -> None:
    """Load a cleaned and parsed batch, counting the documents cleaning rejected (too long to parse)."""
    tally.reject(parsed.rejected)
    load(parsed, warehouse, run_id)
