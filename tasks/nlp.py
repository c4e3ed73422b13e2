"""Prefect task around the language pass."""

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.nlp import NlpResult, analyze, analyze_in_pool, documents_for_nlp, load_model


@task(name="nlp", cache_policy=NO_CACHE)
def nlp(documents: pl.DataFrame, model: str, batch_size: int, workers: int) -> NlpResult:
    """Sentences, mentions, events and quotes of a batch; only English originals are parsed.

    With `workers` > 1 the batch goes to one of that many model processes (see
    `tasks.core.nlp.worker_pool`); on a Dask worker `workers` is 1 and the worker's own model is used.
    """
    selected = documents_for_nlp(documents).select("doc_id", "body", "published_at")
    if workers > 1:
        return analyze_in_pool(selected, model, batch_size, workers)
    return analyze(selected, load_model(model), batch_size=batch_size)
