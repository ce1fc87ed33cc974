"""Attempts lost to infrastructure are not the processor's: an open circuit breaker, a
dropped database connection, a job overrunning its timeout (which is its own failure).

The SIGKILLed worker cases are in test_crash_recovery.py.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import drain, effects, orchestrator_for, pipeline_from, proc, write_effect
from tipoff.engine import queue
from tipoff.engine.breaker import BreakerPolicy, BreakerState, CircuitBreaker
from tipoff.engine.clock import ManualClock
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.states import ExecutionStatus, JobStatus, RunStatus
from tipoff.engine.status import date_status, render_text, to_json
from tipoff.engine.store import Store

D = date(2025, 6, 2)


def test_calls_refused_by_an_open_breaker_wait_for_its_trial_without_spending_attempts(
    store: Store, clock: ManualClock
) -> None:
    """The breaker stays open 60 s; the job's three attempts would end in 15 s. Refused
    attempts wait for the trial instead, so a short outage does not dead-letter the job."""
    pipeline = pipeline_from([[proc("fetch")]], max_attempts=3, retry_base_s=5, retry_cap_s=5)

    def fetch(ctx: JobContext) -> Result:
        breaker = CircuitBreaker(
            ctx.store, "http:upstream", clock=ctx.clock, policy=BreakerPolicy(1, 60.0)
        )
        breaker.before_call()
        breaker.record_success()
        return write_effect(ctx)

    orch = orchestrator_for(store, pipeline, {"fetch": fetch}, clock=clock)
    outage = CircuitBreaker(store, "http:upstream", clock=clock, policy=BreakerPolicy(1, 60.0))
    assert outage.record_failure("HTTP 503") is BreakerState.OPEN
    opened = clock.now()
    run = orch.start_run(D, "same_day")
    for _ in range(12):  # a minute in 5 s steps: nothing runs until the trial time
        drain(orch, clock)
        job = db.job(store, "fetch")
        assert job["status"] == JobStatus.RETRY.value, job["last_error"]
        assert (job["attempts"], job["infra_attempts"]) == (0, 1)
        assert job["run_after"] == opened + 60.0
        report = date_status(store, pipeline, D)
        assert "fetch: FAILED/RETRYING (1 lost to infrastructure, next attempt" in render_text(
            report
        )
        [proc_json] = to_json(report)["runs"][0]["phases"][0]["processors"]
        assert (proc_json["attempts"], proc_json["infra_attempts"]) == (0, 1)
        clock.advance(5)
    drain(orch, clock)  # 60 s on: the trial call goes through and closes the breaker
    job = db.job(store, "fetch")
    assert (job["status"], job["attempts"], job["infra_attempts"]) == ("succeeded", 1, 1)
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value
    log = db.executions(store, job["id"])
    assert [(r["attempt"], r["status"]) for r in log] == [
        (1, ExecutionStatus.DEFERRED.value),
        (2, ExecutionStatus.SUCCEEDED.value),
    ]
    assert "is open after 1 consecutive failures" in log[0]["error"]


def test_a_job_still_running_at_its_timeout_is_charged(store: Store, clock: ManualClock) -> None:
    pipeline = pipeline_from([[proc("slow")]], timeout_s=5, max_attempts=2)
    orch = orchestrator_for(store, pipeline, clock=clock)
    orch.start_run(D, "same_day")
    queue.claim(store, worker_id="w-1", limit=1, now=clock.now(), lease_s=3)
    for _ in range(2):  # its worker's heartbeats extend the lease, never past the timeout
        clock.advance(2)
        queue.extend_leases(store, worker_id="w-1", job_ids=[1], now=clock.now(), lease_s=3)
    assert db.job(store, "slow")["lease_until"] == db.job(store, "slow")["started_at"] + 5
    clock.advance(2)
    [report] = orch.executor("w-2").recover_expired()
    assert report.status is JobStatus.RETRY
    row = db.job(store, "slow")
    assert (row["attempts"], row["infra_attempts"]) == (1, 0)
    assert row["last_error"].startswith("timed out: still running after 5s on worker w-1")


def test_a_worker_that_stops_beating_before_the_timeout_loses_an_uncharged_attempt(
    store: Store, clock: ManualClock
) -> None:
    pipeline = pipeline_from([[proc("a")]], timeout_s=600, max_attempts=1)
    orch = orchestrator_for(store, pipeline, clock=clock)
    run = orch.start_run(D, "same_day")
    queue.claim(store, worker_id="w-1", limit=1, now=clock.now(), lease_s=30)
    clock.advance(31)
    [report] = orch.executor("w-2").recover_expired()
    assert report.status is JobStatus.RETRY  # one attempt, lost: it is still there
    drain(orch, clock)
    row = db.job(store, "a")
    assert (row["status"], row["attempts"], row["infra_attempts"]) == ("succeeded", 1, 1)
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value


def test_a_job_that_keeps_losing_its_worker_ends_at_the_infrastructure_bound(
    store: Store, clock: ManualClock
) -> None:
    pipeline = pipeline_from([[proc("poison")]], timeout_s=600, max_attempts=3)
    orch = orchestrator_for(store, pipeline, clock=clock)
    run = orch.start_run(D, "same_day")
    ex = orch.executor("sweeper")
    ex.infra_attempt_limit = 4
    for _ in range(4):
        queue.claim(store, worker_id="doomed", limit=1, now=clock.now(), lease_s=30)
        clock.advance(31)
        [report] = ex.recover_expired()
    assert report.status is JobStatus.DEAD
    row = db.job(store, "poison")
    assert (row["attempts"], row["infra_attempts"], row["attempt_no"]) == (0, 4, 4)
    assert db.run_status(store, run.id) == RunStatus.BLOCKED.value


def test_a_commit_whose_connection_drops_is_committed_again_without_spending_an_attempt(
    store: Store, db_url: str
) -> None:
    """The job's write kills its own database session (PostgreSQL) on its first two
    commits (the database is away a while): the worker keeps the finished job and commits
    it again, and the job succeeds at its first attempt instead of being failed."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a connection that drops mid-commit needs a database server")
    dropped: list[int] = []

    def drops_once(ctx: JobContext) -> Result:
        inner = write_effect(ctx)

        def write(conn: sa.Connection) -> int:
            assert inner.write is not None
            written = inner.write(conn)
            if len(dropped) < 2:
                dropped.append(ctx.job_id)
                conn.execute(sa.text("SELECT pg_terminate_backend(pg_backend_pid())"))
            return written or 0

        return Result(records=1, write=write)

    pipeline = pipeline_from([[proc("a")], [proc("b")]], max_attempts=1)
    orch = orchestrator_for(store, pipeline, {"a": drops_once})
    [state] = orch.run_dates([D], "same_day", concurrency=1, timeout_s=60, poll_s=0.02)
    assert len(dropped) == 2 and state.status is RunStatus.COMPLETE, state
    row = db.job(store, "a")
    assert (row["status"], row["attempts"], row["attempt_no"]) == ("succeeded", 1, 1)
    assert [r["status"] for r in db.executions(store, row["id"])] == ["succeeded"]
    assert db.count(store, effects, effects.c.processor == "a") == 1
