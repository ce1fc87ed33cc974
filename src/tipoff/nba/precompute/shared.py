"""One feature build per history, shared by the precompute processors of a date.

Three processors of phase 4 (composite factors, daily cache, feature store) build the
features package's rows from the same history of the same date, and the build is most of
their time. It is a pure function of the history frames, so its result is kept: a
processor that read the same rows gets the same features without building them again,
and one that read anything else (a rebuild after a late box score, another database)
misses and builds its own. Processors running at once on the same history wait for the
first build rather than repeating it.

A history read from the database names its contents (:class:`tipoff.nba.precompute.held.Read`
``version``), and one that added a date's rows to held ones names those it extends. The
features of such a history come from the running state of the history it extends,
advanced by the new rows (:class:`tipoff.nba.features.rolling.Rolling`): a date costs its
own box scores, not the season's. The state of each version is kept for the next date;
without the state of the version extended (the first date a process reads, a history read
again in full), the state is built from the whole history once. Frames without a version
are keyed by a hash of their contents and built by ``build_features``.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Hashable
from datetime import date
from typing import TypeVar

import pandas as pd

from tipoff.nba.features import build_features
from tipoff.nba.features.rolling import NotRolling, Rolling

KEEP = 4  # histories kept: the dates a worker's threads are computing at once

_lock = threading.Lock()
_entries: OrderedDict[Hashable, _Entry] = OrderedDict()
_states: OrderedDict[Hashable, _State] = OrderedDict()


class _Entry:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value: pd.DataFrame | None = None


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done = False
        self.value: Rolling | None = None  # None once done: not reproducible by a state


_T = TypeVar("_T", _Entry, _State)


def fingerprint(*frames: pd.DataFrame) -> bytes:
    """A digest of the frames' columns, dtypes and values (index included)."""
    digest = hashlib.blake2b(digest_size=16)
    for frame in frames:
        digest.update(repr((list(frame.columns), [str(d) for d in frame.dtypes])).encode())
        digest.update(repr(frame.shape).encode())
        if not frame.empty:
            digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    return digest.digest()


def forget() -> None:
    """Drop every kept build and state (e.g. between two runs of the same data that are
    compared)."""
    with _lock:
        _entries.clear()
        _states.clear()


def _kept(table: OrderedDict[Hashable, _T], key: Hashable, make: type[_T]) -> _T:
    with _lock:
        entry = table.get(key)
        if entry is None:
            entry = table[key] = make()
            while len(table) > KEEP:
                table.popitem(last=False)
        else:
            table.move_to_end(key)
        return entry


def rolling_state(
    version: Hashable,
    day: date,
    players: pd.DataFrame,
    teams: pd.DataFrame,
    extends: Hashable | None,
    new: tuple[pd.DataFrame, pd.DataFrame] | None,
) -> Rolling | None:
    """The running state of the history ``version`` (None: not reproducible by one)."""
    entry = _kept(_states, version, _State)
    with entry.lock:
        if entry.done:
            return entry.value
        with _lock:
            # a version never extends itself (its own lock is held here)
            extends_other = extends is not None and extends != version and new is not None
            before = _states.get(extends) if extends_other else None
        start = None
        if before is not None:
            with before.lock:  # a thread building it finishes first (versions of earlier dates)
                start = before.value
        try:
            if start is not None and new is not None:
                entry.value = start.advance(*new, day)
            elif players.empty or teams.empty:
                entry.value = None
            else:
                entry.value = Rolling().advance(players, teams, day)
        except NotRolling:
            entry.value = None
        entry.done = True
        return entry.value


def shared_features(
    players: pd.DataFrame,
    targets: pd.DataFrame,
    teams: pd.DataFrame,
    *,
    version: Hashable | None = None,
    day: date | None = None,
    extends: Hashable | None = None,
    new: tuple[pd.DataFrame, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """``build_features(players, targets, teams)``, built once per distinct input.

    With ``version`` (and ``day``, the date the history ends before), from the running
    state of that history; ``extends`` and ``new`` as :class:`held.Read` gives them."""
    if version is None or day is None:
        key: Hashable = fingerprint(players, targets, teams)
    else:
        key = (version, fingerprint(targets))
    entry = _kept(_entries, key, _Entry)
    with entry.lock:
        if entry.value is None:
            state = None
            if version is not None and day is not None:
                state = rolling_state(version, day, players, teams, extends, new)
            value = None
            if state is not None:
                try:
                    value = state.features(targets)
                except NotRolling:
                    value = None
            entry.value = build_features(players, targets, teams) if value is None else value
        return entry.value.copy()
