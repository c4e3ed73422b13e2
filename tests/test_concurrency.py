"""Readers never stop a run: `newsflow run` processes on a SQLite-catalog DuckLake while a reader
holds the `newsflow attach` connection open, and while another run writes the same lake."""

import json
import os
import shutil
import subprocess
import sys
from itertools import accumulate
from pathlib import Path

import pytest

from newsflow.tasks.store import open_warehouse
from newsflow.tasks.stream import chunk_sizes
from tests.conftest import ROOT, SHARED

pytestmark = pytest.mark.usefixtures("prefect_harness")

PAGES = SHARED / "data" / "extraction-benchmark" / "text"
BATCH = 8

READER = """
import sys, time
from pathlib import Path
import duckdb
con = duckdb.connect()
for statement in sys.argv[1].splitlines():
    con.execute(statement)
print("attached", flush=True)
stop = Path(sys.argv[2])
while not stop.exists():
    print(con.execute("select count(*) from documents").fetchone()[0], flush=True)
    time.sleep(0.5)
print(con.execute("select count(*) from documents").fetchone()[0], flush=True)
"""


def newsflow(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsflow.flows.cli", *args]


def run_env() -> dict:
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def folder_of(pages: list[Path], folder: Path) -> Path:
    folder.mkdir()
    for page in pages:
        shutil.copy(page, folder / page.name)
    return folder


def test_a_reader_holding_the_attach_connection_never_stops_a_run_and_sees_whole_batches(tmp_path: Path):
    pages = folder_of(sorted(PAGES.glob("*.txt")), tmp_path / "pages")
    location = f"ducklake:sqlite:{tmp_path / 'news.sqlite'}"
    open_warehouse(location).migrate()  # the lake a scheduled run writes already exists
    attach = subprocess.run(
        newsflow("attach", "--db", location), cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    stop = tmp_path / "stop-reading"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, attach, str(stop)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout.readline().strip() == "attached"
        run = subprocess.run(
            newsflow("run", str(pages), "--db", location, "--batch-size", str(BATCH), "--json"),
            cwd=ROOT,
            env=run_env(),
            capture_output=True,
            text=True,
            timeout=900,
        )
    finally:
        stop.touch()
        seen, errors = reader.communicate(timeout=60)

    assert run.returncode == 0, run.stderr[-3000:]
    assert "conflicted" not in run.stderr and "waiting" not in run.stderr  # the reader made the run wait for nothing
    assert reader.returncode == 0, errors[-2000:]
    assert json.loads(run.stdout.strip().splitlines()[-1])["n_new"] == 60
    counts = [int(line) for line in seen.split()]
    assert counts == sorted(counts) and counts[-1] == 60
    batch_ends = set(accumulate(chunk_sizes(60, BATCH), initial=0))
    assert set(counts) <= batch_ends  # a batch is seen whole or not at all
    assert len(set(counts) - {0, 60}) >= 3  # and the reader saw the run grow, batch by batch


FACTS = {
    "documents": "doc_id, title, publisher, published_at, language, body, duplicate_of",
    "mentions": "doc_id, start_char, end_char, text, label, entity_id",
    "events": "event_id, doc_id, actor_id, action, target_id, event_date, modality",
    "quotes": "quote_id, doc_id, speaker_id, cue, text, kind",
}


def facts(location: str) -> dict[str, list[tuple]]:
    """Rows a person compares: the facts, and per entity and per pair the counts the rollups keep."""
    warehouse = open_warehouse(location)
    rows = {
        table: sorted(warehouse.query(f"select {columns} from {table}").rows(), key=repr)
        for table, columns in FACTS.items()
    }
    # The entity's spelling is the first committed one: "CNET" or "Cnet" (tasks/core/entity_linking.py).
    rows["entities"] = sorted(
        warehouse.query("select entity_id, lower(name), type, n_mentions, n_docs from entities").rows()
    )
    rows["cooccurrences"] = sorted(
        warehouse.query("select entity_a, entity_b, n_sentences, n_docs from cooccurrences").rows()
    )
    return rows


def test_two_runs_into_one_sqlite_lake_at_once_equal_the_two_one_after_the_other(tmp_path: Path):
    pages = sorted(PAGES.glob("*.txt"))[:24]
    folders = [folder_of(pages[:12], tmp_path / "first"), folder_of(pages[12:], tmp_path / "second")]
    together, one_by_one = (
        f"ducklake:sqlite:{tmp_path / 'together.sqlite'}",
        f"ducklake:sqlite:{tmp_path / 'one-by-one.sqlite'}",
    )
    arguments = ["--batch-size", "3", "--json"]

    runs = [
        subprocess.Popen(
            newsflow("run", str(folder), "--db", together, *arguments),
            cwd=ROOT,
            env=run_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]
    outputs = [run.communicate(timeout=900) for run in runs]
    for folder in folders:
        subprocess.run(
            newsflow("run", str(folder), "--db", one_by_one, *arguments),
            cwd=ROOT,
            env=run_env(),
            capture_output=True,
            text=True,
            check=True,
            timeout=900,
        )

    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err[-3000:]
        assert json.loads(out.strip().splitlines()[-1])["n_new"] == 12
    both, sequential = facts(together), facts(one_by_one)
    assert len(both["documents"]) == 24 and len(both["mentions"]) > 500
    assert both == sequential
    statuses = open_warehouse(together).query("select status, count(*) as n from runs group by status").rows()
    assert statuses == [("completed", 2)]
