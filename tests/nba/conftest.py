"""Fixtures of the simulator tests: one league per test run, and the real seasons if present.

Building a season's box scores takes a few seconds, so the default league and its season
logs are shared by every test of the folder (the simulator caches per game, and every
query is read-only).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from tipoff.nba.sim import League

SEASON = "2025-26"
SEED = 7
# The shared data folder sits beside the repository; TIPOFF_NBA_DATA points elsewhere.
REAL_DATA = Path(
    os.environ.get("TIPOFF_NBA_DATA", Path(__file__).resolve().parents[3] / "shared/data/nba")
)
REAL_SEASONS = ("2022-23", "2023-24")


@pytest.fixture(scope="session")
def league() -> League:
    return League(season=SEASON, seed=SEED)


@pytest.fixture(scope="session")
def season_logs(league: League) -> pd.DataFrame:
    """The whole simulated season in the LeagueGameLog player layout."""
    return league.player_game_logs()


@pytest.fixture(scope="session")
def real_logs() -> dict[str, pd.DataFrame]:
    """Real player logs of recent complete seasons; skips when the shared data is absent."""
    folder = REAL_DATA / "player_logs"
    files = {s: folder / f"player_logs_{s}.csv" for s in REAL_SEASONS}
    missing = [str(f) for f in files.values() if not f.exists()]
    if missing:
        pytest.skip(f"real NBA player logs not found ({', '.join(missing)}): realism not checked")
    return {s: pd.read_csv(f, dtype={"GAME_ID": str}) for s, f in files.items()}
