"""Checks a warehouse passes before a run writes to it; one that fails is left as it is.

A run that wrote into a damaged file would grow it back or add rows to it and hide the damage;
refusing with one line that says what is wrong and how to recover keeps the evidence and the
data that can still be saved.
"""

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, closing
from pathlib import Path

import duckdb

SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite file


class WarehouseDamaged(RuntimeError):
    """The warehouse fails a check: it was not opened for writing."""

    def __init__(self, location: str, problem: str, files: Sequence[str | Path]):
        aside = "; ".join(f"mv {path} {str(path).rstrip('/')}.damaged" for path in files)
        super().__init__(
            f"the warehouse {location} fails its checks ({problem}); it was left untouched. Restore it from a "
            f"backup, or move it aside ({aside}) and run again to rebuild it from your sources"
        )


def check_warehouse(
    path: Path, open_read_only: Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]], table_names: str
) -> None:
    """Raise WarehouseDamaged unless `path` is a DuckDB file that opens and has every block of every table
    readable: DuckDB checks each block's checksum as it reads it, and a file cut short fails the read.
    `table_names` is the query that lists the tables. Opening waits for another writer (one that may
    be creating the file right now), so the file is whole when it is checked."""
    try:
        with open_read_only() as con:
            for (table,) in con.execute(table_names).fetchall():
                con.table(table).aggregate("count(*), max(hash(columns(*)))").fetchall()
    except duckdb.Error as error:
        raise WarehouseDamaged(str(path), f"DuckDB cannot read it: {' '.join(str(error).split())}", [path]) from None


def check_sqlite_catalog(catalog: Path, location: str, files: Sequence[str]) -> None:
    """Raise WarehouseDamaged unless a DuckLake's SQLite catalog is a SQLite file that passes SQLite's
    `quick_check` (read-only). The Parquet files are not read: a write only adds files, so one that went
    bad does not get worse, and the query that reads it says so. An empty file is a catalog another
    run is creating (SQLite reads it as an empty database); one that writers keep busy is not judged."""
    with catalog.open("rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        raise WarehouseDamaged(location, f"its catalog {catalog} is not a SQLite file", files)
    try:
        with closing(sqlite3.connect(f"{catalog.resolve().as_uri()}?mode=ro", uri=True, timeout=30)) as con:
            found = [row[0] for row in con.execute("pragma quick_check").fetchall()]
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            return
        raise WarehouseDamaged(location, f"SQLite cannot read its catalog {catalog}: {error}", files) from None
    except sqlite3.Error as error:
        raise WarehouseDamaged(location, f"SQLite cannot read its catalog {catalog}: {error}", files) from None
    if found != ["ok"]:
        raise WarehouseDamaged(location, f"its catalog {catalog} fails SQLite's check: {found[0]}", files)
