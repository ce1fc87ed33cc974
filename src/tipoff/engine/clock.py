"""Time as a dependency, so tests can move it by hand.

Engine timestamps are epoch seconds (floats): cheap to compare in SQL on both SQLite and
PostgreSQL. Machines sharing a PostgreSQL database must keep their clocks in sync (NTP).
"""

from __future__ import annotations

import os
import struct
import threading
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Current time in epoch seconds."""
        ...


class SystemClock:
    """The wall clock."""

    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that only moves when told to (tests, simulations)."""

    def __init__(self, start: float | datetime = 1_700_000_000.0) -> None:
        self._now = start.timestamp() if isinstance(start, datetime) else float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, when: float | datetime) -> None:
        with self._lock:
            self._now = when.timestamp() if isinstance(when, datetime) else float(when)


def to_datetime(ts: float | None) -> datetime | None:
    """Epoch seconds to an aware UTC datetime (None stays None)."""
    return None if ts is None else datetime.fromtimestamp(ts, tz=UTC)


class FileClock:
    """A manual clock whose time lives in a file, so several processes share one clock.

    Simulations with worker processes (the chaos benchmark) move it in one process and
    read it in all: time stands still while the work of an instant is done, then jumps.
    """

    def __init__(self, path: str | os.PathLike[str], start: float | datetime | None = None):
        self.path = os.fspath(path)
        flags = os.O_RDWR | (os.O_CREAT if start is not None else 0)
        self._fd = os.open(self.path, flags, 0o600)
        if start is not None:
            self.set(start)

    def now(self) -> float:
        # one 8-byte pread/pwrite: never torn on a local file system
        return float(struct.unpack("<d", os.pread(self._fd, 8, 0))[0])

    def set(self, when: float | datetime) -> None:
        value = when.timestamp() if isinstance(when, datetime) else float(when)
        os.pwrite(self._fd, struct.pack("<d", value), 0)

    def advance(self, seconds: float) -> float:
        value = self.now() + seconds
        self.set(value)
        return value

    def close(self) -> None:
        os.close(self._fd)
