"""The `news_pipeline` flow: ingest → clean → nlp → entities → aggregate → load. Wiring only.

Inputs stream in chunks of `batch_size`. `workers` chunks are parsed at once (in model
processes, or on a Dask cluster) and as many more wait their turn; meanwhile the flow reads and
cleans the next chunk and links and loads finished ones in order, so DuckDB keeps a single
writer: this process. Even one worker is a process of its own: the flow's Python stages then
run on another core instead of taking turns with the parser for this process's GIL.
"""

import uuid

from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.states import Cancelled

import tasks
from tasks.aggregate import aggregate
from tasks.clean import clean
from tasks.entities import link_entities
from tasks.ingest import find_inputs, read_inputs
from tasks.load import (
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
from tasks.nlp import nlp
from tasks.progress import track
from tasks.report import publish_summary
from tasks.settings import get_settings
from tasks.core.stopping import RunStopped, check_stop
from tasks.stop import stop_on_signals
from tasks.stream import InFlight, RunTally, chunks, nlp_runner


@flow(name="news_pipeline", validate_parameters=True)
def news_pipeline(
    source: str,
    db: str | None = None,
    model: str | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
    dask_address: str | None = None,
    allow_private_urls: bool | None = None,
) -> dict:
    """Process the articles under `source` into the DuckDB warehouse `db`; returns the run summary.

    Ctrl-C or SIGTERM stops the run between batches: the run ends Cancelled, saying what it committed.
    """
    settings = get_settings(db=db, model=model, batch_size=batch_size, workers=workers, dask_address=dask_address,
                            allow_private_urls=allow_private_urls)
    warehouse, run_id = str(settings.db), uuid.uuid4().hex[:12]
    model_processes = None if settings.dask_address else settings.workers  # Dask workers parse with their own model
    tally = RunTally()

    def link_and_load(cleaned, analysed) -> None:
        check_stop()
        linked = link_entities(analysed.mentions, cleaned.docs, warehouse)
        load(aggregate(cleaned, analysed, linked), warehouse, run_id)

    with stop_on_signals():
        prepare_warehouse(warehouse)
        start_run(warehouse, run_id, flow_run.get_id(), settings.model, tasks.__version__)
        try:
            locator_chunks = chunks(find_inputs(source, settings.allow_private_urls), settings.batch_size)
            with nlp_runner(settings) as runner:
                in_flight = InFlight(settings.workers)
                for locators in track(locator_chunks, total=len(locator_chunks), description="articles"):
                    check_stop()
                    found = read_inputs(locators, source, settings.allow_private_urls)
                    if not found.rejected.is_empty():
                        record_rejected(found.rejected, warehouse, run_id)
                    fresh = tally.take(found, select_new(found.docs, warehouse, settings.model, tasks.__version__))
                    if fresh.is_empty():
                        continue
                    cleaned = clean(fresh)
                    if not cleaned.rejected.is_empty():
                        record_rejected(cleaned.rejected, warehouse, run_id)
                        tally.reject(cleaned.rejected)
                    parameters = {"documents": cleaned.docs, "model": settings.model,
                                  "batch_size": settings.nlp_batch_size, "processes": model_processes}
                    in_flight.add(cleaned, runner.submit(nlp, parameters))
                    for done in in_flight.ready():
                        link_and_load(*done)
                for done in in_flight.rest():
                    link_and_load(*done)
        except RunStopped as stopped:
            return Cancelled(message=mark_stopped(warehouse, run_id, tally.counts, stopped))
        except BaseException as error:
            mark_failed(warehouse, run_id, tally.counts, error)
            raise
    get_run_logger().info("inputs %(n_in)d: new %(n_new)d, skipped %(n_skipped)d, rejected %(n_rejected)d", tally.counts)
    finish_run(warehouse, run_id, tally.counts, "completed")

    summary = summarize_run(warehouse, run_id, tally.counts, tally.all_rejected())
    publish_summary(summary)
    return summary
