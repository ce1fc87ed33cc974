"""The figures of a date's predictions: how their confidences are spread.

They are read from the stored prediction rows, so they live with phase 5, below both of
their readers: the exports publish the spread of the stored confidences per date
(``quality`` in the documents), and the monitor's quality checks
(:mod:`tipoff.nba.ops.prediction_quality`) judge the spread of the model's certainty.

One prediction is a player's centre line (offset 0: the book's line, or the model's own
when no book has one). The **certainty** of its likelier side, ``2 * p_side - 1`` times
the fallback multiplier (the stored ``raw_confidence * confidence_multiplier``,
:func:`certainty`), is not the stored ``confidence``: at a priced book line that is the
pick's expected value over ``FULL_EV`` (:mod:`tipoff.nba.prop_lines`). A **coin flip** is
a book line whose P(over), pushes aside, lies in 0.49-0.51; a model line sits at the
projected mean by construction, so only book lines are counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Row = Mapping[str, Any]

COIN_FLIP_LOW, COIN_FLIP_HIGH = 0.49, 0.51  # a book line's P(over) in here: a coin flip
# A sound model leaves at most about one book line in ten this close to 0.5 (a side
# probability spread of 0.08 around it); a quarter is over twice that: a model answering
# near 0.5 for everyone, as it does from empty or constant features.
COIN_FLIP_ALERT_SHARE = 0.25


def centre_lines(rows: Iterable[Row]) -> list[Row]:
    """One row per prediction: the player's centre line (offset 0)."""
    return [r for r in rows if int(r["line_offset"]) == 0]


def over_probability(row: Row) -> float | None:
    """P(over) with pushes aside (``p_over / (p_over + p_under)``); None if both are 0."""
    decided = float(row["p_over"]) + float(row["p_under"])
    return float(row["p_over"]) / decided if decided > 0 else None


def stored_confidence(row: Row) -> float:
    return float(row["confidence"])


def certainty(row: Row) -> float:
    """The model's certainty of its likelier side, fallback-scaled (see the module
    docstring): what the quality checks judge, on book and model lines alike."""
    return float(row["raw_confidence"]) * float(row["confidence_multiplier"])


def is_coin_flip(row: Row) -> bool:
    p = over_probability(row)
    # rounded first: 0.51 stored as 0.5100000000000001 is still a coin flip
    return p is not None and COIN_FLIP_LOW <= round(p, 9) <= COIN_FLIP_HIGH


@dataclass(frozen=True)
class Spread:
    """How a date's predictions are spread (see the module docstring); shares are None
    when there is nothing to share out."""

    predictions: int
    confidences: tuple[float, ...]
    fallback_confidences: tuple[float, ...]
    mean_confidence: float | None
    fallback_share: float | None
    book_lines: int
    coin_flips: int

    @property
    def coin_flip_share(self) -> float | None:
        return self.coin_flips / self.book_lines if self.book_lines else None


def spread(rows: Iterable[Row], measure: Callable[[Row], float] = stored_confidence) -> Spread:
    """The spread of a date's prediction rows (every line; the centre lines are picked),
    of the stored confidences unless another ``measure`` is given."""
    centre = centre_lines(rows)
    n = len(centre)
    confidences = tuple(measure(r) for r in centre)
    fallback = tuple(measure(r) for r in centre if r["prediction_mode"] == "fallback")
    book = [r for r in centre if r["is_book_line"]]
    return Spread(
        predictions=n,
        confidences=confidences,
        fallback_confidences=fallback,
        mean_confidence=sum(confidences) / n if n else None,
        fallback_share=len(fallback) / n if n else None,
        book_lines=len(book),
        coin_flips=sum(is_coin_flip(r) for r in book),
    )
