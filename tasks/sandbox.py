"""Read-only connections that cannot reach beyond the warehouse: what `newsflow query` runs SQL on.

DuckDB's own settings do it: no file, folder, URL or extension is reachable except the ones named
(`enable_external_access` off, with `allowed_paths` and `allowed_directories` as the exceptions),
and the configuration is locked so a statement cannot turn it back on. Results leave only through
`newsflow query --out`, written by newsflow itself after `check_export_target`.
"""

from collections.abc import Sequence
from pathlib import Path

import duckdb

READER_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
EXPORT_FORMATS = (".parquet", ".csv")


def lock_down(con: duckdb.DuckDBPyConnection, readable: Sequence[Path] = ()) -> None:
    """Leave `con` able to read its database and the files and folders of `readable` only.

    DuckDB lets `allowed_*` be set only while external access is on, and treats them as read and
    write: name a folder here only if a reader may also write into it.
    """
    files = [str(path) for path in readable if not path.is_dir()]
    folders = [str(path).rstrip("/") + "/" for path in readable if path.is_dir()]
    if files:
        con.execute("set allowed_paths = ?", [files])
    if folders:
        con.execute("set allowed_directories = ?", [folders])
    con.execute("set enable_external_access = false")
    con.execute("set lock_configuration = true")


def check_export_target(out: Path, warehouse: Path) -> str:
    """The format to write `out` in ("parquet" or "csv"); a ValueError when it is not one, or is the warehouse or its WAL."""
    if out.suffix.lower() not in EXPORT_FORMATS:
        raise ValueError(f"--out must end in .parquet or .csv, not {out.name!r}")
    target = out.expanduser().resolve()
    base = warehouse.expanduser().resolve()
    if target in (base, base.with_name(base.name + ".wal")):
        raise ValueError(f"--out {out} is the warehouse itself; write the rows to another file")
    if target.is_dir():
        raise ValueError(f"--out {out} is a folder; give a file name ending in .parquet or .csv")
    return out.suffix.lower().lstrip(".")
