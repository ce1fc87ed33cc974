"""The model and the market as one probability: a logistic blend fitted on earlier games.

At a book line the books' vig-free P(over) is hard to beat (on the real 2023-24 lines it
scores Brier 0.2496 where the model alone scores 0.256), yet the model may know something
the line does not. The blend is a logistic regression of the outcome on both opinions::

    logit P(over) = bias + w_market * logit(p_market) + w_model * logit(p_model)

fitted on book-line games strictly before the ones it is applied to (the training's
calibration season, or the first weeks of a season when the lines cover only part of
it). Without such games the blend is :data:`MARKET_ONLY` (weights 1 and 0): the market's
own probability, which at the books' prices never shows a positive expected value, so
no side is recommended rather than one the market knows better. Without the market's
probability (a line quoted on one side only) there is no blend either: the model alone,
poorly calibrated at book lines, is no ground for a pick.

The point forecast is blended the same way: ``line + shrink * (median - line)``, the
shrink the one of 0, 0.05, ..., 1 with the lowest absolute error on the fitting games.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

MIN_ROWS = 200  # fewer fitting games than this: stay with the market
_CLIP = 1e-4
SHRINKS = np.round(np.arange(0.0, 1.0001, 0.05), 2)


def logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=float), _CLIP, 1.0 - _CLIP)
    return np.asarray(np.log(q / (1.0 - q)))


@dataclass(frozen=True)
class Blend:
    """Weights of the market and the model in logit space, and the point-forecast shrink."""

    w_market: float = 1.0
    w_model: float = 0.0
    bias: float = 0.0
    shrink: float = 0.0  # of the model's median away from the book line (0: the line)
    meta: dict[str, Any] = field(default_factory=dict)  # what it was fitted on

    def p_over(self, p_model: np.ndarray, p_market: np.ndarray) -> np.ndarray:
        """The blended P(over) given no push; NaN where the market is unknown."""
        model = np.asarray(p_model, dtype=float)
        market = np.asarray(p_market, dtype=float)
        z = self.bias + self.w_market * logit(market) + self.w_model * logit(model)
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def point(self, median: np.ndarray, line: np.ndarray) -> np.ndarray:
        """The point forecast: the median moved toward the book line (where there is one)."""
        median, line = np.asarray(median, dtype=float), np.asarray(line, dtype=float)
        return np.where(np.isnan(line), median, line + self.shrink * (median - line))

    @classmethod
    def fit(
        cls,
        p_model: np.ndarray,
        p_market: np.ndarray,
        over: np.ndarray,
        *,
        median: np.ndarray | None = None,
        points: np.ndarray | None = None,
        line: np.ndarray | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Blend:
        """Fit on decided book-line games (``over`` 1/0; pushes and unknown prices left out).

        ``median``, ``points`` and ``line`` (all games of the fit, pushes included) fit the
        point-forecast shrink; without them it stays 0.
        """
        from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

        model, market = np.asarray(p_model, float), np.asarray(p_market, float)
        known = ~np.isnan(model) & ~np.isnan(market)
        info = {**(meta or {}), "rows": int(known.sum())}
        shrink = 0.0
        if median is not None and points is not None and line is not None:
            errors = [np.mean(np.abs(points - (line + s * (median - line)))) for s in SHRINKS]
            shrink = float(SHRINKS[int(np.argmin(errors))])
        if known.sum() < MIN_ROWS:
            return cls(shrink=shrink, meta={**info, "fitted": False})
        x = np.column_stack([logit(market[known]), logit(model[known])])
        y = np.asarray(over, dtype=float)[known]
        fit = LogisticRegression(C=1e4, max_iter=1000).fit(x, y)
        w_market, w_model = (float(w) for w in fit.coef_[0])
        return cls(
            w_market=w_market,
            w_model=w_model,
            bias=float(fit.intercept_[0]),
            shrink=shrink,
            meta={**info, "fitted": True},
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "w_market": self.w_market,
            "w_model": self.w_model,
            "bias": self.bias,
            "shrink": self.shrink,
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Blend:
        return cls(
            w_market=float(data["w_market"]),
            w_model=float(data["w_model"]),
            bias=float(data["bias"]),
            shrink=float(data.get("shrink", 0.0)),
            meta=dict(data.get("meta", {})),
        )


MARKET_ONLY = Blend(meta={"fitted": False, "rows": 0})
