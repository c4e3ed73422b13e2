"""The warehouse: the one place that opens DuckDB. Schema from `sql/migrations`, loads from `sql/load`.

Two kinds, chosen by the `--db` string (`open_warehouse`): a DuckDB file, which one process
at a time may write and which nobody may read meanwhile, and a DuckLake (a SQLite or
PostgreSQL catalog over Parquet files) that readers and several writers share. Both answer
the same SQL over the same tables; what differs is declared once, in the two classes below.
"""

import importlib.resources
import os
import re
import socket
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import duckdb
import polars as pl

from newsflow.tasks.core.schemas import REJECTED
from newsflow.tasks.integrity import check_sqlite_catalog, check_warehouse
from newsflow.tasks.lock import open_when_free, retry_while_busy
from newsflow.tasks.sandbox import READER_CONFIG, lock_down

if TYPE_CHECKING:  # for annotations only: it imports cleaning and linking, which reading does not need
    from newsflow.tasks.core.aggregate import WarehouseBatch

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"
ALIAS = "newsflow"  # the name every session attaches the warehouse as
LAKE_PREFIX = "ducklake:"
LAKE_CATALOGS = {"sqlite": "sqlite", "postgres": "postgres"}  # catalog kind -> the extension that reads it
# DuckDB keeps what its queries freed, up to 128 MB, for the next ones, and keeps the blocks of every data file a
# session read (its external file cache, made for remote files); a lake session lives through a whole run, which
# writes batch after batch while other processes parse, and the flow process's peak is what a machine must have:
# freed memory goes back now, and local lake files are read through the operating system's cache.
SESSION_CONFIG = {
    "allocator_flush_threshold": "8MB",
    "allocator_bulk_deallocation_flush_threshold": "8MB",
    "enable_external_file_cache": False,
}
REMOTE_DATA = ("s3://", "gs://", "gcs://", "r2://", "http://", "https://", "az://", "abfss://")

T = TypeVar("T")


def sql_file(relative: str) -> str:
    """Text of a file under `sql/`."""
    return (SQL_DIR / relative).read_text()


def migration_files() -> list[Path]:
    """Migrations in the order they apply: by their numeric prefix."""
    return sorted((SQL_DIR / "migrations").glob("[0-9][0-9][0-9]_*.sql"))


def quoted(text: str) -> str:
    """A SQL string literal (for ATTACH and INSTALL, which take no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


class WarehouseUnwritable(RuntimeError):
    """The warehouse or its folder cannot be written (read-only file system, permissions, no space)."""


def open_warehouse(db: str | Path | None = None, data_path: str | Path | None = None) -> "Warehouse":
    """The warehouse `db` names: `ducklake:sqlite:PATH` or `ducklake:postgres:CONNINFO` is a DuckLake
    (data files under `data_path`, by default a folder beside a SQLite catalog), anything else a DuckDB file.
    Unset, both come from the settings ($NEWSFLOW_DB, $NEWSFLOW_DATA_PATH)."""
    from newsflow.tasks.settings import get_settings

    settings = get_settings(db=str(db) if db is not None else None, data_path=str(data_path) if data_path else None)
    location = settings.db.strip()
    if not location.startswith(LAKE_PREFIX):
        return DuckDBFile(location)
    catalog, _, target = location.removeprefix(LAKE_PREFIX).partition(":")
    if catalog not in LAKE_CATALOGS or not target:
        raise ValueError(
            f"{location!r} is not a DuckLake warehouse; use ducklake:sqlite:PATH or "
            "ducklake:postgres:CONNINFO (e.g. ducklake:postgres:dbname=newsflow host=db.example)"
        )
    return DuckLake(catalog, target, settings.data_path)


class Warehouse(ABC):
    """What the pipeline and `newsflow query` do with a warehouse, whichever kind it is.

    Subclasses say how to connect and how a write transaction settles with other writers.
    """

    location: str
    kind: str
    writers_on_many_machines = False  # whether processes on other machines may write it at the same time

    @abstractmethod
    def exists(self) -> bool: ...

    @abstractmethod
    def connect(self, read_only: bool = False, lock_timeout: float | None = None, snapshot: int | None = None):
        """A context manager giving a connection (read-only ones fail clearly when there is no warehouse yet)."""

    @abstractmethod
    def write(
        self, work: Callable[[duckdb.DuckDBPyConnection], T], lock_timeout: float | None = None, claim: bool = True
    ) -> T:
        """`work(con)` in one transaction: all of it is committed or none."""

    def _transaction(self, con: duckdb.DuckDBPyConnection, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        con.execute("begin transaction")
        try:
            result = work(con)
            con.execute("commit")
        except BaseException:
            try:
                con.execute("rollback")
            except duckdb.TransactionException:  # a failed commit has already rolled back
                pass
            raise
        return result

    @abstractmethod
    def attach_statements(self) -> list[str]:
        """DuckDB statements, one each, that open this warehouse read-only as `newsflow` in any session."""

    @abstractmethod
    def reader_paths(self) -> list[str]:
        """Local files and folders a read-only session must be allowed to read: with
        `attach_statements` run first, `allowed_directories` set to these and external access off,
        every question still answers (a sandboxed query)."""

    @abstractmethod
    def snapshot_of_run(self, run_id: str) -> int:
        """The snapshot `run_id` finished on, for `--as-of`; ValueError when there is none to read."""

    @abstractmethod
    def maintain(self, keep: timedelta) -> dict:
        """Compact what many small batches left behind; returns what was done."""

    def ddl(self, sql: str) -> str:
        """Schema SQL as this kind of warehouse takes it."""
        return sql

    def check(self) -> None:  # noqa: B027 (most kinds have nothing to check; a subclass adds what its kind needs)
        """Raise when the warehouse fails a check that must pass before anything writes to it."""

    def migrate(self) -> list[str]:
        """Check the warehouse, then apply the migrations it has not seen, each in its own transaction;
        return their names. A warehouse that cannot be written raises WarehouseUnwritable, naming the cause.

        Views are derived, so they are replaced, not migrated."""
        self.check()
        applied = []
        try:
            self.write(lambda con: con.execute(self.ddl(sql_file("load/bookkeeping.sql"))), claim=False)
        except (duckdb.IOException, duckdb.PermissionException, OSError) as error:
            raise WarehouseUnwritable(
                f"cannot write the warehouse {self.location}: {' '.join(str(error).split())}; "
                "choose a --db (or NEWSFLOW_DB) where you can write"
            ) from None
        with self.connect() as con:  # each applied migration costs a transaction (a snapshot of a lake): skip them
            seen = {name for (name,) in con.execute("select name from _migrations").fetchall()}
        for path in migration_files():
            if path.name not in seen and self.write(lambda con, path=path: self._apply(con, path)):
                applied.append(path.name)
        views = [path.read_text() for path in sorted((SQL_DIR / "views").glob("*.sql"))]
        self.write(lambda con: [con.execute(view) for view in views])
        return applied

    def _apply(self, con: duckdb.DuckDBPyConnection, path: Path) -> bool:
        if con.execute("select count(*) from _migrations where name = ?", [path.name]).fetchone()[0]:
            return False
        con.execute(self.ddl(path.read_text()))
        con.execute("insert into _migrations values (?, ?)", [path.name, datetime.now(UTC)])
        return True

    def processed_doc_ids(
        self, doc_ids: list[str], model: str, version: str, read_only: bool = False, lock_timeout: float | None = None
    ) -> set[str]:
        """Which of `doc_ids` the warehouse holds from a run with this model and pipeline version."""
        if not doc_ids:
            return set()
        with self.connect(read_only=read_only, lock_timeout=lock_timeout) as con:
            candidates = pl.DataFrame({"doc_id": doc_ids}, schema={"doc_id": pl.Utf8})
            con.register("candidates", candidates.to_arrow())
            rows = con.execute(sql_file("load/processed_doc_ids.sql"), [model, version]).fetchall()
        return {row[0] for row in rows}

    def start_run(self, run_id: str, flow_run_id: str | None, model: str, version: str) -> None:
        """Record a run as running, with the process and host that run it (how a later run tells it is gone)."""
        self.write(
            lambda con: con.execute(
                sql_file("load/start_run.sql"),
                [run_id, flow_run_id, datetime.now(UTC), model, version, os.getpid(), socket.gethostname()],
            )
        )

    def running_runs(self) -> list[dict]:
        """Runs recorded as running: run_id, pid, host, started_at."""
        with self.connect(read_only=True) as con:
            return con.execute(sql_file("load/running_runs.sql")).pl().to_dicts()

    def abandon_runs(self, reasons: dict[str, str]) -> None:
        """Mark runs whose process is gone as abandoned, with the reason."""
        self.write(
            lambda con: [
                con.execute(sql_file("load/abandon_run.sql"), [datetime.now(UTC), reason, run_id])
                for run_id, reason in reasons.items()
            ]
        )

    def finish_run(
        self, run_id: str, counts: dict, status: str, reason: str | None = None, lock_timeout: float | None = None
    ) -> None:
        """Record how the run ended (and why, unless it completed), and the snapshot it leaves (DuckLake), for
        `--as-of`."""

        def finish(con: duckdb.DuckDBPyConnection) -> None:
            con.execute(
                sql_file("load/finish_run.sql"),
                [
                    datetime.now(UTC),
                    counts["n_in"],
                    counts["n_new"],
                    counts["n_skipped"],
                    counts["n_rejected"],
                    status,
                    reason,
                    self._current_snapshot(con),
                    run_id,
                ],
            )

        self.write(finish, lock_timeout=lock_timeout)

    def _current_snapshot(self, con: duckdb.DuckDBPyConnection) -> int | None:
        return None

    def record_rejected(self, rejected: pl.DataFrame, run_id: str) -> None:
        """Append rejected inputs with the run that saw them."""
        if not rejected.is_empty():
            self.write(lambda con: insert_rejected(con, rejected, run_id))

    @staticmethod
    def known_entities(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
        """Entities in the warehouse, one row per alias: alias, entity_id, name, type (read in `con`'s transaction)."""
        return con.execute(sql_file("load/known_entities.sql")).pl()

    def load_batch(self, batch: "WarehouseBatch", run_id: str) -> None:
        """Replace the batch's documents and all their facts, then refresh rollups: all or nothing."""
        self.write(lambda con: insert_batch(con, batch, run_id))

    def documents_of_run(self, doc_ids: list[str], run_id: str) -> int:
        """How many of `doc_ids` the warehouse holds as written by `run_id`: whether a batch was committed."""
        with self.connect(read_only=True) as con:
            con.register("candidates", pl.DataFrame({"doc_id": doc_ids}, schema={"doc_id": pl.Utf8}).to_arrow())
            return con.execute(sql_file("load/batch_committed.sql"), [run_id]).fetchone()[0]

    def run_results(self, run_id: str) -> tuple[dict, pl.DataFrame]:
        """Counts of what a run wrote, and its top entities."""
        with self.connect(read_only=True) as con:
            written = con.execute(sql_file("load/run_documents.sql"), [run_id]).pl().to_dicts()[0]
            top = con.execute(sql_file("load/run_top_entities.sql"), [run_id]).pl()
        return written, top

    def query(self, sql: str, params: list | dict | None = None, as_of_run: str | None = None) -> pl.DataFrame:
        """Run one read-only statement and return its rows; with `as_of_run`, as the warehouse stood after that run."""
        if as_of_run is not None:
            snapshot = self.snapshot_of_run(as_of_run)
            with self.connect(read_only=True, snapshot=snapshot) as con:
                return con.execute(sql, params or []).pl()
        with self.connect(read_only=True) as con:
            return con.execute(sql, params or []).pl()


def insert_batch(con: duckdb.DuckDBPyConnection, batch: "WarehouseBatch", run_id: str) -> None:
    """The statements of one batch, inside the caller's transaction: replace its documents' facts, refresh rollups."""
    documents = batch.documents.with_columns(ingested_at=pl.lit(datetime.now(UTC)), run_id=pl.lit(run_id))
    staged = {f"staged_{name}": table for name, table in {**batch.tables(), "documents": documents}.items()}
    try:
        for name, table in staged.items():
            con.register(name, table.to_arrow())
        replaces = con.execute(sql_file("load/batch_replaces.sql")).fetchone()[0]
        # New documents need no delete, which would scan every fact table (and hold it in memory).
        con.execute(sql_file("load/replace_documents.sql" if replaces else "load/new_documents.sql"))
        con.execute(sql_file("load/insert_batch.sql"))
        con.execute(sql_file("load/refresh_rollups.sql"))
    finally:
        for name in staged:  # a lake's session outlives the batch: its copies of the frames go now
            con.unregister(name)


def insert_rejected(con: duckdb.DuckDBPyConnection, rejected: pl.DataFrame, run_id: str) -> None:
    """Rejected inputs, with the run that saw them, inside the caller's transaction."""
    if rejected.is_empty():
        return
    con.register("staged_rejected", rejected.select(REJECTED.keys()).with_columns(run_id=pl.lit(run_id)).to_arrow())
    con.execute("insert into rejected by name select * from staged_rejected")


class DuckDBFile(Warehouse):
    """A DuckDB warehouse file. Writers open it briefly, one transaction per batch; while one does,
    nobody else may open it (DuckDB locks the file), so readers and other writers wait."""

    kind = "duckdb"

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        self.location = str(self.path)

    def exists(self) -> bool:
        return self.path.exists()

    @contextmanager
    def connect(self, read_only: bool = False, lock_timeout: float | None = None, snapshot: int | None = None):
        """A connection to the file; read-only ones fail clearly when the file does not exist yet.

        While another process holds the file (DuckDB allows one writer), wait for it with backoff
        up to `lock_timeout` s (default $NEWSFLOW_LOCK_TIMEOUT or 120), then raise WarehouseLocked.
        """
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no warehouse at {self.path}; run `newsflow run PATH` first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        con = open_when_free(
            lambda: duckdb.connect(
                str(self.path), read_only=read_only, config=SESSION_CONFIG | (READER_CONFIG if read_only else {})
            ),
            self.path,
            lock_timeout,
        )
        if read_only:
            lock_down(con)
        try:
            yield con
        finally:
            con.close()

    def check(self) -> None:
        """An existing file must pass `tasks.integrity.check_warehouse` (a damaged one is left untouched); an
        empty one is being created by another run (or is no DuckDB file, which opening for writing says)."""
        if self.path.exists() and self.path.stat().st_size:
            check_warehouse(self.path, lambda: self.connect(read_only=True), sql_file("load/table_names.sql"))

    def write(
        self, work: Callable[[duckdb.DuckDBPyConnection], T], lock_timeout: float | None = None, claim: bool = True
    ) -> T:
        """`work(con)` in one transaction, once this process holds the file (see `connect`)."""
        with self.connect(lock_timeout=lock_timeout) as con:
            return self._transaction(con, work)

    def attach_statements(self) -> list[str]:
        return [f"ATTACH {quoted(str(self.path.resolve()))} AS {ALIAS} (READ_ONLY);", f"USE {ALIAS};"]

    def snapshot_of_run(self, run_id: str) -> int:
        raise ValueError(
            f"{self.location} is a DuckDB file, which keeps no history; "
            "--as-of needs a DuckLake warehouse (--db ducklake:sqlite:PATH)"
        )

    def reader_paths(self) -> list[str]:
        return [str(self.path.resolve())]

    def maintain(self, keep: timedelta) -> dict:
        with self.connect() as con:
            con.execute("checkpoint")
        return {"warehouse": self.location, "kind": self.kind, "steps": {"checkpoint": 1}}


class DuckLake(Warehouse):
    """A DuckLake: tables in a SQL catalog (SQLite file or PostgreSQL database), rows in Parquet files.

    Readers never wait and are never in a writer's way; they see each committed batch whole.
    Writers run at once: DuckLake has no locks and no unique keys, so every write transaction
    also updates the one row of `_writes`, which makes any two overlapping write transactions
    conflict; the later one is rolled back and run again from the start (re-reading what it
    depends on, such as the known entities), so batches apply as if one after the other.
    """

    kind = "ducklake"

    def __init__(self, catalog: str, target: str, data_path: str | None = None):
        self.catalog = catalog
        self.writers_on_many_machines = catalog == "postgres"
        self.target = str(Path(target).expanduser().resolve()) if catalog == "sqlite" else target
        if data_path is None and catalog == "postgres":
            raise ValueError(
                "a ducklake:postgres: warehouse needs --data-path (or $NEWSFLOW_DATA_PATH): "
                "a folder every machine mounts, or s3://…"
            )
        default_data = str(Path(self.target).with_suffix(".files")) if catalog == "sqlite" else None
        data_path = data_path or default_data
        self.data_path = data_path if data_path.startswith(REMOTE_DATA) else str(Path(data_path).expanduser().resolve())
        self.data_path = self.data_path.rstrip("/") + "/"
        self.location = f"{LAKE_PREFIX}{catalog}:{self.target}"

    def __repr__(self) -> str:
        return f"DuckLake({self.location!r}, data_path={self.data_path!r})"

    def extensions(self) -> list[str]:
        """DuckDB extensions this lake needs: ducklake, its catalog's, httpfs for remote data files."""
        needed = ["ducklake", LAKE_CATALOGS[self.catalog]]
        return needed + (["httpfs"] if self.data_path.startswith(REMOTE_DATA) else [])

    def exists(self) -> bool:
        if self.catalog == "sqlite":
            return Path(self.target).exists()
        try:
            with self.connect(read_only=True):
                return True
        except duckdb.Error:
            return False

    def check(self) -> None:
        """An existing SQLite catalog must pass `tasks.integrity.check_sqlite_catalog` (a damaged one is left
        untouched)."""
        if self.catalog == "sqlite" and Path(self.target).exists():
            check_sqlite_catalog(Path(self.target), self.location, self.reader_paths())

    def attach_statements(self, read_only: bool = True, snapshot: int | None = None) -> list[str]:
        options = [f"DATA_PATH {quoted(self.data_path)}"]
        options += [f"SNAPSHOT_VERSION {int(snapshot)}"] if snapshot is not None else []
        # Writers store every row in Parquet, none inlined in the catalog: with DuckLake 1.5.5 inlined
        # rows cannot be flushed once their table gained a column, a session that read them fails
        # after a flush, and inlined deletes keep `maintain` from compacting a table's files.
        options += ["READ_ONLY"] if read_only else ["DATA_INLINING_ROW_LIMIT 0"]
        return [
            *(f"INSTALL {quoted(str(extension_file(name)))};" for name in self.extensions()),
            *(f"LOAD {name};" for name in self.extensions()),
            f"ATTACH {quoted(self.location)} AS {ALIAS} ({', '.join(options)});",
            f"USE {ALIAS};",
        ]

    def reader_paths(self) -> list[str]:
        local = [self.target] if self.catalog == "sqlite" else []
        return local + ([] if self.data_path.startswith(REMOTE_DATA) else [self.data_path])

    @contextmanager
    def connect(self, read_only: bool = False, lock_timeout: float | None = None, snapshot: int | None = None):
        """A cursor on this process's session with the lake attached (attaching costs a fraction of a second).

        A read-only connection fails clearly when there is no lake yet; a writable one creates it."""
        if read_only and self.catalog == "sqlite" and not Path(self.target).exists():
            raise FileNotFoundError(f"no warehouse at {self.location}; run `newsflow run PATH` first")
        if not read_only and not self.data_path.startswith(REMOTE_DATA):
            Path(self.data_path).mkdir(parents=True, exist_ok=True)
            if self.catalog == "sqlite":
                Path(self.target).parent.mkdir(parents=True, exist_ok=True)
        session = lake_session(self, read_only, snapshot, lock_timeout)
        con = session.cursor()
        try:
            con.execute(f"use {ALIAS}")
            yield con
        finally:
            con.close()
            if snapshot is not None:
                session.close()

    def write(
        self, work: Callable[[duckdb.DuckDBPyConnection], T], lock_timeout: float | None = None, claim: bool = True
    ) -> T:
        """`work(con)` in one transaction that claims `_writes` (all but the one creating it); run again
        from the start while it conflicts with another writer."""

        def claimed(con: duckdb.DuckDBPyConnection) -> T:
            if claim:
                con.execute("update _writes set n = n + 1")
            return work(con)

        def attempt() -> T:
            with self.connect(lock_timeout=lock_timeout) as con:
                return self._transaction(con, claimed)

        return retry_while_busy(attempt, is_commit_conflict, self.location, lock_timeout)

    def ddl(self, sql: str) -> str:
        """DuckLake has no primary keys, unique constraints or indexes: the loader keeps those guarantees
        (one row per doc_id and per entity_id: see `insert_batch`, serialized by `_writes`)."""
        return re.sub(r"\s+(primary\s+key|unique)\b", "", sql, flags=re.IGNORECASE)

    def _current_snapshot(self, con: duckdb.DuckDBPyConnection) -> int | None:
        return con.execute(f"select id from ducklake_current_snapshot({quoted(ALIAS)})").fetchone()[0]

    def snapshot_of_run(self, run_id: str) -> int:
        rows = self.query("select status, snapshot_id from runs where run_id = ?", [run_id]).rows()
        if not rows:
            raise ValueError(f"no run {run_id!r} in {self.location}; `newsflow runs` lists them")
        status, snapshot = rows[0]
        if snapshot is None:
            raise ValueError(f"run {run_id} is {status} and recorded no snapshot; pick a completed run")
        with self.connect(read_only=True) as con:
            kept = con.execute(
                f"select count(*) from ducklake_snapshots({quoted(ALIAS)}) where snapshot_id = ?", [snapshot]
            ).fetchone()[0]
        if not kept:
            raise ValueError(f"the snapshot of run {run_id} ({snapshot}) was expired by `newsflow maintain`")
        return snapshot

    def maintain(self, keep: timedelta) -> dict:
        """Rewrite files with deleted rows, merge small files, expire snapshots older than `keep`,
        delete the files nothing refers to any more and those that uncommitted writes left over
        `keep` ago."""
        older_than = datetime.now(UTC) - keep
        name = quoted(ALIAS)
        with self.connect() as con:
            steps = {
                "rewrote files with deletes": f"call ducklake_rewrite_data_files({name}, delete_threshold => 0)",
                "merged adjacent files": f"call ducklake_merge_adjacent_files({name})",
                "expired snapshots": f"call ducklake_expire_snapshots({name}, older_than => ?::timestamptz)",
                "cleaned up files": f"call ducklake_cleanup_old_files({name}, cleanup_all => true)",
                # Files of transactions that never committed (a killed run); old ones only, as a
                # concurrent writer's files are orphans too until it commits.
                "deleted orphaned files": f"call ducklake_delete_orphaned_files({name}, older_than => ?::timestamptz)",
            }
            done = {}
            for step, statement in steps.items():
                params = [older_than] if "older_than" in statement else []
                done[step] = len(
                    retry_while_busy(
                        lambda statement=statement, params=params: con.execute(statement, params).fetchall(),
                        is_commit_conflict,
                        self.location,
                    )
                )
            snapshots = con.execute(f"select count(*) from ducklake_snapshots({name})").fetchone()[0]
        return {"warehouse": self.location, "kind": self.kind, "steps": done, "snapshots_kept": snapshots}


def is_commit_conflict(error: Exception) -> bool:
    """A write that lost to a concurrent one (DuckLake's conflict, or the SQLite catalog busy): worth running again."""
    message = str(error)
    return isinstance(error, duckdb.Error) and any(
        sign in message
        for sign in (
            "Transaction conflict",
            "database is locked",
            "Failed to commit DuckLake",
            "could not serialize access",
            "Catalog write-write conflict",
        )
    )


def extension_file(name: str) -> Path:
    """The extension's file in its PyPI package (duckdb-extension-NAME), built for this DuckDB version.

    This is the file the `duckdb-extensions` loader installs; `INSTALL 'file'` then `LOAD name`
    works in the duckdb CLI too, so newsflow prints and runs the same statements everywhere."""
    folder = Path(str(importlib.resources.files(f"duckdb_extension_{name}"))) / "extensions" / f"v{duckdb.__version__}"
    found = folder / f"{name}.duckdb_extension"
    if not found.exists():
        raise RuntimeError(
            f"the duckdb-extension-{name} package has no build for DuckDB {duckdb.__version__}; "
            "reinstall the pinned versions: pip install -r requirements.lock"
        )
    return found


_sessions: dict[tuple, duckdb.DuckDBPyConnection] = {}
_sessions_lock = threading.Lock()


def lake_session(
    lake: DuckLake, read_only: bool, snapshot: int | None, lock_timeout: float | None
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached, kept for the life of the process (one per lake and mode);
    a session at a past snapshot is made for its one query. Read-only sessions can reach nothing but
    the lake (`tasks.sandbox.lock_down`).

    Attaching a new lake's catalog is itself a write that two processes may race at once: retried like one."""
    key = (lake.location, lake.data_path, read_only)
    with _sessions_lock:
        if snapshot is None and key in _sessions:
            return _sessions[key]

        def attach() -> duckdb.DuckDBPyConnection:
            session = duckdb.connect(config=SESSION_CONFIG | READER_CONFIG)
            try:
                for statement in lake.attach_statements(read_only=read_only, snapshot=snapshot):
                    session.execute(statement)
                if read_only:
                    lock_down(session, lake.reader_paths())
            except BaseException:
                session.close()
                raise
            return session

        session = retry_while_busy(attach, is_commit_conflict, lake.location, lock_timeout)
        if snapshot is None:
            _sessions[key] = session
        return session
