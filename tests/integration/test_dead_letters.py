"""Failures on both databases: retries, dead letters, degraded and blocked phases."""

from __future__ import annotations

import time
from datetime import date

import sqlalchemy as sa

from support import db
from support.pipelines import always_fails, orchestrator_for, pipeline_from, proc, write_effect
from tipoff.engine import deadline_sweep, queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import completions, jobs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import (
    CompletionStatus,
    ExecutionStatus,
    JobStatus,
    RunStatus,
    TriggerReason,
)
from tipoff.engine.store import Store

D = date(2025, 3, 10)


def test_dead_letter_after_max_attempts(store: Store, clock: ManualClock) -> None:
    pipeline = pipeline_from(
        [[proc("flaky", critical=False)]], max_attempts=3, retry_base_s=10, retry_cap_s=100
    )
    orch = orchestrator_for(store, pipeline, {"flaky": always_fails}, clock=clock)
    ex = orch.executor("w")
    orch.start_run(D, "same_day")

    for attempt in (1, 2, 3):
        [job] = queue.claim(store, worker_id="w", limit=5, now=clock.now(), lease_s=60)
        assert job.attempts == attempt
        report = ex.run(job)
        row = db.job(store, "flaky")
        if attempt < 3:
            assert report.status is JobStatus.RETRY
            assert row["status"] == JobStatus.RETRY.value
            # backoff with full jitter: within [0, base * 2**(attempt-1)] from now
            assert 0 <= row["run_after"] - clock.now() <= 10 * 2 ** (attempt - 1)
            assert row["finished_at"] is None
            clock.advance(100)
        else:
            assert report.status is JobStatus.DEAD

    job = db.job(store, "flaky")
    assert job["status"] == JobStatus.DEAD.value
    assert job["attempts"] == 3
    assert job["last_error"] == "RuntimeError: boom in flaky (attempt 3)"
    assert "Traceback" in job["last_traceback"] and "always_fails" in job["last_traceback"]
    assert job["finished_at"] == clock.now()
    log = db.executions(store, job["id"])
    assert [(r["attempt"], r["status"]) for r in log] == [
        (1, ExecutionStatus.FAILED.value),
        (2, ExecutionStatus.FAILED.value),
        (3, ExecutionStatus.DEAD.value),
    ]
    assert all(r["error"].startswith("RuntimeError: boom in flaky") for r in log)
    # kept as a dead letter: never claimed again, its phase knows it is dead
    clock.advance(10_000)
    assert queue.claim(store, worker_id="w", limit=5, now=clock.now(), lease_s=60) == []
    [completion] = db.rows(store, sa.select(completions))
    assert completion["status"] == CompletionStatus.DEAD.value
    assert db.count(store, jobs) == 1


def test_requeued_dead_letter_gets_fresh_attempts(store: Store, clock: ManualClock) -> None:
    pipeline = pipeline_from([[proc("flaky")]], max_attempts=1)
    calls: list[int] = []

    def fail_once(ctx: JobContext) -> Result:
        calls.append(ctx.attempt)
        if len(calls) == 1:
            raise RuntimeError("first call fails")
        return write_effect(ctx)

    orch = orchestrator_for(store, pipeline, {"flaky": fail_once}, clock=clock)
    ex = orch.executor("w")
    run = orch.start_run(D, "same_day")
    [job] = queue.claim(store, worker_id="w", limit=5, now=clock.now(), lease_s=60)
    assert ex.run(job).status is JobStatus.DEAD
    assert db.run_status(store, run.id) == RunStatus.BLOCKED.value

    assert queue.requeue_dead(store, [job.id], now=clock.now()) == 1
    [again] = queue.claim(store, worker_id="w", limit=5, now=clock.now(), lease_s=60)
    assert again.attempts == 1
    assert ex.run(again).outcome.run_status is RunStatus.COMPLETE
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value
    assert db.transition(store, run.id, 1)["blocked_reason"] is None
    # fresh attempts for the processor, but the execution log's numbers never repeat
    assert [(r["attempt"], r["status"]) for r in db.executions(store, job.id)] == [
        (1, ExecutionStatus.DEAD.value),
        (2, ExecutionStatus.SUCCEEDED.value),
    ]


def test_dead_optional_processor_still_lets_the_phase_trigger(store: Store) -> None:
    pipeline = pipeline_from(
        [
            [proc("a"), proc("b"), proc("c"), proc("d"), proc("extra", critical=False)],
            [proc("after")],
        ],
        quorum=0.8,
        deadline_floor_s=3600,  # the trigger must not wait for the deadline
        max_attempts=2,
        retry_base_s=0.01,
        retry_cap_s=0.02,
    )
    orch = orchestrator_for(store, pipeline, {"extra": always_fails})
    [state] = orch.run_dates([D], "same_day", timeout_s=120, poll_s=0.02, sweep_s=0.1)

    assert state.status is RunStatus.COMPLETE and state.finished
    t1 = db.transition(store, state.run.id, 1)
    assert t1["trigger_reason"] == TriggerReason.QUORUM_TIMEOUT.value
    assert t1["triggered_at"] < t1["deadline_at"]
    extra = db.job(store, "extra")
    assert (extra["status"], extra["attempts"]) == (JobStatus.DEAD.value, 2)
    stmt = sa.select(completions.c.processor, completions.c.status).where(
        completions.c.transition_id == t1["id"]
    )
    assert {r["processor"]: r["status"] for r in db.rows(store, stmt)} == {
        **{n: CompletionStatus.SUCCEEDED.value for n in "abcd"},
        "extra": CompletionStatus.DEAD.value,
    }
    assert db.effect_counts(store) == {(D, n): 1 for n in ["a", "b", "c", "d", "after"]}


def test_dead_critical_processor_blocks_the_phase(store: Store) -> None:
    pipeline = pipeline_from(
        [
            [proc("schedule"), proc("rosters"), proc("odds", critical=False)],
            [proc("parse")],
        ],
        max_attempts=2,
        retry_base_s=0.01,
        retry_cap_s=0.02,
    )
    orch = orchestrator_for(store, pipeline, {"rosters": always_fails})
    [state] = orch.run_dates([D], "same_day", timeout_s=120, poll_s=0.02, sweep_s=0.1)

    assert state.status is RunStatus.BLOCKED
    assert state.finished and state.pending_jobs == 0
    assert len(state.blocked) == 1 and "rosters" in state.blocked[0]
    t1 = db.transition(store, state.run.id, 1)
    assert not t1["triggered"] and t1["trigger_reason"] is None
    assert "rosters" in t1["blocked_reason"] and "schedule" not in t1["blocked_reason"]
    assert db.run_status(store, state.run.id) == RunStatus.BLOCKED.value
    assert db.job(store, "rosters")["status"] == JobStatus.DEAD.value

    def phase2_exists() -> bool:
        return bool(
            db.count(store, jobs, jobs.c.phase == 2)
            + db.count(store, transitions_table, transitions_table.c.phase == 2)
        )

    assert not phase2_exists()
    # no deadline sweep ever pushes a blocked phase through
    assert deadline_sweep.sweep_deadlines(store, orch.pipelines, now=time.time() + 10**7) == 0
    assert not phase2_exists()
    assert not db.transition(store, state.run.id, 1)["triggered"]
