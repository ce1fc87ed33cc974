"""Predictions for the pipeline's phase 5: a distribution, five lines, a side and a confidence.

For every feature row (one player on one date) with a line (the book's, else the baseline
line: his season average, else his EWMA, as x.5), :func:`predict` gives the mean, median
and spread of his points and P(over), P(under), P(push) at the line and at the lines 2 and
1 points below and above it.

- Players with fewer than 3 earlier games (``total_games_available``) are skipped as
  ``needs_bootstrap``: counted, never given a default line.
- ``strict`` mode predicts only from complete features (``feature_quality_score`` 100:
  a full 10-game window and the opponent's 10 games); others are skipped as
  ``incomplete_features``. ``fallback`` mode predicts them too and scales their confidence
  by 0.7.
- **Confidence**: the recommended side is the more likely of over and under; with
  ``p`` its probability given no push, ``p / (P(over) + P(under))``, the confidence is
  ``2 * (p - 0.5)``: 0 for a coin flip, 1 for a certainty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import pandas as pd

from tipoff.nba.model.points import PointsModel
from tipoff.nba.model.train import MIN_GAMES, baseline_line

LINE_OFFSETS = (-2, -1, 0, 1, 2)
FALLBACK_CONFIDENCE = 0.7
COMPLETE_QUALITY = 100.0


class PredictionMode(StrEnum):
    STRICT = "strict"  # complete features only
    FALLBACK = "fallback"  # predict with what there is, confidence scaled down


class SkipReason(StrEnum):
    NEEDS_BOOTSTRAP = "needs_bootstrap"  # fewer than 3 earlier games
    INCOMPLETE_FEATURES = "incomplete_features"  # strict mode, quality below 100


def side_and_confidence(
    over: np.ndarray, under: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The recommended side ("over"/"under"), its probability given no push, the confidence."""
    decided = np.asarray(over, dtype=float) + np.asarray(under, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p_over = np.where(decided > 0, over / decided, 0.5)
    side = np.where(p_over >= 0.5, "over", "under")
    p_side = np.maximum(p_over, 1.0 - p_over)
    return side, p_side, 2.0 * (p_side - 0.5)


@dataclass(frozen=True)
class Predictions:
    """``rows``: one per (player, line); ``skipped``: one per player left out, with why."""

    rows: pd.DataFrame
    skipped: pd.DataFrame

    def counts(self) -> dict[str, int]:
        players = int(self.rows[["player_id", "game_date"]].drop_duplicates().shape[0])
        reasons = self.skipped["reason"].value_counts().to_dict() if len(self.skipped) else {}
        return {"predicted": players, **{str(k): int(v) for k, v in reasons.items()}}


def predict(
    model: PointsModel,
    feature_rows: pd.DataFrame,
    lines: pd.Series | np.ndarray | None = None,
    *,
    mode: PredictionMode | str = PredictionMode.STRICT,
    offsets: Sequence[int] = LINE_OFFSETS,
    fallback_confidence: float = FALLBACK_CONFIDENCE,
) -> Predictions:
    """Predict every feature row at its line (``lines``, aligned; NaN: no book line)."""
    mode = PredictionMode(mode)
    rows = feature_rows.reset_index(drop=True)
    book = (
        np.full(len(rows), np.nan)
        if lines is None
        else np.asarray(pd.Series(lines).to_numpy(dtype=float), dtype=float)
    )
    if len(book) != len(rows):
        raise ValueError(f"{len(book)} lines for {len(rows)} feature rows")
    total = rows["total_games_available"].to_numpy()
    quality = rows["feature_quality_score"].to_numpy(dtype=float)
    complete = quality >= COMPLETE_QUALITY
    reason = np.where(total < MIN_GAMES, SkipReason.NEEDS_BOOTSTRAP.value, "")
    if mode is PredictionMode.STRICT:
        reason = np.where((reason == "") & ~complete, SkipReason.INCOMPLETE_FEATURES.value, reason)
    keep = reason == ""
    keys = ["player_id", "team_id", "opponent_team_id", "game_date"]
    skipped = rows.loc[~keep, keys].assign(reason=reason[~keep]).reset_index(drop=True)

    todo = rows[keep].reset_index(drop=True)
    if todo.empty:
        return Predictions(_empty_rows(), skipped)
    dist = model.distribution(todo)
    centre = np.where(np.isnan(book[keep]), baseline_line(todo), book[keep])
    source = np.where(np.isnan(book[keep]), "baseline", "book")
    scale = np.where(complete[keep], 1.0, fallback_confidence)
    median, spread = dist.median(), dist.std()
    parts = []
    for offset in offsets:
        line = np.maximum(centre + offset, 0.5)
        probs = dist.line_probabilities(line)
        side, _, confidence = side_and_confidence(probs["over"], probs["under"])
        part = todo[keys].copy()
        part["line_source"] = source
        part["book_line"] = book[keep]
        part["offset"] = offset
        part["line"] = line
        part["mean"] = dist.mean
        part["median"] = median
        part["spread"] = spread
        part["p_over"] = probs["over"]
        part["p_under"] = probs["under"]
        part["p_push"] = probs["push"]
        part["side"] = side
        part["confidence"] = confidence * scale
        part["feature_quality_score"] = todo["feature_quality_score"].to_numpy()
        part["model_version"] = model.version
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    out = out.sort_values(["game_date", "player_id", "offset"], kind="stable")
    return Predictions(out.reset_index(drop=True), skipped)


PREDICTION_COLUMNS = (
    "player_id", "team_id", "opponent_team_id", "game_date", "line_source", "book_line",
    "offset", "line", "mean", "median", "spread", "p_over", "p_under", "p_push", "side",
    "confidence", "feature_quality_score", "model_version",
)  # fmt: skip


def _empty_rows() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=float) for c in PREDICTION_COLUMNS})
