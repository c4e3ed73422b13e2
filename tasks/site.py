"""Write the report site of a warehouse: ask the sql/report/ questions on one read-only session, build the pages.

The page builders (tasks.core.report_site, with the charting libraries, about 40 MB) are imported where pages
are built: a run that only publishes its artifact tables (`ask`) does not carry them.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import polars as pl

from newsflow.tasks.store import Warehouse, sql_file

if TYPE_CHECKING:
    from newsflow.tasks.core.report_site import CorpusData, EntityData

TOP_PER_TYPE = 8
MENTIONED_WITH = 15
NEAR_DUPLICATES_SHOWN = 20
RUNS_SHOWN = 10
ARTIFACT_EVENTS = 20
FACTS_SHOWN = 200  # events, and quotes by and about, on an entity page: the latest ones


@dataclass
class Report:
    """Where the site went and what it holds."""

    index: Path
    entity_pages: dict[str, Path]  # entity name -> its page
    corpus: CorpusData
    latest_events: list[dict]


def ask(con: duckdb.DuckDBPyConnection, question: str, *params) -> pl.DataFrame:
    return con.execute(sql_file(f"report/{question}.sql"), list(params)).pl()


def corpus_data(con: duckdb.DuckDBPyConnection, db: str, chosen: pl.DataFrame, pages: dict[str, str]) -> CorpusData:
    from newsflow.tasks.core.report_site import CorpusData

    top = ask(con, "top_entities", TOP_PER_TYPE)
    return CorpusData(
        db=db,
        totals=ask(con, "totals").to_dicts()[0],
        per_day=ask(con, "documents_per_day"),
        languages=ask(con, "languages"),
        near_duplicates=ask(con, "near_duplicates", NEAR_DUPLICATES_SHOWN),
        rejected=ask(con, "rejected_reasons"),
        top_entities=top,
        entity_days=ask(con, "mentions_per_day", top["entity_id"].to_list()),
        event_weeks=ask(con, "event_classes_per_week"),
        runs=ask(con, "latest_runs", RUNS_SHOWN),
        places=ask(con, "places"),
        page_entities=chosen,
        pages=pages,
    )


def entity_data(con: duckdb.DuckDBPyConnection, entity_id: str, pages: dict[str, str]) -> EntityData:
    from newsflow.tasks.core.report_site import EntityData

    events = ask(con, "entity_events", entity_id, FACTS_SHOWN).reverse()
    quotes = ask(con, "entity_quotes", entity_id, FACTS_SHOWN)
    doc_ids = sorted(set(events["doc_id"].to_list()) | set(quotes["doc_id"].to_list()))
    return EntityData(
        entity=ask(con, "entity", entity_id).to_dicts()[0],
        per_day=ask(con, "mentions_per_day", [entity_id]).drop("entity_id"),
        mentioned_with=ask(con, "mentioned_with", entity_id, MENTIONED_WITH),
        events=events,
        quotes=quotes,
        roles=ask(con, "entity_roles", entity_id),
        aliases=ask(con, "entity_aliases", entity_id)["alias"].to_list(),
        documents=ask(con, "source_documents", doc_ids),
        pages=pages,
    )


def chosen_entities(con: duckdb.DuckDBPyConnection, entity: str | None, top: int) -> pl.DataFrame:
    """The entities that get a page: the one named by `entity` (name or alias), else the `top` most mentioned."""
    if entity is None:
        return ask(con, "page_entities", top)
    found = ask(con, "find_entity", entity)
    if found.is_empty():
        raise ValueError(
            f"no entity named {entity!r} in the warehouse; "
            "`newsflow query --file sql/questions/top_entities.sql` lists some"
        )
    return found


def report_folder(setting: str | None) -> Path | None:
    """Where a run writes the report: the folder NEWSFLOW_REPORT_DIR names, none when it is unset or 'off'.

    Opt-in because writing the site adds about 500 MB to the run's process at its end (the Vega bundler's
    JavaScript engine, the gazetteer's coordinates, the pages), over the 1.5 GB a run keeps to."""
    if not setting or setting.strip().lower() == "off":
        return None
    return Path(setting).expanduser()


def write_report(warehouse: Warehouse, out: Path, entity: str | None = None, top: int = 20) -> Report:
    """Write index.html and entity/<id>.html under `out` (replacing the entity pages of an earlier report)."""
    from newsflow.tasks.core.report_site import ENTITY_DIR, corpus_page, entity_page, page_name

    generated_at = datetime.now(UTC)
    with warehouse.connect(read_only=True) as con:
        chosen = chosen_entities(con, entity, top)
        pages = {entity_id: page_name(entity_id) for entity_id in chosen["entity_id"]}
        corpus = corpus_data(con, warehouse.location, chosen, pages)
        entities = {entity_id: entity_data(con, entity_id, pages) for entity_id in chosen["entity_id"]}
        latest_events = ask(con, "latest_events", ARTIFACT_EVENTS).to_dicts()
    folder = out / ENTITY_DIR
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    written = {}
    for entity_id, data in entities.items():
        path = folder / pages[entity_id]
        path.write_text(entity_page(data, generated_at), encoding="utf-8")
        written[data.entity["name"]] = path
    index = out / "index.html"
    index.write_text(corpus_page(corpus, generated_at), encoding="utf-8")
    return Report(index, written, corpus, latest_events)
