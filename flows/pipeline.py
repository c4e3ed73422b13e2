"""The `news_pipeline` flow: ingest → clean → nlp → entities → aggregate → load. Wiring only."""

import uuid

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

import tasks
from tasks.aggregate import aggregate
from tasks.clean import clean
from tasks.core.report import input_counts
from tasks.entities import link_entities
from tasks.ingest import ingest
from tasks.load import (
    finish_run,
    known_entities,
    load,
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


@flow(name="news_pipeline", validate_parameters=True)
def news_pipeline(
    source: str,
    db: str | None = None,
    model: str | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
) -> dict:
    """Process the articles under `source` into the DuckDB warehouse `db`; returns the run summary."""
    settings = get_settings(db=db, model=model, batch_size=batch_size, workers=workers)
    warehouse, run_id = str(settings.db), uuid.uuid4().hex[:12]
    prepare_warehouse(warehouse)
    start_run(warehouse, run_id, flow_run.get_id(), settings.model, tasks.__version__)

    found = ingest(source)
    record_rejected(found.rejected, warehouse, run_id)
    fresh = select_new(found.docs, warehouse, settings.model, tasks.__version__)
    counts = input_counts(found, fresh.height)
    get_run_logger().info("inputs %(n_in)d: new %(n_new)d, skipped %(n_skipped)d, rejected %(n_rejected)d", counts)

    n_batches = -(-fresh.height // settings.batch_size)
    try:
        for batch in track(fresh.iter_slices(settings.batch_size), total=n_batches, description="articles"):
            cleaned = clean(batch)
            analysed = nlp(cleaned.docs, settings.model, settings.nlp_batch_size, settings.workers)
            linked = link_entities(analysed.mentions, cleaned.docs, known_entities(warehouse))
            load(aggregate(cleaned, analysed, linked), warehouse, run_id)
    except BaseException:
        finish_run(warehouse, run_id, counts, "failed")
        raise
    finish_run(warehouse, run_id, counts, "completed")

    summary = summarize_run(warehouse, run_id, counts, found.rejected)
    publish_summary(summary)
    return summary
