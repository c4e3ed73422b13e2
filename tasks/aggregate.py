"""Prefect task around the aggregate core."""

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.aggregate import WarehouseBatch, build_batch
from tasks.core.clean import CleanResult
from tasks.core.entities import EntityResult
from tasks.core.nlp import NlpResult


@task(name="aggregate", cache_policy=NO_CACHE)
def aggregate(cleaned: CleanResult, analysed: NlpResult, linked: EntityResult) -> WarehouseBatch:
    """Link events and quotes to entities and count entity pairs per document."""
    return build_batch(cleaned, analysed, linked)
