"""A backfill on phase 4's running state writes what one on full reads writes.

The season's first dates run through all six phases twice, each in its own database, the
processors called in order as the season benchmark's direct side calls them: once as
deployed (each date reads the box scores since the last and advances the features'
running state), once as the reference, every date's history read in full and its
features computed by ``build_features`` from it. Every phase 4 table and every prediction
must be the same, value for value (the stamps of when a row was written aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import season
from tipoff.engine.store import Store
from tipoff.nba.analytics import tables as t
from tipoff.nba.precompute import held, shared
from tipoff.nba.predict import tables as predict
from tipoff.nba.raw import reads

DATES = 24  # to 2025-11-13: 23 game dates, the first predictions from the sixth on
COMPARED = (
    t.team_defense_zone_analysis,
    t.player_shot_zone_analysis,
    t.player_composite_factors,
    t.player_daily_cache,
    t.ml_feature_store,
    predict.player_prop_predictions,
)
pytestmark = pytest.mark.timeout(1800)  # 48 dates of all six phases on a loaded machine
STAMPS = ("built_at", "updated_at", "predicted_at", "computed_at", "created_at")


def _rows(store: Store, table: sa.Table) -> pd.DataFrame:
    keys = [c.name for c in table.primary_key.columns]
    with store.read() as conn:
        rows = reads.frame(conn, sa.select(table).order_by(*table.primary_key.columns))
    rows = rows.drop(columns=[c for c in rows.columns if c in STAMPS])
    return rows.sort_values(keys).reset_index(drop=True)


def test_the_first_dates_on_running_state_match_full_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    days = season.season_dates(season.SEASON, DATES)
    deployed = season.Direct(season.build(f"sqlite:///{tmp_path}/a.db", f"{tmp_path}/a"))
    reference = season.Direct(season.build(f"sqlite:///{tmp_path}/b.db", f"{tmp_path}/b"))
    held.forget()
    shared.forget()
    for day in days:
        deployed.run(day)
    advanced = [s for s in shared._states.values() if s.value is not None]
    assert advanced, "no running state was kept"
    with monkeypatch.context() as m:
        m.setattr(shared, "rolling_state", lambda *args, **kwargs: None)
        for day in days:
            held.forget()  # every date read in full
            shared.forget()
            reference.run(day)
    shared.forget()
    held.forget()
    predictions = _rows(deployed.orch.store, predict.player_prop_predictions)
    assert len(predictions) > 5000
    for table in COMPARED:
        got, want = _rows(deployed.orch.store, table), _rows(reference.orch.store, table)
        assert len(want) > 0, table.name
        pd.testing.assert_frame_equal(got, want, check_exact=True, obj=table.name)
