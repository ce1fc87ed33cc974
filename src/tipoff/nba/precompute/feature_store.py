"""``ml_feature_store``: one row per (date, player), the model's inputs as a JSON object.

``features`` maps every name of :data:`tipoff.nba.features.FEATURE_COLUMNS` to a float,
or to null where the features package gives NaN (JSON has no NaN). Key order is not kept
(PostgreSQL's JSONB sorts keys): :func:`feature_matrix` reads the objects back into the
frame the model takes, columns in ``FEATURE_COLUMNS`` order, each value unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa

from tipoff.nba.analytics import tables as t
from tipoff.nba.features import FEATURE_COLUMNS
from tipoff.nba.precompute.history import History
from tipoff.nba.raw import reads

STORE_KEYS = ("game_date", "player_id", "game_id", "team_id", "opponent_team_id", "is_home")
QUALITY = ("games_found", "games_expected", "total_games_available", "feature_quality_score")


def _encode(values: np.ndarray) -> list[dict[str, float | None]]:
    out = []
    for row in values.tolist():
        out.append(
            {
                name: None if v is None or math.isnan(v) else float(v)
                for name, v in zip(FEATURE_COLUMNS, row, strict=True)
            }
        )
    return out


def feature_rows(history: History) -> pd.DataFrame:
    """The ``ml_feature_store`` rows of the history's targets (``built_at`` excluded)."""
    tg = history.targets
    if tg.empty:
        return pd.DataFrame(columns=[*STORE_KEYS, "features", *QUALITY])
    f = history.features
    out = tg[list(STORE_KEYS)].copy()
    out["is_home"] = out["is_home"].astype(bool)
    out["features"] = pd.Series(
        _encode(f[list(FEATURE_COLUMNS)].to_numpy(dtype=float)), index=out.index, dtype=object
    )
    out["games_found"] = f["games_found"].to_numpy(dtype=int)
    out["games_expected"] = f["games_expected"].to_numpy(dtype=int)
    out["total_games_available"] = f["total_games_available"].to_numpy(dtype=int)
    out["feature_quality_score"] = f["feature_quality_score"].to_numpy(dtype=float)
    return out


def feature_matrix(features: Iterable[Mapping[str, Any] | str]) -> pd.DataFrame:
    """Stored ``features`` objects as a float frame in :data:`FEATURE_COLUMNS` order.

    Accepts the decoded objects (or their JSON text); null and absent names become NaN.
    """
    import json

    rows = [json.loads(f) if isinstance(f, str) else f for f in features]
    data = [[np.nan if r.get(n) is None else float(r[n]) for n in FEATURE_COLUMNS] for r in rows]
    return pd.DataFrame(data, columns=list(FEATURE_COLUMNS), dtype=float)


def read_feature_store(conn: sa.Connection, day: date) -> pd.DataFrame:
    """The stored rows of ``day``: keys, quality columns and one float column per feature
    (``is_home`` and ``total_games_available``, which are both, as the float features)."""
    c = t.ml_feature_store.c
    rows = reads.frame(
        conn,
        sa.select(*(c[k] for k in (*STORE_KEYS, *QUALITY, "features")))
        .where(c.game_date == day)
        .order_by(c.player_id),
    )
    if rows.empty:
        columns = [*STORE_KEYS, *QUALITY, *FEATURE_COLUMNS]
        return rows.drop(columns="features").reindex(columns=list(dict.fromkeys(columns)))
    matrix = feature_matrix(rows["features"])
    # A name both a column and a feature (is_home, total_games_available) is the feature.
    shared = [c for c in rows.columns if c in matrix.columns]
    return pd.concat([rows.drop(columns=["features", *shared]), matrix], axis=1)
