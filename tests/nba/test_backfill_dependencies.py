"""A backfill past a date whose box scores are late, on the simulator through the engine.

Four game dates are backfilled one after another (as ``tipoff backfill`` does), the second
date's box scores answering 404 until they "arrive": its critical box-score scraper is
dead-lettered. The later dates load their own documents but their analytics wait, naming
the date, instead of being built without its games (the old behaviour: every date
complete, features and predictions wrong). When the box scores arrive and the dead letter
is retried, the waiting dates go on; dates a person had forced past the wait are rebuilt.
Either way every warehouse table ends equal to a fault-free backfill's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tipoff.engine.clock import SystemClock
from tipoff.engine.manual import retry_dead, trigger_phase
from tipoff.engine.orchestrator import Orchestrator, RunState
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.schema import jobs, runs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba.analytics import tables as t
from tipoff.nba.grade.tables import prediction_grades
from tipoff.nba.predict.tables import player_prop_predictions, prediction_batches
from tipoff.nba.sim import League
from tipoff.nba.sim_deployment import sim_orchestrator
from tipoff.nba.sources.faults import FaultConfig, FaultInjector

SEASON, SEED = "2025-26", 7
# early in the season: predict from a single earlier game, so the later dates predict someone
PARAMS = {"source": "sim", "prediction_mode": "fallback", "min_games": 1}
# what a fault-free and a repaired backfill must agree on (timestamps aside)
TABLES = (
    t.player_game_summary,
    t.team_offense_game_summary,
    t.team_defense_game_summary,
    t.upcoming_player_game_context,
    t.upcoming_team_game_context,
    t.player_composite_factors,
    t.player_daily_cache,
    t.ml_feature_store,
    player_prop_predictions,
    prediction_batches,
    prediction_grades,
)


def fast_pipeline() -> PipelineDef:
    text = nba.PIPELINE_FILE.read_text().replace(
        "base_s: 5, cap_s: 300", "base_s: 0.01, cap_s: 0.05"
    )
    return parse_pipeline(text, source="nba.yaml")


def late_box_scores(day: date) -> FaultInjector:
    """Every box score of ``day`` is absent (404) until the test says it arrived."""
    return FaultInjector({day.isoformat(): {"boxscore": [{"kind": "late", "times": 10_000}]}})


def arrive(faults: FaultInjector) -> None:
    faults.config = FaultConfig.load(None)


def make(tmp: Path, name: str, faults: FaultInjector) -> Orchestrator:
    store = Store(f"sqlite:///{tmp / name}.db")
    return sim_orchestrator(
        store,
        SystemClock(),
        tmp / f"{name}-bucket",
        faults=faults,
        season=SEASON,
        seed=SEED,
        definition=fast_pipeline(),
    )


def backfill(orch: Orchestrator, days: list[date]) -> list[RunState]:
    states = []
    for day in days:
        states += orch.run_dates([day], "backfill", concurrency=4, timeout_s=180, params=PARAMS)
    return states


def tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with store.read() as conn:
        for table in TABLES:
            columns = [c for c in table.c if not c.name.endswith("_at")]
            rows = conn.execute(sa.select(*columns)).all()
            out[table.name] = sorted(tuple(map(repr, r)) for r in rows)
    return out


OPENING_DAY = RunStatus.COMPLETE_DEGRADED  # every player needs bootstrap games: 0 predicted


@pytest.fixture(scope="module")
def days() -> list[date]:
    return League(season=SEASON, seed=SEED).game_dates()[:4]


@pytest.fixture(scope="module")
def fault_free(
    days: list[date], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
    orch = make(tmp_path_factory.mktemp("clean"), "clean", FaultInjector(None))
    states = backfill(orch, days)
    # opening day predicts nobody (no player has a game before it): its outcome is missed
    assert [s.status for s in states] == [OPENING_DAY] + [RunStatus.COMPLETE] * 3, [
        (s.blocked, s.outcome) for s in states
    ]
    rows = tables(orch.store)
    assert rows[player_prop_predictions.name]  # the later dates predict someone
    yield rows
    orch.store.dispose()


def _stuck_as_expected(states: list[RunState], blocked_day: date) -> None:
    first, second, *later = states
    assert first.status is OPENING_DAY
    assert second.status is RunStatus.BLOCKED
    assert second.blocked == ["phase 1: critical processor(s) dead: scrape_boxscores"]
    for state in later:
        assert state.status is RunStatus.RUNNING and state.finished
        assert state.held[0].startswith(
            f"phase 2: waits for earlier date {blocked_day} (backfill): phase 2 (raw) not "
            "reached: phase 1 is blocked: critical processor(s) dead: scrape_boxscores"
        )


def test_a_late_date_holds_the_later_dates_and_its_repair_completes_them_as_if_never_late(
    days: list[date], fault_free: dict[str, Any], tmp_path: Path
) -> None:
    faults = late_box_scores(days[1])
    orch = make(tmp_path, "late", faults)
    states = backfill(orch, days)
    _stuck_as_expected(states, days[1])
    with orch.store.read() as conn:  # the later dates were not built on the hole
        built = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.ml_feature_store)
            .where(t.ml_feature_store.c.game_date > days[1])
        ).scalar_one()
    assert built == 0

    arrive(faults)
    assert retry_dead(orch.store, None, now=SystemClock().now()) == 1
    again = orch.run_dates(days[1:], "backfill", concurrency=4, timeout_s=180, params=PARAMS)
    assert [s.status for s in again] == [RunStatus.COMPLETE] * 3, [s.held for s in again]
    assert tables(orch.store) == fault_free


def test_dates_forced_past_a_late_date_are_rebuilt_when_it_is_repaired(
    days: list[date], fault_free: dict[str, Any], tmp_path: Path
) -> None:
    faults = late_box_scores(days[1])
    orch = make(tmp_path, "forced", faults)
    _stuck_as_expected(backfill(orch, days), days[1])
    for day in days[2:]:  # someone pushes the later dates on without the late one
        trigger_phase(
            orch.store,
            orch.pipeline(),
            day,
            "backfill",
            3,
            now=SystemClock().now(),
            skip_dependency_check=True,
        )
    forced = orch.run_dates(days[2:], "backfill", concurrency=4, timeout_s=180, params=PARAMS)
    # every phase ran; built without the late date, their predictions may fall short
    assert {s.status for s in forced} <= {RunStatus.COMPLETE, RunStatus.COMPLETE_DEGRADED}
    assert all(s.finished for s in forced)
    wrong = tables(orch.store)
    assert wrong[t.ml_feature_store.name] != fault_free[t.ml_feature_store.name]

    arrive(faults)
    retry_dead(orch.store, None, now=SystemClock().now())
    again = orch.run_dates(days[1:], "backfill", concurrency=4, timeout_s=180, params=PARAMS)
    assert [s.status for s in again] == [RunStatus.COMPLETE] * 3, [s.held for s in again]
    assert tables(orch.store) == fault_free
    with orch.store.read() as conn:
        generations = {
            d: g for d, g in conn.execute(sa.select(runs.c.data_date, runs.c.generation))
        }
        sources = conn.execute(
            sa.select(jobs.c.data_date, jobs.c.trigger_source)
            .where(jobs.c.key.like("%/rebuild/1"), jobs.c.phase == 3)
            .distinct()
        ).all()
    assert [generations[d] for d in days] == [0, 0, 1, 1]  # each later date rebuilt once
    assert sorted(sources) == [(days[2], "rebuild"), (days[3], "rebuild")]


def test_the_pipeline_file_declares_it_for_backfills() -> None:
    dep = nba.pipeline().phase(3).depends_on_earlier_dates
    assert dep is not None
    assert dataclasses.astuple(dep) == (
        2,
        ("backfill", "same_day"),
        ("overnight", "backfill"),
        ("same_day",),
    )
