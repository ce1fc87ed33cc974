"""Training: feature rows of past games → a :class:`~tipoff.nba.model.points.PointsModel`.

The training seasons are split in two. The last one is the *calibration slice*: the mean
model fitted on the earlier seasons picks its number of trees there (early stopping), and
its errors there, out of sample, train the spread model and the calibration map. The mean
model is then refitted on every training season with that number of trees. The test
season is never touched: :func:`train` only reads history up to the last training season.

Where prop quotes of the calibration slice are given, the blend with the market
(:mod:`.blend`) is fitted there too, on the slice's book-line games, whose model
probabilities come from the mean model fitted before the slice; without them the blend is
the market alone.
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version as version_of
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from tipoff.nba.features import FEATURE_COLUMNS, build_features, game_targets
from tipoff.nba.model.blend import MARKET_ONLY, Blend
from tipoff.nba.model.books import attach_lines, consensus_lines
from tipoff.nba.model.distribution import MIN_MEAN, Calibrator, PointsDistribution, half_line
from tipoff.nba.model.errors import ModelError
from tipoff.nba.model.points import (
    MODEL_GENERATION,
    MODEL_NAME,
    PointsModel,
    base_points,
    spread_inputs,
)

if TYPE_CHECKING:
    import lightgbm as lgb

MIN_GAMES = 3  # players with fewer earlier games need bootstrapping: no prediction
LINE_OFFSETS = (-2, -1, 0, 1, 2)
MEAN_PARAMS: dict[str, Any] = {
    "objective": "regression",
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_data_in_leaf": 1000,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "max_bin": 255,
    "seed": 20240302,
    "deterministic": True,
    "force_row_wise": True,
    "verbosity": -1,
}
MAX_TREES = 1200
EARLY_STOPPING = 60
SPREAD_PARAMS: dict[str, Any] = {
    "objective": "gamma",
    "learning_rate": 0.03,
    "num_leaves": 7,
    "min_data_in_leaf": 400,
    "feature_fraction": 0.9,
    "lambda_l2": 1.0,
    "seed": 20240302,
    "deterministic": True,
    "force_row_wise": True,
    "verbosity": -1,
}
SPREAD_TREES = 300
SPREAD_FOLDS = 2
TRAIN_STEPS = SPREAD_FOLDS + 6  # the stages train() reports as it goes
SQUARED_ERROR_FLOOR = 0.25  # gamma deviance needs positive targets


@dataclass(frozen=True)
class TrainingRows:
    """Feature rows of played games with their points."""

    features: pd.DataFrame
    points: np.ndarray


def training_rows(
    players: pd.DataFrame, teams: pd.DataFrame | None, seasons: Sequence[str]
) -> TrainingRows:
    """Feature rows of every game of ``seasons`` whose player had ``MIN_GAMES`` earlier games.

    Only history up to the last of ``seasons`` is read.
    """
    last = max(seasons)
    history = players[players["season"] <= last] if "season" in players else players
    team_history = None
    if teams is not None and not teams.empty:
        team_history = teams[teams["season"] <= last] if "season" in teams else teams
    targets = game_targets(history)
    features = build_features(history, targets, team_history)
    points = history.loc[history["played"].astype(bool), "pts"].to_numpy(dtype=float)
    keep = features["season"].isin(list(seasons)).to_numpy() & (
        features["total_games_available"].to_numpy() >= MIN_GAMES
    )
    return TrainingRows(features[keep].reset_index(drop=True), points[keep])


def _fit_mean(
    params: dict[str, Any],
    features: pd.DataFrame,
    points: np.ndarray,
    trees: int,
    valid: TrainingRows | None = None,
) -> lgb.Booster:
    import lightgbm as lgb  # imported when training: prediction processes never load it

    columns = list(FEATURE_COLUMNS)
    target = points - base_points(features)
    data = lgb.Dataset(features[columns].astype(float), target, free_raw_data=True)
    if valid is None:
        return lgb.train(params, data, num_boost_round=trees)
    vtarget = valid.points - base_points(valid.features)
    vdata = lgb.Dataset(valid.features[columns].astype(float), vtarget, reference=data)
    return lgb.train(
        {**params, "metric": "l2"},
        data,
        num_boost_round=trees,
        valid_sets=[vdata],
        callbacks=[lgb.early_stopping(EARLY_STOPPING, verbose=False)],
    )


def _fit_spread(
    params: dict[str, Any], features: pd.DataFrame, mean: np.ndarray, points: np.ndarray, trees: int
) -> lgb.Booster:
    import lightgbm as lgb

    squared = np.maximum((points - mean) ** 2, SQUARED_ERROR_FLOOR)
    data = lgb.Dataset(spread_inputs(features, mean), squared)
    return lgb.train(params, data, num_boost_round=trees)


def baseline_line(features: pd.DataFrame) -> np.ndarray:
    """The line used where no book posts one: the season average (else the EWMA) as x.5."""
    average = features["pts_season"].astype(float).fillna(features["pts_ewma"].astype(float))
    return half_line(average.fillna(0.0).to_numpy())


def _calibration_pairs(
    features: pd.DataFrame, mean: np.ndarray, var: np.ndarray, points: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(raw P(X >= k), X >= k) at the thresholds of the baseline line and the 4 around it."""
    raw = PointsDistribution(mean, var)
    centre = np.ceil(baseline_line(features))
    probabilities, outcomes = [], []
    for offset in LINE_OFFSETS:
        k = np.maximum(centre + offset, 1.0)
        probabilities.append(raw.survival(k))
        outcomes.append((points >= k).astype(float))
    return np.concatenate(probabilities), np.concatenate(outcomes)


def _fold(player_ids: pd.Series, folds: int) -> np.ndarray:
    return (player_ids.to_numpy(dtype=np.int64) % folds).astype(int)


def _version(span: str, parts: Sequence[str]) -> str:
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:10]
    return f"{MODEL_NAME}-{MODEL_GENERATION}-{span}-{digest}"


def season_span(seasons: Sequence[str]) -> str:
    ordered = sorted(seasons)
    return ordered[0] if len(ordered) == 1 else f"{ordered[0]}-to-{ordered[-1]}"


def _slices(rows: TrainingRows, seasons: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Boolean masks of the fitting rows and the calibration slice."""
    ordered = sorted(seasons)
    season = rows.features["season"].to_numpy()
    if len(ordered) >= 2:
        calibration = season == ordered[-1]
    else:
        # One season only: its last quarter of dates is the calibration slice.
        dates = rows.features["game_date"]
        calibration = (dates >= dates.quantile(0.75)).to_numpy()
    return ~calibration, calibration


def train(
    players: pd.DataFrame,
    teams: pd.DataFrame | None,
    seasons: Sequence[str],
    *,
    max_trees: int = MAX_TREES,
    spread_trees: int = SPREAD_TREES,
    threads: int = 0,
    props: pd.DataFrame | None = None,
    step: Callable[[str], None] | None = None,
) -> PointsModel:
    """Train the points model on the games of ``seasons`` (history frames with ``season``).

    ``max_trees`` bounds the mean model (early stopping usually ends it sooner) and
    ``spread_trees`` sets the spread model's size; smaller values train faster and worse.
    ``threads`` is LightGBM's thread count (0: one per core); small data sets train faster
    on one thread, where coordinating threads costs more than it saves. ``props``: quotes
    in the props-file layout (:mod:`.books`); those of the calibration slice fit the blend.
    ``step`` hears of each of its ``TRAIN_STEPS`` stages as it ends (a progress bar).
    """
    done = step or (lambda _label: None)
    mean_params = {**MEAN_PARAMS, "num_threads": threads}
    spread_params = {**SPREAD_PARAMS, "num_threads": threads}
    if not seasons:
        raise ModelError("no training season")
    rows = training_rows(players, teams, seasons)
    fit_mask, cal_mask = _slices(rows, seasons)
    done(f"{len(rows.points)} feature rows")
    if fit_mask.sum() < 1000 or cal_mask.sum() < 500:
        raise ModelError(
            f"seasons {', '.join(seasons)}: too few games to train on "
            f"({int(fit_mask.sum())} fitting, {int(cal_mask.sum())} calibration rows)"
        )
    fit = TrainingRows(rows.features[fit_mask], rows.points[fit_mask])
    cal = TrainingRows(rows.features[cal_mask].reset_index(drop=True), rows.points[cal_mask])

    first = _fit_mean(mean_params, fit.features, fit.points, max_trees, valid=cal)
    trees = max(int(first.best_iteration or max_trees), 1)
    done(f"mean model: {trees} trees")
    gap = first.predict(cal.features[list(FEATURE_COLUMNS)].astype(float), num_iteration=trees)
    cal_mean = np.maximum(base_points(cal.features) + gap, MIN_MEAN)
    # Spread: cross-fitted on the calibration slice, so the calibration map sees variances
    # predicted out of sample; then refitted on the whole slice.
    folds = _fold(cal.features["player_id"], SPREAD_FOLDS)
    cal_var = np.zeros(len(cal.points))
    for k in range(SPREAD_FOLDS):
        inside, outside = folds != k, folds == k
        booster = _fit_spread(
            spread_params, cal.features[inside], cal_mean[inside], cal.points[inside], spread_trees
        )
        cal_var[outside] = booster.predict(spread_inputs(cal.features[outside], cal_mean[outside]))
        done(f"spread fold {k + 1}/{SPREAD_FOLDS}")
    spread = _fit_spread(spread_params, cal.features, cal_mean, cal.points, spread_trees)
    done("spread model")
    probability, outcome = _calibration_pairs(cal.features, cal_mean, cal_var, cal.points)
    calibrator = Calibrator.fit(probability, outcome)
    done("calibration")

    mean_model = _fit_mean(mean_params, rows.features, rows.points, trees)
    done("mean model refitted on every row")
    raw = PointsDistribution(cal_mean, cal_var)
    calibrated = PointsDistribution(cal_mean, cal_var, calibrator)
    blend = _fit_blend(players, cal, calibrated, props)
    done("market blend")
    validation = {
        "rows": len(cal.points),
        "mae_mean": float(np.mean(np.abs(cal.points - cal_mean))),
        "mae_median": float(np.mean(np.abs(cal.points - calibrated.median()))),
        "mae_ewma": float(np.mean(np.abs(cal.points - base_points(cal.features)))),
        "log_score_raw": float(-np.mean(np.log(np.maximum(_pmf(raw, cal.points), 1e-12)))),
    }
    span = season_span(seasons)
    mean_text = mean_model.model_to_string()
    spread_text = spread.model_to_string()
    calibrator_json = json.dumps(calibrator.to_json(), sort_keys=True)
    blend_json = json.dumps(blend.to_json(), sort_keys=True)
    dates = rows.features["game_date"]
    manifest = {
        "name": MODEL_NAME,
        "generation": MODEL_GENERATION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "train_seasons": sorted(seasons),
        "train_span": span,
        "train_dates": [str(dates.min().date()), str(dates.max().date())],
        "calibration_slice": sorted(set(cal.features["season"])),
        "rows": {
            "total": len(rows.points),
            "fit": int(fit_mask.sum()),
            "calibration": len(cal.points),
        },
        "features": list(FEATURE_COLUMNS),
        "min_games": MIN_GAMES,
        "mean_model": {"library": "lightgbm", "trees": trees, "params": MEAN_PARAMS,
                       "target": "points - pts_ewma"},
        "spread_model": {"library": "lightgbm", "trees": spread_trees, "params": SPREAD_PARAMS,
                         "target": "squared error of the mean"},
        "distribution": "negative_binomial",
        "calibration": {"method": "isotonic", "pairs": calibrator.pairs,
                        "line_offsets": list(LINE_OFFSETS)},
        "validation_metrics": validation,
        "blend": blend.to_json(),
        "versions": {"lightgbm": version_of("lightgbm"), "python": platform.python_version()},
    }  # fmt: skip
    version = _version(span, [mean_text, spread_text, calibrator_json, blend_json])
    manifest["version"] = version
    return PointsModel(version, mean_model, spread, calibrator, manifest, blend)


def _fit_blend(
    players: pd.DataFrame,
    cal: TrainingRows,
    dist: PointsDistribution,
    props: pd.DataFrame | None,
) -> Blend:
    """The blend fitted on the calibration slice's book-line games (the market alone
    without any)."""
    if props is None or props.empty or "player_name" not in players:
        return MARKET_ONLY
    lines = consensus_lines(props)
    book = attach_lines(cal.features, players[["player_id", "player_name"]], lines)
    book = book[book["book_p_over"].notna()]
    if book.empty:
        return MARKET_ONLY
    at = cal.features.index.get_indexer(book.index)
    line = book["book_line"].to_numpy(dtype=float)
    points = cal.points[at]
    sub = PointsDistribution(dist.mean[at], dist.var[at], dist.calibrator)
    probs = sub.line_probabilities(line)
    p_model = probs["over"] / (probs["over"] + probs["under"])
    decided = points != line
    days = book["game_date"]
    return Blend.fit(
        p_model[decided],
        book["book_p_over"].to_numpy(dtype=float)[decided],
        (points > line)[decided].astype(float),
        median=sub.median(),
        points=points,
        line=line,
        meta={"fitted_on": f"{days.min().date()}..{days.max().date()} (calibration slice)"},
    )


def _pmf(dist: PointsDistribution, points: np.ndarray) -> np.ndarray:
    return dist.survival(points) - dist.survival(points + 1)
