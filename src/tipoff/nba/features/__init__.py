"""Features of the points model: pure functions from a box-score history to one row per
(player, date), using only games before the date. See :mod:`.build` for the entry point
and :mod:`.logs` for the adapter from the season game-log files."""

from __future__ import annotations

from tipoff.nba.features.build import (
    FEATURE_COLUMNS,
    KEY_COLUMNS,
    OUTPUT_COLUMNS,
    QUALITY_COLUMNS,
    build_features,
    game_targets,
)
from tipoff.nba.features.columns import (
    PLAYER_HISTORY_COLUMNS,
    TARGET_COLUMNS,
    TEAM_HISTORY_COLUMNS,
)
from tipoff.nba.features.logs import (
    available_seasons,
    player_history_from_logs,
    read_player_logs,
    read_team_logs,
    team_history_from_logs,
    team_history_from_players,
)
from tipoff.nba.features.player import EWMA_FAST_HALF_LIFE, EWMA_HALF_LIFE, WINDOW

__all__ = [
    "EWMA_FAST_HALF_LIFE",
    "EWMA_HALF_LIFE",
    "FEATURE_COLUMNS",
    "KEY_COLUMNS",
    "OUTPUT_COLUMNS",
    "PLAYER_HISTORY_COLUMNS",
    "QUALITY_COLUMNS",
    "TARGET_COLUMNS",
    "TEAM_HISTORY_COLUMNS",
    "WINDOW",
    "available_seasons",
    "build_features",
    "game_targets",
    "player_history_from_logs",
    "read_player_logs",
    "read_team_logs",
    "team_history_from_logs",
    "team_history_from_players",
]
