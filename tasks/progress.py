"""A progress bar for long runs in a terminal; plain iteration elsewhere (logs, CI, the Prefect UI)."""

import sys
from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.progress import track as rich_track


def track(items: Iterable, total: int, description: str) -> Iterator:
    """Iterate `items`, drawing a bar on stderr when it is a terminal and there is more than one step."""
    if total > 1 and sys.stderr.isatty():
        return iter(rich_track(items, total=total, description=description, transient=True, console=Console(stderr=True)))
    return iter(items)
