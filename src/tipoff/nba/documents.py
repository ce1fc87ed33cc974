"""The documents the pipeline fetches, and where their raw bytes live in the bucket.

Every source (live, sim, replay) serves the same document kinds in the same payload shapes,
the shapes of the real upstream APIs, so one parser per kind serves all three:

=================  ========================================================  ===========
document           shape (upstream endpoint)                                 one per
=================  ========================================================  ===========
schedule           NBA.com stats ``scoreboardv3`` (games, their teams)      date
roster             NBA.com stats ``commonteamroster`` (CommonTeamRoster)    team
injury_report      NBA official injury report rows (see ``parsers``)        date
boxscore           NBA.com stats ``boxscoretraditionalv3`` (nested JSON)    game
odds_events        The Odds API v4 ``/sports/basketball_nba/events``        date
player_props       The Odds API v4 ``/events/{id}/odds?markets=player_points,spreads,totals``  event
=================  ========================================================  ===========

The exact shapes (only the fields tipoff reads are listed; real payloads carry more):

- ``schedule``: ``GET https://stats.nba.com/stats/scoreboardv3?GameDate=YYYY-MM-DD&LeagueID=00``
  → ``{"meta": {...}, "scoreboard": {"gameDate": "YYYY-MM-DD", "leagueId": "00", "games":
  [{"gameId", "gameCode": "20251105/PHICLE", "gameStatus": 1 scheduled | 2 in progress |
  3 final, "gameStatusText": "7:00 pm ET" | "Q3 5:12" | "Final" | "PPD", "gameTimeUTC",
  "gameEt", "homeTeam": {"teamId", "teamTricode", "wins", "losses", "score" (0 until the
  game starts), ...}, "awayTeam": {...}}]}}``. The older ``scoreboardv2`` (GameHeader and
  LineScore result sets) is still parsed, but since October 2025 it answers the current
  season with an empty LineScore and a stale status.
- ``roster``: ``GET https://stats.nba.com/stats/commonteamroster?TeamID=<id>&Season=2025-26&LeagueID=00``
  → resultSets ``CommonTeamRoster`` (TeamID, SEASON, LeagueID, PLAYER, PLAYER_SLUG, NUM,
  POSITION, HEIGHT, WEIGHT, BIRTH_DATE, AGE, EXP, SCHOOL, PLAYER_ID) and ``Coaches``.
- ``boxscore``: ``GET https://stats.nba.com/stats/boxscoretraditionalv3?GameID=<id>&StartPeriod=0&EndPeriod=0&StartRange=0&EndRange=0&RangeType=0``
  → ``{"meta": {...}, "boxScoreTraditional": {"gameId", "homeTeamId", "awayTeamId",
  "homeTeam": {"teamId", "teamCity", "teamName", "teamTricode", "teamSlug",
  "players": [{"personId", "firstName", "familyName", "nameI", "playerSlug", "position"
  ("" off the bench, e.g. "F" for a starter), "comment" ("" or e.g. "DNP - Coach's
  Decision"), "jerseyNum", "statistics": {"minutes" ("MM:SS", "" when he did not play),
  "fieldGoalsMade", "fieldGoalsAttempted", "fieldGoalsPercentage", "threePointersMade",
  "threePointersAttempted", "threePointersPercentage", "freeThrowsMade",
  "freeThrowsAttempted", "freeThrowsPercentage", "reboundsOffensive", "reboundsDefensive",
  "reboundsTotal", "assists", "steals", "blocks", "turnovers", "foulsPersonal", "points",
  "plusMinusPoints"}}], "statistics": {same keys, team totals, "minutes" "240:00"}},
  "awayTeam": {...}}}``.
- ``injury_report``: the NBA's official report, whose columns are kept as they are:
  ``{"reportTime": ISO-8601 with offset, "rows": [{"gameDate": "MM/DD/YYYY", "gameTime":
  "07:30 (ET)", "matchup": "BOS@NYK", "team": "Boston Celtics", "playerName": "Tatum,
  Jayson", "currentStatus": "Out" | "Doubtful" | "Questionable" | "Probable" |
  "Available", "reason": "Injury/Illness - ..."}]}``. The report names players, not ids:
  the parser matches "Last, First" and the team against the date's rosters.
- ``odds_events``: ``GET https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K&commenceTimeFrom=..Z&commenceTimeTo=..Z``
  → ``[{"id", "sport_key": "basketball_nba", "sport_title": "NBA", "commence_time":
  "YYYY-MM-DDTHH:MM:SSZ", "home_team": full name, "away_team": full name}]``.
- ``player_props``: ``GET https://api.the-odds-api.com/v4/sports/basketball_nba/events/<id>/odds?apiKey=K&regions=us&markets=player_points,spreads,totals&oddsFormat=american``
  → ``{"id", "sport_key", "sport_title", "commence_time", "home_team", "away_team",
  "bookmakers": [{"key": "draftkings", "title": "DraftKings", "last_update": "..Z",
  "markets": [{"key": "player_points", "last_update": "..Z", "outcomes": [{"name": "Over"
  | "Under", "description": player name, "price": American odds (int), "point": 26.5}]},
  {"key": "spreads", "last_update", "outcomes": [{"name": team full name, "price",
  "point": -4.5}, ...]}, {"key": "totals", "last_update", "outcomes": [{"name": "Over" |
  "Under", "price", "point": 221.5}]}]}]}`` (a book may leave out any market).

Raw documents are stored under a deterministic key, so a re-scrape overwrites the same
object and a raw processor can always find what it is meant to parse::

    raw/<source>/<document>/<YYYY-MM-DD>/<part>.json      (part: "all", a game, team or event id)
    raw/live/injury_report/<YYYY-MM-DD>/all.pdf            (the official report, as published)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tipoff.errors import ConfigError, ProcessorError


class Document(StrEnum):
    SCHEDULE = "schedule"  # the date's games and their status
    ROSTER = "roster"  # one team's players as of the date
    INJURY_REPORT = "injury_report"  # players listed out/doubtful/questionable/probable
    BOXSCORE = "boxscore"  # one final game's player and team lines
    ODDS_EVENTS = "odds_events"  # the bookmaker's events (games) of the date
    PLAYER_PROPS = "player_props"  # one event's player points lines and prices


# The scraper processor that fetches each document, as the pipeline names it (nba.yaml);
# the scrape phase registers them, and the raw document cleanup asks after their jobs.
SCRAPERS: dict[Document, str] = {
    Document.SCHEDULE: "scrape_schedule",
    Document.ROSTER: "scrape_rosters",
    Document.INJURY_REPORT: "scrape_injury_report",
    Document.BOXSCORE: "scrape_boxscores",
    Document.ODDS_EVENTS: "scrape_odds_events",
    Document.PLAYER_PROPS: "scrape_player_props",
}

SOURCES = ("live", "sim", "replay")
EXTENSIONS = ("json", "pdf")  # the injury report comes as NBA.com's PDF, kept as it is
_PART = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def bucket_key(
    source: str, document: Document | str, day: date, part: str = "all", ext: str = "json"
) -> str:
    """``raw/<source>/<document>/<date>/<part>.<json|pdf>``, refusing anything but safe ids."""
    if source not in SOURCES:
        raise ConfigError(f"unknown source {source!r} (known: {', '.join(SOURCES)})")
    doc = Document(document)
    if not _PART.match(part):
        raise ConfigError(f"bad document part {part!r}: expected an id of letters and digits")
    if ext not in EXTENSIONS:
        raise ConfigError(f"bad document extension {ext!r} (known: {', '.join(EXTENSIONS)})")
    return f"raw/{source}/{doc.value}/{day.isoformat()}/{part}.{ext}"


def source_of(params: Mapping[str, Any], *, processor: str) -> str:
    """The run's source from a job's params; an error, never a guess, when it is missing."""
    name = params.get("source")
    if not name:
        raise ProcessorError(
            f"{processor}: the job's params name no source (live, sim or replay): a run's "
            "source is resolved when the run starts; start the run again or give "
            "--param source=..."
        )
    if name not in SOURCES:
        raise ProcessorError(f"{processor}: unknown source {name!r} (known: {', '.join(SOURCES)})")
    return str(name)


@dataclass(frozen=True)
class FetchRequest:
    """What to fetch: a document kind for a date, and the id it needs (game, team, event).

    ``as_of`` is the moment the fetch stands for: the simulator answers as of then; a live
    source ignores it (the world answers as of now).
    """

    document: Document
    day: date
    part: str = "all"
    as_of: datetime | None = None
    params: dict[str, Any] = field(default_factory=dict)
    # an upstream probe's request (see ops/probes.py): one HTTP attempt, past the host's
    # circuit breaker and not counted on it
    probe: bool = False


@dataclass(frozen=True)
class RawDocument:
    """The bytes a source returned for a request, as received, and what they cost."""

    source: str
    request: FetchRequest
    url: str
    content: bytes
    fetched_at: float
    http_attempts: int = 1
    status: int = 200

    @property
    def key(self) -> str:
        ext = "pdf" if self.content.startswith(b"%PDF-") else "json"
        return bucket_key(
            self.source, self.request.document, self.request.day, self.request.part, ext
        )
