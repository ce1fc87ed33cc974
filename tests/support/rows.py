"""Rows for warehouse tables in tests: the values a test cares about, placeholders for the rest."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa


def placeholder_row(day: date, table: sa.Table, **values: Any) -> dict[str, Any]:
    """``values`` plus a placeholder for every other required column (by type; dates: ``day``)."""
    out = dict(values)
    for c in table.columns:
        if c.name in out or c.nullable or c.default is not None or c.autoincrement is True:
            continue
        t = c.type
        if isinstance(t, sa.Date):
            out[c.name] = day
        elif isinstance(t, sa.Boolean):
            out[c.name] = False
        elif isinstance(t, sa.Integer):
            out[c.name] = 1
        elif isinstance(t, sa.Float | sa.Numeric):
            out[c.name] = 1.0
        elif isinstance(t, sa.JSON):
            out[c.name] = {}
        else:
            out[c.name] = "x"
    return out
