"""WebSource builds the real requests; the factory builds each source from settings."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store
from tipoff.errors import ConfigError
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.sim.calendar import ET
from tipoff.nba.sources.factory import make_source
from tipoff.nba.sources.http import HttpClient, HttpPolicy
from tipoff.nba.sources.replay import ReplaySource
from tipoff.nba.sources.web import AS_OF_HEADER, WebSource, endpoint, et_day_window, redact

DAY = date(2025, 11, 12)
KEY = "secret-key-123"


@pytest.fixture
def recorded(sqlite_store: Store) -> Iterator[Callable[..., tuple[WebSource, list[httpx.Request]]]]:
    """A WebSource over a transport that records each request and answers ``{}``."""
    sources: list[WebSource] = []

    def make(**kw: Any) -> tuple[WebSource, list[httpx.Request]]:
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json={})

        client = HttpClient(
            store=sqlite_store,
            clock=ManualClock(),
            policy=HttpPolicy(rate_per_s=1e9),
            transport=httpx.MockTransport(handler),
            sleep=lambda s: None,
        )
        source = WebSource(client, **kw)
        sources.append(source)
        return source, seen

    yield make
    for s in sources:
        s.close()


def _one(source: WebSource, seen: list[httpx.Request], request: FetchRequest) -> httpx.Request:
    source.fetch(request)
    return seen[-1]


def _params(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.url.query.decode()))


@pytest.mark.parametrize(
    ("document", "part", "url", "params"),
    [
        (
            Document.SCHEDULE,
            "all",
            "https://stats.nba.com/stats/scoreboardv3",
            {"GameDate": "2025-11-12", "LeagueID": "00"},
        ),
        (
            Document.ROSTER,
            "1610612738",
            "https://stats.nba.com/stats/commonteamroster",
            {"TeamID": "1610612738", "Season": "2025-26", "LeagueID": "00"},
        ),
        (
            Document.BOXSCORE,
            "0022500155",
            "https://stats.nba.com/stats/boxscoretraditionalv3",
            {
                "GameID": "0022500155",
                "StartPeriod": "0",
                "EndPeriod": "0",
                "StartRange": "0",
                "EndRange": "0",
                "RangeType": "0",
            },
        ),
        (
            Document.INJURY_REPORT,
            "all",
            # the live source asks as of now: the clock is before the date, so its first
            "https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-11-12_12AM.pdf",
            {},
        ),
        (
            Document.ODDS_EVENTS,
            "all",
            "https://api.the-odds-api.com/v4/sports/basketball_nba/events",
            {
                "apiKey": KEY,
                "commenceTimeFrom": "2025-11-12T05:00:00Z",
                "commenceTimeTo": "2025-11-13T04:59:59Z",
            },
        ),
        (
            Document.PLAYER_PROPS,
            "71be2ba73c8dbc83fb4f7bc866466c2a",
            "https://api.the-odds-api.com/v4/sports/basketball_nba/events/"
            "71be2ba73c8dbc83fb4f7bc866466c2a/odds",
            {
                "apiKey": KEY,
                "regions": "us",
                "markets": "player_points,spreads,totals",
                "oddsFormat": "american",
            },
        ),
    ],
)
def test_each_document_requests_the_real_url(
    recorded: Callable[..., tuple[WebSource, list[httpx.Request]]],
    document: Document,
    part: str,
    url: str,
    params: dict[str, str],
) -> None:
    source, seen = recorded(odds_api_key=KEY)
    request = FetchRequest(document, DAY, part)
    sent = _one(source, seen, request)
    assert sent.method == "GET"
    assert str(sent.url).split("?")[0] == url
    assert _params(sent) == params
    assert AS_OF_HEADER not in sent.headers
    doc = source.fetch(request)
    assert (doc.source, doc.request, doc.status, doc.http_attempts) == ("live", request, 200, 1)
    assert doc.content == b"{}"
    assert KEY not in doc.url  # the key never reaches the stored document


def test_stats_requests_carry_browser_headers(
    recorded: Callable[..., tuple[WebSource, list[httpx.Request]]],
) -> None:
    source, seen = recorded()
    sent = _one(source, seen, FetchRequest(Document.SCHEDULE, DAY))
    assert sent.headers["Referer"] == "https://www.nba.com/"
    assert sent.headers["Origin"] == "https://www.nba.com"
    assert "x-nba-stats-token" not in sent.headers  # dropped by current browsers' requests
    assert "Chrome/145" in sent.headers["User-Agent"]
    assert '"Google Chrome";v="145"' in sent.headers["Sec-Ch-Ua"]
    assert "br" not in sent.headers["Accept-Encoding"]


def test_as_of_is_sent_only_when_configured(
    recorded: Callable[..., tuple[WebSource, list[httpx.Request]]],
) -> None:
    moment = datetime(2025, 11, 12, 18, 30, tzinfo=ET)
    request = FetchRequest(Document.SCHEDULE, DAY, as_of=moment)
    live, live_seen = recorded()
    assert AS_OF_HEADER not in _one(live, live_seen, request).headers
    sim, sim_seen = recorded(name="sim", send_as_of=True)
    assert _one(sim, sim_seen, request).headers[AS_OF_HEADER] == "2025-11-12T18:30:00-05:00"
    no_moment = _one(sim, sim_seen, FetchRequest(Document.SCHEDULE, DAY))
    assert AS_OF_HEADER not in no_moment.headers


@pytest.mark.parametrize("document", [Document.ODDS_EVENTS, Document.PLAYER_PROPS])
def test_live_odds_without_a_key_is_a_config_error_naming_the_variable(
    recorded: Callable[..., tuple[WebSource, list[httpx.Request]]], document: Document
) -> None:
    source, seen = recorded()
    with pytest.raises(ConfigError, match="TIPOFF_ODDS_API_KEY is not set"):
        source.fetch(FetchRequest(document, DAY, "abc123"))
    assert seen == []
    source.fetch(FetchRequest(Document.SCHEDULE, DAY))  # NBA.com documents need no key


@pytest.mark.parametrize(
    ("document", "part"),
    [(Document.ROSTER, "all"), (Document.BOXSCORE, "all"), (Document.BOXSCORE, "22500155")],
)
def test_documents_needing_an_id_refuse_a_wrong_part(
    recorded: Callable[..., tuple[WebSource, list[httpx.Request]]], document: Document, part: str
) -> None:
    source, _ = recorded()
    with pytest.raises(ConfigError, match=f"{document.value} for 2025-11-12: part must be"):
        source.fetch(FetchRequest(document, DAY, part))


@pytest.mark.parametrize(
    ("day", "season"),
    [(date(2025, 6, 30), "2024-25"), (date(2025, 7, 1), "2025-26"),
     (date(2025, 10, 5), "2025-26"), (date(2025, 11, 12), "2025-26")],
)  # fmt: skip
def test_the_roster_request_names_the_roster_season(day: date, season: str) -> None:
    """Preseason (October 5) already asks for the coming season's roster."""
    request = FetchRequest(Document.ROSTER, day, "1610612738")
    assert endpoint(request, odds_api_key=None).params["Season"] == season


def test_odds_window_covers_the_et_day_across_dst() -> None:
    assert et_day_window(date(2025, 7, 4)) == ("2025-07-04T04:00:00Z", "2025-07-05T03:59:59Z")
    assert et_day_window(date(2025, 12, 1)) == ("2025-12-01T05:00:00Z", "2025-12-02T04:59:59Z")


def test_redact_hides_the_key_only() -> None:
    url = "https://x.test/v4/events?apiKey=abc&regions=us"
    assert redact(url) == "https://x.test/v4/events?apiKey=REDACTED&regions=us"


# -- factory -------------------------------------------------------------------------------


def test_make_sim_source_serves_the_simulated_league(sqlite_store: Store) -> None:
    source = make_source(
        "sim",
        store=sqlite_store,
        clock=ManualClock(),
        faults={"2025-11-12": {"odds_events": [{"kind": "empty"}]}},
        sleep=lambda s: None,
    )
    try:
        assert isinstance(source, WebSource) and source.name == "sim"
        doc = source.fetch(FetchRequest(Document.SCHEDULE, DAY))
        assert len(json.loads(doc.content)["scoreboard"]["games"]) == 9
        # No key configured: the simulator's placeholder key is sent, and faults apply.
        assert json.loads(source.fetch(FetchRequest(Document.ODDS_EVENTS, DAY)).content) == []
    finally:
        source.close()


def test_make_live_source_uses_the_given_transport(sqlite_store: Store) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=[])

    source = make_source(
        "live",
        store=sqlite_store,
        clock=ManualClock(),
        odds_api_key=KEY,
        transport=httpx.MockTransport(handler),
    )
    try:
        source.fetch(FetchRequest(Document.ODDS_EVENTS, DAY, as_of=datetime(2025, 11, 12)))
        assert seen and seen[0].startswith("https://api.the-odds-api.com/")
    finally:
        source.close()


def test_make_replay_source(tmp_path: Path) -> None:
    assert isinstance(make_source("replay", replay_dir=tmp_path), ReplaySource)


@pytest.mark.parametrize(
    ("name", "kwargs", "message"),
    [
        ("espn", {}, "unknown source 'espn'"),
        ("replay", {}, "TIPOFF_REPLAY_DATA_DIR"),
        ("replay", {"replay_dir": "/no/such/folder"}, "does not exist"),
        ("live", {}, "needs the database store"),
        ("live", {"faults": {"*": {}}}, "only available with the sim source"),
    ],
)
def test_make_source_errors(
    sqlite_store: Store, name: str, kwargs: dict[str, Any], message: str
) -> None:
    if "faults" in kwargs:
        kwargs = {**kwargs, "store": sqlite_store, "clock": ManualClock()}
    with pytest.raises(ConfigError, match=message):
        make_source(name, **kwargs)
