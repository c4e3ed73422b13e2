"""Date resolution against the publication date, the way news writes dates."""

from datetime import date

import pytest

from newsflow.tasks.core.dates import resolve_date

PUBLISHED = date(2022, 12, 13)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday", (date(2022, 12, 13), "day")),  # the weekday of publication is that day
        ("Monday", (date(2022, 12, 12), "day")),
        ("on Friday", (date(2022, 12, 9), "day")),  # the latest Friday before publication
        ("last Tuesday", (date(2022, 12, 6), "day")),
        ("next Friday", (date(2022, 12, 16), "day")),
        ("Tuesday night", (date(2022, 12, 13), "day")),
    ],
)
def test_weekdays(text, expected):
    assert resolve_date(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("February 24", (date(2022, 2, 24), "day")),
        ("Feb. 24, 2021", (date(2021, 2, 24), "day")),
        ("24 February 2022", (date(2022, 2, 24), "day")),
        ("in October", (date(2022, 10, 1), "month")),
        ("late October", (date(2022, 10, 1), "month")),
        ("March 2021", (date(2021, 3, 1), "month")),
        ("2021", (date(2021, 1, 1), "year")),
        ("2022-03-01", (date(2022, 3, 1), "day")),
    ],
)
def test_month_names_and_explicit_dates(text, expected):
    assert resolve_date(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last month", (date(2022, 11, 1), "month")),
        ("this month", (date(2022, 12, 1), "month")),
        ("yesterday", (date(2022, 12, 12), "day")),
        ("today", (date(2022, 12, 13), "day")),
        ("last year", (date(2021, 1, 1), "year")),
        ("last week", (date(2022, 12, 5), "week")),
        ("two days ago", (date(2022, 12, 11), "day")),
    ],
)
def test_relative_expressions(text, expected):
    assert resolve_date(text, PUBLISHED) == expected


def test_month_later_in_the_year_means_last_year_unless_future():
    assert resolve_date("in October", date(2022, 3, 5)) == (date(2021, 10, 1), "month")
    assert resolve_date("in October", date(2022, 3, 5), future=True) == (date(2022, 10, 1), "month")


def test_dates_after_publication():
    assert resolve_date("December 20", PUBLISHED) == (date(2022, 12, 20), "day")  # later this month
    assert resolve_date("tomorrow", PUBLISHED) == (date(2022, 12, 14), "day")
    assert resolve_date("next month", PUBLISHED) == (date(2023, 1, 1), "month")
    assert resolve_date("February 24", PUBLISHED, future=True) == (date(2023, 2, 24), "day")
    assert resolve_date("Friday", PUBLISHED, future=True) == (date(2022, 12, 16), "day")


def test_vague_or_unanchored_expressions_resolve_to_nothing():
    assert resolve_date("recent weeks", PUBLISHED) == (None, "none")
    assert resolve_date("last month", None) == (None, "none")
    assert resolve_date("February 24, 2022", None) == (date(2022, 2, 24), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 2019 to 2020", (date(2019, 3, 1), "month")),
        ("2019-2021", (date(2019, 1, 1), "year")),
        ("2021 to 10 years", (date(2021, 1, 1), "year")),  # spaCy's DATE of "sentenced in 2021 to 10 years"
        ("1 to 2 years", (None, "none")),  # no year to start from
    ],
)
def test_a_range_from_a_year_names_its_start(text, expected):
    assert resolve_date(text, PUBLISHED) == expected
