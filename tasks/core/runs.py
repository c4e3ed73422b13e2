"""Runs left `running` by a process that is gone (killed with -9, out of memory, a machine that went down)."""

from collections.abc import Callable
from datetime import datetime, timedelta

STALE_AFTER = timedelta(hours=24)  # how long a run whose process cannot be checked (another host) may stay running


def stale_runs(
    running: list[dict], host: str, now: datetime, process_started: Callable[[int], datetime | None]
) -> dict[str, str]:
    """run_id -> why, for each run recorded as running that no process is running any more.

    On this host the run's process is looked up (`process_started(pid)`: when the process with that pid
    started, None when there is none): gone, or started after the run (its pid reused), means stale.
    A run from another host, or recorded without its process, is stale only after STALE_AFTER.
    """
    reasons = {}
    for run in running:
        if run["host"] == host and run["pid"] is not None:
            started = process_started(run["pid"])
            if started is None or started > run["started_at"]:
                reasons[run["run_id"]] = (
                    f"its process {run['pid']} on {host} ended without finishing the run "
                    "(killed or crashed); the batches it committed are kept"
                )
        elif now - run["started_at"] > STALE_AFTER:
            hours = (now - run["started_at"]) / timedelta(hours=1)
            reasons[run["run_id"]] = (
                f"still running {hours:.0f} h after it started on {run['host'] or 'an unrecorded host'}, "
                "where its process cannot be checked from here; the batches it committed are kept"
            )
    return reasons
