"""A progress bar for ``mali-tui ingest`` on a terminal; silence elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from store.text.visible import visible


@contextmanager
def ingest_progress() -> Iterator[Callable[[int, int, str], None] | None]:
    """Yield a ``progress(done, total, name)`` callback, or ``None`` when not on a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}", markup=False),  # a file name is not Rich markup
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=visible(name))

        yield update
