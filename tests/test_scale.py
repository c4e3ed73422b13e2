"""Scaling out changes nothing: model processes and a Dask cluster fill the same warehouse as one process,
also when the Dask workers write their own batches into a PostgreSQL-catalog DuckLake."""

import shutil
import threading
from pathlib import Path

import pytest
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner

from bench.corpus import conll_documents
from newsflow.flows.pipeline import news_pipeline
from newsflow.tasks.store import open_warehouse
from newsflow.tasks.stream import InFlight, chunks
from tests.conftest import SEED, SHARED, assert_checks_pass

pytestmark = pytest.mark.usefixtures("prefect_harness")

# Every column but the run's own bookkeeping (run_id, ingested_at).
TABLES = {
    "documents": "doc_id, source, uri, title, publisher, author, published_at, language, caption, body, n_chars, "
    "duplicate_of",
    "sentences": "*",
    "mentions": "*",
    "entities": "*",
    "entity_aliases": "*",
    "events": "*",
    "quotes": "*",
    "cooccurrences": "*",
}
BATCH = 3  # small batches, so several are in flight at once and later ones link to entities of earlier ones


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """The seed and ten CoNLL-2003 dev documents rebuilt as text: five batches of at most three."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copy(SEED, folder / SEED.name)
    for i, text in enumerate(conll_documents(SHARED / "data" / "conll2003" / "eng.testa")[:10]):
        (folder / f"conll-{i:02d}.txt").write_text(text)
    return folder


def contents(db: Path | str, data_path: Path | None = None) -> dict[str, list[tuple]]:
    """Each table's rows, sorted, without run bookkeeping."""
    warehouse = open_warehouse(db, data_path)
    return {
        table: sorted(warehouse.query(f"select {columns} from {table}").rows(), key=repr)
        for table, columns in TABLES.items()
    }


@pytest.fixture(scope="module")
def one_process(articles: Path, tmp_path_factory, prefect_harness) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("one") / "warehouse.duckdb"
    summary = news_pipeline(str(articles), db=str(db), batch_size=BATCH, workers=1)
    assert summary["n_new"] == 11
    assert_checks_pass(db)
    return contents(db)


def test_one_process_run_fills_every_table(one_process: dict):
    assert len(one_process["documents"]) == 11
    assert all(one_process[table] for table in TABLES), {t: len(r) for t, r in one_process.items()}
    assert ("Alexander Lukashenko", "PERSON") in {(row[1], row[2]) for row in one_process["entities"]}


def test_two_worker_processes_write_the_same_rows(articles: Path, tmp_path: Path, one_process: dict):
    db = tmp_path / "warehouse.duckdb"

    summary = news_pipeline(str(articles), db=str(db), batch_size=BATCH, workers=2)

    assert summary["n_new"] == 11
    assert contents(db) == one_process


def test_dask_cluster_writes_the_same_rows(articles: Path, tmp_path: Path, one_process: dict):
    from distributed import LocalCluster

    db = tmp_path / "warehouse.duckdb"
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        summary = news_pipeline(
            str(articles), db=str(db), batch_size=BATCH, workers=2, dask_address=cluster.scheduler_address
        )

    assert summary["n_new"] == 11
    assert contents(db) == one_process


def test_dask_workers_write_their_own_batches_into_a_postgres_lake(
    articles: Path, tmp_path: Path, one_process: dict, postgres
):
    from distributed import Client, LocalCluster

    lake, files = f"ducklake:postgres:{postgres.new_database()}", tmp_path / "shared-files"
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        summary = news_pipeline(
            str(articles),
            db=lake,
            data_path=str(files),
            batch_size=BATCH,
            workers=2,
            dask_address=cluster.scheduler_address,
        )
        with Client(cluster) as client:
            writers = client.run(
                lambda: any(
                    not read_only for _, _, read_only in __import__("newsflow.tasks.store").tasks.store._sessions
                )
            )

    assert summary["n_new"] == 11
    assert any(writers.values()), writers  # the workers opened the lake for writing: they loaded batches
    assert contents(lake, files) == one_process
    assert_checks_pass(lake, files)


def test_a_run_starts_and_ends_on_small_chunks_and_reads_every_input_once():
    parts = chunks(list(range(1000)), 200)
    assert [len(part) for part in parts] == [25, 50, 100, 200, 200, 200, 50, 100, 50, 25]
    assert [item for part in parts for item in part] == list(range(1000))
    assert [len(part) for part in chunks(list(range(300)), 200)] == [25, 50, 100, 50, 50, 25]
    assert [len(part) for part in chunks(list(range(5)), 200)] == [5]
    assert [len(part) for part in chunks(list(range(7)), 1)] == [1] * 7


@task(cache_policy=NO_CACHE)
def parse_when(gate: threading.Event, batch: str) -> str:
    """Stands in for a language batch that takes as long as the test holds `gate` shut."""
    gate.wait(timeout=20)
    return f"parsed {batch}"


def submit_gated(in_flight: InFlight, runner: ThreadPoolTaskRunner, batch: str, gate: threading.Event) -> PrefectFuture:
    """A stand-in batch on `runner`, handed to `in_flight` as it would be by the flow."""
    future = runner.submit(parse_when, {"gate": gate, "batch": batch})
    in_flight.add(batch, future)
    return future


def test_a_free_worker_takes_the_next_batch_while_an_older_one_parses_and_loading_keeps_input_order():
    @flow
    def stream() -> tuple[list, list, list]:
        gates = {name: threading.Event() for name in "abc"}
        with ThreadPoolTaskRunner(max_workers=2) as runner:
            in_flight = InFlight(workers=2)
            for name in "ab":
                submit_gated(in_flight, runner, name, gates[name])
            first = list(in_flight.ready())  # a and b parse, one worker each: room for a third batch
            gates["b"].set()  # the younger batch finishes first
            submit_gated(in_flight, runner, "c", gates["c"])
            second = list(in_flight.ready())  # b is done, but a is older and still parsing
            gates["a"].set()
            gates["c"].set()
            return first, second, list(in_flight.rest())

    first, second, rest = stream()
    assert first == [] and second == []
    assert rest == [("a", "parsed a"), ("b", "parsed b"), ("c", "parsed c")]


def test_workers_that_run_out_of_batches_are_fed_before_finished_batches_are_loaded():
    @flow
    def stream() -> tuple[list, list, list]:
        gates = {name: threading.Event() for name in "abcd"}
        with ThreadPoolTaskRunner(max_workers=2) as runner:
            in_flight = InFlight(workers=2)
            for name in "ab":
                submit_gated(in_flight, runner, name, gates[name])
            gates["a"].set()
            gates["b"].set()
            with in_flight.changed:
                assert in_flight.changed.wait_for(lambda: in_flight.unfinished == 0, timeout=20)
            idle = list(in_flight.ready())  # both workers idle: the caller should submit more first
            for name in "cd":
                submit_gated(in_flight, runner, name, gates[name])
            busy = list(in_flight.ready())  # both workers parse again: a and b load meanwhile
            gates["c"].set()
            gates["d"].set()
            return idle, busy, list(in_flight.rest())

    idle, busy, rest = stream()
    assert idle == []
    assert busy == [("a", "parsed a"), ("b", "parsed b")]
    assert rest == [("c", "parsed c"), ("d", "parsed d")]


def test_finished_batches_are_loaded_once_two_per_worker_are_held_even_if_the_workers_are_idle():
    @flow
    def stream() -> list[list]:
        handed_back = []
        with ThreadPoolTaskRunner(max_workers=1) as runner:
            in_flight = InFlight(workers=1)
            for name in "abc":
                gate = threading.Event()
                gate.set()
                submit_gated(in_flight, runner, name, gate).wait()
                handed_back.append([batch for batch, _ in in_flight.ready()])
            handed_back.append([batch for batch, _ in in_flight.rest()])
        return handed_back

    assert stream() == [[], ["a"], ["b"], ["c"]]
