"""Prefect task that publishes the run summary as artifacts in the Prefect UI."""

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.core.report import summary_markdown


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(summary: dict) -> None:
    """A markdown summary and top-entities and new-events tables, keyed so the UI groups them across runs."""
    create_markdown_artifact(key="newsflow-run-summary", markdown=summary_markdown(summary), description="newsflow run summary")
    if summary["top_entities"]:
        create_table_artifact(key="newsflow-top-entities", table=summary["top_entities"], description="Top entities of the run")
    if summary.get("new_events"):
        create_table_artifact(key="newsflow-new-events", table=summary["new_events"], description="Events read by the run")
    get_run_logger().info(
        "published the run summary: %d in, %d new, %d skipped, %d rejected, %d top entities, %d new events",
        summary["n_in"], summary["n_new"], summary["n_skipped"], summary["n_rejected"],
        len(summary["top_entities"]), len(summary.get("new_events", [])),
    )
