"""The `newsflow` command as a user runs it: help, query, clean."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED


def newsflow(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsflow.flows.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COLUMNS": "200", "HOME": os.environ["HOME"],
                               "PREFECT_HOME": os.environ["PREFECT_HOME"]})


def test_help_lists_every_command_and_run_options():
    top = newsflow("--help")
    assert top.returncode == 0
    for command in ("run", "query", "clean", "attach", "maintain"):
        assert command in top.stdout
    run_help = newsflow("run", "--help").stdout
    for option in ("--db", "--data-path", "--model", "--batch-size", "--workers", "--dask-address", "--json"):
        assert option in run_help
    assert "--as-of" in newsflow("query", "--help").stdout


def test_query_reads_a_warehouse_and_reports_errors(tmp_path: Path):
    import duckdb

    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create table entities as select 'Belarus' as name, 'GPE' as type, 15 as n_mentions")
    shown = newsflow("query", "select name, n_mentions from entities", "--db", str(db), "--format", "csv")
    assert shown.returncode == 0
    assert shown.stdout.splitlines() == ["name,n_mentions", "Belarus,15"]

    bad = newsflow("query", "select nope from entities", "--db", str(db))
    assert bad.returncode == 1
    assert "nope" in bad.stderr

    missing = newsflow("query", "select 1", "--db", str(tmp_path / "absent.duckdb"))
    assert missing.returncode == 1
    assert "newsflow run" in missing.stderr
    assert not (tmp_path / "absent.duckdb").exists()


def test_query_file_runs_a_saved_question(tmp_path: Path):
    import duckdb

    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create table entities as select 'Belarus' as name, 'GPE' as type, 15 as n_mentions, 1 as n_docs, "
                    "date '2022-12-13' as first_seen, date '2022-12-13' as last_seen")
    shown = newsflow("query", "--file", "sql/questions/top_entities.sql", "--db", str(db), "--format", "json")
    assert shown.returncode == 0
    assert json.loads(shown.stdout)[0]["name"] == "Belarus"


def test_clean_prints_json_lines_for_the_seed():
    shown = newsflow("clean", str(SEED), "--json")
    assert shown.returncode == 0
    record = json.loads(shown.stdout.splitlines()[0])
    assert record["publisher"] == "Newsweek"
    assert record["title"] == "Belarus Joining Ukraine War Could Be 'Devastating' to Lukashenko's Army"
    assert record["body"].startswith(record["title"] + "\n\nBelarus ramped up military action")  # headline first
    assert record["removed"] > 0


def test_run_on_a_missing_folder_fails_clearly(tmp_path: Path):
    shown = newsflow("run", str(tmp_path / "nowhere"), "--db", str(tmp_path / "w.duckdb"))
    assert shown.returncode == 1
    assert "no file, folder or glob" in shown.stderr
