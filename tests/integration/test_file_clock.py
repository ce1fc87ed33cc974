"""FileClock: one simulated clock shared by several processes (the chaos benchmark's).

The benchmark moves the clock in its own process while worker processes read it; a worker
must see each jump, and a clock opened without a start must be the one already there.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tipoff.engine.clock import FileClock

START = datetime(2025, 10, 22, 13, 0, tzinfo=UTC)
# another process: read the shared clock, then move it on by 90.5 s
OTHER = (
    "import sys; from tipoff.engine.clock import FileClock; c = FileClock(sys.argv[1]); "
    "print(repr(c.now())); c.advance(90.5); c.close()"
)


def test_a_clock_moved_in_one_process_is_the_time_in_another(tmp_path: Path) -> None:
    path = tmp_path / "clock"
    clock = FileClock(path, start=START)
    try:
        clock.set(START.timestamp() + 3600)  # a jump, after the other side was made
        other = subprocess.run(
            [sys.executable, "-c", OTHER, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        assert float(other.stdout) == START.timestamp() + 3600
        assert clock.now() == START.timestamp() + 3600 + 90.5
    finally:
        clock.close()


def test_a_clock_opened_without_a_start_must_exist(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        FileClock(tmp_path / "no-clock")
