"""The grid of dates x phases and a date's timeline, from the engine's own tables.

The troubled day (see ``support.scenes``): ``flaky`` fails once and succeeds, the optional
``b`` dies after two attempts, phase 1 triggers on the quorum and phase 2 completes. A
second pipeline's run is never worked: past its deadline its first phase is stuck.
"""

from __future__ import annotations

from datetime import timedelta

from support.pipelines import orchestrator_for, pipeline_from, proc
from support.scenes import DAY, troubled_day
from tipoff.engine.grid import CellState, grid, last_days, latest_run_date
from tipoff.engine.store import Store
from tipoff.engine.timeline import timeline


def test_the_timeline_has_every_attempt_and_the_critical_path(store: Store) -> None:
    scene = troubled_day(store)
    p = scene.orch.pipeline()
    t = timeline(store, p, DAY, now=scene.clock.now())
    attempts = [(b.processor, b.attempt, b.status) for b in t.bars]
    assert sorted(attempts) == [
        ("a", 1, "succeeded"),
        ("b", 1, "failed"),
        ("b", 2, "dead"),
        ("c", 1, "succeeded"),
        ("flaky", 1, "failed"),
        ("flaky", 2, "succeeded"),
    ]
    failed = next(b for b in t.bars if b.processor == "flaky" and b.attempt == 1)
    assert failed.error == "RuntimeError: feed timed out (attempt 1)" and not failed.last_attempt
    # phase 1 went on when b died (the quorum), phase 2 when c finished
    assert [(b.processor, b.status) for b in t.bars if b.critical_path] == [
        ("b", "dead"),
        ("c", "succeeded"),
    ]
    assert [(s.phase, s.trigger_reason) for s in t.phases] == [
        (1, "quorum_timeout"),
        (2, "all_complete"),
    ]
    assert all(b.started_at is not None and b.finished_at is not None for b in t.bars)

    [row] = grid(store, p, *last_days(DAY, 7), now=scene.clock.now()).rows
    assert (row.data_date, row.mode, row.status, row.dead_letters) == (
        DAY,
        "same_day",
        "complete",
        1,
    )
    assert [(c.state, c.reason) for c in row.cells] == [
        (CellState.DONE, "quorum_timeout"),
        (CellState.DONE, "all_complete"),
    ]
    assert latest_run_date(store, p.pipeline) == DAY


def test_a_run_nobody_works_is_stuck_past_its_deadline_and_its_jobs_wait(store: Store) -> None:
    scene = troubled_day(store)  # a clock and a schema
    idle = pipeline_from([[proc("x"), proc("y")], [proc("z")]], name="idle")
    orch = orchestrator_for(store, idle, clock=scene.clock)
    day = DAY + timedelta(days=1)
    orch.start_run(day, "same_day")

    [row] = grid(store, idle, *last_days(day, 2), now=scene.clock.now()).rows
    assert [c.state for c in row.cells] == [CellState.RUNNING, CellState.WAITING]
    scene.clock.advance(601)  # past the 600 s deadline floor
    [row] = grid(store, idle, *last_days(day, 2), now=scene.clock.now()).rows
    assert [c.state for c in row.cells] == [CellState.STUCK, CellState.WAITING]

    t = timeline(store, idle, day, now=scene.clock.now())
    assert sorted((b.processor, b.status, b.finished_at) for b in t.bars) == [
        ("x", "queued", None),
        ("y", "queued", None),
    ]
    assert not any(b.critical_path for b in t.bars)
    assert latest_run_date(store, "idle") == day
    assert grid(store, idle, *last_days(DAY, 1), now=scene.clock.now()).rows == ()
