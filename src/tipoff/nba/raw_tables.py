"""The raw tables (phase 2 output) and the document audit, in the ``nba`` schema component.

Natural keys are primary keys, so a re-run of a date upserts the same rows and changes
nothing. Every raw row remembers the bucket key of the document it came from.

A leaf module rather than part of ``raw``: the parsers' typed rows (``parsers.rows``) are
shaped by these tables, and the raw processors build on the parsers.
"""

from __future__ import annotations

import sqlalchemy as sa

from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.schema import Epoch

metadata = sa.MetaData()


def _provenance() -> list[sa.Column[object]]:
    return [
        sa.Column("source_key", sa.String(255), nullable=False),
        sa.Column("loaded_at", Epoch, nullable=False),
    ]


raw_schedule = sa.Table(
    "raw_schedule",
    metadata,
    sa.Column("game_id", sa.String(16), primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("season", sa.String(8), nullable=False),
    sa.Column("home_team_id", sa.Integer, nullable=False),
    sa.Column("away_team_id", sa.Integer, nullable=False),
    sa.Column("home_tricode", sa.String(4)),
    sa.Column("away_tricode", sa.String(4)),
    sa.Column("status", sa.Integer, nullable=False),  # 1 scheduled, 2 in progress, 3 final
    sa.Column("status_text", sa.String(32), nullable=False),
    sa.Column("home_pts", sa.Integer),
    sa.Column("away_pts", sa.Integer),
    *_provenance(),
)

raw_rosters = sa.Table(
    "raw_rosters",
    metadata,
    sa.Column("roster_date", sa.Date, primary_key=True),
    sa.Column("team_id", sa.Integer, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("player_name", sa.String(96), nullable=False),
    sa.Column("position", sa.String(8)),
    sa.Column("jersey", sa.String(4)),
    sa.Column("experience", sa.String(4)),
    *_provenance(),
)

raw_injury_report = sa.Table(
    "raw_injury_report",
    metadata,
    sa.Column("report_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("game_id", sa.String(16)),
    sa.Column("player_name", sa.String(96), nullable=False),
    sa.Column(
        "status", sa.String(16), nullable=False
    ),  # out doubtful questionable probable available
    sa.Column("reason", sa.Text),
    *_provenance(),
)

# The counting stats of a box score, named as in these tables; the feature frames and the
# analytics reads use the same names.
BOX_STATS: tuple[str, ...] = (
    "fgm", "fga", "fg3m", "fg3a", "ftm", "fta", "oreb", "dreb", "reb", "ast", "stl", "blk",
    "tov", "pf", "pts",
)  # fmt: skip

raw_player_boxscores = sa.Table(
    "raw_player_boxscores",
    metadata,
    sa.Column("game_id", sa.String(16), primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    sa.Column("player_name", sa.String(96), nullable=False),
    sa.Column("starter", sa.Boolean, nullable=False),
    sa.Column("played", sa.Boolean, nullable=False),
    sa.Column("dnp_reason", sa.String(96)),
    sa.Column("minutes", sa.Float, nullable=False),
    *[sa.Column(c, sa.Integer, nullable=False) for c in BOX_STATS],
    sa.Column("plus_minus", sa.Integer),
    *_provenance(),
)

raw_team_boxscores = sa.Table(
    "raw_team_boxscores",
    metadata,
    sa.Column("game_id", sa.String(16), primary_key=True),
    sa.Column("team_id", sa.Integer, primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    sa.Column("minutes", sa.Float, nullable=False),
    *[sa.Column(c, sa.Integer, nullable=False) for c in BOX_STATS],
    *_provenance(),
)

raw_odds_events = sa.Table(
    "raw_odds_events",
    metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("commence_time", Epoch, nullable=False),
    sa.Column("home_team", sa.String(64), nullable=False),
    sa.Column("away_team", sa.String(64), nullable=False),
    sa.Column("game_id", sa.String(16)),  # matched to the schedule when possible
    *_provenance(),
)

raw_player_props = sa.Table(
    "raw_player_props",
    metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("bookmaker", sa.String(64), primary_key=True),
    sa.Column("player_name", sa.String(96), primary_key=True),
    sa.Column("line", sa.Float, primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("player_id", sa.Integer),  # matched through a normalised name
    sa.Column("over_price", sa.Integer),  # American odds
    sa.Column("under_price", sa.Integer),
    sa.Column("last_update", Epoch),
    *_provenance(),
)

# A game's spread and total as one book quotes them (The Odds API's featured ``spreads`` and
# ``totals`` markets, in the same event odds document as the player props). Each market has
# its own update time: only a quote made before the game's commence time is evidence.
raw_game_lines = sa.Table(
    "raw_game_lines",
    metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("bookmaker", sa.String(64), primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("home_spread", sa.Float),  # the home team's handicap: -4.5 = favoured by 4.5
    sa.Column("home_spread_price", sa.Integer),  # American odds
    sa.Column("away_spread_price", sa.Integer),
    sa.Column("spread_update", Epoch),
    sa.Column("total", sa.Float),  # the game's total points line
    sa.Column("over_price", sa.Integer),
    sa.Column("under_price", sa.Integer),
    sa.Column("total_update", Epoch),
    *_provenance(),
)

# One row per bucket document: what fetched it, and what phase 2 made of it.
raw_documents = sa.Table(
    "raw_documents",
    metadata,
    sa.Column("key", sa.String(255), primary_key=True),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("document", sa.String(32), nullable=False),
    sa.Column("data_date", sa.Date, nullable=False),
    sa.Column("part", sa.String(64), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("bytes", sa.Integer, nullable=False),
    sa.Column("fetched_at", Epoch, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # stored, processed, quarantined
    sa.Column("processed_at", Epoch),
    sa.Column("error", sa.Text),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
)
sa.Index("ix_raw_documents_status", raw_documents.c.status, raw_documents.c.fetched_at)
# The daily rows (ops/daily_status.py) tell a date never fetched from one without games by
# its schedule documents: found by (document, data_date), status read from the index.
sa.Index(
    "ix_raw_documents_date",
    raw_documents.c.document,
    raw_documents.c.data_date,
    raw_documents.c.status,
)

scraper_execution_log = sa.Table(
    "scraper_execution_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("scraper", sa.String(64), nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("data_date", sa.Date, nullable=False),
    sa.Column("part", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # success, failed, skipped
    sa.Column("http_attempts", sa.Integer, nullable=False, default=0),
    sa.Column("bytes", sa.Integer, nullable=False, default=0),
    sa.Column("bucket_key", sa.String(255)),
    sa.Column("error", sa.Text),
    sa.Column("job_id", sa.Integer),
    sa.Column("started_at", Epoch, nullable=False),
    sa.Column("finished_at", Epoch, nullable=False),
)
sa.Index("ix_scraper_log_date", scraper_execution_log.c.data_date, scraper_execution_log.c.scraper)


def _v1_to_v2(conn: sa.Connection) -> None:
    """The games' spreads and totals, read from the same event odds as the props."""
    raw_game_lines.create(conn, checkfirst=True)


# Every write to a box-score table counts, per table and date, in raw_box_changes:
# triggers on both databases, so a write by any path counts (the writer's upserts, a
# correction by hand). Phase 4 holds the box scores it read and compares, before reusing
# them, the counts of their dates (see precompute.held); a count only grows, so any row
# inserted, rewritten or deleted on a date held is seen.
raw_box_changes = sa.Table(
    "raw_box_changes",
    metadata,
    sa.Column("table_name", sa.String(64), primary_key=True),
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("changes", sa.BigInteger, nullable=False),
)
BOX_TABLES = (raw_player_boxscores, raw_team_boxscores)

_SQLITE_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS {table}_{op}_counted AFTER {event} ON {table}
BEGIN
{counts}
END
"""
_SQLITE_COUNT = (
    "INSERT INTO raw_box_changes (table_name, game_date, changes) "
    "VALUES ('{table}', {row}.game_date, 1) "
    "ON CONFLICT (table_name, game_date) DO UPDATE SET changes = changes + 1;"
)
_POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION raw_box_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    day date;
BEGIN
    FOREACH day IN ARRAY (
        CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.game_date]
                   WHEN 'DELETE' THEN ARRAY[OLD.game_date]
                   ELSE ARRAY[OLD.game_date, NEW.game_date] END
    ) LOOP
        EXECUTE format(
            'INSERT INTO %I.raw_box_changes (table_name, game_date, changes) '
            'VALUES ($1, $2, 1) ON CONFLICT (table_name, game_date) '
            'DO UPDATE SET changes = raw_box_changes.changes + 1',
            TG_TABLE_SCHEMA
        ) USING TG_TABLE_NAME, day;
    END LOOP;
    RETURN NULL;
END
$$
"""
_POSTGRES_TRIGGER = (
    "CREATE OR REPLACE TRIGGER {table}_counted AFTER INSERT OR UPDATE OR DELETE ON {table} "
    "FOR EACH ROW EXECUTE FUNCTION raw_box_counted()"
)


def count_box_changes(conn: sa.Connection) -> None:
    """The triggers that count the box-score tables' writes (idempotent: run by every
    schema check, so a database of any version has them)."""
    if conn.dialect.name == "postgresql":
        # CREATE OR REPLACE TRIGGER locks the table against writers: only when one is missing
        # (a process starting while workers load box scores would wait for them otherwise)
        present = conn.execute(
            sa.text(
                "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE c.relname = ANY(:tables) AND t.tgname = c.relname || '_counted' "
                "AND pg_table_is_visible(c.oid)"
            ),
            {"tables": [box.name for box in BOX_TABLES]},
        ).scalar_one()
        if present == len(BOX_TABLES):
            return
        conn.execute(sa.text(_POSTGRES_FUNCTION))
        for box in BOX_TABLES:
            conn.execute(sa.text(_POSTGRES_TRIGGER.format(table=box.name)))
        return
    events = {"insert": ("INSERT", ("NEW",)), "update": ("UPDATE", ("OLD", "NEW")),
              "delete": ("DELETE", ("OLD",))}  # fmt: skip
    for box in BOX_TABLES:
        for op, (event, rows) in events.items():
            counts = "\n".join(_SQLITE_COUNT.format(table=box.name, row=row) for row in rows)
            conn.execute(
                sa.text(_SQLITE_TRIGGER.format(table=box.name, op=op, event=event, counts=counts))
            )


def _v2_to_v3(conn: sa.Connection) -> None:
    """Formerly the covering indexes of phase 4's aggregate check of its held box scores,
    which the counted writes of version 5 replaced (a database that has them keeps them)."""


def _v3_to_v4(conn: sa.Connection) -> None:
    """The index the daily rows find a date's schedule documents by."""
    for index in raw_documents.indexes:
        if index.name == "ix_raw_documents_date":
            index.create(conn, checkfirst=True)


def _v4_to_v5(conn: sa.Connection) -> None:
    """Counted box-score writes: every date already loaded starts at one write."""
    raw_box_changes.create(conn, checkfirst=True)
    for box in BOX_TABLES:
        name: sa.ColumnClause[str] = sa.literal_column(f"'{box.name}'")
        dates = sa.select(name, box.c.game_date, sa.literal_column("1")).distinct()
        conn.execute(
            sa.insert(raw_box_changes).from_select(["table_name", "game_date", "changes"], dates)
        )
    count_box_changes(conn)


NBA_RAW_SCHEMA = SchemaComponent(
    "nba_raw",
    metadata,
    migrations=(_v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5),
    views=(count_box_changes,),
)
