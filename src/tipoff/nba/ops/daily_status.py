"""``daily_phase_status``: one row per game date, from the tables each phase fills.

A SQL view, so the answer to "did the pipeline finish for these dates, and where did it
stop?" can be asked of the database directly, and ``tipoff status --days N`` prints it.
``pipeline_status`` is the first phase, from the end, that has produced rows:

    COMPLETE_DEGRADED  the date's prediction run finished but missed its outcome (the
                     engine's run status; e.g. nobody predicted on a game day)
    COMPLETE         predictions exist
    PHASE_5_PENDING  features built, no predictions
    PHASE_4_STUCK    analytics built, no features
    PHASE_3_PENDING  raw rows loaded (rosters or box scores), no analytics
    PHASE_2_PENDING  games scheduled, nothing loaded for them
    NO_GAMES         no games scheduled
    NOT_FETCHED      the date's schedule was never fetched, so whether it has games is
                     not known yet (a morning before the day's run; a date never run):
                     told apart from NO_GAMES by the stored documents, not by the view
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine.migrations import SchemaComponent
from tipoff.nba.documents import Document
from tipoff.nba.raw_tables import raw_documents

VIEW = "daily_phase_status"

_SQL = f"""
CREATE VIEW {VIEW} AS
WITH schedule AS (
    SELECT game_date, COUNT(DISTINCT game_id) AS games_scheduled
    FROM raw_schedule GROUP BY game_date
), phase2 AS (
    SELECT game_date, SUM(n) AS phase2_records FROM (
        SELECT roster_date AS game_date, COUNT(*) AS n FROM raw_rosters GROUP BY roster_date
        UNION ALL
        SELECT game_date, COUNT(*) AS n FROM raw_player_boxscores GROUP BY game_date
    ) loaded GROUP BY game_date
), phase3 AS (
    SELECT game_date, SUM(n) AS phase3_records FROM (
        SELECT game_date, COUNT(*) AS n FROM upcoming_player_game_context GROUP BY game_date
        UNION ALL
        SELECT game_date, COUNT(*) AS n FROM player_game_summary GROUP BY game_date
    ) built GROUP BY game_date
), phase4 AS (
    SELECT game_date, COUNT(*) AS phase4_records,
           ROUND(CAST(AVG(feature_quality_score) AS NUMERIC), 1) AS avg_quality
    FROM ml_feature_store GROUP BY game_date
), phase5 AS (
    SELECT game_date, COUNT(DISTINCT player_id) AS predictions
    FROM player_prop_predictions GROUP BY game_date
), degraded AS (
    SELECT data_date AS game_date FROM runs
    WHERE pipeline = 'nba' AND mode IN ('same_day', 'backfill')
    GROUP BY data_date
    HAVING SUM(CASE WHEN status = 'complete_degraded' THEN 1 ELSE 0 END) > 0
       AND SUM(CASE WHEN status = 'complete' THEN 1 ELSE 0 END) = 0
)
SELECT
    s.game_date,
    s.games_scheduled,
    COALESCE(p2.phase2_records, 0) AS phase2_records,
    COALESCE(p3.phase3_records, 0) AS phase3_records,
    COALESCE(p4.phase4_records, 0) AS phase4_records,
    p4.avg_quality,
    COALESCE(p5.predictions, 0) AS predictions,
    CASE
        WHEN d.game_date IS NOT NULL THEN 'COMPLETE_DEGRADED'
        WHEN COALESCE(p5.predictions, 0) > 0 THEN 'COMPLETE'
        WHEN COALESCE(p4.phase4_records, 0) > 0 THEN 'PHASE_5_PENDING'
        WHEN COALESCE(p3.phase3_records, 0) > 0 THEN 'PHASE_4_STUCK'
        WHEN COALESCE(p2.phase2_records, 0) > 0 THEN 'PHASE_3_PENDING'
        WHEN s.games_scheduled > 0 THEN 'PHASE_2_PENDING'
        ELSE 'NO_GAMES'
    END AS pipeline_status
FROM schedule s
LEFT JOIN phase2 p2 ON p2.game_date = s.game_date
LEFT JOIN phase3 p3 ON p3.game_date = s.game_date
LEFT JOIN phase4 p4 ON p4.game_date = s.game_date
LEFT JOIN phase5 p5 ON p5.game_date = s.game_date
LEFT JOIN degraded d ON d.game_date = s.game_date
"""


def create_view(conn: sa.Connection) -> None:
    """(Re)create the view; it reads the tables of every NBA schema component, and the
    engine's runs for their outcome."""
    conn.execute(sa.text(f"DROP VIEW IF EXISTS {VIEW}"))
    conn.execute(sa.text(_SQL))


# Declared last among the NBA components, after the tables the view reads.
NBA_VIEWS_SCHEMA = SchemaComponent("nba_views", sa.MetaData(), views=(create_view,))

COLUMNS = (
    "game_date", "games_scheduled", "phase2_records", "phase3_records", "phase4_records",
    "avg_quality", "predictions", "pipeline_status",
)  # fmt: skip


def daily_rows(conn: sa.Connection, first: date, last: date) -> list[dict[str, Any]]:
    """The view's rows from ``first`` to ``last`` (newest first); dates without games too."""
    rows = conn.execute(
        sa.text(
            f"SELECT {', '.join(COLUMNS)} FROM {VIEW} "
            "WHERE game_date >= :first AND game_date <= :last ORDER BY game_date DESC"
        ),
        {"first": first, "last": last},
    ).all()
    found = {str(r[0])[:10]: dict(zip(COLUMNS, r, strict=True)) for r in rows}
    fetched = {
        str(d)[:10]
        for d in conn.execute(
            sa.select(raw_documents.c.data_date)
            .distinct()
            .where(
                raw_documents.c.document == Document.SCHEDULE.value,
                raw_documents.c.status != "quarantined",
                raw_documents.c.data_date >= first,
                raw_documents.c.data_date <= last,
            )
        ).scalars()
    }
    out = []
    day = last
    while day >= first:
        row = found.get(day.isoformat()) or {
            "game_date": day,
            "games_scheduled": 0,
            "phase2_records": 0,
            "phase3_records": 0,
            "phase4_records": 0,
            "avg_quality": None,
            "predictions": 0,
            "pipeline_status": "NO_GAMES" if day.isoformat() in fetched else "NOT_FETCHED",
        }
        row["game_date"] = day
        out.append(row)
        day = date.fromordinal(day.toordinal() - 1)
    return out
