"""Grading's tables, in the ``nba_grading`` schema component.

``prediction_grades`` has one row per prediction row (date, player, line): the actual
points, the side they fell on and the outcome of the recommendation, and for a pick its
price, book, profit for one unit and closing-line value. ``prediction_
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
    sa.Column("price", sa.Integer),  # American price the pick was made at (null: PASS)
    sa.Column("bookmaker", sa.String(64)),  # the book quoting it
    sa.Column("ev", sa.Float),  # its expected profit per unit when it was made
    sa.Column("profit", sa.Float),  # per unit staked at the price (null: no bet, or void)
    sa.Column("closing_over_price", sa.Integer),  # a later quote of the same book and line
    sa.Column("closing_under_price", sa.Integer),
    sa.Column("clv", sa.Float),  # the pick's value at the closing fair probability
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
    # bets at their prices: stakes (graded picks), profit and its square (for the ROI's
    # interval), closing-line value where a later quote existed
    sa.Column("staked", sa.Integer, nullable=False, server_default="0"),
    sa.Column("profit_sum", sa.Float, nullable=False, server_default="0"),
    sa.Column("profit_sq_sum", sa.Float, nullable=False, server_default="0"),
    sa.Column("clv_sum", sa.Float, nullable=False, server_default="0"),
    sa.Column("clv_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("updated_at", Epoch, nullable=False),
)


def _v1_to_v2(conn: sa.Connection) -> None:
    """Grading at the price: the pick's price, book, profit and closing-line value."""
    for column, kind in (
        ("price", "INTEGER"), ("bookmaker", "VARCHAR(64)"), ("ev", "FLOAT"),
        ("profit", "FLOAT"), ("closing_over_price", "INTEGER"),
        ("closing_under_price", "INTEGER"), ("clv", "FLOAT"),
    ):  # fmt: skip
        conn.execute(sa.text(f"ALTER TABLE prediction_grades ADD COLUMN {column} {kind}"))
    for column, kind in (
        ("staked", "INTEGER"), ("profit_sum", "FLOAT"), ("profit_sq_sum", "FLOAT"),
        ("clv_sum", "FLOAT"), ("clv_count", "INTEGER"),
    ):  # fmt: skip
        conn.execute(
            sa.text(
                f"ALTER TABLE prediction_performance ADD COLUMN {column} {kind} NOT NULL DEFAULT 0"
            )
        )


NBA_GRADING_SCHEMA = SchemaComponent("nba_grading", metadata, migrations=(_v1_to_v2,))
