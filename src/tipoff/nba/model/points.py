"""The trained points model: a mean model, a spread model and a calibration map.

- **Mean**: gradient-boosted trees (LightGBM, squared error) predict the gap between the
  game's points and the player's exponentially weighted average (half-life 7 games); the
  mean is that average plus the prediction. Trees fit the gap far better than the raw
  points, which they would have to rebuild from many steps.
- **Spread**: a small boosted model (gamma deviance, log link) predicts the squared error
  of the mean from the mean and the player's recent variability and role.
- **Distribution**: a negative binomial with that mean and variance, its tail probabilities
  mapped through an isotonic calibration (see :mod:`.distribution`).
- **Blend**: at a book line, the model's P(over) and the market's vig-free one combined
  with weights fitted on earlier book-line games (see :mod:`.blend`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from tipoff.nba.model.blend import MARKET_ONLY, Blend
from tipoff.nba.model.distribution import MIN_MEAN, Calibrator, PointsDistribution

MODEL_NAME = "points"
MODEL_GENERATION = "v1"
# Average points of a player-game, for a player without any earlier game (never used by
# predictions, which need 3 earlier games, but keeps the arrays finite).
PRIOR_POINTS = 8.0
BASE_FEATURE = "pts_ewma"
SPREAD_FEATURES: tuple[str, ...] = (
    "pts_std_l10", "pts_season", "pts_l10", "minutes_l10", "minutes_season", "minutes_trend",
    "fg3a_l10", "fta_l10", "usage_share_l10", "starter_share_l10", "season_games",
    "total_games_available", "days_since_last_game", "missed_last_team_game",
    "teammates_out_pts",
)  # fmt: skip


def base_points(features: pd.DataFrame) -> np.ndarray:
    """The level the mean model corrects: the EWMA, else the season average, else a prior."""
    base = features[BASE_FEATURE].astype(float)
    if "pts_season" in features:
        base = base.fillna(features["pts_season"].astype(float))
    return base.fillna(PRIOR_POINTS).to_numpy()


def spread_inputs(features: pd.DataFrame, mean: np.ndarray) -> pd.DataFrame:
    frame = features[list(SPREAD_FEATURES)].astype(float).copy()
    frame.insert(0, "mean", mean)
    return frame


@dataclass
class PointsModel:
    """What ``train`` produces and ``predict`` uses; saved as one versioned folder."""

    version: str
    mean_model: Any  # lightgbm.Booster
    spread_model: Any  # lightgbm.Booster
    calibrator: Calibrator
    manifest: dict[str, Any] = field(default_factory=dict)
    blend: Blend = MARKET_ONLY  # with the market at book lines (see .blend)

    @property
    def features(self) -> list[str]:
        return list(self.manifest["features"])

    def predict_mean(self, features: pd.DataFrame) -> np.ndarray:
        """The expected points of each feature row."""
        columns = self.features
        missing = [c for c in columns if c not in features.columns]
        if missing:
            raise ValueError(f"model {self.version}: feature rows lack {', '.join(missing)}")
        gap = self.mean_model.predict(features[columns].astype(float))
        return np.maximum(base_points(features) + gap, MIN_MEAN)

    def predict_variance(self, features: pd.DataFrame, mean: np.ndarray) -> np.ndarray:
        return np.asarray(self.spread_model.predict(spread_inputs(features, mean)), dtype=float)

    def distribution(self, features: pd.DataFrame) -> PointsDistribution:
        """The calibrated points distribution of every feature row."""
        mean = self.predict_mean(features)
        return PointsDistribution(mean, self.predict_variance(features, mean), self.calibrator)
