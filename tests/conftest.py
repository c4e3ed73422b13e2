"""Shared fixtures: one Prefect test harness per session, the real model, the real seed article, fresh
warehouses, the language pass with its linking run on one text, and the data checks of every warehouse
a test leaves behind."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Every Prefect process of the tests (the harness, `newsflow` commands, servers) keeps its database, profiles
# and memo files in a PREFECT_HOME of the session's own, never the user's (~/.prefect or $PREFECT_HOME): a
# user's `newsflow ui` must not list test runs. Set before Prefect is imported; subprocesses inherit it.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsflow-tests-prefect-home-")
os.environ.pop("PREFECT_API_URL", None)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "samples" / "msn-newsweek-belarus-2022-12-13.txt"
SHARED = ROOT.parent / "shared"


def assert_checks_pass(db: str | Path, data_path: str | Path | None = None) -> None:
    """Fail unless the warehouse passes every data check of sql/checks.toml."""
    from newsflow.tasks.data_checks import failing_checks
    from newsflow.tasks.store import open_warehouse

    failures = failing_checks(open_warehouse(db, data_path))
    assert not failures, f"{db} fails its data checks:\n" + "\n".join(map(str, failures))


def warehouses_under(folder: Path) -> list[tuple[str, str | None]]:
    """(--db, --data-path) of every newsflow warehouse under `folder`: DuckDB files with migrations applied
    (files DuckDB cannot open are no warehouse), and SQLite files that are DuckLake catalogs (read with the
    data path they record)."""
    import sqlite3
    from contextlib import closing

    import duckdb

    found = []
    for path in sorted(folder.rglob("*.duckdb")):
        try:
            with closing(duckdb.connect(str(path), read_only=True)) as con:
                migrated = con.execute(
                    "select count(*) from duckdb_tables() where table_name = '_migrations'"
                ).fetchone()[0]
        except duckdb.Error:
            continue
        if migrated:
            found.append((str(path), None))
    for path in sorted(folder.rglob("*.sqlite")):
        try:
            with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
                data_path = con.execute("select value from ducklake_metadata where key = 'data_path'").fetchone()[0]
        except sqlite3.Error:  # no SQLite file, or no DuckLake catalog
            continue
        found.append((f"ducklake:sqlite:{path}", data_path))
    return found


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.call_failed = report.failed
    return report


SLOW_FIXTURES = {"prefect_harness", "postgres"}  # a Prefect API server, a PostgreSQL cluster


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that starts the Prefect engine or PostgreSQL is `slow`, like those marked so by hand (browser,
    processes, Dask): `-m "not slow"` is the quick set for the edit loop."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def warehouses_pass_their_checks(request: pytest.FixtureRequest):
    """After a test, every warehouse it left in its tmp_path passes the data checks (sql/checks.toml);
    a test that damages one on purpose is marked `damages_warehouse`."""
    if "tmp_path" not in request.fixturenames or request.node.get_closest_marker("damages_warehouse"):
        yield
        return
    folder = request.getfixturevalue("tmp_path")
    yield
    if getattr(request.node, "call_failed", True):
        return
    for db, data_path in warehouses_under(folder):
        assert_checks_pass(db, data_path)


def pytest_unconfigure(config):
    shutil.rmtree(os.environ["PREFECT_HOME"], ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_harness():
    """A throwaway Prefect API for the whole session; flows in tests run against it."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def nlp_model():
    """The default spaCy pipeline, loaded once (as the pipeline does, once per process)."""
    from newsflow.tasks.core.nlp import load_model
    from newsflow.tasks.settings import Settings

    return load_model(Settings().model)


@pytest.fixture
def read(nlp_model):
    """Text -> (linked mentions, linked events, linked quotes) of a one-document batch, each with the entity
    names a user sees (mentions.entity, events.actor and .target, quotes.speaker)."""
    from datetime import date

    import polars as pl

    from newsflow.tasks.core.entities import canonicalize
    from newsflow.tasks.core.nlp import analyze
    from newsflow.tasks.core.row_linking import link_events, link_quotes
    from newsflow.tasks.core.schemas import DOCUMENTS, frame

    def run(text: str):
        docs = frame(
            [{"doc_id": "d", "title": None, "published_at": date(2024, 3, 5), "body": text, "n_chars": len(text)}],
            DOCUMENTS,
        )
        found = analyze(docs, nlp_model)
        linked = canonicalize(found.mentions, docs, None)
        names = dict(linked.entities.select("entity_id", "name").iter_rows())
        mentions = linked.mentions.with_columns(entity=pl.col("entity_id").replace_strict(names, default=None))
        quotes = link_quotes(found.quotes, linked.mentions)
        events = link_events(found.events, linked.mentions, quotes).with_columns(
            actor=pl.col("actor_id").replace_strict(names, default=None),
            target=pl.col("target_id").replace_strict(names, default=None),
        )
        return mentions, events, quotes.with_columns(speaker=pl.col("speaker_id").replace_strict(names, default=None))

    return run


@pytest.fixture
def seed_folder(tmp_path: Path) -> Path:
    """A folder holding only the seed article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"


def postgres_bin() -> Path | None:
    """The folder of Debian's PostgreSQL server programs (initdb, pg_ctl), newest version first."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]), reverse=True)
    return found[0].parent if found else None


class PostgresServer:
    """A throwaway PostgreSQL cluster listening only on a unix socket; `new_database()` gives a conninfo."""

    def __init__(self, root: Path):
        self.bin = postgres_bin()
        self.root, self.data, self.socket = root, root / "data", root / "socket"
        self.socket.mkdir(parents=True)
        self.user = "postgres" if os.geteuid() == 0 else None  # initdb refuses to run as root
        if self.user:
            shutil.chown(root, self.user)
            shutil.chown(self.socket, self.user)
        self.databases = 0

    def run(self, program: str, *args: str) -> None:
        import subprocess

        command = [str(self.bin / program), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=self.root)

    def start(self) -> None:
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-w",
            "start",
            "-o",
            f"-k {self.socket} -c listen_addresses='' -c fsync=off",
        )

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def new_database(self) -> str:
        self.databases += 1
        name = f"lake{self.databases}"
        self.run("createdb", "-h", str(self.socket), "-U", "postgres", name)
        return f"dbname={name} host={self.socket} user=postgres"


@pytest.fixture(scope="session")
def postgres() -> PostgresServer:
    """Debian's PostgreSQL, started for the session on a unix socket (scripts/test.sh installs it), stopped after.

    Its folder is outside pytest's (which only root may enter): the server runs as `postgres`."""
    import tempfile

    if postgres_bin() is None:
        pytest.skip("Debian's postgresql package is not installed (scripts/test.sh installs it when run as root)")
    server = PostgresServer(Path(tempfile.mkdtemp(prefix="newsflow-postgres-")))
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


POSTGRES_LAKE = pytest.param("postgres-lake", marks=pytest.mark.slow)  # starts a PostgreSQL cluster
WAREHOUSE_KINDS = ["duckdb-file", "sqlite-lake", POSTGRES_LAKE]


def make_warehouse(kind: str, folder: Path, request: pytest.FixtureRequest) -> str:
    """A fresh warehouse location of `kind` (the --db string), with its data under `folder`."""
    if kind == "duckdb-file":
        return str(folder / "warehouse.duckdb")
    if kind == "sqlite-lake":
        return f"ducklake:sqlite:{folder / 'warehouse.sqlite'}"
    return f"ducklake:postgres:{request.getfixturevalue('postgres').new_database()}"


@pytest.fixture(params=WAREHOUSE_KINDS)
def warehouse(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh, migrated warehouse of each kind."""
    from newsflow.tasks.store import open_warehouse

    location = make_warehouse(request.param, tmp_path, request)
    made = open_warehouse(location, tmp_path / "lake-files" if request.param == "postgres-lake" else None)
    made.migrate()
    return made
