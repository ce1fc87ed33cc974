"""Phase 5's tables, in the ``nba_predictions`` schema component.

``player_prop_predictions`` holds one row per (date, player, line): the points
distribution, the line's probabilities, the recommended side and its confidence, and how
the prediction was made (model version, feature quality, strict or fallback inputs).
``prediction_batches`` holds one row per date: what the coordinator found and did (the
universe's size, the players it fanned out, those it skipped and why). Both are upserted
on their natural keys, so re-running a date rewrites its rows instead of adding to them.
"""

from __future__ import annotations

import sqlalchemy as sa

from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.schema import Epoch

metadata = sa.MetaData()

player_prop_predictions = sa.Table(
    "player_prop_predictions",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("line", sa.Float, primary_key=True),
    sa.Column("game_id", sa.String(16), nullable=False),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    sa.Column("line_offset", sa.Integer, nullable=False),  # -2..+2 around the centre line
    sa.Column("is_book_line", sa.Boolean, nullable=False),  # the book's own line (offset 0)
    sa.Column("line_source", sa.String(8), nullable=False),  # book | model
    sa.Column("book_line", sa.Float),  # null when no book has a line
    sa.Column("over_price", sa.Integer),  # American odds of the book line
    sa.Column("under_price", sa.Integer),
    sa.Column("bookmaker", sa.String(64)),
    sa.Column("mean", sa.Float, nullable=False),
    sa.Column("spread", sa.Float, nullable=False),
    sa.Column("p_over", sa.Float, nullable=False),
    sa.Column("p_under", sa.Float, nullable=False),
    sa.Column("p_push", sa.Float, nullable=False),
    sa.Column("recommendation", sa.String(8), nullable=False),  # OVER | UNDER | PASS
    sa.Column("raw_confidence", sa.Float, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),  # raw x multiplier
    sa.Column("confidence_multiplier", sa.Float, nullable=False),
    sa.Column("edge", sa.Float),  # blended minus the market's probability of the side
    sa.Column("p_market", sa.Float),  # the books' vig-free P(over) (book line only)
    sa.Column("p_blend", sa.Float),  # model and market blended, given no push (book line)
    sa.Column("ev", sa.Float),  # expected profit per unit of the better side at its price
    sa.Column("price", sa.Integer),  # American price of that side (the pick's, if any)
    sa.Column("model_version", sa.String(64), nullable=False),
    sa.Column("feature_quality_score", sa.Float),
    sa.Column("features_complete", sa.Boolean, nullable=False),
    sa.Column("prediction_mode", sa.String(16), nullable=False),  # strict | fallback
    sa.Column("run_mode", sa.String(16), nullable=False),  # same_day | backfill
    sa.Column("predicted_at", Epoch, nullable=False),
)
_p = player_prop_predictions.c
sa.Index("ix_predictions_player", _p.player_id, _p.game_date)

prediction_batches = sa.Table(
    "prediction_batches",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("run_mode", sa.String(16), nullable=False),
    sa.Column("prediction_mode", sa.String(16), nullable=False),
    sa.Column("universe", sa.Integer, nullable=False),  # players in the date's context
    sa.Column("expected", sa.Integer, nullable=False),  # prediction jobs fanned out
    sa.Column("needs_bootstrap", sa.Integer, nullable=False),  # fewer than min_games games
    sa.Column("skipped", sa.JSON, nullable=False),  # reason -> player ids (bootstrap too)
    sa.Column("export_threshold", sa.Float, nullable=False),
    sa.Column("created_at", Epoch, nullable=False),
)


def _v1_to_v2(conn: sa.Connection) -> None:
    """Priced picks: the market's and the blended probability, expected value, price."""
    for column, kind in (("p_market", "FLOAT"), ("p_blend", "FLOAT"), ("ev", "FLOAT"),
                         ("price", "INTEGER")):  # fmt: skip
        conn.execute(sa.text(f"ALTER TABLE player_prop_predictions ADD COLUMN {column} {kind}"))


NBA_PREDICTIONS_SCHEMA = SchemaComponent("nba_predictions", metadata, migrations=(_v1_to_v2,))
