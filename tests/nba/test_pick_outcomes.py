"""Grading outcomes at integer and half lines, and the tallies behind the hit rates."""

from __future__ import annotations

import pytest

from tipoff.nba.pick_outcomes import Outcome, confidence_bucket, ev_bucket, outcome, tally
from tipoff.nba.prop_lines import Side


@pytest.mark.parametrize(
    ("recommendation", "line", "points", "expected", "side"),
    [
        ("OVER", 20.5, 21, Outcome.WIN, Side.OVER),  # hand-checked: 21 > 20.5
        ("UNDER", 20.5, 21, Outcome.LOSS, Side.OVER),
        ("UNDER", 20.5, 20, Outcome.WIN, Side.UNDER),
        ("OVER", 20.0, 20, Outcome.PUSH, Side.PUSH),  # exactly on an integer line
        ("UNDER", 20.0, 20, Outcome.PUSH, Side.PUSH),
        ("OVER", 20.0, 21, Outcome.WIN, Side.OVER),
        ("UNDER", 20.0, 19, Outcome.WIN, Side.UNDER),
        ("OVER", 20.0, 19, Outcome.LOSS, Side.UNDER),
        ("PASS", 20.5, 30, Outcome.NO_ACTION, Side.OVER),
    ],
)
def test_outcomes_at_integer_and_half_lines(
    recommendation: str, line: float, points: int, expected: Outcome, side: Side
) -> None:
    assert outcome(recommendation, line, points) == (expected, side)


def test_a_player_who_did_not_play_is_no_action() -> None:
    assert outcome("OVER", 20.5, None) == (Outcome.NO_ACTION, None)


def test_confidence_buckets() -> None:
    assert [confidence_bucket(c) for c in (0.0, 0.09, 0.1, 0.25, 0.49, 0.5, 1.0)] == [
        "0.0-0.1", "0.0-0.1", "0.1-0.2", "0.2-0.3", "0.3-0.5", "0.5-1.0", "0.5-1.0",
    ]  # fmt: skip
    assert [ev_bucket(e) for e in (-0.2, 0.0, 0.0299, 0.03, 0.06, 0.0999, 0.1, 0.8)] == [
        "<0", "0-3%", "0-3%", "3-6%", "6-10%", "6-10%", ">=10%", ">=10%",
    ]  # fmt: skip


def _grade(
    offset: int, result: Outcome, side: str | None, error: float | None
) -> dict[str, object]:
    return {
        "line_offset": offset,
        "outcome": result.value,
        "actual_side": side,
        "abs_error": error,
        "p_over": 0.6,
        "confidence_bucket": "0.2-0.3",
    }


def test_tallies_count_hit_rate_by_offset_and_mae_once_per_player_game() -> None:
    grades = [
        _grade(0, Outcome.WIN, "OVER", 3.0),
        _grade(1, Outcome.LOSS, "UNDER", 3.0),  # same player-game, another line
        _grade(0, Outcome.LOSS, "UNDER", 5.0),
        _grade(0, Outcome.PUSH, "PUSH", 0.0),
        _grade(0, Outcome.NO_ACTION, None, None),  # did not play
    ]
    t = tally(grades)
    overall = t[("all", "all")]
    # "all" counts the centre line of each player-game; the +1 line counts under its offset
    assert (overall.wins, overall.losses, overall.pushes, overall.no_action) == (1, 1, 1, 1)
    assert overall.hit_rate == pytest.approx(1 / 2)
    assert overall.mae == pytest.approx((3.0 + 5.0 + 0.0) / 3)  # the +1 line is not recounted
    assert t[("line_offset", "+1")].losses == 1
    assert t[("confidence", "0.2-0.3")].predictions == 5
    assert t[("p_over", "0.6-0.7")].decided == 2 and t[("p_over", "0.6-0.7")].overs == 1
