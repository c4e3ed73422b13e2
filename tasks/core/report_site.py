"""The report site: a corpus page and entity pages as self-contained HTML, from query results.

Pages are Jinja templates with autoescaping (every name, title and quote is escaped); charts are the
Vega-Lite specs of `report_charts`, drawn by the Vega-Embed bundle inlined in each page, so a page
opens from disk with no network and can be mailed on its own.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

import polars as pl
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from newsflow.tasks.core import report_charts as charts

SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
ENTITY_DIR = "entity"


@dataclass
class CorpusData:
    """What the corpus page shows; every frame is the result of one sql/report/*.sql question."""

    db: str
    totals: dict
    per_day: pl.DataFrame
    languages: pl.DataFrame
    near_duplicates: pl.DataFrame
    rejected: pl.DataFrame
    top_entities: pl.DataFrame
    entity_days: pl.DataFrame
    event_weeks: pl.DataFrame
    runs: pl.DataFrame
    places: pl.DataFrame
    page_entities: pl.DataFrame  # entity_id, name, type of the entities that have a page
    pages: dict[str, str] = field(default_factory=dict)  # entity_id -> its page


@dataclass
class EntityData:
    """What one entity page shows."""

    entity: dict
    per_day: pl.DataFrame
    mentioned_with: pl.DataFrame
    events: pl.DataFrame
    quotes: pl.DataFrame
    roles: pl.DataFrame
    aliases: list[str]
    documents: pl.DataFrame
    pages: dict[str, str] = field(default_factory=dict)


def page_name(entity_id: str) -> str:
    """The file of an entity's page: its id when that is a plain word, else a hash of it."""
    stem = entity_id if SAFE_ID.fullmatch(entity_id) else hashlib.sha1(entity_id.encode()).hexdigest()[:16]
    return f"{stem}.html"


def script_json(value: object) -> Markup:
    """JSON to put inside a <script> element: no '<', '>' or '&' that could end it early."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsflow.tasks.core", "report_templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["vega_bundle"] = lambda: Markup(charts.vega_bundle())
    env.filters["script_json"] = script_json
    return env


def with_links(frame: pl.DataFrame, pages: dict[str, str], prefix: str) -> pl.DataFrame:
    """`frame` with a `page` column: the relative link to each entity's page, null for those without one."""
    links = {entity_id: prefix + name for entity_id, name in pages.items()}
    return frame.with_columns(page=pl.col("entity_id").replace_strict(links, default=None, return_dtype=pl.String))


def corpus_page(data: CorpusData, generated_at: datetime) -> str:
    """The corpus page (index.html): volumes, languages, duplicates, rejects, top entities, events, map, runs."""
    prefix = f"{ENTITY_DIR}/"
    top = with_links(data.top_entities, data.pages, prefix)
    specs = {}
    if data.per_day.height:
        specs["per-day"] = charts.documents_per_day(data.per_day)
    if data.languages.height:
        specs["languages"] = charts.ranked_bars(data.languages, "language", "documents", "documents")
    if data.rejected.height:
        specs["rejected"] = charts.ranked_bars(data.rejected, "reason", "inputs", "inputs")
    if data.event_weeks.height:
        specs["event-weeks"] = charts.event_classes_per_week(data.event_weeks)
    for entity_id, days in data.entity_days.partition_by("entity_id", as_dict=True, include_key=False).items():
        specs[f"spark-{spark_id(entity_id[0])}"] = charts.sparkline(days)
    placed, unplaced = charts.with_coordinates(with_links(data.places, data.pages, prefix))
    if placed.height:
        specs["map"] = charts.places_map(placed, href="page")
    types = [
        (kind, group.to_dicts())
        for (kind,), group in top.partition_by("type", as_dict=True, maintain_order=True).items()
    ]
    listed = with_links(data.page_entities, data.pages, prefix).sort(pl.col("name").str.to_lowercase())
    return (
        environment()
        .get_template("corpus.html")
        .render(
            data=data,
            totals=data.totals,
            types=types,
            specs=specs,
            spark_id=spark_id,
            generated_at=generated_at,
            unplaced=unplaced,
            pages=listed.select("name", "page").rows(),
        )
    )


def spark_id(entity_id: str) -> str:
    return hashlib.sha1(entity_id.encode()).hexdigest()[:12]


def entity_page(data: EntityData, generated_at: datetime) -> str:
    """One entity's page: mentions per day, who it is mentioned with, its events and quotes, roles and aliases,
    each fact linking to its sentence and document."""
    specs = {}
    if data.per_day.height:
        specs["per-day"] = charts.mentions_per_day(data.per_day)
    mentioned_with = with_links(data.mentioned_with, data.pages, "")
    if mentioned_with.height:
        specs["mentioned-with"] = charts.ranked_bars(
            mentioned_with, "name", "n_sentences", "sentences together", href="page"
        )
    events = data.events.join(data.documents.select("doc_id", "published_at"), on="doc_id", how="left")
    if events.height:
        specs["events"] = charts.event_timeline(events)
    documents = {row["doc_id"]: row for row in data.documents.to_dicts()}
    return (
        environment()
        .get_template("entity.html")
        .render(
            entity=data.entity,
            specs=specs,
            mentioned_with=mentioned_with.to_dicts(),
            events=events.to_dicts(),
            quotes_by=data.quotes.filter(pl.col("relation") == "by").to_dicts(),
            quotes_about=data.quotes.filter(pl.col("relation") == "about").to_dicts(),
            roles=data.roles.to_dicts(),
            aliases=data.aliases,
            documents=documents,
            generated_at=generated_at,
            pages=data.pages,
        )
    )
