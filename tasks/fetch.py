"""Prefect task that fetches one web page or feed: a task run per URL, tried again (by the one retry loop,
`core.fetch.fetch_with_retries`) on failures that may pass."""

import time
from functools import partial

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.core.fetch import Response, fetch_with_retries, http_get


@task(name="fetch-page", cache_policy=NO_CACHE, task_run_name="fetch {url}")
def fetch_page(url: str, allow_private: bool = False) -> Response:
    """GET `url` with newsflow's User-Agent, a deadline and a size limit, from public addresses only unless
    `allow_private`, again after refused connections, 5xx and 429; raises FetchError for a page that cannot be had."""
    started = time.perf_counter()
    response = fetch_with_retries(url, get=partial(http_get, allow_private=allow_private))
    elapsed = time.perf_counter() - started
    get_run_logger().info(
        "%s: HTTP %d, %s, %d bytes in %.2f s",
        url,
        response.status,
        response.content_type or "?",
        len(response.body),
        elapsed,
    )
    return response
