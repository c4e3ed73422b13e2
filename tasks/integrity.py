"""Checks a warehouse file passes before a run writes to it; one that fails is left as it is.

A run that wrote into a damaged file would grow it back or add rows to it and hide the damage;
refusing with one line that says what is wrong and how to recover keeps the evidence and the
data that can still be saved.
"""

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import duckdb

DUCKDB_MAGIC, MAGIC_OFFSET = b"DUCK", 8  # bytes 8–11 of every DuckDB file


class WarehouseDamaged(RuntimeError):
    """The warehouse file fails a check: it was not opened for writing."""

    def __init__(self, path: Path, problem: str):
        super().__init__(
            f"the warehouse {path} fails its checks ({problem}); it was left untouched. Restore it from a "
            f"backup, or move it aside (mv {path} {path}.damaged) and run again to rebuild it from your sources"
        )


def check_warehouse(path: Path, open_read_only: Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]],
                    table_names: str) -> None:
    """Raise WarehouseDamaged unless `path` is a DuckDB file that opens and has every block of every table
    readable: DuckDB checks each block's checksum as it reads it, and a file cut short fails the read.
    `table_names` is the query that lists the tables."""
    with path.open("rb") as file:
        head = file.read(MAGIC_OFFSET + len(DUCKDB_MAGIC))
    if head[MAGIC_OFFSET:] != DUCKDB_MAGIC:
        raise WarehouseDamaged(path, "it is not a DuckDB database file")
    try:
        with open_read_only() as con:
            for (table,) in con.execute(table_names).fetchall():
                con.table(table).aggregate("count(*), max(hash(columns(*)))").fetchall()
    except duckdb.Error as error:
        raise WarehouseDamaged(path, f"DuckDB cannot read it: {' '.join(str(error).split())}") from None
