"""American prices: what they imply, the book's margin removed, expected value and profit.

One devigging method everywhere (the pipeline, the evaluation, the exports): the
**multiplicative** (proportional) method. A book's over and under prices imply
probabilities that add up to more than 1 (the excess is its margin); each is divided by
their sum, ``fair_over = q_over / (q_over + q_under)``. At -110/-110 both sides imply
0.5238 and the fair over is 0.5; at -150/+130 the implied 0.6 and 0.4348 become 0.5798
and 0.4202. It leaves the favourite/longshot split as the book quoted it, which on
player-points lines (prices mostly between -140 and +120) differs from the power or
Shin methods by well under a point of probability.

Every function takes floats or numpy arrays; a missing price (None, NaN, or inside
-100..+100, which no book quotes) gives NaN.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike


def _prices(american: ArrayLike | None) -> np.ndarray:
    if american is None:
        return np.array(np.nan)
    odds = np.asarray(american, dtype=float)
    return np.where(np.abs(odds) < 100.0, np.nan, odds)


def decimal_odds(american: ArrayLike | None) -> np.ndarray:
    """What one unit returns with the stake on a win: -110 → 1.909, +150 → 2.5."""
    odds = _prices(american)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(odds < 0, 1.0 + 100.0 / -odds, 1.0 + odds / 100.0)


def implied_probability(american: ArrayLike | None) -> np.ndarray:
    """The probability a price implies, margin included: -110 → 0.5238, +150 → 0.4."""
    return 1.0 / decimal_odds(american)


def fair_over(over: ArrayLike | None, under: ArrayLike | None) -> np.ndarray:
    """The over's probability with the margin removed (multiplicative); NaN without both."""
    q_over, q_under = implied_probability(over), implied_probability(under)
    return q_over / (q_over + q_under)


def margin(over: ArrayLike | None, under: ArrayLike | None) -> np.ndarray:
    """The book's margin on a pair of prices: -110/-110 → 0.0476."""
    return implied_probability(over) + implied_probability(under) - 1.0


def expected_value(
    p_win: ArrayLike, american: ArrayLike | None, p_push: ArrayLike = 0.0
) -> np.ndarray:
    """Expected profit of a one-unit stake at ``american``: win pays, push returns it.

    ``p_win`` is the chance of the side winning given no push; ``p_push`` the chance of a
    push (a whole line), whose stake comes back.
    """
    p = np.asarray(p_win, dtype=float)
    decided = 1.0 - np.asarray(p_push, dtype=float)
    return decided * (p * (decimal_odds(american) - 1.0) - (1.0 - p))


def profits(win: ArrayLike, push: ArrayLike, american: ArrayLike | None) -> np.ndarray:
    """Profit of one unit per bet, element-wise: a win pays the price, a push returns the
    stake (0), a loss is -1; a win at a missing price is NaN."""
    payout = decimal_odds(american) - 1.0
    return np.where(push, 0.0, np.where(win, payout, -1.0))


def profit(outcome: str, american: float | int | None) -> float | None:
    """Profit of one unit staked at ``american``: WIN pays the price, LOSS -1, PUSH 0.

    >>> profit("WIN", -110), profit("WIN", 150), profit("LOSS", 150), profit("PUSH", -110)
    (0.9091, 1.5, -1.0, 0.0)
    """
    if outcome not in ("WIN", "LOSS", "PUSH"):
        return None
    value = float(profits(outcome == "WIN", outcome == "PUSH", american))
    return None if math.isnan(value) else round(value, 4)


def closing_value(
    side: str, american: float | int | None, close_over: float | None, close_under: float | None
) -> float | None:
    """Closing-line value of a pick: its expected profit at the closing fair probability.

    Positive when the price taken beats where the same line closed (vig removed): an over
    taken at +100 that closed at -130/+110 (fair over 0.5427) has CLV 0.5427 x 2 - 1 =
    +0.085.
    """
    fair = float(fair_over(close_over, close_under))
    if american is None or math.isnan(fair) or side not in ("OVER", "UNDER"):
        return None
    p_side = fair if side == "OVER" else 1.0 - fair
    value = float(expected_value(p_side, american))
    return None if math.isnan(value) else value
