"""Fault injection: runs killed at random points, then run again, must end as a clean run ends.

Builds a corpus of real articles, runs `newsflow run` on it once cleanly (the reference), then N
times: starts a run on a fresh warehouse (a DuckLake with a SQLite catalog, the default kind, or
with --kind file a DuckDB file), hits it at a random moment with one of kill -9 of the
newsflow process, kill -9 of its whole process group, Ctrl-C (SIGINT) or SIGTERM to the group,
checks that no process it started is left, runs the same command again to the end, and compares
the warehouse with the reference table by table. Prints one line per fault and then

    faults N survived M, rows lost L

where a fault is survived when nothing was left running, the run's row says what happened to it
(`cancelled` after Ctrl-C or SIGTERM, `abandoned` once the next run finds a killed one, `completed`
when the signal came after its last batch), the warehouse passed the consistency checks after the
fault and after the re-run, and the re-run ended identical to the clean run; rows lost counts
reference rows missing at the end. Every run is a real `newsflow run` process
with its own temporary Prefect API, as a user starts it.

    .venv/bin/python bench/faults.py [--kind lake|file] [--faults 20] [--docs 48] [--batch-size 8] [--seed 1]
"""

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import build_corpus  # noqa: E402
from newsflow.tasks.data_checks import failing_checks  # noqa: E402
from newsflow.tasks.store import DuckDBFile, open_warehouse  # noqa: E402

VOLATILE_COLUMNS = {"run_id", "ingested_at"}  # which run wrote a row, and when: differ between any two runs
RUN_TABLES = {"runs", "rejected", "_migrations", "_writes"}  # what each run records about itself
FAULTS = ("kill -9 newsflow", "kill -9 group", "SIGINT group", "SIGTERM group")
SETTLE_SECONDS = 5.0  # how long processes a fault leaves may take to go
HONEST_STATUS = {0: {"completed"}, -signal.SIGKILL: {"abandoned"}}  # a run's row after the next run, by its exit code


def newsflow_run(source: Path, db: str, stderr: Path, batch_size: int, home: Path, **env: str) -> subprocess.Popen:
    """`newsflow run SOURCE --db DB` in a session of its own (as a terminal starts a command), with its own
    temporary Prefect API under `home`; stderr goes to the file `stderr`."""
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    environment.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", **env)
    return subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "newsflow"),
            "run",
            str(source),
            "--db",
            str(db),
            "--batch-size",
            str(batch_size),
        ],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=stderr.open("ab"),
        start_new_session=True,
    )


def process_tree(pid: int) -> list[psutil.Process]:
    """The process and every process it started, however deep, including those in other sessions."""
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def left_running(processes: list[psutil.Process], timeout: float = SETTLE_SECONDS) -> list[str]:
    """The processes still running (not zombies) after `timeout` s, by pid and command line."""
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for process in processes:
            try:
                if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                    alive.append(f"{process.pid} {' '.join(process.cmdline())[:120]}")
            except psutil.NoSuchProcess:
                continue
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.1)


def warehouse_at(folder: Path, name: str, kind: str) -> str:
    """The --db of a fresh warehouse of `kind` ("lake" or "file") called `name` in `folder`."""
    return f"ducklake:sqlite:{folder / name}.sqlite" if kind == "lake" else str(folder / f"{name}.duckdb")


def has_loaded(db: str) -> bool:
    """Whether a run has committed a batch, seen from outside without opening the warehouse (which a
    DuckDB file's writer would then wait for): the file's write-ahead log holds more than starting a run
    writes, or the lake has a data file of documents."""
    warehouse = open_warehouse(db)
    if isinstance(warehouse, DuckDBFile):
        wal = warehouse.path.with_name(warehouse.path.name + ".wal")
        return wal.exists() and wal.stat().st_size > 100_000
    return any((Path(warehouse.data_path) / "main" / "documents").glob("*.parquet"))


def wait_for_loading(db: str, run: subprocess.Popen, timeout: float = 600) -> None:
    """Return once the run has loaded a batch."""
    deadline = time.monotonic() + timeout
    while not has_loaded(db):
        if run.poll() is not None:
            raise RuntimeError(f"the run ended (exit {run.returncode}) before it loaded anything")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no batch was loaded into {db} within {timeout:g} s")
        time.sleep(0.05)


def remove_warehouse(db: str) -> None:
    warehouse = open_warehouse(db)
    if isinstance(warehouse, DuckDBFile):
        for path in (warehouse.path, warehouse.path.with_name(warehouse.path.name + ".wal")):
            path.unlink(missing_ok=True)
    else:
        import shutil

        Path(warehouse.target).unlink(missing_ok=True)
        shutil.rmtree(warehouse.data_path, ignore_errors=True)


@contextmanager
def reading(db: str):
    """A read-only connection to the warehouse, as `newsflow query` gets one."""
    with open_warehouse(db).connect(read_only=True) as con:
        yield con


def hit(run: subprocess.Popen, fault: str) -> None:
    """Deliver `fault` to the run: a signal to its process or to its whole process group (what Ctrl-C does)."""
    if fault == "kill -9 newsflow":
        os.kill(run.pid, signal.SIGKILL)
    else:
        os.killpg(
            run.pid,
            {"kill -9 group": signal.SIGKILL, "SIGINT group": signal.SIGINT, "SIGTERM group": signal.SIGTERM}[fault],
        )


def base_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        name
        for (name,) in con.execute(
            "select table_name from duckdb_tables() where database_name = current_database() order by 1"
        ).fetchall()
    ]


def fingerprint(db: str) -> dict[str, tuple[int, int]]:
    """Per fact table, (rows, order-free hash of the rows without the columns that name the run)."""
    with reading(db) as con:
        found = {}
        for table in base_tables(con):
            if table in RUN_TABLES:
                continue
            columns = [
                name
                for (name,) in con.execute(
                    "select column_name from duckdb_columns() "
                    "where database_name = current_database() and table_name = ? order by column_index",
                    [table],
                ).fetchall()
                if name not in VOLATILE_COLUMNS
            ]
            selected = ", ".join(f'"{name}"' for name in columns)
            found[table] = con.execute(
                f'select count(*), coalesce(sum(hash(r)::hugeint), 0) from (select {selected} from "{table}") r'
            ).fetchone()
        return found


def inconsistencies(db: str) -> list[str]:
    """What a half-written batch would leave: the failures of the declared data checks (sql/checks.toml: facts
    without their document, counts that disagree with mentions, ...) and parsed documents without sentences."""
    unparsed = (
        "select count(*) from documents d where n_chars > 0 and duplicate_of is null "
        "and coalesce(language, 'en') = 'en' and not exists (select 1 from sentences s where s.doc_id = d.doc_id)"
    )
    with reading(db) as con:
        n_unparsed = con.execute(unparsed).fetchone()[0]
    return [str(failure) for failure in failing_checks(open_warehouse(db))] + (
        [f"{n_unparsed} documents without sentences (English, parsed)"] if n_unparsed else []
    )


def run_statuses(db: str) -> list[tuple[str, str | None]]:
    with reading(db) as con:
        return con.execute("select status, reason from runs order by started_at").fetchall()


def rows_lost(reference: dict, final: dict) -> int:
    return sum(max(0, rows - final.get(table, (0, 0))[0]) for table, (rows, _) in reference.items())


def one_fault(
    number: int, fault: str, corpus: Path, work: Path, reference: dict, loading_seconds: float, args, rng: random.Random
) -> tuple[bool, int] | None:
    """Hit a run with `fault` at a random moment of its loading, run again, compare; prints one line.
    None when the run finished before the moment came (no fault was delivered)."""
    db, stderr = warehouse_at(work, f"fault-{number:02d}", args.kind), work / f"fault-{number:02d}.stderr"
    remove_warehouse(db)
    run = newsflow_run(corpus, db, stderr, args.batch_size, work / "prefect")
    wait_for_loading(db, run)
    time.sleep(rng.uniform(0, 0.6 * loading_seconds))
    if run.poll() is not None:
        print(f"{number:>3} {fault:<17} the run finished before the moment came; drawn again", flush=True)
        return None
    processes = process_tree(run.pid)
    hit(run, fault)
    started = time.monotonic()
    try:
        run.wait(60)
    except subprocess.TimeoutExpired:
        run.kill()
    stop_seconds = time.monotonic() - started
    leftovers = left_running(processes)
    broken = inconsistencies(db)
    rerun = newsflow_run(corpus, db, stderr, args.batch_size, work / "prefect")
    rerun.wait()
    final = fingerprint(db)
    broken += inconsistencies(db)
    statuses = [status for status, _ in run_statuses(db)]
    identical = final == reference
    honest = statuses[0] in HONEST_STATUS.get(
        run.returncode, {"cancelled", "abandoned"}
    )  # a stop past its grace period is abandoned
    survived = (
        not leftovers and not broken and identical and honest and rerun.returncode == 0 and statuses[-1] == "completed"
    )
    lost = rows_lost(reference, final)
    print(
        f"{number:>3} {fault:<17} exit {run.returncode:>4} after {stop_seconds:4.1f} s, "
        f"{len(leftovers)} processes left, "
        f"runs {'/'.join(statuses)}, re-run {'identical' if identical else 'DIFFERENT'}"
        f"{', ' + '; '.join(broken) if broken else ''}{', rows lost ' + str(lost) if lost else ''}",
        flush=True,
    )
    return survived, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--kind",
        choices=("lake", "file"),
        default="lake",
        help="Warehouse: a DuckLake with a SQLite catalog (the default kind) or a DuckDB file.",
    )
    parser.add_argument("--faults", type=int, default=20, help="How many runs to hit (default 20).")
    parser.add_argument("--docs", type=int, default=48, help="Articles in the corpus (default 48).")
    parser.add_argument("--batch-size", type=int, default=8, help="Documents per batch (default 8, so a run has many).")
    parser.add_argument("--seed", type=int, default=1, help="Seed of the random faults and moments.")
    parser.add_argument(
        "--keep", type=Path, help="Work in this folder and keep it (default: a temporary folder, removed)."
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsflow-faults-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    build_corpus(corpus, args.docs)
    reference_db = warehouse_at(work, "reference", args.kind)
    remove_warehouse(reference_db)
    clean = newsflow_run(corpus, reference_db, work / "reference.stderr", args.batch_size, work / "prefect")
    wait_for_loading(reference_db, clean)
    loading_started = time.monotonic()
    if clean.wait() != 0:
        sys.exit(f"the clean run failed; see {work / 'reference.stderr'}")
    loading_seconds = time.monotonic() - loading_started
    reference = fingerprint(reference_db)
    print(
        f"clean run into a {'DuckLake (SQLite catalog)' if args.kind == 'lake' else 'DuckDB file'}: "
        f"{args.docs} articles in batches of {args.batch_size}, loading for {loading_seconds:.0f} s, "
        f"{sum(rows for rows, _ in reference.values())} rows in {len(reference)} tables",
        flush=True,
    )
    survived = lost = delivered = 0
    number = 0
    while delivered < args.faults:
        number += 1
        outcome = one_fault(number, rng.choice(FAULTS), corpus, work, reference, loading_seconds, args, rng)
        if outcome is None:
            continue
        delivered += 1
        survived += outcome[0]
        lost += outcome[1]
    print(f"faults {args.faults} survived {survived}, rows lost {lost}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
