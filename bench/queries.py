"""Question times on a warehouse grown to N documents by replicating a real run's rows.

Usage (from the repo root): python bench/queries.py WAREHOUSE --docs 10000 [--lake]

Running the pipeline over 10,000 articles takes a long time on a small machine; the rows a
query reads can be had faster. This copies every table of WAREHOUSE (a --db string: a DuckDB
file or a DuckLake) into a new warehouse (a DuckDB file, or with --lake a SQLite-catalog
DuckLake), adds copies of every document and all its facts (documents, removed_lines,
sentences, mentions, entity_roles, events, quotes, document_pairs; doc_id, event_id and quote_id
get a '~k' suffix) until it holds N documents, recounts the rollups with
sql/load/refresh_rollups.sql, runs `maintain` (a lake's files merged as `newsflow maintain`
does), then times every sql/questions/*.sql read-only (best of 3 after one warm call).
Entities stay those of the real run, so per-entity counts grow with N as they would for a
stream of articles about the same people and places.
"""

import argparse
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsflow.tasks.core.query_params import bound_parameters  # noqa: E402
from newsflow.tasks.store import Warehouse, open_warehouse, sql_file  # noqa: E402

PER_DOCUMENT = {
    "documents": [],
    "removed_lines": [],
    "sentences": [],
    "mentions": [],
    "entity_roles": [],
    "events": ["event_id"],
    "quotes": ["quote_id"],
    "document_pairs": [],
}
COPIED = [*PER_DOCUMENT, "entities", "entity_aliases", "entity_relations", "cooccurrences", "runs", "rejected"]
RECOUNT_ALL = """
create or replace temp table recounted_entities as select entity_id from entities;
create or replace temp table replaced_pairs as select distinct entity_a, entity_b from document_pairs;
create or replace temp table staged_mentions as select * from mentions limit 0;
create or replace temp table staged_documents as select * from documents limit 0;
create or replace temp table staged_document_pairs as select * from document_pairs limit 0;
"""


def copy_tables(source: Warehouse, target: Warehouse) -> None:
    """Every table of `source` into the freshly migrated `target`, in one transaction."""

    def copy(con) -> None:
        for table in COPIED:
            with source.connect(read_only=True) as reader:
                rows = reader.execute(f"select * from {table}").arrow()
            con.register("copied", rows)
            con.execute(f"insert into {table} by name select * from copied")
            con.unregister("copied")

    target.write(copy)


def grow(warehouse: Warehouse, n_docs: int) -> int:
    """Replicate the documents of `warehouse` until it holds at least `n_docs`; returns the count.

    One transaction; the rollups are then recounted from all rows (every entity and pair counts
    as reprocessed in refresh_rollups.sql)."""
    (have,) = warehouse.query("select count(*) as n from documents").row(0)
    copies = -(-n_docs // have) - 1

    def replicate(con) -> None:
        for k in range(1, copies + 1):
            for table, ids in PER_DOCUMENT.items():
                renamed = ", ".join(f"{c} || '~{k}' as {c}" for c in ["doc_id", *ids])
                con.execute(
                    f"insert into {table} select * replace ({renamed}) from {table} where doc_id not like '%~%'"
                )
        con.execute(RECOUNT_ALL)
        con.execute(sql_file("load/refresh_rollups.sql"))

    warehouse.write(replicate)
    return warehouse.query("select count(*) as n from documents")["n"][0]


def question_times(warehouse: Warehouse) -> dict[str, float]:
    """Milliseconds of each sql/questions/*.sql on the warehouse, read-only, best of 3 after one warm call."""
    times = {}
    with warehouse.connect(read_only=True) as con:
        for path in sorted((ROOT / "sql" / "questions").glob("*.sql")):
            sql = path.read_text()
            params = bound_parameters(sql, [])  # the defaults the file declares
            con.execute(sql, params).fetchall()
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                con.execute(sql, params).fetchall()
                best = min(best, time.perf_counter() - started)
            times[path.name] = best * 1000
    return times


def grow_arguments(description: str) -> argparse.ArgumentParser:
    """The command line of a benchmark over a copy of a warehouse grown to --docs documents."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "warehouse", help="A warehouse written by newsflow run, as its --db string (it is copied, not changed)."
    )
    parser.add_argument("--data-path", help="The source DuckLake's data path, when not beside its SQLite catalog.")
    parser.add_argument("--docs", type=int, default=10_000, help="Documents to grow the copy to.")
    parser.add_argument("--lake", action="store_true", help="Grow a SQLite-catalog DuckLake instead of a DuckDB file.")
    return parser


def copied(args: argparse.Namespace, prefix: str) -> tuple[Path, Warehouse]:
    """(a new temporary folder, a warehouse in it holding a copy of args.warehouse's rows)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    copy = open_warehouse(
        f"ducklake:sqlite:{folder / 'warehouse.sqlite'}" if args.lake else str(folder / "warehouse.duckdb")
    )
    copy.migrate()
    copy_tables(open_warehouse(args.warehouse, args.data_path), copy)
    return folder, copy


def main() -> None:
    args = grow_arguments(__doc__).parse_args()
    _, grown = copied(args, "newsflow-queries-")
    started = time.perf_counter()
    n_docs = grow(grown, args.docs)
    grew = time.perf_counter() - started
    started = time.perf_counter()
    grown.maintain(keep=timedelta(0))
    maintained = time.perf_counter() - started
    counts = {
        t: grown.query(f"select count(*) as n from {t}")["n"][0] for t in ("mentions", "events", "quotes", "entities")
    }
    print(
        f"{grown.kind} warehouse {grown.location} grown to {n_docs} documents from {args.warehouse} in {grew:.1f} s, "
        f"maintained in {maintained:.1f} s: " + ", ".join(f"{n} {t}" for t, n in counts.items())
    )
    times = question_times(grown)
    for name, ms in times.items():
        print(f"question {name:<28}{ms:>8.1f} ms")
    print(f"slowest question {max(times.values()):.1f} ms")


if __name__ == "__main__":
    main()
