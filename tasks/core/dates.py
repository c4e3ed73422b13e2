"""Dates: a DATE mention's text resolved against the article's publication date.

News writes dates relative to the day it appears ("on Tuesday", "last month", "in October"),
so each expression is anchored on `published_at` and returned with the precision it really
carries (day, week, month, year). Past readings are preferred, as news mostly reports what
happened; `future=True` (a verb with "will") flips bare weekdays and months forward.
"""

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
    "a few": 3,
    "few": 3,
}

# Words around a date that change nothing about the day it names.
NOISE = re.compile(
    r"\b(on|in|at|of|since|from|until|by|during|the|this past|early|earlier|late|later|mid|"
    r"morning|afternoon|evening|night|overnight)\b|[-–,.]",
)
MONTH_DAY = re.compile(rf"^({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{{4}}))?$")
DAY_MONTH = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?(?:\s*,?\s*(\d{{4}}))?$")
MONTH_YEAR = re.compile(rf"^({MONTH_RE})\.?(?:\s*,?\s*(\d{{4}}))?$")
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})$")
AGO = re.compile(r"^(\w+(?: few)?)\s+(day|week|month|year)s?\s+ago$")
RELATIVE = re.compile(r"^(last|this|next|past|coming)\s+(week|month|year|weekend)$")
WEEKDAY = re.compile(rf"^(?:(last|this|next|coming)\s+)?({'|'.join(WEEKDAYS)})$")


RANGE = re.compile(r"\s+(?:to|and|until|through|till)\s+|\s*[-–—]\s*")
HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def resolve_date(text: str, published_at: date | None, future: bool = False) -> tuple[date | None, str]:
    """The date a mention names and its precision; (None, "none") when it names no day, month or year.
    A range from a year names its start ("March 2019 to 2020", "2019-2021", "in 2021 to ten years")."""
    found = _resolve(normalize(text), published_at, future)
    if found[0] is not None:
        return found
    start = RANGE.split(text, maxsplit=1)[0]
    return _resolve(normalize(start), published_at, future) if start != text and HAS_YEAR.search(start) else found


def normalize(text: str) -> str:
    """Lowercase, without prepositions, articles and times of day that do not move the date."""
    words = NOISE.sub(" ", text.lower().replace("’s", "").replace("'s", ""))
    return re.sub(r"\s+", " ", words).strip()


@lru_cache(maxsize=4096)
def _resolve(text: str, published_at: date | None, future: bool) -> tuple[date | None, str]:
    """Cached core of resolve_date over normalized text."""
    absolute = absolute_date(text, published_at, future)
    if absolute[0] is not None or published_at is None:
        return absolute
    return relative_date(text, published_at, future)


def absolute_date(text: str, published_at: date | None, future: bool) -> tuple[date | None, str]:
    """Dates spelled with a month name or digits; a missing year is the publication's nearest."""
    if m := ISO.match(text):
        return safe_date(int(m[1]), int(m[2]), int(m[3])), "day"
    if m := MONTH_DAY.match(text):
        return with_year(m[3], MONTHS[m[1]], int(m[2]), published_at, future), "day"
    if m := DAY_MONTH.match(text):
        return with_year(m[3], MONTHS[m[2]], int(m[1]), published_at, future), "day"
    if m := MONTH_YEAR.match(text):
        return with_year(m[2], MONTHS[m[1]], 1, published_at, future), "month"
    if m := YEAR.match(text):
        return date(int(m[1]), 1, 1), "year"
    return None, "none"


def with_year(year: str | None, month: int, day: int, published_at: date | None, future: bool) -> date | None:
    """A month/day in the given year, else in the year that puts it nearest before (or after) publication."""
    if year:
        return safe_date(int(year), month, day)
    if published_at is None:
        return None
    candidate = safe_date(published_at.year, month, day)
    if candidate is None:
        return None
    if future and candidate < published_at.replace(day=1):
        return safe_date(published_at.year + 1, month, day)
    if not future and candidate > published_at and (month, day) != (published_at.month, published_at.day):
        if month > published_at.month:
            return safe_date(published_at.year - 1, month, day)
    return candidate


def safe_date(year: int, month: int, day: int) -> date | None:
    """date() that answers None for impossible days such as February 30."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def relative_date(text: str, published_at: date, future: bool) -> tuple[date | None, str]:
    """Deictic expressions: yesterday, last month, two weeks ago, on Tuesday, next year."""
    if text in ("today", "now", "tonight"):
        return published_at, "day"
    if text == "yesterday":
        return published_at - timedelta(days=1), "day"
    if text == "tomorrow":
        return published_at + timedelta(days=1), "day"
    if m := WEEKDAY.match(text):
        return weekday_date(WEEKDAYS.index(m[2]), m[1], published_at, future), "day"
    if m := RELATIVE.match(text):
        return relative_period(m[1], m[2], published_at)
    if m := AGO.match(text):
        n = NUMBER_WORDS.get(m[1]) or (int(m[1]) if m[1].isdigit() else None)
        return (shift(published_at, m[2], -n), "day" if m[2] == "day" else m[2]) if n else (None, "none")
    return parsed_date(text, published_at)


def weekday_date(weekday: int, qualifier: str | None, published_at: date, future: bool) -> date:
    """The named weekday: the latest one on or before publication, or the next one for future readings."""
    back = (published_at.weekday() - weekday) % 7
    if qualifier in ("next", "coming") or (future and qualifier is None and back != 0):
        return published_at + timedelta(days=(weekday - published_at.weekday()) % 7 or 7)
    if qualifier == "last" and back == 0:
        back = 7
    return published_at - timedelta(days=back)


def relative_period(qualifier: str, unit: str, published_at: date) -> tuple[date, str]:
    """last/this/next week, month or year, as the first day of that period."""
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[qualifier]
    if unit in ("week", "weekend"):
        monday = published_at - timedelta(days=published_at.weekday())
        start = monday + timedelta(weeks=step)
        return (start + timedelta(days=5), "day") if unit == "weekend" else (start, "week")
    if unit == "month":
        return shift(published_at.replace(day=1), "month", step), "month"
    return date(published_at.year + step, 1, 1), "year"


def shift(day: date, unit: str, n: int) -> date:
    """`day` moved n days, weeks, months or years (months clamp to the first of the month)."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    if unit == "month":
        months = day.year * 12 + day.month - 1 + n
        return date(months // 12, months % 12 + 1, 1)
    return safe_date(day.year + n, day.month, day.day) or date(day.year + n, day.month, 28)


def parsed_date(text: str, published_at: date) -> tuple[date | None, str]:
    """dateparser for the forms not handled above (e.g. "12/01/2022"), only when digits name a day."""
    if not any(c.isdigit() for c in text):
        return None, "none"
    found = dateparser.date.DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(published_at.year, published_at.month, published_at.day),
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": False,
        },
    ).get_date_data(text)
    if found.date_obj is None:
        return None, "none"
    period = found.period if found.period in ("day", "week", "month", "year") else "day"
    return found.date_obj.date(), period
