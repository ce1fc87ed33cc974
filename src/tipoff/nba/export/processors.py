"""Phase 6 exports: JSON documents for a website or API, written to the bucket.

- ``export_tonight`` (phase 6 of same_day and backfill runs; the 13:00 schedule re-drives
  it for today): ``predictions/<date>.json`` and ``streaks/<date>.json``; in same_day
  mode also ``tonight/all-players.json``, ``tonight/players/<id>.json`` and
  ``best-bets/<date>.json`` (a backfill of a past date must not replace tonight's slate).
- ``export_results`` (fanned out by ``grade_predictions`` once the grades are committed):
  ``results/<date>.json``, ``results/latest.json``, ``performance/latest.json`` and the
  date's ``best-bets/<date>.json`` with outcomes. Latest copies only move forward.
- ``export_player_profiles`` (weekly, Sundays 06:00): ``players/<id>.json`` for every
  player with at least ``profile_min_games`` games this season.

Every document is a validated pydantic model (:mod:`.models`) written whole by
:mod:`.writer`; keys come from :mod:`.keys`. Phase 6 starts only when phase 5's
coordinator settled with at least its ``export_threshold`` of predictions.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog
from pydantic import BaseModel, ConfigDict, Field

from tipoff.engine.registry import Blueprint, JobContext, Result, read_params
from tipoff.engine.transitions import bypassed_phases
from tipoff.nba.export import build, data, keys, writer
from tipoff.nba.export import models as m
from tipoff.nba.predict import delivery
from tipoff.nba.predict.quality_figures import COIN_FLIP_ALERT_SHARE
from tipoff.nba.raw.run import bucket_of
from tipoff.nba.season import season_of, season_start

log = structlog.get_logger("tipoff.nba.export")

DEFAULT_BEST_BET_MIN_CONFIDENCE = 0.2
RECENT_DAYS = 120

export_blueprint = Blueprint("nba")


class ExportSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    best_bet_min_confidence: float = Field(DEFAULT_BEST_BET_MIN_CONFIDENCE, ge=0, le=1)
    best_bets_limit: int = Field(10, ge=1)
    min_streak: int = Field(3, ge=2)
    profile_min_games: int = Field(5, ge=1)
    performance_windows: tuple[int, ...] = (7, 30)
    update_latest: bool | None = None  # results: False leaves the latest.json copies alone
    # the outcome's share of owed players (nba.yaml declares one value for both)
    min_share: float = Field(delivery.DEFAULT_MIN_SHARE, gt=0, le=1)


def export_settings(params: Mapping[str, Any], *, processor: str) -> ExportSettings:
    return read_params(ExportSettings, params, processor=processor)


def _now(ctx: JobContext) -> datetime:
    return datetime.fromtimestamp(ctx.clock.now(), UTC)


@export_blueprint.processor("export_tonight")
def export_tonight(ctx: JobContext) -> Result:
    day = ctx.require_date()
    settings = export_settings(ctx.params, processor=ctx.processor)
    bucket = bucket_of(ctx)
    same_day = ctx.mode in (None, "same_day")
    with ctx.store.read() as conn:
        rows = data.predictions(conn, day)
        batch = delivery.prediction_batch(conn, day)
        forced = bypassed_phases(conn, ctx.pipeline, day, ctx.mode) if ctx.mode else []
        ids = sorted({int(r["player_id"]) for r in rows})
        names = data.player_names(conn, ids, day)
        games = data.games(conn, day)
        statuses = data.player_status(conn, ids, day)
        history = data.book_line_history(conn, ids, day)
        logs = data.game_logs(conn, ids, day - timedelta(days=RECENT_DAYS), day)
        grades = data.grades(conn, day) if same_day else []
        shortfall = delivery.measure(conn, day).shortfall(settings.min_share)
    now = _now(ctx)
    players = build.player_predictions(rows, names, games, statuses)
    done = build.completion(batch, len(players), forced, shortfall)
    spread = build.quality(rows)
    # the monitor's quality watch alerts on it; the log says so at export time too
    if spread.coin_flip_share is not None and spread.coin_flip_share > COIN_FLIP_ALERT_SHARE:
        log.warning(
            "prediction_quality_coin_flips",
            game_date=day.isoformat(),
            coin_flip_share=spread.coin_flip_share,
            histogram=spread.confidence_histogram,
        )
    documents: list[tuple[str, m.ExportModel]] = [
        (
            keys.predictions(day),
            m.PredictionsFile(
                game_date=day,
                generated_at=now,
                completion=done,
                quality=spread,
                predictions=players,
            ),
        ),
        (keys.streaks(day), build.streaks(day, now, history, players, settings.min_streak)),
    ]
    if same_day:
        recent = build.recent_games(logs)
        slate = build.tonight(day, now, players, done, spread, games)
        documents.append((keys.tonight_all_players(), slate))
        documents += [
            (
                keys.tonight_player(p.player_id),
                m.TonightPlayer(
                    game_date=day,
                    generated_at=now,
                    prediction=p,
                    recent_games=recent.get(p.player_id, []),
                ),
            )
            for p in players
        ]
        documents.append(
            (
                keys.best_bets(day),
                build.best_bets(
                    day,
                    now,
                    rows,
                    grades,
                    names,
                    min_confidence=settings.best_bet_min_confidence,
                    limit=settings.best_bets_limit,
                ),
            )
        )
    for key, doc in documents:
        writer.write(bucket, key, doc)
    log.info(
        "exported_tonight",
        game_date=day.isoformat(),
        mode=ctx.mode,
        files=len(documents),
        players=len(players),
        completion_pct=done.completion_pct,
    )
    return Result(records=len(documents), detail={"completion_pct": done.completion_pct})


@export_blueprint.processor("export_results")
def export_results(ctx: JobContext) -> Result:
    day = ctx.require_date()
    settings = export_settings(ctx.params, processor=ctx.processor)
    bucket = bucket_of(ctx)
    start = season_start(day)
    with ctx.store.read() as conn:
        grades = data.grades(conn, day)
        rows = data.predictions(conn, day)
        perf = data.performance(conn, start, day)
        names = data.player_names(conn, {int(g["player_id"]) for g in grades}, day)
    now = _now(ctx)
    results = build.results(day, now, grades, [p for p in perf if p["game_date"] == day], names)
    performance = build.performance(day, now, perf, start, settings.performance_windows)
    bets = build.best_bets(
        day,
        now,
        rows,
        grades,
        names,
        min_confidence=settings.best_bet_min_confidence,
        limit=settings.best_bets_limit,
    )
    written = [
        writer.write(bucket, keys.results(day), results),
        writer.write(bucket, keys.best_bets(day), bets),
    ]
    # latest copies only move forward, so a backfill updates them only for the newest date
    if settings.update_latest is not False:
        if writer.write_latest(bucket, keys.results_latest(), results, day, "game_date"):
            written.append(keys.results_latest())
        if writer.write_latest(bucket, keys.performance_latest(), performance, day, "as_of"):
            written.append(keys.performance_latest())
    log.info(
        "exported_results",
        game_date=day.isoformat(),
        files=written,
        graded=results.summary.predictions,
        hit_rate=results.summary.hit_rate,
    )
    return Result(records=len(written))


@export_blueprint.processor("export_player_profiles")
def export_player_profiles(ctx: JobContext) -> Result:
    as_of = ctx.data_date or _now(ctx).date()
    settings = export_settings(ctx.params, processor=ctx.processor)
    bucket = bucket_of(ctx)
    start = season_start(as_of)
    with ctx.store.read() as conn:
        logs = data.game_logs(conn, None, start, as_of + timedelta(days=1))
        graded = data.centre_grades_between(conn, start, as_of)
        names = data.player_names(conn, {int(g["player_id"]) for g in logs}, as_of)
    docs = build.profiles(
        as_of,
        _now(ctx),
        season_of(as_of),
        logs,
        graded,
        names,
        min_games=settings.profile_min_games,
    )
    for doc in docs:
        writer.write(bucket, keys.player_profile(doc.player_id), doc)
    log.info("exported_player_profiles", as_of=as_of.isoformat(), players=len(docs))
    return Result(records=len(docs))
