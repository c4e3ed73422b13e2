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


FIRST_CHUNK_SHARE = 8  # the first chunk is size // 8; sizes double from there up to size


def chunks(items: list, size: int) -> list[list]:
    """`items` in consecutive chunks of at most `size`, the first ones smaller.

    Sizes double from `size // FIRST_CHUNK_SHARE`: the language pass starts after a few documents
    are cleaned instead of a whole batch, and each later chunk is cleaned while the one before parses.
    """
    out, start, step = [], 0, max(1, size // FIRST_CHUNK_SHARE)
    while start < len(items):
        out.append(items[start: start + step])
        start, step = start + step, min(size, step * 2)
    return out


def nlp_runner(settings: Settings) -> TaskRunner:
    """Where language batches run: the Dask cluster at `dask_address`, else threads of this process.

    A thread runs a batch on this process's model (one at a time) or hands it to one of the
    `workers` model processes; only frames come back, and loading stays in the flow process.
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
