"""The NBA pipeline's lines of the health check and the morning summary.

The seeds' daily health check compared games scheduled with predictions generated, and
last night's games with the box scores that arrived (a "success" once covered 3 of 9
games). These lines say both for yesterday and today (Eastern). They inform and never fail
by themselves: before the cut-off no prediction is normal, and the monitor alerts on the
work that is late (stuck phases, predictions not ready by 14:00, missed outcomes).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from tipoff.engine.health import Check
from tipoff.engine.store import Store
from tipoff.nba.game_status import ET
from tipoff.nba.grade.tables import prediction_grades
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.ops.daily_status import daily_rows
from tipoff.nba.raw_tables import raw_player_boxscores


@ops_blueprint.health("games vs predictions")
def games_vs_predictions(store: Store, now: float) -> list[Check]:
    """Yesterday's games, box scores, predictions and grades; today's games and predictions."""
    today = datetime.fromtimestamp(now, tz=ET).date()
    yesterday = today - timedelta(days=1)
    try:
        with store.read() as conn:
            rows = {r["game_date"]: r for r in daily_rows(conn, yesterday, today)}
            boxed = conn.execute(
                sa.select(sa.func.count(sa.distinct(raw_player_boxscores.c.game_id))).where(
                    raw_player_boxscores.c.game_date == yesterday
                )
            ).scalar_one()
            graded = conn.execute(
                sa.select(sa.func.count(sa.distinct(prediction_grades.c.player_id))).where(
                    prediction_grades.c.game_date == yesterday
                )
            ).scalar_one()
    except sa.exc.DBAPIError:
        return [Check("games vs predictions", True, "no daily_phase_status view")]
    past, now_row = rows[yesterday], rows[today]
    return [
        Check(
            f"games vs predictions {yesterday}",
            True,
            f"{past['games_scheduled']} games scheduled, {boxed} with box scores, "
            f"{past['predictions']} players predicted, {graded} graded, "
            f"{past['pipeline_status']}",
        ),
        Check(
            f"games vs predictions {today}",
            True,
            f"{now_row['games_scheduled']} games scheduled, {now_row['predictions']} players "
            f"predicted, {now_row['pipeline_status']}",
        ),
    ]
