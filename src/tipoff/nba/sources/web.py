"""``WebSource``: the documents fetched over HTTP, from the real hosts or the simulator.

One class serves ``live`` and ``sim``: the URLs, parameters and headers are those of the
real upstreams (``tipoff.nba.documents``), and only the transport beneath the
``HttpClient`` differs (the network, or ``SimTransport``). The simulator also needs to know
the moment a fetch stands for, sent as the ``X-Tipoff-As-Of`` header, which a live source
never sends.

The endpoints::

    schedule       GET https://stats.nba.com/stats/scoreboardv3?GameDate=..&LeagueID=00
    roster         GET https://stats.nba.com/stats/commonteamroster?TeamID=<part>&Season=..&LeagueID=00
    boxscore       GET https://stats.nba.com/stats/boxscoretraditionalv3?GameID=<part>&...
    injury_report  GET https://ak-static.cms.nba.com/referee/injury/Injury-Report_<YYYY-MM-DD>_<hh>_<mm><AM|PM>.pdf
    odds_events    GET https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=..
                       &commenceTimeFrom=<date 00:00 ET>&commenceTimeTo=<date 23:59:59 ET>
    player_props   GET https://api.the-odds-api.com/v4/sports/basketball_nba/events/<part>/odds
                       ?apiKey=..&regions=us&markets=player_points,spreads,totals
                       &oddsFormat=american

The injury report is the PDF NBA.com publishes several times a day, one file per
publication named by its time (the hour alone, ``_05PM``, before 22 December 2025; hour
and minutes, ``_05_00PM``, since). No index lists them, so the latest of a date is found
by asking for the publication times before the moment the fetch stands for, newest
first, until one exists (``INJURY_PROBES`` at most); the PDF is kept as it came and read
by ``tipoff.nba.parsers.injury_pdf``. The simulator answers the same addresses with the
report's rows as JSON.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tipoff.errors import ConfigError, FetchError
from tipoff.nba.documents import Document, FetchRequest, RawDocument
from tipoff.nba.game_status import ET
from tipoff.nba.season import roster_season
from tipoff.nba.sources.http import Fetched, HttpClient

STATS_BASE_URL = "https://stats.nba.com/stats"
INJURY_REPORT_BASE_URL = "https://ak-static.cms.nba.com/referee/injury"
INJURY_URL_MINUTES_SINCE = date(2025, 12, 22)  # file names carry the minutes from then on
INJURY_STEP = {True: timedelta(minutes=15), False: timedelta(hours=1)}
INJURY_PROBES = 8  # publications tried before a report of the date is called missing
INJURY_MISSING = (403, 404)  # what the host answers for a time with no publication
ODDS_BASE_URL = "https://api.the-odds-api.com/v4"
ODDS_SPORT = "basketball_nba"
AS_OF_HEADER = "X-Tipoff-As-Of"
ODDS_API_KEY_VARIABLE = "TIPOFF_ODDS_API_KEY"
ODDS_DOCUMENTS = frozenset({Document.ODDS_EVENTS, Document.PLAYER_PROPS})
UTC = ZoneInfo("UTC")

# stats.nba.com answers browsers only: a request that does not look like one stalls until
# the read timeout. These are the headers nba_api sends since its February 2026 update
# (Chrome 145's user agent and client hints, Referer www.nba.com; the x-nba-stats-origin and
# x-nba-stats-token headers were dropped in September 2025), which public reports of
# 2025-26 found answered; the Origin www.nba.com's own pages send is kept. No Host (the
# client derives it from the address, which may be a mirror) and no brotli (httpx decodes
# it only with an optional package). The host also cuts off clients that ask too much
# (reports of 100-600 requests then an hour's block), hence STATS_RATE_PER_S.
STATS_HEADERS: dict[str, str] = {
    "User-Agent": (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/145.0.0.0 Safari/537.36"
    ),
    "Accept": "application/json, text/plain, */*",
    "Accept-Language": "en-US,en;q=0.5",
    "Accept-Encoding": "gzip, deflate",
    "Referer": "https://www.nba.com/",
    "Origin": "https://www.nba.com",
    "Pragma": "no-cache",
    "Cache-Control": "no-cache",
    "Sec-Ch-Ua": '"Not:A-Brand";v="99", "Google Chrome";v="145", "Chromium";v="145"',
    "Sec-Ch-Ua-Mobile": "?0",
    "Sec-Fetch-Dest": "empty",
}
# one request a second to the stats host, whatever the client's general pace
STATS_RATE_PER_S = 1.0
INJURY_HEADERS: dict[str, str] = {
    "User-Agent": STATS_HEADERS["User-Agent"],
    "Accept": "application/pdf,*/*",
    "Referer": "https://official.nba.com/",
}
ODDS_HEADERS: dict[str, str] = {"Accept": "application/json", "User-Agent": "tipoff/0.1"}
_GAME_ID = re.compile(r"^\d{10}$")
_TEAM_ID = re.compile(r"^\d{10}$")
_EVENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SECRET_PARAM = re.compile(r"(apiKey=)[^&]*")
_INJURY_STAMP = re.compile(r"^.*/Injury-Report_\d{4}-\d{2}-\d{2}_(.+)\.pdf$")


def et_day_window(day: date) -> tuple[str, str]:
    """``day`` from 00:00:00 to 23:59:59 ET, in UTC as The Odds API wants it."""
    start = datetime.combine(day, time(0, 0), tzinfo=ET)
    end = start + timedelta(days=1) - timedelta(seconds=1)
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    return start.astimezone(UTC).strftime(fmt), end.astimezone(UTC).strftime(fmt)


def injury_report_urls(
    day: date, moment: datetime, base: str = INJURY_REPORT_BASE_URL, probes: int = INJURY_PROBES
) -> list[str]:
    """The addresses of the date's publications at or before ``moment``, newest first."""
    minutes = day >= INJURY_URL_MINUTES_SINCE
    step = INJURY_STEP[minutes]
    start = datetime.combine(day, time(0, 0), tzinfo=ET)
    last = start + timedelta(days=1) - step
    at = min(max(moment.astimezone(ET), start), last)
    at = start + ((at - start) // step) * step
    urls: list[str] = []
    while at >= start and len(urls) < probes:
        stamp = at.strftime("%I_%M%p" if minutes else "%I%p")
        urls.append(f"{base}/Injury-Report_{day.isoformat()}_{stamp}.pdf")
        at -= step
    return urls


def redact(url: str) -> str:
    """The URL without the odds API key, fit for logs and stored documents."""
    return _SECRET_PARAM.sub(r"\1REDACTED", url)


@dataclass(frozen=True)
class Endpoint:
    """The GET that fetches a document: URL, query parameters and headers."""

    url: str
    params: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def full_url(self) -> str:
        if not self.params:
            return self.url
        query = "&".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.url}?{query}"


def _part(request: FetchRequest, pattern: re.Pattern[str], what: str) -> str:
    if not pattern.match(request.part):
        raise ConfigError(
            f"{request.document.value} for {request.day}: part must be {what}, got {request.part!r}"
        )
    return request.part


@dataclass(frozen=True)
class Upstreams:
    """The base addresses of the upstreams (settings ``TIPOFF_LIVE_*_URL``), so a deployment
    can go through a mirror or a proxy and a test can serve recordings from 127.0.0.1."""

    stats: str = STATS_BASE_URL
    odds: str = ODDS_BASE_URL
    injury: str = INJURY_REPORT_BASE_URL

    def __post_init__(self) -> None:
        for name in ("stats", "odds", "injury"):
            value = getattr(self, name)
            if not re.match(r"^https?://[^/\s]+", value):
                raise ConfigError(
                    f"TIPOFF_LIVE_{name.upper()}_URL: {value!r} is not an http(s) URL"
                )
            object.__setattr__(self, name, value.rstrip("/"))


DEFAULT_UPSTREAMS = Upstreams()


def endpoint(
    request: FetchRequest, *, odds_api_key: str | None, upstreams: Upstreams = DEFAULT_UPSTREAMS
) -> Endpoint:
    """The upstream GET for ``request``; ConfigError for a missing id or odds API key."""
    doc, day = request.document, request.day
    stats_url, odds_url = upstreams.stats, upstreams.odds
    if doc is Document.SCHEDULE:
        params = {"GameDate": day.isoformat(), "LeagueID": "00"}
        return Endpoint(f"{stats_url}/scoreboardv3", params, dict(STATS_HEADERS))
    if doc is Document.ROSTER:
        team_id = _part(request, _TEAM_ID, "a team id (e.g. 1610612738)")
        params = {"TeamID": team_id, "Season": roster_season(day), "LeagueID": "00"}
        return Endpoint(f"{stats_url}/commonteamroster", params, dict(STATS_HEADERS))
    if doc is Document.BOXSCORE:
        game_id = _part(request, _GAME_ID, "a game id (e.g. 0022500150)")
        params = {
            "GameID": game_id,
            "StartPeriod": "0",
            "EndPeriod": "0",
            "StartRange": "0",
            "EndRange": "0",
            "RangeType": "0",
        }
        return Endpoint(f"{stats_url}/boxscoretraditionalv3", params, dict(STATS_HEADERS))
    if doc is Document.INJURY_REPORT:
        moment = request.as_of or datetime.combine(day, time(17, 30), tzinfo=ET)
        return Endpoint(injury_report_urls(day, moment, upstreams.injury)[0], {}, INJURY_HEADERS)
    if not odds_api_key:
        raise ConfigError(
            f"{ODDS_API_KEY_VARIABLE} is not set: {doc.value} for {day} comes from The Odds "
            "API, which needs an API key (https://the-odds-api.com)"
        )
    if doc is Document.ODDS_EVENTS:
        start, end = et_day_window(day)
        params = {"apiKey": odds_api_key, "commenceTimeFrom": start, "commenceTimeTo": end}
        return Endpoint(f"{odds_url}/sports/{ODDS_SPORT}/events", params, ODDS_HEADERS)
    if doc is Document.PLAYER_PROPS:
        event_id = _part(request, _EVENT_ID, "an odds event id")
        params = {
            "apiKey": odds_api_key,
            "regions": "us",
            "markets": "player_points,spreads,totals",  # the game's lines come along
            "oddsFormat": "american",
        }
        url = f"{odds_url}/sports/{ODDS_SPORT}/events/{event_id}/odds"
        return Endpoint(url, params, ODDS_HEADERS)
    raise ConfigError(f"no endpoint for document {doc!r}")


def as_of_text(moment: datetime) -> str:
    """The ``X-Tipoff-As-Of`` value: ISO-8601 (a naive moment is ET, as the simulator reads it)."""
    return moment.isoformat()


class WebSource:
    """The ``live`` and ``sim`` sources: real URLs through the shared ``HttpClient``."""

    def __init__(
        self,
        client: HttpClient,
        *,
        name: str = "live",
        odds_api_key: str | None = None,
        send_as_of: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        upstreams: Upstreams = DEFAULT_UPSTREAMS,
    ) -> None:
        self.name = name
        self.client = client
        self.upstreams = upstreams
        self._odds_api_key = odds_api_key
        self._send_as_of = send_as_of
        self._extra_headers = dict(extra_headers or {})

    def endpoint(self, request: FetchRequest) -> Endpoint:
        ep = endpoint(request, odds_api_key=self._odds_api_key, upstreams=self.upstreams)
        headers = {**ep.headers, **self._extra_headers}
        if self._send_as_of and request.as_of is not None:
            headers[AS_OF_HEADER] = as_of_text(request.as_of)
        return Endpoint(ep.url, ep.params, headers)

    def fetch(self, request: FetchRequest) -> RawDocument:
        """GET the document; FetchError after the client's retries, CircuitOpen if refused."""
        if request.document is Document.INJURY_REPORT:
            fetched = self._latest_injury_report(request)
        else:
            ep = self.endpoint(request)
            params: dict[str, Any] = dict(ep.params)
            fetched = self.client.get(
                ep.url, params=params, headers=ep.headers, probe=request.probe
            )
        return RawDocument(
            source=self.name,
            request=request,
            url=redact(fetched.url),
            content=fetched.content,
            fetched_at=self.client.clock.now(),
            http_attempts=fetched.attempts,
            status=fetched.status,
        )

    def _latest_injury_report(self, request: FetchRequest) -> Fetched:
        """The newest publication of the date, as of the request (live: as of now)."""
        headers = {**INJURY_HEADERS, **self._extra_headers}
        if self._send_as_of and request.as_of is not None:
            headers[AS_OF_HEADER] = as_of_text(request.as_of)
            moment = request.as_of
        else:
            moment = datetime.fromtimestamp(self.client.clock.now(), tz=UTC)
        urls = injury_report_urls(request.day, moment, self.upstreams.injury)
        attempts = 0
        for url in urls:
            try:
                fetched = self.client.get(
                    url, headers=headers, expect_json=False, probe=request.probe
                )
            except FetchError as exc:
                attempts += exc.attempts
                if exc.status in INJURY_MISSING:
                    continue
                raise
            return replace(fetched, attempts=attempts + fetched.attempts)
        first, last = (_INJURY_STAMP.sub(r"\1", u) for u in (urls[-1], urls[0]))
        raise FetchError(
            f"no injury report of {request.day} published between {first} and "
            f"{last} ({len(urls)} addresses under {self.upstreams.injury} answered "
            f"{'/'.join(map(str, INJURY_MISSING))})",
            url=urls[0],
            status=404,
            attempts=attempts,
        )

    def close(self) -> None:
        self.client.close()
