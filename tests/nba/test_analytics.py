"""Phase 3 on a hand-made date: every number below is worked out by hand from the fixtures.

G1 (D0): team 1 scores 32 on FGA 20, FTA 10, OREB 3, TOV 5 → 26.4 possessions; team 2
scores 25 on FGA 18, FTA 5, OREB 2, TOV 4 → 22.2. The game's possessions are their mean,
24.3, over 48 minutes (240 player-minutes): pace 24.3.
"""

from __future__ import annotations

from datetime import date

import pytest
import structlog
from test_analytics_fixtures import (
    D0,
    G1,
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
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics import tables as t
from tipoff.nba.analytics.processors import (
    player_game_summary,
    team_defense_game_summary,
    team_offense_game_summary,
    upcoming_player_game_context,
    upcoming_team_game_context,
)

approx = pytest.approx


@pytest.fixture
def loaded(store: Store) -> Store:
    prepare(store)
    load_finished_game(store)
    load_game_day(store)
    return store


def test_team_offense_possessions_pace_and_ratings(loaded: Store) -> None:
    result = run(loaded, team_offense_game_summary, D0, mode="backfill")
    assert result.records == 2 and result.detail["games"] == 1
    home, away = (r for r in sorted(table_rows(loaded, t.team_offense_game_summary),
                                    key=lambda r: not r["is_home"]))  # fmt: skip
    assert (home["team_id"], home["opponent_team_id"], home["game_id"]) == (1, 2, G1)
    assert home["possessions"] == approx(20 + 0.44 * 10 - 3 + 5)  # 26.4
    assert away["possessions"] == approx(18 + 0.44 * 5 - 2 + 4)  # 22.2
    assert home["game_possessions"] == away["game_possessions"] == approx(24.3)
    assert home["pace"] == away["pace"] == approx(24.3)  # 48 x 24.3 / (240 / 5)
    assert home["off_rating"] == approx(100 * 32 / 24.3)
    assert home["def_rating"] == approx(100 * 25 / 24.3) == away["off_rating"]
    assert (home["pts"], home["opp_pts"], home["win"], away["win"]) == (32, 25, True, False)
    assert (home["fg2m"], home["fg2a"], home["fg3m"], home["fg3a"]) == (8, 13, 3, 7)
    assert home["efg_pct"] == approx((11 + 0.5 * 3) / 20)
    assert home["ts_pct"] == approx(32 / (2 * (20 + 0.44 * 10)))
    assert home["tov_pct"] == approx(100 * 5 / 26.4)


@SQLITE_ONLY
def test_team_defense_what_was_allowed_and_by_whom(loaded: Store) -> None:
    run(loaded, team_defense_game_summary, D0, mode="overnight")
    rows = {r["team_id"]: r for r in table_rows(loaded, t.team_defense_game_summary)}
    one, two = rows[1], rows[2]
    assert one["pts_allowed"] == 25 and two["pts_allowed"] == 32
    assert one["def_rating"] == approx(100 * 25 / 24.3)
    assert one["opp_possessions"] == approx(22.2)
    assert (one["opp_fg2m"], one["opp_fg2a"], one["opp_fg3m"], one["opp_fg3a"]) == (6, 11, 3, 7)
    assert (one["opp_ftm"], one["opp_fta"], one["opp_tov"]) == (4, 5, 4)
    assert (one["dreb"], one["stl"], one["blk"]) == (12, 1, 3)
    assert one["opp_efg_pct"] == approx((9 + 1.5) / 18)
    # Team 1 allowed 18 to player 21 ("G-F": a guard) and 7 to 22 (no roster: unknown).
    assert (one["pts_allowed_guards"], one["pts_allowed_forwards"],
            one["pts_allowed_centers"], one["pts_allowed_unknown"]) == (18, 0, 0, 7)  # fmt: skip
    # Team 2 allowed 16 to the guard 11, 11 to the forward 12 and 5 to the center 13.
    assert (two["pts_allowed_guards"], two["pts_allowed_forwards"],
            two["pts_allowed_centers"], two["pts_allowed_unknown"]) == (16, 11, 5, 0)  # fmt: skip


@SQLITE_ONLY
def test_player_game_summary_shooting_and_usage(loaded: Store) -> None:
    result = run(loaded, player_game_summary, D0, mode="overnight")
    rows = {r["player_id"]: r for r in table_rows(loaded, t.player_game_summary)}
    assert result.records == 6 and set(rows) == {11, 12, 13, 14, 21, 22}
    p = rows[11]
    assert (p["pts"], p["fg2m"], p["fg2a"], p["position"], p["played"]) == (16, 3, 5, "G", True)
    assert p["ts_pct"] == approx(16 / (2 * (10 + 0.44 * 6)))
    assert p["efg_pct"] == approx((5 + 0.5 * 2) / 10)
    # 100 x (10 + 0.44 x 6 + 2) x (240 / 5) / (100 x (20 + 0.44 x 10 + 5))
    assert p["usage_rate"] == approx(100 * 14.64 * 48 / (100 * 29.4))
    assert rows[21]["position"] == "G-F" and rows[22]["position"] is None
    dnp = rows[14]
    assert (dnp["played"], dnp["dnp_reason"], dnp["minutes"]) == (False, "DND - Injury/Illness", 0)
    assert dnp["usage_rate"] is None and dnp["ts_pct"] is None


def test_upcoming_player_context_daily(loaded: Store) -> None:
    result = run(loaded, upcoming_player_game_context, D, mode="same_day")
    rows = {r["player_id"]: r for r in table_rows(loaded, t.upcoming_player_game_context)}
    assert set(rows) == {21, 22, 23, 31, 32, 33}
    assert result.detail["universe_mode"] == "daily" and result.detail["out"] == 1
    assert result.detail["roster_date"] == "2025-11-01" and len(result.detail["warnings"]) == 1
    p = rows[21]
    assert (p["game_id"], p["team_id"], p["opponent_team_id"], p["is_home"]) == (G2, 2, 3, True)
    # team 2 played yesterday: no rest day, a back-to-back; 21 played then too
    assert (p["rest_days"], p["back_to_back"], p["days_since_last_game"]) == (0, True, 1)
    assert p["games_played_season"] == 1
    assert (p["injury_status"], p["injury_reason"]) == ("questionable", "Ankle")
    assert (p["universe_mode"], p["roster_date"]) == ("daily", date(2025, 11, 9))
    # books' main lines 17.5 (a; not its alternate 19.5), 18.5 (b), 17.5 (c): line 17.5,
    # each side shopped across a (-110/-110) and c (-105/-115): the over at c, the under at a
    assert (p["book_line"], p["book_over_price"], p["book_under_price"]) == (17.5, -105, -110)
    assert (p["bookmaker"], p["under_bookmaker"], p["books_quoting"]) == ("c", "a", 3)
    # the market at 17.5: a's -110/-110 is 0.5 fair, c's -105/-115 is 0.4884 (multiplicative);
    # the books' main lines run 17.5..18.5 (d's quote at tip-off is not among them)
    c_fair = (105 / 205) / (105 / 205 + 115 / 215)
    assert p["book_p_over"] == pytest.approx((0.5 + c_fair) / 2)
    assert p["book_line_spread"] == 1.0
    # team 3 never played: no rest known; 31 is out, so his teammates have one out
    q = rows[32]
    assert (q["rest_days"], q["back_to_back"], q["days_since_last_game"]) == (None, None, None)
    assert (rows[32]["teammates_out"], rows[33]["teammates_out"], rows[31]["teammates_out"]) == (
        1, 1, 0,
    )  # fmt: skip
    assert rows[21]["teammates_out"] == 0
    assert q["roster_date"] == date(2025, 11, 1)
    # "PLAYER 32" was not matched in phase 2; the universe names him
    assert (q["book_line"], q["bookmaker"], q["books_quoting"]) == (9.5, "a", 1)
    assert rows[22]["book_line"] is None and rows[22]["books_quoting"] == 0


@SQLITE_ONLY
def test_upcoming_player_context_backfill_uses_only_who_played(loaded: Store) -> None:
    run(loaded, upcoming_player_game_context, D0, mode="backfill")
    rows = {r["player_id"]: r for r in table_rows(loaded, t.upcoming_player_game_context)}
    assert set(rows) == {11, 12, 13, 21, 22}
    assert {r["universe_mode"] for r in rows.values()} == {"backfill"}
    assert {r["roster_date"] for r in rows.values()} == {None}
    # nothing before D0: no rest, no games; player 14 sat out injured: one teammate out
    assert rows[11]["games_played_season"] == 0 and rows[11]["rest_days"] is None
    assert rows[11]["teammates_out"] == 1 and rows[21]["teammates_out"] == 0
    assert rows[11]["injury_status"] is None


@SQLITE_ONLY
def test_upcoming_team_context(loaded: Store) -> None:
    run(loaded, upcoming_team_game_context, D, mode="same_day")
    rows = {r["team_id"]: r for r in table_rows(loaded, t.upcoming_team_game_context)}
    assert set(rows) == {2, 3}
    two, three = rows[2], rows[3]
    assert (two["game_id"], two["opponent_team_id"], two["is_home"]) == (G2, 3, True)
    assert (two["rest_days"], two["back_to_back"]) == (0, True)
    assert (two["opponent_rest_days"], two["opponent_back_to_back"]) == (None, None)
    assert (two["games_played"], two["wins"], two["losses"], two["games_l10"]) == (1, 0, 1, 1)
    assert two["pace_l10"] == approx(24.3)
    assert two["off_rating_l10"] == approx(100 * 25 / 24.3)
    assert two["def_rating_l10"] == approx(100 * 32 / 24.3)
    assert (two["players"], two["players_out"], two["players_doubtful_or_questionable"]) == (
        3, 0, 1,
    )  # fmt: skip
    assert (three["players_out"], three["games_played"], three["pace_l10"]) == (1, 0, None)
    assert (two["roster_date"], three["roster_date"]) == (date(2025, 11, 9), date(2025, 11, 1))
    # the market's view, from the quotes before tip-off: spread median of a (-4.5) and b
    # (-3.5), total median of a, b and d (220.5); c's in-play quotes left out
    assert (two["team_spread"], three["team_spread"]) == (-4.0, 4.0)
    assert (two["game_total"], two["game_line_books"]) == (220.5, 2)
    assert (two["implied_team_total"], three["implied_team_total"]) == (112.25, 108.25)


def test_reruns_change_nothing_and_drop_rows_that_no_longer_belong(loaded: Store) -> None:
    processors = [
        (player_game_summary, D0, "backfill", t.player_game_summary),
        (team_offense_game_summary, D0, "backfill", t.team_offense_game_summary),
        (team_defense_game_summary, D0, "backfill", t.team_defense_game_summary),
        (upcoming_player_game_context, D, "same_day", t.upcoming_player_game_context),
        (upcoming_team_game_context, D, "same_day", t.upcoming_team_game_context),
    ]
    clock = ManualClock(1_800_000_000.0)
    for fn, day, mode, _table in processors:
        run(loaded, fn, day, mode=mode, clock=clock)
    first = {table.name: table_rows(loaded, table) for *_, table in processors}
    clock.advance(3600)
    with structlog.testing.capture_logs():
        for fn, day, mode, _table in processors:
            run(loaded, fn, day, mode=mode, clock=clock)
    # every row identical, updated_at included: nothing was rewritten
    assert {table.name: table_rows(loaded, table) for *_, table in processors} == first
    # player 23 leaves team 2's roster: his row goes, the others stay untouched
    with loaded.transaction() as conn:
        conn.execute(raw.raw_rosters.delete().where(raw.raw_rosters.c.player_id == 23))
    run(loaded, upcoming_player_game_context, D, mode="same_day", clock=clock)
    after = table_rows(loaded, t.upcoming_player_game_context)
    assert [r["player_id"] for r in after] == [21, 22, 31, 32, 33]
    assert after == [r for r in first["upcoming_player_game_context"] if r["player_id"] != 23]
