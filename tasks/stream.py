"""Streaming a run: inputs read chunk by chunk (tasks.ingest), language batches in flight on a task runner.

A run never holds more than a few batches: locators are found first (cheap), then each
chunk is read, cleaned and parsed while earlier chunks are linked and loaded.
"""

import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate

import polars as pl
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from newsflow.tasks.core.ingest import IngestResult
from newsflow.tasks.core.model_processes import start_worker_pool, stop_worker_pools
from newsflow.tasks.core.report import input_counts
from newsflow.tasks.core.schemas import REJECTED, empty
from newsflow.tasks.core.stopping import check_stop
from newsflow.tasks.settings import Settings
from newsflow.tasks.stop import children_deaf_to_ctrl_c

RAMP_START_SHARE = 8  # the first and last chunks are size // 8; sizes double from there up to size
STOP_POLL_SECONDS = 0.25  # how often a wait for parsed batches looks whether the run was asked to stop


def chunks(items: list, size: int) -> list[list]:
    """`items` in consecutive chunks of at most `size`, smaller ones at the start and at the end.

    Sizes double from `size // RAMP_START_SHARE` up to `size`, then halve again towards the end. The
    language pass starts after a few documents are cleaned instead of a whole batch, and a run ends
    on a small chunk: little is left to link and load after the last parse, and several workers
    finish at about the same time instead of one parsing a whole batch while the others idle.
    """
    sizes = chunk_sizes(len(items), size)
    return [items[start : start + n] for start, n in zip(accumulate(sizes, initial=0), sizes)]


def chunk_sizes(n_items: int, size: int) -> list[int]:
    """Chunk sizes for `chunks`: a ramp up, full chunks (and one remainder), the ramp down again."""
    head, tail, left, step = [], [], n_items, max(1, size // RAMP_START_SHARE)
    while left and step < size:
        for side in (head, tail):
            if left:
                side.append(min(step, left))
                left -= side[-1]
        step *= 2
    full, remainder = divmod(left, size)
    return head + [size] * full + ([remainder] if remainder else []) + tail[::-1]


@contextmanager
def nlp_runner(settings: Settings) -> Iterator[TaskRunner]:
    """Where language batches run: the Dask cluster at `dask_address`, else threads of this process.

    A thread hands a batch to the cleaning process or one of the `workers` model processes and waits
    for its frames; loading stays in the flow process. Two threads per worker, one for each batch
    `InFlight` lets be unfinished, so a batch is cleaned while the one before it parses. The processes
    start here (the models load while the first chunk is read), begun deaf to Ctrl-C. A run that ends
    early (stopped, failed) ends them, so it does not wait for parses nobody will load.
    """
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        runner = ThreadPoolTaskRunner(max_workers=2 * settings.workers)
        with children_deaf_to_ctrl_c():
            start_worker_pool(settings.model, settings.workers)
    with runner:
        try:
            yield runner
        except BaseException:
            stop_worker_pools()
            raise


class InFlight:
    """Language batches submitted and not yet loaded, handed back in the order they were submitted.

    Up to two batches per worker are unfinished at once, one parsing and one waiting its turn, so
    workers that finish together both go on at once, and a worker that finishes early takes the
    next batch while an older, longer one still parses. Finished batches wait for the older ones
    (loading keeps the order of the input), and feeding the workers comes before loading: `ready`
    stops handing batches back as soon as a worker may run out of work.
    """

    def __init__(self, workers: int):
        self.workers = workers
        self.batches: deque[tuple[object, PrefectFuture]] = deque()
        self.finished: set[PrefectFuture] = set()
        self.unfinished = 0
        self.changed = threading.Condition()

    def add(self, cleaned: object, future: PrefectFuture) -> None:
        with self.changed:
            self.unfinished += 1
        self.batches.append((cleaned, future))
        future.add_done_callback(self._finish)

    def newest(self) -> list[PrefectFuture]:
        """The future of the batch added last, if it is still held: what a batch that must follow it waits for."""
        return [self.batches[-1][1]] if self.batches else []

    def _finish(self, future: PrefectFuture) -> None:
        with self.changed:
            self.finished.add(future)
            self.unfinished -= 1
            self.changed.notify_all()

    def ready(self) -> Iterator[tuple[object, object]]:
        """(cleaned, result) of the batches to load now, oldest first: after waiting while every worker
        has a batch waiting, and only while every worker still has one to parse (or while this holds
        two batches per worker, so memory stays bounded when parsing outruns cleaning)."""
        limit = 2 * self.workers
        self._wait_until(lambda: self.unfinished < limit)
        while (
            self.batches
            and self.batches[0][1] in self.finished
            and (self.unfinished >= self.workers or len(self.batches) >= limit)
        ):
            yield self._pop()

    def rest(self) -> Iterator[tuple[object, object]]:
        """(cleaned, result) of every batch left, oldest first, waiting for each."""
        while self.batches:
            yield self._pop()

    def _pop(self) -> tuple[object, object]:
        future = self.batches[0][1]
        self._wait_until(lambda: future in self.finished)
        cleaned, future = self.batches.popleft()
        self.finished.discard(future)
        return cleaned, future.result()

    def _wait_until(self, done: Callable[[], bool]) -> None:
        """Wait for `done()`, raising RunStopped as soon as the run is asked to stop."""
        with self.changed:
            while not self.changed.wait_for(done, timeout=STOP_POLL_SECONDS):
                check_stop()


@dataclass
class RunTally:
    """Input counts summed over a run's chunks, and the doc_ids already taken (exact duplicates across chunks)."""

    counts: dict = field(default_factory=lambda: dict.fromkeys(("n_in", "n_new", "n_skipped", "n_rejected"), 0))
    rejected: list[pl.DataFrame] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def take(self, found: IngestResult, fresh: pl.DataFrame) -> pl.DataFrame:
        """The chunk's documents to process: new to the warehouse and not already taken by this run."""
        fresh = fresh.filter(~pl.col("doc_id").is_in(list(self.seen)))
        self.seen.update(found.docs["doc_id"].to_list())
        for name, n in input_counts(found, fresh.height).items():
            self.counts[name] += n
        if not found.rejected.is_empty():
            self.rejected.append(found.rejected)
        return fresh

    def reject(self, rejected: pl.DataFrame) -> None:
        """Count documents taken as new that a later stage rejected (too long to parse) as rejected instead."""
        if rejected.is_empty():
            return
        self.counts["n_new"] -= rejected.height
        self.counts["n_rejected"] += rejected.height
        self.rejected.append(rejected)

    def all_rejected(self) -> pl.DataFrame:
        return pl.concat(self.rejected) if self.rejected else empty(REJECTED)
