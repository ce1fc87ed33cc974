"""The box-score history a process has already read, carried from one date to the next.

Phase 4 reads every box score before its date; a backfill or a live season asks for date
after date, so most of what a date reads is what the previous date read. This module
keeps, per database, the frames of the last date read and reads only what is new: the
rows dated from that date up to the next one. Before reusing them it checks, with one
query per table, that the rows it holds are still what the database has: the writes to
the box-score tables are counted per date by triggers (``raw_box_changes``), and a count
only grows, so a box score rewritten, added or deleted among the earlier dates, by any
path, fails the check and the whole history is read again. So the frames are always
those a full read would give (in another row order, which the features do not depend
on), and the rows fetched per date are bounded by the dates since the last read, not by
the history's length.

Nothing dated on or after the requested date is ever read: the bound of every query is
``game_date < day``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd
import sqlalchemy as sa

from tipoff.nba import raw_tables as raw
from tipoff.nba.raw import reads

KEEP = 2  # databases held at once (a benchmark compares two in one process)

_lock = threading.Lock()
_held: OrderedDict[str, _Held] = OrderedDict()


@dataclass
class _Table:
    frame: pd.DataFrame
    checksum: tuple[int, ...]


@dataclass
class _Held:
    lock: threading.Lock
    through: date | None = None  # the frames hold every row dated before this
    players: _Table | None = None
    teams: _Table | None = None


@dataclass(frozen=True)
class Read:
    """A history's frames, and how many rows the database returned to build them.

    ``version`` names the frames' contents: two reads with the same version gave the same
    rows (the database, the date, and the checksums of both tables). A read that added
    rows to held ones says which: ``extends`` is the version of the held rows, ``new``
    the player and team rows added (every one dated from that version's date on)."""

    players: pd.DataFrame
    teams: pd.DataFrame
    rows_read: int
    version: tuple[object, ...]
    extends: tuple[object, ...] | None = None
    new: tuple[pd.DataFrame, pd.DataFrame] | None = None


def _checksum(
    conn: sa.Connection, table: sa.Table, end: date, start: date | None = None
) -> tuple[int, ...]:
    """How many dates before ``end`` (from ``start``) the table has written, and the sum
    of their counts of writes (``raw_box_changes``, kept by triggers): any row added,
    removed or rewritten on those dates, by any path, grows it. Counts add up, so the
    checksum of a longer span is that of its parts; a date is one row of the counts'
    primary key, so the query reads as many rows as there are dates, not box scores."""
    c = raw.raw_box_changes.c
    stmt = sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(c.changes), 0)).where(
        c.table_name == table.name, c.game_date < end
    )
    if start is not None:
        stmt = stmt.where(c.game_date >= start)
    return tuple(int(v) for v in conn.execute(stmt).one())


def _plus(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _rows(
    conn: sa.Connection, table: sa.Table, columns: Sequence[str], start: date | None, end: date
) -> pd.DataFrame:
    stmt = sa.select(*(table.c[name] for name in columns)).where(table.c.game_date < end)
    if start is not None:
        stmt = stmt.where(table.c.game_date >= start)
    return reads.frame(conn, stmt)


def _read_table(
    conn: sa.Connection,
    table: sa.Table,
    columns: Sequence[str],
    held: _Table | None,
    through: date | None,
    day: date,
) -> tuple[_Table, pd.DataFrame | None]:
    """The table's rows before ``day``, from what is held when it is still current, and
    the rows read (None for a read in full)."""
    if (
        held is not None
        and through is not None
        and through <= day
        and _checksum(conn, table, through) == held.checksum
    ):
        # the checksum before the rows: a row landing in between makes the next check
        # fail (a full read), never a row held without being counted
        since = _checksum(conn, table, day, start=through)
        new = _rows(conn, table, columns, through, day)
        frame = held.frame if new.empty else _concat(held.frame, new, columns)
        return _Table(frame, _plus(held.checksum, since)), new
    checksum = _checksum(conn, table, day)
    frame = _rows(conn, table, columns, None, day)
    return _Table(frame, checksum), None


def _concat(old: pd.DataFrame, new: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    if old.empty:
        return new.reset_index(drop=True)
    return pd.concat([old, new[list(columns)]], ignore_index=True)


def read_history(
    conn: sa.Connection,
    day: date,
    player_columns: Sequence[str],
    team_columns: Sequence[str] = reads.TEAM_BOX_COLUMNS,
    *,
    copy: bool = True,
) -> Read:
    """Every player and team box-score row dated before ``day``, reading only the dates
    not held yet when the held rows are current. The frames are copies callers may change;
    with ``copy=False`` they are the held frames themselves, for a caller that copies them
    only when it keeps them (a copy of a long history per read is what a date's memory
    peaks on)."""
    key = conn.engine.url.render_as_string(hide_password=True)
    with _lock:
        held = _held.get(key)
        if held is None:
            held = _held[key] = _Held(threading.Lock())
            while len(_held) > KEEP:
                _held.popitem(last=False)
        else:
            _held.move_to_end(key)
    with held.lock:
        reusable = held.players is not None and list(held.players.frame.columns) == list(
            player_columns
        )
        through = held.through if reusable else None
        before = (
            (key, held.through, held.players.checksum, held.teams.checksum)
            if reusable and held.players is not None and held.teams is not None
            else None
        )
        players, new_players = _read_table(
            conn,
            raw.raw_player_boxscores,
            player_columns,
            held.players if reusable else None,
            through,
            day,
        )
        teams, new_teams = _read_table(
            conn, raw.raw_team_boxscores, team_columns, held.teams, through, day
        )
        if held.through is None or day >= held.through or not reusable:
            held.through, held.players, held.teams = day, players, teams
        version = (key, day, players.checksum, teams.checksum)
        if new_players is None or new_teams is None or version == before:
            # a full read, or the held date read again (nothing dated since, so the rows
            # are those of ``before`` itself): it extends nothing, not even itself
            # (shared.rolling_state builds a version said to extend itself from its rows)
            rows = (len(players.frame) if new_players is None else len(new_players)) + (
                len(teams.frame) if new_teams is None else len(new_teams)
            )
            return Read(
                _maybe_copy(players.frame, copy), _maybe_copy(teams.frame, copy), rows, version
            )
        return Read(
            _maybe_copy(players.frame, copy),
            _maybe_copy(teams.frame, copy),
            len(new_players) + len(new_teams),
            version,
            extends=before,
            new=(new_players, new_teams),
        )


def _maybe_copy(frame: pd.DataFrame, copy: bool) -> pd.DataFrame:
    return frame.copy() if copy else frame


def forget() -> None:
    """Drop every held history (the next read of each database is a full one)."""
    with _lock:
        _held.clear()
