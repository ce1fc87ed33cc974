"""One parser per document kind: upstream payload bytes → typed rows of the raw tables.

Every parser has the form ``parse_<document>(content, *, source_key, ...) -> list[Row]``
and raises :class:`~tipoff.errors.PayloadError` naming file, field and row for each
problem of the document (schema drift, malformed JSON, wrong types), all at once. Given a
``problems`` list instead, it records the problems there and returns the rows it could
read, so a validator can add its own findings to the same report.
"""

from __future__ import annotations

from tipoff.nba.parsers.boxscore import parse_boxscore, parse_minutes
from tipoff.nba.parsers.common import Problems, payload_error
from tipoff.nba.parsers.game_lines import parse_game_lines
from tipoff.nba.parsers.injuries import parse_injury_report
from tipoff.nba.parsers.odds import parse_odds_events, parse_player_props
from tipoff.nba.parsers.roster import parse_roster
from tipoff.nba.parsers.rows import (
    GameLineRow,
    InjuryRow,
    OddsEventRow,
    PlayerBoxRow,
    PropRow,
    RawRow,
    RosterRow,
    ScheduleRow,
    TeamBoxRow,
)
from tipoff.nba.parsers.schedule import parse_schedule

__all__ = [
    "GameLineRow",
    "InjuryRow",
    "OddsEventRow",
    "PlayerBoxRow",
    "Problems",
    "PropRow",
    "RawRow",
    "RosterRow",
    "ScheduleRow",
    "TeamBoxRow",
    "parse_boxscore",
    "parse_game_lines",
    "parse_injury_report",
    "parse_minutes",
    "parse_odds_events",
    "parse_player_props",
    "parse_roster",
    "parse_schedule",
    "payload_error",
]
