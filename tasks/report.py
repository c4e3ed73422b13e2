"""Prefect task that publishes the run summary as artifacts in the Prefect UI."""

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from tasks.core.report import summary_markdown


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(summary: dict) -> None:
    """A markdown summary and a top-entities table, keyed so the UI groups them across runs."""
    create_markdown_artifact(key="newsflow-run-summary", markdown=summary_markdown(summary), description="newsflow run summary")
    if summary["top_entities"]:
        create_table_artifact(key="newsflow-top-entities", table=summary["top_entities"], description="Top entities of the run")
