"""Scheduled deployments of `news_pipeline`: validated parameters, the deployment object, serving it.

`build_deployment` does all the checking and building without contacting a Prefect API, so
the CLI and the tests see a bad cron, a missing source or an unusable warehouse path at once.
"""

from pathlib import Path

from prefect.client.schemas.schedules import CronSchedule
from prefect.deployments.runner import RunnerDeployment
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsflow import tasks
from newsflow.tasks.checks import checked_source, cron_steps_fit, installed_model, usable_warehouse
from newsflow.tasks.settings import get_settings
from newsflow.tasks.store import open_warehouse

DEFAULT_CRON = "*/15 * * * *"


class ServeParameters(BaseModel):
    """What `newsflow serve` schedules: the flow's parameters and when to run them."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="A file, folder, glob, .urls file, page URL or RSS/Atom feed URL to watch.")
    cron: str = Field(DEFAULT_CRON, description="When to run, as a five-field cron expression (UTC).")
    name: str = Field("newsflow", min_length=1, description="Deployment name shown in the Prefect UI.")
    db: str | None = Field(
        None,
        description=(
            "Warehouse: ducklake:sqlite:PATH, ducklake:postgres:CONNINFO or a DuckDB file. Default: $NEWSFLOW_DB."
        ),
    )
    data_path: str | None = Field(
        None, description="A DuckLake's data folder or s3://… URL. Default: $NEWSFLOW_DATA_PATH."
    )
    model: str | None = Field(None, min_length=1, description="spaCy pipeline. Default: $NEWSFLOW_MODEL.")
    batch_size: int | None = Field(None, ge=1, description="Documents per batch.")
    workers: int | None = Field(None, ge=1, description="spaCy processes for the language pass.")

    @field_validator("source")
    @classmethod
    def source_exists(cls, source: str) -> str:
        """URLs must have a host; local sources must exist now and are made absolute, as the runs may start
        elsewhere."""
        return checked_source(source)

    @field_validator("cron")
    @classmethod
    def cron_is_valid(cls, cron: str) -> str:
        """Prefect's own cron check, with a message that shows the expected shape."""
        try:
            CronSchedule(cron=cron.strip())
        except ValidationError:
            raise ValueError(
                f"{cron!r} is not a cron expression; use five fields, e.g. {DEFAULT_CRON!r} (every 15 minutes)"
            ) from None
        return cron_steps_fit(cron.strip())

    @field_validator("db", mode="before")
    @classmethod
    def db_is_usable(cls, db: str | Path | None) -> str | None:
        """The warehouse must be usable or creatable in a writable folder; local paths made absolute."""
        return None if db is None else usable_warehouse(str(db))

    @field_validator("model")
    @classmethod
    def model_is_installed(cls, model: str | None) -> str | None:
        return None if model is None else installed_model(model)

    def flow_parameters(self) -> dict:
        """The `news_pipeline` parameters each scheduled run gets (absolute paths; unset options left out)."""
        settings = get_settings(db=self.db, data_path=self.data_path)
        try:
            db = usable_warehouse(settings.db)
            data_path = open_warehouse(db, settings.data_path).data_path if settings.data_path else None
        except ValueError as error:
            raise ValueError(f"db: {error}") from None
        given = {"data_path": data_path, "model": self.model, "batch_size": self.batch_size, "workers": self.workers}
        return {"source": self.source, "db": db, **{k: v for k, v in given.items() if v is not None}}


def build_deployment(params: ServeParameters) -> RunnerDeployment:
    """The scheduled deployment of `news_pipeline`, built without contacting the Prefect API."""
    from newsflow.flows.pipeline import news_pipeline

    return news_pipeline.to_deployment(
        name=params.name,
        cron=params.cron,
        parameters=params.flow_parameters(),
        description=f"news_pipeline over {params.source} on cron {params.cron!r}; already loaded articles are skipped.",
        tags=["newsflow"],
        version=tasks.__version__,
        concurrency_limit=1,  # a run that outlasts the interval makes the next one wait instead of redoing its articles
    )


def serve(params: ServeParameters) -> None:
    """Register the deployment and run its scheduled flow runs in this process until interrupted."""
    from prefect import serve as prefect_serve

    prefect_serve(build_deployment(params))
