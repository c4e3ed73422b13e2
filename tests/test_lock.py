"""One writer at a time: real processes holding the warehouse, a second one waiting or failing clearly."""

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsflow.tasks.lock import WarehouseLocked, lock_timeout
from newsflow.tasks.store import open_warehouse
from tests.conftest import ROOT

HOLD = """
import sys
from newsflow.tasks.store import open_warehouse
with open_warehouse(sys.argv[1]).connect() as con:
    con.execute("create table if not exists notes (who varchar)")
    con.execute("insert into notes values ('holder')")
    print("held", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""


def hold(path: Path) -> subprocess.Popen:
    """Another process that opens the warehouse for writing and keeps it until `release`; returns once it holds it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def release(holder: subprocess.Popen) -> None:
    holder.stdin.write("go\n")
    holder.stdin.flush()


class WaitingSeen(logging.Handler):
    """Set once newsflow logs that it waits for the warehouse."""

    def __init__(self):
        super().__init__()
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.set()


@pytest.mark.slow
def test_a_second_writer_waits_until_the_first_lets_go(warehouse_path: Path):
    holder, waiting = hold(warehouse_path), WaitingSeen()
    logging.getLogger("newsflow.lock").addHandler(waiting)
    releaser = threading.Thread(target=lambda: waiting.seen.wait(60) and release(holder))
    releaser.start()
    try:
        with open_warehouse(warehouse_path).connect(lock_timeout=60) as con:
            con.execute("insert into notes values ('waiter')")
            rows = con.execute("select who from notes").fetchall()
    finally:
        logging.getLogger("newsflow.lock").removeHandler(waiting)
        releaser.join(60)
        holder.wait(30)
    assert waiting.seen.is_set()  # it found the warehouse held and waited
    assert rows == [("holder",), ("waiter",)]  # the holder's write was committed before the waiter got in
    assert holder.returncode == 0 and holder.stdout.read().strip() == "released"


@pytest.mark.slow
def test_waiting_too_long_fails_with_a_message_naming_the_file(warehouse_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_LOCK_TIMEOUT", "0.5")
    holder = hold(warehouse_path)
    try:
        with pytest.raises(WarehouseLocked) as error:
            with open_warehouse(warehouse_path).connect():
                pass
        with pytest.raises(WarehouseLocked):  # readers wait the same way, here for $NEWSFLOW_LOCK_TIMEOUT
            open_warehouse(warehouse_path).query("select count(*) from notes")
    finally:
        holder.kill()
        holder.wait()
    message = str(error.value)
    assert str(warehouse_path) in message
    assert "held by another newsflow run" in message and "NEWSFLOW_LOCK_TIMEOUT" in message
    assert open_warehouse(warehouse_path).query("select who from notes")["who"].to_list() == ["holder"]


def test_lock_timeout_setting(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_LOCK_TIMEOUT", "7.5")
    assert lock_timeout() == 7.5
    monkeypatch.setenv("NEWSFLOW_LOCK_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="NEWSFLOW_LOCK_TIMEOUT must be a number"):
        lock_timeout()
    monkeypatch.delenv("NEWSFLOW_LOCK_TIMEOUT")
    assert lock_timeout() == 120


@pytest.mark.usefixtures("prefect_harness")
def test_two_pipeline_runs_at_once_both_complete(seed_folder: Path, tmp_path: Path, warehouse_path: Path):
    """Two `newsflow run` processes start while a third process holds the warehouse: both wait, both load."""
    from prefect.settings import PREFECT_API_URL

    wire = tmp_path / "wire"
    wire.mkdir()
    (wire / "wire.jsonl").write_text('{"text": "Ukraine warned Alexander Lukashenko on Monday.", "title": "Warning"}\n')
    env = {
        **os.environ,
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        "NEWSFLOW_LOCK_TIMEOUT": "300",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    holder = hold(warehouse_path)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "newsflow.flows.cli", "run", str(folder), "--db", str(warehouse_path), "--json"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in (seed_folder, wire)
    ]
    said = [lines_until(run.stderr, "is held by another process") for run in runs]  # both wait for the holder
    release(holder)
    outputs = [run.communicate(timeout=600) for run in runs]
    holder.wait(30)

    for run, before, (_, err) in zip(runs, said, outputs):
        assert run.returncode == 0, (before + err)[-2000:]
        assert f"warehouse {warehouse_path} is held by another process; waiting up to 300 s" in before
    summaries = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert [s["n_new"] for s in summaries] == [1, 1]
    warehouse = open_warehouse(warehouse_path)
    assert sorted(warehouse.query("select title from documents")["title"]) == [
        "Belarus Joining Ukraine War Could Be 'Devastating' to Lukashenko's Army",
        "Warning",
    ]
    assert warehouse.query("select status, count(*) as n from runs group by status").rows() == [("completed", 2)]
    assert warehouse.query("select who from notes")["who"].to_list() == ["holder"]


def lines_until(stream, text: str) -> str:
    """What a process writes to `stream` up to and including the first line holding `text` (or all of it)."""
    said = ""
    for line in stream:
        said += line
        if text in line:
            break
    return said


@pytest.mark.usefixtures("prefect_harness")
def test_newsflow_run_on_a_held_warehouse_fails_with_the_reason(seed_folder: Path, warehouse_path: Path, monkeypatch):
    from typer.testing import CliRunner

    from newsflow.flows.cli import app

    monkeypatch.setenv("NEWSFLOW_LOCK_TIMEOUT", "1")
    holder = hold(warehouse_path)
    try:
        result = CliRunner().invoke(app, ["run", str(seed_folder), "--db", str(warehouse_path)])
    finally:
        holder.kill()
        holder.wait()
    output = " ".join(result.output.split())
    assert result.exit_code == 1
    assert f"error: the warehouse {warehouse_path} is held by another newsflow run" in output
