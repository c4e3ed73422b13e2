"""Real-browser check of the Prefect UI: a local server, a real flow run, headless Chromium.

Starts `prefect server start` on 127.0.0.1 and a free port (PREFECT_HOME in a temp folder),
runs `newsflow run` on the seed article against it, then opens the UI's flow run page and
the run's artifact in Debian's Chromium through Playwright and checks that both are shown.
A second test serves a deployment with `newsflow serve`, has it run, and finds it in the UI.
Screenshots go to bench/out/ (paths printed; `pytest tests/test_browser.py -s` shows them).
Skips when /usr/bin/chromium or the playwright package is missing (scripts/test.sh installs
Chromium on CI); never downloads a browser of its own.
"""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsflow.flows.ui import api_url, free_port, start_server, stop_server, wait_until_ready
from newsflow.tasks.store import open_warehouse
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = ROOT / "bench" / "out"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install -y chromium"),
]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real Prefect server with the UI, on loopback, with its own SQLite database."""
    home = tmp_path_factory.mktemp("prefect-home")
    host, port = "127.0.0.1", free_port()
    server = start_server(host, port, home=home, log=home / "server.log")
    try:
        wait_until_ready(api_url(host, port), server)
        yield {"ui": f"http://{host}:{port}", "api": api_url(host, port), "home": home}
    finally:
        stop_server(server)


def api_get(api: str, path: str) -> dict:
    with urllib.request.urlopen(f"{api}{path}", timeout=10) as answer:
        return json.loads(answer.read())


def api_post(api: str, path: str, body: dict, attempts: int = 5) -> dict:
    """POST to the server, again after a 503, which its SQLite database answers while busy (Prefect's own client
    retries it the same way)."""
    request = urllib.request.Request(
        f"{api}{path}", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    for attempt in range(attempts - 1):
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return json.loads(answer.read())
        except urllib.error.HTTPError as error:
            if error.code != 503:
                raise
            time.sleep(1 + attempt)
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def flow_run_env(prefect_server: dict) -> dict:
    """Flow runs report to the test server, with INFO logs so the UI shows them."""
    return {
        **os.environ,
        "PREFECT_API_URL": prefect_server["api"],
        "PREFECT_HOME": str(prefect_server["home"]),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "INFO",
    }


def open_browser(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def test_prefect_ui_shows_the_run_and_its_summary_artifact(
    prefect_server: dict, seed_folder: Path, warehouse_path: Path
):
    playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    env = flow_run_env(prefect_server)
    run = subprocess.run(
        [sys.executable, "-m", "newsflow.flows.cli", "run", str(seed_folder), "--db", str(warehouse_path), "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    flow_run_id = open_warehouse(warehouse_path).query(
        "select flow_run_id from runs where run_id = ?", [summary["run_id"]]
    )["flow_run_id"][0]
    flow_run = api_get(prefect_server["api"], f"/flow_runs/{flow_run_id}")
    assert flow_run["state"]["type"] == "COMPLETED"

    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = open_browser(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{prefect_server['ui']}/runs", wait_until="domcontentloaded")
            page.get_by_text(flow_run["name"]).first.wait_for(timeout=60_000)
            runs_shot = SHOTS / "prefect-ui-runs.png"
            page.screenshot(path=str(runs_shot), full_page=True)

            page.goto(f"{prefect_server['ui']}/runs/flow-run/{flow_run_id}", wait_until="domcontentloaded")
            page.get_by_text(flow_run["name"]).first.wait_for(timeout=60_000)
            page.get_by_text("published the run summary: 1 in, 1 new, 0 skipped, 0 rejected").first.wait_for(
                timeout=60_000
            )
            page.get_by_text("Artifacts", exact=True).click()
            page.get_by_text("newsflow-run-summary").first.wait_for(timeout=60_000)
            run_shot = SHOTS / "prefect-ui-flow-run-artifacts.png"
            page.screenshot(path=str(run_shot), full_page=True)

            page.get_by_text("newsflow-run-summary").first.click()
            page.get_by_text(f"newsflow run {summary['run_id']}").first.wait_for(timeout=60_000)
            page.get_by_text("Top entities").first.wait_for(timeout=60_000)
            artifact_shot = SHOTS / "prefect-ui-run-summary-artifact.png"
            page.screenshot(path=str(artifact_shot), full_page=True)
            body = page.inner_text("body")
        finally:
            browser.close()
    print(f"\nscreenshots: {runs_shot}\n             {run_shot}\n             {artifact_shot}")
    assert "Vladimir Putin" in body or "Alexander Lukashenko" in body


def test_served_deployment_runs_and_shows_in_the_ui(prefect_server: dict, seed_folder: Path, tmp_path: Path):
    playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    db = tmp_path / "served.duckdb"
    serve = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsflow.flows.cli",
            "serve",
            "--source",
            str(seed_folder),
            "--cron",
            "0 0 1 1 *",
            "--name",
            "browser-check",
            "--db",
            str(db),
        ],
        cwd=ROOT,
        env={**flow_run_env(prefect_server), "PREFECT_RUNNER_POLL_FREQUENCY": "2"},
        stdout=(tmp_path / "serve.log").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deployment = wait_for(
            lambda: api_get(prefect_server["api"], "/deployments/name/news_pipeline/browser-check"), "the deployment"
        )
        assert deployment["parameters"] == {"source": str(seed_folder), "db": str(db)}
        assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["0 0 1 1 *"]
        flow_run = api_post(prefect_server["api"], f"/deployments/{deployment['id']}/create_flow_run", {})
        done = wait_for(
            lambda: finished(api_get(prefect_server["api"], f"/flow_runs/{flow_run['id']}")), "the served run", 300
        )
        assert done["state"]["type"] == "COMPLETED", (tmp_path / "serve.log").read_text()[-3000:]
        assert open_warehouse(db).query("select flow_run_id, n_new, status from runs").rows() == [
            (flow_run["id"], 1, "completed")
        ]

        with playwright.sync_playwright() as p:
            browser = open_browser(p)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(
                    f"{prefect_server['ui']}/deployments/deployment/{deployment['id']}", wait_until="domcontentloaded"
                )
                page.get_by_text("browser-check").first.wait_for(timeout=60_000)
                page.get_by_text(done["name"]).first.wait_for(timeout=60_000)
                shot = SHOTS / "prefect-ui-served-deployment.png"
                page.screenshot(path=str(shot), full_page=True)
            finally:
                browser.close()
        print(f"\nscreenshot: {shot}")
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(60)


def finished(flow_run: dict) -> dict | None:
    return flow_run if flow_run["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None


def wait_for(probe, what: str, timeout: float = 120):
    """Poll `probe` until it returns something truthy (HTTP 404s count as not yet)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = probe()
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise
            found = None
        if found:
            return found
        time.sleep(1)
    raise AssertionError(f"{what} did not appear within {timeout:g} s")
