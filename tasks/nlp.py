"""Prefect task around the language pass."""

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.nlp import NlpResult, analyze, documents_for_nlp, load_model


@task(name="nlp", cache_policy=NO_CACHE)
def nlp(documents: pl.DataFrame, model: str, batch_size: int, workers: int) -> NlpResult:
    """Sentences, mentions, events and quotes of a batch; only English originals are parsed."""
    return analyze(documents_for_nlp(documents), load_model(model), batch_size=batch_size, n_process=workers)
