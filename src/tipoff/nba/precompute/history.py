"""A date's inputs to phase 4: the box-score history strictly before it, and its targets.

The database is the source of truth: :func:`load_history` gives every player and team
box-score row dated before D (the whole history, so counts such as
``total_games_available`` cover a player's career, not a recent window: seeds 003, fix 3)
and the date's targets from ``upcoming_player_game_context``. Nothing dated D or later
is read, so no feature of D can depend on it. The rows an earlier date of the same
database already read are held (see :mod:`.held`): a date fetches only the rows dated
since, once the held ones are checked to be current.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pandas as pd
import sqlalchemy as sa

from tipoff.errors import ProcessorError
from tipoff.nba.analytics import tables as t
from tipoff.nba.features import PLAYER_HISTORY_COLUMNS
from tipoff.nba.precompute import held, shared
from tipoff.nba.raw import reads

TARGET_COLUMNS = (
    "game_date", "player_id", "player_name", "game_id", "team_id", "opponent_team_id", "is_home",
)  # fmt: skip


class Memo:
    """Values computed from a history once, for every processor of the date given it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._values: dict[str, Any] = {}

    def get(self, name: str, compute: Callable[[], Any]) -> Any:
        with self._lock:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:  # one computes a value, the others wait for it (a value may use another)
            if name not in self._values:
                self._values[name] = compute()
            return self._values[name]


@dataclass
class History:
    """Box scores before ``day`` and the players of ``day`` to compute for.

    The processors of a date that read the same rows and targets share one ``memo``:
    what one computed from the history (the features, the played rows, the team games of
    the zones), the others reuse. Values taken from it must not be changed in place."""

    day: date
    players: pd.DataFrame  # PLAYER_HISTORY_COLUMNS, DNP rows included
    teams: pd.DataFrame  # TEAM_HISTORY_COLUMNS
    targets: pd.DataFrame  # TARGET_COLUMNS, one row per player of the date
    rows_read: int = 0  # box-score rows the database returned for this history
    memo: Memo = field(default_factory=Memo, repr=False, compare=False)
    read: held.Read | None = field(default=None, repr=False, compare=False)

    @property
    def features(self) -> pd.DataFrame:
        """The features package's output for the targets (same index and order)."""
        if self.targets.empty:
            return pd.DataFrame()
        read = self.read

        def build() -> pd.DataFrame:
            if read is None:
                return shared.shared_features(self.players, self.targets, self.teams)
            return shared.shared_features(
                self.players, self.targets, self.teams, version=read.version, day=self.day,
                extends=read.extends, new=read.new,
            )  # fmt: skip

        return self.memo.get("features", build)

    @property
    def played(self) -> pd.DataFrame:
        """Played rows, sorted by player then date (newest last)."""

        def compute() -> pd.DataFrame:
            p = self.players[self.players["played"].astype(bool)]
            return p.sort_values(["player_id", "game_date", "game_id"], kind="stable").reset_index(
                drop=True
            )

        return self.memo.get("played", compute)


def load_targets(conn: sa.Connection, day: date) -> pd.DataFrame:
    c = t.upcoming_player_game_context.c
    stmt = (
        sa.select(*(c[name] for name in TARGET_COLUMNS))
        .where(c.game_date == day)
        .order_by(c.player_id)
    )
    return reads.frame(conn, stmt)


def load_history(conn: sa.Connection, day: date, *, who: str = "precompute") -> History:
    """The history before ``day`` and its targets; a date with scheduled games but no
    upcoming context is an error (phase 3 has not run for it), never "0 rows"."""
    targets = load_targets(conn, day)
    if targets.empty and not reads.schedule(conn, day).empty:
        raise ProcessorError(
            f"{who} {day}: the date has scheduled games but no upcoming_player_game_context "
            "rows: run phase 3 for the date first"
        )
    # the held frames themselves: copied below only for a history kept, not for every
    # processor of the date that finds the one kept
    read = held.read_history(conn, day, PLAYER_HISTORY_COLUMNS, copy=False)
    with _lock:
        known = _recent.get(read.version)
        if known is not None and known.targets.equals(targets):
            _recent.move_to_end(read.version)
            return replace(known, rows_read=read.rows_read)  # the same memo
        read = replace(read, players=read.players.copy(), teams=read.teams.copy())
        history = _recent[read.version] = History(
            day, read.players, read.teams, targets, read.rows_read, read=read
        )
        while len(_recent) > KEEP:
            _recent.popitem(last=False)
    if targets.empty and read.new is not None:
        # nothing to build on a date without players, but the next date's features
        # start from this history's state
        shared.rolling_state(read.version, day, read.players, read.teams, read.extends, read.new)
    return history


KEEP = 2  # histories whose memo is kept: a date's processors share one; dates run in order
# (a backfill's phase 4 runs one date after another), so two cover the date computing and
# the one before; a date missed here is read and built again, never wrong
_lock = threading.Lock()
_recent: OrderedDict[tuple[object, ...], History] = OrderedDict()
