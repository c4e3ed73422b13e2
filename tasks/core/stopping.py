"""A run asked to stop (tasks.stop turns Ctrl-C and SIGTERM into this): checked between steps, never mid-transaction."""

import signal

requested: list[int] = []  # the signals received, first one first


class RunStopped(Exception):
    """The run was asked to stop (Ctrl-C, SIGTERM) and stopped between batches."""

    def __init__(self, signum: int):
        super().__init__(f"stopped by {describe(signum)}")
        self.signum = signum


def describe(signum: int) -> str:
    return "Ctrl-C (SIGINT)" if signum == signal.SIGINT else signal.Signals(signum).name


def stop_requested() -> bool:
    return bool(requested)


def check_stop() -> None:
    """Raise RunStopped once a stop was asked for."""
    if requested:
        raise RunStopped(requested[0])
