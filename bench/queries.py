"""Question times on a warehouse grown to N documents by replicating a real run's rows.

Usage (from the repo root): python bench/queries.py WAREHOUSE --docs 10000

Running the pipeline over 10,000 articles takes a long time on a small machine; the rows a
query reads can be had faster. This copies WAREHOUSE, adds copies of every document and all
its facts (documents, removed_lines, sentences, mentions, entity_roles, events, quotes,
document_pairs; doc_id, event_id and quote_id get a '~k' suffix) until it holds N documents,
refreshes the rollups with sql/load/refresh_rollups.sql, then times every sql/questions/*.sql
read-only (best of 3 after one warm call). Entities stay those of the real run, so per-entity
counts grow with N as they would for a stream of articles about the same people and places.
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.store import open_warehouse  # noqa: E402

PER_DOCUMENT = {"documents": [], "removed_lines": [], "sentences": [], "mentions": [], "entity_roles": [],
                "events": ["event_id"], "quotes": ["quote_id"], "document_pairs": []}


def grow(db: Path, n_docs: int) -> int:
    """Replicate the documents of `db` (in place) until it holds at least `n_docs`; returns the count."""
    con = duckdb.connect(str(db))
    try:
        (have,) = con.execute("select count(*) from documents").fetchone()
        copies = -(-n_docs // have) - 1
        con.execute("begin transaction")
        for k in range(1, copies + 1):
            for table, ids in PER_DOCUMENT.items():
                renamed = ", ".join(f"{c} || '~{k}' as {c}" for c in ["doc_id", *ids])
                con.execute(f"insert into {table} select * replace ({renamed}) from {table} where doc_id not like '%~%'")
        con.execute((ROOT / "sql" / "load" / "refresh_rollups.sql").read_text())
        con.execute("commit")
        con.execute("checkpoint")
        return con.execute("select count(*) from documents").fetchone()[0]
    finally:
        con.close()


def question_times(db: Path) -> dict[str, float]:
    """Milliseconds of each sql/questions/*.sql on the warehouse, read-only, best of 3 after one warm call."""
    times = {}
    con = duckdb.connect(str(db), read_only=True)
    try:
        for path in sorted((ROOT / "sql" / "questions").glob("*.sql")):
            sql = path.read_text()
            con.execute(sql).fetchall()
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                con.execute(sql).fetchall()
                best = min(best, time.perf_counter() - started)
            times[path.name] = best * 1000
    finally:
        con.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warehouse", type=Path, help="A warehouse written by newsflow run (it is copied, not changed).")
    parser.add_argument("--docs", type=int, default=10_000, help="Documents to grow the copy to.")
    args = parser.parse_args()
    grown = Path(tempfile.mkdtemp(prefix="newsflow-queries-")) / "warehouse.duckdb"
    shutil.copy(args.warehouse, grown)
    open_warehouse(grown).migrate()
    n_docs = grow(grown, args.docs)
    con = duckdb.connect(str(grown), read_only=True)
    counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("mentions", "events", "quotes", "entities")}
    con.close()
    print(f"warehouse grown to {n_docs} documents from {args.warehouse}: "
          + ", ".join(f"{n} {t}" for t, n in counts.items()))
    times = question_times(grown)
    for name, ms in times.items():
        print(f"question {name:<28}{ms:>8.1f} ms")
    print(f"slowest question {max(times.values()):.1f} ms")


if __name__ == "__main__":
    main()
