"""DuckLake warehouses with real processes: writers that overlap, readers in the duckdb CLI and
Python, time travel to a run, maintenance."""

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import polars as pl
import pytest

from newsflow.tasks.core.aggregate import WarehouseBatch
from newsflow.tasks.core.query_params import bound_parameters
from newsflow.tasks.core.schemas import LINKED_MENTIONS, frame
from newsflow.tasks.store import open_warehouse
from tests.conftest import POSTGRES_LAKE, ROOT, assert_checks_pass, make_warehouse
from tests.test_store import one_document_batch

LAKES = ["sqlite-lake", POSTGRES_LAKE]
ENTITIES = ["E0", "E1", "E2", "E3"]


def shared_entities_batch(writer: str, i: int, mentions_of: tuple[str, str]) -> WarehouseBatch:
    """Document `writer-i` mentioning two of the shared entities in one sentence (so they make a pair)."""
    doc_id = f"{writer}-{i}"
    base = one_document_batch(doc_id, "Alpha met Bravo in town.", entity_id=mentions_of[0])
    second = frame(
        [
            {
                "doc_id": doc_id,
                "sent_no": 0,
                "start_char": 10,
                "end_char": 15,
                "text": "Bravo",
                "label": "PERSON",
                "entity_id": mentions_of[1],
            }
        ],
        LINKED_MENTIONS,
    )
    a, b = sorted(mentions_of)
    return WarehouseBatch(
        **{
            **base.tables(),
            "mentions": pl.concat([base.mentions, second]),
            "entities": pl.DataFrame(
                {
                    "entity_id": list(mentions_of),
                    "name": [f"name {e}" for e in mentions_of],
                    "type": ["PERSON", "PERSON"],
                }
            ),
            "entity_aliases": pl.DataFrame(
                {"alias": [f"name {e}" for e in mentions_of], "entity_id": list(mentions_of)}
            ),
            "document_pairs": pl.DataFrame({"doc_id": [doc_id], "entity_a": [a], "entity_b": [b], "n_sentences": [1]}),
        }
    )


def writer_batches(writer: str, n: int) -> list[WarehouseBatch]:
    """`n` batches; every third one reprocesses the writer's first document with other entities."""
    batches = []
    for i in range(n):
        pair = (ENTITIES[i % 4], ENTITIES[(i + 1) % 4])
        batches.append(shared_entities_batch(writer, 0 if i % 3 == 2 else i, pair))
    return batches


WRITER = """
import logging, sys
from newsflow.tasks.store import open_warehouse
from tests.test_lake import writer_batches
logging.basicConfig(level=logging.INFO, format="%(message)s")
warehouse = open_warehouse(sys.argv[1], sys.argv[2])
batches = writer_batches(sys.argv[3], int(sys.argv[4]))
print("ready", flush=True)
sys.stdin.readline()
for batch in batches:
    warehouse.load_batch(batch, "run-" + sys.argv[3])
print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", LAKES)
def test_overlapping_writers_retry_and_rollups_count_every_row_once(kind: str, tmp_path: Path, request):
    location = make_warehouse(kind, tmp_path, request)
    open_warehouse(location, tmp_path / "files").migrate()  # the catalog is made once, before writers start
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, location, str(tmp_path / "files"), name, "12"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b", "c")
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # all start at once
        writer.stdin.write("go\n")
        writer.stdin.flush()
    outputs = [writer.communicate(timeout=300) for writer in writers]
    for writer, (out, err) in zip(writers, outputs):
        assert writer.returncode == 0 and out.strip() == "done", err[-2000:]

    warehouse = open_warehouse(location, tmp_path / "files")
    # Each writer's 12 batches hold 8 distinct documents: every third one reloads its first document.
    assert warehouse.query("select count(*) as n, count(distinct doc_id) as d from documents").rows() == [(24, 24)]
    assert warehouse.query("select count(*) as n from mentions")["n"][0] == 48
    assert warehouse.query("select count(*) as n, count(distinct entity_id) as d from entities").rows() == [(4, 4)]
    assert_checks_pass(location, tmp_path / "files")  # entity counts and pair sums equal what their rows say
    assert warehouse.query("select count(*) as n from entity_aliases")["n"][0] == 4


@pytest.mark.slow
def test_newsflow_attach_opens_the_lake_read_only_in_the_duckdb_cli(tmp_path: Path):
    location = f"ducklake:sqlite:{tmp_path / 'news.sqlite'}"
    warehouse = open_warehouse(location)
    warehouse.migrate()
    warehouse.load_batch(one_document_batch("d1", "Belarus announced plans."), "run1")
    newsflow = Path(sys.executable).parent / "newsflow"
    duckdb_cli = Path(sys.executable).parent / "duckdb"

    attach = subprocess.run([newsflow, "attach", "--db", location], capture_output=True, text=True, cwd=tmp_path)
    assert attach.returncode == 0, attach.stderr
    statements = attach.stdout.splitlines()
    assert statements[-2:] == [
        f"ATTACH '{location}' AS newsflow (DATA_PATH '{tmp_path / 'news.files'}/', READ_ONLY);",
        "USE newsflow;",
    ]
    shown = subprocess.run(
        [duckdb_cli, "-csv", "-cmd", attach.stdout, "-c", "select name, n_mentions from entities"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == ["name,n_mentions", "Belarus,1"]
    refused = subprocess.run(
        [duckdb_cli, "-cmd", attach.stdout, "-c", "delete from documents"], capture_output=True, text=True, cwd=tmp_path
    )
    assert "read-only" in (refused.stdout + refused.stderr).lower()
    assert warehouse.query("select count(*) as n from documents")["n"][0] == 1

    missing = subprocess.run(
        [newsflow, "attach", "--db", f"ducklake:sqlite:{tmp_path / 'none.sqlite'}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert missing.returncode == 1 and "newsflow run" in missing.stderr


def finished_run(warehouse, run_id: str, batch: WarehouseBatch) -> None:
    warehouse.start_run(run_id, None, "model", "v")
    warehouse.load_batch(batch, run_id)
    warehouse.finish_run(run_id, {"n_in": 1, "n_new": 1, "n_skipped": 0, "n_rejected": 0}, "completed")


@pytest.mark.parametrize("kind", LAKES)
def test_query_as_of_a_run_sees_the_warehouse_as_that_run_left_it(kind: str, tmp_path: Path, request):
    warehouse = open_warehouse(make_warehouse(kind, tmp_path, request), tmp_path / "files")
    warehouse.migrate()
    finished_run(warehouse, "first", one_document_batch("d1", "Belarus announced plans."))
    finished_run(warehouse, "second", shared_entities_batch("w", 1, ("E1", "E2")))

    count = "select count(*) as n, sum(n_mentions)::int as m from entities"
    assert warehouse.query(count, as_of_run="first").rows() == [(1, 1)]  # E1
    assert warehouse.query(count, as_of_run="second").rows() == [(2, 3)]  # E1 twice, E2
    assert warehouse.query("select status from runs", as_of_run="first").rows() == [("running",)]
    with pytest.raises(ValueError, match="no run 'third'"):
        warehouse.query(count, as_of_run="third")

    warehouse.maintain(keep=timedelta(0))
    assert warehouse.query(count).rows() == [(2, 3)]
    with pytest.raises(ValueError, match="expired by `newsflow maintain`"):
        warehouse.query(count, as_of_run="first")


def test_as_of_on_a_duckdb_file_says_it_needs_a_lake(tmp_path: Path):
    warehouse = open_warehouse(tmp_path / "w.duckdb")
    warehouse.migrate()
    with pytest.raises(ValueError, match="needs a DuckLake warehouse"):
        warehouse.query("select 1", as_of_run="any")


def test_maintain_merges_small_files_and_keeps_every_row(tmp_path: Path):
    warehouse = open_warehouse(f"ducklake:sqlite:{tmp_path / 'w.sqlite'}")
    warehouse.migrate()
    for i in range(6):  # 12 documents a batch: more rows than DuckLake inlines in its catalog, so files
        parts = [
            shared_entities_batch(f"w{i}", j, (ENTITIES[j % 4], ENTITIES[(j + 1) % 4])).tables() for j in range(12)
        ]
        warehouse.load_batch(
            WarehouseBatch(
                **{name: pl.concat([part[name] for part in parts]).unique(maintain_order=True) for name in parts[0]}
            ),
            "run",
        )

    def rows() -> dict[str, list]:
        return {
            t: sorted(
                warehouse.query(
                    f"select * exclude (ingested_at) from {t}" if t == "documents" else f"select * from {t}"
                ).rows(),
                key=repr,
            )
            for t in ("documents", "mentions", "entities", "cooccurrences", "document_pairs")
        }

    def files(table: str) -> int:
        with warehouse.connect(read_only=True) as con:
            return con.execute(f"select count(*) from ducklake_list_files('newsflow', '{table}')").fetchone()[0]

    before = rows()
    assert files("documents") == 6
    leftover = tmp_path / "w.files" / "main" / "documents" / "left-by-a-killed-run.parquet"
    leftover.write_bytes((tmp_path / "w.files" / "main" / "documents").glob("*.parquet").__next__().read_bytes())

    done = warehouse.maintain(keep=timedelta(0))

    assert done["steps"]["expired snapshots"] > 0 and done["snapshots_kept"] == 1
    assert rows() == before
    assert files("documents") == 1 and files("entities") == 1  # entities took an update per batch
    assert done["steps"]["deleted orphaned files"] == 1 and not leftover.exists()


KILLED_WRITER = """
import sys, time
from newsflow.tasks.store import insert_batch, open_warehouse
from tests.test_lake import shared_entities_batch
warehouse = open_warehouse(sys.argv[1])
def write_then_hang(con):
    insert_batch(con, shared_entities_batch("killed", 0, ("E1", "E3")), "killed-run")
    print("written", flush=True)
    time.sleep(600)
warehouse.write(write_then_hang)
"""


@pytest.mark.slow
def test_a_writer_killed_mid_batch_leaves_the_lake_as_it_was(tmp_path: Path):
    location = f"ducklake:sqlite:{tmp_path / 'w.sqlite'}"
    warehouse = open_warehouse(location)
    warehouse.migrate()
    warehouse.load_batch(shared_entities_batch("w", 0, ("E1", "E2")), "run")
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, location], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline().strip() == "written"
    writer.kill()
    writer.wait()

    assert warehouse.query("select doc_id from documents").rows() == [("w-0",)]
    assert warehouse.query("select entity_id, n_mentions from entities order by 1").rows() == [("E1", 1), ("E2", 1)]
    warehouse.load_batch(shared_entities_batch("w", 1, ("E1", "E3")), "run")
    assert warehouse.query("select entity_id, n_mentions from entities order by 1").rows() == [
        ("E1", 2),
        ("E2", 1),
        ("E3", 1),
    ]


@pytest.mark.slow
@pytest.mark.damages_warehouse
def test_check_on_a_lake_names_a_pair_count_that_no_longer_sums_its_documents(tmp_path: Path):
    from tests.test_cli import newsflow

    location = f"ducklake:sqlite:{tmp_path / 'w.sqlite'}"
    warehouse = open_warehouse(location)
    warehouse.migrate()
    for i in range(2):
        warehouse.load_batch(shared_entities_batch("w", i, ("E1", "E2")), "run")
    passed = newsflow("check", "--db", location)
    assert passed.returncode == 0 and "FAIL" not in passed.stdout
    warehouse.write(lambda con: con.execute("update cooccurrences set n_sentences = 3"))

    failed = newsflow("check", "--db", location)

    assert failed.returncode == 1
    assert [line for line in failed.stdout.splitlines() if line.startswith("FAIL")] == [
        "FAIL cooccurrences.n_sentences equals sum(n_sentences) of document_pairs: 1 row fail "
        "(e.g. entity_a='E1', entity_b='E2', found=3, expected=2)"
    ]


def test_bad_ducklake_locations_fail_with_the_accepted_forms():
    with pytest.raises(ValueError, match="ducklake:sqlite:PATH or ducklake:postgres:CONNINFO"):
        open_warehouse("ducklake:mysql:host=x")
    with pytest.raises(ValueError, match="needs --data-path"):
        open_warehouse("ducklake:postgres:dbname=news")


@pytest.mark.usefixtures("prefect_harness")
def test_maintain_and_query_as_of_from_the_command_line(tmp_path: Path):
    from typer.testing import CliRunner

    from newsflow.flows.cli import app

    location = f"ducklake:sqlite:{tmp_path / 'news.sqlite'}"
    warehouse = open_warehouse(location)
    warehouse.migrate()
    finished_run(warehouse, "first", one_document_batch("d1", "Belarus announced plans."))
    finished_run(warehouse, "second", one_document_batch("d2", "Belarus and Ukraine."))
    cli = CliRunner()

    def documents(*options: str) -> list[str]:
        result = cli.invoke(
            app,
            ["query", "select doc_id from documents order by doc_id", "--db", location, "--format", "csv", *options],
        )
        assert result.exit_code == 0, result.output
        return result.output.split()[1:]

    assert documents("--as-of", "first") == ["d1"]
    maintained = cli.invoke(app, ["maintain", "--db", location])
    assert maintained.exit_code == 0, maintained.output
    assert "merged adjacent files" in maintained.output and "expired snapshots 0" in maintained.output
    assert documents("--as-of", "first") == ["d1"] and documents() == ["d1", "d2"]

    on_a_file = cli.invoke(app, ["query", "select 1", "--db", str(tmp_path / "w.duckdb"), "--as-of", "first"])
    assert on_a_file.exit_code == 1 and "needs a DuckLake" in " ".join(on_a_file.output.split())


@pytest.mark.parametrize("kind", ["duckdb-file", "sqlite-lake"])
def test_a_session_sandboxed_to_the_reader_paths_answers_every_question(kind: str, tmp_path: Path, request):
    import duckdb

    warehouse = open_warehouse(make_warehouse(kind, tmp_path, request))
    warehouse.migrate()
    warehouse.load_batch(shared_entities_batch("w", 1, ("E1", "E2")), "run")
    con = duckdb.connect()
    for statement in warehouse.attach_statements():
        con.execute(statement)
    con.execute("set allowed_directories = ?", [warehouse.reader_paths()])
    con.execute("set enable_external_access = false")
    for question in sorted((ROOT / "sql" / "questions").glob("*.sql")):
        sql = question.read_text()
        con.execute(sql, bound_parameters(sql, [])).fetchall()  # with the defaults the file declares
    assert con.execute("select entity_a, entity_b, n_docs from cooccurrences").fetchall() == [("E1", "E2", 1)]
    with pytest.raises(duckdb.PermissionException):
        con.execute(f"select * from read_text('{ROOT / 'README.md'}')")
