"""SimTransport answers like the real services: routes, status codes, and the moment of asking."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import httpx
import pytest

from tipoff.nba.sim import League
from tipoff.nba.sim.calendar import ET
from tipoff.nba.sources.sim import SimTransport

STATS = "https://stats.nba.com/stats"
ODDS = "https://api.the-odds-api.com/v4/sports/basketball_nba"
DAY = date(2025, 11, 12)
MORNING = datetime(2025, 11, 12, 9, 0, tzinfo=ET)
NEXT_DAY = datetime(2025, 11, 13, 9, 0, tzinfo=ET)


@pytest.fixture(scope="module")
def http(league: League) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SimTransport(league)) as client:
        yield client


@pytest.fixture(scope="module")
def first_game(league: League) -> str:
    return str(league.schedule(DAY).sort_values("GAME_DATETIME_ET")["GAME_ID"].iloc[0])


@pytest.fixture(scope="module")
def first_event(http: httpx.Client) -> str:
    events = http.get(
        f"{ODDS}/events",
        params={
            "apiKey": "k",
            "commenceTimeFrom": "2025-11-12T05:00:00Z",
            "commenceTimeTo": "2025-11-13T04:59:59Z",
        },
    ).json()
    return str(events[0]["id"])


def _at(moment: datetime) -> dict[str, str]:
    return {"X-Tipoff-As-Of": moment.isoformat()}


@pytest.mark.parametrize(
    ("url", "params", "status"),
    [
        (f"{STATS}/scoreboardv2", {}, 400),
        (f"{STATS}/scoreboardv2", {"GameDate": "12 Nov 2025"}, 400),
        (f"{STATS}/commonteamroster", {"Season": "2025-26"}, 400),
        (f"{STATS}/commonteamroster", {"TeamID": "1610612738", "Season": "2025"}, 400),
        (f"{STATS}/commonteamroster", {"TeamID": "42", "Season": "2025-26"}, 400),
        (f"{STATS}/boxscoretraditionalv3", {"GameID": "abc"}, 400),
        (f"{STATS}/boxscoretraditionalv3", {"GameID": "0022599999"}, 404),
        (f"{STATS}/playergamelogs", {}, 404),
        ("https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-13-45_05PM.pdf", {}, 404),
        ("https://example.com/", {}, 404),
        (f"{ODDS}/events", {}, 401),
        (f"{ODDS}/events", {"apiKey": "k", "commenceTimeFrom": "2025-11-12"}, 422),
        (
            f"{ODDS}/events/{'0' * 32}/odds",
            {"apiKey": "k", "regions": "us", "markets": "player_points"},
            404,
        ),
    ],
)
def test_status_codes(http: httpx.Client, url: str, params: dict[str, str], status: int) -> None:
    assert http.get(url, params=params).status_code == status


def test_odds_api_wants_markets_and_regions(http: httpx.Client, first_event: str) -> None:
    url = f"{ODDS}/events/{first_event}/odds"
    assert http.get(url, params={"apiKey": "k", "markets": "player_points"}).status_code == 422
    bad_market = {"apiKey": "k", "regions": "us", "markets": "h2h"}
    assert http.get(url, params=bad_market).status_code == 422
    response = http.get(url, params={"apiKey": "k", "regions": "us", "markets": "player_points"})
    assert response.status_code == 200
    assert int(response.headers["x-requests-used"]) >= 1


def test_a_configured_key_must_match(league: League) -> None:
    with httpx.Client(transport=SimTransport(league, odds_api_key="right")) as client:
        wrong = client.get(f"{ODDS}/events", params={"apiKey": "wrong"})
        assert wrong.status_code == 401
        assert wrong.json()["error_code"] == "INVALID_KEY"
        assert client.get(f"{ODDS}/events", params={"apiKey": "right"}).status_code == 200


def test_a_bad_as_of_header_is_a_400(http: httpx.Client) -> None:
    response = http.get(
        f"{STATS}/scoreboardv2",
        params={"GameDate": "2025-11-12"},
        headers={"X-Tipoff-As-Of": "yesterday"},
    )
    assert response.status_code == 400
    assert "X-Tipoff-As-Of" in response.text


def test_both_stats_date_formats_are_accepted(http: httpx.Client) -> None:
    iso = http.get(f"{STATS}/scoreboardv2", params={"GameDate": "2025-11-12"})
    us = http.get(f"{STATS}/scoreboardv2", params={"GameDate": "11/12/2025"})
    assert iso.json()["resultSets"][0] == us.json()["resultSets"][0]


def test_a_day_without_games_has_an_empty_scoreboard(http: httpx.Client) -> None:
    board = http.get(f"{STATS}/scoreboardv2", params={"GameDate": "2025-08-01"}).json()
    assert board["resultSets"][0]["rowSet"] == []


def test_boxscore_is_empty_until_the_game_is_final(http: httpx.Client, first_game: str) -> None:
    url = f"{STATS}/boxscoretraditionalv3"
    before = http.get(url, params={"GameID": first_game}, headers=_at(MORNING))
    assert before.status_code == 200
    assert before.json()["boxScoreTraditional"]["homeTeam"]["players"] == []
    after = http.get(url, params={"GameID": first_game}, headers=_at(NEXT_DAY))
    assert after.json()["boxScoreTraditional"]["homeTeam"]["players"]
    # No header: after the season, everything final.
    assert http.get(url, params={"GameID": first_game}).json() == after.json()


def test_odds_quotes_appear_during_game_day_and_freeze_at_tip(
    http: httpx.Client, first_event: str
) -> None:
    url = f"{ODDS}/events/{first_event}/odds"
    params = {"apiKey": "k", "regions": "us", "markets": "player_points"}
    early = http.get(url, params=params, headers=_at(datetime(2025, 11, 12, 6, tzinfo=ET)))
    assert early.json()["bookmakers"] == []
    closing = http.get(url, params=params, headers=_at(NEXT_DAY)).json()
    assert closing["bookmakers"]
    assert http.get(url, params=params).json() == closing


def test_injury_report_grows_as_the_day_goes_on(http: httpx.Client) -> None:
    url = "https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-11-12_05PM.pdf"
    early = http.get(url, headers=_at(datetime(2025, 11, 10, 9, tzinfo=ET))).json()["rows"]
    late = http.get(url, headers=_at(datetime(2025, 11, 12, 18, tzinfo=ET))).json()["rows"]
    assert len(early) < len(late)


def test_calls_are_counted_per_document(league: League, first_game: str) -> None:
    transport = SimTransport(league)
    with httpx.Client(transport=transport) as client:
        client.get(f"{STATS}/boxscoretraditionalv3", params={"GameID": first_game})
        client.get(f"{STATS}/boxscoretraditionalv3", params={"GameID": "0022599999"})
    assert transport.calls == {"boxscore": 1}
