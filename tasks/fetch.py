"""Prefect task that fetches one web page or feed: a task run per URL, retried on failures that may pass."""

import time

from prefect import Task, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.states import State

from newsflow.tasks.core.fetch import FetchError, Response, http_get, transient_status


def transient_failure(_task: Task, _task_run: TaskRun, state: State) -> bool:
    """Retry refused connections, 5xx and 429; a 404, an oversized page or one past its deadline will not change."""
    return isinstance(state.data, FetchError) and state.data.transient


@task(name="fetch-page", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=transient_failure,
      task_run_name="fetch {url}")
def fetch_page(url: str, allow_private: bool = False) -> Response:
    """GET `url` with newsflow's User-Agent, a deadline and a size limit, from public addresses only unless
    `allow_private`; raises FetchError for a page that cannot be had."""
    started = time.perf_counter()
    response = http_get(url, allow_private=allow_private)
    elapsed = time.perf_counter() - started
    if transient_status(response.status):
        raise FetchError(f"http-{response.status}", f"{url} answered HTTP {response.status}", transient=True)
    get_run_logger().info("%s: HTTP %d, %s, %d bytes in %.2f s", url, response.status, response.content_type or "?", len(response.body), elapsed)
    return response
