"""Prefect task around the ingest core."""

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.ingest import IngestResult, discover, read_documents


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(source: str) -> IngestResult:
    """Read every article under `source`; unreadable inputs come back as rejected rows."""
    return read_documents(discover(source), source=source)
