"""American prices: devigging, expected value, profit and closing-line value, worked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tipoff.nba import prices


def test_implied_probabilities_of_american_prices() -> None:
    assert float(prices.implied_probability(-110)) == pytest.approx(110 / 210)  # 0.5238
    assert float(prices.implied_probability(150)) == pytest.approx(0.4)
    assert float(prices.implied_probability(-200)) == pytest.approx(2 / 3)
    assert float(prices.decimal_odds(-110)) == pytest.approx(1 + 100 / 110)
    # no price, or one inside -100..+100 that no book quotes: unknown
    assert math.isnan(float(prices.implied_probability(None)))
    assert math.isnan(float(prices.implied_probability(50)))


def test_multiplicative_devig_worked_examples() -> None:
    # -110/-110: both imply 0.5238, margin 4.76%, fair 0.5 each
    assert float(prices.fair_over(-110, -110)) == pytest.approx(0.5)
    assert float(prices.margin(-110, -110)) == pytest.approx(220 / 210 - 1)
    # -150/+130: 0.6 and 0.43478 (sum 1.03478) -> 0.57983 and 0.42017
    assert float(prices.fair_over(-150, 130)) == pytest.approx(0.6 / (0.6 + 100 / 230))
    assert float(prices.fair_over(-150, 130)) == pytest.approx(0.57983, abs=1e-5)
    # -120/+100: 0.54545 and 0.5 -> 0.52174
    assert float(prices.fair_over(-120, 100)) == pytest.approx(0.52174, abs=1e-5)
    # element-wise over arrays, NaN where a price is missing
    fair = prices.fair_over(np.array([-110.0, -150.0, np.nan]), np.array([-110.0, 130.0, -110.0]))
    assert fair[:2] == pytest.approx([0.5, 0.57983], abs=1e-5) and math.isnan(fair[2])


def test_profit_of_one_unit_at_minus_110_plus_150_and_a_push() -> None:
    assert prices.profit("WIN", -110) == pytest.approx(100 / 110, abs=1e-4)  # 0.9091
    assert prices.profit("LOSS", -110) == -1.0
    assert prices.profit("WIN", 150) == 1.5
    assert prices.profit("LOSS", 150) == -1.0
    assert prices.profit("PUSH", -110) == prices.profit("PUSH", 150) == 0.0
    assert prices.profit("NO_ACTION", -110) is None


def test_expected_value_at_the_price_counts_a_push_as_the_stake_back() -> None:
    # a fair coin at -110 loses 4.5%; at +150 a 40% side breaks even
    assert float(prices.expected_value(0.5, -110)) == pytest.approx(0.5 * 100 / 110 - 0.5)
    assert float(prices.expected_value(0.4, 150)) == pytest.approx(0.0)
    # 60% given no push at +150, 10% push: 0.9 x (0.6 x 1.5 - 0.4)
    assert float(prices.expected_value(0.6, 150, 0.1)) == pytest.approx(0.45)


def test_closing_line_value_against_the_same_line_later() -> None:
    # an over at +100 that closed -130/+110 (fair over 0.54274): worth 8.5% at the close
    fair = (130 / 230) / (130 / 230 + 100 / 210)
    assert prices.closing_value("OVER", 100, -130, 110) == pytest.approx(2 * fair - 1)
    # the under taken at -110 against the same close lost value
    assert prices.closing_value("UNDER", -110, -130, 110) == pytest.approx(
        (1 - fair) * (1 + 100 / 110) - 1
    )
    assert prices.closing_value("OVER", 100, None, 110) is None
