"""Prefect task around the language pass."""

import time

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.clean import clean
from newsflow.tasks.core.clean import CleanResult
from newsflow.tasks.core.nlp import NlpResult, analyze, analyze_in_pool, documents_for_nlp, load_model
from newsflow.tasks.core.report import locate_failure
from newsflow.tasks.core.stopping import check_stop


@task(name="nlp", cache_policy=NO_CACHE)
def nlp(documents: pl.DataFrame, model: str, batch_size: int, processes: int | None) -> NlpResult:
    """Sentences, mentions, events and quotes of a batch; only English originals are parsed.

    The batch goes to one of `processes` model processes (see `tasks.core.nlp.worker_pool`), so
    the flow process cleans and loads other batches on another core meanwhile. With `processes`
    None it is parsed here, with this process's model: what a Dask worker does.
    A failure names the document behind it.
    """
    started = time.perf_counter()
    selected = documents_for_nlp(documents)

    def parse(ids: list[str] | None = None) -> NlpResult:
        chosen = selected if ids is None else selected.filter(pl.col("doc_id").is_in(ids))
        frames = chosen.select("doc_id", "body", "published_at")
        if processes is None:
            return analyze(frames, load_model(model), batch_size=batch_size)
        return analyze_in_pool(frames, model, batch_size, processes)

    try:
        result = parse()
    except Exception as error:
        check_stop()  # the model processes were ended because the run stops: no document is at fault
        raise locate_failure("the language pass", selected, parse, error) from error
    get_run_logger().info(
        "parsed %d of %d documents: %d sentences, %d mentions, %d events, %d quotes in %.2f s",
        selected.height, documents.height, result.sentences.height, result.mentions.height,
        result.events.height, result.quotes.height, time.perf_counter() - started,
    )
    return result


@task(name="clean-and-parse", cache_policy=NO_CACHE)
def clean_and_parse(documents: pl.DataFrame, model: str, batch_size: int) -> tuple[CleanResult, NlpResult]:
    """A batch cleaned and parsed where this runs (a Dask worker, with its own model): what `load` takes."""
    cleaned = clean.fn(documents)
    return cleaned, nlp.fn(cleaned.docs, model, batch_size, None)
