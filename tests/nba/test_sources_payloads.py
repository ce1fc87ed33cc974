"""The simulator's payloads have the upstream shapes: nba_api's headers, the odds feed's keys."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import httpx
import pandas as pd
import pytest
from nba_api.stats.endpoints import boxscoretraditionalv3, commonteamroster, scoreboardv2
from nba_api.stats.endpoints._parsers import get_parser_for_endpoint

from tipoff.nba.sim import League
from tipoff.nba.sim.calendar import ET
from tipoff.nba.sources import payloads
from tipoff.nba.sources.sim import SimTransport

DAY = date(2025, 11, 12)
STATS = "https://stats.nba.com/stats"
ODDS = "https://api.the-odds-api.com/v4/sports/basketball_nba"
MINUTES = re.compile(r"^\d{1,2}:\d{2}$")
UTC_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


@pytest.fixture(scope="module")
def http(league: League) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SimTransport(league)) as client:
        yield client


def _get(http: httpx.Client, url: str, as_of: datetime | None = None, **params: Any) -> Any:
    headers = {"X-Tipoff-As-Of": as_of.isoformat()} if as_of else {}
    response = http.get(url, params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


@pytest.fixture(scope="module")
def scoreboard(http: httpx.Client) -> Any:
    return _get(http, f"{STATS}/scoreboardv2", GameDate=DAY.isoformat(), LeagueID="00", DayOffset=0)


@pytest.fixture(scope="module")
def box(http: httpx.Client, scoreboard: Any) -> Any:
    game_id = scoreboard["resultSets"][0]["rowSet"][0][2]
    return _get(http, f"{STATS}/boxscoretraditionalv3", GameID=game_id, StartPeriod=0)


def test_scoreboard_has_every_result_set_with_nba_api_headers(scoreboard: Any) -> None:
    expected = scoreboardv2.ScoreboardV2.expected_data
    assert scoreboard["resource"] == "scoreboardV2"
    assert {rs["name"] for rs in scoreboard["resultSets"]} == set(expected)
    for rs in scoreboard["resultSets"]:
        assert rs["headers"] == expected[rs["name"]], rs["name"]
        assert all(len(row) == len(rs["headers"]) for row in rs["rowSet"])


def test_scoreboard_values_look_like_nba_com(scoreboard: Any, league: League) -> None:
    header = scoreboard["resultSets"][0]
    lines = scoreboard["resultSets"][1]
    games = [dict(zip(header["headers"], row, strict=True)) for row in header["rowSet"]]
    assert len(games) == 9
    assert [g["GAME_SEQUENCE"] for g in games] == list(range(1, 10))
    schedule = league.schedule(DAY).set_index("GAME_ID")
    for g in games:
        assert g["GAME_DATE_EST"] == "2025-11-12T00:00:00"
        assert g["SEASON"] == "2025"
        assert (g["GAME_STATUS_ID"], g["GAME_STATUS_TEXT"][:5]) == (3, "Final")
        assert re.match(r"^20251112/[A-Z]{6}$", g["GAMECODE"])
        assert g["HOME_TEAM_ID"] == schedule.loc[g["GAME_ID"], "HOME_TEAM_ID"]
    points = {(row[2], row[3]): row[lines["headers"].index("PTS")] for row in lines["rowSet"]}
    for game_id, row in schedule.iterrows():
        assert points[(game_id, row["HOME_TEAM_ID"])] == row["HOME_PTS"]
        assert points[(game_id, row["VISITOR_TEAM_ID"])] == row["VISITOR_PTS"]


def test_scoreboard_before_tip_off_has_no_scores(http: httpx.Client) -> None:
    morning = datetime(2025, 11, 12, 9, 0, tzinfo=ET)
    board = _get(http, f"{STATS}/scoreboardv2", morning, GameDate="2025-11-12")
    header, lines = board["resultSets"][0], board["resultSets"][1]
    status = header["headers"].index("GAME_STATUS_ID")
    text = header["headers"].index("GAME_STATUS_TEXT")
    assert {row[status] for row in header["rowSet"]} == {1}
    assert all(re.match(r"^\d{1,2}:\d{2} [ap]m ET$", row[text]) for row in header["rowSet"])
    assert {row[lines["headers"].index("PTS")] for row in lines["rowSet"]} == {None}


def test_roster_has_nba_api_headers(http: httpx.Client) -> None:
    roster = _get(
        http,
        f"{STATS}/commonteamroster",
        datetime(2025, 11, 12, 9, 0, tzinfo=ET),
        TeamID=1610612738,
        Season="2025-26",
        LeagueID="00",
    )
    expected = commonteamroster.CommonTeamRoster.expected_data
    assert {rs["name"] for rs in roster["resultSets"]} == set(expected)
    for rs in roster["resultSets"]:
        assert rs["headers"] == expected[rs["name"]]
    players = roster["resultSets"][0]
    assert 13 <= len(players["rowSet"]) <= 18
    row = dict(zip(players["headers"], players["rowSet"][0], strict=True))
    assert (row["TeamID"], row["SEASON"], row["LeagueID"]) == (1610612738, "2025", "00")
    assert isinstance(row["PLAYER_ID"], int) and row["PLAYER_SLUG"] == payloads.slug(row["PLAYER"])


def test_boxscore_parses_with_nba_api_into_its_expected_data(box: Any) -> None:
    sets = get_parser_for_endpoint("boxscoretraditionalv3", box).get_data_sets()
    expected = boxscoretraditionalv3.BoxScoreTraditionalV3.expected_data
    assert set(sets) == set(expected)
    for name, data in sets.items():
        assert list(data["headers"]) == expected[name], name
        assert all(len(row) == len(data["headers"]) for row in data["data"])
    assert len(sets["PlayerStats"]["data"]) >= 20


def test_boxscore_nested_keys_and_values(box: Any, league: League) -> None:
    game = box["boxScoreTraditional"]
    assert list(game) == ["gameId", "awayTeamId", "homeTeamId", "homeTeam", "awayTeam"]
    assert set(box["meta"]) == {"version", "request", "time"}
    truth = league.box_scores(DAY)
    for side in ("homeTeam", "awayTeam"):
        team = game[side]
        assert {"teamId", "teamCity", "teamName", "teamTricode", "teamSlug", "players",
                "statistics"} <= set(team)  # fmt: skip
        assert list(team["statistics"]) == list(payloads.BOX_STAT_KEYS)
        assert re.match(r"^2\d\d:00$", team["statistics"]["minutes"])
        played = [p for p in team["players"] if p["statistics"]["minutes"]]
        dnp = [p for p in team["players"] if not p["statistics"]["minutes"]]
        for p in team["players"]:
            assert list(p) == [
                "personId", "firstName", "familyName", "nameI", "playerSlug", "position",
                "comment", "jerseyNum", "statistics",
            ]  # fmt: skip
            assert list(p["statistics"]) == list(payloads.BOX_STAT_KEYS)
        assert all(MINUTES.match(p["statistics"]["minutes"]) for p in played)
        assert all(p["comment"] and p["statistics"]["points"] == 0 for p in dnp)
        assert sum(1 for p in played if p["position"]) == 5  # the starters
        points = sum(p["statistics"]["points"] for p in played)
        assert points == team["statistics"]["points"]
        expected = truth.teams[
            (truth.teams["GAME_ID"] == game["gameId"]) & (truth.teams["TEAM_ID"] == team["teamId"])
        ]["PTS"].item()
        assert points == expected
        assert set(team["starters"]) == set(payloads.BOX_STAT_KEYS) - {"plusMinusPoints"}


def test_injury_report_rows(http: httpx.Client) -> None:
    noon = datetime(2025, 11, 12, 12, 7, tzinfo=ET)
    report = _get(
        http,
        "https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-11-12_12_00PM.pdf",
        noon,
    )
    assert report["reportTime"] == "2025-11-12T12:00:00-05:00"
    assert report["rows"]
    for row in report["rows"]:
        assert list(row) == [
            "gameDate", "gameTime", "matchup", "team", "playerName", "currentStatus", "reason",
        ]  # fmt: skip
        assert row["gameDate"] == "11/12/2025"
        assert re.match(r"^\d{2}:\d{2} \(ET\)$", row["gameTime"])
        assert re.match(r"^[A-Z]{2,3}@[A-Z]{2,3}$", row["matchup"])
        assert ", " in row["playerName"]
        assert row["currentStatus"] in {"Out", "Doubtful", "Questionable", "Probable", "Available"}


def test_odds_events_and_event_odds_keys(http: httpx.Client) -> None:
    events = _get(
        http,
        f"{ODDS}/events",
        apiKey="k",
        commenceTimeFrom="2025-11-12T05:00:00Z",
        commenceTimeTo="2025-11-13T04:59:59Z",
    )
    assert len(events) == 9
    for e in events:
        assert list(e) == [
            "id",
            "sport_key",
            "sport_title",
            "commence_time",
            "home_team",
            "away_team",
        ]
        assert (e["sport_key"], e["sport_title"]) == ("basketball_nba", "NBA")
        assert UTC_TEXT.match(e["commence_time"])
    odds = _get(
        http,
        f"{ODDS}/events/{events[0]['id']}/odds",
        datetime(2025, 11, 12, 17, 0, tzinfo=ET),
        apiKey="k",
        regions="us",
        markets="player_points",
        oddsFormat="american",
    )
    assert {k: odds[k] for k in events[0]} == events[0]
    assert odds["bookmakers"]
    for book in odds["bookmakers"]:
        assert list(book) == ["key", "title", "last_update", "markets"]
        assert UTC_TEXT.match(book["last_update"])
        (market,) = book["markets"]
        assert list(market) == ["key", "last_update", "outcomes"]
        assert market["key"] == "player_points"
        outcomes = market["outcomes"]
        assert [o["name"] for o in outcomes] == ["Over", "Under"] * (len(outcomes) // 2)
        for o in outcomes:
            assert list(o) == ["name", "description", "price", "point"]
            assert isinstance(o["price"], int) and abs(o["price"]) >= 100
            assert o["point"] % 1 == 0.5


def test_the_same_request_gives_the_same_bytes(league: League) -> None:
    url = f"{STATS}/scoreboardv2?GameDate=2025-11-12&LeagueID=00&DayOffset=0"
    with (
        httpx.Client(transport=SimTransport(league)) as a,
        httpx.Client(transport=SimTransport(league)) as b,
    ):
        assert a.get(url).content == b.get(url).content


def test_payload_functions_on_empty_inputs() -> None:
    board = payloads.scoreboard_v2(DAY, pd.DataFrame())
    assert all(rs["rowSet"] == [] for rs in board["resultSets"])
    assert payloads.odds_events(pd.DataFrame()) == []
    event = payloads.odds_event("e1", "2025-11-13T00:00:00Z", "Boston Celtics", "New York Knicks")
    assert payloads.event_odds(event, pd.DataFrame())["bookmakers"] == []
    box = payloads.boxscore_traditional_v3(
        "0022500001", 1610612738, 1610612752, pd.DataFrame(columns=["TEAM_ID"])
    )
    assert box["boxScoreTraditional"]["homeTeam"]["players"] == []
    assert json.loads(payloads.encode(box)) == box


def test_encode_refuses_nan_and_plain_turns_missing_into_null() -> None:
    assert payloads.plain(float("nan")) is None
    assert payloads.plain(pd.NA) is None
    with pytest.raises(ValueError):
        payloads.encode({"x": float("nan")})


def test_names_and_slugs() -> None:
    assert payloads.slug("Nikola Jokić") == "nikola-jokic"
    assert payloads.split_name(1628983, "Shai Gilgeous-Alexander") == (
        "Shai",
        "Gilgeous-Alexander",
    )
    assert payloads.split_name(1, "Unknown Player Jr.") == ("Unknown", "Player Jr.")
