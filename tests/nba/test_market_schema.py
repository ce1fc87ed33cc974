"""The market columns (vig-free probability, priced picks, bets, the game's lines, the
book of each side's best price) reach an existing database in place: a version-1
database keeps its rows and gains the columns and the game-lines table."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.store import Store
from tipoff.nba.analytics.tables import NBA_ANALYTICS_SCHEMA
from tipoff.nba.grade.tables import NBA_GRADING_SCHEMA
from tipoff.nba.predict.tables import NBA_PREDICTIONS_SCHEMA
from tipoff.nba.raw_tables import NBA_RAW_SCHEMA

NEW_COLUMNS = {
    "upcoming_player_game_context": {"book_p_over", "book_line_spread", "under_bookmaker"},
    "upcoming_team_game_context": {
        "team_spread", "game_total", "implied_team_total", "game_line_books",
    },
    "player_prop_predictions": {"p_market", "p_blend", "ev", "price"},
    "prediction_grades": {
        "price", "bookmaker", "ev", "profit", "closing_over_price", "closing_under_price", "clv",
    },
    "prediction_performance": {"staked", "profit_sum", "profit_sq_sum", "clv_sum", "clv_count"},
}  # fmt: skip


NEW_TABLES = {"raw_game_lines"}


def version_1(component: SchemaComponent) -> SchemaComponent:
    """The component as it was before the market columns."""
    old = sa.MetaData()
    for table in component.metadata.tables.values():
        if table.name in NEW_TABLES:
            continue
        gone = NEW_COLUMNS.get(table.name, set())
        sa.Table(table.name, old, *(c._copy() for c in table.columns if c.name not in gone))
    return SchemaComponent(component.name, old)


def test_a_version_1_database_gains_the_market_columns_and_keeps_its_rows(store: Store) -> None:
    components = (
        NBA_RAW_SCHEMA, NBA_ANALYTICS_SCHEMA, NBA_PREDICTIONS_SCHEMA, NBA_GRADING_SCHEMA,
    )  # fmt: skip
    for component in components:
        store.ensure_schema(version_1(component))
    day = date(2025, 11, 12)
    with store.transaction() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO prediction_performance (game_date, dimension, bucket, predictions,"
                " wins, losses, pushes, no_action, abs_error_sum, error_count, p_over_sum,"
                " overs, decided, updated_at) VALUES (:d, 'all', 'all', 3, 1, 1, 0, 1, 4.5,"
                " 2, 1.1, 1, 2, 1.0)"
            ),
            {"d": day},
        )
    for component in components:
        store.ensure_schema(component)
    with store.read() as conn:
        inspector = sa.inspect(conn)
        for table, columns in NEW_COLUMNS.items():
            have = {c["name"] for c in inspector.get_columns(table)}
            assert columns <= have, (table, columns - have)
        assert set(inspector.get_table_names()) >= NEW_TABLES
        row = conn.execute(sa.text("SELECT * FROM prediction_performance")).mappings().one()
    assert (row["predictions"], row["wins"], row["staked"], row["profit_sum"]) == (3, 1, 0, 0)
