"""Waiting for the warehouse: a DuckDB file lets one process open it for writing, so a second run
polls with backoff until the first lets go; a DuckLake lets writers overlap, and the one that
loses a commit conflict runs its transaction again. Both wait up to one timeout."""

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
from pydantic import ValidationError

from newsflow.tasks.settings import get_settings

FIRST_WAIT_SECONDS = 0.05
MAX_WAIT_SECONDS = 2.0
log = logging.getLogger("newsflow.lock")

T = TypeVar("T")


class WarehouseLocked(RuntimeError):
    """Another process kept the warehouse file for longer than we were willing to wait."""


class WarehouseBusy(WarehouseLocked):
    """A DuckLake write kept conflicting with other writers for longer than we were willing to wait."""


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


def retry_with_backoff(
    action: Callable[[], T],
    retryable: Callable[[Exception], bool],
    give_up: Callable[[Exception, float], Exception],
    on_first_wait: Callable[[float], None],
    timeout: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """`action()`, retried with doubling waits while it fails `retryable`-ly; `give_up(error, timeout)` is
    raised after `timeout` s."""
    timeout = lock_timeout() if timeout is None else timeout
    deadline, wait, warned = clock() + timeout, FIRST_WAIT_SECONDS, False
    while True:
        try:
            return action()
        except duckdb.Error as error:
            if not retryable(error):
                raise
            if clock() >= deadline:
                raise give_up(error, timeout) from None
            if not warned:
                on_first_wait(timeout)
                warned = True
        sleep(min(wait, max(deadline - clock(), 0.0)))
        wait = min(wait * 2, MAX_WAIT_SECONDS)


def open_when_free(
    open_file: Callable[[], T],
    path: Path,
    timeout: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """`open_file()`, retried with doubling waits while another process holds `path`; WarehouseLocked after
    `timeout` s."""

    def give_up(error: Exception, waited: float) -> Exception:
        return WarehouseLocked(
            f"the warehouse {path} is held by another newsflow run (or another DuckDB writer) "
            f"and was not released within {waited:g} s; wait for that run to finish, or raise "
            f"NEWSFLOW_LOCK_TIMEOUT. DuckDB said: {error}"
        )

    return retry_with_backoff(
        open_file,
        is_lock_conflict,
        give_up,
        lambda waited: log.warning("warehouse %s is held by another process; waiting up to %g s", path, waited),
        timeout,
        sleep,
        clock,
    )


def retry_while_busy(
    write: Callable[[], T], is_conflict: Callable[[Exception], bool], location: str, timeout: float | None = None
) -> T:
    """`write()` again from the start while it loses commit conflicts to other writers; WarehouseBusy after
    `timeout` s."""

    def give_up(error: Exception, waited: float) -> Exception:
        return WarehouseBusy(
            f"writes to the warehouse {location} kept conflicting with other writers for {waited:g} s; "
            f"try again, or raise NEWSFLOW_LOCK_TIMEOUT. DuckDB said: {error}"
        )

    return retry_with_backoff(
        write,
        is_conflict,
        give_up,
        lambda waited: log.warning(
            "a write to %s conflicted with another writer; retrying for up to %g s", location, waited
        ),
        timeout,
    )
