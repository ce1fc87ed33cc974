"""Self-heal on both databases: stuck dates are driven to completion, within bounds."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from support import db
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import deadline_sweep
from tipoff.engine.clock import ManualClock
from tipoff.engine.heal import heal
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import execution_log, jobs
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store

D = date(2025, 12, 29)


def test_lost_work_is_requeued_and_a_stuck_date_completes(store: Store, clock: ManualClock) -> None:
    pipeline = pipeline_from([[proc("a"), proc("b")], [proc("c")]])
    orch = orchestrator_for(store, pipeline, clock=clock)
    run = orch.start_run(D, "same_day")
    with store.transaction() as conn:  # b's job vanished (e.g. a wiped queue)
        conn.execute(sa.delete(jobs).where(jobs.c.processor == "b"))
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.RUNNING  # a done, b missing: stuck

    report = heal(store, orch.pipelines, clock=clock, dates=[D])
    assert report.requeued == ["t 2025-12-29 same_day phase 1: b"]
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    with store.read() as conn:
        sources = conn.execute(
            sa.select(execution_log.c.processor, execution_log.c.trigger_source).order_by(
                execution_log.c.finished_at
            )
        ).all()
    assert ("b", "self_heal") in sources


def test_a_phase_whose_criticals_are_done_is_triggered_by_self_heal(
    store: Store, clock: ManualClock
) -> None:
    def never(ctx: JobContext) -> Result:
        raise RuntimeError("optional feed down")

    # the optional processor keeps retrying (an hour apart) and the quorum is 100%: the
    # phase waits for it, its critical processor done
    pipeline = pipeline_from(
        [[proc("a"), proc("opt", critical=False)], [proc("c")]],
        quorum=1.0,
        max_attempts=5,
        retry_base_s=3600,
        retry_cap_s=3600,
        deadline_floor_s=60,
    )
    orch = orchestrator_for(store, pipeline, {"opt": never}, clock=clock)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    clock.advance(61)
    deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now())
    assert db.job(store, "opt")["status"] == JobStatus.RETRY.value
    assert not db.transition(store, run.id, 1)["triggered"]
    report = heal(store, orch.pipelines, clock=clock, dates=[D])
    assert report.triggered == ["t 2025-12-29 same_day phase 1"]
    t1 = db.transition(store, run.id, 1)
    assert t1["trigger_reason"] == "self_heal"
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE


def test_heal_gives_up_after_its_bound_and_force_pushes_through(
    store: Store, clock: ManualClock
) -> None:
    def broken(ctx: JobContext) -> Result:
        raise RuntimeError("source down")

    pipeline = pipeline_from([[proc("a"), proc("b")], [proc("c")], [proc("d")]], max_attempts=1)
    orch = orchestrator_for(store, pipeline, {"b": broken}, clock=clock)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    for _ in range(2):
        assert heal(store, orch.pipelines, clock=clock, dates=[D], max_heals=2).requeued
        drain(orch, clock)
    report = heal(store, orch.pipelines, clock=clock, dates=[D], max_heals=2)
    assert report.requeued == []
    assert report.gave_up == ["t 2025-12-29 same_day phase 1: b (healed 2 times)"]

    forced = heal(store, orch.pipelines, clock=clock, dates=[D], force=True)
    assert forced.forced == ["t 2025-12-29 same_day phase 1"]
    assert db.job(store, "c")["trigger_source"] == "self_heal"
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    assert db.count(store, jobs, jobs.c.processor == "d") == 1
