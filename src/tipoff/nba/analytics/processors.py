"""Phase 3: the analytics processors, on the ``nba`` blueprint.

Finished games (overnight and backfill): ``player_game_summary``,
``team_offense_game_summary``, ``team_defense_game_summary``, from the date's box scores.

Upcoming games (same_day and backfill): ``upcoming_player_game_context`` and
``upcoming_team_game_context``, over the date's player universe (see
:mod:`tipoff.nba.universe`) and history strictly before the date.

Each processor reads and computes outside any write transaction and returns one write
that replaces its table's rows of the date (idempotent: see :mod:`.writer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pandas as pd
import sqlalchemy as sa
import structlog

from tipoff.engine.registry import Blueprint, JobContext, Result
from tipoff.nba.analytics import context, stats
from tipoff.nba.analytics import tables as t
from tipoff.nba.analytics.writer import records, replace_rows
from tipoff.nba.game_status import ET
from tipoff.nba.raw import reads
from tipoff.nba.universe import PlayerUniverse, player_universe, resolve_mode

log = structlog.get_logger("tipoff.nba.analytics")

analytics_blueprint = Blueprint("nba")

MAX_WARNINGS_KEPT = 20


def today(ctx: JobContext) -> date:
    return datetime.fromtimestamp(ctx.clock.now(), ET).date()


def universe_of(ctx: JobContext, conn: sa.Connection) -> PlayerUniverse:
    """The job date's universe: ``params["universe_mode"]``, else the run's mode, else
    detected from the data."""
    day = ctx.require_date()
    explicit = ctx.params.get("universe_mode")
    mode, warning = resolve_mode(
        conn, day, explicit=str(explicit) if explicit else None, run_mode=ctx.mode, today=today(ctx)
    )
    universe = player_universe(conn, day, mode=mode)
    if warning:
        log.warning("player_universe_warning", day=str(day), warning=warning)
        universe = replace(universe, warnings=(warning, *universe.warnings))
    return universe


def replace_result(
    ctx: JobContext,
    table: sa.Table,
    rows: pd.DataFrame,
    *,
    scope: dict[str, Any],
    stamp: str = "updated_at",
    detail: dict[str, Any] | None = None,
) -> Result:
    """A Result whose write makes ``table``'s rows within ``scope`` exactly ``rows``."""
    columns = [c.name for c in table.columns if c.name != stamp]
    values = records(rows, columns) if not rows.empty else []
    store, now = ctx.store, ctx.clock.now()

    def write(conn: sa.Connection) -> int:
        return replace_rows(store, conn, table, values, scope=scope, now=now, stamp=stamp)

    return Result(records=len(values), write=write, detail=detail or {})


def _universe_detail(universe: PlayerUniverse) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "universe_mode": universe.mode.value,
        "players": len(universe),
        "roster_date": None if universe.roster_date is None else universe.roster_date.isoformat(),
    }
    if universe.warnings:
        detail["warnings"] = list(universe.warnings[:MAX_WARNINGS_KEPT])
    return detail


def _with_dates(frame: pd.DataFrame, day: date) -> pd.DataFrame:
    frame = frame.copy()
    frame["game_date"] = day
    return frame


# -- finished games ------------------------------------------------------------------------


def _finished_games(ctx: JobContext) -> tuple[date, pd.DataFrame, pd.DataFrame, dict[int, str]]:
    day = ctx.require_date()
    with ctx.store.read() as conn:
        players = reads.player_boxes(conn, on=day)
        teams = reads.team_boxes(conn, on=day)
        positions = reads.positions(conn, players["player_id"].tolist(), day)
    return day, players, teams, positions


def _games_detail(teams: pd.DataFrame) -> dict[str, Any]:
    return {"games": int(teams["game_id"].nunique()) if not teams.empty else 0}


@analytics_blueprint.processor("player_game_summary")
def player_game_summary(ctx: JobContext) -> Result:
    """One row per player of each finished game: box score, shooting, usage, position."""
    day, players, teams, positions = _finished_games(ctx)
    rows = stats.player_games(players, teams, positions) if not players.empty else players
    detail = {**_games_detail(teams), "positions_known": len(positions)}
    return replace_result(
        ctx, t.player_game_summary, _with_dates(rows, day), scope={"game_date": day},
        detail=detail,
    )  # fmt: skip


@analytics_blueprint.processor("team_offense_game_summary")
def team_offense_game_summary(ctx: JobContext) -> Result:
    """One row per team of each finished game: possessions, pace, ratings, shooting."""
    day, _players, teams, _positions = _finished_games(ctx)
    rows = stats.team_offense(teams) if not teams.empty else teams
    return replace_result(
        ctx, t.team_offense_game_summary, _with_dates(rows, day), scope={"game_date": day},
        detail=_games_detail(teams),
    )  # fmt: skip


@analytics_blueprint.processor("team_defense_game_summary")
def team_defense_game_summary(ctx: JobContext) -> Result:
    """One row per defending team: what it allowed, by shot type and opponent position."""
    day, players, teams, positions = _finished_games(ctx)
    rows = stats.team_defense(teams, players, positions) if not teams.empty else teams
    return replace_result(
        ctx, t.team_defense_game_summary, _with_dates(rows, day), scope={"game_date": day},
        detail=_games_detail(teams),
    )  # fmt: skip


# -- upcoming games ------------------------------------------------------------------------


@analytics_blueprint.processor("upcoming_player_game_context")
def upcoming_player_game_context(ctx: JobContext) -> Result:
    """One row per player of the date's universe: game, rest, availability, book line."""
    day = ctx.require_date()
    with ctx.store.read() as conn:
        universe = universe_of(ctx, conn)
        rows = context.player_context(conn, universe)
    detail = _universe_detail(universe)
    if not rows.empty:
        detail["with_line"] = int(rows["book_line"].notna().sum())
        detail["out"] = int((rows["injury_status"] == "out").sum())
    return replace_result(
        ctx, t.upcoming_player_game_context, rows, scope={"game_date": day}, detail=detail
    )


@analytics_blueprint.processor("upcoming_team_game_context")
def upcoming_team_game_context(ctx: JobContext) -> Result:
    """One row per team playing on the date: rest, record, recent ratings, absences."""
    day = ctx.require_date()
    with ctx.store.read() as conn:
        universe = universe_of(ctx, conn)
        rows = context.team_context(conn, universe)
    return replace_result(
        ctx,
        t.upcoming_team_game_context,
        rows,
        scope={"game_date": day},
        detail=_universe_detail(universe),
    )


def processor_names() -> Sequence[str]:
    return tuple(analytics_blueprint.processors)
