"""Grading's tables, in the ``nba_grading`` schema component.

``prediction_grades`` has one row per prediction row (date, player, line): the actual
points, the side they fell on and the outcome of the recommendation. ``prediction_
performance`` keeps, per date, the counts behind every rate the exports show (by
confidence bucket, by line offset, by predicted P(over) for calibration), so windows of
any length are sums of daily rows. Both are rewritten whole for a date on each grading.
"""

from __future__ import annotations

import sqlalchemy as sa

from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.schema import Epoch

metadata = sa.MetaData()

prediction_grades = sa.Table(
    "prediction_grades",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("line", sa.Float, primary_key=True),
    sa.Column("game_id", sa.String(16), nullable=False),
    sa.Column("line_offset", sa.Integer, nullable=False),
    sa.Column("is_book_line", sa.Boolean, nullable=False),
    sa.Column("recommendation", sa.String(8), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("confidence_bucket", sa.String(16), nullable=False),
    sa.Column("p_over", sa.Float, nullable=False),
    sa.Column("mean", sa.Float, nullable=False),
    sa.Column("edge", sa.Float),
    sa.Column("played", sa.Boolean, nullable=False),
    sa.Column("actual_points", sa.Integer),  # null when he did not play
    sa.Column("actual_side", sa.String(8)),  # OVER | UNDER | PUSH; null when he did not play
    sa.Column("outcome", sa.String(12), nullable=False),  # WIN | LOSS | PUSH | NO_ACTION
    sa.Column("abs_error", sa.Float),  # |mean - actual points|
    sa.Column("graded_at", Epoch, nullable=False),
)
sa.Index("ix_grades_player", prediction_grades.c.player_id, prediction_grades.c.game_date)

prediction_performance = sa.Table(
    "prediction_performance",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("dimension", sa.String(16), primary_key=True),  # all|confidence|line_offset|p_over
    sa.Column("bucket", sa.String(16), primary_key=True),
    sa.Column("predictions", sa.Integer, nullable=False),
    sa.Column("wins", sa.Integer, nullable=False),
    sa.Column("losses", sa.Integer, nullable=False),
    sa.Column("pushes", sa.Integer, nullable=False),
    sa.Column("no_action", sa.Integer, nullable=False),
    sa.Column("abs_error_sum", sa.Float, nullable=False),
    sa.Column("error_count", sa.Integer, nullable=False),
    sa.Column("p_over_sum", sa.Float, nullable=False),  # calibration: predicted overs...
    sa.Column("overs", sa.Integer, nullable=False),  # ...and actual overs (played rows)
    sa.Column("decided", sa.Integer, nullable=False),  # played rows that did not push
    sa.Column("updated_at", Epoch, nullable=False),
)

NBA_GRADING_SCHEMA = SchemaComponent("nba_grading", metadata)
