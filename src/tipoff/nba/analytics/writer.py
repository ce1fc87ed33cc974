"""Writing a date's rows of an analytics or precompute table: idempotent replacement.

A processor computes every row of its table for its date (the *scope*, e.g.
``game_date = D``), then :func:`replace_rows` upserts them on the natural key, rewriting a
row only when one of its values changed (so its stamp, ``updated_at`` or ``built_at``,
says when its content last changed), and deletes the scope's rows the new set no longer
has (a player dropped from the universe, a game removed from the schedule). Running a date
twice leaves the table exactly as the first run did.

:func:`records` turns a pandas frame into driver-ready dicts: numpy scalars to Python,
NaN to NULL, timestamps to dates.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import partial
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa

from tipoff.engine.store import Store


def _plain(value: Any) -> Any:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, np.bool_ | bool):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating | float):
        f = float(value)
        return None if math.isnan(f) else f
    if isinstance(value, pd.Timestamp | datetime):
        return value.date()
    if isinstance(value, date | str | int | list | dict):
        return value
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if value is pd.NA:
        return None
    return value


def records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, Any]]:
    """The rows of ``frame`` as dicts of ``columns`` with plain Python values."""
    if frame.empty:
        return []
    cols = [frame[c].tolist() for c in columns]
    return [
        {c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in zip(*cols, strict=True)
    ]


def _upsert(store: Store, *, table: sa.Table, stamp: str) -> Any:
    ins = store.upsert_insert(table)
    keys = [c.name for c in table.primary_key.columns]
    data = [c.name for c in table.columns if c.name not in keys and c.name != stamp]
    changed = sa.or_(*(table.c[c].is_distinct_from(ins.excluded[c]) for c in data))
    return ins.on_conflict_do_update(
        index_elements=keys,
        set_={c: ins.excluded[c] for c in [*data, stamp]},
        where=changed,
    )


def replace_rows(
    store: Store,
    conn: sa.Connection,
    table: sa.Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    scope: Mapping[str, Any],
    now: float,
    stamp: str = "updated_at",
) -> int:
    """Make ``table``'s rows within ``scope`` exactly ``rows``; returns ``len(rows)``.

    ``scope`` maps columns to values (``{"game_date": day}``); every row must lie in it.
    """
    for row in rows:
        for column, value in scope.items():
            if row[column] != value:
                raise ValueError(
                    f"{table.name}: row {dict(row)!r} lies outside the scope {dict(scope)!r}"
                )
    if rows:
        stmt = store.statement(
            f"analytics.upsert.{table.name}", partial(_upsert, table=table, stamp=stamp)
        )
        conn.execute(stmt, [{**row, stamp: now} for row in rows])
    pk = list(table.primary_key.columns)
    keep = {tuple(row[c.name] for c in pk) for row in rows}
    where = [table.c[c] == v for c, v in scope.items()]
    existing = conn.execute(sa.select(*pk).where(*where)).all()
    stale = [tuple(r) for r in existing if tuple(r) not in keep]
    if stale:
        delete = sa.delete(table).where(*(c == sa.bindparam(f"k_{c.name}") for c in pk))
        conn.execute(
            delete, [{f"k_{c.name}": v for c, v in zip(pk, key, strict=True)} for key in stale]
        )
    return len(rows)
