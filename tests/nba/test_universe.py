"""The player universe: daily from schedule + roster + injuries, backfill from box scores."""

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
    put,
    roster_rows,
)

from tipoff.engine.store import Store
from tipoff.nba import raw_tables as raw
from tipoff.nba.universe import (
    UniverseMode,
    detect_mode,
    player_universe,
    resolve_mode,
)


@pytest.fixture
def loaded(store: Store) -> Store:
    prepare(store)
    load_finished_game(store)
    load_game_day(store)
    return store


def test_daily_universe_is_schedule_roster_and_injuries(loaded: Store) -> None:
    with structlog.testing.capture_logs() as logs, loaded.read() as conn:
        u = player_universe(conn, D, mode="daily")
    assert u.mode is UniverseMode.DAILY
    assert u.player_ids == [21, 22, 23, 31, 32, 33]  # the teams of G2; team 1 is idle
    by_id = {p.player_id: p for p in u}
    assert {p.game_id for p in u} == {G2}
    assert (by_id[21].team_id, by_id[21].opponent_team_id, by_id[21].is_home) == (2, 3, True)
    assert (by_id[31].team_id, by_id[31].opponent_team_id, by_id[31].is_home) == (3, 2, False)
    # the injury report flags who is out; a rostered player not on it is available
    assert [p.player_id for p in u.by_status("out")] == [31]
    assert (by_id[21].injury_status, by_id[21].injury_reason) == ("questionable", "Ankle")
    assert by_id[22].injury_status == "available"
    # the roster date of each player, and the oldest used, are recorded
    assert by_id[21].roster_date == date(2025, 11, 9)
    assert by_id[31].roster_date == date(2025, 11, 1)
    assert u.roster_dates == {2: date(2025, 11, 9), 3: date(2025, 11, 1)}
    assert u.roster_date == date(2025, 11, 1) and u.roster_age_days == 10
    # team 3's roster is 10 days old: a warning, returned and logged
    assert u.warnings == (
        "roster of team 3 is from 2025-11-01, 10 days before 2025-11-11 (more than 7)",
    )
    assert [e["warning"] for e in logs if e["log_level"] == "warning"] == list(u.warnings)


@SQLITE_ONLY
def test_a_fresh_roster_gives_no_warning_and_the_newest_roster_wins(loaded: Store) -> None:
    # A newer roster of team 3, on which player 23 of team 2 now appears (traded).
    put(loaded, raw.raw_rosters, roster_rows(date(2025, 11, 10), 3, [23, 31, 32, 33]))
    with structlog.testing.capture_logs() as logs, loaded.read() as conn:
        u = player_universe(conn, D, mode="daily")
    assert u.warnings == () and not [e for e in logs if e["log_level"] == "warning"]
    assert u.roster_date == date(2025, 11, 9)
    moved = next(p for p in u if p.player_id == 23)
    assert (moved.team_id, moved.roster_date) == (3, date(2025, 11, 10))
    assert u.player_ids.count(23) == 1


@SQLITE_ONLY
def test_without_an_injury_report_the_status_is_unknown(store: Store) -> None:
    prepare(store)
    load_game_day(store)
    with store.transaction() as conn:
        conn.execute(raw.raw_injury_report.delete())
    with store.read() as conn:
        u = player_universe(conn, D, mode="daily")
    assert {p.injury_status for p in u} == {None}


@SQLITE_ONLY
def test_backfill_universe_is_the_box_score_of_the_date(loaded: Store) -> None:
    with loaded.read() as conn:
        u = player_universe(conn, D0, mode="backfill")
    assert u.mode is UniverseMode.BACKFILL
    # who played: player 14 (did not dress, injured) is not in it
    assert u.player_ids == [11, 12, 13, 21, 22]
    assert {p.game_id for p in u} == {G1}
    assert u.roster_date is None and {p.roster_date for p in u} == {None}
    assert {p.injury_status for p in u} == {None}  # no injury report of D0 was loaded
    p21 = next(p for p in u if p.player_id == 21)
    assert (p21.team_id, p21.opponent_team_id, p21.is_home) == (2, 1, False)


def test_mode_detection(loaded: Store) -> None:
    with loaded.read() as conn:
        # final box scores present: backfill, whatever today is
        assert detect_mode(conn, D0, today=D) == (UniverseMode.BACKFILL, None)
        # no box scores, today or later: daily
        assert detect_mode(conn, D, today=D) == (UniverseMode.DAILY, None)
        assert detect_mode(conn, D, today=D0) == (UniverseMode.DAILY, None)
        # a past date without box scores can only be seen the daily way, and says so
        mode, warning = detect_mode(conn, D, today=date(2025, 11, 20))
        assert mode is UniverseMode.DAILY and warning is not None and "2025-11-11" in warning
        auto = player_universe(conn, D0, today=D)
        assert auto.mode is UniverseMode.BACKFILL
        # explicit beats the run's mode, which beats detection
        assert resolve_mode(conn, D0, explicit="daily", run_mode="backfill", today=D)[0] == "daily"
        assert resolve_mode(conn, D0, run_mode="same_day", today=D)[0] == "daily"
        assert resolve_mode(conn, D, run_mode="backfill", today=D)[0] == "backfill"
        assert resolve_mode(conn, D0, run_mode="overnight", today=D)[0] == "backfill"
        with pytest.raises(ValueError, match="give a mode"):
            player_universe(conn, D)


@SQLITE_ONLY
def test_a_date_without_games_has_an_empty_universe(loaded: Store) -> None:
    with loaded.read() as conn:
        assert len(player_universe(conn, date(2025, 11, 12), mode="daily")) == 0
        assert len(player_universe(conn, date(2025, 11, 12), mode="backfill")) == 0
