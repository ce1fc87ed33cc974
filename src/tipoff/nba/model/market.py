"""The evaluation at book lines: every method on the same games, picks graded at the price.

The book-line games of the test season are split by date: the games before ``fit_before``
fit the blend of model and market (:mod:`.blend`); only the games on or after it are
scored. Without a split date the model's own blend (fitted on an earlier season) is used
and every book-line game is scored. On the scored games, one set of rows for all:

- **point forecasts**: the model's median, the blended point (median moved toward the
  line), the book line itself and the three averages: MAE and RMSE;
- **P(over) at the book line** (pushes left out): the model, the market's vig-free
  probability, the blend and a coin flip (0.5): Brier score, log loss and a reliability
  table each;
- **picks**: the side whose expected value at the best quoted price of the consensus line
  (across the books, as the pipeline shops it) is larger, taken when it beats the threshold
  and the model's own P(side) is above the market's (the pipeline's rule, so the market
  alone never picks); per threshold the
  number of picks, their hit rate, ROI per unit and its 95% interval; hit rate and ROI by
  expected-value bucket; CLV (the props files keep one quote per book and line, the last
  before tip-off, so no later quote of a pick's line exists: CLV is not measurable there);
- **by date**: MAE of the model, the book line and the best average, and the profit of
  the default threshold's picks, for the report's charts.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

import numpy as np
import pandas as pd

from tipoff.nba import prices
from tipoff.nba.model.blend import Blend
from tipoff.nba.model.distribution import PointsDistribution
from tipoff.nba.model.scores import errors, probability_scores, reliability
from tipoff.nba.pick_outcomes import EV_BUCKETS, ev_bucket, roi_interval
from tipoff.nba.prop_lines import DEFAULT_MIN_EV

THRESHOLDS = (0.0, 0.02, DEFAULT_MIN_EV, 0.05, 0.08)
BASELINES = {"season_avg": "pts_season", "last10": "pts_l10", "ewma": "pts_ewma"}


def fit_blend(
    features: pd.DataFrame,
    points: np.ndarray,
    dist: PointsDistribution,
    book: pd.DataFrame,
    fit_before: date,
) -> Blend:
    """The blend fitted on the book-line games dated before ``fit_before`` (only those)."""
    rows = market_rows(features, points, dist, book)
    early = rows[rows["game_date"] < pd.Timestamp(fit_before)]
    decided = early["points"] != early["line"]
    days = early["game_date"]
    return Blend.fit(
        early.loc[decided, "p_model"].to_numpy(),
        early.loc[decided, "p_market"].to_numpy(),
        (early.loc[decided, "points"] > early.loc[decided, "line"]).to_numpy(dtype=float),
        median=early["median"].to_numpy(),
        points=early["points"].to_numpy(),
        line=early["line"].to_numpy(),
        meta={
            "fitted_on": f"{days.min().date()}..{days.max().date()}" if len(days) else "none",
            "fit_before": fit_before.isoformat(),
        },
    )


def market_rows(
    features: pd.DataFrame, points: np.ndarray, dist: PointsDistribution, book: pd.DataFrame
) -> pd.DataFrame:
    """One row per book-line game with a market probability: every method's inputs."""
    book = book[book["book_p_over"].notna()]
    at = features.index.get_indexer(book.index)
    line = book["book_line"].to_numpy(dtype=float)
    sub = PointsDistribution(dist.mean[at], dist.var[at], dist.calibrator)
    probs = sub.line_probabilities(line)
    decided = probs["over"] + probs["under"]
    out = pd.DataFrame(
        {
            "game_date": features["game_date"].to_numpy()[at],
            "player_id": features["player_id"].to_numpy()[at],
            "points": points[at],
            "line": line,
            "median": sub.median(),
            "p_model": probs["over"] / decided,
            "p_push": probs["push"],
            "p_market": book["book_p_over"].to_numpy(dtype=float),
            "over_price": book["over_price"].to_numpy(dtype=float),
            "over_book": book["over_book"].to_numpy(dtype=object),
            "under_price": book["under_price"].to_numpy(dtype=float),
            "under_book": book["under_book"].to_numpy(dtype=object),
            "books": book["books"].to_numpy(),
            "line_spread": book["line_spread"].to_numpy(dtype=float),
        },
        index=book.index,
    )
    for name, column in BASELINES.items():
        out[name] = features[column].to_numpy(dtype=float)[at]
    out["minutes_season"] = features["minutes_season"].to_numpy(dtype=float)[at]
    return out


def _picks(rows: pd.DataFrame, p_blend: np.ndarray) -> pd.DataFrame:
    """The better side of each row by expected value at its best price, and its result."""
    ev_over = prices.expected_value(p_blend, rows["over_price"].to_numpy(), rows["p_push"])
    ev_under = prices.expected_value(1 - p_blend, rows["under_price"].to_numpy(), rows["p_push"])
    over_side = np.nan_to_num(ev_over, nan=-9) >= np.nan_to_num(ev_under, nan=-9)
    ev = np.where(over_side, ev_over, ev_under)
    price = np.where(over_side, rows["over_price"], rows["under_price"])
    points, line = rows["points"].to_numpy(), rows["line"].to_numpy()
    push = points == line
    win = np.where(over_side, points > line, points < line)
    gap = rows["p_model"].to_numpy() - rows["p_market"].to_numpy()
    leans = np.where(over_side, gap > 0, gap < 0)  # the pipeline's rule (lines.model_leans)
    return pd.DataFrame(
        {
            "game_date": rows["game_date"].to_numpy(),
            "side": np.where(over_side, "OVER", "UNDER"),
            "book": np.where(over_side, rows["over_book"], rows["under_book"]),
            "price": price,
            "ev": ev,
            "leans": leans,
            "win": win & ~push,
            "push": push,
            "profit": prices.profits(win, push, price),
        },
        index=rows.index,
    )


def _bets(picks: pd.DataFrame) -> dict[str, Any]:
    staked = len(picks)
    roi, low, high = roi_interval(
        staked, float(picks["profit"].sum()), float((picks["profit"] ** 2).sum())
    )
    decided = ~picks["push"]
    return {
        "picks": staked,
        "hit_rate": float(picks.loc[decided, "win"].mean()) if decided.any() else None,
        "profit": float(picks["profit"].sum()),
        "roi": roi,
        "roi_ci95": [low, high],
        "loss_excluded": bool(high is not None and low is not None and low > 0),
    }


def market_block(
    features: pd.DataFrame,
    points: np.ndarray,
    dist: PointsDistribution,
    book: pd.DataFrame,
    blend: Blend,
    *,
    fit_before: date | None = None,
    min_ev: float = DEFAULT_MIN_EV,
) -> dict[str, Any]:
    """Every method on the same scored book-line games (see the module docstring)."""
    rows = market_rows(features, points, dist, book)
    if fit_before is not None:
        rows = rows[rows["game_date"] >= pd.Timestamp(fit_before)]
    rows = rows[np.isfinite(rows["over_price"]) & np.isfinite(rows["under_price"])]
    if rows.empty:
        return {"rows": 0}
    pts, line = rows["points"].to_numpy(), rows["line"].to_numpy()
    p_blend = blend.p_over(rows["p_model"].to_numpy(), rows["p_market"].to_numpy())
    point = blend.point(rows["median"].to_numpy(), line)
    forecasts = {
        "model": rows["median"].to_numpy(),
        "blend": point,
        "book_line": line,
        **{name: rows[name].to_numpy() for name in BASELINES},
    }
    decided = pts != line
    over = (pts > line)[decided].astype(float)
    probabilities = {
        "model": rows["p_model"].to_numpy(),
        "market": rows["p_market"].to_numpy(),
        "blend": p_blend,
        "coin_flip": np.full(len(rows), 0.5),
    }
    picks = _picks(rows, p_blend)
    regulars = ((rows["season_avg"] >= 10.0) & (rows["minutes_season"] >= 24.0)).to_numpy()
    days = rows["game_date"]
    taken = picks[picks["leans"]]  # a pick needs the model leaning to its side
    chosen = taken[taken["ev"] > min_ev]
    return {
        "rows": len(rows),
        "decided": int(decided.sum()),
        "dates": [str(days.min().date()), str(days.max().date())],
        "fit_before": None if fit_before is None else fit_before.isoformat(),
        "blend": blend.to_json(),
        "books_mean": float(rows["books"].mean()),
        "line_spread_mean": float(rows["line_spread"].mean()),
        "point_forecasts": {name: errors(pts, f) for name, f in forecasts.items()},
        "point_forecasts_regulars": {
            name: errors(pts[regulars], f[regulars]) for name, f in forecasts.items()
        },
        "p_over": {
            name: {"rows": len(over), **probability_scores(p[decided], over)}
            for name, p in probabilities.items()
        },
        "reliability": {
            name: reliability(p[decided], over)
            for name, p in probabilities.items()
            if name != "coin_flip"
        },
        "picks": {f"{t:g}": _bets(taken[taken["ev"] > t]) for t in THRESHOLDS},
        "default_threshold": min_ev,
        "pass_share": 1.0 - len(chosen) / len(rows),
        "by_ev": [
            {"bucket": label, **_bets(picks[picks["ev"].map(ev_bucket) == label])}
            for _, label in EV_BUCKETS
        ],
        "clv": None,
        "clv_note": "one quote per book and line (the last before tip-off): no later quote",
        "by_date": _by_date(rows, forecasts, chosen),
    }


def _by_date(
    rows: pd.DataFrame, forecasts: dict[str, np.ndarray], chosen: pd.DataFrame
) -> list[dict[str, Any]]:
    out = []
    pts = rows["points"].to_numpy()
    best = min(BASELINES, key=lambda n: float(np.mean(np.abs(pts - forecasts[n]))))
    for day, at in rows.groupby("game_date").indices.items():
        bets = chosen[chosen["game_date"] == day]
        out.append(
            {
                "date": str(pd.Timestamp(cast(Any, day)).date()),
                "rows": len(at),
                "mae_model": float(np.mean(np.abs(pts[at] - forecasts["model"][at]))),
                "mae_blend": float(np.mean(np.abs(pts[at] - forecasts["blend"][at]))),
                "mae_book_line": float(np.mean(np.abs(pts[at] - forecasts["book_line"][at]))),
                f"mae_{best}": float(np.mean(np.abs(pts[at] - forecasts[best][at]))),
                "picks": len(bets),
                "profit": float(bets["profit"].sum()),
            }
        )
    return out
