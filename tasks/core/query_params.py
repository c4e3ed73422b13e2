"""Named parameters of a saved question: declared with defaults in its comments, given as NAME=VALUE.

A question file uses DuckDB's `$name` parameters and declares each one with its default on a comment
line, `-- param entity = Alexander Lukashenko`, so it runs as it is and `newsflow query --file ...
--param entity="Vladimir Putin"` asks it about someone else. Values are bound, never written into the SQL.
"""

import re

DECLARATION = re.compile(r"^\s*--\s*param\s+([A-Za-z_]\w*)\s*=\s*(.*?)\s*$", re.MULTILINE)
USE = re.compile(r"\$([A-Za-z_]\w*)")


def declared_parameters(sql: str) -> dict[str, str]:
    """Name -> default of every `-- param NAME = DEFAULT` line of `sql`."""
    return {name: default for name, default in DECLARATION.findall(sql)}


def bound_parameters(sql: str, given: list[str]) -> dict[str, str]:
    """The values to bind to `sql`: its declared defaults overridden by `given` NAME=VALUE items; a ValueError
    for an item without `=` or naming a parameter the SQL does not use, or for a `$name` left without a value."""
    values = declared_parameters(sql)
    used = set(USE.findall(re.sub(r"--[^\n]*|'(?:[^']|'')*'", "", sql)))
    for item in given:
        name, equals, value = item.partition("=")
        name = name.strip()
        if not equals or not name:
            raise ValueError(f'--param {item!r}: give NAME=VALUE, e.g. --param entity="Vladimir Putin"')
        if name not in used:
            takes = ", ".join(sorted(used)) or "no parameters"
            raise ValueError(f"--param {name}: the query has no ${name}; it takes {takes}")
        values[name] = value
    missing = sorted(used - values.keys())
    if missing:
        raise ValueError(
            f"the query uses {', '.join('$' + name for name in missing)}; give each with --param NAME=VALUE"
        )
    return {name: value for name, value in values.items() if name in used}
