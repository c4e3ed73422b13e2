"""The `maintain_warehouse` flow: compaction and snapshot expiry for a DuckLake. Wiring only."""

from datetime import timedelta

from prefect import flow

from newsflow.tasks.load import maintain
from newsflow.tasks.store import open_warehouse


@flow(name="maintain_warehouse", validate_parameters=True)
def maintain_warehouse(db: str | None = None, data_path: str | None = None, keep_days: float = 7.0) -> dict:
    """Merge small files, rewrite files heavy with deletes, expire snapshots older than `keep_days`,
    delete files nothing refers to; returns what each step did."""
    return maintain(open_warehouse(db, data_path), timedelta(days=keep_days))
