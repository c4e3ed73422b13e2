"""Cleaning on the real seed article, real benchmark pages and real byline forms."""

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from tasks.core.clean import clean_documents, clean_html, clean_text, cleaned_record
from tasks.core.clean_meta import parse_byline, parse_date
from tasks.core.schemas import DOCUMENTS, RAW_DOCUMENTS, REMOVED_LINES

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "data" / "samples" / "msn-newsweek-belarus-2022-12-13.txt").read_text(encoding="utf-8")
FIXTURES = ROOT / "tests" / "fixtures" / "clean"

SEED_FURNITURE = ["You are using an older browser", "UP NEXT", "AdChoices", "Related Articles",
                  "image beacon", "Start your unlimited Newsweek trial", "Getty Images", "Newsweek 12/13/2022"]


@pytest.fixture(scope="module")
def seed():
    return clean_text(SEED)


def test_seed_body_starts_and_ends_at_the_article(seed):
    assert seed.body.startswith("Belarus ramped up military action")
    assert seed.body.endswith("all invaders on the territory of Ukraine.\"")


def test_seed_furniture_is_gone(seed):
    for phrase in SEED_FURNITURE:
        assert phrase not in seed.body, phrase


def test_seed_caption_kept_once_outside_the_body(seed):
    assert seed.caption.startswith("Above, a split image of Russian President Vladimir Putin")
    assert seed.caption.count("Above, a split image") == 1
    assert "©" not in seed.caption
    assert "split image" not in seed.body


def test_seed_metadata(seed):
    assert seed.title == "Belarus Joining Ukraine War Could Be 'Devastating' to Lukashenko's Army"
    assert seed.publisher == "Newsweek"
    assert seed.author == "Andrew Stanton"
    assert seed.published_at == date(2022, 12, 13)
    assert seed.language == "en"


def test_seed_every_removed_line_has_a_reason(seed):
    reasons = {text: reason for _, text, reason in seed.removed}
    assert reasons["UP NEXT"] in ("widget", "repeated")
    assert reasons["Related Articles"] == "end marker"
    assert reasons["Newsweek 12/13/2022 Andrew Stanton"] == "byline"
    kept = set(seed.body.split("\n\n"))
    raw_lines = [ln.strip() for ln in SEED.splitlines() if ln.strip()]
    removed_texts = [t for _, t, _ in seed.removed]
    assert all(ln in kept or ln in removed_texts for ln in raw_lines)
