"""The run summary: counts a person checks after a run, as a dict and as markdown."""

from collections.abc import Callable

import polars as pl

from newsflow.tasks.core.ingest import IngestResult
from newsflow.tasks.core.stopping import RunStopped


def input_counts(found: IngestResult, n_new: int) -> dict:
    """Inputs seen, new, skipped (already loaded or exact duplicates) and rejected."""
    n_rejected = found.rejected.height
    return {
        "n_in": found.docs.height + found.n_duplicates + n_rejected,
        "n_new": n_new,
        "n_skipped": found.docs.height - n_new + found.n_duplicates,
        "n_rejected": n_rejected,
    }


def run_summary(
    run_id: str,
    db: str,
    counts: dict,
    written: dict,
    top: pl.DataFrame,
    rejected: pl.DataFrame,
    events: pl.DataFrame | None = None,
) -> dict:
    """What one run did: input counts, what it wrote, its top entities, new events and rejected inputs."""
    return {
        "run_id": run_id,
        "db": db,
        **counts,
        **written,
        "top_entities": top.to_dicts(),
        "new_events": events.to_dicts() if events is not None else [],
        "rejected_reasons": dict(sorted(rejected["reason"].value_counts().iter_rows())) if rejected.height else {},
        "rejected": rejected.select("uri", "reason", "detail").to_dicts(),
    }


def cell(value: object) -> str:
    """A value safe inside a markdown table cell: pipes escaped, line breaks flattened, None empty."""
    return "" if value is None else " ".join(str(value).split()).replace("|", "\\|")


def summary_markdown(summary: dict) -> str:
    """The summary as the markdown shown in the Prefect UI."""
    lines = [
        f"# newsflow run `{summary['run_id']}`",
        "",
        "| documents in | new | skipped (already loaded) | rejected | not English | near-duplicates "
        "| events | quotes |",
        "|---|---|---|---|---|---|---|---|",
        f"| {summary['n_in']} | {summary['n_new']} | {summary['n_skipped']} | {summary['n_rejected']} "
        f"| {summary['n_not_english']} | {summary['n_near_duplicates']} "
        f"| {summary['n_events']} | {summary['n_quotes']} |",
        "",
        f"Warehouse: `{summary['db']}`",
    ]
    if summary["top_entities"]:
        lines += ["", "## Top entities", "", "| name | type | mentions | documents |", "|---|---|---|---|"]
        lines += [
            f"| {cell(e['name'])} | {cell(e['type'])} | {e['mentions']} | {e['documents']} |"
            for e in summary["top_entities"]
        ]
    if summary.get("new_events"):
        lines += [
            "",
            "## New events",
            "",
            "| actor | action | target | date | modality | article |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            "| "
            + " | ".join(cell(e[key]) for key in ("actor", "action", "target", "event_date", "modality", "title"))
            + " |"
            for e in summary["new_events"]
        ]
    if summary["rejected"]:
        reasons = ", ".join(f"{reason} {n}" for reason, n in summary.get("rejected_reasons", {}).items())
        lines += ["", f"## Rejected ({reasons})", "", "| input | reason | detail |", "|---|---|---|"]
        lines += [f"| {cell(r['uri'])} | {cell(r['reason'])} | {cell(r['detail'])} |" for r in summary["rejected"]]
    return "\n".join(lines) + "\n"


class DocumentFailed(RuntimeError):
    """A stage failed; the message names the document that breaks it, so a person can look at that one."""


def locate_failure(
    stage: str, docs: pl.DataFrame, attempt: Callable[[list[str]], object], error: Exception
) -> DocumentFailed:
    """Run `attempt` again on one doc_id at a time (of `docs`: doc_id, uri) to find the document behind `error`."""
    for doc_id, uri in docs.select("doc_id", "uri").iter_rows():
        try:
            attempt([doc_id])
        except RunStopped:
            raise
        except Exception as alone:  # whatever the stage raises is what the person needs to see
            return DocumentFailed(f"{stage} failed on document {doc_id} ({uri}): {type(alone).__name__}: {alone}")
    uris = ", ".join(docs["uri"].head(3).to_list())
    return DocumentFailed(
        f"{stage} failed on a batch of {docs.height} documents ({uris}{', …' if docs.height > 3 else ''}) "
        f"though each passes alone: {type(error).__name__}: {error}"
    )
