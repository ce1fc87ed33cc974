"""The analytics (phase 3) and precompute (phase 4) tables: the ``nba_analytics`` component.

Every table's primary key is its natural key, so a re-run of a date upserts the same rows
and changes nothing; ``updated_at`` (``built_at`` in the feature store) moves only when a
row's values did.

Phase 3 (per finished game, then per upcoming game):

- ``player_game_summary``        (game_id, player_id)
- ``team_offense_game_summary``  (game_id, team_id)
- ``team_defense_game_summary``  (game_id, team_id): the team defending
- ``upcoming_player_game_context`` (game_date, player_id)
- ``upcoming_team_game_context``   (game_date, team_id)

Phase 4 (per date, from games strictly before it):

- ``team_defense_zone_analysis`` (analysis_date, team_id)
- ``player_shot_zone_analysis``  (analysis_date, player_id)
- ``player_composite_factors``   (game_date, player_id)
- ``player_daily_cache``         (cache_date, player_id)
- ``ml_feature_store``           (game_date, player_id)
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.schema import Epoch

metadata = sa.MetaData()

# JSONB on PostgreSQL: it has an equality operator, which the "only if changed" upsert needs.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _f(name: str) -> sa.Column[float]:
    return sa.Column(name, sa.Float(precision=53))


def _i(name: str, nullable: bool = True) -> sa.Column[int]:
    return sa.Column(name, sa.Integer, nullable=nullable)


def _stamp(name: str = "updated_at") -> sa.Column[float]:
    return sa.Column(name, Epoch, nullable=False)


# -- phase 3: finished games ---------------------------------------------------------------

_PLAYER_COUNTS = (
    "pts", "fgm", "fga", "fg2m", "fg2a", "fg3m", "fg3a", "ftm", "fta", "oreb", "dreb", "reb",
    "ast", "stl", "blk", "tov", "pf",
)  # fmt: skip

player_game_summary = sa.Table(
    "player_game_summary",
    metadata,
    sa.Column("game_id", sa.String(16), primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    sa.Column("player_name", sa.String(96), nullable=False),
    sa.Column("position", sa.String(8)),  # from the latest roster, when one is loaded
    sa.Column("starter", sa.Boolean, nullable=False),
    sa.Column("played", sa.Boolean, nullable=False),
    sa.Column("dnp_reason", sa.String(96)),
    _f("minutes"),
    *[_i(c, nullable=False) for c in _PLAYER_COUNTS],
    _i("plus_minus"),
    _f("ts_pct"),  # PTS / (2 (FGA + 0.44 FTA))
    _f("efg_pct"),  # (FGM + 0.5 FG3M) / FGA
    _f("usage_rate"),  # 100 (FGA + 0.44 FTA + TOV)(team minutes / 5) / (minutes x team's)
    _stamp(),
)

_SHOTS = ("fgm", "fga", "fg2m", "fg2a", "fg3m", "fg3a", "ftm", "fta")

team_offense_game_summary = sa.Table(
    "team_offense_game_summary",
    metadata,
    sa.Column("game_id", sa.String(16), primary_key=True),
    sa.Column("team_id", sa.Integer, primary_key=True),
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    _i("pts", nullable=False),
    _i("opp_pts", nullable=False),
    sa.Column("win", sa.Boolean, nullable=False),
    *[_i(c, nullable=False) for c in (*_SHOTS, "oreb", "ast", "tov")],
    _f("minutes"),  # player-minutes: 240 in regulation
    _f("possessions"),  # FGA + 0.44 FTA - OREB + TOV of this team
    _f("game_possessions"),  # the mean of both teams' estimates
    _f("pace"),  # 48 x game possessions / game minutes
    _f("off_rating"),  # 100 x points / game possessions
    _f("def_rating"),  # 100 x opponent's points / game possessions
    _f("efg_pct"),
    _f("ts_pct"),
    _f("tov_pct"),  # turnovers per 100 own possessions
    _stamp(),
)

team_defense_game_summary = sa.Table(
    "team_defense_game_summary",
    metadata,
    sa.Column("game_id", sa.String(16), primary_key=True),
    sa.Column("team_id", sa.Integer, primary_key=True),  # the defending team
    sa.Column("game_date", sa.Date, nullable=False, index=True),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    _i("pts_allowed", nullable=False),
    *[_i(f"opp_{c}", nullable=False) for c in (*_SHOTS, "oreb", "tov")],
    *[_i(c, nullable=False) for c in ("dreb", "stl", "blk")],
    _f("opp_possessions"),
    _f("game_possessions"),
    _f("pace"),
    _f("def_rating"),  # 100 x points allowed / game possessions
    _f("opp_efg_pct"),
    # Points allowed by the opponent's players, by their roster position (G, F, C; the
    # first letter of "G-F" and the like), and by players whose position is unknown.
    *[_i(f"pts_allowed_{g}", nullable=False) for g in ("guards", "forwards", "centers", "unknown")],
    _stamp(),
)

# -- phase 3: upcoming games ---------------------------------------------------------------

upcoming_player_game_context = sa.Table(
    "upcoming_player_game_context",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("game_id", sa.String(16), nullable=False),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    sa.Column("player_name", sa.String(96), nullable=False),
    # out, doubtful, questionable, probable, available; null: no injury report loaded
    sa.Column("injury_status", sa.String(16)),
    sa.Column("injury_reason", sa.Text),
    _i("rest_days"),  # days between the team's last game of the season and this one, minus 1
    sa.Column("back_to_back", sa.Boolean),
    _i("days_since_last_game"),  # the player's own last game played (any season)
    _i("games_played_season", nullable=False),
    _i("teammates_out", nullable=False),
    _f("book_line"),  # the median (low) across books of each book's main line
    _i("book_over_price"),  # the best over price at ``book_line`` (American), at ``bookmaker``
    _i("book_under_price"),  # the best under price, at ``under_bookmaker``
    sa.Column("bookmaker", sa.String(64)),
    sa.Column("under_bookmaker", sa.String(64)),
    _i("books_quoting", nullable=False),
    _f("book_p_over"),  # the books' vig-free P(over) at book_line, averaged (multiplicative)
    _f("book_line_spread"),  # highest main line less the lowest across the books
    sa.Column("universe_mode", sa.String(16), nullable=False),  # daily | backfill
    sa.Column("roster_date", sa.Date),  # the roster the player was taken from (daily)
    _stamp(),
)

upcoming_team_game_context = sa.Table(
    "upcoming_team_game_context",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("team_id", sa.Integer, primary_key=True),
    sa.Column("game_id", sa.String(16), nullable=False),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    _i("rest_days"),
    sa.Column("back_to_back", sa.Boolean),
    _i("opponent_rest_days"),
    sa.Column("opponent_back_to_back", sa.Boolean),
    _i("games_played", nullable=False),  # this season, before the date
    _i("wins", nullable=False),
    _i("losses", nullable=False),
    _i("games_l10", nullable=False),  # complete games in the last-10 ratings below
    _f("pace_l10"),
    _f("off_rating_l10"),
    _f("def_rating_l10"),
    # the market's view of the game (consensus of the books' last pre-game quotes)
    _f("team_spread"),  # the team's handicap: -4.5 = favoured by 4.5
    _f("game_total"),  # the game's total points line
    _f("implied_team_total"),  # game_total / 2 - team_spread / 2
    _i("game_line_books"),  # books behind the spread
    _i("players", nullable=False),  # the team's players in the date's universe
    _i("players_out", nullable=False),
    _i("players_doubtful_or_questionable", nullable=False),
    sa.Column("universe_mode", sa.String(16), nullable=False),
    sa.Column("roster_date", sa.Date),
    _stamp(),
)

# -- phase 4 -------------------------------------------------------------------------------

team_defense_zone_analysis = sa.Table(
    "team_defense_zone_analysis",
    metadata,
    sa.Column("analysis_date", sa.Date, primary_key=True),
    sa.Column("team_id", sa.Integer, primary_key=True),
    _i("games", nullable=False),  # the team's games in the window (last 10 before the date)
    _f("opp_fg2a_pg"),
    _f("opp_fg2_pct"),
    _f("opp_fg3a_pg"),
    _f("opp_fg3_pct"),
    _f("opp_fta_pg"),
    _f("opp_ft_pct"),
    _f("pts_allowed_pg"),
    _f("pts2_allowed_pg"),
    _f("pts3_allowed_pg"),
    _f("ftpts_allowed_pg"),
    _f("def_rating"),
    # Ratios to the league's level over the season before the date (1.0: average).
    _f("fg2_pct_vs_league"),
    _f("fg3_pct_vs_league"),
    _f("fta_rate_vs_league"),
    _f("def_rating_vs_league"),
    _stamp(),
)

player_shot_zone_analysis = sa.Table(
    "player_shot_zone_analysis",
    metadata,
    sa.Column("analysis_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    _i("games", nullable=False),  # played games in the window (last 10 before the date)
    _f("fg2m_pg"),
    _f("fg2a_pg"),
    _f("fg2_pct"),
    _f("fg3m_pg"),
    _f("fg3a_pg"),
    _f("fg3_pct"),
    _f("ftm_pg"),
    _f("fta_pg"),
    _f("ft_pct"),
    _f("pts2_share"),  # shares of his points from twos, threes and free throws
    _f("pts3_share"),
    _f("ft_share"),
    _f("fg3a_rate"),  # FG3A / FGA
    _f("fta_rate"),  # FTA / FGA
    _stamp(),
)

player_composite_factors = sa.Table(
    "player_composite_factors",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    _f("usage_share_l10"),
    _f("usage_share_season"),
    _f("minutes_l5"),
    _f("minutes_l10"),
    _f("minutes_trend"),  # minutes_l5 - minutes_l10
    _f("pace_adjustment"),  # mean of own and opponent's pace, over the league's
    _f("defense_adjustment"),  # opponent's points allowed per 100, over the league's
    _f("shot_zone_adjustment"),  # his shot mix against the opponent's zone allowances
    _f("composite_adjustment"),  # the three multiplied: expected scoring vs his usual
    _stamp(),
)

player_daily_cache = sa.Table(
    "player_daily_cache",
    metadata,
    sa.Column("cache_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("player_name", sa.String(96), nullable=False),
    _i("total_games", nullable=False),
    _i("season_games", nullable=False),
    sa.Column("last_game_date", sa.Date),
    _f("pts_last"),
    _f("pts_avg_l5"),
    _f("pts_avg_l10"),
    _f("pts_avg_season"),
    _f("pts_std_l10"),
    _f("minutes_avg_l10"),
    sa.Column("recent_points", Json, nullable=False),  # last 10 played games, newest first
    sa.Column("recent_minutes", Json, nullable=False),
    _stamp(),
)

ml_feature_store = sa.Table(
    "ml_feature_store",
    metadata,
    sa.Column("game_date", sa.Date, primary_key=True),
    sa.Column("player_id", sa.Integer, primary_key=True),
    sa.Column("game_id", sa.String(16), nullable=False),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("opponent_team_id", sa.Integer, nullable=False),
    sa.Column("is_home", sa.Boolean, nullable=False),
    # feature name → value (FEATURE_COLUMNS); null where missing; read it with feature_matrix
    sa.Column("features", Json, nullable=False),
    _i("games_found", nullable=False),  # played games in the last-10 window
    _i("games_expected", nullable=False),
    _i("total_games_available", nullable=False),  # over the player's whole history
    _f("feature_quality_score"),  # 0-100
    _stamp("built_at"),
)

ANALYTICS_TABLES = (
    player_game_summary,
    team_offense_game_summary,
    team_defense_game_summary,
    upcoming_player_game_context,
    upcoming_team_game_context,
)
PRECOMPUTE_TABLES = (
    team_defense_zone_analysis,
    player_shot_zone_analysis,
    player_composite_factors,
    player_daily_cache,
    ml_feature_store,
)


def _v1_to_v2(conn: sa.Connection) -> None:
    """The market's vig-free P(over) and the books' disagreement on the upcoming context."""
    for column in ("book_p_over", "book_line_spread"):
        conn.execute(sa.text(f"ALTER TABLE upcoming_player_game_context ADD COLUMN {column} FLOAT"))


def _v2_to_v3(conn: sa.Connection) -> None:
    """The game's spread, total and implied team total on the upcoming team context; the
    book of the best under price beside that of the best over price."""
    conn.execute(
        sa.text("ALTER TABLE upcoming_player_game_context ADD COLUMN under_bookmaker VARCHAR(64)")
    )
    for column, kind in (
        ("team_spread", "FLOAT"),
        ("game_total", "FLOAT"),
        ("implied_team_total", "FLOAT"),
        ("game_line_books", "INTEGER"),
    ):
        conn.execute(sa.text(f"ALTER TABLE upcoming_team_game_context ADD COLUMN {column} {kind}"))


NBA_ANALYTICS_SCHEMA = SchemaComponent("nba_analytics", metadata, migrations=(_v1_to_v2, _v2_to_v3))
