"""Shared fixtures: one Prefect test harness per session, the real seed article, fresh warehouses."""

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
def seed_folder(tmp_path: Path) -> Path:
    """A folder holding only the seed article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"
