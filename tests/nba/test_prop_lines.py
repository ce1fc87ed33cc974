"""A points prop's arithmetic: the five lines, line probabilities, confidence, vig, edge."""

from __future__ import annotations

import math

import pytest

from tipoff.errors import ConfigError
from tipoff.nba import prop_lines as L
from tipoff.nba.predict.settings import predict_settings
from tipoff.nba.prices import implied_probability


def test_five_lines_around_the_book_line_by_default() -> None:
    settings = predict_settings({}, processor="predict_coordinator")
    assert settings.offsets == (-2, -1, 0, 1, 2)
    assert L.lines_around(20.5, settings.offsets) == [18.5, 19.5, 20.5, 21.5, 22.5]
    single = predict_settings({"use_multiple_lines": False}, processor="p")
    assert L.lines_around(20.5, single.offsets) == [20.5]
    assert L.lines_around(1.5, settings.offsets) == [0.5, 1.5, 2.5, 3.5]  # no line at or below 0


def test_settings_refuse_bad_values_naming_the_key() -> None:
    with pytest.raises(ConfigError, match=r"predict_coordinator: params.prediction_mode"):
        predict_settings({"prediction_mode": "lenient"}, processor="predict_coordinator")
    with pytest.raises(ConfigError, match=r"params.line_offsets: .*must include 0"):
        predict_settings({"line_offsets": [-1, 1]}, processor="predict_coordinator")
    defaults = predict_settings({}, processor="p")
    assert (defaults.prediction_mode, defaults.min_games, defaults.export_threshold) == (
        "strict",
        3,
        0.8,
    )
    assert defaults.fallback_confidence_multiplier == 0.7


def test_a_half_line_cannot_push_and_an_integer_line_can() -> None:
    half = L.line_probability(20.0, 5.0, 20.5)
    assert half.p_push == 0.0
    assert math.isclose(half.p_over + half.p_under, 1.0)
    whole = L.line_probability(20.0, 5.0, 20.0)
    assert 0.05 < whole.p_push < 0.1  # P(exactly 20) of N(20, 5), continuity-corrected
    assert math.isclose(whole.p_over + whole.p_under + whole.p_push, 1.0)
    assert math.isclose(whole.p_over, whole.p_under)  # symmetric around the mean
    # a higher line is less likely to go over
    probs = [L.line_probability(20.0, 5.0, x).p_over for x in (18.5, 19.5, 20.5, 21.5, 22.5)]
    assert probs == sorted(probs, reverse=True)


def test_confidence_is_the_side_margin_scaled_by_the_multiplier() -> None:
    p = L.LineProbability(20.5, p_over=0.7, p_under=0.3, p_push=0.0)
    d = L.decide(p)
    assert d.recommendation is L.Side.OVER
    assert math.isclose(d.confidence, 0.4) and math.isclose(d.raw_confidence, 0.4)
    fallback = L.decide(p, multiplier=0.7)
    assert math.isclose(fallback.confidence, 0.28)
    # pushes are set aside: 0.45 / (0.45 + 0.45) is a coin flip
    coin = L.decide(L.LineProbability(20.0, 0.45, 0.45, 0.10))
    assert coin.recommendation is L.Side.PASS and coin.confidence == 0.0
    no_book = L.decide(p, has_book_line=False)
    assert no_book.recommendation is L.Side.PASS and math.isclose(no_book.confidence, 0.4)
    assert L.decide(p, min_confidence=0.5).recommendation is L.Side.PASS


def test_vig_free_probability_and_edge() -> None:
    assert math.isclose(float(implied_probability(-110)), 110 / 210)
    assert math.isclose(float(implied_probability(150)), 0.4)
    assert L.vig_free_over(-110, -110) == 0.5
    assert math.isclose(L.vig_free_over(-130, 110), (130 / 230) / (130 / 230 + 100 / 210))
    assert L.vig_free_over(None, -110) == 0.5
    over = L.Pick(L.Side.OVER, L.Side.OVER, p_blend=0.6, ev=0.1, price=-110, confidence=0.4)
    assert math.isclose(L.edge(over, 0.5) or 0, 0.1)
    under = L.Pick(L.Side.PASS, L.Side.UNDER, p_blend=0.45, ev=0.01, price=-110, confidence=0.0)
    assert math.isclose(L.edge(under, 0.48) or 0, 0.55 - 0.52)
    unpriced = L.Pick(L.Side.PASS, None, p_blend=0.6, ev=None, price=None, confidence=0.0)
    assert L.edge(unpriced, 0.5) is None
    assert L.edge(over, float("nan")) is None


def test_the_trained_model_s_distribution_prices_the_lines_through_the_adapter() -> None:
    import numpy as np
    import pandas as pd

    from tipoff.nba.model.distribution import PointsDistribution
    from tipoff.nba.predict.predictor import ModelPredictor

    class Model:  # the trained model's surface: version, features, distribution(frame)
        version = "points-v1-test"
        features = ["pts_ewma"]

        def distribution(self, frame: pd.DataFrame) -> PointsDistribution:
            mean = frame["pts_ewma"].to_numpy(dtype=float)
            return PointsDistribution(mean, mean * 1.6)

    predictor = ModelPredictor(Model())
    assert (predictor.version, list(predictor.feature_names)) == ("points-v1-test", ["pts_ewma"])
    frame = pd.DataFrame({"pts_ewma": [20.0, 8.0]})
    first, second = predictor.predict(frame, [[19.5, 20.0, 20.5], [8.5]])
    assert first.mean == 20.0 and first.spread > 0
    assert [p.line for p in first.lines] == [19.5, 20.0, 20.5]
    for p in (*first.lines, *second.lines):
        assert math.isclose(p.p_over + p.p_under + p.p_push, 1.0, abs_tol=1e-9)
    assert first.lines[1].p_push > 0 and first.lines[0].p_push == 0.0
    assert first.lines[0].p_over > first.lines[2].p_over
    assert second.mean == 8.0 and np.isfinite(second.lines[0].p_over)


def test_the_market_alone_never_recommends() -> None:
    """A model that says what the market says gives no pick, whatever the prices (even a
    pair that pays on both sides) and whatever blend was fitted (its bias and market weight
    can shade the market's own view into a positive expected value)."""
    import numpy as np

    from tipoff.nba.model.blend import Blend

    blends = [Blend(w_market=1.052, w_model=0.198, bias=-0.084), Blend(1.3, 0.2, 0.25)]
    shaded = 0
    for blend in blends:
        for fair in (0.3, 0.45, 0.5, 0.55, 0.7):
            for over, under in ((-110, -110), (150, -180), (-200, 170), (105, 105)):
                p = L.LineProbability(20.5, fair, 1.0 - fair, 0.0)
                p_blend = float(blend.p_over(np.array([fair]), np.array([fair]))[0])
                got = L.pick(p, p_blend, over, under, p_model=fair, p_market=fair, min_ev=0.0)
                assert got.recommendation is L.Side.PASS
                shaded += got.ev is not None and got.ev > 0.0
    assert shaded > 10  # the rule, not the arithmetic, is what kept these from being picks


def test_a_pick_needs_the_model_leaning_to_its_side() -> None:
    import numpy as np

    from tipoff.nba.model.blend import Blend

    blend = Blend(w_market=1.0, w_model=0.5, bias=-0.4)  # a fitted lean to the under
    p = L.LineProbability(20.5, 0.6, 0.4, 0.0)
    p_blend = float(blend.p_over(np.array([0.6]), np.array([0.5]))[0])
    # the model says over (0.6 against the market's 0.5); the blend's bias makes the
    # under the better bet at +120: no pick, the model does not back it
    got = L.pick(p, p_blend, -110, 120, p_model=0.6, p_market=0.5, min_ev=0.0)
    assert got.side is L.Side.UNDER and got.ev is not None and got.ev > 0.0
    assert got.recommendation is L.Side.PASS
    # at +120 on the over the model's side is the better bet: a pick, at its price
    got = L.pick(p, float(Blend(1.0, 0.5, 0.0).p_over(np.array([0.6]), np.array([0.5]))[0]),
                 120, -140, p_model=0.6, p_market=0.5)  # fmt: skip
    assert (got.recommendation, got.price) == (L.Side.OVER, 120)
    assert L.model_leans(L.Side.UNDER, 0.4, 0.5) and not L.model_leans(L.Side.UNDER, 0.5, 0.5)
    assert not L.model_leans(L.Side.OVER, math.nan, 0.5)
