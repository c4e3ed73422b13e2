"""Real-browser check of the Prefect UI: a local server, a real flow run, headless Chromium.

Starts `prefect server start` on 127.0.0.1 and a free port (PREFECT_HOME in a temp folder),
runs `newsflow run` on the seed article against it, then opens the UI's flow run page and
the run's artifact in Debian's Chromium through Playwright and checks that both are shown.
Screenshots go to bench/out/ (paths printed; `pytest tests/test_browser.py -s` shows them).
Skips when /usr/bin/chromium or the playwright package is missing (scripts/test.sh installs
Chromium on CI); never downloads a browser of its own.
"""

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from flows.ui import api_url, free_port, start_server, stop_server, wait_until_ready
from tasks.store import Warehouse
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = ROOT / "bench" / "out"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install -y chromium")


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


def test_prefect_ui_shows_the_run_and_its_summary_artifact(prefect_server: dict, seed_folder: Path, warehouse_path: Path):
    playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    env = {**os.environ, "PREFECT_API_URL": prefect_server["api"], "PREFECT_HOME": str(prefect_server["home"]),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "INFO"}
    run = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(seed_folder), "--db", str(warehouse_path), "--json"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    flow_run_id = Warehouse(warehouse_path).query("select flow_run_id from runs where run_id = ?", [summary["run_id"]])["flow_run_id"][0]
    flow_run = api_get(prefect_server["api"], f"/flow_runs/{flow_run_id}")
    assert flow_run["state"]["type"] == "COMPLETED"

    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{prefect_server['ui']}/runs", wait_until="networkidle")
            page.get_by_text(flow_run["name"]).first.wait_for(timeout=60_000)
            runs_shot = SHOTS / "prefect-ui-runs.png"
            page.screenshot(path=str(runs_shot), full_page=True)

            page.goto(f"{prefect_server['ui']}/runs/flow-run/{flow_run_id}", wait_until="networkidle")
            page.get_by_text(flow_run["name"]).first.wait_for(timeout=60_000)
            page.get_by_text("published the run summary: 1 in, 1 new, 0 skipped, 0 rejected").first.wait_for(timeout=60_000)
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
