"""A progress bar for runs in a terminal; plain iteration elsewhere (logs, CI, the Prefect UI)."""

import sys
from collections.abc import Callable, Iterable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def track(items: Iterable, total: int, description: str, size: Callable[[object], int] = lambda _: 1) -> Iterator:
    """Iterate `items`, drawing a bar on stderr when it is a terminal: shown at once, at 0 of `total`,
    and moved on by `size(item)` when the work on an item is done (so a chunk of 25 articles counts 25)."""
    if not (total and sys.stderr.isatty()):
        yield from items
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True, console=Console(stderr=True)) as progress:
        bar = progress.add_task(description, total=total)
        for item in items:
            yield item
            progress.advance(bar, size(item))
