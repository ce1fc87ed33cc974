"""Phase 5, predict: a coordinator fanning out one prediction job per player.

See :mod:`.processors` for the flow, :mod:`tipoff.nba.prop_lines` for the probabilities,
the decision and the confidence, and :mod:`.predictor` for the model port.
"""

from __future__ import annotations

from tipoff.nba.predict.predictor import Forecast, NormalPredictor, Predictor
from tipoff.nba.predict.processors import predict_blueprint
from tipoff.nba.predict.tables import NBA_PREDICTIONS_SCHEMA

__all__ = [
    "NBA_PREDICTIONS_SCHEMA",
    "Forecast",
    "NormalPredictor",
    "Predictor",
    "predict_blueprint",
]
