"""Wait on a condition, never on the clock: poll quickly, fail with a useful message."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_for(
    predicate: Callable[[], T],
    timeout: float = 10.0,
    *,
    interval: float = 0.01,
    message: str | Callable[[], str] = "condition",
) -> T:
    """Call ``predicate`` until it returns something truthy; return that value.

    Raises AssertionError after ``timeout`` seconds naming what was awaited and the last
    value seen (``message`` may be a callable, evaluated only on failure, for state dumps).
    """
    deadline = time.monotonic() + timeout
    last: T = predicate()
    while not last:
        if time.monotonic() >= deadline:
            what = message() if callable(message) else message
            raise AssertionError(
                f"timed out after {timeout:g}s waiting for {what} (last value: {last!r})"
            )
        time.sleep(interval)
        last = predicate()
    return last
