"""Prefect tasks around the language pass. spaCy is imported where a batch is parsed (a model process, a Dask
worker), never by the flow process that imports this module."""

import time

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.clean import clean
from newsflow.tasks.core.clean import CleanResult
from newsflow.tasks.core.model_processes import NlpResult, ParsedBatch, clean_and_analyze_in_pool, documents_for_nlp
from newsflow.tasks.core.report import locate_failure
from newsflow.tasks.core.stopping import check_stop


@task(name="nlp", cache_policy=NO_CACHE)
def nlp(documents: pl.DataFrame, model: str, batch_size: int) -> NlpResult:
    """Sentences, mentions, events and quotes of a batch, parsed with this process's model (a Dask
    worker's); only English originals are parsed. A failure names the document behind it."""
    from newsflow.tasks.core.nlp import analyze, load_model

    started = time.perf_counter()
    selected = documents_for_nlp(documents)

    def parse(ids: list[str] | None = None) -> NlpResult:
        chosen = selected if ids is None else selected.filter(pl.col("doc_id").is_in(ids))
        return analyze(chosen.select("doc_id", "body", "published_at"), load_model(model), batch_size=batch_size)

    try:
        result = parse()
    except Exception as error:
        raise locate_failure("the language pass", selected, parse, error) from error
    get_run_logger().info(
        "parsed %d of %d documents: %d sentences, %d mentions, %d events, %d quotes in %.2f s",
        selected.height,
        documents.height,
        result.sentences.height,
        result.mentions.height,
        result.events.height,
        result.quotes.height,
        time.perf_counter() - started,
    )
    return result


@task(name="clean-and-parse", cache_policy=NO_CACHE)
def clean_and_parse(documents: pl.DataFrame, model: str, batch_size: int, processes: int | None = None) -> ParsedBatch:
    """A batch cleaned and parsed: what `load` takes.

    In `processes` model processes (and a cleaning process while they leave a core free), so the
    flow process only reads, links and loads while others clean and parse; with `processes` None,
    where this runs (a Dask worker, with its own model). A failure names the document behind it.
    """
    if processes is None:
        cleaned = clean.fn(documents)
        return ParsedBatch(cleaned, nlp.fn(cleaned.docs, model, batch_size))
    started = time.perf_counter()

    def clean_and_parse_some(ids: list[str] | None = None) -> tuple[CleanResult, NlpResult]:
        chosen = documents if ids is None else documents.filter(pl.col("doc_id").is_in(ids))
        return clean_and_analyze_in_pool(chosen, model, batch_size, processes)

    try:
        cleaned, result = clean_and_parse_some()
    except Exception as error:
        check_stop()  # the model processes were ended because the run stops: no document is at fault
        raise locate_failure("cleaning and the language pass", documents, clean_and_parse_some, error) from error
    get_run_logger().info(
        "cleaned %d documents (%d rejected), removed %d lines; parsed %d: %d sentences, %d mentions, %d events, "
        "%d quotes in %.2f s",
        documents.height,
        cleaned.rejected.height,
        cleaned.removed.height,
        documents_for_nlp(cleaned.docs).height,
        result.sentences.height,
        result.mentions.height,
        result.events.height,
        result.quotes.height,
        time.perf_counter() - started,
    )
    return ParsedBatch(cleaned, result)
