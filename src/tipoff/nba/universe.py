"""The player universe: which players a date concerns, decided in one place for every phase.

Two ways to know (seeds 000, issues 1, 5 and 6):

- **daily** (before the games): the schedule's teams, each team's latest roster on or
  before the date, and the date's injury report (out, doubtful, questionable, probable;
  a rostered player not on a loaded report is ``available``; with no report loaded at
  all the status is unknown, ``None``). Each player records the roster date he came
  from; a roster more than 7 days older than the date is a warning.
- **backfill** (a finished date): the players who played in the date's box scores. The
  injury report of the date is still attached when one was loaded.

The mode is explicit, or detected: final box scores of the date in the database mean
backfill; otherwise a date today or later is daily. A past date without box scores can
only be seen the daily way, which the universe says in a warning.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import pandas as pd
import sqlalchemy as sa
import structlog

from tipoff.nba import raw_tables as raw
from tipoff.nba.raw import reads

log = structlog.get_logger("tipoff.nba.universe")

ROSTER_STALE_DAYS = 7
INJURY_STATUSES = ("out", "doubtful", "questionable", "probable", "available")
# Engine modes whose universe is known without looking at the data.
MODE_OF_RUN = {"same_day": "daily", "backfill": "backfill"}


class UniverseMode(StrEnum):
    """How a date's players are found."""

    DAILY = "daily"  # schedule + latest roster + injury report (before the games)
    BACKFILL = "backfill"  # the date's box scores (after the games)


@dataclass(frozen=True)
class UniversePlayer:
    player_id: int
    player_name: str
    team_id: int
    opponent_team_id: int
    game_id: str
    is_home: bool
    injury_status: str | None
    injury_reason: str | None
    roster_date: date | None  # daily mode: the roster he was taken from


@dataclass(frozen=True)
class PlayerUniverse:
    """The players of a date, how they were found, and what looked wrong on the way."""

    day: date
    mode: UniverseMode
    players: tuple[UniversePlayer, ...]
    # The oldest roster used (daily mode); None in backfill or without rosters.
    roster_date: date | None = None
    roster_dates: dict[int, date] = field(default_factory=dict)  # team → roster date used
    warnings: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[UniversePlayer]:
        return iter(self.players)

    def __len__(self) -> int:
        return len(self.players)

    @property
    def player_ids(self) -> list[int]:
        return [p.player_id for p in self.players]

    def by_status(self, status: str) -> list[UniversePlayer]:
        return [p for p in self.players if p.injury_status == status]

    @property
    def roster_age_days(self) -> int | None:
        return None if self.roster_date is None else (self.day - self.roster_date).days

    def frame(self) -> pd.DataFrame:
        columns = list(UniversePlayer.__dataclass_fields__)
        return pd.DataFrame([p.__dict__ for p in self.players], columns=columns)


def has_final_box_scores(conn: sa.Connection, day: date) -> bool:
    b = raw.raw_player_boxscores.c
    found = conn.execute(sa.select(b.game_id).where(b.game_date == day).limit(1)).first()
    return found is not None


def detect_mode(conn: sa.Connection, day: date, *, today: date) -> tuple[UniverseMode, str | None]:
    """The mode a date's data allows, and a warning when neither way is right."""
    if has_final_box_scores(conn, day):
        return UniverseMode.BACKFILL, None
    if day < today:
        return UniverseMode.DAILY, (
            f"{day} is past but has no box scores loaded: its universe is taken from "
            "the rosters, as on a game day"
        )
    return UniverseMode.DAILY, None


def resolve_mode(
    conn: sa.Connection,
    day: date,
    *,
    explicit: str | None = None,
    run_mode: str | None = None,
    today: date,
) -> tuple[UniverseMode, str | None]:
    """An explicit mode wins, then the run's mode (same_day, backfill), then detection."""
    if explicit:
        return UniverseMode(explicit), None
    if run_mode in MODE_OF_RUN:
        return UniverseMode(MODE_OF_RUN[run_mode]), None
    return detect_mode(conn, day, today=today)


def player_universe(
    conn: sa.Connection,
    day: date,
    *,
    mode: UniverseMode | str | None = None,
    today: date | None = None,
) -> PlayerUniverse:
    """The players ``day`` concerns. ``mode`` None: detected (``today`` then needed)."""
    warnings: list[str] = []
    if mode is None:
        if today is None:
            raise ValueError("player_universe: give a mode, or today's date to detect it")
        found, warning = detect_mode(conn, day, today=today)
        if warning:
            warnings.append(warning)
    else:
        found = UniverseMode(mode)
    if found is UniverseMode.BACKFILL:
        universe = _backfill(conn, day, warnings)
    else:
        universe = _daily(conn, day, warnings)
    for warning in universe.warnings:
        log.warning("player_universe_warning", day=str(day), mode=found.value, warning=warning)
    return universe


def _injuries(conn: sa.Connection, day: date) -> dict[int, tuple[str, str | None]] | None:
    report = reads.injury_report(conn, day)
    if report.empty:
        return None
    return {
        int(p): (str(s).lower(), r)
        for p, s, r in zip(report["player_id"], report["status"], report["reason"], strict=True)
    }


def _status(
    injuries: dict[int, tuple[str, str | None]] | None, player_id: int
) -> tuple[str | None, str | None]:
    if injuries is None:
        return None, None
    return injuries.get(player_id, ("available", None))


def _games_of_teams(conn: sa.Connection, day: date) -> dict[int, tuple[str, int, bool]]:
    """team → (game_id, opponent, is_home) for the date's scheduled games."""
    games = reads.schedule(conn, day)
    out: dict[int, tuple[str, int, bool]] = {}
    for game_id, home, away in zip(
        games["game_id"], games["home_team_id"], games["away_team_id"], strict=True
    ):
        out[int(home)] = (str(game_id), int(away), True)
        out[int(away)] = (str(game_id), int(home), False)
    return out


def _daily(conn: sa.Connection, day: date, warnings: list[str]) -> PlayerUniverse:
    teams = _games_of_teams(conn, day)
    if not teams:
        return PlayerUniverse(day, UniverseMode.DAILY, (), warnings=tuple(warnings))
    r = raw.raw_rosters.c
    latest = (
        sa.select(r.team_id, sa.func.max(r.roster_date).label("taken"))
        .where(r.roster_date <= day, r.team_id.in_(sorted(teams)))
        .group_by(r.team_id)
        .subquery()
    )
    rows = conn.execute(
        sa.select(r.team_id, r.player_id, r.player_name, r.roster_date)
        .join(latest, sa.and_(r.team_id == latest.c.team_id, r.roster_date == latest.c.taken))
        .order_by(r.team_id, r.player_id)
    ).all()
    roster_dates: dict[int, date] = {}
    # A player on two teams' latest rosters (traded; one roster older) counts for the newer.
    chosen: dict[int, tuple[int, str, date]] = {}
    for team_id, player_id, name, taken in rows:
        roster_dates[team_id] = taken
        if player_id not in chosen or taken > chosen[player_id][2]:
            chosen[player_id] = (team_id, name, taken)
    for team_id in sorted(set(teams) - set(roster_dates)):
        warnings.append(f"no roster on or before {day} for team {team_id}: its players are missing")
    for team_id, taken in sorted(roster_dates.items()):
        if (day - taken).days > ROSTER_STALE_DAYS:
            warnings.append(
                f"roster of team {team_id} is from {taken}, {(day - taken).days} days before "
                f"{day} (more than {ROSTER_STALE_DAYS})"
            )
    injuries = _injuries(conn, day)
    players = []
    for player_id, (team_id, name, taken) in sorted(chosen.items()):
        game_id, opponent, is_home = teams[team_id]
        status, reason = _status(injuries, player_id)
        players.append(
            UniversePlayer(
                player_id, name, team_id, opponent, game_id, is_home, status, reason, taken
            )
        )
    return PlayerUniverse(
        day,
        UniverseMode.DAILY,
        tuple(players),
        roster_date=min(roster_dates.values()) if roster_dates else None,
        roster_dates=roster_dates,
        warnings=tuple(warnings),
    )


def _backfill(conn: sa.Connection, day: date, warnings: list[str]) -> PlayerUniverse:
    box = reads.player_boxes(
        conn,
        on=day,
        columns=("game_id", "player_id", "team_id", "opponent_team_id", "is_home",
                 "player_name", "played"),
    )  # fmt: skip
    box = box[box["played"].astype(bool)].sort_values("player_id", kind="stable")
    injuries = _injuries(conn, day)
    players = []
    columns = ("player_id", "player_name", "team_id", "opponent_team_id", "game_id", "is_home")
    for pid, name, team, opponent, game, home in zip(
        *(box[c].tolist() for c in columns), strict=True
    ):
        status, reason = _status(injuries, int(pid))
        players.append(
            UniversePlayer(
                int(pid),
                str(name),
                int(team),
                int(opponent),
                str(game),
                bool(home),
                status,
                reason,
                None,
            )
        )
    return PlayerUniverse(day, UniverseMode.BACKFILL, tuple(players), warnings=tuple(warnings))
