"""The run summary: counts a person checks after a run, as a dict and as markdown."""

import polars as pl

from tasks.core.ingest import IngestResult


def input_counts(found: IngestResult, n_new: int) -> dict:
    """Inputs seen, new, skipped (already loaded or exact duplicates) and rejected."""
    n_rejected = found.rejected.height
    return {
        "n_in": found.docs.height + found.n_duplicates + n_rejected,
        "n_new": n_new,
        "n_skipped": found.docs.height - n_new + found.n_duplicates,
        "n_rejected": n_rejected,
    }


def run_summary(run_id: str, db: str, counts: dict, written: dict, top: pl.DataFrame, rejected: pl.DataFrame) -> dict:
    """What one run did: input counts, what it wrote, its top entities and rejected inputs."""
    return {
        "run_id": run_id,
        "db": db,
        **counts,
        **written,
        "top_entities": top.to_dicts(),
        "rejected": rejected.select("uri", "reason", "detail").to_dicts(),
    }


def summary_markdown(summary: dict) -> str:
    """The summary as the markdown shown in the Prefect UI."""
    lines = [
        f"# newsflow run `{summary['run_id']}`",
        "",
        "| documents in | new | skipped (already loaded) | rejected | not English | near-duplicates | events | quotes |",
        "|---|---|---|---|---|---|---|---|",
        f"| {summary['n_in']} | {summary['n_new']} | {summary['n_skipped']} | {summary['n_rejected']} "
        f"| {summary['n_not_english']} | {summary['n_near_duplicates']} | {summary['n_events']} | {summary['n_quotes']} |",
        "",
        f"Warehouse: `{summary['db']}`",
    ]
    if summary["top_entities"]:
        lines += ["", "## Top entities", "", "| name | type | mentions | documents |", "|---|---|---|---|"]
        lines += [f"| {e['name']} | {e['type']} | {e['mentions']} | {e['documents']} |" for e in summary["top_entities"]]
    if summary["rejected"]:
        lines += ["", "## Rejected", "", "| input | reason | detail |", "|---|---|---|"]
        lines += [f"| {r['uri']} | {r['reason']} | {r['detail']} |" for r in summary["rejected"]]
    return "\n".join(lines) + "\n"
