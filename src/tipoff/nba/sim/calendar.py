"""The season calendar: which days can hold games, and how dates and instants are read.

NBA dates are Eastern dates (a 10:30 PM ET tip in Los Angeles belongs to that ET date), so
every date here is an ``America/New_York`` calendar date and every instant is timezone-aware.
The regular season opens on the Tuesday between 18 and 24 October and ends on the Sunday
between 9 and 15 April; there are no games on Thanksgiving, Christmas Eve or during the
All-Star break (Friday to Wednesday around the third Sunday of February), and Christmas Day
has exactly five.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from tipoff.nba.game_status import ET

UTC = ZoneInfo("UTC")

CHRISTMAS_GAMES = 5
OPENING_NIGHT_GAMES = 2

_SEASON_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_season(season: str) -> int:
    """The start year of a season label such as ``"2025-26"``; rejects malformed labels."""
    match = _SEASON_RE.match(season)
    if not match:
        raise ValueError(f"season must look like '2025-26', got {season!r}")
    start = int(match.group(1))
    if (start + 1) % 100 != int(match.group(2)):
        raise ValueError(f"season {season!r}: the second year must follow the first")
    if not 1990 <= start <= 2098:
        raise ValueError(f"season {season!r} is outside the supported range 1990-91..2098-99")
    return start


def _weekday_between(year: int, month: int, first_day: int, weekday: int) -> date:
    """The first date on or after ``year-month-first_day`` that falls on ``weekday``."""
    d = date(year, month, first_day)
    return d + timedelta(days=(weekday - d.weekday()) % 7)


@dataclass(frozen=True)
class SeasonCalendar:
    """Key dates of one regular season and the list of days that can hold games."""

    season: str

    @cached_property
    def start_year(self) -> int:
        return parse_season(self.season)

    @property
    def season_id(self) -> str:
        """NBA.com's ``SEASON_ID`` for the regular season: ``"2"`` + start year."""
        return f"2{self.start_year}"

    @property
    def game_id_prefix(self) -> str:
        """Regular-season game ids are ``"002"`` + two-digit start year + a 5-digit serial."""
        return f"002{self.start_year % 100:02d}"

    @cached_property
    def opening_day(self) -> date:
        return _weekday_between(self.start_year, 10, 18, 1)  # Tuesday

    @cached_property
    def last_day(self) -> date:
        return _weekday_between(self.start_year + 1, 4, 9, 6)  # Sunday

    @cached_property
    def all_star_sunday(self) -> date:
        return _weekday_between(self.start_year + 1, 2, 15, 6)  # third Sunday of February

    @cached_property
    def thanksgiving(self) -> date:
        return _weekday_between(self.start_year, 11, 22, 3)  # fourth Thursday of November

    @property
    def christmas(self) -> date:
        return date(self.start_year, 12, 25)

    @cached_property
    def trade_deadline(self) -> date:
        """The Thursday ten days or so before the All-Star break."""
        return self.all_star_sunday - timedelta(days=10)

    @cached_property
    def off_days(self) -> frozenset[date]:
        """Days inside the season without any game."""
        asg = self.all_star_sunday
        days = {self.thanksgiving, date(self.start_year, 12, 24)}
        days.update(asg + timedelta(days=k) for k in range(-2, 4))  # Friday .. Wednesday
        days.add(self.opening_day + timedelta(days=2))  # opening week breathes on Thursday
        return frozenset(days)

    @cached_property
    def days(self) -> tuple[date, ...]:
        """Every calendar day from opening day to the last day, game days or not."""
        n = (self.last_day - self.opening_day).days + 1
        return tuple(self.opening_day + timedelta(days=k) for k in range(n))

    @cached_property
    def game_days(self) -> tuple[date, ...]:
        """Days that can hold games, in order."""
        return tuple(d for d in self.days if d not in self.off_days)

    def day_index(self, d: date) -> int:
        """Days since opening day (may be negative or past the end: callers clip)."""
        return (d - self.opening_day).days

    def contains(self, d: date) -> bool:
        return self.opening_day <= d <= self.last_day


def coerce_date(value: date | datetime | str) -> date:
    """A calendar date from a ``date``, an ISO string, or a datetime (its ET date)."""
    if isinstance(value, datetime):
        return to_et(value).date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"not an ISO date: {value!r}") from exc


def to_et(moment: datetime) -> datetime:
    """An aware datetime in ET; a naive one is taken to be ET already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=ET)
    return moment.astimezone(ET)


def coerce_instant(value: datetime | str) -> datetime:
    """An aware ET datetime from a datetime or an ISO string (naive means ET)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"not an ISO datetime: {value!r}") from exc
    return to_et(value)


def et_at(d: date, hour: int, minute: int = 0) -> datetime:
    """``d`` at ``hour:minute`` Eastern time, aware."""
    return datetime.combine(d, time(hour, minute), tzinfo=ET)


def end_of_day(d: date) -> datetime:
    """The last instant of ET date ``d`` that queries treat as 'everything known that day'."""
    return datetime.combine(d + timedelta(days=1), time(5, 59), tzinfo=ET)


def local_tip(d: date, zone: str, hour: int, minute: int) -> datetime:
    """A tip-off at local ``hour:minute`` in the home arena's ``zone``, expressed in ET.

    Working in local time is what makes Phoenix (no daylight saving) tip at 9 PM ET in
    winter and 10 PM ET after the March clock change, as it does.
    """
    local = datetime.combine(d, time(hour, minute), tzinfo=ZoneInfo(zone))
    return local.astimezone(ET)
