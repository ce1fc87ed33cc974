"""The points distribution: probabilities at half and whole lines, and the calibration map."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipoff.nba.model.distribution import Calibrator, PointsDistribution, half_line, raw_survival

# A calibration map that bends the raw probabilities (as a fitted one does).
BENT = Calibrator(x=(0.0, 0.2, 0.5, 0.9, 1.0), y=(0.0, 0.15, 0.55, 0.93, 1.0))

means = st.floats(min_value=0.5, max_value=45.0)
ratios = st.floats(min_value=1.0, max_value=6.0)
half_lines = st.integers(min_value=0, max_value=50).map(lambda k: k + 0.5)
whole_lines = st.integers(min_value=1, max_value=50).map(float)


def dist(mean: float, ratio: float, calibrator: Calibrator = BENT) -> PointsDistribution:
    return PointsDistribution(np.array([mean]), np.array([mean * ratio]), calibrator)


@settings(max_examples=200, deadline=None)
@given(means, ratios, st.one_of(half_lines, whole_lines))
def test_over_under_push_add_up_to_one(mean: float, ratio: float, line: float) -> None:
    p = dist(mean, ratio).line_probabilities(line)
    total = p["over"] + p["under"] + p["push"]
    assert total == pytest.approx(np.ones(1), abs=1e-12)
    assert ((p["over"] >= 0) & (p["under"] >= 0) & (p["push"] >= 0)).all()


@settings(max_examples=200, deadline=None)
@given(means, ratios, half_lines)
def test_half_lines_never_push(mean: float, ratio: float, line: float) -> None:
    assert dist(mean, ratio).line_probabilities(line)["push"][0] == 0.0


@settings(max_examples=100, deadline=None)
@given(means, ratios)
def test_probabilities_move_monotonically_with_the_line(mean: float, ratio: float) -> None:
    lines = np.arange(0.5, 60.0, 0.5)
    d = PointsDistribution(np.full(len(lines), mean), np.full(len(lines), mean * ratio), BENT)
    p = d.line_probabilities(lines)
    assert (np.diff(p["over"]) <= 1e-12).all()
    assert (np.diff(p["under"]) >= -1e-12).all()


def test_whole_line_splits_the_half_lines_around_it() -> None:
    d = dist(18.0, 3.0)
    whole, above, below = (d.line_probabilities(x) for x in (18.0, 18.5, 17.5))
    assert whole["over"][0] == pytest.approx(above["over"][0])  # over 18 = 19+ = over 18.5
    assert whole["under"][0] == pytest.approx(below["under"][0])  # under 18 = 17- = under 17.5
    assert whole["push"][0] == pytest.approx(below["over"][0] - above["over"][0])
    assert whole["push"][0] > 0.02


def test_uncalibrated_matches_the_negative_binomial() -> None:
    from scipy import stats  # type: ignore[import-untyped]

    mean, var = 20.0, 60.0
    p = mean / var
    n = mean * p / (1 - p)
    d = dist(mean, var / mean, Calibrator())
    assert d.line_probabilities(20.5)["over"][0] == pytest.approx(stats.nbinom.sf(20, n, p))
    assert d.line_probabilities(20.0)["push"][0] == pytest.approx(stats.nbinom.pmf(20, n, p))
    assert d.std()[0] == pytest.approx(np.sqrt(var))
    assert d.median()[0] == stats.nbinom.median(n, p)


def test_variance_below_the_mean_is_raised_to_keep_a_distribution() -> None:
    s = raw_survival(np.array([10.0]), np.array([2.0]), np.array([11.0]))
    assert 0.0 < s[0] < 1.0


def test_median_and_quantiles_are_ordered() -> None:
    d = PointsDistribution(np.array([3.0, 12.0, 30.0]), np.array([9.0, 36.0, 90.0]), BENT)
    low, mid, high = d.quantile(0.1), d.median(), d.quantile(0.9)
    assert (low <= mid).all() and (mid <= high).all()
    assert (np.diff(mid) > 0).all()


def test_calibrator_learns_a_bent_map_and_survives_json() -> None:
    rng = np.random.default_rng(3)
    raw = rng.uniform(0, 1, 40_000)
    truth = raw**2  # the raw probabilities are too high
    outcome = (rng.uniform(0, 1, raw.size) < truth).astype(float)
    cal = Calibrator.fit(raw, outcome)
    grid = np.array([0.2, 0.5, 0.8])
    assert cal(grid) == pytest.approx(grid**2, abs=0.05)
    assert (np.diff(cal(np.linspace(0, 1, 101))) >= 0).all()
    assert cal.pairs == raw.size
    again = Calibrator.from_json(cal.to_json())
    assert again == cal


def test_half_line() -> None:
    assert list(half_line(np.array([13.8, 14.0, 0.2]))) == [13.5, 14.5, 0.5]
