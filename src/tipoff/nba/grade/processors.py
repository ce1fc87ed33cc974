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

from collections.abc import Mapping
from datetime import date
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine.registry import Blueprint, Child, FanOut, JobContext, Result
from tipoff.nba.grade.tables import prediction_grades, prediction_performance
from tipoff.nba.pick_outcomes import confidence_bucket, outcome, tally
from tipoff.nba.predict.tables import player_prop_predictions
from tipoff.nba.prices import closing_value, profit
from tipoff.nba.raw.reads import quoted_before_tip_off
from tipoff.nba.raw_tables import raw_odds_events, raw_player_boxscores, raw_player_props

log = structlog.get_logger("tipoff.nba.grade")

GRADER = "grade_predictions"
RESULTS_TASK = "export_results"

grade_blueprint = Blueprint("nba")


@grade_blueprint.processor(GRADER)
def grade_predictions(ctx: JobContext) -> Result:
    day = ctx.require_date()
    p, box = player_prop_predictions, raw_player_boxscores
    with ctx.store.read() as conn:
        predictions = [r._mapping for r in conn.execute(sa.select(p).where(p.c.game_date == day))]
        boxes = conn.execute(
            sa.select(box.c.game_id, box.c.player_id, box.c.played, box.c.pts).where(
                box.c.game_date == day
            )
        ).all()
        closing = _latest_quotes(conn, day)
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
        bet = _bet(row, result.value, closing)
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
                **bet,
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


def _latest_quotes(conn: sa.Connection, day: date) -> dict[tuple[int, str, float], Any]:
    """The date's stored quotes by (player, book, line): the latest each book posted
    before the game tipped off (a later one is an in-play price, not the close)."""
    q = raw_player_props
    rows = conn.execute(
        sa.select(
            q.c.player_id, q.c.bookmaker, q.c.line, q.c.over_price, q.c.under_price,
            q.c.last_update,
        )
        .select_from(q.outerjoin(raw_odds_events, raw_odds_events.c.event_id == q.c.event_id))
        .where(q.c.game_date == day, q.c.player_id.is_not(None), quoted_before_tip_off())
    ).all()  # fmt: skip
    return {(int(r.player_id), str(r.bookmaker), float(r.line)): r for r in rows}


def _bet(row: Any, result: str, closing: Mapping[tuple[int, str, float], Any]) -> dict[str, Any]:
    """A pick at a price as a one-unit bet: price, book, profit, closing-line value.

    The closing quote is the same book's at the same line, updated after the prediction
    was made; without one (the line moved, or nothing was scraped later) CLV is unknown.
    """
    side = row["recommendation"]
    priced = side in ("OVER", "UNDER") and row.get("price") is not None and row["is_book_line"]
    out: dict[str, Any] = {
        "price": row.get("price") if priced else None,
        "bookmaker": row.get("bookmaker") if priced else None,
        "ev": row.get("ev"),
        "profit": None,
        "closing_over_price": None,
        "closing_under_price": None,
        "clv": None,
    }
    if not priced:
        return out
    if result != "NO_ACTION":  # a player who did not play: the book voids the bet
        out["profit"] = profit(result, row["price"])
    quote = closing.get((int(row["player_id"]), str(row["bookmaker"]), float(row["line"])))
    made = row.get("predicted_at")
    later = (
        quote is not None
        and quote.last_update is not None
        and made is not None
        and float(quote.last_update) > float(made)
    )
    if later and quote is not None:
        out["closing_over_price"] = quote.over_price
        out["closing_under_price"] = quote.under_price
        out["clv"] = closing_value(side, row["price"], quote.over_price, quote.under_price)
    return out
