"""newsflow installs like any other package: a built wheel, installed with requirements.lock into a new
virtualenv, runs from a directory whose own tasks.py and flows.py would shadow generic module names."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED


def run(*args: str | Path, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=1200)


@pytest.mark.slow
def test_a_built_wheel_runs_the_seed_from_any_directory(tmp_path: Path):
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", tmp_path / "dist", ROOT)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("newsflow-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "newsflow/sql/migrations/001_init.sql" in names
    assert "newsflow/data/lexicons/furniture.txt" in names
    assert not [name for name in names if name.split("/")[0] in ("tasks", "flows", "tests", "bench")]

    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", venv).returncode == 0
    python = venv / "bin" / "python"
    installed = run(python, "-m", "pip", "install", "--quiet", "-r", ROOT / "requirements.lock", wheel)
    assert installed.returncode == 0, installed.stderr[-2000:]

    elsewhere = tmp_path / "project"
    elsewhere.mkdir()
    for shadow in ("tasks.py", "flows.py", "sql.py"):
        (elsewhere / shadow).write_text('raise SystemExit("a local module shadowed newsflow")\n')
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PYTHONPATH", None)
    newsflow = venv / "bin" / "newsflow"
    result = run(newsflow, "run", SEED, "--db", elsewhere / "news.duckdb", cwd=elsewhere, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Alexander Lukashenko" in result.stdout

    def query(*args: str) -> str:
        asked = run(
            newsflow, "query", *args, "--db", elsewhere / "news.duckdb", "--format", "csv", cwd=elsewhere, env=env
        )
        assert asked.returncode == 0, asked.stderr[-2000:]
        return asked.stdout

    assert query("select count(*) as n from documents").split() == ["n", "1"]
    assert "Vladimir Putin,PERSON" in query("--file", "sql/questions/top_entities.sql")
