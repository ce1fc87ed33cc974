"""Is the schedule fresh enough to act on, and the job that repairs stale game status.

A schedule older than ``max_stale_hours`` (default 6) is stale: downstream work would act
on games whose status or time has changed. When NBA.com is down, an operator can widen
the limit for a while (``TIPOFF_SCHEDULE_STALENESS_OVERRIDE_HOURS`` until
``TIPOFF_SCHEDULE_STALENESS_OVERRIDE_EXPIRES``); past that instant the default applies
again by itself, so a forgotten override cannot hide staleness for good.

The source's schedule sometimes keeps a finished game "scheduled" for hours (seeds fix 4).
``fix_stale_schedule`` corrects such games from the box scores already loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from tipoff.engine.registry import Blueprint, JobContext, Result
from tipoff.nba.game_status import FINAL
from tipoff.nba.raw_tables import raw_schedule, raw_team_boxscores

DEFAULT_MAX_STALE_HOURS = 6.0

staleness_blueprint = Blueprint("nba-schedule")


@dataclass(frozen=True)
class StalenessPolicy:
    max_stale_hours: float = DEFAULT_MAX_STALE_HOURS
    override_hours: float | None = None
    override_expires: datetime | None = None

    def effective_max_hours(self, now: datetime) -> float:
        """The override while it lasts (it needs an expiry), the default otherwise."""
        expires = self.override_expires
        if self.override_hours is not None and expires is not None and now < expires:
            return self.override_hours
        return self.max_stale_hours


@dataclass(frozen=True)
class Freshness:
    day: date
    games: int
    loaded_at: float | None  # the oldest load among the date's games
    age_hours: float | None
    max_hours: float

    @property
    def fresh(self) -> bool:
        return self.age_hours is not None and self.age_hours <= self.max_hours

    def describe(self) -> str:
        if self.loaded_at is None:
            return f"schedule for {self.day}: not loaded"
        state = "fresh" if self.fresh else "STALE"
        return (
            f"schedule for {self.day}: {state}, {self.games} games, loaded "
            f"{self.age_hours:.1f} h ago (limit {self.max_hours:g} h)"
        )


def schedule_freshness(
    conn: sa.Connection, day: date, *, now: datetime, policy: StalenessPolicy
) -> Freshness:
    games, oldest = conn.execute(
        sa.select(sa.func.count(), sa.func.min(raw_schedule.c.loaded_at)).where(
            raw_schedule.c.game_date == day
        )
    ).one()
    age = None if oldest is None else max(0.0, now.timestamp() - float(oldest)) / 3600
    return Freshness(day, int(games), oldest, age, policy.effective_max_hours(now))


def stale_games(conn: sa.Connection, *, before: date) -> list[dict[str, Any]]:
    """Games before ``before`` still not final whose both team box scores are loaded."""
    home = raw_team_boxscores.alias("home")
    away = raw_team_boxscores.alias("away")
    rows = conn.execute(
        sa.select(
            raw_schedule.c.game_id,
            raw_schedule.c.game_date,
            raw_schedule.c.status,
            home.c.pts.label("home_pts"),
            away.c.pts.label("away_pts"),
        )
        .join(
            home,
            sa.and_(
                home.c.game_id == raw_schedule.c.game_id,
                home.c.team_id == raw_schedule.c.home_team_id,
            ),
        )
        .join(
            away,
            sa.and_(
                away.c.game_id == raw_schedule.c.game_id,
                away.c.team_id == raw_schedule.c.away_team_id,
            ),
        )
        .where(raw_schedule.c.status != FINAL, raw_schedule.c.game_date < before)
        .order_by(raw_schedule.c.game_id)
    )
    return [dict(r._mapping) for r in rows]


@staleness_blueprint.processor("fix_stale_schedule")
def fix_stale_schedule(ctx: JobContext) -> Result:
    """Mark finished games final (status and both scores) where box scores prove it."""
    before = ctx.data_date or datetime.fromtimestamp(ctx.clock.now()).date()

    def write(conn: sa.Connection) -> int:
        games = stale_games(conn, before=before)
        for g in games:
            conn.execute(
                sa.update(raw_schedule)
                .where(raw_schedule.c.game_id == g["game_id"])
                .values(
                    status=FINAL,
                    status_text="Final",
                    home_pts=g["home_pts"],
                    away_pts=g["away_pts"],
                )
            )
        return len(games)

    return Result(write=write)
