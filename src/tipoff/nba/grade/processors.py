"""Grading: the date's predictions against its final box scores.

``grade_predictions`` runs in phase 6 of overnight runs (the date's box scores were just
loaded by phases 1-2) and of backfill runs (a past date's predictions, exports and
results in one run); the 05:00 schedule re-drives it for yesterday. Every prediction row
gets a ``prediction_grades`` row (WIN/LOSS/PUSH at its line, NO_ACTION for a PASS or a
player who did not play) and the date's ``prediction_performance`` tallies are rewritten,
in the job's transaction. A player whose game has no box score yet stays ungraded (the
next grading of the date picks him up).

With its success the job fans out one ``export_results`` job, so the results and
performance files are built from committed grades, and the grading completes for its
phase only once they are written.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine.registry import Blueprint, Child, FanOut, JobContext, Result
from tipoff.nba.grade.outcomes import confidence_bucket, outcome, tally
from tipoff.nba.grade.tables import prediction_grades, prediction_performance
from tipoff.nba.predict.processors import job_date
from tipoff.nba.predict.tables import player_prop_predictions
from tipoff.nba.raw.tables import raw_player_boxscores

log = structlog.get_logger("tipoff.nba.grade")

GRADER = "grade_predictions"
RESULTS_TASK = "export_results"

grade_blueprint = Blueprint("nba")


@grade_blueprint.processor(GRADER)
def grade_predictions(ctx: JobContext) -> Result:
    day = job_date(ctx)
    p, box = player_prop_predictions, raw_player_boxscores
    with ctx.store.read() as conn:
        predictions = [r._mapping for r in conn.execute(sa.select(p).where(p.c.game_date == day))]
        boxes = conn.execute(
            sa.select(box.c.game_id, box.c.player_id, box.c.played, box.c.pts).where(
                box.c.game_date == day
            )
        ).all()
    games_final = {b.game_id for b in boxes}
    points = {int(b.player_id): (int(b.pts) if b.played else None) for b in boxes}
    now = ctx.clock.now()
    grades: list[dict[str, Any]] = []
    ungraded = 0
    for row in predictions:
        if row["game_id"] not in games_final:
            ungraded += 1
            continue
        pts = points.get(int(row["player_id"]))  # absent from the box score: did not play
        result, side = outcome(row["recommendation"], float(row["line"]), pts)
        grades.append(
            {
                "game_date": day,
                "player_id": row["player_id"],
                "line": row["line"],
                "game_id": row["game_id"],
                "line_offset": row["line_offset"],
                "is_book_line": row["is_book_line"],
                "recommendation": row["recommendation"],
                "confidence": row["confidence"],
                "confidence_bucket": confidence_bucket(float(row["confidence"])),
                "p_over": row["p_over"],
                "mean": row["mean"],
                "edge": row["edge"],
                "played": pts is not None,
                "actual_points": pts,
                "actual_side": None if side is None or pts is None else side.value,
                "outcome": result.value,
                "abs_error": None if pts is None else abs(float(row["mean"]) - pts),
                "graded_at": now,
            }
        )
    tallies = tally(grades)
    log.info(
        "graded",
        game_date=day.isoformat(),
        predictions=len(predictions),
        graded=len(grades),
        ungraded=ungraded,
    )

    def write(conn: sa.Connection) -> int:
        g, perf = prediction_grades, prediction_performance
        conn.execute(sa.delete(g).where(g.c.game_date == day))
        if grades:
            conn.execute(sa.insert(g), grades)
        conn.execute(sa.delete(perf).where(perf.c.game_date == day))
        if tallies:
            conn.execute(
                sa.insert(perf),
                [
                    {"game_date": day, "dimension": dim, "bucket": bucket, "updated_at": now}
                    | t.counts()
                    for (dim, bucket), t in sorted(tallies.items())
                ],
            )
        return len(grades)

    return Result(
        records=len(grades),
        write=write,
        detail={"graded": len(grades), "ungraded": ungraded},
        fan_out=FanOut([Child(RESULTS_TASK, "results")], threshold=1.0),
    )
