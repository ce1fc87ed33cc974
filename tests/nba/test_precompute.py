"""Phase 4 on the hand-made date D (see test_analytics_fixtures): history is G1 only.

Team 2 hosts team 3 on D. Before D, team 2 played G1 (scoring 25, allowing 32 on 24.3
possessions); team 3 never played. Player 21 scored 18 in G1: twos 3/6, threes 3/6, free
throws 3/4.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from test_analytics_fixtures import (
    D0,
    G2,
    SQLITE_ONLY,
    D,
    load_finished_game,
    load_game_day,
    prepare,
    run,
    table_rows,
)

from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store
from tipoff.errors import ProcessorError
from tipoff.nba.analytics import tables as t
from tipoff.nba.analytics.processors import upcoming_player_game_context
from tipoff.nba.features import FEATURE_COLUMNS, build_features
from tipoff.nba.precompute.feature_store import feature_matrix, read_feature_store
from tipoff.nba.precompute.history import load_history
from tipoff.nba.precompute.processors import (
    ml_feature_store,
    player_composite_factors,
    player_daily_cache,
    player_shot_zone_analysis,
    team_defense_zone_analysis,
)

approx = pytest.approx
PHASE_4 = (
    (team_defense_zone_analysis, t.team_defense_zone_analysis),
    (player_shot_zone_analysis, t.player_shot_zone_analysis),
    (player_composite_factors, t.player_composite_factors),
    (player_daily_cache, t.player_daily_cache),
    (ml_feature_store, t.ml_feature_store),
)


@pytest.fixture
def ready(store: Store) -> Store:
    """The hand-made league with phase 3's context of D written."""
    prepare(store)
    load_finished_game(store)
    load_game_day(store)
    run(store, upcoming_player_game_context, D, mode="same_day")
    return store


@SQLITE_ONLY
def test_team_defense_zones_against_the_league(ready: Store) -> None:
    result = run(ready, team_defense_zone_analysis, D, mode="same_day")
    assert result.records == 2
    rows = {r["team_id"]: r for r in table_rows(ready, t.team_defense_zone_analysis)}
    two = rows[2]
    # team 2 allowed team 1's 8/13 twos, 3/7 threes, 7/10 free throws: 32 points
    assert (two["analysis_date"], two["games"]) == (D, 1)
    assert (two["opp_fg2a_pg"], two["opp_fg3a_pg"], two["opp_fta_pg"]) == (13, 7, 10)
    assert two["opp_fg2_pct"] == approx(8 / 13) and two["opp_fg3_pct"] == approx(3 / 7)
    assert two["opp_ft_pct"] == approx(0.7)
    assert (two["pts_allowed_pg"], two["pts2_allowed_pg"], two["pts3_allowed_pg"],
            two["ftpts_allowed_pg"]) == (32, 16, 9, 7)  # fmt: skip
    assert two["def_rating"] == approx(100 * 32 / 24.3)
    # the league before D is G1's two offences: twos 14/24, threes 6/14, FTA/FGA 15/38,
    # 57 points on 48.6 possessions
    assert two["fg2_pct_vs_league"] == approx((8 / 13) / (14 / 24))
    assert two["fg3_pct_vs_league"] == approx((3 / 7) / (6 / 14))
    assert two["fta_rate_vs_league"] == approx((10 / 20) / (15 / 38))
    assert two["def_rating_vs_league"] == approx(64 / 57)
    three = rows[3]
    assert three["games"] == 0 and three["opp_fg2_pct"] is None and three["def_rating"] is None


@SQLITE_ONLY
def test_player_shot_zones(ready: Store) -> None:
    run(ready, player_shot_zone_analysis, D, mode="same_day")
    rows = {r["player_id"]: r for r in table_rows(ready, t.player_shot_zone_analysis)}
    assert set(rows) == {21, 22, 23, 31, 32, 33}
    p = rows[21]
    assert (p["games"], p["fg2m_pg"], p["fg2a_pg"], p["fg3m_pg"], p["fg3a_pg"]) == (1, 3, 6, 3, 6)
    assert (p["fg2_pct"], p["fg3_pct"], p["ft_pct"]) == (0.5, 0.5, 0.75)
    assert p["pts2_share"] == approx(6 / 18) and p["pts3_share"] == approx(9 / 18)
    assert p["ft_share"] == approx(3 / 18)
    assert p["fg3a_rate"] == 0.5 and p["fta_rate"] == approx(4 / 12)
    assert rows[31]["games"] == 0 and rows[31]["fg2_pct"] is None


@SQLITE_ONLY
def test_composite_factors_and_daily_cache(ready: Store) -> None:
    run(ready, player_composite_factors, D, mode="same_day")
    run(ready, player_daily_cache, D, mode="same_day")
    factors = {r["player_id"]: r for r in table_rows(ready, t.player_composite_factors)}
    p = factors[21]
    assert (p["team_id"], p["opponent_team_id"], p["minutes_l5"], p["minutes_trend"]) == (
        2, 3, 120.0, 0.0,
    )  # fmt: skip
    # his usage: (12 + 0.44 x 4 + 3) of team 2's (18 + 0.44 x 5 + 4)
    assert p["usage_share_l10"] == approx(16.76 / 24.2)
    # team 2's pace is the league's (the league is G1); team 3's is unknown
    assert p["pace_adjustment"] == approx(1.0)
    # team 3 has no games: no defence or shot-mix factor, which count as 1.0
    assert p["defense_adjustment"] is None and p["shot_zone_adjustment"] is None
    assert p["composite_adjustment"] == approx(1.0)
    # team 3's players face team 2: 32 allowed per 24.3 possessions vs the league's 57/48.6
    q = factors[32]
    assert q["defense_adjustment"] == approx(64 / 57)
    cache = {r["player_id"]: r for r in table_rows(ready, t.player_daily_cache)}
    c = cache[21]
    assert (c["cache_date"], c["team_id"], c["player_name"]) == (D, 2, "Player 21")
    assert (c["total_games"], c["season_games"], c["last_game_date"]) == (1, 1, D0)
    assert (c["pts_last"], c["pts_avg_l5"], c["pts_avg_season"], c["minutes_avg_l10"]) == (
        18.0, 18.0, 18.0, 120.0,
    )  # fmt: skip
    assert c["pts_std_l10"] is None  # one game: no spread
    assert (c["recent_points"], c["recent_minutes"]) == ([18.0], [120.0])
    assert (cache[31]["total_games"], cache[31]["recent_points"]) == (0, [])


def test_feature_store_holds_exactly_the_features_packages_output(ready: Store) -> None:
    result = run(ready, ml_feature_store, D, mode="same_day")
    assert result.records == 6 and result.detail["without_history"] == 4
    rows = {r["player_id"]: r for r in table_rows(ready, t.ml_feature_store)}
    p = rows[21]
    assert (p["game_id"], p["team_id"], p["opponent_team_id"], p["is_home"]) == (G2, 2, 3, True)
    assert (p["games_found"], p["games_expected"], p["total_games_available"]) == (1, 10, 1)
    assert sorted(p["features"]) == sorted(FEATURE_COLUMNS)  # JSONB keeps no key order
    assert p["features"]["pts_l5"] == 18.0 and p["features"]["is_home"] == 1.0
    assert rows[31]["total_games_available"] == 0 and rows[31]["games_found"] == 0
    # the stored objects read back to the very frame the features package computes
    with ready.read() as conn:
        history = load_history(conn, D)
        stored = read_feature_store(conn, D)
    expected = build_features(history.players, history.targets, history.teams)
    pd.testing.assert_frame_equal(
        stored[list(FEATURE_COLUMNS)],
        expected[list(FEATURE_COLUMNS)].astype(float).reset_index(drop=True),
    )
    assert stored["feature_quality_score"].tolist() == expected["feature_quality_score"].tolist()
    assert all(0 <= q <= 100 for q in stored["feature_quality_score"])
    # missing values are JSON null, read back as NaN
    assert rows[31]["features"]["pts_l5"] is None
    assert math.isnan(feature_matrix([rows[31]["features"]])["pts_l5"][0])


def test_reruns_change_nothing(ready: Store) -> None:
    clock = ManualClock(1_800_000_000.0)
    for fn, _table in PHASE_4:
        run(ready, fn, D, mode="same_day", clock=clock)
    first = {table.name: table_rows(ready, table) for _fn, table in PHASE_4}
    assert all(first.values())
    clock.advance(86_400)
    for fn, _table in PHASE_4:
        run(ready, fn, D, mode="same_day", clock=clock)
    assert {table.name: table_rows(ready, table) for _fn, table in PHASE_4} == first


@SQLITE_ONLY
def test_a_game_day_without_phase_3_context_is_an_error_not_zero_rows(store: Store) -> None:
    prepare(store)
    load_game_day(store)
    with pytest.raises(ProcessorError, match="no upcoming_player_game_context rows"):
        run(store, ml_feature_store, D, mode="same_day")
    # a date without games simply has nothing to compute
    result = run(store, ml_feature_store, date(2025, 11, 12), mode="same_day")
    assert result.records == 0
