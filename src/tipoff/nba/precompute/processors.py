"""Phase 4: the precompute processors, on the ``nba`` blueprint (same_day and backfill).

Each reads the box-score history strictly before its date and the date's targets (the
``upcoming_player_game_context`` rows phase 3 wrote), computes every row at once, and
returns one write replacing its table's rows of the date. The five run concurrently and
depend on nothing but phase 3, so each computes what it needs from the same history.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from tipoff.engine.registry import Blueprint, JobContext, Result
from tipoff.nba.analytics import tables as t
from tipoff.nba.analytics.processors import replace_result
from tipoff.nba.precompute.composite import composite_factors, daily_cache
from tipoff.nba.precompute.feature_store import feature_rows
from tipoff.nba.precompute.history import History, load_history
from tipoff.nba.precompute.zones import player_shot_zones, team_defense_zones
from tipoff.nba.raw import reads

precompute_blueprint = Blueprint("nba")


def _history(ctx: JobContext) -> History:
    day = ctx.require_date()
    with ctx.store.read() as conn:
        return load_history(conn, day, who=ctx.processor)


def _teams_of_date(ctx: JobContext, history: History) -> list[int]:
    with ctx.store.read() as conn:
        games = reads.schedule(conn, history.day)
    return sorted({*games["home_team_id"].astype(int), *games["away_team_id"].astype(int)})


def _detail(history: History, **more: Any) -> dict[str, Any]:
    return {
        "targets": len(history.targets),
        "history_rows": len(history.players),
        "history_rows_read": history.rows_read,
        **more,
    }


def _dated(frame: pd.DataFrame, column: str, history: History) -> pd.DataFrame:
    frame = frame.copy()
    frame[column] = history.day
    return frame


@precompute_blueprint.processor("team_defense_zone_analysis")
def team_defense_zone_analysis(ctx: JobContext) -> Result:
    """Per team playing on the date: opponents' twos, threes and free throws, vs league."""
    history = _history(ctx)
    teams = _teams_of_date(ctx, history)
    rows = _dated(team_defense_zones(history, teams), "analysis_date", history)
    return replace_result(
        ctx, t.team_defense_zone_analysis, rows, scope={"analysis_date": history.day},
        detail=_detail(history, teams=len(teams)),
    )  # fmt: skip


@precompute_blueprint.processor("player_shot_zone_analysis")
def player_shot_zone_analysis(ctx: JobContext) -> Result:
    """Per player of the date: his twos, threes and free throws over his last 10 games."""
    history = _history(ctx)
    ids = history.targets["player_id"].tolist()
    rows = _dated(player_shot_zones(history, ids), "analysis_date", history)
    return replace_result(
        ctx, t.player_shot_zone_analysis, rows, scope={"analysis_date": history.day},
        detail=_detail(history),
    )  # fmt: skip


@precompute_blueprint.processor("player_composite_factors")
def player_composite_factors(ctx: JobContext) -> Result:
    """Per player of the date: usage, minutes trend, pace, defence and shot-mix factors."""
    history = _history(ctx)
    if history.targets.empty:
        rows = pd.DataFrame()
    else:
        players = player_shot_zones(history, history.targets["player_id"].tolist())
        opponents = history.targets["opponent_team_id"].tolist()
        rows = composite_factors(history, players, team_defense_zones(history, opponents))
    return replace_result(
        ctx, t.player_composite_factors, rows, scope={"game_date": history.day},
        detail=_detail(history),
    )  # fmt: skip


@precompute_blueprint.processor("player_daily_cache")
def player_daily_cache(ctx: JobContext) -> Result:
    """Per player of the date: averages, last game, last ten points and minutes."""
    history = _history(ctx)
    return replace_result(
        ctx, t.player_daily_cache, daily_cache(history), scope={"cache_date": history.day},
        detail=_detail(history),
    )  # fmt: skip


@precompute_blueprint.processor("ml_feature_store")
def ml_feature_store(ctx: JobContext) -> Result:
    """Per player of the date: the model's features, games found and expected, quality."""
    history = _history(ctx)
    rows = feature_rows(history)
    detail = _detail(history)
    if not rows.empty:
        detail["mean_quality"] = round(float(rows["feature_quality_score"].mean()), 1)
        detail["without_history"] = int((rows["total_games_available"] == 0).sum())
    return replace_result(
        ctx, t.ml_feature_store, rows, scope={"game_date": history.day}, stamp="built_at",
        detail=detail,
    )  # fmt: skip
