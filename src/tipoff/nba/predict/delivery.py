"""What a date's predictions delivered against what it owed, and the batch that says so.

Read from phase 5's tables, so it lives with phase 5, below both of its readers: the
NBA pipeline's outcome check (:mod:`tipoff.nba.ops.outcome`) and the exports'
``completion`` block, which must agree on the verdict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.nba.predict.inputs import Eligibility
from tipoff.nba.predict.tables import player_prop_predictions, prediction_batches
from tipoff.nba.raw_tables import raw_schedule

DEFAULT_MIN_SHARE = 0.5
# not owed a prediction: players the books did not price (strict mode), ruled out, or with
# too few games to predict from (by design; a day where that is everyone still predicted
# nobody, and misses its outcome)
_NOT_OWED = (
    Eligibility.NO_BOOK_LINE.value,
    Eligibility.OUT.value,
    Eligibility.NEEDS_BOOTSTRAP.value,
)


@dataclass(frozen=True)
class Delivery:
    """A date's predictions against what it owed."""

    games: int
    universe: int  # players in the date's context (0 without a prediction batch)
    owed: int  # players with a book line, not ruled out, with enough games
    predicted: int
    skipped: dict[str, int] = field(default_factory=dict)
    batch: bool = True  # the coordinator ran for the date

    def shortfall(self, min_share: float) -> str | None:
        """Why the date missed its outcome, or None when it delivered (or had no games)."""
        if not self.games and not self.universe:
            return None  # no games scheduled, nobody to predict
        skips = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()) if v)
        why = f" (skipped: {skips})" if skips else ""
        if not self.batch:
            return f"no predictions were attempted for the {self.games} games of the date"
        if self.predicted == 0:
            return f"0 of {self.universe} players predicted{why}"
        if self.owed and self.predicted < min_share * self.owed:
            return (
                f"{self.predicted} of {self.owed} players with book lines predicted, under "
                f"the {min_share:.0%} required{why}"
            )
        return None


def measure(conn: sa.Connection, day: date) -> Delivery:
    """Games, prediction batch and predicted players of ``day``."""
    games = conn.execute(
        sa.select(sa.func.count()).select_from(raw_schedule).where(raw_schedule.c.game_date == day)
    ).scalar_one()
    predicted = conn.execute(
        sa.select(sa.func.count(sa.distinct(player_prop_predictions.c.player_id))).where(
            player_prop_predictions.c.game_date == day
        )
    ).scalar_one()
    batch = conn.execute(
        sa.select(prediction_batches.c.universe, prediction_batches.c.skipped).where(
            prediction_batches.c.game_date == day
        )
    ).first()
    if batch is None:
        return Delivery(int(games), 0, 0, int(predicted), batch=predicted > 0)
    raw = batch.skipped
    if isinstance(raw, str):  # SQLite hands JSON back as text
        raw = json.loads(raw)
    skipped = {str(k): len(v) if isinstance(v, list) else int(v) for k, v in (raw or {}).items()}
    owed = int(batch.universe) - sum(skipped.get(k, 0) for k in _NOT_OWED)
    return Delivery(int(games), int(batch.universe), max(0, owed), int(predicted), skipped)


def prediction_batch(conn: sa.Connection, day: date) -> Mapping[str, Any] | None:
    """The coordinator's ``prediction_batches`` row of ``day``, None when it did not run."""
    b = prediction_batches
    row = conn.execute(sa.select(b).where(b.c.game_date == day)).first()
    return None if row is None else dict(row._mapping)
