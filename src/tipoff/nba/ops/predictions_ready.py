"""Are today's predictions out by early afternoon? The monitor asks every turn.

The seeds set the bar: an alert when a game day's predictions are not ready by 2 PM ET,
well before the first game, so a person still has time. From ``READY_BY`` to the end of
the day (Eastern), today is a problem when:

- there is no same-day run at all (the scheduler is down, or was never started);
- games are scheduled and the same-day run has not completed (the alert names the first
  phase that has not gone on; the self-heal cut-off may still force it);
- games are scheduled, the run completed, and no player has a prediction (the batch says
  why: players skipped for too few games, no line, incomplete features).

The alert resolves when the predictions are there (or the day ends).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time

import sqlalchemy as sa

from tipoff.engine.alerts import Alert, Severity
from tipoff.engine.run_records import find_run
from tipoff.engine.schema import transitions
from tipoff.engine.states import FINISHED_RUN
from tipoff.engine.store import Store
from tipoff.nba.game_status import ET, is_postponed
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.predict.delivery import prediction_batch
from tipoff.nba.predict.tables import player_prop_predictions
from tipoff.nba.raw_tables import raw_schedule

PIPELINE = "nba"
READY_BY = time(14, 0)


def readiness_alert(store: Store, day: date) -> Alert | None:
    """The alert for ``day`` if its predictions are not out, None when they are."""
    key = f"predictions:{PIPELINE}:{day.isoformat()}"
    by = f"by {READY_BY:%H:%M} ET"
    with store.read() as conn:
        run = find_run(conn, PIPELINE, day, "same_day")
        if run is None:
            return Alert(
                key,
                Severity.CRITICAL,
                f"no same-day run of {day} {by}: is the scheduler running?",
                {"date": day.isoformat()},
                state="no run",
            )
        games = [
            g
            for g, text in conn.execute(
                sa.select(raw_schedule.c.game_id, raw_schedule.c.status_text).where(
                    raw_schedule.c.game_date == day
                )
            )
            if not is_postponed(text)
        ]
        if not games:
            return None  # an off day (or every game called off)
        if run.status not in FINISHED_RUN:  # complete_degraded: completed without them
            phase = conn.execute(
                sa.select(sa.func.min(transitions.c.phase)).where(
                    transitions.c.run_id == run.id, transitions.c.triggered.is_(False)
                )
            ).scalar_one()
            where = f"phase {phase} has not gone on" if phase is not None else "no phase open"
            return Alert(
                key,
                Severity.CRITICAL,
                f"no predictions for {day} {by}: {len(games)} games are scheduled and the "
                f"same-day run is {run.status} ({where})",
                {"date": day.isoformat(), "games": len(games), "run": run.status, "phase": phase},
                state={"run": run.status, "phase": phase},
            )
        players = conn.execute(
            sa.select(sa.func.count(sa.distinct(player_prop_predictions.c.player_id))).where(
                player_prop_predictions.c.game_date == day
            )
        ).scalar_one()
        if players:
            return None
        made = prediction_batch(conn, day)
    why = "no prediction batch was made"
    if made is not None:
        skipped = Counter({reason: len(ids) for reason, ids in (made["skipped"] or {}).items()})
        listed = ", ".join(f"{reason} {n}" for reason, n in skipped.most_common())
        why = f"of {made['universe']} players in the universe, skipped: {listed or 'none'}"
        if made["prediction_mode"] == "strict":
            why += "; prediction_mode=fallback predicts from what exists"
    return Alert(
        key,
        Severity.CRITICAL,
        f"no predictions for {day} {by}: {len(games)} games are scheduled and the same-day "
        f"run completed without one ({why})",
        {"date": day.isoformat(), "games": len(games)},
        state="none predicted",
    )


@ops_blueprint.watch("predictions")
def watch_predictions(store: Store, now: float) -> list[Alert]:
    """The monitor's turn: today's predictions, from ``READY_BY`` Eastern on."""
    at = datetime.fromtimestamp(now, tz=ET)
    if at.time() < READY_BY:
        return []
    alert = readiness_alert(store, at.date())
    return [alert] if alert is not None else []
