"""Every upstream address is a setting, and the live source can go out through proxies.

Over real HTTP on 127.0.0.1: a server of recorded documents stands in for NBA.com and
The Odds API (``TIPOFF_LIVE_*_URL``), and two local proxies, one of which drops every
connection, stand between (``TIPOFF_HTTP_PROXIES``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from support.proxies import dropping_proxy, forwarding_proxy
from support.recordings import Served, serve
from tipoff.engine.breaker import BreakerPolicy, BreakerState
from tipoff.engine.clock import ManualClock
from tipoff.engine.schema import circuit_breakers
from tipoff.engine.store import Store
from tipoff.errors import ConfigError
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.parsers import parse_odds_events, parse_roster, parse_schedule
from tipoff.nba.settings import nba_settings
from tipoff.nba.sources.factory import source_builder
from tipoff.nba.sources.web import WebSource
from tipoff.settings import load_settings

DAY = date(2025, 11, 12)  # the odds and injury documents' date
SCHEDULE_DAY = date(2025, 11, 5)  # a recorded scoreboardv3 (11 games)
CLE = "1610612739"  # a recorded commonteamroster
EVENT = "3f2b8d9c1e6a47f0b5d2c8e1a9f4b7d3"
KEY = "recorded-odds-key-1"


def noop(_seconds: float) -> None:
    """No pacing: the local server answers at once."""


@pytest.fixture
def served() -> Iterator[Served]:
    with serve() as s:
        yield s


def live_source(store: Store, served: Served, **settings: Any) -> WebSource:
    config = load_settings(
        source="live",
        odds_api_key=KEY,
        live_stats_url=f"{served.url}/stats",
        live_odds_url=f"{served.url}/v4/",  # a trailing slash is fine
        live_injury_url=f"{served.url}/referee/injury",
        **settings,
    )
    source = source_builder(nba_settings(config), store=store, clock=ManualClock(), sleep=noop)(
        "live"
    )
    assert isinstance(source, WebSource)
    return source


def fetch(source: WebSource, document: Document, part: str = "all", day: date = DAY) -> bytes:
    return source.fetch(FetchRequest(document, day, part)).content


def test_the_live_source_asks_the_configured_addresses_over_real_http(
    sqlite_store: Store, served: Served
) -> None:
    source = live_source(sqlite_store, served)
    try:
        games = parse_schedule(
            fetch(source, Document.SCHEDULE, day=SCHEDULE_DAY), source_key="schedule"
        )
        roster = parse_roster(
            fetch(source, Document.ROSTER, CLE, day=SCHEDULE_DAY),
            source_key="roster",
            roster_date=SCHEDULE_DAY,
        )
        events = parse_odds_events(
            fetch(source, Document.ODDS_EVENTS), source_key="events", game_date=DAY
        )
        assert fetch(source, Document.PLAYER_PROPS, EVENT)
        assert fetch(source, Document.INJURY_REPORT)
    finally:
        source.close()
    assert len(games) == 11
    assert len(roster) == 19 and all(r.team_id == int(CLE) for r in roster)
    assert len(events) == 2
    paths = [p.split("?")[0] for p in served.asked]
    assert paths == [
        "/stats/scoreboardv3",
        "/stats/commonteamroster",
        "/v4/sports/basketball_nba/events",
        f"/v4/sports/basketball_nba/events/{EVENT}/odds",
        # the clock is before the date: its first publication time is asked, and found
        "/referee/injury/Injury-Report_2025-11-12_12AM.pdf",
    ]
    assert "GameDate=2025-11-05" in served.asked[0]


def test_an_address_that_is_not_http_is_refused_naming_the_variable() -> None:
    with pytest.raises(ConfigError, match="TIPOFF_LIVE_STATS_URL: must be an http"):
        load_settings(live_stats_url="stats.nba.com/stats")
    with pytest.raises(ConfigError, match="TIPOFF_HTTP_PROXIES: proxy 2 of 2") as err:
        load_settings(http_proxies="http://127.0.0.1:1,ftp://user:hunter22@x")
    assert "hunter22" not in str(err.value)


def test_a_proxy_that_keeps_failing_is_skipped_not_retried_in_turn(
    sqlite_store: Store, served: Served
) -> None:
    threshold = BreakerPolicy().failure_threshold
    with dropping_proxy() as bad, forwarding_proxy() as good:
        source = live_source(sqlite_store, served, http_proxies=f"{bad.url},{good.url}")
        try:
            fetched = [
                source.fetch(FetchRequest(Document.SCHEDULE, SCHEDULE_DAY)) for _ in range(20)
            ]
        finally:
            source.close()
    # every fetch succeeded at its first attempt: a dropped connection moved the attempt
    # on to the next proxy at once, with no backoff and no attempt spent
    assert [f.http_attempts for f in fetched] == [1] * 20
    assert len(good.forwarded) == 20
    assert all(u.startswith(f"{served.url}/stats/scoreboardv3?") for u in good.forwarded)
    # the dropping proxy was tried until its breaker opened, then never again
    assert len(bad.dropped) == threshold
    bad_name = "proxy:" + bad.url.removeprefix("http://")
    with sqlite_store.read() as conn:
        state = conn.execute(
            sa.select(circuit_breakers.c.state).where(circuit_breakers.c.name == bad_name)
        ).scalar_one()
    assert state == BreakerState.OPEN.value
    assert len(served.asked) == 20  # the server saw each fetch once, through the good proxy
