"""Prefect tasks that publish the run summary and the report site as artifacts in the Prefect UI."""

from prefect import get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from newsflow.tasks.core.report import summary_markdown
from newsflow.tasks.store import Warehouse


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(summary: dict) -> None:
    """A markdown summary and top-entities and new-events tables, keyed so the UI groups them across runs."""
    create_markdown_artifact(
        key="newsflow-run-summary", markdown=summary_markdown(summary), description="newsflow run summary"
    )
    if summary["top_entities"]:
        create_table_artifact(
            key="newsflow-top-entities", table=summary["top_entities"], description="Top entities of the run"
        )
    if summary.get("new_events"):
        create_table_artifact(
            key="newsflow-new-events", table=summary["new_events"], description="Events read by the run"
        )
    get_run_logger().info(
        "published the run summary: %d in, %d new, %d skipped, %d rejected, %d top entities, %d new events",
        summary["n_in"],
        summary["n_new"],
        summary["n_skipped"],
        summary["n_rejected"],
        len(summary["top_entities"]),
        len(summary.get("new_events", [])),
    )


@task(name="publish-report", cache_policy=NO_CACHE)
def publish_report(warehouse: Warehouse, report_dir: str | None) -> None:
    """Publish the warehouse's top entities and latest events as table artifacts after a run and, when
    `report_dir` is set (see `site.report_folder`), write the report site there and publish a link to it.

    The run is complete by then, so a folder that cannot be written is a warning, not a failed run. The charting
    libraries are imported only to write the site, not with the flow, so a run that writes none does not carry them."""
    from newsflow.tasks.site import ARTIFACT_EVENTS, TOP_PER_TYPE, ask, report_folder, write_report

    logger = get_run_logger()
    pages: dict[str, str] = {}
    out = report_folder(report_dir)
    if out is None:
        logger.info(
            "no report site written: set NEWSFLOW_REPORT_DIR to write one after each run, or run `newsflow report`"
        )
    else:
        try:
            written = write_report(warehouse, out)
        except OSError as error:
            logger.warning("no report written to %s: %s", out, error)
        else:
            pages = {name: path.resolve().as_uri() for name, path in written.entity_pages.items()}
            create_link_artifact(
                key="newsflow-report",
                link=written.index.resolve().as_uri(),
                link_text="newsflow report",
                description=f"The report site: corpus page and {len(pages)} entity pages",
            )
            logger.info("wrote the report to %s (%d entity pages)", written.index, len(pages))
    with warehouse.connect(read_only=True) as con:
        top_entities = ask(con, "top_entities", TOP_PER_TYPE)
        latest_events = ask(con, "latest_events", ARTIFACT_EVENTS).to_dicts()
    entities = [
        {
            "name": e["name"],
            "type": e["type"],
            "mentions": e["n_mentions"],
            "documents": e["n_docs"],
            "first seen": str(e["first_seen"]),
            "last seen": str(e["last_seen"]),
            "page": pages.get(e["name"], ""),
        }
        for e in top_entities.sort("n_mentions", descending=True).to_dicts()
    ]
    if entities:
        create_table_artifact(
            key="newsflow-report-entities", table=entities, description="Top entities of the warehouse, by type"
        )
    if latest_events:
        create_table_artifact(
            key="newsflow-report-events",
            table=latest_events,
            description=f"The {ARTIFACT_EVENTS} latest events of the warehouse",
        )
