"""`newsflow ui` in a real terminal (a pseudo-terminal), and the runs that report to it.

A terminal is what made `prefect server start` ask its interactive profile question and print
Prefect's usage notice; nothing without one (the browser test, CI logs) could see either.
"""

import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import psutil
import pytest

from newsflow.flows.ui import SERVER_NOTE, api_url, free_port
from newsflow.tasks.store import open_warehouse
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # each test starts a Prefect server through `newsflow ui`

pexpect = pytest.importorskip("pexpect", reason="pexpect is in the test extra: pip install -r requirements.lock")

SERVER_START_SECONDS = 180  # a loaded 2-core machine
STOP_SECONDS = 30


def user_terminal_environment(home: Path) -> dict[str, str]:
    """A user's fresh shell: HOME of its own, Prefect's defaults (no PREFECT_HOME, no analytics or prompt
    settings, no API URL), nothing that says CI (Prefect hides its notice there)."""
    dropped = ("PREFECT_", "DO_NOT_TRACK", "CI", "GITHUB_", "GITLAB_", "BUILDKITE", "JENKINS_", "TRAVIS")
    env = {key: value for key, value in os.environ.items() if not key.startswith(dropped)}
    return {**env, "HOME": str(home), "TERM": "xterm", "COLUMNS": "200"}


def process_tree(pid: int) -> list[psutil.Process]:
    root = psutil.Process(pid)
    return [root, *root.children(recursive=True)]


def still_running(processes: list[psutil.Process]) -> list[str]:
    alive = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                alive.append(" ".join(process.cmdline()))
        except psutil.NoSuchProcess:
            pass
    return alive


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=5) as answer:
            return answer.status == 200
    except OSError:
        return False


def ignore_ctrl_c() -> None:
    """What a non-interactive shell does to a command it starts with `&`: SIGINT ignored, kept through exec."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("stop", ["ctrl-c", "sigterm", "ctrl-c, started in the background by a script"])
def test_ui_in_a_terminal_asks_nothing_says_nothing_of_analytics_and_stops_leaving_no_process(
    stop: str, tmp_path: Path, seed_folder: Path
):
    home, port = tmp_path / "home", free_port()
    home.mkdir()
    env = user_terminal_environment(home)
    ui = pexpect.spawn(
        sys.executable,
        ["-m", "newsflow.flows.cli", "ui", "--port", str(port)],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=SERVER_START_SECONDS,
        dimensions=(40, 200),
        preexec_fn=ignore_ctrl_c if "background" in stop else None,
    )
    try:
        found = ui.expect([rf"Prefect UI: http://127\.0\.0\.1:{port}", r"How would you like to proceed\?", pexpect.EOF])
        said = ui.before + ui.after if isinstance(ui.after, str) else ui.before
        assert found == 0, said
        assert "anonymous usage" not in said and "PREFECT_API_URL" not in said.split("Prefect UI:")[0], said
        ui.expect(r"\n.*\n")  # the rest of the two lines it prints
        api = api_url("127.0.0.1", port)
        assert answers(api)
        note = home / ".prefect" / SERVER_NOTE
        assert json.loads(note.read_text())["api"] == api
        processes = process_tree(ui.pid)
        assert any("server" in " ".join(p.cmdline()) for p in processes[1:])

        if stop == "ctrl-c":
            run_reports_to_the_ui_server(env, port, seed_folder, tmp_path)
        if stop.startswith("ctrl-c"):
            ui.sendintr()  # what the terminal sends the foreground process group on Ctrl-C
        else:
            ui.kill(signal.SIGTERM)
        ui.expect(pexpect.EOF, timeout=STOP_SECONDS)
        ui.close()
    finally:
        if ui.isalive():
            ui.kill(signal.SIGKILL)
    assert ui.exitstatus == 0, ui.before
    assert "Traceback" not in ui.before
    assert still_running(processes) == []
    assert not answers(api)
    assert not note.exists()


def run_reports_to_the_ui_server(env: dict[str, str], port: int, seed_folder: Path, tmp_path: Path) -> None:
    """`newsflow run` with no PREFECT_API_URL, while `newsflow ui` runs on the same PREFECT_HOME, reports to it
    (Prefect logs the run's UI address) instead of starting a temporary API of its own."""
    db = tmp_path / "w.duckdb"
    run = subprocess.run(
        [sys.executable, "-m", "newsflow.flows.cli", "run", str(seed_folder), "--db", str(db), "--json"],
        cwd=ROOT,
        env={**env, "PREFECT_LOGGING_LEVEL": "INFO"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    flow_run_id = open_warehouse(db).query("select flow_run_id from runs")["flow_run_id"][0]
    assert f"http://127.0.0.1:{port}/runs/flow-run/{flow_run_id}" in run.stdout + run.stderr
    with urllib.request.urlopen(f"{api_url('127.0.0.1', port)}/flow_runs/{flow_run_id}", timeout=10) as answer:
        assert json.loads(answer.read())["state"]["type"] == "COMPLETED"


def test_ui_on_a_taken_port_says_so_in_one_line(tmp_path: Path):
    import socket

    home = tmp_path / "home"
    home.mkdir()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        shown = subprocess.run(
            [sys.executable, "-m", "newsflow.flows.cli", "ui", "--port", str(port)],
            cwd=ROOT,
            env=user_terminal_environment(home),
            capture_output=True,
            text=True,
            timeout=SERVER_START_SECONDS,
        )
    assert shown.returncode == 1
    assert "Traceback" not in shown.stderr
    assert f"Port {port} is already in use" in shown.stderr
    assert not (home / ".prefect" / SERVER_NOTE).exists()
