"""Evaluation on a held-out season: the model against three averages, on the same games.

Rows: every game of the test season whose player had at least 10 earlier games *in that
season* (so the season average and the last-10 average are both real averages of 10 or
more games). Baselines, all from games before the date: the season-to-date average, the
average of the last 10 games and the exponentially weighted average (half-life 7 games,
over the player's whole history: the half-life with the lowest error on 2015-16..2021-22
among 5, 7, 10, 12, 15 and 20 games, so the baseline is the best of its kind).

- ``mae`` is the error of the model's point forecast, the median of its calibrated
  distribution (the best single number under absolute error); ``rmse`` that of its mean
  (the best under squared error). Both forecasts' MAE and RMSE are under
  ``median_forecast`` and ``mean_forecast``.
- ``brier`` and ``log_loss`` score P(over) at a line: the book's consensus line where
  there is one, else the baseline line, the season average as x.5. At a whole line a push
  is left out and P(over) is taken given no push. The ``book`` block repeats every score
  on the games with a book line alone, beside the books' own error and their implied
  P(over).
- ``calibration``: P(over) in 10 buckets of width 0.1, each with its count, mean
  prediction and observed over rate; ``calibrated`` is true when every bucket with at least
  500 cases is within 3 percentage points.
- ``hit_rate_by_confidence``: the recommended side's hit rate per confidence bucket
  (confidence as in :mod:`.predict`), pushes left out.
- ``regulars``: the same on players averaging at least 10 points and 24 minutes (season to
  date, before the game).
- ``season_average_line``: P(over) scored and calibrated at the season-average line on
  every row; ``by_week``: the MAE of the model and each average per week.
- ``market``: at the book lines, the model, the averages, the book line, the market's
  vig-free probability and the blend on the same games, and the picks graded at the price
  (see :mod:`.market`).
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from tipoff.nba.features import build_features, game_targets
from tipoff.nba.model.distribution import PointsDistribution
from tipoff.nba.model.market import BASELINES, fit_blend, market_block
from tipoff.nba.model.points import PointsModel
from tipoff.nba.model.predict import side_and_confidence
from tipoff.nba.model.scores import errors, probability_scores, reliability
from tipoff.nba.model.train import baseline_line
from tipoff.nba.prop_lines import DEFAULT_MIN_EV

MIN_EARLIER_GAMES = 10
REGULAR_POINTS = 10.0
REGULAR_MINUTES = 24.0
CONFIDENCE_EDGES = (0.0, 0.1, 0.2, 0.3, 0.4, 1.0)
CALIBRATION_TOLERANCE = 0.03
CALIBRATION_MIN_CASES = 500


def evaluation_rows(
    players: pd.DataFrame, teams: pd.DataFrame | None, season: str
) -> tuple[pd.DataFrame, np.ndarray]:
    """Feature rows and points of the test season's games with 10 earlier games that season."""
    history = players[players["season"] <= season]
    team_history = teams[teams["season"] <= season] if teams is not None and len(teams) else None
    targets = game_targets(history)
    features = build_features(history, targets, team_history)
    points = history.loc[history["played"].astype(bool), "pts"].to_numpy(dtype=float)
    keep = (features["season"] == season).to_numpy() & (
        features["season_games"].to_numpy() >= MIN_EARLIER_GAMES
    )
    return features[keep].reset_index(drop=True), points[keep]


def hit_rates(confidence: np.ndarray, hit: np.ndarray) -> list[dict[str, Any]]:
    edges = CONFIDENCE_EDGES
    table = []
    for low, high in itertools.pairwise(edges):
        inside = (confidence >= low) & ((confidence < high) | (high == edges[-1]))
        n = int(inside.sum())
        table.append(
            {
                "bucket": f"{low:.1f}-{high:.1f}",
                "n": n,
                "hit_rate": round(float(hit[inside].mean()), 4) if n else None,
            }
        )
    return table


def _side_block(dist: PointsDistribution, points: np.ndarray, line: np.ndarray) -> dict[str, Any]:
    """Probability scores, calibration and hit rates at ``line`` (pushes left out)."""
    probs = dist.line_probabilities(line)
    decided = points != line
    over = (points > line)[decided].astype(float)
    p_over = (probs["over"] / (probs["over"] + probs["under"]))[decided]
    side, _, confidence = side_and_confidence(probs["over"][decided], probs["under"][decided])
    hit = ((side == "over") == (over == 1)).astype(float)
    table = reliability(p_over, over)
    big = [row for row in table if row["n"] >= CALIBRATION_MIN_CASES]
    return {
        **probability_scores(p_over, over),
        "decided": int(decided.sum()),
        "over_rate": float(over.mean()) if len(over) else None,
        "calibration": table,
        "calibrated": all(abs(row["gap"]) <= CALIBRATION_TOLERANCE for row in big),
        "hit_rate": float(hit.mean()) if len(hit) else None,
        "hit_rate_by_confidence": hit_rates(confidence, hit),
    }


def metrics_block(
    features: pd.DataFrame, points: np.ndarray, dist: PointsDistribution, line: np.ndarray
) -> dict[str, Any]:
    """Every score of one set of rows (the baselines on exactly the same rows)."""
    median, mean = dist.median(), dist.mean
    baselines = {
        name: errors(points, features[column].to_numpy(dtype=float))
        for name, column in BASELINES.items()
    }
    best = min(baselines, key=lambda name: baselines[name]["mae"])
    median_err, mean_err = errors(points, median), errors(points, mean)
    return {
        "rows": len(points),
        "mae": median_err["mae"],
        "rmse": mean_err["rmse"],
        "median_forecast": median_err,
        "mean_forecast": mean_err,
        "baselines": baselines,
        "best_baseline": best,
        "mae_improvement_pct": 100.0 * (1.0 - median_err["mae"] / baselines[best]["mae"]),
        "mean_points": float(points.mean()),
        **_side_block(dist, points, line),
    }


def book_block(
    features: pd.DataFrame, points: np.ndarray, dist: PointsDistribution, lines: pd.DataFrame
) -> dict[str, Any]:
    """Scores on the rows with a book line (``lines``: book_line, book_p_over per row)."""
    line = lines["book_line"].to_numpy(dtype=float)
    block = metrics_block(features, points, dist, line)
    decided = points != line
    over = (points > line)[decided].astype(float)
    implied = lines["book_p_over"].to_numpy(dtype=float)[decided]
    known = ~np.isnan(implied)
    block["sportsbook"] = {
        **errors(points, line),
        "implied": {"rows": int(known.sum()), **probability_scores(implied[known], over[known])},
    }
    return block


def evaluate(
    model: PointsModel,
    features: pd.DataFrame,
    points: np.ndarray,
    *,
    book_lines: pd.DataFrame | None = None,
    fit_before: date | None = None,
    min_ev: float = DEFAULT_MIN_EV,
) -> dict[str, Any]:
    """The evaluation report (one JSON-able dict) of ``model`` on these rows.

    ``book_lines`` (optional) is indexed like ``features`` (a subset), with the columns of
    :data:`~tipoff.nba.model.books.LINE_COLUMNS`. ``fit_before``: the book-line games
    before it fit the blend and only later ones are scored in the ``market`` block (see
    :mod:`.market`); without it the model's own blend is used.
    """
    if len(points) == 0:
        raise ValueError("no rows to evaluate")
    dist = model.distribution(features)
    line = baseline_line(features)
    with_book = np.zeros(len(features), dtype=bool)
    if book_lines is not None and len(book_lines):
        position = features.index.get_indexer(book_lines.index)
        with_book[position[position >= 0]] = True
        ordered = book_lines.loc[features.index[with_book]]
        line[with_book] = ordered["book_line"].to_numpy(dtype=float)
    report: dict[str, Any] = {
        "model": model.version,
        "train_seasons": model.manifest.get("train_seasons"),
        "test_seasons": sorted(set(features["season"])),
        "rows_rule": f"games of players with >= {MIN_EARLIER_GAMES} earlier games that season",
        "line_rule": "the book's consensus line where there is one, else the season-to-date "
        "average as x.5",
        "rows_with_book_line": int(with_book.sum()),
        **metrics_block(features, points, dist, line),
    }
    regular = (features["pts_season"].to_numpy(dtype=float) >= REGULAR_POINTS) & (
        features["minutes_season"].to_numpy(dtype=float) >= REGULAR_MINUTES
    )
    report["regulars"] = {
        "rule": f"season-to-date >= {REGULAR_POINTS:g} points and >= {REGULAR_MINUTES:g} minutes",
        **metrics_block(features[regular], points[regular], _subset(dist, regular), line[regular]),
    }
    report["by_week"] = by_week(features, points, dist.median())
    season_line = baseline_line(features)
    report["season_average_line"] = {
        "rule": "P(over) at the season-to-date average as x.5, every row",
        **_side_block(dist, points, season_line),
    }
    if with_book.any():
        days = features["game_date"][with_book]
        report["book"] = {
            "dates": [str(days.min().date()), str(days.max().date())],
            **book_block(features[with_book], points[with_book], _subset(dist, with_book), ordered),
        }
        blend = (
            model.blend
            if fit_before is None
            else fit_blend(features, points, dist, ordered, fit_before)
        )
        report["market"] = market_block(
            features, points, dist, ordered, blend, fit_before=fit_before, min_ev=min_ev
        )
    return report


def by_week(features: pd.DataFrame, points: np.ndarray, median: np.ndarray) -> list[dict[str, Any]]:
    """MAE of the model and each average per week (Monday start), for the report's chart."""
    days = pd.to_datetime(features["game_date"])
    weeks = (days - pd.to_timedelta(days.dt.day_of_week, unit="D")).dt.date.to_numpy()
    out = []
    for week in sorted(set(weeks)):
        at = weeks == week
        row: dict[str, Any] = {"week": str(week), "rows": int(at.sum())}
        row["mae_model"] = float(np.mean(np.abs(points[at] - median[at])))
        for name, column in BASELINES.items():
            forecast = features[column].to_numpy(dtype=float)[at]
            row[f"mae_{name}"] = float(np.mean(np.abs(points[at] - forecast)))
        out.append(row)
    return out


def _subset(dist: PointsDistribution, mask: np.ndarray) -> PointsDistribution:
    return PointsDistribution(dist.mean[mask], dist.var[mask], dist.calibrator)
