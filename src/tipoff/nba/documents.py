"""The documents the pipeline fetches, and where their raw bytes live in the bucket.

Every source (live, sim, replay) serves the same document kinds in the same payload shapes,
the shapes of the real upstream APIs, so one parser per kind serves all three:

=================  ========================================================  ===========
document           shape (upstream endpoint)                                 one per
=================  ========================================================  ===========
schedule           NBA.com stats ``scoreboardv2`` (GameHeader, LineScore)   date
roster             NBA.com stats ``commonteamroster`` (CommonTeamRoster)    team
injury_report      NBA official injury report rows (see ``parsers``)        date
boxscore           NBA.com stats ``boxscoretraditionalv3`` (nested JSON)    game
odds_events        The Odds API v4 ``/sports/basketball_nba/events``        date
player_props       The Odds API v4 ``/events/{id}/odds?markets=player_points``  event
=================  ========================================================  ===========

Raw documents are stored under a deterministic key, so a re-scrape overwrites the same
object and a raw processor can always find what it is meant to parse::

    raw/<source>/<document>/<YYYY-MM-DD>/<part>.json      (part: "all", a game, team or event id)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tipoff.errors import ConfigError


class Document(StrEnum):
    SCHEDULE = "schedule"  # the date's games and their status
    ROSTER = "roster"  # one team's players as of the date
    INJURY_REPORT = "injury_report"  # players listed out/doubtful/questionable/probable
    BOXSCORE = "boxscore"  # one final game's player and team lines
    ODDS_EVENTS = "odds_events"  # the bookmaker's events (games) of the date
    PLAYER_PROPS = "player_props"  # one event's player points lines and prices


SOURCES = ("live", "sim", "replay")
_PART = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def bucket_key(source: str, document: Document | str, day: date, part: str = "all") -> str:
    """``raw/<source>/<document>/<date>/<part>.json``, refusing anything but safe ids."""
    if source not in SOURCES:
        raise ConfigError(f"unknown source {source!r} (known: {', '.join(SOURCES)})")
    doc = Document(document)
    if not _PART.match(part):
        raise ConfigError(f"bad document part {part!r}: expected an id of letters and digits")
    return f"raw/{source}/{doc.value}/{day.isoformat()}/{part}.json"


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
        return bucket_key(self.source, self.request.document, self.request.day, self.request.part)
