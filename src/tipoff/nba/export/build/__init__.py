"""Rows to export documents: pure functions, each returning a validated model.

One module per kind of document, so each stays readable on its own: :mod:`.predictions`
(a date's slate: predictions, tonight, streaks), :mod:`.rates` (results and performance),
:mod:`.best_bets` and :mod:`.profiles`; :mod:`.rounding` sets the digits they all carry,
:mod:`.player_lines` groups a player's rows (one per line) around his centre line.
The builders are found here too.
"""

from __future__ import annotations

from tipoff.nba.export.build.best_bets import best_bets
from tipoff.nba.export.build.predictions import (
    completion,
    player_predictions,
    quality,
    recent_games,
    streaks,
    tonight,
)
from tipoff.nba.export.build.profiles import profiles
from tipoff.nba.export.build.rates import performance, performance_window, results

__all__ = [
    "best_bets",
    "completion",
    "performance",
    "performance_window",
    "player_predictions",
    "profiles",
    "quality",
    "recent_games",
    "results",
    "streaks",
    "tonight",
]
