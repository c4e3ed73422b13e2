"""Streaming a run: inputs read chunk by chunk (tasks.ingest), language batches in flight on a task runner.

A run never holds more than a few batches: locators are found first (cheap), then each
chunk is read, cleaned and parsed while earlier chunks are linked and loaded.
"""

from dataclasses import dataclass, field

import polars as pl
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from tasks.core.ingest import IngestResult
from tasks.core.report import input_counts
from tasks.core.schemas import REJECTED, empty
from tasks.settings import Settings


RAMP_START_SHARE = 8  # the first and last chunks are size // 8; sizes double from there up to size


def chunks(items: list, size: int) -> list[list]:
    """`items` in consecutive chunks of at most `size`, smaller ones at the start and at the end.

    Sizes double from `size // RAMP_START_SHARE` up to `size`, then halve again towards the end. The
    language pass starts after a few documents are cleaned instead of a whole batch, and a run ends
    on a small chunk: little is left to link and load after the last parse, and several workers
    finish at about the same time instead of one parsing a whole batch while the others idle.
    """
    sizes = chunk_sizes(len(items), size)
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    return [items[start: start + n] for start, n in zip(starts, sizes)]


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


def nlp_runner(settings: Settings) -> TaskRunner:
    """Where language batches run: the Dask cluster at `dask_address`, else threads of this process.

    A thread hands a batch to one of the `workers` model processes and waits for its frames;
    loading stays in the flow process.
    """
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    return ThreadPoolTaskRunner(max_workers=settings.workers)


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

    def all_rejected(self) -> pl.DataFrame:
        return pl.concat(self.rejected) if self.rejected else empty(REJECTED)
