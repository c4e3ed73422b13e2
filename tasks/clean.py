"""Prefect task around the cleaning core."""

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.clean import CleanResult, clean_documents


@task(name="clean", cache_policy=NO_CACHE)
def clean(docs: pl.DataFrame) -> CleanResult:
    """Article bodies and metadata of a batch, with every removed line and its reason."""
    return clean_documents(docs)
