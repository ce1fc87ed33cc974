"""Feature values on tiny hand-made histories: every number here is worked out by hand."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from tipoff.nba.features import (
    EWMA_HALF_LIFE,
    FEATURE_COLUMNS,
    OUTPUT_COLUMNS,
    PLAYER_HISTORY_COLUMNS,
    build_features,
    game_targets,
    team_history_from_players,
)

A, B, C = 101, 102, 103  # team ids
STAR, MATE, TRADED = 1, 2, 3  # player ids


def row(player: int, team: int, opp: int, day: str, game: str, **stats: float) -> dict:
    base = {c: 0 for c in PLAYER_HISTORY_COLUMNS}
    base.update(
        game_id=game, game_date=day, player_id=player, team_id=team, opponent_team_id=opp,
        is_home=True, starter=True, played=True, minutes=20.0,
    )  # fmt: skip
    base.update(stats)
    return base


def games(player: int, team: int, opp: int, schedule: list[tuple[str, str]], **stats: float):
    return [row(player, team, opp, day, game, **stats) for day, game in schedule]


SCHEDULE = [("2023-11-01", "g1"), ("2023-11-03", "g2"), ("2023-11-04", "g3"), ("2023-11-07", "g4")]
STAR_POINTS = (10, 20, 30, 0)
STAR_MINUTES = (20.0, 30.0, 40.0, 10.0)


def league() -> pd.DataFrame:
    rows = []
    for (day, game), pts, minutes in zip(SCHEDULE, STAR_POINTS, STAR_MINUTES, strict=True):
        rows.append(row(STAR, A, B, day, game, pts=pts, minutes=minutes, fga=10))
        rows.append(row(9, B, A, day, game, pts=50, minutes=48.0, fga=40, is_home=False))
    # The teammate plays the first three games, then misses the fourth.
    for day, game in SCHEDULE[:3]:
        rows.append(row(MATE, A, B, day, game, pts=12, minutes=30.0, fga=10))
    return pd.DataFrame(rows)


def target(player: int, day: str, team: int = A, opp: int = B) -> pd.DataFrame:
    return pd.DataFrame(
        [{"player_id": player, "team_id": team, "opponent_team_id": opp, "is_home": True,
          "game_date": day}]
    )  # fmt: skip


def one(frame: pd.DataFrame) -> pd.Series:
    assert len(frame) == 1
    return frame.iloc[0]


def test_form_features_by_hand() -> None:
    f = one(build_features(league(), target(STAR, "2023-11-08")))
    assert f["total_games_available"] == 4
    assert f["games_found"] == 4
    assert f["games_expected"] == 10
    assert f["season_games"] == 4
    assert f["pts_l5"] == pytest.approx(15.0)
    assert f["pts_l10"] == pytest.approx(15.0)
    assert f["pts_season"] == pytest.approx(15.0)
    assert f["pts_last"] == 0
    assert f["minutes_l10"] == pytest.approx(25.0)
    assert f["pts_per_minute_l10"] == pytest.approx(60 / 100)
    assert f["pts_std_l10"] == pytest.approx(float(np.std(STAR_POINTS, ddof=1)))
    w = 0.5 ** (1 / EWMA_HALF_LIFE)
    weights = [w**3, w**2, w, 1.0]
    expected = sum(x * k for x, k in zip(STAR_POINTS, weights, strict=True)) / sum(weights)
    assert f["pts_ewma"] == pytest.approx(expected)
    # Usage: his 10 FGA of the team's 20 in three games, of 10 in the fourth.
    assert f["usage_share_l10"] == pytest.approx(40 / 70)
    assert f["days_since_last_game"] == 1
    assert f["team_days_rest"] == 0
    assert f["back_to_back"] == 1
    assert f["is_home"] == 1
    assert f["starter_share_l10"] == 1


def test_quality_score_counts_player_and_opponent_windows() -> None:
    f = one(build_features(league(), target(STAR, "2023-11-08")))
    assert f["opp_games_found"] == 4
    assert f["feature_quality_score"] == pytest.approx(70 * 4 / 10 + 30 * 4 / 10)


def test_missing_teammate() -> None:
    star = one(build_features(league(), target(STAR, "2023-11-08")))
    assert star["teammates_out_count"] == 1
    assert star["teammates_out_pts"] == pytest.approx(12.0)  # his season average
    assert star["teammates_out_minutes"] == pytest.approx(30.0)
    assert star["missed_last_team_game"] == 0
    mate = one(build_features(league(), target(MATE, "2023-11-08")))
    assert mate["teammates_out_count"] == 0  # his own absence is not a teammate's
    assert mate["missed_last_team_game"] == 1
    assert mate["team_games_missed"] == 1


def test_traded_player_is_not_missing() -> None:
    history = league()
    traded = [
        row(TRADED, A, B, "2023-11-01", "g1", pts=20),
        row(TRADED, C, B, "2023-11-02", "x1", pts=20),  # plays for his new team
        row(8, B, C, "2023-11-02", "x1", pts=20),
    ]
    history = pd.concat([history, pd.DataFrame(traded)], ignore_index=True)
    f = one(build_features(history, target(STAR, "2023-11-04")))
    # Before g3 (11-04) the team's last game is g2 (11-03): TRADED is gone, MATE played.
    assert f["teammates_out_count"] == 0
    f = one(build_features(history.query("player_id != @TRADED or team_id == @A"),
                           target(STAR, "2023-11-04")))  # fmt: skip
    assert f["teammates_out_count"] == 1  # without the trade he would be missing


def test_a_game_on_the_date_is_not_used() -> None:
    history = league()
    day = "2023-11-07"
    with_game = one(build_features(history, target(STAR, day)))
    without = one(build_features(history[history["game_date"] < day], target(STAR, day)))
    pd.testing.assert_series_equal(with_game, without)
    assert with_game["total_games_available"] == 3
    assert with_game["pts_last"] == 30


def test_season_to_date_restarts_but_history_counts() -> None:
    old = pd.DataFrame([row(STAR, A, B, "2023-04-01", "g0", pts=40, minutes=40.0, fga=10),
                        row(9, B, A, "2023-04-01", "g0", pts=50, fga=40)])  # fmt: skip
    history = pd.concat([old, league()], ignore_index=True)
    f = one(build_features(history, target(STAR, "2023-11-08")))
    assert f["total_games_available"] == 5
    assert f["season_games"] == 4
    assert f["pts_season"] == pytest.approx(15.0)
    assert f["pts_l5"] == pytest.approx((40 + 10 + 20 + 30 + 0) / 5)
    assert f["pts_career"] == pytest.approx(20.0)
    opening = one(build_features(history, target(STAR, "2023-10-30")))
    assert opening["season_games"] == 0
    assert math.isnan(opening["pts_season"])
    assert opening["pts_last"] == 40


def test_total_games_counts_the_whole_history() -> None:
    """300 earlier games, only 2 of them in the last 60 days: 300, not 2."""
    first = date(2019, 10, 25)
    rows = [
        row(STAR, A, B, str(first + timedelta(days=3 * i)), f"old{i}", pts=10) for i in range(298)
    ]
    day = date(2024, 3, 1)
    rows += [row(STAR, A, B, str(day - timedelta(days=d)), f"new{d}", pts=20) for d in (30, 10)]
    f = one(build_features(pd.DataFrame(rows), target(STAR, str(day))))
    assert f["total_games_available"] == 300
    assert f["games_found"] == 10
    assert f["season_games"] == 2
    assert f["pts_l10"] == pytest.approx((8 * 10 + 2 * 20) / 10)


def test_player_without_history() -> None:
    f = one(build_features(league(), target(77, "2023-11-08")))
    assert f["total_games_available"] == 0
    assert f["games_found"] == 0
    assert math.isnan(f["pts_l10"])
    assert f["feature_quality_score"] == pytest.approx(30 * 4 / 10)


def test_dnp_rows_are_not_games() -> None:
    history = pd.concat(
        [league(), pd.DataFrame([row(STAR, A, B, "2023-11-05", "g5", played=False, minutes=0.0)])],
        ignore_index=True,
    )
    f = one(build_features(history, target(STAR, "2023-11-08")))
    assert f["total_games_available"] == 4
    assert f["pts_l10"] == pytest.approx(15.0)


def test_output_shape_and_order() -> None:
    history = league()
    targets = game_targets(history).iloc[::-1].reset_index(drop=True)
    out = build_features(history, targets)
    assert list(out.columns) == list(OUTPUT_COLUMNS)
    assert set(FEATURE_COLUMNS) <= set(out.columns)
    assert len(out) == len(targets)
    assert (out["player_id"].to_numpy() == targets["player_id"].to_numpy()).all()
    assert (out["game_date"].dt.strftime("%Y-%m-%d").to_numpy() == targets["game_date"]).all()


def test_team_rows_give_the_same_features_as_summed_players() -> None:
    history = league()
    teams = team_history_from_players(history)
    with_teams = build_features(history, target(STAR, "2023-11-08"), teams)
    summed = build_features(history, target(STAR, "2023-11-08"))
    pd.testing.assert_frame_equal(with_teams, summed)


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match=r"player history: missing column.*pts"):
        build_features(league().drop(columns="pts"), target(STAR, "2023-11-08"))
