"""What a date looks like to the scrapers: its games, teams and bookmaker events.

The context is built from the source itself (the schedule, and the odds events when props
are wanted), so every scraper derives its parameters from the same facts about the same
date, never from a hard-coded list or from "today" (seeds fix 1 and 2). Within a run
those documents are fetched once and shared (``shared.RunDocuments``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any

from tipoff.nba.documents import Document, FetchRequest, RawDocument
from tipoff.nba.game_status import ET, FINAL, default_as_of, is_overdue
from tipoff.nba.parsers import ScheduleRow, parse_odds_events, parse_schedule
from tipoff.nba.sources.base import Source

DATE_OVER_AT = time(2, 0)  # the morning after, ET: no game of the date is still on


def as_of_param(params: dict[str, Any], day: date, mode: str) -> datetime | None:
    value = params.get("as_of")
    if value:
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=ET)
    return default_as_of(day, mode)


@dataclass
class DateContext:
    """Facts about one date, read from the source once and shared by the resolvers."""

    source: Source
    day: date
    mode: str
    as_of: datetime | None
    now: datetime | None = None  # when the scraper runs (a live source answers as of now)
    fetched: dict[str, int] = field(default_factory=dict)  # document → HTTP attempts spent
    # how documents are fetched: the run's shared fetches (see shared.py), else the source
    fetcher: Callable[[FetchRequest], RawDocument] | None = None

    def request(self, document: Document, part: str = "all") -> FetchRequest:
        return FetchRequest(document=document, day=self.day, part=part, as_of=self.as_of)

    def fetch(self, request: FetchRequest) -> RawDocument:
        return (self.fetcher or self.source.fetch)(request)

    @cached_property
    def games(self) -> list[ScheduleRow]:
        raw = self.fetch(self.request(Document.SCHEDULE))
        self.fetched["schedule"] = raw.http_attempts
        return parse_schedule(raw.content, source_key=raw.key)

    @property
    def has_games(self) -> bool:
        return bool(self.games)

    def teams(self) -> list[int]:
        return sorted({t for g in self.games for t in (g.home_team_id, g.away_team_id)})

    def final_games(self) -> list[str]:
        return sorted(g.game_id for g in self.games if g.status == FINAL)

    @property
    def is_over(self) -> bool:
        """Every game of the date has ended by the instant the fetches stand for: the
        earlier of the run's as-of and now, past 02:00 ET the next morning (the latest tip
        is about 22:30 ET; a box score taken while a game is on would load partial stats)."""
        instants = [t for t in (self.as_of, self.now) if t is not None]
        if not instants:
            return True
        over = datetime.combine(self.day + timedelta(days=1), DATE_OVER_AT, tzinfo=ET)
        return min(instants) >= over

    def overdue_games(self) -> list[str]:
        """Games the schedule still shows as not final though the date is over."""
        if not self.is_over:
            return []
        return sorted(g.game_id for g in self.games if is_overdue(g.status, g.status_text))

    @cached_property
    def events(self) -> list[str]:
        raw = self.fetch(self.request(Document.ODDS_EVENTS))
        self.fetched["odds_events"] = raw.http_attempts
        rows = parse_odds_events(raw.content, source_key=raw.key, game_date=self.day)
        return sorted(r.event_id for r in rows)
