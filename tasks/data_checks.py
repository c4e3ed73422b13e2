"""Data tests of the warehouse: what each table guarantees, declared once in `sql/checks.toml`.

Each declared test becomes one query that selects the rows breaking it, so a failure says how many
rows break which guarantee and shows one of them. `newsflow check` runs them on a user's warehouse;
the test suite runs them on every warehouse a pipeline test leaves behind.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from newsflow.tasks.store import SQL_DIR, Warehouse

CHECKS_FILE = SQL_DIR / "checks.toml"
TESTS = ("unique", "not_null", "accepted_values", "references", "equals")


@dataclass(frozen=True)
class Check:
    """One declared guarantee: `failing_rows` selects the rows that break it (bound to `params`)."""

    name: str
    failing_rows: str
    params: tuple = ()


@dataclass(frozen=True)
class Failure:
    check: str
    n_rows: int
    example: dict

    def __str__(self) -> str:
        shown = ", ".join(
            f"{key}={value!r}" if isinstance(value, str) else f"{key}={value}" for key, value in self.example.items()
        )
        return f"{self.check}: {self.n_rows} row{'s' if self.n_rows != 1 else ''} fail (e.g. {shown})"


def identifier(name: str) -> str:
    return '"' + name.strip().replace('"', '""') + '"'


def column_list(columns: str | list[str]) -> str:
    names = columns.split(",") if isinstance(columns, str) else columns
    return ", ".join(identifier(name) for name in names)


def declared_checks(path: Path = CHECKS_FILE) -> list[Check]:
    """Every test of the declaration file, in its order; ValueError for a test it does not know."""
    checks = []
    for table, columns in tomllib.loads(path.read_text()).items():
        for column, tests in columns.items():
            unknown = set(tests) - set(TESTS)
            if unknown:
                raise ValueError(
                    f"{path.name}: {table}.{column} declares unknown tests {sorted(unknown)}; known: {', '.join(TESTS)}"
                )
            checks += [column_check(table, column, test, tests[test]) for test in TESTS if tests.get(test, False)]
    return checks


def column_check(table: str, column: str, test: str, argument) -> Check:
    """The check of one test on one column (or, for `unique`, a comma-separated combination of columns)."""
    name, t, c = f"{table}.{column} {test}", identifier(table), column_list(column)
    if test == "unique":
        return Check(name, f"select {c}, count(*) as copies from {t} group by all having count(*) > 1")
    if test == "not_null":
        return Check(name, f"select * from {t} where {c} is null")
    if test == "accepted_values":
        return Check(
            f"{name} {argument}",
            f"select {c} from {t} where {c} is not null and not list_contains(?::varchar[], {c})",
            (list(argument),),
        )
    if test == "references":
        other_table, _, other_column = argument.partition(".")
        return Check(
            f"{name} {argument}",
            f"select distinct t.{c} from {t} as t anti join {identifier(other_table)} as r "
            f"on r.{identifier(other_column)} = t.{c} where t.{c} is not null",
        )
    keys = column_list(argument["key"])
    present = " and ".join(f"{identifier(key)} is not null" for key in argument["key"])
    return Check(
        f"{name} {argument['value']} of {argument['from']}",
        f"with expected as (select {keys}, {argument['value']} as expected "
        f"from {identifier(argument['from'])} where {present} group by all) "
        f"select {keys}, t.{c} as found, e.expected from {t} as t full join expected as e using ({keys}) "
        f"where t.{c} is distinct from coalesce(e.expected, 0)",
    )


def failing_checks(warehouse: Warehouse, checks: list[Check] | None = None) -> list[Failure]:
    """The declared checks the warehouse fails, each with its count of failing rows and one of them. The
    counts come from one query (a DuckLake answers each query with a round trip to its catalog)."""
    checks = checks if checks is not None else declared_checks()
    counts = " union all ".join(
        f"select {i} as check_no, count(*) as n_rows from ({check.failing_rows})" for i, check in enumerate(checks)
    )
    failures = []
    with warehouse.connect(read_only=True) as con:
        failing = con.execute(
            f"select check_no, n_rows from ({counts}) where n_rows > 0 order by check_no",
            [param for check in checks for param in check.params],
        ).fetchall()
        for check_no, n_rows in failing:
            check = checks[check_no]
            example = con.execute(f"{check.failing_rows} limit 1", list(check.params)).pl().row(0, named=True)
            failures.append(Failure(check.name, n_rows, example))
    return failures
