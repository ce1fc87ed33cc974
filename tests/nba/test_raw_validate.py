"""Validators: a good and a bad document each; every problem names file, field and row."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tipoff.nba.names import PlayerLookup
from tipoff.nba.parsers import (
    PlayerBoxRow,
    TeamBoxRow,
    parse_boxscore,
    parse_injury_report,
    parse_odds_events,
    parse_player_props,
    parse_roster,
    parse_schedule,
)
from tipoff.nba.raw import validate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DAY = date(2025, 11, 12)
BOS, NYK = 1610612738, 1610612752
EVENT = "3f2b8d9c1e6a47f0b5d2c8e1a9f4b7d3"
SK = "raw/sim/schedule/2025-11-12/all.json"
BK = "raw/sim/boxscore/2025-11-12/0022500123.json"
RK = "raw/sim/roster/2025-11-12/1610612738.json"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def box(payload: Any) -> list[PlayerBoxRow | TeamBoxRow]:
    return parse_boxscore(json.dumps(payload).encode(), source_key=BK, game_date=DAY)


# -- schedule ---------------------------------------------------------------------------


def test_schedule_good() -> None:
    rows = parse_schedule((FIXTURES / "scoreboardv2_2025-11-12.json").read_bytes(), source_key=SK)
    assert validate.validate_schedule(rows, source_key=SK, day=DAY) == []
    assert validate.validate_schedule(rows, source_key=SK, day=DAY, expected_games=2) == []
    assert validate.validate_schedule([], source_key=SK, day=DAY) == []  # an off day


def test_schedule_bad() -> None:
    payload = fixture("scoreboardv2_2025-11-12.json")
    header = payload["resultSets"][0]["rowSet"]
    header[0][3] = 5  # GAME_STATUS_ID
    header[1][0] = "2025-11-13T00:00:00"  # another date
    header[1][3] = 3  # final, but LineScore has no points
    rows = parse_schedule(json.dumps(payload).encode(), source_key=SK)
    problems = validate.validate_schedule(rows, source_key=SK, day=DAY, expected_games=9)
    gh = f"{SK}: resultSets[GameHeader].rowSet"
    assert problems == [
        f"{gh}[0].GAME_STATUS_ID: expected 1, 2 or 3, got 5 (game 0022500123)",
        f"{gh}[1].GAME_DATE_EST: game of 2025-11-13 in the schedule of 2025-11-12 "
        "(game 0022500124)",
        f"{gh}[1].PTS: final game without home points (game 0022500124)",
        f"{gh}[1].PTS: final game without visitor points (game 0022500124)",
        f"{SK}: games: expected 9 games on 2025-11-12, found 2",
    ]


def test_schedule_zero_games_fails_only_when_games_are_expected() -> None:
    [problem] = validate.validate_schedule([], source_key=SK, day=DAY, expected_games=11)
    assert problem == f"{SK}: games: expected 11 games on {DAY}, found 0"


# -- rosters ----------------------------------------------------------------------------


def test_roster_good_and_bad() -> None:
    rows = parse_roster(
        (FIXTURES / "commonteamroster_1610612738.json").read_bytes(), source_key=RK, roster_date=DAY
    )
    assert validate.validate_roster(rows, source_key=RK, team_id=BOS) == []
    bad = [*rows, replace(rows[0], origin="resultSets[CommonTeamRoster].rowSet[10]")]
    bad[3] = replace(bad[3], team_id=NYK)
    assert validate.validate_roster(bad, source_key=RK, team_id=BOS) == [
        f"{RK}: resultSets[CommonTeamRoster].rowSet[10]: player listed twice "
        "(see resultSets[CommonTeamRoster].rowSet[0])",
        f"{RK}: resultSets[CommonTeamRoster].rowSet[3].TeamID: player 1628401 of team "
        f"{NYK} in the roster of team {BOS}",
    ]
    assert validate.validate_roster([], source_key=RK) == [
        f"{RK}: resultSets[CommonTeamRoster].rowSet: no players"
    ]


# -- box scores -------------------------------------------------------------------------


def test_boxscore_good() -> None:
    rows = box(fixture("boxscoretraditionalv3_0022500123.json"))
    assert validate.validate_boxscore(rows, source_key=BK, game_id="0022500123") == []


def test_boxscore_lines_that_do_not_add_up() -> None:
    payload = fixture("boxscoretraditionalv3_0022500123.json")
    home = payload["boxScoreTraditional"]["homeTeam"]
    brunson = home["players"][4]["statistics"]
    brunson["points"] = 36  # 2*12 + 3 + 7 = 34
    towns = home["players"][2]["statistics"]
    towns["fieldGoalsMade"], towns["fieldGoalsAttempted"] = 8, 7
    towns["points"] = 22
    home["players"][5]["statistics"]["minutes"] = "75:00"
    problems = validate.validate_boxscore(box(payload), source_key=BK, game_id="0022500123")
    assert problems == [
        f"{BK}: homeTeam.players[2].statistics.fieldGoalsMade: FGM 8 > FGA 7 "
        "(personId 1626157, Karl-Anthony Towns)",
        f"{BK}: homeTeam.players[4].statistics.points: 36 is not 2*FGM + FG3M + FTM = "
        "2*12 + 3 + 7 = 34 (personId 1628973, Jalen Brunson)",
        f"{BK}: homeTeam.players[5].statistics.minutes: 75 minutes out of 0-70 "
        "(personId 1629011, Mitchell Robinson)",
        f"{BK}: homeTeam.statistics.points: team points 108 are not the sum of its "
        f"players' points 110 (teamId {NYK})",
    ]


def test_boxscore_volume_and_duplicates() -> None:
    payload = fixture("boxscoretraditionalv3_0022500123.json")
    away = payload["boxScoreTraditional"]["awayTeam"]
    away["players"] = away["players"][:3] + away["players"][8:]  # 4 players left
    home = payload["boxScoreTraditional"]["homeTeam"]
    home["players"].append(home["players"][8])  # Sims twice
    problems = validate.validate_boxscore(box(payload), source_key=BK, game_id="0022500999")
    assert problems[0] == (
        f"{BK}: homeTeam.players[9]: player listed twice (see homeTeam.players[8])"
    )
    assert problems[1] == f"{BK}: gameId: document of game 0022500999 holds game 0022500123"
    assert f"{BK}: awayTeam.players: 4 players listed, expected 5-20 (teamId {BOS})" in problems
    assert any(p.startswith(f"{BK}: awayTeam.statistics.points: team points 107") for p in problems)


def test_boxscore_team_without_players() -> None:
    # What NBA.com serves for a game that has not started: two teams, nobody listed.
    payload = fixture("boxscoretraditionalv3_0022500123.json")
    for side in ("homeTeam", "awayTeam"):
        payload["boxScoreTraditional"][side]["players"] = []
    problems = validate.validate_boxscore(box(payload), source_key=BK)
    assert f"{BK}: homeTeam.players: 0 players listed, expected 5-20 (teamId {NYK})" in problems


# -- coverage ---------------------------------------------------------------------------


def test_three_of_nine_is_a_failure_listing_the_six_missing_games() -> None:
    finals = [f"00225001{n:02d}" for n in range(20, 29)]
    cov = validate.boxscore_coverage(DAY, finals, finals[:3])
    assert not cov.ok
    assert (len(cov.expected), len(cov.found)) == (9, 3)
    assert cov.missing == tuple(finals[3:])
    assert cov.message == (
        "box scores for 3 of 9 final games of 2025-11-12: missing 0022500123, 0022500124, "
        "0022500125, 0022500126, 0022500127, 0022500128"
    )


def test_full_coverage_and_extra_games() -> None:
    cov = validate.boxscore_coverage(DAY, ["1", "2"], ["2", "1", "3"])
    assert cov.ok and cov.extra == ("3",)
    assert cov.message == "box scores for 2 of 2 final games of 2025-11-12"
    assert validate.boxscore_coverage(DAY, [], []).ok


# -- injury report, odds ----------------------------------------------------------------


def test_injury_report_good_and_bad() -> None:
    players = PlayerLookup(
        [(BOS, 1627764, "Kristaps Porziņģis"), (NYK, 1629011, "Mitchell Robinson")]
    )
    key = "raw/sim/injury_report/2025-11-12/all.json"
    rows = parse_injury_report(
        (FIXTURES / "injury_report_2025-11-12.json").read_bytes(),
        source_key=key,
        report_date=DAY,
        players=players,
        warnings=[],
    )
    assert validate.validate_injury_report(rows, source_key=key) == []
    bad = [replace(rows[0], status="gone")]
    assert validate.validate_injury_report(bad, source_key=key) == [
        f"{key}: rows[0].currentStatus: unknown status 'gone'"
    ]


def test_odds_events_good_and_bad() -> None:
    key = "raw/sim/odds_events/2025-11-12/all.json"
    rows = parse_odds_events(
        (FIXTURES / "odds_events_2025-11-12.json").read_bytes(), source_key=key, game_date=DAY
    )
    assert validate.validate_odds_events(rows, source_key=key) == []
    # 2025-11-12T04:00Z is 11 pm on the 11th in New York
    early = replace(rows[0], commence_time=rows[0].commence_time - 20.5 * 3600)
    same = replace(rows[1], away_team=rows[1].home_team)
    assert validate.validate_odds_events([early, same], source_key=key) == [
        f"{key}: [0].commence_time: event {EVENT} starts on 2025-11-11 (US Eastern), "
        "not on 2025-11-12",
        f"{key}: [1].away_team: home and away are both 'Golden State Warriors'",
    ]


def test_player_props_good_and_bad() -> None:
    key = f"raw/sim/player_props/2025-11-12/{EVENT}.json"
    rows = parse_player_props(
        (FIXTURES / f"event_odds_{EVENT}.json").read_bytes(), source_key=key, game_date=DAY
    )
    assert validate.validate_player_props(rows, source_key=key) == []
    bad = [replace(rows[0], line=27.3), replace(rows[1], under_price=50)]
    assert validate.validate_player_props(bad, source_key=key) == [
        f"{key}: bookmakers[0].markets[0].outcomes[0].point: line 27.3 is not a half point "
        "in 0-100 (draftkings, Jayson Tatum 27.3)",
        f"{key}: bookmakers[0].markets[0].outcomes[2].price: 50 is not an American price "
        "(draftkings, Jalen Brunson 26.5)",
    ]


@pytest.mark.parametrize("price", [-100, 100, 2500, -20000])
def test_american_prices(price: int) -> None:
    assert validate._american(price)
