"""The news_pipeline flow end to end: real Prefect, real spaCy, a real DuckDB file."""

import asyncio
from datetime import date
from pathlib import Path

import pytest

from newsflow.flows.pipeline import news_pipeline
from newsflow.tasks.core.query_params import bound_parameters
from newsflow.tasks.store import Warehouse, open_warehouse

pytestmark = pytest.mark.usefixtures("prefect_harness")

HEADLINE = "Belarus Joining Ukraine War Could Be 'Devastating' to Lukashenko's Army"


def table_counts(warehouse: Warehouse) -> dict[str, int]:
    tables = [
        "documents",
        "sentences",
        "mentions",
        "entities",
        "entity_aliases",
        "cooccurrences",
        "events",
        "quotes",
        "removed_lines",
    ]
    return {t: warehouse.query(f"select count(*) as n from {t}")["n"][0] for t in tables}


def test_seed_end_to_end_then_rerun_adds_nothing(seed_folder: Path, warehouse_path: Path):
    summary = news_pipeline(str(seed_folder), db=str(warehouse_path))
    warehouse = open_warehouse(warehouse_path)

    assert (summary["n_in"], summary["n_new"], summary["n_skipped"], summary["n_rejected"]) == (1, 1, 0, 0)
    document = warehouse.query(
        "select title, publisher, author, published_at::varchar as day, n_chars from documents"
    ).row(0, named=True)
    assert document["title"] == HEADLINE
    assert document["publisher"] == "Newsweek"
    assert document["day"] == "2022-12-13"

    mentions = warehouse.query("select text, label from mentions")
    assert ("Vladimir Putin", "PERSON") in mentions.rows()
    assert ("Ukraine", "GPE") in mentions.rows()
    assert warehouse.query("select count(*) as n from sentences where doc_id is not null")["n"][0] > 10
    pair = warehouse.query(
        """select c.n_sentences, c.n_docs from cooccurrences c
           join entities a on a.entity_id = c.entity_a join entities b on b.entity_id = c.entity_b
           where list_sort([a.name, b.name]) = ['Alexander Lukashenko', 'Vladimir Putin']"""
    )
    assert pair.height == 1 and pair["n_docs"][0] == 1 and pair["n_sentences"][0] >= 1
    before = table_counts(warehouse)
    assert summary["top_entities"][0]["mentions"] >= 5

    again = news_pipeline(str(seed_folder), db=str(warehouse_path))

    assert (again["n_new"], again["n_skipped"]) == (0, 1)
    assert table_counts(warehouse) == before
    runs = warehouse.query("select status, n_new, n_skipped from runs order by started_at")
    assert runs.rows() == [("completed", 1, 0), ("completed", 0, 1)]


def test_unreadable_file_is_rejected_and_the_rest_loads(seed_folder: Path, warehouse_path: Path):
    (seed_folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (seed_folder / "wire.jsonl").write_text(
        '{"text": "Ukraine warned Alexander Lukashenko on Monday.", "title": "Warning"}\n'
    )

    summary = news_pipeline(str(seed_folder), db=str(warehouse_path))

    warehouse = open_warehouse(warehouse_path)
    assert summary["n_new"] == 2 and summary["n_rejected"] == 1
    assert sorted(warehouse.query("select title from documents")["title"]) == [HEADLINE, "Warning"]
    rejected = warehouse.query("select uri, reason, detail from rejected").row(0, named=True)
    assert rejected["uri"].endswith("photo.txt")
    assert rejected["reason"] == "binary"
    assert "binary file" in rejected["detail"]


def test_run_publishes_a_summary_artifact(seed_folder: Path, warehouse_path: Path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    summary = news_pipeline(str(seed_folder), db=str(warehouse_path))

    async def latest_summary():
        async with get_client() as client:
            found = await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["newsflow-run-summary"])), limit=50
            )
            return [a.data for a in found if summary["run_id"] in (a.data or "")]

    markdown = asyncio.run(latest_summary())
    assert len(markdown) == 1
    assert "| 1 | 1 | 0 | 0 |" in markdown[0]
    assert "Vladimir Putin" in markdown[0] or "Belarus" in markdown[0]


@pytest.fixture(scope="module")
def seed_warehouse(prefect_harness, tmp_path_factory) -> Warehouse:
    """The seed run once through the flow, shared by the read-only checks below."""
    from tests.conftest import SEED

    folder = tmp_path_factory.mktemp("seed")
    (folder / SEED.name).write_text(SEED.read_text())
    path = folder / "warehouse.duckdb"
    news_pipeline(str(folder), db=str(path))
    return open_warehouse(path)


def test_every_saved_question_answers_on_the_seed(seed_warehouse: Warehouse):
    from tests.conftest import ROOT

    sqls = {path.stem: path.read_text() for path in sorted((ROOT / "sql" / "questions").glob("*.sql"))}
    answers = {
        name: seed_warehouse.query(sql, bound_parameters(sql, [])) for name, sql in sqls.items()
    }  # declared defaults

    empty = [name for name, rows in answers.items() if rows.is_empty()]
    assert empty == []
    assert answers["top_entities"]["name"][0] == "Belarus"
    assert answers["entity_timeline"].rows()[0][:2] == (date(2022, 12, 13), "Belarus")
    belarus = answers["countries_with_demonyms"].row(0, named=True)
    # Body: "Belarusian President ...", "the Belarusians", "the Belarusian president", "Belarusian forces".
    assert (belarus["country"], belarus["by_demonym"]) == ("Belarus", 4)


def test_seed_events_name_their_actors_and_resolve_dates(seed_warehouse: Warehouse):
    events = seed_warehouse.query(
        "select actor, action, target, event_date, date_precision, modality from events_named order by start_char"
    )
    rows = events.rows()
    assert ("Vladimir Putin", "launch", "Ukraine", date(2022, 2, 24), "day", "asserted") in rows
    assert ("Belarus", "announce", "plans", date(2022, 12, 13), "day", "asserted") in rows
    assert ("Alexander Lukashenko", "dismiss", "speculation", date(2022, 11, 1), "month", "asserted") in rows
    assert ("Ukraine", "warn", "Alexander Lukashenko", date(2022, 10, 1), "month", "asserted") in rows
    joins = events.filter(events["action"] == "join")
    assert joins.height >= 3 and set(joins["modality"]) == {"hypothetical"}


def test_seed_quotes_are_attributed_to_canonical_speakers(seed_warehouse: Warehouse):
    quotes = seed_warehouse.query("select speaker, kind, cue, text from quotes_named order by start_char")
    by_ali = quotes.filter((quotes["speaker"] == "Javed Ali") & (quotes["kind"] == "direct"))["text"].to_list()
    assert [t[:12] for t in by_ali] == ["It comes wit", "Belarus is s", "I think that"]
    by_lukashenko = quotes.filter(quotes["speaker"] == "Alexander Lukashenko").rows()
    assert ("Alexander Lukashenko", "partial", "describe", "total nonsense.") in by_lukashenko
    told = [r for r in by_lukashenko if r[3].startswith("If we use the Armed Forces")]
    assert [(r[1], r[2]) for r in told] == [("direct", "tell")]


def test_seed_default_event_view_shows_facts_about_entities_not_quotes(seed_warehouse: Warehouse):
    every = seed_warehouse.query("select count(*) as n from events")["n"][0]
    shown = seed_warehouse.query("select actor_id, target_id, event_type, action from events_named")
    assert 0 < shown.height < every  # every candidate stays in `events`; the view keeps the facts
    assert shown.filter(shown["actor_id"].is_null() & shown["target_id"].is_null()).is_empty()
    assert "OTHER" not in shown["event_type"].to_list()
    said = seed_warehouse.query("select count(*) as n from events where action = 'say' and quote_id is not null")
    assert said["n"][0] >= 5  # Ali's "said" rows introduce his quotes: quotes_named has them
    assert "say" not in shown["action"].to_list()
    via = seed_warehouse.query("select distinct via from mentions")["via"].to_list()
    assert {"name", "pronoun"} <= set(via)  # "he", "his" reach Javed Ali and Lukashenko


@pytest.mark.damages_warehouse
def test_check_passes_the_seed_and_names_a_count_corrupted_in_a_copy(seed_warehouse: Warehouse, tmp_path: Path):
    import shutil

    import duckdb

    from tests.test_cli import newsflow

    passed = newsflow("check", "--db", seed_warehouse.location)
    assert passed.returncode == 0 and "FAIL" not in passed.stdout
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seed_warehouse.location, copy)
    with duckdb.connect(str(copy)) as con:
        belarus = con.execute(
            "update entities set n_mentions = n_mentions + 1 where name = 'Belarus' returning entity_id, n_mentions"
        ).fetchone()

    failed = newsflow("check", "--db", str(copy))

    assert failed.returncode == 1
    assert [line for line in failed.stdout.splitlines() if line.startswith("FAIL")] == [
        f"FAIL entities.n_mentions equals count(*) of mentions: 1 row fail "
        f"(e.g. entity_id='{belarus[0]}', found={belarus[1]}, expected={belarus[1] - 1})"
    ]
