"""Typed rows, one class per raw table, with the columns of that table.

A row also remembers where in its document it came from (``origin``, e.g.
``homeTeam.players[4]``) and which upstream field each column was read from
(``FIELDS``), so a validator can name file, field and row without the payload at hand.
``origin`` is not a column and takes no part in equality.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

import sqlalchemy as sa

from tipoff.nba import raw_tables as tables


@dataclass(frozen=True, kw_only=True)
class RawRow:
    """A row of a raw table, read from the bucket document ``source_key``."""

    TABLE: ClassVar[sa.Table]
    FIELDS: ClassVar[Mapping[str, str]] = {}

    source_key: str
    origin: str = field(default="", compare=False)

    def values(self) -> dict[str, Any]:
        """The row's columns (without ``loaded_at``, which the writer stamps)."""
        return {c.name: getattr(self, c.name) for c in self.TABLE.columns if c.name != "loaded_at"}

    def key(self) -> tuple[Any, ...]:
        """The natural key (the table's primary key) of the row."""
        return tuple(getattr(self, c.name) for c in self.TABLE.primary_key.columns)

    def where(self, column: str) -> str:
        """``<origin>.<upstream field>`` of a column, for messages."""
        name = self.FIELDS.get(column, column)
        return f"{self.origin}.{name}" if self.origin else name


@dataclass(frozen=True, kw_only=True)
class ScheduleRow(RawRow):
    TABLE: ClassVar[sa.Table] = tables.raw_schedule
    FIELDS: ClassVar[Mapping[str, str]] = {
        "game_id": "GAME_ID", "game_date": "GAME_DATE_EST", "season": "SEASON",
        "home_team_id": "HOME_TEAM_ID", "away_team_id": "VISITOR_TEAM_ID",
        "status": "GAME_STATUS_ID", "status_text": "GAME_STATUS_TEXT", "home_pts": "PTS",
        "away_pts": "PTS",
    }  # fmt: skip

    game_id: str
    game_date: date
    season: str
    home_team_id: int
    away_team_id: int
    home_tricode: str | None
    away_tricode: str | None
    status: int
    status_text: str
    home_pts: int | None
    away_pts: int | None


@dataclass(frozen=True, kw_only=True)
class RosterRow(RawRow):
    TABLE: ClassVar[sa.Table] = tables.raw_rosters
    FIELDS: ClassVar[Mapping[str, str]] = {
        "team_id": "TeamID", "player_id": "PLAYER_ID", "player_name": "PLAYER",
        "position": "POSITION", "jersey": "NUM", "experience": "EXP",
    }  # fmt: skip

    roster_date: date
    team_id: int
    player_id: int
    player_name: str
    position: str | None
    jersey: str | None
    experience: str | None


# Box score columns and the boxscoretraditionalv3 statistics they come from.
BOX_STAT_FIELDS: Mapping[str, str] = {
    "fgm": "fieldGoalsMade",
    "fga": "fieldGoalsAttempted",
    "fg3m": "threePointersMade",
    "fg3a": "threePointersAttempted",
    "ftm": "freeThrowsMade",
    "fta": "freeThrowsAttempted",
    "oreb": "reboundsOffensive",
    "dreb": "reboundsDefensive",
    "reb": "reboundsTotal",
    "ast": "assists",
    "stl": "steals",
    "blk": "blocks",
    "tov": "turnovers",
    "pf": "foulsPersonal",
    "pts": "points",
}
_STAT_PATHS = {c: f"statistics.{f}" for c, f in BOX_STAT_FIELDS.items()}


@dataclass(frozen=True, kw_only=True)
class _BoxStats(RawRow):
    minutes: float
    fgm: int
    fga: int
    fg3m: int
    fg3a: int
    ftm: int
    fta: int
    oreb: int
    dreb: int
    reb: int
    ast: int
    stl: int
    blk: int
    tov: int
    pf: int
    pts: int


@dataclass(frozen=True, kw_only=True)
class PlayerBoxRow(_BoxStats):
    TABLE: ClassVar[sa.Table] = tables.raw_player_boxscores
    FIELDS: ClassVar[Mapping[str, str]] = {
        **_STAT_PATHS, "minutes": "statistics.minutes", "player_id": "personId",
        "plus_minus": "statistics.plusMinusPoints", "starter": "position",
        "dnp_reason": "comment",
    }  # fmt: skip

    game_id: str
    player_id: int
    game_date: date
    team_id: int
    opponent_team_id: int
    is_home: bool
    player_name: str
    starter: bool
    played: bool
    dnp_reason: str | None
    plus_minus: int | None


@dataclass(frozen=True, kw_only=True)
class TeamBoxRow(_BoxStats):
    TABLE: ClassVar[sa.Table] = tables.raw_team_boxscores
    FIELDS: ClassVar[Mapping[str, str]] = {
        **_STAT_PATHS, "minutes": "statistics.minutes", "team_id": "teamId",
    }  # fmt: skip

    game_id: str
    team_id: int
    game_date: date
    opponent_team_id: int
    is_home: bool


@dataclass(frozen=True, kw_only=True)
class InjuryRow(RawRow):
    TABLE: ClassVar[sa.Table] = tables.raw_injury_report
    FIELDS: ClassVar[Mapping[str, str]] = {
        "player_name": "playerName", "team_id": "team", "status": "currentStatus",
        "reason": "reason", "game_id": "matchup",
    }  # fmt: skip

    report_date: date
    player_id: int
    team_id: int
    game_id: str | None
    player_name: str
    status: str
    reason: str | None


@dataclass(frozen=True, kw_only=True)
class OddsEventRow(RawRow):
    TABLE: ClassVar[sa.Table] = tables.raw_odds_events
    FIELDS: ClassVar[Mapping[str, str]] = {
        "event_id": "id", "commence_time": "commence_time", "home_team": "home_team",
        "away_team": "away_team",
    }  # fmt: skip

    event_id: str
    game_date: date
    commence_time: float
    home_team: str
    away_team: str
    game_id: str | None


@dataclass(frozen=True, kw_only=True)
class PropRow(RawRow):
    TABLE: ClassVar[sa.Table] = tables.raw_player_props
    FIELDS: ClassVar[Mapping[str, str]] = {
        "player_name": "description", "line": "point", "over_price": "price",
        "under_price": "price", "bookmaker": "key", "last_update": "last_update",
    }  # fmt: skip

    event_id: str
    bookmaker: str
    player_name: str
    line: float
    game_date: date
    player_id: int | None
    over_price: int | None
    under_price: int | None
    last_update: float | None


@dataclass(frozen=True, kw_only=True)
class GameLineRow(RawRow):
    TABLE: ClassVar[sa.Table] = tables.raw_game_lines
    FIELDS: ClassVar[Mapping[str, str]] = {
        "bookmaker": "key", "home_spread": "point", "home_spread_price": "price",
        "away_spread_price": "price", "spread_update": "last_update", "total": "point",
        "over_price": "price", "under_price": "price", "total_update": "last_update",
    }  # fmt: skip

    event_id: str
    bookmaker: str
    game_date: date
    home_spread: float | None
    home_spread_price: int | None
    away_spread_price: int | None
    spread_update: float | None
    total: float | None
    over_price: int | None
    under_price: int | None
    total_update: float | None
