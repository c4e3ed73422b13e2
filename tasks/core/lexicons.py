"""The one loader of `data/lexicons`: files users edit to change behaviour without touching code.

Every file is UTF-8; blank lines and lines starting with `#` are skipped. Text files hold one entry a
line, CSV files a header row. Each file is read once per process.
"""

import csv
from functools import cache
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[2] / "data" / "lexicons"


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a text lexicon, stripped, in file order."""
    text = (LEXICONS / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


@cache
def words(name: str, lowercase: bool = False) -> frozenset[str]:
    """The entries of a text lexicon as a set, lower-cased if asked."""
    return frozenset(line.lower() if lowercase else line for line in lines(name))


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a CSV lexicon, values stripped."""
    with (LEXICONS / name).open(encoding="utf-8", newline="") as handle:
        content = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return tuple({key.strip(): (value or "").strip() for key, value in row.items()} for row in csv.DictReader(content))
