"""Progress bars for the long commands (``model train``, ``backfill``, ``demo``).

A bar is drawn on standard error only when it is a terminal and the logs are for people
(``TIPOFF_LOG_FORMAT=console``): redirected output, a CI log or JSON logs get no bar, so
nothing that reads them has to skip one. While it shows, log lines print above it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

Step = Callable[[str], None]  # one step done; the text says which


def _nothing(_label: str) -> None:
    return None


def wanted(log_format: str) -> bool:
    """Whether a bar may be drawn: standard error is a terminal, the logs are not JSON."""
    return log_format == "console" and Console(file=sys.stderr).is_terminal


@contextmanager
def steps(description: str, total: int, *, enabled: bool) -> Iterator[Step]:
    """A bar of ``total`` steps; yields the function that marks one done (a no-op when
    ``enabled`` is False)."""
    if not enabled:
        yield _nothing
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=Console(file=sys.stderr),
        redirect_stdout=False,  # standard output is the report's, piped or not
    )
    with bar:
        task = bar.add_task(description, total=total, last="")

        def done(label: str) -> None:
            bar.update(task, advance=1, last=label)

        yield done
