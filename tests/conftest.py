"""Shared fixtures: one Prefect test harness per session, the real model, the real seed article, fresh
warehouses, and the language pass with its linking run on one text."""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "samples" / "msn-newsweek-belarus-2022-12-13.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def prefect_harness():
    """A throwaway Prefect API for the whole session; flows in tests run against it."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def nlp_model():
    """The default spaCy pipeline, loaded once (as the pipeline does, once per process)."""
    from tasks.core.nlp import load_model
    from tasks.settings import Settings

    return load_model(Settings().model)


@pytest.fixture
def read(nlp_model):
    """Text -> (linked mentions, linked events, linked quotes) of a one-document batch, each with the entity
    names a user sees (mentions.entity, events.actor and .target, quotes.speaker)."""
    from datetime import date

    import polars as pl

    from tasks.core.entities import canonicalize
    from tasks.core.events import link_events
    from tasks.core.nlp import analyze
    from tasks.core.quotes import link_quotes
    from tasks.core.schemas import DOCUMENTS, frame

    def run(text: str):
        docs = frame([{"doc_id": "d", "title": None, "published_at": date(2024, 3, 5), "body": text,
                       "n_chars": len(text)}], DOCUMENTS)
        found = analyze(docs, nlp_model)
        linked = canonicalize(found.mentions, docs, None)
        names = dict(linked.entities.select("entity_id", "name").iter_rows())
        mentions = linked.mentions.with_columns(entity=pl.col("entity_id").replace_strict(names, default=None))
        quotes = link_quotes(found.quotes, linked.mentions)
        events = link_events(found.events, linked.mentions, quotes).with_columns(
            actor=pl.col("actor_id").replace_strict(names, default=None),
            target=pl.col("target_id").replace_strict(names, default=None))
        return mentions, events, quotes.with_columns(speaker=pl.col("speaker_id").replace_strict(names, default=None))

    return run


@pytest.fixture
def seed_folder(tmp_path: Path) -> Path:
    """A folder holding only the seed article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"
