"""Prefect tasks around the ingest core: find the inputs of a source, then read them chunk by chunk."""

import time
from collections import Counter
from functools import partial

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.core.ingest import IngestResult, Locator, discover, read_documents
from newsflow.tasks.fetch import fetch_page


@task(name="find-inputs", cache_policy=NO_CACHE)
def find_inputs(source: str, allow_private_urls: bool = False) -> list[Locator]:
    """Files, page URLs and feed entries named by `source`; web requests show as fetch-page task runs."""
    started = time.perf_counter()
    locators = discover(source, fetch=partial(fetch_page, allow_private=allow_private_urls))
    n_urls = sum(isinstance(item, str) for item in locators)
    get_run_logger().info(
        "%s: %d inputs (%d files, %d URLs) in %.2f s",
        source,
        len(locators),
        len(locators) - n_urls,
        n_urls,
        time.perf_counter() - started,
    )
    return locators


@task(name="read-inputs", cache_policy=NO_CACHE)
def read_inputs(locators: list[Locator], source: str, allow_private_urls: bool = False) -> IngestResult:
    """One chunk of inputs as documents; unreadable ones come back as rejected rows, each named in the log."""
    started = time.perf_counter()
    found = read_documents(locators, source=source, fetch=partial(fetch_page, allow_private=allow_private_urls))
    log_ingest(found, time.perf_counter() - started)
    return found


def log_ingest(found: IngestResult, seconds: float) -> None:
    """Counts and time of a read, and every rejected input with its reason (at info level: the run summary
    lists the rejections on the console once)."""
    logger = get_run_logger()
    reasons = Counter(found.rejected["reason"].to_list())
    logger.info(
        "read %d documents, %d exact duplicates, %d rejected %s in %.2f s",
        found.docs.height,
        found.n_duplicates,
        found.rejected.height,
        dict(reasons) if reasons else "",
        seconds,
    )
    for row in found.rejected.iter_rows(named=True):
        logger.info("rejected %s (%s): %s", row["uri"], row["reason"], row["detail"])
