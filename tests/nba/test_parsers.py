"""Parsers on real-shape payloads: the rows they produce, and how they refuse bad documents.

The fixtures in ``fixtures/`` follow the upstream shapes of ``tipoff.nba.documents``
(header lists from ``nba_api``'s ``expected_data``); every expected value below was
worked out by hand from the fixture.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from tipoff.errors import PayloadError
from tipoff.nba.names import PlayerLookup
from tipoff.nba.parsers import (
    PlayerBoxRow,
    Problems,
    TeamBoxRow,
    parse_boxscore,
    parse_injury_report,
    parse_minutes,
    parse_odds_events,
    parse_player_props,
    parse_roster,
    parse_schedule,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DAY = date(2025, 11, 12)
BOS, NYK, GSW, LAL = 1610612738, 1610612752, 1610612744, 1610612747
EVENT = "3f2b8d9c1e6a47f0b5d2c8e1a9f4b7d3"
SCHEDULE_KEY = "raw/sim/schedule/2025-11-12/all.json"
BOX_KEY = "raw/sim/boxscore/2025-11-12/0022500123.json"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def encode(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def result_set(payload: dict[str, Any], name: str) -> dict[str, Any]:
    return next(rs for rs in payload["resultSets"] if rs["name"] == name)


@pytest.fixture(scope="module")
def lookup() -> PlayerLookup:
    players = PlayerLookup()
    for team in (BOS, NYK):
        content = (FIXTURES / f"commonteamroster_{team}.json").read_bytes()
        for row in parse_roster(content, source_key=f"r/{team}.json", roster_date=DAY):
            players.add(row.team_id, row.player_id, row.player_name)
    return players


# -- schedule ---------------------------------------------------------------------------


def test_schedule_rows() -> None:
    content = (FIXTURES / "scoreboardv2_2025-11-12.json").read_bytes()
    final, later = parse_schedule(content, source_key=SCHEDULE_KEY)
    assert final.values() == {
        "game_id": "0022500123",
        "game_date": DAY,
        "season": "2025-26",
        "home_team_id": NYK,
        "away_team_id": BOS,
        "home_tricode": "NYK",
        "away_tricode": "BOS",
        "status": 3,
        "status_text": "Final",
        "home_pts": 108,
        "away_pts": 107,
        "source_key": SCHEDULE_KEY,
    }
    assert final.origin == "resultSets[GameHeader].rowSet[0]"
    assert (later.game_id, later.status, later.status_text) == ("0022500124", 1, "10:00 pm ET")
    assert (later.home_tricode, later.away_tricode) == ("GSW", "LAL")
    assert (later.home_pts, later.away_pts) == (None, None)  # not started: PTS is null


def test_schedule_header_renamed_is_schema_drift() -> None:
    payload = fixture("scoreboardv2_2025-11-12.json")
    headers = result_set(payload, "LineScore")["headers"]
    headers[headers.index("PTS")] = "POINTS"
    with pytest.raises(PayloadError) as err:
        parse_schedule(encode(payload), source_key=SCHEDULE_KEY)
    assert str(err.value) == (
        f"{SCHEDULE_KEY}: resultSets[LineScore]: missing column PTS in resultSets[LineScore]"
    )


def test_schedule_result_set_missing() -> None:
    payload = fixture("scoreboardv2_2025-11-12.json")
    payload["resultSets"] = [rs for rs in payload["resultSets"] if rs["name"] != "GameHeader"]
    with pytest.raises(PayloadError, match=r"resultSets\[GameHeader\]: missing result set"):
        parse_schedule(encode(payload), source_key=SCHEDULE_KEY)


def test_schedule_reports_every_bad_row_at_once() -> None:
    payload = fixture("scoreboardv2_2025-11-12.json")
    rows = result_set(payload, "GameHeader")["rowSet"]
    rows[0][3] = "three"  # GAME_STATUS_ID
    rows[1][0] = "12/11/2025"  # GAME_DATE_EST
    result_set(payload, "LineScore")["rowSet"][0].pop()  # a short row
    with pytest.raises(PayloadError) as err:
        parse_schedule(encode(payload), source_key=SCHEDULE_KEY)
    assert str(err.value).splitlines() == [
        f"{SCHEDULE_KEY}: resultSets[LineScore].rowSet[0]: expected a row of 29 values, got 28",
        f"{SCHEDULE_KEY}: resultSets[GameHeader].rowSet[0].GAME_STATUS_ID: "
        "expected an integer, got 'three'",
        f"{SCHEDULE_KEY}: resultSets[GameHeader].rowSet[1].GAME_DATE_EST: "
        "expected a date YYYY-MM-DD, got '12/11/2025'",
    ]


def test_schedule_problems_can_be_collected_instead_of_raised() -> None:
    payload = fixture("scoreboardv2_2025-11-12.json")
    result_set(payload, "GameHeader")["rowSet"][1][6] = None  # HOME_TEAM_ID
    problems = Problems(SCHEDULE_KEY)
    rows = parse_schedule(encode(payload), source_key=SCHEDULE_KEY, problems=problems)
    assert [r.game_id for r in rows] == ["0022500123"]
    assert problems.items == [
        f"{SCHEDULE_KEY}: resultSets[GameHeader].rowSet[1].HOME_TEAM_ID: "
        "expected an integer, got None"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"resultSets": [', "malformed JSON at line 1 column 17"),
        (b"\xff\xfe\x00", "not UTF-8 text"),
        (b"[]", "expected an object at the top level"),
        (b'{"resource": "scoreboardV2"}', "resultSets: missing field"),
    ],
)
def test_schedule_unreadable(content: bytes, message: str) -> None:
    with pytest.raises(PayloadError, match=message) as err:
        parse_schedule(content, source_key=SCHEDULE_KEY)
    assert str(err.value).startswith(SCHEDULE_KEY)


# -- box score --------------------------------------------------------------------------


def _box() -> list[PlayerBoxRow | TeamBoxRow]:
    content = (FIXTURES / "boxscoretraditionalv3_0022500123.json").read_bytes()
    return parse_boxscore(content, source_key=BOX_KEY, game_date=DAY)


def test_boxscore_player_rows() -> None:
    rows = _box()
    players = {r.player_id: r for r in rows if isinstance(r, PlayerBoxRow)}
    assert len(players) == 18
    tatum = players[1628369]
    assert tatum.values() == {
        "game_id": "0022500123",
        "player_id": 1628369,
        "game_date": DAY,
        "team_id": BOS,
        "opponent_team_id": NYK,
        "is_home": False,
        "player_name": "Jayson Tatum",
        "starter": True,
        "played": True,
        "dnp_reason": None,
        "minutes": pytest.approx(38.2),
        "fgm": 11, "fga": 23, "fg3m": 4, "fg3a": 10, "ftm": 6, "fta": 7,
        "oreb": 1, "dreb": 8, "reb": 9, "ast": 5, "stl": 1, "blk": 1, "tov": 3, "pf": 2,
        "pts": 32,
        "plus_minus": -2,
        "source_key": BOX_KEY,
    }  # fmt: skip
    assert tatum.origin == "awayTeam.players[0]"
    assert players[201143].starter is False and players[201143].played  # Horford, bench
    assert players[1628973].is_home and players[1628973].pts == 34  # Brunson
    assert players[1627764].player_name == "Kristaps Porziņģis"


def test_boxscore_dnp_row() -> None:
    kornet = next(r for r in _box() if isinstance(r, PlayerBoxRow) and r.player_id == 1628436)
    assert (kornet.played, kornet.starter, kornet.dnp_reason) == (
        False,
        False,
        "DNP - Coach's Decision",
    )
    assert kornet.minutes == 0.0 and kornet.pts == 0 and kornet.fga == 0
    assert kornet.plus_minus is None


def test_boxscore_team_rows() -> None:
    teams = {r.team_id: r for r in _box() if isinstance(r, TeamBoxRow)}
    assert set(teams) == {NYK, BOS}
    nyk, bos = teams[NYK], teams[BOS]
    assert (nyk.is_home, nyk.opponent_team_id, nyk.minutes) == (True, BOS, 240.0)
    assert (nyk.pts, nyk.fgm, nyk.fga, nyk.fg3m, nyk.fg3a, nyk.ftm, nyk.fta) == (
        108, 40, 79, 11, 28, 17, 24,
    )  # fmt: skip
    assert (bos.pts, bos.fgm, bos.fga, bos.fg3m, bos.fg3a, bos.ftm, bos.fta) == (
        107, 38, 86, 16, 45, 15, 17,
    )  # fmt: skip


def test_boxscore_wrong_type_names_file_field_and_row() -> None:
    payload = fixture("boxscoretraditionalv3_0022500123.json")
    payload["boxScoreTraditional"]["homeTeam"]["players"][4]["statistics"]["points"] = "abc"
    payload["boxScoreTraditional"]["awayTeam"]["players"][1]["statistics"]["minutes"] = "3x:10"
    del payload["boxScoreTraditional"]["awayTeam"]["statistics"]["assists"]
    with pytest.raises(PayloadError) as err:
        parse_boxscore(encode(payload), source_key=BOX_KEY, game_date=DAY)
    assert str(err.value).splitlines() == [
        f"{BOX_KEY}: homeTeam.players[4].statistics.points: expected an integer, got 'abc'",
        f"{BOX_KEY}: awayTeam.players[1].statistics.minutes: "
        "expected minutes as MM:SS, got '3x:10'",
        f"{BOX_KEY}: awayTeam.statistics.assists: missing field",
    ]


def test_boxscore_without_its_root_object() -> None:
    with pytest.raises(PayloadError, match=f"^{BOX_KEY}: boxScoreTraditional: missing field$"):
        parse_boxscore(b'{"meta": {}}', source_key=BOX_KEY, game_date=DAY)


@pytest.mark.parametrize(
    ("value", "minutes"),
    [("34:12", 34.2), ("0:04", 0.0667), ("240:00", 240.0), ("PT34M12.00S", 34.2),
     ("", None), (None, None), (12, 12.0)],
)  # fmt: skip
def test_parse_minutes(value: object, minutes: float | None) -> None:
    assert parse_minutes(value) == (None if minutes is None else pytest.approx(minutes, abs=1e-4))


@pytest.mark.parametrize("value", ["34", "34:75", "abc", True, [1]])
def test_parse_minutes_refuses(value: object) -> None:
    with pytest.raises(ValueError):
        parse_minutes(value)


# -- roster -----------------------------------------------------------------------------


def test_roster_rows() -> None:
    key = "raw/sim/roster/2025-11-12/1610612738.json"
    content = (FIXTURES / "commonteamroster_1610612738.json").read_bytes()
    rows = parse_roster(content, source_key=key, roster_date=DAY)
    assert len(rows) == 10
    assert {r.team_id for r in rows} == {BOS}
    kp = next(r for r in rows if r.player_id == 1627764)
    assert kp.values() == {
        "roster_date": DAY,
        "team_id": BOS,
        "player_id": 1627764,
        "player_name": "Kristaps Porziņģis",
        "position": "C-F",
        "jersey": "8",
        "experience": "10",
        "source_key": key,
    }
    assert next(r for r in rows if r.player_id == 1642345).experience == "R"


def test_roster_column_renamed() -> None:
    payload = fixture("commonteamroster_1610612738.json")
    headers = result_set(payload, "CommonTeamRoster")["headers"]
    headers[headers.index("PLAYER_ID")] = "PERSON_ID"
    with pytest.raises(PayloadError, match="missing column PLAYER_ID in resultSets"):
        parse_roster(encode(payload), source_key="k.json", roster_date=DAY)


# -- injury report ----------------------------------------------------------------------


def test_injury_report_rows_and_warnings(lookup: PlayerLookup) -> None:
    key = "raw/sim/injury_report/2025-11-12/all.json"
    warnings: list[str] = []
    rows = parse_injury_report(
        (FIXTURES / "injury_report_2025-11-12.json").read_bytes(),
        source_key=key,
        report_date=DAY,
        players=lookup,
        games={"BOS@NYK": "0022500123"},
        warnings=warnings,
    )
    assert [(r.player_id, r.team_id, r.status, r.game_id) for r in rows] == [
        (1627764, BOS, "questionable", "0022500123"),  # "Porzingis, Kristaps"
        (1642345, BOS, "out", "0022500123"),  # "Gonzalez, Hugo" = Hugo González
        (1629011, NYK, "probable", "0022500123"),
    ]
    assert rows[0].reason == "Injury/Illness - Left Ankle; Sprain"
    assert rows[0].player_name == "Kristaps Porzingis"
    assert warnings == [
        f"{key}: rows[2].playerName: no player 'Doe, John' of Boston Celtics "
        "in the rosters of 2025-11-12",
        f"{key}: rows[4]: no player for Golden State Warriors (NOT YET SUBMITTED)",
        f"{key}: rows of games on other dates than 2025-11-12 left out: 1",
    ]


def test_injury_report_bad_rows(lookup: PlayerLookup) -> None:
    payload = fixture("injury_report_2025-11-12.json")
    payload["rows"][0]["currentStatus"] = "Maybe"
    payload["rows"][3]["team"] = "Gotham Knights"
    with pytest.raises(PayloadError) as err:
        parse_injury_report(encode(payload), source_key="i.json", report_date=DAY, players=lookup)
    assert str(err.value).splitlines() == [
        "i.json: rows[0].currentStatus: expected one of out, doubtful, questionable, "
        "probable, available, got 'Maybe'",
        "i.json: rows[3].team: unknown team 'Gotham Knights'",
    ]


# -- odds -------------------------------------------------------------------------------


def test_odds_events_rows() -> None:
    warnings: list[str] = []
    rows = parse_odds_events(
        (FIXTURES / "odds_events_2025-11-12.json").read_bytes(),
        source_key="e.json",
        game_date=DAY,
        games={(NYK, BOS): "0022500123", (GSW, LAL): "0022500124"},
        warnings=warnings,
    )
    first, second = rows
    assert first.values() == {
        "event_id": EVENT,
        "game_date": DAY,
        "commence_time": datetime(2025, 11, 13, 0, 30, tzinfo=UTC).timestamp(),
        "home_team": "New York Knicks",
        "away_team": "Boston Celtics",
        "game_id": "0022500123",
        "source_key": "e.json",
    }
    assert second.game_id == "0022500124" and warnings == []


def test_odds_events_bad() -> None:
    payload = fixture("odds_events_2025-11-12.json")
    payload[1]["commence_time"] = "tonight"
    with pytest.raises(PayloadError, match=r"^e.json: \[1\].commence_time: expected an ISO-8601"):
        parse_odds_events(encode(payload), source_key="e.json", game_date=DAY)


def test_player_props_pair_over_and_under(lookup: PlayerLookup) -> None:
    key = f"raw/sim/player_props/2025-11-12/{EVENT}.json"
    warnings: list[str] = []
    rows = parse_player_props(
        (FIXTURES / f"event_odds_{EVENT}.json").read_bytes(),
        source_key=key,
        game_date=DAY,
        players=lookup,
        warnings=warnings,
    )
    got = {(r.bookmaker, r.player_name, r.line): (r.player_id, r.over_price, r.under_price)
           for r in rows}  # fmt: skip
    assert got == {
        ("draftkings", "Jayson Tatum", 27.5): (1628369, -115, -105),
        ("draftkings", "Jalen Brunson", 26.5): (1628973, -110, -110),
        ("draftkings", "Kristaps Porzingis", 16.5): (1627764, 105, -135),
        ("fanduel", "Jayson Tatum", 27.5): (1628369, -112, -108),
        ("fanduel", "Karl-Anthony Towns", 24.5): (1626157, -120, -102),
        ("fanduel", "Jalen Brunson", 29.5): (1628973, 150, None),  # an over-only line
        ("fanduel", "Hugo Gonzalez", 4.5): (1642345, 120, -150),
        ("fanduel", "Jordan Walsh", 3.5): (None, 110, -140),  # not on the rosters
    }
    tatum = rows[0]
    assert tatum.event_id == EVENT and tatum.game_date == DAY
    assert tatum.last_update == datetime(2025, 11, 12, 23, 58, 40, tzinfo=UTC).timestamp()
    assert warnings == [f"{key}: 1 unmatched player name(s): Jordan Walsh"]


def test_player_props_bad_outcomes() -> None:
    payload = fixture(f"event_odds_{EVENT}.json")
    outcomes = payload["bookmakers"][0]["markets"][0]["outcomes"]
    outcomes[0]["name"] = "Overr"
    outcomes[3]["price"] = "-110"
    with pytest.raises(PayloadError) as err:
        parse_player_props(encode(payload), source_key="p.json", game_date=DAY)
    assert str(err.value).splitlines() == [
        "p.json: bookmakers[0].markets[0].outcomes[0].name: expected Over or Under, got 'Overr'",
        "p.json: bookmakers[0].markets[0].outcomes[3].price: expected an integer, got '-110'",
    ]
