"""The one join every feature goes through: a target's state as of the day before its date.

States are rows "after game G" (sums that include G). A target dated D takes, per key, the
state of the last game dated strictly before D, so a game on D or later can never reach
the features of D. ``merge_asof`` does this for every target at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

_ROW = "__row"


def state_before(
    targets: pd.DataFrame,
    states: pd.DataFrame,
    *,
    by: str | Sequence[str],
    left_by: str | Sequence[str] | None = None,
    date: str = "game_date",
    state_date: str = "game_date",
    prefix: str = "",
) -> pd.DataFrame:
    """For each target row (in order), the columns of ``states`` as of the day before.

    ``by`` names the key columns of ``states``; ``left_by`` those of ``targets`` when they
    differ (e.g. the opponent's team id). Returns a frame indexed like ``targets`` with the
    state columns (other than the keys and the date) prefixed by ``prefix``; rows without an
    earlier state are missing (NaN).
    """
    right_by = [by] if isinstance(by, str) else list(by)
    left_keys = (
        right_by if left_by is None else [left_by] if isinstance(left_by, str) else list(left_by)
    )
    value_columns = [c for c in states.columns if c not in right_by and c != state_date]
    left = pd.DataFrame(
        {key: targets[column].to_numpy() for key, column in zip(right_by, left_keys, strict=True)}
    )
    left["__date"] = targets[date].to_numpy()
    left[_ROW] = range(len(left))
    right = states[[*right_by, state_date, *value_columns]].rename(columns={state_date: "__date"})
    for key in right_by:
        # merge_asof needs identical key dtypes on both sides.
        right = right.astype({key: "int64"})
        left[key] = left[key].fillna(-1).astype("int64")
    merged = pd.merge_asof(
        left.sort_values("__date", kind="stable"),
        right.sort_values("__date", kind="stable"),
        on="__date",
        by=right_by,
        allow_exact_matches=False,
        direction="backward",
    )
    merged = merged.sort_values(_ROW).reset_index(drop=True)
    out = merged[value_columns].add_prefix(prefix)
    out.index = targets.index
    return out
