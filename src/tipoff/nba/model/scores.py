"""The scores every evaluation block uses: point errors, probability scores, reliability.

One copy for the held-out season's blocks (:mod:`.evaluate`) and the book-line block
(:mod:`.market`), so the two report the same figure the same way.
"""

from __future__ import annotations

from typing import Any

import numpy as np

PROBABILITY_BUCKETS = 10
_EPS = 1e-6  # probabilities clipped this far from 0 and 1, so the log loss stays finite


def errors(points: np.ndarray, forecast: np.ndarray) -> dict[str, float]:
    """MAE and RMSE of a point forecast."""
    gap = points - forecast
    return {"mae": float(np.mean(np.abs(gap))), "rmse": float(np.sqrt(np.mean(gap**2)))}


def probability_scores(p_over: np.ndarray, over: np.ndarray) -> dict[str, float]:
    """Brier score and log loss of P(over) against the 0/1 outcomes."""
    p = np.clip(p_over, _EPS, 1 - _EPS)
    return {
        "brier": float(np.mean((p_over - over) ** 2)),
        "log_loss": float(-np.mean(over * np.log(p) + (1 - over) * np.log(1 - p))),
    }


def reliability(
    p_over: np.ndarray, over: np.ndarray, buckets: int = PROBABILITY_BUCKETS
) -> list[dict[str, Any]]:
    """Predicted against observed over rate in buckets of width 1/``buckets`` (empty
    buckets left out)."""
    bucket = np.clip((p_over * buckets).astype(int), 0, buckets - 1)
    table = []
    for b in range(buckets):
        inside = bucket == b
        n = int(inside.sum())
        if n == 0:
            continue
        mean_pred, observed = float(p_over[inside].mean()), float(over[inside].mean())
        table.append(
            {
                "bucket": f"{b / buckets:.1f}-{(b + 1) / buckets:.1f}",
                "n": n,
                "mean_pred": round(mean_pred, 4),
                "observed": round(observed, 4),
                "gap": round(observed - mean_pred, 4),
            }
        )
    return table
