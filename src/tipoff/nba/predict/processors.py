"""Phase 5: the prediction coordinator and the per-game prediction jobs.

``predict_coordinator`` loads the date's universe (the upcoming-game context joined to
the feature store), sorts every player into an :class:`~.inputs.Eligibility`, and fans
out one ``predict_game`` job per game for its players to predict (the batch counts
players: each job stands for as many items as it has players). Players with fewer than
``min_games`` games are ``needs_bootstrap``: counted, logged, recorded in
``prediction_batches`` and never given a prediction (no default line). In strict mode a
player also needs the book's line and complete features; fallback mode predicts from
what there is and multiplies the confidence by ``fallback_confidence_multiplier``.

A game's players are predicted together (one read, one call of the model for all of
them). A player whose prediction fails (a bad feature row the model refuses) fails alone:
the job predicts its players one by one to find him, writes the others, and reports him as
a failed item. A job that fails as a whole (its read, its write) is retried and
dead-lettered like any job, all its players failed. The coordinator completes for phase 5
only when its children have settled: as succeeded when at least ``export_threshold`` (80%)
of the players succeeded, so the export phase starts; as dead otherwise, which blocks the
run naming the coordinator. The engine's batch row counts expected, succeeded and failed
predictions (``tipoff status`` shows them with the completion percentage).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import cast

import numpy as np
import pandas as pd
import sqlalchemy as sa
import structlog

from tipoff.engine.registry import Blueprint, Child, FanOut, JobContext, Result
from tipoff.errors import ProcessorError
from tipoff.nba import prices
from tipoff.nba import prop_lines as L
from tipoff.nba.model.blend import MARKET_ONLY, Blend
from tipoff.nba.predict.inputs import Eligibility, PlayerInputs, load_inputs
from tipoff.nba.predict.predictor import Forecast, Predictor, resolve_predictor
from tipoff.nba.predict.settings import PredictSettings, predict_settings
from tipoff.nba.predict.tables import player_prop_predictions, prediction_batches
from tipoff.nba.raw_tables import raw_odds_events

log = structlog.get_logger("tipoff.nba.predict")

COORDINATOR = "predict_coordinator"
GAME_TASK = "predict_game"
PREDICTED = frozenset({Eligibility.READY, Eligibility.FALLBACK})

predict_blueprint = Blueprint("nba")


@predict_blueprint.processor(COORDINATOR)
def predict_coordinator(ctx: JobContext) -> Result:
    """Sort the universe, record the skipped players, fan out the predictions."""
    day = ctx.require_date()
    settings = predict_settings(ctx.params, processor=ctx.processor)
    predictor = resolve_predictor(ctx)
    with ctx.store.read() as conn:
        players = load_inputs(conn, day)
    groups: dict[Eligibility, list[int]] = {}
    game_of: dict[int, str] = {}
    for p in players:
        e = p.eligibility(
            strict=settings.strict, min_games=settings.min_games, names=predictor.feature_names
        )
        groups.setdefault(e, []).append(p.player_id)
        game_of[p.player_id] = p.game_id
    to_predict = sorted(pid for e in PREDICTED for pid in groups.get(e, []))
    skipped = {e.value: ids for e, ids in sorted(groups.items()) if e not in PREDICTED}
    bootstrap = len(groups.get(Eligibility.NEEDS_BOOTSTRAP, []))
    if bootstrap:
        log.info(
            "predict_skipped_needs_bootstrap",
            game_date=day.isoformat(),
            count=bootstrap,
            min_games=settings.min_games,
            player_ids=groups[Eligibility.NEEDS_BOOTSTRAP],
        )
    log.info(
        "predict_coordinator",
        game_date=day.isoformat(),
        mode=ctx.mode,
        prediction_mode=settings.prediction_mode,
        universe=len(players),
        expected=len(to_predict),
        skipped={k: len(v) for k, v in skipped.items()},
        model_version=predictor.version,
    )
    now = ctx.clock.now()

    def write(conn: sa.Connection) -> int:
        _upsert_batch(
            ctx,
            conn,
            day,
            settings,
            universe=len(players),
            expected=len(to_predict),
            needs_bootstrap=bootstrap,
            skipped=skipped,
            now=now,
        )
        # players no longer in the prediction set (ruled out since, line pulled in strict
        # mode) lose their rows, so the date's rows are exactly this run's predictions
        t = player_prop_predictions
        stale = sa.delete(t).where(t.c.game_date == day)
        if to_predict:
            stale = stale.where(t.c.player_id.not_in(to_predict))
        conn.execute(stale)
        return len(to_predict)

    by_game: dict[str, list[int]] = {}
    for pid in to_predict:
        by_game.setdefault(game_of[pid], []).append(pid)
    children = [
        Child(GAME_TASK, game, {"game_id": game, "player_ids": ids}, items=len(ids))
        for game, ids in sorted(by_game.items())
    ]
    return Result(
        records=len(to_predict),
        write=write,
        detail={
            "universe": len(players),
            "expected": len(to_predict),
            "needs_bootstrap": bootstrap,
            "skipped": {k: len(v) for k, v in skipped.items()},
        },
        fan_out=FanOut(children, threshold=settings.export_threshold),
    )


def _upsert_batch(
    ctx: JobContext,
    conn: sa.Connection,
    day: date,
    settings: PredictSettings,
    *,
    universe: int,
    expected: int,
    needs_bootstrap: int,
    skipped: dict[str, list[int]],
    now: float,
) -> None:
    values = {
        "run_mode": ctx.mode or "same_day",
        "prediction_mode": settings.prediction_mode,
        "universe": universe,
        "expected": expected,
        "needs_bootstrap": needs_bootstrap,
        "skipped": skipped,
        "export_threshold": settings.export_threshold,
        "created_at": now,
    }
    stmt = ctx.store.upsert_insert(prediction_batches).values(game_date=day, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["game_date"], set_=values))


@predict_blueprint.processor(GAME_TASK)
def predict_game(ctx: JobContext) -> Result:
    """A game's players' predictions: the distribution and every line's probabilities.

    A player the model fails on is left out and counted as a failed item; the others are
    written. A player no longer eligible (or gone from the date) gets no rows."""
    day = ctx.require_date()
    try:
        player_ids = sorted({int(pid) for pid in ctx.params["player_ids"]})
    except (KeyError, TypeError, ValueError):
        raise ProcessorError(
            f"{ctx.processor}: params.player_ids missing or not a list of ids"
        ) from None
    settings = predict_settings(ctx.params, processor=ctx.processor)
    predictor = resolve_predictor(ctx)
    with ctx.store.read() as conn:
        found = load_inputs(conn, day, player_ids)
    eligible: list[tuple[PlayerInputs, Eligibility]] = []
    for inputs in found:
        e = inputs.eligibility(
            strict=settings.strict, min_games=settings.min_games, names=predictor.feature_names
        )
        if e in PREDICTED:
            eligible.append((inputs, e))
    rows, failed = predict_players(ctx, eligible, predictor, settings, day)
    if failed:
        log.warning(
            "predict_players_failed",
            game_date=day.isoformat(),
            game_id=ctx.params.get("game_id"),
            failed=failed,
        )
    t = player_prop_predictions

    def write(conn: sa.Connection) -> int:
        kept = made_before_tip_off(conn, day, player_ids, now=ctx.clock.now())
        for row in rows:
            row["predicted_at"] = kept.get(cast(int, row["player_id"]), row["predicted_at"])
        conn.execute(sa.delete(t).where(t.c.game_date == day, t.c.player_id.in_(player_ids)))
        if rows:
            conn.execute(sa.insert(t), rows)
        return len(rows)

    return Result(
        records=len(rows),
        write=write,
        detail={"players": len(player_ids), "failed": failed},
        failed_items=len(failed),
    )


def made_before_tip_off(
    conn: sa.Connection, day: date, player_ids: Sequence[int], *, now: float
) -> dict[int, float]:
    """When the players' current predictions were made, for those re-predicted after
    their game tipped off whose replaced prediction came before it (player -> time).

    A prediction re-made after tip-off (the date rebuilt overnight once a late input
    arrived) reads the same inputs as of before the game: only quotes made before tip-off,
    the date's documents as of its run. It stands for the pick made then and keeps that
    time, so grading still finds the quotes that came after the pick (its closing line).
    Made afresh before tip-off, a prediction takes its own time: a quote it read may be
    newer than the one it replaces."""
    t, e = player_prop_predictions, raw_odds_events
    tip = (
        sa.select(e.c.game_id, sa.func.min(e.c.commence_time).label("tip_off"))
        .where(e.c.game_date == day, e.c.game_id.is_not(None))
        .group_by(e.c.game_id)
        .subquery()
    )
    rows = conn.execute(
        sa.select(t.c.player_id, sa.func.min(t.c.predicted_at))
        .join(tip, tip.c.game_id == t.c.game_id)
        .where(
            t.c.game_date == day,
            t.c.player_id.in_(list(player_ids)),
            tip.c.tip_off <= now,
            t.c.predicted_at < tip.c.tip_off,
        )
        .group_by(t.c.player_id)
    ).all()
    return {int(pid): float(made) for pid, made in rows}


def predict_players(
    ctx: JobContext,
    players: Sequence[tuple[PlayerInputs, Eligibility]],
    predictor: Predictor,
    settings: PredictSettings,
    day: date,
) -> tuple[list[dict[str, object]], dict[int, str]]:
    """The rows of every player, and the players whose prediction failed (id -> why).

    All at once first; when that fails (one bad row fails the model's call for all), one by
    one, so only the bad players fail."""
    try:
        return _predict_together(ctx, players, predictor, settings, day), {}
    except Exception:  # any player's failure: find whose, one by one
        pass
    rows: list[dict[str, object]] = []
    failed: dict[int, str] = {}
    for p, e in players:
        try:
            rows.extend(prediction_rows(ctx, p, e, predictor, settings, day))
        except Exception as exc:  # this player fails, the others go on
            failed[p.player_id] = f"{type(exc).__name__}: {exc}"[:300]
    return rows, failed


def _predict_together(
    ctx: JobContext,
    players: Sequence[tuple[PlayerInputs, Eligibility]],
    predictor: Predictor,
    settings: PredictSettings,
    day: date,
) -> list[dict[str, object]]:
    """The rows of every player's prediction, one per line, with two calls of the model in
    all: one for the players without a book line (their centre line is the model's), one
    pricing every player's lines."""
    if not players:
        return []
    names = list(predictor.feature_names)
    frame = pd.DataFrame([feature_values(p, names) for p, _ in players], dtype="float64")
    centers: list[tuple[float, str] | None] = [
        None if p.book_line is None else (p.book_line, "book") for p, _ in players
    ]
    missing = [i for i, c in enumerate(centers) if c is None]
    if missing:
        part = frame.iloc[missing].reset_index(drop=True)
        for i, first in zip(missing, predictor.predict(part, [[] for _ in missing]), strict=True):
            centers[i] = (L.model_line(first.mean), "model")
    wanted = [
        [(o, center + o) for o in settings.offsets if center + o > 0]
        for center, _ in (c for c in centers if c is not None)
    ]
    forecasts = predictor.predict(frame, [[line for _, line in w] for w in wanted])
    rows: list[dict[str, object]] = []
    for (p, e), center, w, forecast in zip(players, centers, wanted, forecasts, strict=True):
        assert center is not None
        rows.extend(_line_rows(ctx, p, e, predictor, settings, day, center[1], w, forecast))
    return rows


def feature_values(p: PlayerInputs, names: Sequence[str]) -> dict[str, float]:
    """Every feature of the store's row (the model may read more than its
    ``feature_names``, e.g. a base level), its inputs NaN where missing, and the counts."""
    assert p.features is not None
    values: dict[str, float] = dict(p.features)
    for name in names:
        values.setdefault(name, math.nan)
    values.setdefault("total_games_available", float(p.games_played))
    quality = p.feature_quality_score
    values.setdefault("feature_quality_score", math.nan if quality is None else quality)
    return values


def prediction_rows(
    ctx: JobContext,
    p: PlayerInputs,
    eligibility: Eligibility,
    predictor: Predictor,
    settings: PredictSettings,
    day: date,
) -> list[dict[str, object]]:
    """The rows of one player's prediction, one per line."""
    return _predict_together(ctx, [(p, eligibility)], predictor, settings, day)


def _line_rows(
    ctx: JobContext,
    p: PlayerInputs,
    eligibility: Eligibility,
    predictor: Predictor,
    settings: PredictSettings,
    day: date,
    source: str,
    wanted: Sequence[tuple[float, float]],
    forecast: Forecast,
) -> list[dict[str, object]]:
    """One row per line of the player's forecast (``wanted``: offset and line)."""
    names = list(predictor.feature_names)
    if len(forecast.lines) != len(wanted):
        raise ProcessorError(
            f"{ctx.processor}: model {predictor.version} priced {len(forecast.lines)} of "
            f"{len(wanted)} lines for player {p.player_id}"
        )
    degraded = eligibility is not Eligibility.READY
    multiplier = settings.fallback_confidence_multiplier if degraded else 1.0
    p_market = market_probability(p)
    blend = predictor_blend(predictor)
    now = ctx.clock.now()
    out: list[dict[str, object]] = []
    for (offset, line), prob in zip(wanted, forecast.lines, strict=True):
        is_book = source == "book" and offset == 0
        d = L.decide(prob, multiplier=multiplier, has_book_line=False)
        priced: L.Pick | None = None
        if is_book:
            decided = prob.p_over + prob.p_under
            p_model = prob.p_over / decided if decided > 0 else 0.5
            p_blend = float(blend.p_over(np.array([p_model]), np.array([p_market]))[0])
            priced = L.pick(
                prob,
                p_blend,
                p.over_price,
                p.under_price,
                p_model=p_model,
                p_market=p_market,
                min_ev=settings.min_ev,
                multiplier=multiplier,
            )
        recommendation = d.recommendation if priced is None else priced.recommendation
        out.append(
            {
                "game_date": day,
                "player_id": p.player_id,
                "line": float(line),
                "game_id": p.game_id,
                "team_id": p.team_id,
                "opponent_team_id": p.opponent_team_id,
                "is_home": p.is_home,
                "line_offset": int(offset),
                "is_book_line": is_book,
                "line_source": source,
                "book_line": p.book_line,
                "over_price": p.over_price if is_book else None,
                "under_price": p.under_price if is_book else None,
                "bookmaker": priced_book(p, priced),
                "mean": forecast.mean,
                "spread": forecast.spread,
                "p_over": prob.p_over,
                "p_under": prob.p_under,
                "p_push": prob.p_push,
                "recommendation": recommendation.value,
                "raw_confidence": d.raw_confidence,
                "confidence": d.confidence if priced is None else priced.confidence,
                "confidence_multiplier": multiplier,
                "edge": None if priced is None else L.edge(priced, p_market),
                "p_market": None if priced is None or math.isnan(p_market) else p_market,
                "p_blend": None if priced is None or math.isnan(priced.p_blend) else priced.p_blend,
                "ev": None if priced is None else priced.ev,
                "price": None if priced is None else priced.price,
                "model_version": predictor.version,
                "feature_quality_score": p.feature_quality_score,
                "features_complete": p.features_complete(names),
                "prediction_mode": "strict" if eligibility is Eligibility.READY else "fallback",
                "run_mode": ctx.mode or "same_day",
                "predicted_at": now,
            }
        )
    return out


def priced_book(p: PlayerInputs, priced: L.Pick | None) -> str | None:
    """The book of the price a pick is made at (each side is shopped across the books)."""
    if priced is not None and priced.side is L.Side.UNDER:
        return p.under_bookmaker
    return p.bookmaker


def market_probability(p: PlayerInputs) -> float:
    """The market's vig-free P(over): the books' average at the line, else the one book's
    prices; NaN without either."""
    if p.book_p_over is not None and math.isfinite(p.book_p_over):
        return p.book_p_over
    return float(prices.fair_over(p.over_price, p.under_price))


def predictor_blend(predictor: Predictor) -> Blend:
    """The predictor's fitted blend, else the market alone (nothing to pick against it)."""
    found = getattr(predictor, "blend", None)
    return found if isinstance(found, Blend) else MARKET_ONLY
