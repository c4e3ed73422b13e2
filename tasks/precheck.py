"""Whether a run has anything to do, found before any Prefect machinery starts.

Starting a flow run costs seconds (Prefect's API, the model processes) whatever it then finds; a
folder whose every article the warehouse already holds needs none of it. Reading the files and
looking their doc_ids up is what the run would do first anyway.
"""

from pathlib import Path

import polars as pl

from newsflow import tasks
from newsflow.tasks.core.fetch import is_url
from newsflow.tasks.core.ingest import discover, read_documents
from newsflow.tasks.core.report import input_counts, run_summary
from newsflow.tasks.core.schemas import REJECTED, empty
from newsflow.tasks.settings import get_settings
from newsflow.tasks.store import open_warehouse

CHUNK = 500  # inputs read at once: the check stops at the first chunk holding something new


def nothing_new(
    source: str, db: str | None = None, data_path: str | None = None, model: str | None = None
) -> dict | None:
    """The summary of a run over `source` when it would find nothing to do: every input read, none rejected,
    every document already loaded with this model and pipeline version, no run recorded as running. None
    when there may be work (or this cannot tell cheaply: a URL or `.urls` source, no warehouse yet, a
    warehouse held or damaged); the run itself then finds out, and reports any problem.
    """
    if is_url(source):
        return None
    try:
        locators = discover(source)
        if not locators or not all(isinstance(locator, Path) for locator in locators):  # URLs of .urls files
            return None
        warehouse = open_warehouse(db, data_path)
        if not warehouse.exists():
            return None
        model = get_settings(model=model).model
        counts = dict.fromkeys(("n_in", "n_new", "n_skipped", "n_rejected"), 0)
        for start in range(0, len(locators), CHUNK):
            found = read_documents(locators[start : start + CHUNK], source=source)
            doc_ids = found.docs["doc_id"].to_list()
            held = warehouse.processed_doc_ids(doc_ids, model, tasks.__version__, read_only=True, lock_timeout=0)
            if not found.rejected.is_empty() or len(held) < len(doc_ids):
                return None
            for name, n in input_counts(found, 0).items():
                counts[name] += n
        if warehouse.running_runs():  # one going on, or one whose process died: a run marks it abandoned
            return None
        warehouse.check()  # a damaged warehouse may still answer the lookups: the run refuses it, says how to recover
    except Exception:
        return None
    written = dict.fromkeys(("n_documents", "n_not_english", "n_near_duplicates", "n_events", "n_quotes"), 0)
    return run_summary(None, warehouse.location, counts, written, pl.DataFrame(), empty(REJECTED))
