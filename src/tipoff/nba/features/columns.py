"""The column sets the feature functions read and write, and their checks.

The history frames use the raw tables' names (``raw_player_boxscores`` and
``raw_team_boxscores``), so a frame read from the database and one adapted from the season
CSV files go through the same code. ``season`` is optional in every input frame: when it
is absent it is derived from the date (``tipoff.nba.season.season_of``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from tipoff.nba.raw_tables import BOX_STATS
from tipoff.nba.season import seasons_of

# One row per player per game; ``played`` False rows (DNPs) are ignored by the features.
PLAYER_HISTORY_COLUMNS: tuple[str, ...] = (
    "game_id", "game_date", "player_id", "team_id", "opponent_team_id", "is_home",
    "starter", "played", "minutes", *BOX_STATS,
)  # fmt: skip

# One row per team per game; ``minutes`` is player-minutes (240 in regulation).
TEAM_HISTORY_COLUMNS: tuple[str, ...] = (
    "game_id", "game_date", "team_id", "opponent_team_id", "is_home", "minutes", *BOX_STATS,
)  # fmt: skip

# One row per (player, date) to compute features for.
TARGET_COLUMNS: tuple[str, ...] = (
    "player_id", "team_id", "opponent_team_id", "is_home", "game_date",
)  # fmt: skip


def require_columns(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    """ValueError naming the frame and every missing column."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{what}: missing column(s) {', '.join(missing)}")


def normalise_dates(values: pd.Series) -> pd.Series:
    """Dates (strings, ``date`` objects or datetimes) as midnight ``datetime64[ns]``."""
    return pd.to_datetime(values).dt.normalize().astype("datetime64[ns]")


def with_season(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with ``game_date`` normalised and a ``season`` column (kept if present)."""
    out = frame.copy()
    out["game_date"] = normalise_dates(out["game_date"])
    if "season" not in out.columns:
        out["season"] = seasons_of(out["game_date"])
    else:
        out["season"] = out["season"].astype(str).astype(object)
    return out


def as_bool(values: pd.Series) -> np.ndarray:
    """A 0/1 or boolean column as a numpy bool array (missing counts as False)."""
    return np.asarray(values.fillna(False).astype(bool), dtype=bool)
