"""``SimTransport``: the league simulator answering the real upstream URLs, as an httpx transport.

Plugged beneath the same ``HttpClient`` as the live source, it answers what stats.nba.com,
the injury report and The Odds API would have answered at the moment named by the request's
``X-Tipoff-As-Of`` header (ISO-8601; naive means ET; absent means after the season, when
every game is final). Its payloads come from ``tipoff.nba.sources.payloads``, so they have the live
shapes, and configured faults (``faults``) are applied on the way out.

Status codes follow the real services: 400 for a missing or malformed stats parameter,
404 for an unknown game, event or path, 401 from the odds API without an ``apiKey`` (or
with the wrong one when the transport is given a key), 422 for a bad odds parameter.

Three simplifications: the injury report's addresses (NBA.com's PDF files) are answered
with the report's rows as JSON, the form ``parse_injury_report`` reads besides the PDF; a
roster is the team's on the ``as_of`` date (the season's last day
without one), since the real endpoint has no date; and a game's line score shows points
only once it is final (the simulator has no quarter-by-quarter score).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pandas as pd

from tipoff.errors import ConfigError
from tipoff.nba.documents import Document
from tipoff.nba.sim.calendar import coerce_instant
from tipoff.nba.sim.league import League
from tipoff.nba.sim.schedule import Game
from tipoff.nba.sources import faults as fault_rules
from tipoff.nba.sources import payloads
from tipoff.nba.sources.faults import FaultConfig, FaultInjector, FaultPlan
from tipoff.nba.sources.web import AS_OF_HEADER, ET, ODDS_SPORT, UTC

_INJURY_PATH = re.compile(r"^/referee/injury/Injury-Report_(\d{4}-\d{2}-\d{2})_[0-9_]+[AP]M\.pdf$")
_EVENTS_PATH = f"/v4/sports/{ODDS_SPORT}/events"
_EVENT_ODDS_PATH = re.compile(rf"^/v4/sports/{ODDS_SPORT}/events/([^/]+)/odds$")
_GAME_ID = re.compile(r"^\d{10}$")
_SEASON = re.compile(r"^\d{4}-\d{2}$")
JSON_TYPE = "application/json; charset=utf-8"
ODDS_QUOTA = 500  # requests a month on The Odds API's free plan, shown in its headers


class _Reply(Exception):
    """A non-200 answer, raised from deep inside a handler."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}

    def response(self) -> httpx.Response:
        if isinstance(self.body, str):
            return httpx.Response(
                self.status, text=self.body, headers={"content-type": "text/plain", **self.headers}
            )
        return httpx.Response(
            self.status,
            content=payloads.encode(self.body),
            headers={"content-type": JSON_TYPE, **self.headers},
        )


class _Timeout(Exception):
    """A configured timeout: the transport raises httpx.ReadTimeout for the request."""


class SimTransport(httpx.BaseTransport):
    """Answers the real NBA.com, injury-report and Odds API URLs from a ``League``."""

    def __init__(
        self,
        league: League,
        *,
        faults: FaultInjector | FaultConfig | dict[str, Any] | str | Path | None = None,
        odds_api_key: str | None = None,
    ) -> None:
        self.league = league
        self.faults = faults if isinstance(faults, FaultInjector) else FaultInjector(faults)
        unmatched = self.unmatched_rules()
        if unmatched:
            raise ConfigError(
                f"fault config: {len(unmatched)} rule(s) match nothing in the simulated "
                f"{league.season} season: " + "; ".join(unmatched)
            )
        self._odds_api_key = odds_api_key
        self._lock = threading.RLock()  # the league's caches are not built for threads
        self._odds_requests = 0
        self.calls: Counter[str] = Counter()  # document -> requests answered
        self._event_index: dict[str, Game] | None = None

    # -- fault rules ----------------------------------------------------------------------

    def unmatched_rules(self) -> list[str]:
        """Fault rules no fetch of this league could meet, each named (``"DATE".document[i]
        (kind): why``): a per-game document on a date without games, ``parts`` naming no
        game, team or event of the date, a ``partial`` serving every game anyway. A rule
        that can never fire would otherwise be a fault silently not injected."""
        model = self.league.model
        teams = {str(t) for t in self.league.teams()["TEAM_ID"]}
        problems = []
        for day_text, documents in self.faults.config.root.items():
            games = (
                list(model.games)
                if day_text == fault_rules.ANY_DATE
                else self._day_games(date.fromisoformat(day_text))
            )
            where = "every date" if day_text == fault_rules.ANY_DATE else day_text
            # the most games one date has: what a partial rule must stay under to bite
            most = (
                max((len(g) for g in model.games_by_date.values()), default=0)
                if day_text == fault_rules.ANY_DATE
                else len(games)
            )
            parts_of = {
                Document.BOXSCORE: {g.game_id for g in games},
                Document.PLAYER_PROPS: {model.event_id(g) for g in games},
                Document.ROSTER: teams,
            }
            for document, rules in documents.items():
                for i, rule in enumerate(rules):
                    why = _unmatched(rule, document, games, parts_of.get(document, {"all"}), most)
                    if why:
                        problems.append(
                            f'"{day_text}".{document.value}[{i}] ({rule.kind}): {why} ({where})'
                        )
        return problems

    # -- lookups --------------------------------------------------------------------------

    def _day_games(self, day: date) -> list[Game]:
        """The date's games in scoreboard order (tip-off, then id)."""
        games = self.league.model.games_by_date.get(day, ())
        return sorted(games, key=lambda g: (g.tip_off, g.game_id))

    def _events(self) -> dict[str, Game]:
        if self._event_index is None:
            model = self.league.model
            self._event_index = {model.event_id(g): g for g in model.games}
        return self._event_index

    # -- transport ------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            as_of = _as_of(request)
            with self._lock:
                document, payload, plan, headers = self._route(request, as_of)
        except _Reply as reply:
            return reply.response()
        except _Timeout as exc:
            raise httpx.ReadTimeout(str(exc), request=request) from None
        self.calls[document.value] += 1
        if plan.renames:
            payload = fault_rules.rename_keys(payload, plan.renames)
        body = payloads.encode(payload)
        if plan.truncate:
            body = fault_rules.truncated(body)
        return httpx.Response(200, content=body, headers={"content-type": JSON_TYPE, **headers})

    def _route(
        self, request: httpx.Request, as_of: datetime | None
    ) -> tuple[Document, Any, FaultPlan, dict[str, str]]:
        host, path = request.url.host, request.url.path
        params = request.url.params
        if request.method != "GET":
            raise _Reply(405, "Method Not Allowed")
        if host == "stats.nba.com":
            if path in ("/stats/scoreboardv3", "/stats/scoreboardv2"):
                return self._schedule(params, as_of, v3=path.endswith("v3"))
            if path == "/stats/commonteamroster":
                return self._roster(params, as_of)
            if path == "/stats/boxscoretraditionalv3":
                return self._boxscore(params, as_of)
        elif host == "ak-static.cms.nba.com":
            match = _INJURY_PATH.match(path)
            if match:
                return self._injury_report(_iso_date(match.group(1)), as_of)
        elif host == "api.the-odds-api.com":
            self._check_key(params.get("apiKey"))
            self._odds_requests += 1
            quota = {
                "x-requests-used": str(self._odds_requests),
                "x-requests-remaining": str(max(0, ODDS_QUOTA - self._odds_requests)),
                "x-requests-last": "1",
            }
            if path == _EVENTS_PATH:
                doc, payload, plan, _ = self._odds_events(params, as_of)
                return doc, payload, plan, quota
            match = _EVENT_ODDS_PATH.match(path)
            if match:
                doc, payload, plan, _ = self._player_props(match.group(1), params, as_of)
                return doc, payload, plan, quota
        raise _Reply(404, "Not Found")

    def _check_key(self, key: str | None) -> None:
        if not key:
            raise _Reply(
                401,
                {
                    "message": "API key is missing. Pass it as the apiKey query parameter.",
                    "error_code": "MISSING_KEY",
                },
            )
        if self._odds_api_key is not None and key != self._odds_api_key:
            raise _Reply(
                401,
                {"message": "API key is not valid.", "error_code": "INVALID_KEY"},
            )

    def _faults(
        self, document: Document, day: date, part: str = "all", position: int | None = None
    ) -> FaultPlan:
        """The date's faults for this fetch; error faults answer right here."""
        plan = self.faults.plan(document, day, part, position)
        if plan.timeout:
            raise _Timeout(f"simulated read timeout ({document.value} {day})")
        if plan.status is not None:
            headers = {}
            if plan.retry_after is not None:
                headers["Retry-After"] = f"{plan.retry_after:g}"
            text = "Too Many Requests" if plan.status == 429 else "Service Unavailable"
            raise _Reply(plan.status, text, headers)
        if plan.missing:
            raise _Reply(404, "Not Found")
        return plan

    # -- stats.nba.com --------------------------------------------------------------------

    def _schedule(
        self, params: httpx.QueryParams, as_of: datetime | None, *, v3: bool = True
    ) -> tuple[Document, Any, FaultPlan, dict[str, str]]:
        day = _stats_date(params.get("GameDate"))
        if params.get("LeagueID", "00") != "00":
            raise _Reply(400, "The field LeagueID must match the regular expression '^\\d{2}$'.")
        plan = self._faults(Document.SCHEDULE, day)
        at = as_of
        games = self._day_games(day)
        if plan.stale and games:
            # The feed stopped updating before the first tip: every game still "scheduled".
            before = games[0].tip_off - timedelta(minutes=1)
            at = before if at is None or at > before else at
        schedule = self.league.schedule(day, at)
        lines = self.league.box_scores(day, at).teams
        payload: Any = (
            payloads.scoreboard_v3(day, schedule)
            if v3
            else payloads.scoreboard_v2(day, schedule, lines)
        )
        if plan.keep_first is not None:
            payload = fault_rules.first_games(Document.SCHEDULE, payload, plan.keep_first)
        if plan.empty:
            payload = fault_rules.emptied(Document.SCHEDULE, payload)
        return Document.SCHEDULE, payload, plan, {}

    def _roster(
        self, params: httpx.QueryParams, as_of: datetime | None
    ) -> tuple[Document, Any, FaultPlan, dict[str, str]]:
        team_text = params.get("TeamID", "")
        season = params.get("Season", "")
        if not team_text.isdigit():
            raise _Reply(400, "TeamID is required and must be a number.")
        if not _SEASON.match(season):
            raise _Reply(400, "Season is required, as YYYY-YY (e.g. 2025-26).")
        team_id = int(team_text)
        if team_id not in set(self.league.teams()["TEAM_ID"]):
            raise _Reply(400, f"TeamID {team_id} is not a team of league 00.")
        cal = self.league.model.cal
        day = cal.last_day if as_of is None else as_of.astimezone(ET).date()
        day = min(max(day, cal.opening_day), cal.last_day)
        plan = self._faults(Document.ROSTER, day, str(team_id))
        if season == self.league.season:
            roster = self.league.roster(team_id, day)
            rookies = roster["IS_ROOKIE"].astype(bool)
            exp = pd.Series(["R" if r else None for r in rookies], index=roster.index, dtype=object)
            roster = roster.assign(EXP=exp)
        else:  # the simulator plays one season
            roster = pd.DataFrame(columns=["PLAYER_ID", "PLAYER_NAME"])
        payload = payloads.common_team_roster(team_id, season, roster)
        if plan.empty:
            payload = fault_rules.emptied(Document.ROSTER, payload)
        return Document.ROSTER, payload, plan, {}

    def _boxscore(
        self, params: httpx.QueryParams, as_of: datetime | None
    ) -> tuple[Document, Any, FaultPlan, dict[str, str]]:
        game_id = params.get("GameID", "")
        if not _GAME_ID.match(game_id):
            raise _Reply(400, "GameID is required: a 10-digit game id.")
        game = self.league.model.game_by_id.get(game_id)
        if game is None:
            raise _Reply(404, "Not Found")
        day = game.game_date
        position = [g.game_id for g in self._day_games(day)].index(game_id)
        plan = self._faults(Document.BOXSCORE, day, game_id, position)
        box = self.league.box_scores(day, as_of)
        players = box.players[box.players["GAME_ID"] == game_id]
        lines = box.teams[box.teams["GAME_ID"] == game_id]
        home, away = (self.league.model.teams[t].team_id for t in (game.home, game.away))
        jerseys: dict[int, str] = {}
        if len(players):
            for team_id in (home, away):
                roster = self.league.roster(team_id, day)
                jerseys.update(zip(roster["PLAYER_ID"].astype(int), roster["NUM"], strict=True))
            generated = self.league.model.ends_at(game)
        else:  # not final yet: the teams without players, as before tip-off
            generated = as_of or game.tip_off
        payload = payloads.boxscore_traditional_v3(
            game_id, home, away, players, lines, jerseys=jerseys, generated_at=generated
        )
        if plan.empty:
            payload = fault_rules.emptied(Document.BOXSCORE, payload)
        return Document.BOXSCORE, payload, plan, {}

    # -- injury report --------------------------------------------------------------------

    def _injury_report(
        self, day: date, as_of: datetime | None
    ) -> tuple[Document, Any, FaultPlan, dict[str, str]]:
        plan = self._faults(Document.INJURY_REPORT, day)
        games = self._day_games(day)
        last = games[-1].tip_off if games else datetime.combine(day, datetime.min.time(), ET)
        moment = last if as_of is None else min(as_of, last)
        # Reports come out on the quarter hour.
        moment = moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)
        payload = payloads.injury_report(moment, self.league.injury_report(day, as_of))
        if plan.empty:
            payload = fault_rules.emptied(Document.INJURY_REPORT, payload)
        return Document.INJURY_REPORT, payload, plan, {}

    # -- The Odds API ---------------------------------------------------------------------

    def _odds_events(
        self, params: httpx.QueryParams, as_of: datetime | None
    ) -> tuple[Document, Any, FaultPlan, dict[str, str]]:
        start = _odds_time(params.get("commenceTimeFrom"), "commenceTimeFrom")
        end = _odds_time(params.get("commenceTimeTo"), "commenceTimeTo")
        anchor = start or as_of
        plan = FaultPlan()
        if anchor is not None:
            plan = self._faults(Document.ODDS_EVENTS, anchor.astimezone(ET).date())
        model = self.league.model
        rows = [
            {
                "event_id": model.event_id(g),
                "commence_time_utc": _utc_text(g.tip_off),
                "home_team": model.teams[g.home].full_name,
                "away_team": model.teams[g.away].full_name,
            }
            for g in model.games
            if (start is None or g.tip_off >= start) and (end is None or g.tip_off <= end)
        ]
        payload: Any = payloads.odds_events(pd.DataFrame(rows))
        if plan.keep_first is not None:
            payload = fault_rules.first_games(Document.ODDS_EVENTS, payload, plan.keep_first)
        if plan.empty:
            payload = fault_rules.emptied(Document.ODDS_EVENTS, payload)
        return Document.ODDS_EVENTS, payload, plan, {}

    def _player_props(
        self, event_id: str, params: httpx.QueryParams, as_of: datetime | None
    ) -> tuple[Document, Any, FaultPlan, dict[str, str]]:
        markets = params.get("markets", "")
        if not params.get("regions") and not params.get("bookmakers"):
            raise _Reply(422, {"message": "Missing regions or bookmakers parameter."})
        if payloads.PLAYER_POINTS not in markets.split(","):
            raise _Reply(422, {"message": f"Markets not supported here: {markets!r}."})
        game = self._events().get(event_id)
        if game is None:
            raise _Reply(
                404,
                {
                    "message": "Event not found. The event may have expired or the event id "
                    "is invalid.",
                    "error_code": "EVENT_NOT_FOUND",
                },
            )
        day = game.game_date
        order = sorted(
            self._day_games(day), key=lambda g: (g.tip_off, self.league.model.event_id(g))
        )
        position = [g.game_id for g in order].index(game.game_id)
        plan = self._faults(Document.PLAYER_PROPS, day, event_id, position)
        props = self.league.props(day, as_of)
        quotes = props[props["event_id"] == event_id]
        model = self.league.model
        event = payloads.odds_event(
            event_id,
            _utc_text(game.tip_off),
            model.teams[game.home].full_name,
            model.teams[game.away].full_name,
        )
        asked = [m for m in payloads.EVENT_MARKETS if m in markets.split(",")]
        lines = self.league.game_lines(day, as_of)
        lines = lines[lines["event_id"] == event_id]
        payload = payloads.event_odds(event, quotes, lines, asked)
        if plan.empty:
            payload = fault_rules.emptied(Document.PLAYER_PROPS, payload)
        return Document.PLAYER_PROPS, payload, plan, {}


# -- parameter parsing --------------------------------------------------------------------


def _unmatched(
    rule: fault_rules.Fault, document: Document, games: list[Game], parts: set[str], most: int
) -> str | None:
    """Why ``rule`` can never fire on its date (None when some fetch meets it)."""
    if document in fault_rules.PER_GAME and not games:
        return f"no games, so no {document.value} is fetched"
    if rule.parts is not None:
        unknown = sorted(set(rule.parts) - parts)
        if len(unknown) == len(rule.parts):
            kind = {"boxscore": "game", "player_props": "event", "roster": "team"}
            named = kind.get(document.value, "part (only 'all')")
            return f"parts {', '.join(unknown)} name no {named} of the date"
    if rule.kind == "partial" and rule.available is not None:
        if not games:
            return "no games to leave out"
        if rule.available >= most:
            return f"available {rule.available} serves every game (at most {most} a date)"
    return None


def _as_of(request: httpx.Request) -> datetime | None:
    text = request.headers.get(AS_OF_HEADER)
    if not text:
        return None
    try:
        return coerce_instant(text)
    except ValueError:
        raise _Reply(400, f"{AS_OF_HEADER}: not an ISO-8601 instant: {text!r}") from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Reply(404, "Not Found") from None


def _stats_date(text: str | None) -> date:
    """stats.nba.com takes ``YYYY-MM-DD`` or ``MM/DD/YYYY``."""
    if not text:
        raise _Reply(400, "GameDate is required.")
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise _Reply(400, f"The value '{text}' is not valid for GameDate.")


def _odds_time(text: str | None, name: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise _Reply(
            422,
            {
                "message": f"Invalid {name} parameter. The format must be YYYY-MM-DDTHH:MM:SSZ.",
                "error_code": "INVALID_COMMENCE_TIME_FROM"
                if name == "commenceTimeFrom"
                else "INVALID_COMMENCE_TIME_TO",
            },
        ) from None
    return moment


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
