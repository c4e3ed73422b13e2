"""Waiting for the warehouse's one-writer lock: DuckDB lets one process open a file read-write,
so a second run polls with backoff until the first lets go, up to a timeout."""

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
from pydantic import ValidationError

from tasks.settings import get_settings

FIRST_WAIT_SECONDS = 0.05
MAX_WAIT_SECONDS = 2.0
log = logging.getLogger("newsflow.lock")

T = TypeVar("T")


class WarehouseLocked(RuntimeError):
    """Another process kept the warehouse file for longer than we were willing to wait."""


def lock_timeout() -> float:
    """Seconds to wait for the lock: the `lock_timeout` setting ($NEWSFLOW_LOCK_TIMEOUT, default 120)."""
    try:
        return get_settings().lock_timeout
    except ValidationError:
        value = os.environ.get("NEWSFLOW_LOCK_TIMEOUT")
        raise ValueError(f"NEWSFLOW_LOCK_TIMEOUT must be a number of seconds, not {value!r}") from None


def is_lock_conflict(error: Exception) -> bool:
    """DuckDB's refusal because another process holds the file (not a missing or corrupt file)."""
    return isinstance(error, duckdb.IOException) and "Could not set lock" in str(error)


def open_when_free(open_file: Callable[[], T], path: Path, timeout: float | None = None,
                   sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> T:
    """`open_file()`, retried with doubling waits while another process holds `path`; WarehouseLocked after `timeout` s."""
    timeout = lock_timeout() if timeout is None else timeout
    deadline, wait, warned = clock() + timeout, FIRST_WAIT_SECONDS, False
    while True:
        try:
            return open_file()
        except duckdb.IOException as error:
            if not is_lock_conflict(error):
                raise
            if clock() >= deadline:
                raise WarehouseLocked(
                    f"the warehouse {path} is held by another newsflow run (or another DuckDB writer) "
                    f"and was not released within {timeout:g} s; wait for that run to finish, or raise "
                    f"NEWSFLOW_LOCK_TIMEOUT. DuckDB said: {error}"
                ) from None
            if not warned:
                log.warning("warehouse %s is held by another process; waiting up to %g s", path, timeout)
                warned = True
        sleep(min(wait, max(deadline - clock(), 0.0)))
        wait = min(wait * 2, MAX_WAIT_SECONDS)
