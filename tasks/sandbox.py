"""Read-only sessions that cannot reach beyond the warehouse: what `newsflow query` runs SQL on.

Two locks. DuckDB's settings: no file, folder, URL or extension is reachable except the ones a
reader of this warehouse needs (`enable_external_access` off, `allowed_directories` the
exceptions), and the configuration is locked so a statement cannot turn it back on. And the
statements themselves: only SELECT (with DESCRIBE, SHOW, SUMMARIZE) and EXPLAIN run, because DuckDB
lets an allowed directory be written as well as read (a DuckLake's catalog and data folder are
allowed). Rows leave only through `newsflow query --out`, which newsflow writes itself.
"""

from collections.abc import Sequence
from pathlib import Path

import duckdb

READER_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
READING_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
EXPORT_FORMATS = (".parquet", ".csv")


class QueryRefused(PermissionError):
    """A statement that would do more than read the warehouse."""


def lock_down(con: duckdb.DuckDBPyConnection, readable: Sequence[str] = ()) -> None:
    """Leave `con` able to read only what it has open and the files and folders whose paths start with
    one of `readable` (DuckDB lets these be set only while external access is still on)."""
    if readable:
        con.execute("set allowed_directories = ?", [list(readable)])
    con.execute("set enable_external_access = false")
    con.execute("set lock_configuration = true")


def check_reads_only(sql: str) -> None:
    """A QueryRefused naming the first statement of `sql` that is not a SELECT or an EXPLAIN."""
    for statement in duckdb.extract_statements(sql):
        if statement.type not in READING_STATEMENTS:
            raise QueryRefused(
                f"{statement.type.name} statements do not run here: `newsflow query` reads the "
                "warehouse only (write rows out with --out FILE.parquet or FILE.csv)"
            )


def check_export_target(out: Path, warehouse_paths: Sequence[str]) -> str:
    """The format to write `out` in ("parquet" or "csv"); a ValueError when it is not one, or is one of the
    warehouse's own files: `warehouse_paths` (its `reader_paths`: a DuckDB file, with its WAL, or a DuckLake's
    catalog and everything under its data folder)."""
    if out.suffix.lower() not in EXPORT_FORMATS:
        raise ValueError(f"--out must end in .parquet or .csv, not {out.name!r}")
    target = str(out.expanduser().resolve())
    for own in warehouse_paths:
        if target in (own, f"{own}.wal") or (own.endswith("/") and target.startswith(own)):
            raise ValueError(f"--out {out} is part of the warehouse itself; write the rows to another file")
    if Path(target).is_dir():
        raise ValueError(f"--out {out} is a folder; give a file name ending in .parquet or .csv")
    return out.suffix.lower().lstrip(".")
