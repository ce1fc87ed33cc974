"""Grading arithmetic: the outcome of a recommendation and the buckets rates are kept by.

A recommendation WINs when the points fall on its side of the line, LOSEs when they fall
on the other, and PUSHes when they land exactly on an integer line. A PASS, or a player
who did not play (the book voids the bet), is NO_ACTION. Hit rate is wins / (wins +
losses): pushes and no-action rows count for neither.

A pick made at a price is graded as a bet of one unit: its profit is the price's payout
on a win, -1 on a loss and 0 on a push (:func:`tipoff.nba.prices.profit`). ROI is the
profit over the stakes, with a 95% interval from the stakes' standard error (normal
approximation, fine from a few dozen bets). Hit rates by expected value group the picks
by the EV they were made at.

It sits below the points model and the grade phase, which both grade picks: the model's
evaluation on a held-out season and the grading of each date's predictions; the exports
read its buckets and tallies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any

from tipoff.nba.prop_lines import Side, actual_side

CONFIDENCE_BUCKETS: tuple[tuple[float, str], ...] = (
    (0.1, "0.0-0.1"),
    (0.2, "0.1-0.2"),
    (0.3, "0.2-0.3"),
    (0.5, "0.3-0.5"),
    (float("inf"), "0.5-1.0"),
)


class Outcome(StrEnum):
    """What a recommendation at one line came to."""

    WIN = "WIN"  # the points fell on the recommended side
    LOSS = "LOSS"  # they fell on the other side
    PUSH = "PUSH"  # exactly on an integer line: stake returned
    NO_ACTION = "NO_ACTION"  # a PASS, or the player did not play


def outcome(recommendation: str, line: float, points: int | None) -> tuple[Outcome, Side | None]:
    """The outcome of ``recommendation`` at ``line`` and the side the points fell on.

    >>> outcome("OVER", 20.5, 21)
    (<Outcome.WIN: 'WIN'>, <Side.OVER: 'OVER'>)
    >>> outcome("UNDER", 20.0, 20)
    (<Outcome.PUSH: 'PUSH'>, <Side.PUSH: 'PUSH'>)
    """
    if points is None:
        return Outcome.NO_ACTION, None
    side = actual_side(points, line)
    if recommendation not in (Side.OVER.value, Side.UNDER.value):
        return Outcome.NO_ACTION, side
    if side is Side.PUSH:
        return Outcome.PUSH, side
    return (Outcome.WIN if side.value == recommendation else Outcome.LOSS), side


def bucket_of(value: float, buckets: tuple[tuple[float, str], ...]) -> str:
    """The label of the first bucket whose upper bound (exclusive) is above ``value``."""
    for upper, label in buckets:
        if value < upper:
            return label
    return buckets[-1][1]


def confidence_bucket(confidence: float) -> str:
    return bucket_of(confidence, CONFIDENCE_BUCKETS)


def p_over_bucket(p_over: float) -> str:
    """Deciles of the predicted P(over): "0.5-0.6" and so on."""
    tenth = min(9, max(0, int(p_over * 10)))
    return f"{tenth / 10:.1f}-{(tenth + 1) / 10:.1f}"


EV_BUCKETS: tuple[tuple[float, str], ...] = (
    (0.0, "<0"),
    (0.03, "0-3%"),
    (0.06, "3-6%"),
    (0.10, "6-10%"),
    (float("inf"), ">=10%"),
)
Z95 = 1.959964


def ev_bucket(ev: float) -> str:
    return bucket_of(ev, EV_BUCKETS)


def roi_interval(
    staked: int, profit_sum: float, profit_sq_sum: float
) -> tuple[float | None, float | None, float | None]:
    """ROI per unit staked and its 95% interval (normal approximation); Nones without bets."""
    if staked <= 0:
        return None, None, None
    mean = profit_sum / staked
    if staked < 2:
        return mean, None, None
    var = max(profit_sq_sum / staked - mean * mean, 0.0) * staked / (staked - 1)
    half = Z95 * (var / staked) ** 0.5
    return mean, mean - half, mean + half


def offset_bucket(offset: int) -> str:
    return f"{offset:+d}" if offset else "0"


@dataclass
class Tally:
    """Counts behind the rates of one bucket (every field a count or sum, stored as is)."""

    predictions: int = 0
    wins: int = 0
    losses: int = 0
    pushes: int = 0
    no_action: int = 0
    abs_error_sum: float = 0.0
    error_count: int = 0
    p_over_sum: float = 0.0
    overs: int = 0
    decided: int = 0
    staked: int = 0
    profit_sum: float = 0.0
    profit_sq_sum: float = 0.0
    clv_sum: float = 0.0
    clv_count: int = 0

    def add(self, grade: Mapping[str, Any], *, errors: bool) -> None:
        self.predictions += 1
        o = grade["outcome"]
        if o == Outcome.WIN:
            self.wins += 1
        elif o == Outcome.LOSS:
            self.losses += 1
        elif o == Outcome.PUSH:
            self.pushes += 1
        else:
            self.no_action += 1
        if errors and grade["abs_error"] is not None:
            self.abs_error_sum += float(grade["abs_error"])
            self.error_count += 1
        profit = grade.get("profit")
        if profit is not None:
            self.staked += 1
            self.profit_sum += float(profit)
            self.profit_sq_sum += float(profit) ** 2
        if grade.get("clv") is not None:
            self.clv_sum += float(grade["clv"])
            self.clv_count += 1
        if grade["actual_side"] in (Side.OVER.value, Side.UNDER.value):
            self.decided += 1
            self.p_over_sum += float(grade["p_over"])
            self.overs += int(grade["actual_side"] == Side.OVER.value)

    def merge(self, row: Mapping[str, Any]) -> None:
        """Add a stored row's counts (a missing or null one counts 0)."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + (row.get(f.name) or 0))

    @property
    def hit_rate(self) -> float | None:
        decided = self.wins + self.losses
        return self.wins / decided if decided else None

    @property
    def roi(self) -> tuple[float | None, float | None, float | None]:
        return roi_interval(self.staked, self.profit_sum, self.profit_sq_sum)

    @property
    def clv(self) -> float | None:
        return self.clv_sum / self.clv_count if self.clv_count else None

    @property
    def mae(self) -> float | None:
        return self.abs_error_sum / self.error_count if self.error_count else None

    def counts(self) -> dict[str, Any]:
        return asdict(self)


def tally(grades: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], Tally]:
    """Daily tallies by (dimension, bucket).

    ``all`` and ``p_over`` count the book-line rows (one per player-game); ``confidence``
    and ``line_offset`` count every line; ``ev`` the picks made at a price, by the expected
    value they were made at. MAE counts each player-game once (book line).
    """
    out: dict[tuple[str, str], Tally] = {}

    def bump(key: tuple[str, str], g: Mapping[str, Any], errors: bool) -> None:
        out.setdefault(key, Tally()).add(g, errors=errors)

    for g in grades:
        center = int(g["line_offset"]) == 0
        if center:
            bump(("all", "all"), g, True)
            bump(("p_over", p_over_bucket(float(g["p_over"]))), g, False)
        if center and g.get("price") is not None and g.get("ev") is not None:
            bump(("ev", ev_bucket(float(g["ev"]))), g, False)
        bump(("confidence", str(g["confidence_bucket"])), g, center)
        bump(("line_offset", offset_bucket(int(g["line_offset"]))), g, center)
    return out
