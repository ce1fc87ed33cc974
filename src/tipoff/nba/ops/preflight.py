"""The NBA pipeline's pre-flight checks and its self-heal cut-off.

Each check answers, inside the trigger's transaction, whether the next phase has what it
needs for the date; ``nba.yaml`` says which phase asks which check in which mode:

- ``box_scores_complete`` (before analytics, overnight and backfill): every game of the
  date is final (or postponed) in the schedule and every final game has box scores. "3 of
  9" fails, naming the missing games, however phase 2 ended; so does a game the schedule
  still shows as scheduled or in progress (a stale schedule, or a game still on).
- ``schedule_fresh`` (before analytics, same day): the date's schedule document was
  processed within ``max_age_h`` hours, so the day's universe is built from today's data.
- ``context_ready`` (before features): the upcoming-game context has rows for the date
  when games are scheduled.
- ``features_ready`` (before predictions): the feature store has rows for the date when
  games are scheduled.

``first_tipoff`` gives the cut-off self-heal works against: the earliest start of the
date's games (from the odds events' commence times, else the schedule's "7:00 pm ET").
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from tipoff.engine.preflight import CheckContext, CheckResult
from tipoff.nba.analytics.tables import ml_feature_store, upcoming_player_game_context
from tipoff.nba.game_status import FINAL, is_overdue, scheduled_tip_off
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.raw.validate import boxscore_coverage
from tipoff.nba.raw_tables import (
    raw_documents,
    raw_odds_events,
    raw_player_boxscores,
    raw_schedule,
)

DEFAULT_SCHEDULE_MAX_AGE_H = 12.0


def _games(conn: sa.Connection, day: date) -> list[tuple[str, int, str]]:
    """(game id, status, status text) of the date's games by the loaded schedule."""
    return [
        (str(g), int(s), str(t or ""))
        for g, s, t in conn.execute(
            sa.select(
                raw_schedule.c.game_id, raw_schedule.c.status, raw_schedule.c.status_text
            ).where(raw_schedule.c.game_date == day)
        )
    ]


def _listed(ids: list[str], limit: int = 5) -> str:
    more = f" (+{len(ids) - limit} more)" if len(ids) > limit else ""
    return ", ".join(ids[:limit]) + more


@ops_blueprint.check("box_scores_complete")
def box_scores_complete(ctx: CheckContext) -> CheckResult:
    games = _games(ctx.conn, ctx.data_date)
    if not games:
        return CheckResult.passed(f"no games scheduled on {ctx.data_date}")
    found = {
        str(g)
        for g in ctx.conn.execute(
            sa.select(raw_player_boxscores.c.game_id)
            .where(raw_player_boxscores.c.game_date == ctx.data_date)
            .distinct()
        ).scalars()
    }
    overdue = sorted(g for g, status, text in games if is_overdue(status, text))
    if overdue:
        with_box = [g for g in overdue if g in found]
        why = (
            f"{len(with_box)} of them have box scores loaded (a stale schedule: "
            "fix_stale_schedule marks them final)"
            if with_box
            else "none has a box score yet (still being played, or a stale schedule)"
        )
        return CheckResult.failed(
            f"{len(overdue)} of the {len(games)} games of {ctx.data_date} are not final in "
            f"the schedule: {_listed(overdue)}; {why}"
        )
    final = [g for g, status, _text in games if status == FINAL]
    coverage = boxscore_coverage(ctx.data_date, final, found)
    if coverage.missing:
        return CheckResult.failed(coverage.message)
    return CheckResult.passed(coverage.message)


@ops_blueprint.check("schedule_fresh")
def schedule_fresh(ctx: CheckContext) -> CheckResult:
    max_age_h = float(ctx.params.get("max_age_h", DEFAULT_SCHEDULE_MAX_AGE_H))
    latest = ctx.conn.execute(
        sa.select(sa.func.max(raw_documents.c.processed_at)).where(
            raw_documents.c.document == "schedule",
            raw_documents.c.data_date == ctx.data_date,
        )
    ).scalar_one()
    if latest is None:
        return CheckResult.failed(f"no schedule document of {ctx.data_date} has been loaded")
    age_h = (ctx.now - float(latest)) / 3600
    if age_h > max_age_h:
        return CheckResult.failed(
            f"the schedule of {ctx.data_date} was last loaded {age_h:.1f} h ago "
            f"(limit {max_age_h:g} h)"
        )
    return CheckResult.passed(f"schedule loaded {age_h:.1f} h ago")


def _rows_for_games(ctx: CheckContext, table: sa.Table, what: str) -> CheckResult:
    games = _games(ctx.conn, ctx.data_date)
    rows = ctx.conn.execute(
        sa.select(sa.func.count()).select_from(table).where(table.c.game_date == ctx.data_date)
    ).scalar_one()
    if games and not rows:
        return CheckResult.failed(
            f"no {what} rows for {ctx.data_date} while {len(games)} games are scheduled"
        )
    return CheckResult.passed(f"{rows} {what} rows for {len(games)} games")


@ops_blueprint.check("context_ready")
def context_ready(ctx: CheckContext) -> CheckResult:
    return _rows_for_games(ctx, upcoming_player_game_context, "upcoming player context")


@ops_blueprint.check("features_ready")
def features_ready(ctx: CheckContext) -> CheckResult:
    return _rows_for_games(ctx, ml_feature_store, "feature store")


@ops_blueprint.cutoff
def first_tipoff(conn: sa.Connection, day: date) -> float | None:
    """Epoch seconds of the date's first game, or None when unknown (or no games)."""
    commence = conn.execute(
        sa.select(sa.func.min(raw_odds_events.c.commence_time)).where(
            raw_odds_events.c.game_date == day
        )
    ).scalar_one()
    if commence is not None:
        return float(commence)
    starts = [
        tip
        for (text,) in conn.execute(
            sa.select(raw_schedule.c.status_text).where(raw_schedule.c.game_date == day)
        )
        if (tip := scheduled_tip_off(day, text)) is not None
    ]
    return min(starts) if starts else None
