"""The demo: a simulated league through the whole pipeline, on a fresh machine, in a minute.

1. Train the points model on two simulated past seasons (same league seed) unless the
   bucket already holds one.
2. Backfill the first dates of the simulated season, one date after another (each date's
   features only see the dates before it): scrape, load, analyse, build features,
   predict, export and grade.
3. Run the next game date as a real day would: same-day (predictions and tonight's
   exports before tip-off), then overnight (box scores, grading, results).

The runs use fallback prediction mode: early in a season few players have a complete
feature window, and strict mode would predict almost no one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from tipoff.bucket import Bucket
from tipoff.engine.orchestrator import Orchestrator, RunState
from tipoff.engine.states import RunStatus
from tipoff.nba.model.artefacts import resolve_version, save_model
from tipoff.nba.model.errors import ModelNotFound
from tipoff.nba.season import season_label
from tipoff.nba.sim import League

DEMO_PARAMS = {"source": "sim", "prediction_mode": "fallback"}


@dataclass(frozen=True)
class DemoDay:
    day: date
    mode: str
    state: RunState


def previous_seasons(season: str, n: int = 2) -> list[str]:
    start = int(season[:4])
    return [season_label(y) for y in range(start - n, start)]


def ensure_model(bucket: Bucket, *, season: str, seed: int, say: Callable[[str], None]) -> str:
    """The latest model in the bucket, or one trained now on simulated past seasons."""
    try:
        return resolve_version(bucket)
    except ModelNotFound:
        pass
    import pandas as pd

    from tipoff.nba.features.logs import player_history_from_logs, team_history_from_players
    from tipoff.nba.model.train import train

    seasons = previous_seasons(season)
    say(f"training the points model on simulated seasons {', '.join(seasons)} (seed {seed})")
    leagues = [League(s, seed) for s in seasons]
    logs = pd.concat([league.player_game_logs() for league in leagues], ignore_index=True)
    players = player_history_from_logs(logs)
    # the closing quotes of the last season's games fit the blend with the market
    last = leagues[-1]
    props = pd.concat([last.props(day) for day in last.game_dates()], ignore_index=True)
    props["is_main_line"] = 1  # the simulated books quote one line per player
    model = train(players, team_history_from_players(players), seasons, props=props)
    save_model(bucket, model)
    return model.version


def run_demo(
    orch: Orchestrator,
    *,
    season: str,
    seed: int,
    dates: int,
    concurrency: int,
    say: Callable[[str], None],
    step: Callable[[str], None] = lambda _label: None,
) -> list[DemoDay]:
    """The model, then ``dates`` backfilled dates, then a same-day and an overnight run;
    ``step`` hears of each of these ``dates + 3`` steps as it is done (a progress bar)."""
    bucket = orch.resources["bucket"]
    version = ensure_model(bucket, season=season, seed=seed, say=say)
    say(f"model: {version}")
    step("model ready")
    game_dates = League(season, seed).game_dates()
    backfill, today = game_dates[:dates], game_dates[dates]
    done: list[DemoDay] = []
    worker = orch.worker(concurrency=concurrency).start()
    try:
        plan = [(d, "backfill") for d in backfill] + [(today, "same_day"), (today, "overnight")]
        for day, mode in plan:
            [state] = orch.run_dates([day], mode, worker=worker, params=dict(DEMO_PARAMS))
            done.append(DemoDay(day, mode, state))
            say(f"{day} {mode}: {state.status.value}")
            step(f"{day} {mode} {state.status.value}")
            if state.status is RunStatus.COMPLETE_DEGRADED:  # e.g. opening day: no history
                say(f"{day} {mode}: outcome missed: {state.outcome}")
            elif state.status is not RunStatus.COMPLETE:
                break
    finally:
        worker.stop()
    return done


def graded_summary(orch: Orchestrator, days: list[date]) -> dict[str, float | int]:
    """Predictions and grades of the demo's dates (the book line's offset-0 rows)."""
    from tipoff.nba.grade.tables import prediction_grades
    from tipoff.nba.predict.tables import player_prop_predictions as preds

    with orch.store.read() as conn:
        players = (
            sa.select(preds.c.game_date, preds.c.player_id)
            .where(preds.c.game_date.in_(days))
            .distinct()
            .subquery()
        )
        n_pred = conn.execute(sa.select(sa.func.count()).select_from(players)).scalar_one()
        rows = conn.execute(
            sa.select(prediction_grades.c.outcome, sa.func.count())
            .where(prediction_grades.c.game_date.in_(days))
            .group_by(prediction_grades.c.outcome)
        ).all()
    outcomes = {str(o): int(n) for o, n in rows}
    decided = outcomes.get("WIN", 0) + outcomes.get("LOSS", 0)
    return {
        "player_predictions": int(n_pred),
        "wins": outcomes.get("WIN", 0),
        "losses": outcomes.get("LOSS", 0),
        "pushes": outcomes.get("PUSH", 0),
        "hit_rate": round(outcomes.get("WIN", 0) / decided, 3) if decided else 0.0,
    }
