"""The evaluation at book lines on made-up games: the blend sees no later quote, every
method is scored on the same rows, picks are graded at their prices, the report draws."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from tipoff.nba.model import market, scores
from tipoff.nba.model.blend import MARKET_ONLY, Blend
from tipoff.nba.model.books import LINE_COLUMNS, consensus_lines
from tipoff.nba.model.distribution import PointsDistribution
from tipoff.nba.model.report import render
from tipoff.nba.model.train import TrainingRows, _fit_blend

SPLIT = date(2024, 4, 1)


def games(n: int = 1200, seed: int = 3) -> tuple[pd.DataFrame, np.ndarray, PointsDistribution]:
    """Games from 2024-03-02 on, ~30 a day; the truth is a little above the averages."""
    rng = np.random.default_rng(seed)
    level = rng.uniform(8, 28, n)
    features = pd.DataFrame(
        {
            "game_date": pd.to_datetime("2024-03-02") + pd.to_timedelta(np.arange(n) // 30, "D"),
            "player_id": np.arange(n) % 300 + 1,
            "pts_season": level + rng.normal(0, 1.5, n),
            "pts_l10": level + rng.normal(0, 2, n),
            "pts_ewma": level + rng.normal(0, 1, n),
            "minutes_season": rng.uniform(15, 36, n),
        }
    )
    features["game_date"] = features["game_date"].astype("datetime64[ns]")
    points = rng.poisson(level).astype(float)
    return features, points, PointsDistribution(level + rng.normal(0, 1, n), 2.5 * level)


def book_for(features: pd.DataFrame, points: np.ndarray, seed: int = 4) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n = len(features)
    line = np.floor(features["pts_ewma"].to_numpy() + rng.normal(0, 1, n)) + 0.5
    p = np.clip(0.5 + 0.08 * (points - line) / 6 + rng.normal(0, 0.03, n), 0.3, 0.7)
    return pd.DataFrame(
        {
            "book_line": line,
            "book_p_over": p,
            "books": rng.integers(1, 9, n),
            "line_spread": rng.choice([0.0, 1.0], n),
            "over_price": np.where(p > 0.5, -120.0, 100.0),
            "over_book": "fanduel",
            "under_price": np.where(p > 0.5, 100.0, -120.0),
            "under_book": "draftkings",
        },
        index=features.index,
    )[list(LINE_COLUMNS)]


def test_the_blend_uses_no_quote_on_or_after_its_split_date() -> None:
    features, points, dist = games()
    book = book_for(features, points)
    first = market.fit_blend(features, points, dist, book, SPLIT)
    assert first.meta["fitted"] and first.meta["fitted_on"].endswith("2024-03-31")
    # every quote from the split on moves (lines, prices, market probability, books)
    later = (features["game_date"] >= pd.Timestamp(SPLIT)).to_numpy()
    moved = book.copy()
    moved.loc[later, "book_line"] += 7.0
    moved.loc[later, "book_p_over"] = 0.9
    moved.loc[later, ["over_price", "under_price"]] = [250.0, -400.0]
    again = market.fit_blend(features, points, dist, moved, SPLIT)
    assert again == first
    # while the scored block does see them (it is where they belong)
    scored = market.market_block(features, points, dist, moved, first, fit_before=SPLIT)
    assert scored["dates"][0] == "2024-04-01"


def test_consensus_leaves_out_quotes_from_the_commence_time_on() -> None:
    def quote(book: str, line: float, over: int, under: int, updated: str) -> dict[str, object]:
        return {
            "game_date_et": "2024-03-05", "commence_time_utc": "2024-03-06T00:10:00Z",
            "bookmaker": book, "market": "player_points", "player": "Nic Claxton",
            "line": line, "over_odds": over, "under_odds": under,
            "last_update_utc": updated, "is_main_line": 1,
        }  # fmt: skip

    before = [
        quote("a", 10.5, -110, -110, "2024-03-05T22:00:00Z"),
        quote("b", 10.5, -120, 100, "2024-03-05T23:00:00Z"),
        quote("c", 11.5, 105, -125, "2024-03-05T23:30:00Z"),
    ]
    lines = consensus_lines(pd.DataFrame(before))
    late = [
        quote("a", 14.5, -300, 250, "2024-03-06T00:10:00Z"),  # at tip-off
        quote("d", 3.5, 200, -250, "2024-03-06T01:00:00Z"),  # during the game
    ]
    assert consensus_lines(pd.DataFrame(before + late)).equals(lines)
    [row] = lines.to_dict("records")
    fair_b = (120 / 220) / (120 / 220 + 0.5)
    assert (row["book_line"], row["books"], row["line_spread"]) == (10.5, 3, 1.0)
    assert row["book_p_over"] == pytest.approx((0.5 + fair_b) / 2)
    # the best price of each side at the consensus line, and its book
    assert (row["over_price"], row["over_book"]) == (-110, "a")
    assert (row["under_price"], row["under_book"]) == (100, "b")
    # two books a point apart: the lower of the two (a line some book offers, as the
    # pipeline takes it), priced by the book offering it
    [row] = consensus_lines(pd.DataFrame([before[0], before[2]])).to_dict("records")
    assert (row["book_line"], row["over_price"], row["over_book"]) == (10.5, -110, "a")
    assert row["book_p_over"] == pytest.approx(0.5)


def test_the_training_blend_reads_only_its_calibration_season() -> None:
    features, points, dist = games(900)
    names = pd.DataFrame(
        {"player_id": features["player_id"], "player_name": "P" + features["player_id"].astype(str)}
    )
    cal = TrainingRows(features, points)

    def props(day: pd.Timestamp, shift: float) -> list[dict[str, object]]:
        rows = features[features["game_date"] == day]
        return [
            {
                "game_date_et": str(day.date()),
                "commence_time_utc": f"{day.date()}T23:00:00Z",
                "bookmaker": "a",
                "market": "player_points",
                "player": f"P{pid}",
                "line": float(np.floor(ewma)) + 0.5 + shift,
                "over_odds": -115 if pts > ewma else 105,
                "under_odds": 105 if pts > ewma else -115,
                "last_update_utc": f"{day.date()}T20:00:00Z",
                "is_main_line": 1,
            }
            for pid, ewma, pts in zip(
                rows["player_id"], rows["pts_ewma"], points[rows.index], strict=True
            )
        ]

    own = [q for day in sorted(set(features["game_date"])) for q in props(day, 0.0)]
    # a later season's quotes (dates the calibration slice does not have)
    later_days = pd.to_datetime(["2024-11-02", "2024-11-03"])
    later = [
        {**q, "game_date_et": str(d.date()), "commence_time_utc": f"{d.date()}T23:00:00Z",
         "last_update_utc": f"{d.date()}T20:00:00Z"}
        for d in later_days for q in props(features["game_date"].iloc[0], 0.0)
    ]  # fmt: skip
    first = _fit_blend(names, cal, dist, pd.DataFrame(own + later))
    assert first.meta["fitted"]
    moved = [{**q, "line": 40.5, "over_odds": 300, "under_odds": -500} for q in later]
    assert _fit_blend(names, cal, dist, pd.DataFrame(own + moved)) == first
    assert _fit_blend(names, cal, dist, None) == MARKET_ONLY


def test_every_method_is_scored_on_the_same_rows() -> None:
    features, points, dist = games()
    book = book_for(features, points)
    book.iloc[::7, book.columns.get_loc("under_price")] = np.nan  # no price: no row at all
    book.iloc[::11, book.columns.get_loc("book_p_over")] = np.nan  # no market: no row
    blend = market.fit_blend(features, points, dist, book, SPLIT)
    block = market.market_block(features, points, dist, book, blend, fit_before=SPLIT)
    later = (features["game_date"] >= pd.Timestamp(SPLIT)).to_numpy()
    expected = (
        later & book["under_price"].notna().to_numpy() & book["book_p_over"].notna().to_numpy()
    )
    assert block["rows"] == int(expected.sum())
    line = book["book_line"].to_numpy()
    assert block["decided"] == int((expected & (points != line)).sum())
    assert {s["rows"] for s in block["p_over"].values()} == {block["decided"]}
    assert set(block["p_over"]) == {"model", "market", "blend", "coin_flip"}
    assert set(block["point_forecasts"]) == {
        "model", "blend", "book_line", "season_avg", "last10", "ewma",
    }  # fmt: skip
    # the book line's MAE is the one of exactly these rows
    assert block["point_forecasts"]["book_line"]["mae"] == pytest.approx(
        np.mean(np.abs(points[expected] - line[expected]))
    )
    assert sum(r["n"] for r in block["reliability"]["market"]) == block["decided"]
    assert sum(d["rows"] for d in block["by_date"]) == block["rows"]


def test_picks_are_graded_at_their_prices() -> None:
    features, points, dist = games()
    book = book_for(features, points)
    # the market alone at these prices: the better side's EV is the price's own margin
    block = market.market_block(features, points, dist, book, MARKET_ONLY)
    bets = block["picks"]["0"]
    assert bets["picks"] < block["rows"]
    # any threshold's ROI is the profit over its picks, and a higher one picks fewer
    counts = [block["picks"][f"{t:g}"]["picks"] for t in market.THRESHOLDS]
    assert counts == sorted(counts, reverse=True)
    for b in block["picks"].values():
        if b["picks"]:
            assert b["roi"] == pytest.approx(b["profit"] / b["picks"])
    assert sum(r["picks"] for r in block["by_ev"]) == block["rows"]
    rows = market.market_rows(features, points, dist, book)
    picks = market._picks(rows, np.full(len(rows), 0.6))  # a 60% over at -120 or +100
    over = picks["side"] == "OVER"
    assert over.all()
    win = rows["points"] > rows["line"]
    expected = np.where(win, np.where(rows["over_price"] == -120, 100 / 120, 1.0), -1.0)
    assert picks["profit"].to_numpy() == pytest.approx(expected)
    assert set(picks["book"]) == {"fanduel"}


def test_the_report_is_one_page_without_anything_fetched() -> None:
    features, points, dist = games()
    book = book_for(features, points)
    block = market.market_block(features, points, dist, book, Blend(w_model=0.3))
    calibration = scores.reliability(np.linspace(0.2, 0.8, 50), np.tile([0.0, 1.0], 25))
    baselines = {"season_avg": {"mae": 5.0}, "last10": {"mae": 5.1}, "ewma": {"mae": 4.9}}
    base = {"rows": 1200, "mae": 4.8, "baselines": baselines, "mae_improvement_pct": 2.0}
    report = {
        "model": "points-v1-x", "test_seasons": ["2023-24"], "train_seasons": ["2022-23"],
        "rows_rule": "games", **base, "best_baseline": "ewma", "regulars": base,
        "season_average_line": {"calibration": calibration}, "market": block,
        "by_week": [{"week": "2024-03-04", "mae_model": 4.8, "mae_season_avg": 5.0,
                     "mae_last10": 5.1, "mae_ewma": 4.9}],
    }  # fmt: skip
    page = render(report)
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 5
    assert "<script" not in page and "<link" not in page
    assert "https://" not in page and "src=" not in page
    assert "P(over) at the book line" in page and "cumulative profit" in page
