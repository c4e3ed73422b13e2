"""Where batches are cleaned and parsed: model processes, and a cleaning process while a core is free.

The flow process imports this module, never spaCy: a process runs `tasks.core.nlp` (spaCy, the model)
only when it parses, and `tasks.core.clean` (lingua, datasketch, about 200 MB once used) only when it
cleans. Model processes (`worker_pool`) each load the model once and send back frames, never Docs
(pickling Docs costs about as much as parsing them).

Cleaning goes where a core would otherwise idle. With fewer model processes than cores, one cleaning
process cleans each batch while the model processes parse earlier ones; with a model process on every
core, each cleans its own batches, so no process takes CPU from parsing.
"""

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import types
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import polars as pl

from newsflow.tasks.core.stopping import check_stop

if TYPE_CHECKING:
    from newsflow.tasks.core.clean import CleanResult

CLEANING = None  # the "model" of the cleaning process: it loads none


@dataclass(frozen=True)
class NlpResult:
    sentences: pl.DataFrame
    mentions: pl.DataFrame
    events: pl.DataFrame
    quotes: pl.DataFrame


class ParsedBatch:
    """A cleaned and parsed batch on its way from the language pass to loading, taken out once.

    Prefect keeps a task's result in its future, and its futures reach themselves through their done callbacks:
    they go only when Python's cycle collector runs, which, with the many objects Prefect keeps, is rarely, so
    the flow process would hold the frames of batch after batch. Loading takes the frames out of this box, and
    they are freed as soon as loading is done with them.
    """

    def __init__(self, cleaned: "CleanResult", analysed: NlpResult):
        self._frames: tuple[CleanResult, NlpResult] | None = (cleaned, analysed)
        self.rejected = cleaned.rejected  # the documents cleaning found too long to parse

    def take(self) -> "tuple[CleanResult, NlpResult]":
        """The cleaned documents and the language pass's frames, leaving the box empty."""
        if self._frames is None:
            raise RuntimeError("this parsed batch was taken already")
        frames, self._frames = self._frames, None
        return frames


def documents_for_nlp(documents: pl.DataFrame) -> pl.DataFrame:
    """The documents worth a language pass: English (or undetected) originals with a body."""
    return documents.filter(
        pl.col("duplicate_of").is_null()
        & (pl.col("language").is_null() | (pl.col("language") == "en"))
        & (pl.col("n_chars") > 0)
    )


def cores() -> int:
    """CPU cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def cleans_apart(workers: int) -> bool:
    """Whether batches are cleaned in a cleaning process of their own: while the model processes leave a core free."""
    return workers < cores()


def clean_and_analyze_in_pool(documents: pl.DataFrame, model: str, batch_size: int, workers: int) -> tuple:
    """(CleanResult, NlpResult) of one batch: cleaned in the cleaning process (`cleans_apart`) or in the model
    process that then parses it. Concurrent calls use the other processes, so a batch is cleaned while
    earlier ones parse.

    A pool whose process died (killed, out of memory) is dropped, so the next run starts a new one.
    """
    if not cleans_apart(workers):
        return in_pool(model, workers, clean_and_analyze_with, model, documents, batch_size)
    cleaned = in_pool(CLEANING, 1, clean_with, documents)
    parsed = documents_for_nlp(cleaned.docs).select("doc_id", "body", "published_at")
    return cleaned, in_pool(model, workers, analyze_with, model, parsed, batch_size)


def in_pool(model: str | None, workers: int, function: Callable, *args):
    """`function(*args)` in one process of the pool for `model` and `workers`, waiting for the result."""
    pool = worker_pool(model, workers)
    try:
        return pool.submit(function, *args).result()
    except BrokenProcessPool:
        drop_pool((model, workers), pool)
        raise


def clean_with(documents: pl.DataFrame):
    """A batch of read documents cleaned: what a cleaning process runs."""
    from newsflow.tasks.core.clean import clean_documents

    return clean_documents(documents)


def analyze_with(model: str, documents: pl.DataFrame, batch_size: int) -> NlpResult:
    """`analyze` with this process's copy of `model`: what a model process runs for a batch."""
    from newsflow.tasks.core.nlp import analyze, load_model

    try:
        return analyze(documents, load_model(model), batch_size=batch_size)
    finally:
        release_freed_memory()


def clean_and_analyze_with(model: str, documents: pl.DataFrame, batch_size: int) -> tuple:
    """A batch of read documents cleaned and parsed with this process's copy of `model`: what `load` takes."""
    cleaned = clean_with(documents)
    parsed = documents_for_nlp(cleaned.docs).select("doc_id", "body", "published_at")
    return cleaned, analyze_with(model, parsed, batch_size)


GLIBC_M_ARENA_MAX = -8


def libc() -> ctypes.CDLL | None:
    """glibc, where there is one (malloc tuning is a no-op elsewhere)."""
    try:
        library = ctypes.CDLL("libc.so.6")
        return library if hasattr(library, "mallopt") and hasattr(library, "malloc_trim") else None
    except OSError:
        return None


def tune_allocator() -> None:
    """Two malloc arenas: a model process parses on one thread, and other threads' arenas would only hold memory.

    glibc's mmap threshold is left to rise: fixed at 128 KB, every large array the parser makes is
    mapped and unmapped again, which made parsing about a tenth slower; `release_freed_memory`
    gives a batch's memory back instead.
    """
    if (library := libc()) is not None:
        library.mallopt(GLIBC_M_ARENA_MAX, 2)


def release_freed_memory() -> None:
    """Hand memory freed by a batch back to the system, so a model process idles small between batches."""
    if (library := libc()) is not None:
        library.malloc_trim(0)


POOL_LOCK = threading.Lock()  # batches arrive on several threads; only the first may start a pool
POOLS: dict[tuple[str | None, int], ProcessPoolExecutor] = {}
POOLS_READY: dict[tuple[str | None, int], list[Future]] = {}  # one per process: its model is loaded


def worker_pool(model: str | None, workers: int) -> ProcessPoolExecutor:
    """`workers` spawned processes that each load `model` once and stay up for the life of this process.

    One pool per model and size, every process started and its model loaded before it is returned.
    Spawned, not forked: the parent runs Prefect's threads and event loop, which a fork would copy
    half-way through. A pool is known (and `stop_worker_pools` can end it) while its models load;
    none is started once the run is asked to stop.
    """
    pool, ready = start_worker_pool(model, workers)
    try:
        for started in ready:
            started.result()
    except BrokenProcessPool:
        drop_pool((model, workers), pool)
        raise
    return pool


def start_worker_pool(model: str, workers: int) -> tuple[ProcessPoolExecutor, list[Future]]:
    """The pool for `model` and `workers` (and the cleaning process, while `cleans_apart`), started (not waited
    for) if it has none yet; with the futures that finish when its models are loaded."""
    if cleans_apart(workers):
        start_pool(CLEANING, 1)
    return start_pool(model, workers)


def start_pool(model: str | None, workers: int) -> tuple[ProcessPoolExecutor, list[Future]]:
    """The pool for `model` and `workers`, its processes started if it has none yet."""
    key = (model, workers)
    with POOL_LOCK:
        if key not in POOLS:
            check_stop()
            with main_module_left_behind():  # each submit below starts one process
                POOLS[key] = ProcessPoolExecutor(
                    workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_model_process,
                    initargs=(model,),
                )
                POOLS_READY[key] = [POOLS[key].submit(model_ready, model) for _ in range(workers)]
        return POOLS[key], POOLS_READY[key]


@contextmanager
def main_module_left_behind() -> Iterator[None]:
    """Processes spawned meanwhile do not import this process's main module.

    A spawned process runs the parent's main module first: for `newsflow run` the command line
    with Prefect and DuckDB, tens of MB a model process never uses. The model process needs
    only this module, which it imports to unpickle its work.
    """
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def drop_pool(key: tuple[str | None, int], pool: ProcessPoolExecutor) -> None:
    """Forget a pool whose process died (killed, out of memory), so the next batch starts a new one."""
    with POOL_LOCK:
        if POOLS.get(key) is pool:
            del POOLS[key], POOLS_READY[key]


def start_model_process(model: str | None) -> None:
    """Set up a model (or cleaning) process: deaf to Ctrl-C, which is for the flow process (that one ends this
    one when the run stops); ended when its parent ends, however that goes; the model loaded once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tune_allocator()
    threading.Thread(target=exit_with_parent, name="newsflow-parent-watch", daemon=True).start()
    model_ready(model)


def exit_with_parent() -> None:
    """Wait until the process that started this one is gone, then go too (it may have been killed with -9)."""
    multiprocessing.connection.wait([multiprocessing.parent_process().sentinel])
    os._exit(1)


def stop_worker_pools() -> None:
    """End every model process now: a run that stops or fails wants no more parses. Later batches start a new pool."""
    with POOL_LOCK:
        pools = list(POOLS.values())
        POOLS.clear()
        POOLS_READY.clear()
    for pool in pools:
        for process in list(pool._processes.values()):  # the executor offers no public handle to kill its processes
            process.kill()
        manager = pool._executor_manager_thread
        pool.shutdown(wait=False, cancel_futures=True)
        if manager is not None:  # let it close its wake-up pipe now: Python 3.11's exit hook writes to that pipe
            manager.join(timeout=5)  # unlocked and, racing the close, printed "Bad file descriptor" after our error


def model_ready(model: str | None) -> str | None:
    """Load `model` in this process (a no-op after the first time; none for the cleaning process) without
    sending it anywhere."""
    if model is CLEANING:
        import newsflow.tasks.core.clean  # noqa: F401
    else:
        from newsflow.tasks.core.nlp import load_model

        load_model(model)
    return model
