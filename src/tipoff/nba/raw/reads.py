"""Reading the raw tables into pandas frames for phases 3 and 4.

The reads live beside the tables they read, below their readers: the player universe,
the analytics and precompute phases, and grading.

Every read of history names its bound: ``on`` a date (that date's games) or ``before`` a
date (strictly earlier games only), so a processor's inputs say what it may know. Column
names are the raw tables', which are also the features package's history columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd
import sqlalchemy as sa

from tipoff.nba import raw_tables as raw
from tipoff.nba.raw_tables import BOX_STATS

PLAYER_BOX_COLUMNS = (
    "game_id", "game_date", "player_id", "team_id", "opponent_team_id", "is_home",
    "player_name", "starter", "played", "dnp_reason", "minutes", *BOX_STATS, "plus_minus",
)  # fmt: skip
TEAM_BOX_COLUMNS = (
    "game_id", "game_date", "team_id", "opponent_team_id", "is_home", "minutes", *BOX_STATS,
)  # fmt: skip


def frame(conn: sa.Connection, stmt: sa.Select[tuple[object, ...]]) -> pd.DataFrame:
    """The statement's rows as a frame, built column by column (pandas inspects each row
    object when given rows, which costs seconds on a season of box scores)."""
    result = conn.execute(stmt)
    keys = list(result.keys())
    rows = result.all()
    if not rows:
        return pd.DataFrame(columns=keys)
    return pd.DataFrame(
        {k: list(column) for k, column in zip(keys, zip(*rows, strict=True), strict=True)}
    )


def _dated(
    table: sa.Table, columns: Iterable[str], *, on: date | None, before: date | None
) -> sa.Select[tuple[object, ...]]:
    if (on is None) == (before is None):
        raise ValueError("name exactly one of on= and before=")
    stmt = sa.select(*(table.c[c] for c in columns))
    if on is not None:
        return stmt.where(table.c.game_date == on)
    return stmt.where(table.c.game_date < before)


def player_boxes(
    conn: sa.Connection,
    *,
    on: date | None = None,
    before: date | None = None,
    columns: Iterable[str] = PLAYER_BOX_COLUMNS,
) -> pd.DataFrame:
    """``raw_player_boxscores`` rows of one date, or of every date before one."""
    return frame(conn, _dated(raw.raw_player_boxscores, columns, on=on, before=before))


def team_boxes(
    conn: sa.Connection, *, on: date | None = None, before: date | None = None
) -> pd.DataFrame:
    """``raw_team_boxscores`` rows of one date, or of every date before one."""
    return frame(conn, _dated(raw.raw_team_boxscores, TEAM_BOX_COLUMNS, on=on, before=before))


def schedule(conn: sa.Connection, day: date) -> pd.DataFrame:
    """The date's games: game_id, home_team_id, away_team_id, status."""
    s = raw.raw_schedule.c
    stmt = sa.select(s.game_id, s.home_team_id, s.away_team_id, s.status, s.season).where(
        s.game_date == day
    )
    return frame(conn, stmt.order_by(s.game_id))


def team_game_dates(conn: sa.Connection, *, before: date) -> pd.DataFrame:
    """(team_id, game_date) of every game before ``before``, by the schedule or box scores.

    Both sources count: a date whose schedule was never loaded still has box scores, and
    a same-day run knows the earlier schedules without their box scores.
    """
    s = raw.raw_schedule.c
    t = raw.raw_team_boxscores.c
    home = sa.select(s.home_team_id.label("team_id"), s.game_date).where(s.game_date < before)
    away = sa.select(s.away_team_id.label("team_id"), s.game_date).where(s.game_date < before)
    boxed = sa.select(t.team_id, t.game_date).where(t.game_date < before)
    union = sa.union(home, away, boxed).subquery()
    return frame(conn, sa.select(union.c.team_id, union.c.game_date))


def positions(conn: sa.Connection, player_ids: Iterable[int], day: date) -> dict[int, str]:
    """Each player's roster position as of ``day``: his latest roster on or before it, else
    his earliest roster after it (a position is an attribute, not a result)."""
    ids = sorted({int(p) for p in player_ids})
    if not ids:
        return {}
    r = raw.raw_rosters.c
    rows = conn.execute(
        sa.select(r.player_id, r.roster_date, r.position).where(
            r.player_id.in_(ids), r.position.is_not(None)
        )
    ).all()
    best: dict[int, tuple[tuple[int, int], str]] = {}
    for player_id, taken, position in rows:
        days = (day - taken).days
        rank = (0, days) if days >= 0 else (1, -days)  # on/before first, nearest first
        if player_id not in best or rank < best[player_id][0]:
            best[player_id] = (rank, position)
    return {p: pos for p, (_, pos) in best.items()}


def injury_report(conn: sa.Connection, day: date) -> pd.DataFrame:
    """The injury report of ``day``: player_id, team_id, status, reason (may be empty)."""
    i = raw.raw_injury_report.c
    return frame(
        conn, sa.select(i.player_id, i.team_id, i.status, i.reason).where(i.report_date == day)
    )


def quoted_before_tip_off() -> sa.ColumnElement[bool]:
    """A ``raw_player_props`` quote (joined to ``raw_odds_events``) updated before its
    game's commence time, or with either time unknown: a later one is an in-play price."""
    p, e = raw.raw_player_props.c, raw.raw_odds_events.c
    return sa.or_(
        p.last_update.is_(None), e.commence_time.is_(None), p.last_update < e.commence_time
    )


def player_props(conn: sa.Connection, day: date) -> pd.DataFrame:
    """Every points line of ``day``: player_id (None when phase 2 could not match the name),
    player_name, game_id (through the odds event), bookmaker, line, prices, update time.

    A quote updated at or after its game's commence time is left out: the prediction of a
    game may only use the market as it stood before tip-off."""
    p = raw.raw_player_props.c
    e = raw.raw_odds_events.c
    stmt = (
        sa.select(
            p.player_id,
            p.player_name,
            e.game_id,
            p.bookmaker,
            p.line,
            p.over_price,
            p.under_price,
            p.last_update,
        )
        .select_from(
            raw.raw_player_props.outerjoin(
                raw.raw_odds_events, raw.raw_odds_events.c.event_id == p.event_id
            )
        )
        .where(p.game_date == day, quoted_before_tip_off())
    )
    return frame(conn, stmt)


def game_line_quotes(conn: sa.Connection, day: date) -> pd.DataFrame:
    """Every book's spread and total of ``day``'s games, with the game's commence time and
    id (through the odds event): the input of :func:`tipoff.nba.game_lines.consensus`,
    which leaves out quotes made after tip-off."""
    g = raw.raw_game_lines.c
    e = raw.raw_odds_events.c
    stmt = (
        sa.select(
            g.event_id,
            e.game_id,
            e.commence_time,
            g.bookmaker,
            g.home_spread,
            g.spread_update,
            g.total,
            g.total_update,
        )
        .select_from(raw.raw_game_lines.outerjoin(raw.raw_odds_events, e.event_id == g.event_id))
        .where(g.game_date == day)
    )
    return frame(conn, stmt)
