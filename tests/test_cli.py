"""The `newsflow` command as a user runs it: help, query, clean."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow  # each test starts the newsflow command in a process of its own


def newsflow(
    *args: str, cwd: Path = ROOT, columns: int = 200, timeout: float | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsflow.flows.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
            "COLUMNS": str(columns),
            "HOME": os.environ["HOME"],
            "PREFECT_HOME": os.environ["PREFECT_HOME"],
        },
        timeout=timeout,
    )


def test_help_lists_every_command_and_run_options():
    top = newsflow("--help")
    assert top.returncode == 0
    for command in ("run", "query", "check", "clean", "attach", "maintain"):
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
        con.execute(
            "create table entities as select 'Belarus' as name, 'GPE' as type, 15 as n_mentions, 1 as n_docs, "
            "date '2022-12-13' as first_seen, date '2022-12-13' as last_seen"
        )
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


def test_run_checks_its_arguments_before_anything_starts(tmp_path: Path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Acme opened a plant in Ohio on Monday.\n")
    articles, lake = str(tmp_path / "articles"), f"ducklake:sqlite:{tmp_path / 'lake.sqlite'}"
    cases = {
        "missing folder": ([str(tmp_path / "nowhere"), "--db", lake], "SOURCE: ", "does not exist"),
        "db is a folder": ([articles, "--db", str(tmp_path)], "--db: ", "is a folder"),
        "db is the README": ([articles, "--db", str(ROOT / "README.md")], "--db: ", "is not a DuckDB file"),
        "catalog is the README": (
            [articles, "--db", f"ducklake:sqlite:{ROOT / 'README.md'}"],
            "--db: ",
            "is not a SQLite catalog",
        ),
        "model not installed": (
            [articles, "--db", lake, "--model", "en_core_web_md"],
            "--model: ",
            "no spaCy pipeline 'en_core_web_md' is installed",
        ),
    }
    for case, (args, option, message) in cases.items():
        shown = newsflow("run", *args, timeout=60)
        assert shown.returncode == 2, case
        assert shown.stderr.splitlines() == [shown.stderr.strip()], case  # one line
        assert shown.stderr.startswith(f"error: {option}") and message in shown.stderr, case
        assert "Traceback" not in shown.stderr + shown.stdout, case
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles"]  # no warehouse file was made


@pytest.mark.usefixtures("prefect_harness")
def test_a_flow_run_over_a_missing_source_writes_nothing(tmp_path: Path):
    from newsflow.flows.pipeline import news_pipeline

    state = news_pipeline(str(tmp_path / "nowhere"), db=str(tmp_path / "w.duckdb"), return_state=True)
    assert state.is_failed()
    with pytest.raises(FileNotFoundError, match="no file, folder or glob"):
        state.result()
    assert not (tmp_path / "w.duckdb").exists()  # so no run is left `running` in it either


def test_csv_and_json_write_every_row_unless_limited(tmp_path: Path):
    import duckdb

    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create table mentions as select i as mention_id from range(120) as t(i)")
    every = newsflow("query", "select * from mentions", "--db", str(db), "--format", "csv")
    assert every.returncode == 0 and every.stderr == ""
    assert every.stdout.splitlines() == ["mention_id", *map(str, range(120))]
    assert (
        len(json.loads(newsflow("query", "select * from mentions", "--db", str(db), "--format", "json").stdout)) == 120
    )
    limited = newsflow("query", "select * from mentions", "--db", str(db), "--format", "csv", "--limit", "10")
    assert limited.stdout.splitlines() == ["mention_id", *map(str, range(10))]
    table = newsflow("query", "select * from mentions", "--db", str(db))
    assert "(120 rows, 50 shown; --limit 0 shows all)" in table.stdout

    nothing = newsflow("query", "--db", str(db))
    assert nothing.returncode == 2
    assert nothing.stderr.startswith("error: give a SQL statement or --file")


def test_a_table_too_wide_for_the_terminal_shows_one_block_per_row(tmp_path: Path):
    import duckdb

    db = tmp_path / "w.duckdb"
    long_name = "Organisation for Security and Co-operation in Europe"
    with duckdb.connect(str(db)) as con:
        con.execute(
            "create table wide as select 'a1b2c3d4e5f6' as run_id, 'completed' as status, "
            "timestamp '2026-01-02 03:04:05' as started_at, ? as actor, 'sanctioned' as action, "
            "'Belarus' as target, 'the minister said on Tuesday that the sanctions would stay' as text",
            [long_name],
        )
    shown = newsflow("query", "select * from wide", "--db", str(db), columns=80)
    assert shown.returncode == 0
    lines = shown.stdout.splitlines()
    assert max(map(len, lines)) <= 80
    assert lines[0].startswith("row 1 ")
    assert any(line.split() == ["run_id", "a1b2c3d4e5f6"] for line in lines)
    assert any(line.split() == ["actor", *long_name.split()] for line in lines)
    narrow = newsflow("query", "select run_id, status from wide", "--db", str(db), columns=80)
    assert "┃ run_id" in narrow.stdout  # a table that fits stays a table


def test_version_and_help_that_reads_as_sentences():
    version = newsflow("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"newsflow {__import__('newsflow.tasks').tasks.__version__}"
    run_help = newsflow("run", "--help", columns=80).stdout
    description = run_help.split("╭")[0]
    assert ".urls file" in description and "RSS/Atom feed URL" in description
    paragraphs = [
        paragraph.split("\n")
        for paragraph in re.split(r"\n\s*\n", "\n".join(map(str.strip, description.splitlines())).strip())
    ]
    assert len(paragraphs) >= 3  # usage, the first line, what SOURCE is
    for lines in paragraphs:
        assert all(len(line) > 60 for line in lines[:-1]), lines  # each line filled to the width, not cut mid-sentence


def test_query_binds_named_parameters_of_a_saved_question(tmp_path: Path):
    import duckdb

    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute(
            "create table entity_timeline as select * from (values "
            "(date '2022-12-13', 'Belarus', 'GPE', 15, 1), (date '2022-12-13', 'Vladimir Putin', 'PERSON', 4, 1), "
            "(date '2022-12-14', 'Vladimir Putin', 'PERSON', 2, 1)) as t(day, name, type, mentions, documents)"
        )
    question = "sql/questions/entity_timeline.sql"
    asked = newsflow(
        "query", "--file", question, "--param", "entity=Vladimir Putin", "--db", str(db), "--format", "json"
    )
    assert asked.returncode == 0, asked.stderr
    assert [(row["day"], row["mentions"]) for row in json.loads(asked.stdout)] == [("2022-12-13", 4), ("2022-12-14", 2)]
    default = newsflow("query", "--file", question, "--db", str(db), "--format", "json")
    assert [row["name"] for row in json.loads(default.stdout)] == ["Belarus"]  # the default the file declares
    quoted = newsflow(
        "query", "--file", question, "--param", "entity=Putin' or 1=1 --", "--db", str(db), "--format", "json"
    )
    assert json.loads(quoted.stdout) == []  # bound as a value, never read as SQL
    unknown = newsflow("query", "--file", question, "--param", "person=Putin", "--db", str(db))
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "error: --param person: the query has no $person; it takes entity"


def in_terminal(*args: str, tmp_path: Path, columns: int = 80) -> str:
    """What `newsflow ARGS` shows in an 80-column terminal (a pseudo-terminal), escape codes removed."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": "/usr/bin:/bin",
        "COLUMNS": str(columns),
        "TERM": "xterm",
        "HOME": os.environ["HOME"],
        "PREFECT_HOME": str(tmp_path / "prefect"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "newsflow.flows.cli", *args],
        cwd=ROOT,
        env=env,
        stdin=follower,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0, shown.decode(errors="replace")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode(errors="replace")).replace("\r", "\n")


def test_a_run_in_a_terminal_shows_progress_at_once_and_each_rejection_once(tmp_path: Path):
    import socket

    with socket.socket() as unused:  # a port nothing listens on: the connection is refused
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "links.urls").write_text(f"not a url\nhttp://127.0.0.1:{port}/article\n")
    db = str(tmp_path / "w.duckdb")

    shown = in_terminal("run", str(folder), "--db", db, "--allow-private-urls", tmp_path=tmp_path)
    assert re.search(r"articles .*0/3", shown)  # the bar is there before the first batch is done
    assert "every input was rejected: nothing was written" in shown
    assert shown.count("scan.pdf") == 1  # once, its path once
    rejected = re.findall(r"rejected \(([a-z-]+)\)", shown)
    assert sorted(rejected) == ["bad-url", "unreachable", "unsupported"]
    assert "Traceback" not in shown

    listed = newsflow("runs", "--db", db, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    [run] = json.loads(listed.stdout)
    assert (run["status"], run["n_in"], run["n_new"], run["n_rejected"]) == ("completed", 3, 0, 3)
