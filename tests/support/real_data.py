"""The real NBA data beside the repository (never copied into it), for the tests that need it.

The shared folder is ``shared/data/nba`` next to the checkout; ``TIPOFF_NBA_DATA`` points
elsewhere. A test that needs files that are absent is skipped, naming them and what it
leaves unchecked.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tipoff.nba.sources.replay import ReplaySource

REAL_DATA = Path(
    os.environ.get("TIPOFF_NBA_DATA", Path(__file__).resolve().parents[3] / "shared/data/nba")
)
# the files a replay of the 2023-24 season reads
SEASON_2023_24 = ("player_logs/player_logs_2023-24.csv", "team_logs/nba_games_2023_24.csv")


def require(*files: str, unchecked: str, data: Path = REAL_DATA) -> Path:
    """``data``, once every one of ``files`` (relative to it) is there; else a skip."""
    missing = [str(data / f) for f in files if not (data / f).exists()]
    if missing:
        pytest.skip(f"real NBA data not found ({', '.join(missing)}): {unchecked} not checked")
    return data


def real_replay(*files: str, unchecked: str, data: Path = REAL_DATA) -> ReplaySource:
    """A replay of the real 2023-24 season (and ``files`` besides), or a skip."""
    return ReplaySource(require(*SEASON_2023_24, *files, unchecked=unchecked, data=data))
