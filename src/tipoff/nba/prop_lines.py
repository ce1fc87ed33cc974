"""Lines, probabilities and decisions: the pure arithmetic of a points prop.

It sits below the points model and the predict phase, since both price lines: the
model's evaluation picks at the same minimum expected value as phase 5, and grading
names the side a result fell on.

**Picks** (:func:`pick`): at the book's own line, with its prices, the model's P(over) is
first blended with the market's vig-free one (:mod:`tipoff.nba.model.blend`); each side's
expected value per unit staked at its American price follows, and the side with the
larger one is recommended only when it beats zero by ``min_ev`` (3% of the stake by
default) **and** the model's own P(side), pushes aside, is above the market's vig-free one
(:func:`model_leans`); otherwise PASS. The second condition makes "the market alone never
recommends" exact: a model that says what the market says gives no pick at any price and
any fitted blend (the blend's bias and market weight, fitted on earlier games, can sharpen
or shade the market's own view; without the model leaning the same way, that is no pick).
Its confidence is that expected value over :data:`FULL_EV` (clipped to 0..1, times the
fallback multiplier). Lines without prices (the offsets
around the book line, the model's own line) are never picks; their confidence is the
model's certainty below.

Points are whole numbers, so a line splits the outcomes three ways: over (points above
the line), under (below) and, for an integer line, push (exactly on it; the stake comes
back). A half line (20.5) cannot push. Probabilities come from a normal distribution with
a continuity correction: P(points >= k) = 1 - Phi((k - 0.5 - mean) / spread).

The model's certainty (:func:`decide`; stored as ``raw_confidence`` before the multiplier,
and as the confidence of every line but a priced book line) is::

    p_side     = max(p_over, p_under) / (p_over + p_under)   # the side's chance, pushes aside
    confidence = (2 * p_side - 1) * multiplier               # 0 = coin flip, 1 = certain

``multiplier`` is 1 for a prediction made from complete inputs and the book's line, and the
fallback multiplier (0.7 by default) for one that strict mode would have refused. The
pipeline takes no side from it: only a priced pick recommends OVER or UNDER.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from tipoff.nba import prices

DEFAULT_LINE_OFFSETS: tuple[int, ...] = (-2, -1, 0, 1, 2)
MIN_SPREAD = 0.5  # points; a narrower distribution is a model error, not certainty
DEFAULT_MIN_EV = 0.03  # expected profit per unit a pick must beat
FULL_EV = 0.25  # an expected value this large is confidence 1


class Side(StrEnum):
    """A recommendation, or the side an actual result fell on."""

    OVER = "OVER"  # more points than the line
    UNDER = "UNDER"  # fewer points than the line
    PUSH = "PUSH"  # exactly the (integer) line: only an actual result can be a push
    PASS = "PASS"  # no recommendation


@dataclass(frozen=True)
class LineProbability:
    """P(over), P(under), P(push) of one line; they sum to 1."""

    line: float
    p_over: float
    p_under: float
    p_push: float


@dataclass(frozen=True)
class Decision:
    """The recommended side of one line and how sure the model is of it."""

    recommendation: Side
    raw_confidence: float  # before the fallback multiplier
    confidence: float


def _phi(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def is_integer_line(line: float) -> bool:
    return float(line).is_integer()


def line_probability(mean: float, spread: float, line: float) -> LineProbability:
    """P(over/under/push) of ``line`` for points ~ Normal(mean, spread), whole points."""
    if not (math.isfinite(mean) and math.isfinite(spread) and math.isfinite(line)):
        raise ValueError(f"line probability of mean={mean}, spread={spread}, line={line}")
    sd = max(float(spread), MIN_SPREAD)
    lowest_over = math.floor(line) + 1  # the fewest points that beat the line
    highest_under = math.ceil(line) - 1  # the most points that stay under it
    p_over = 1.0 - _phi((lowest_over - 0.5 - mean) / sd)
    p_under = _phi((highest_under + 0.5 - mean) / sd)
    p_push = max(0.0, 1.0 - p_over - p_under) if is_integer_line(line) else 0.0
    if not is_integer_line(line):
        # with no push the two sides share the whole mass (removes rounding residue)
        total = p_over + p_under
        p_over, p_under = p_over / total, p_under / total
    return LineProbability(float(line), p_over, p_under, p_push)


def lines_around(center: float, offsets: Sequence[int] = DEFAULT_LINE_OFFSETS) -> list[float]:
    """The lines ``center + offset`` (positive ones only), in ascending order."""
    return sorted({float(center) + float(o) for o in offsets if float(center) + float(o) > 0})


def model_line(mean: float) -> float:
    """The half-point line nearest the projected mean (used when no book has a line)."""
    return max(0.5, math.floor(mean) + 0.5)


def decide(
    p: LineProbability,
    *,
    multiplier: float = 1.0,
    has_book_line: bool = True,
    min_confidence: float = 0.0,
) -> Decision:
    """The recommended side of a line and its confidence (see the module docstring)."""
    decided = p.p_over + p.p_under
    if decided <= 0.0:
        return Decision(Side.PASS, 0.0, 0.0)
    p_side = max(p.p_over, p.p_under) / decided
    raw = max(0.0, min(1.0, 2.0 * p_side - 1.0))
    confidence = raw * multiplier
    side = Side.OVER if p.p_over >= p.p_under else Side.UNDER
    if not has_book_line or confidence < min_confidence or raw == 0.0:
        side = Side.PASS
    return Decision(side, raw, confidence)


def vig_free_over(over_price: int | None, under_price: int | None) -> float:
    """The book's over probability with its margin removed (:mod:`tipoff.nba.prices`);
    0.5 when it gave no prices."""
    fair = float(prices.fair_over(over_price, under_price))
    return 0.5 if math.isnan(fair) else fair


@dataclass(frozen=True)
class Pick:
    """The priced decision at a book line: the better side by expected value, or PASS."""

    recommendation: Side  # ``side``, or PASS when its expected value is too small
    side: Side | None  # the side with the larger expected value (None: no prices)
    p_blend: float  # blended P(over) given no push
    ev: float | None  # expected profit per unit of the better side at its price
    price: int | None  # the American price of that side
    confidence: float


def model_leans(side: Side, p_model: float, p_market: float) -> bool:
    """Whether the model's own P(side) is above the market's vig-free one: the condition
    for a pick, so the market alone (a model repeating it) never recommends a side."""
    if not (math.isfinite(p_model) and math.isfinite(p_market)):
        return False
    return p_model > p_market if side is Side.OVER else p_model < p_market


def pick(
    p: LineProbability,
    p_blend: float,
    over_price: int | None,
    under_price: int | None,
    *,
    p_model: float,
    p_market: float,
    min_ev: float = DEFAULT_MIN_EV,
    multiplier: float = 1.0,
) -> Pick:
    """The recommendation at a priced book line (see the module docstring)."""
    sides = []
    for side, p_side, price in (
        (Side.OVER, p_blend, over_price),
        (Side.UNDER, 1.0 - p_blend, under_price),
    ):
        if price is None or not math.isfinite(p_side):
            continue
        value = float(prices.expected_value(p_side, price, p.p_push))
        if math.isfinite(value):
            sides.append((value, side, int(price)))
    if not sides:
        return Pick(Side.PASS, None, p_blend, None, None, 0.0)
    value, side, price = max(sides, key=lambda s: s[0])
    confidence = max(0.0, min(1.0, value / FULL_EV)) * multiplier
    chosen = side if value > min_ev and model_leans(side, p_model, p_market) else Side.PASS
    return Pick(chosen, side, p_blend, value, price, confidence)


def edge(pick: Pick, p_market: float) -> float | None:
    """The blended chance of the pick's better side less the market's vig-free chance;
    None without a side or a market probability."""
    if pick.side is None or math.isnan(p_market):
        return None
    gap = pick.p_blend - p_market
    return gap if pick.side is Side.OVER else -gap


def actual_side(points: int, line: float) -> Side:
    """Where a result fell: 21 against 20.5 is OVER, 20 against 20 is PUSH."""
    if points > line:
        return Side.OVER
    if points < line:
        return Side.UNDER
    return Side.PUSH
