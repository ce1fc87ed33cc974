"""The raw tables (phase 2 output) and the document audit, in the ``nba`` schema component.

Natural keys are primary keys, so a re-run of a date upserts the same rows and changes
nothing. Every raw row remembers the bucket key of the document it came from.
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

_BOX_STATS = (
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
    *[sa.Column(c, sa.Integer, nullable=False) for c in _BOX_STATS],
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
    *[sa.Column(c, sa.Integer, nullable=False) for c in _BOX_STATS],
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


# Phase 4's check that the box scores it holds are current (see precompute.held) sums
# these columns over every date before its own: from the index alone, not the table.
HELD_CHECK_COLUMNS = ("game_date", "loaded_at", "pts", "fga")
for _box in (raw_player_boxscores, raw_team_boxscores):
    sa.Index(f"ix_{_box.name}_held", *(_box.c[c] for c in HELD_CHECK_COLUMNS))


def _v2_to_v3(conn: sa.Connection) -> None:
    """The covering indexes of phase 4's held-history check."""
    for box in (raw_player_boxscores, raw_team_boxscores):
        for index in box.indexes:
            if index.name == f"ix_{box.name}_held":
                index.create(conn, checkfirst=True)


def _v3_to_v4(conn: sa.Connection) -> None:
    """The index the daily rows find a date's schedule documents by."""
    for index in raw_documents.indexes:
        if index.name == "ix_raw_documents_date":
            index.create(conn, checkfirst=True)


NBA_RAW_SCHEMA = SchemaComponent("nba_raw", metadata, migrations=(_v1_to_v2, _v2_to_v3, _v3_to_v4))
