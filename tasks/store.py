"""The warehouse: the one place that opens DuckDB. Schema from `sql/migrations`, loads from `sql/load`."""

import os
import socket
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from tasks.core.aggregate import WarehouseBatch
from tasks.core.schemas import REJECTED
from tasks.integrity import check_warehouse
from tasks.lock import open_when_free
from tasks.sandbox import READER_CONFIG, lock_down

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"


def sql_file(relative: str) -> str:
    """Text of a file under `sql/`."""
    return (SQL_DIR / relative).read_text()


def migration_files() -> list[Path]:
    """Migrations in the order they apply: by their numeric prefix."""
    return sorted((SQL_DIR / "migrations").glob("[0-9][0-9][0-9]_*.sql"))


class WarehouseUnwritable(RuntimeError):
    """The warehouse file or its folder cannot be written (read-only file system, permissions, no space)."""


class Warehouse:
    """A DuckDB warehouse file. Writers open it briefly, one transaction per batch."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @contextmanager
    def connect(self, read_only: bool = False, lock_timeout: float | None = None):
        """A connection to the file; read-only ones fail clearly when the file does not exist yet and can
        reach no other file (`tasks.sandbox`); WarehouseUnwritable when the file cannot be written.

        While another process holds the file (DuckDB allows one writer), wait for it with backoff
        up to `lock_timeout` s (default $NEWSFLOW_LOCK_TIMEOUT or 120), then raise WarehouseLocked.
        """
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no warehouse at {self.path}; run `newsflow run PATH` first")
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            con = open_when_free(lambda: duckdb.connect(str(self.path), read_only=read_only, config=READER_CONFIG if read_only else {}),
                                 self.path, lock_timeout)
        except (duckdb.IOException, OSError) as error:
            if read_only:
                raise
            raise WarehouseUnwritable(f"cannot write the warehouse {self.path}: {' '.join(str(error).split())}; "
                                      "choose a --db (or NEWSFLOW_DB) where you can write") from None
        if read_only:
            lock_down(con)
        try:
            yield con
        finally:
            con.close()

    def migrate(self) -> list[str]:
        """Check the file (`tasks.integrity`), then apply the migrations it has not seen, each in its own
        transaction; return their names."""
        if self.path.exists():
            check_warehouse(self.path, lambda: self.connect(read_only=True), sql_file("load/table_names.sql"))
        applied = []
        with self.connect() as con:
            con.execute("create table if not exists _migrations (name varchar primary key, applied_at timestamptz)")
            done = {row[0] for row in con.execute("select name from _migrations").fetchall()}
            for path in migration_files():
                if path.name in done:
                    continue
                con.execute("begin transaction")
                try:
                    con.execute(path.read_text())
                    con.execute("insert into _migrations values (?, ?)", [path.name, datetime.now(timezone.utc)])
                    con.execute("commit")
                except Exception:
                    con.execute("rollback")
                    raise
                applied.append(path.name)
            self.apply_views(con)
        return applied

    @staticmethod
    def apply_views(con: duckdb.DuckDBPyConnection) -> None:
        """(Re)create the views of `sql/views`; they are derived, so they are replaced, not migrated."""
        for path in sorted((SQL_DIR / "views").glob("*.sql")):
            con.execute(path.read_text())

    def processed_doc_ids(self, doc_ids: list[str], model: str, version: str) -> set[str]:
        """Which of `doc_ids` the warehouse holds from a run with this model and pipeline version."""
        if not doc_ids:
            return set()
        with self.connect() as con:
            candidates = pl.DataFrame({"doc_id": doc_ids}, schema={"doc_id": pl.Utf8})
            con.register("candidates", candidates.to_arrow())
            rows = con.execute(sql_file("load/processed_doc_ids.sql"), [model, version]).fetchall()
        return {row[0] for row in rows}

    def known_entities(self) -> pl.DataFrame:
        """Entities already in the warehouse, one row per alias: alias, entity_id, name, type."""
        with self.connect() as con:
            return con.execute(sql_file("load/known_entities.sql")).pl()

    def start_run(self, run_id: str, flow_run_id: str | None, model: str, version: str) -> None:
        """Record a run as running, with the process and host that run it (how a later run tells it is gone)."""
        with self.connect() as con:
            con.execute(sql_file("load/start_run.sql"),
                        [run_id, flow_run_id, datetime.now(timezone.utc), model, version, os.getpid(), socket.gethostname()])

    def running_runs(self) -> list[dict]:
        """Runs recorded as running: run_id, pid, host, started_at."""
        with self.connect() as con:
            return con.execute(sql_file("load/running_runs.sql")).pl().to_dicts()

    def abandon_runs(self, reasons: dict[str, str]) -> None:
        """Mark runs whose process is gone as abandoned, with the reason."""
        with self.connect() as con:
            for run_id, reason in reasons.items():
                con.execute(sql_file("load/abandon_run.sql"), [datetime.now(timezone.utc), reason, run_id])

    def finish_run(self, run_id: str, counts: dict, status: str, reason: str | None = None, lock_timeout: float | None = None) -> None:
        with self.connect(lock_timeout=lock_timeout) as con:
            con.execute(
                sql_file("load/finish_run.sql"),
                [datetime.now(timezone.utc), counts["n_in"], counts["n_new"], counts["n_skipped"],
                 counts["n_rejected"], status, reason, run_id],
            )

    def record_rejected(self, rejected: pl.DataFrame, run_id: str) -> None:
        """Append rejected inputs with the run that saw them."""
        if rejected.is_empty():
            return
        staged = rejected.select(REJECTED.keys()).with_columns(run_id=pl.lit(run_id))
        with self.connect() as con:
            con.register("staged_rejected", staged.to_arrow())
            con.execute("insert into rejected by name select * from staged_rejected")

    def load_batch(self, batch: WarehouseBatch, run_id: str) -> None:
        """Replace the batch's documents and all their facts, then refresh rollups: all or nothing."""
        documents = batch.documents.with_columns(
            ingested_at=pl.lit(datetime.now(timezone.utc)), run_id=pl.lit(run_id)
        )
        tables = {**batch.tables(), "documents": documents}
        with self.connect() as con:
            for name, table in tables.items():
                con.register(f"staged_{name}", table.to_arrow())
            con.execute("begin transaction")
            try:
                replaces = con.execute(sql_file("load/batch_replaces.sql")).fetchone()[0]
                # New documents need no delete, which would scan every fact table (and hold it in memory).
                con.execute(sql_file("load/replace_documents.sql" if replaces else "load/new_documents.sql"))
                con.execute(sql_file("load/insert_batch.sql"))
                con.execute(sql_file("load/refresh_rollups.sql"))
                con.execute("commit")
            except Exception:
                with suppress(duckdb.Error):  # a failed commit may leave no transaction to roll back: keep its error
                    con.execute("rollback")
                raise

    def documents_of_run(self, doc_ids: list[str], run_id: str) -> int:
        """How many of `doc_ids` the warehouse holds as written by `run_id`: whether a batch was committed."""
        with self.connect() as con:
            con.register("candidates", pl.DataFrame({"doc_id": doc_ids}, schema={"doc_id": pl.Utf8}).to_arrow())
            return con.execute(sql_file("load/batch_committed.sql"), [run_id]).fetchone()[0]

    def run_results(self, run_id: str) -> tuple[dict, pl.DataFrame]:
        """Counts of what a run wrote, and its top entities."""
        with self.connect() as con:
            written = con.execute(sql_file("load/run_documents.sql"), [run_id]).pl().to_dicts()[0]
            top = con.execute(sql_file("load/run_top_entities.sql"), [run_id]).pl()
        return written, top

    def query(self, sql: str, params: list | None = None) -> pl.DataFrame:
        """Run one read-only statement and return its rows."""
        with self.connect(read_only=True) as con:
            return con.execute(sql, params or []).pl()
