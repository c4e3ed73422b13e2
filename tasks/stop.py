"""Stopping a run on Ctrl-C or SIGTERM: between batches, then saying what the warehouse holds.

The signal handler only records the request; the flow checks it between steps, so a transaction
in progress commits (or fails on its own) and is never cut in the middle. A second signal, or a
stop still going after STOP_GRACE_SECONDS, ends the process at once, its child processes with it:
each batch is one transaction, so even then the warehouse holds whole batches only, and the next
run marks this one abandoned.
"""

import faulthandler
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psutil

from newsflow.tasks.core.stopping import describe, requested

STOP_GRACE_SECONDS = 8.0
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
grace_timers: list[threading.Timer] = []
handling = [0]  # how many stop_on_signals blocks are open; the outermost one clears a stop when it ends


def request_stop(signum: int, _frame=None) -> None:
    """The signal handler: the first signal asks for a stop and starts the grace period, a second one ends it."""
    if requested:
        stop_now(signum, f"a second {describe(signum)}")
    requested.append(signum)
    timer = threading.Timer(STOP_GRACE_SECONDS, stop_now, (signum, f"still stopping after {STOP_GRACE_SECONDS:g} s"))
    timer.daemon = True
    timer.start()
    grace_timers.append(timer)
    # A backstop that needs no Python thread: it fires even if native code holds the interpreter lock.
    faulthandler.dump_traceback_later(STOP_GRACE_SECONDS + 5, exit=True, file=open(os.devnull, "w"))


def stop_now(signum: int, why: str) -> None:
    """End this process and every process it started, now, with one line saying so."""
    print(
        f"newsflow: {why}: stopped at once; each batch is in the warehouse whole or not at all, "
        "and running the same command again loads what is missing",
        file=sys.stderr,
        flush=True,
    )
    for child in psutil.Process().children(recursive=True):
        try:
            child.kill()
        except psutil.Error:
            pass
    os._exit(128 + signum)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within: SIGINT and SIGTERM ask the run to stop at the next step (signals reach only the main thread).

    When the outermost block ends, a stop that was asked for is over: its grace period is called off,
    so a process that goes on (a notebook, a test session) is not ended later.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, request_stop) for signum in STOP_SIGNALS}
    handling[0] += 1
    try:
        yield
    finally:
        handling[0] -= 1
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if not handling[0] and requested:
            for timer in grace_timers:
                timer.cancel()
            faulthandler.cancel_dump_traceback_later()
            grace_timers.clear()
            requested.clear()


@contextmanager
def children_deaf_to_ctrl_c() -> Iterator[None]:
    """Within: processes started here begin with SIGINT ignored, which they keep through exec, so a Ctrl-C
    meant for this process cannot kill them half-started. A Ctrl-C in these few milliseconds is lost."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
