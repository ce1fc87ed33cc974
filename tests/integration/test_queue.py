"""The job queue on both databases: idempotent enqueue, lease fencing, graceful release."""

from __future__ import annotations

import threading
from datetime import date

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import effects, orchestrator_for, pipeline_from, proc, write_effect
from support.waiting import wait_for
from tipoff.engine import queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.execution import JobReport
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import jobs
from tipoff.engine.states import ExecutionStatus, JobStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.errors import LeaseLost

D = date(2025, 1, 15)


def spec(key: str, *, processor: str = "a", priority: int = 0) -> queue.JobSpec:
    return queue.JobSpec(
        key=key,
        pipeline="t",
        processor=processor,
        max_attempts=3,
        timeout_s=60.0,
        trigger_source="test",
        priority=priority,
    )


def test_duplicate_enqueue_returns_the_same_job(store: Store, clock: ManualClock) -> None:
    store.ensure_schema()
    first_now = clock.now()
    with store.transaction() as conn:
        [first] = queue.enqueue(store, conn, [spec("t/k1")], now=first_now)
    generation = store.wakeup.generation()

    clock.advance(10)
    with store.transaction() as conn:
        [again] = queue.enqueue(
            store, conn, [spec("t/k1", processor="b", priority=9)], now=clock.now()
        )

    assert again == first
    assert db.count(store, jobs, jobs.c.key == "t/k1") == 1
    row = db.rows(store, sa.select(jobs).where(jobs.c.id == first))[0]
    # the first enqueue wins: the duplicate changed nothing
    assert (row["processor"], row["priority"], row["queued_at"]) == ("a", 0, first_now)
    # and woke nobody, since nothing new became claimable
    assert store.wakeup.generation() == generation


def test_duplicate_keys_in_one_call_and_one_transaction(store: Store, clock: ManualClock) -> None:
    store.ensure_schema()
    with store.transaction() as conn:
        [k1] = queue.enqueue(store, conn, [spec("t/k1")], now=clock.now())
        ids = queue.enqueue(
            store, conn, [spec("t/k2"), spec("t/k1"), spec("t/k2")], now=clock.now()
        )
    assert ids[1] == k1
    assert ids[0] == ids[2] != k1
    assert db.count(store, jobs) == 2


def test_a_job_whose_lease_was_taken_over_cannot_commit(store: Store, clock: ManualClock) -> None:
    pipeline = pipeline_from([[proc("a")]])
    orch = orchestrator_for(store, pipeline, clock=clock)
    orch.start_run(D, "same_day")
    first, second = orch.executor("worker-1"), orch.executor("worker-2")

    [stale] = queue.claim(store, worker_id="worker-1", limit=5, now=clock.now(), lease_s=10)
    assert stale.attempts == 1
    # worker-1 stalls past its lease; worker-2's sweep takes the job back and claims it
    clock.advance(11)
    [lost] = second.recover_expired()
    assert lost.status is JobStatus.RETRY
    [fresh] = queue.claim(store, worker_id="worker-2", limit=5, now=clock.now(), lease_s=10)
    # the lost attempt is not charged: the processor is at its first attempt again, the
    # claim's number (the fencing token) goes on
    assert (fresh.id, fresh.attempts, fresh.attempt_no, fresh.infra_attempts) == (
        stale.id,
        1,
        2,
        1,
    )

    # the fence rejects the stale attempt directly ...
    with pytest.raises(LeaseLost, match=f"job {stale.id}"), store.transaction() as conn:
        queue.mark_succeeded(conn, stale, now=clock.now(), records=1)
    # ... and through the executor, which discards its output
    report = first.run(stale)
    assert report.status is None and report.error and "lost its lease" in report.error
    assert db.count(store, effects) == 0
    job = db.job(store, "a")
    assert (job["status"], job["worker_id"], job["attempt_no"]) == ("running", "worker-2", 2)

    # the current owner commits normally, exactly once
    assert second.run(fresh).status is JobStatus.SUCCEEDED
    assert db.effect_counts(store) == {(D, "a"): 1}
    assert [r["status"] for r in db.executions(store, stale.id)] == [
        ExecutionStatus.LOST.value,
        ExecutionStatus.SUCCEEDED.value,
    ]
    # a failure report from the stale worker is fenced too
    stale_failure = first.fail(stale, "late error", None, started=None)
    assert stale_failure.status is None
    assert db.job(store, "a")["status"] == JobStatus.SUCCEEDED.value


def test_heartbeats_keep_a_lease_but_never_past_the_timeout(
    store: Store, clock: ManualClock
) -> None:
    pipeline = pipeline_from([[proc("a", timeout_s=25)]])
    orch = orchestrator_for(store, pipeline, clock=clock)
    orch.start_run(D, "same_day")
    [job] = queue.claim(store, worker_id="w", limit=1, now=clock.now(), lease_s=10)
    started = clock.now()

    clock.advance(8)
    assert queue.extend_leases(store, worker_id="w", job_ids=[job.id], now=clock.now(), lease_s=10)
    assert db.job(store, "a")["lease_until"] == pytest.approx(started + 18)
    # another worker's heartbeat does not touch it
    assert not queue.extend_leases(
        store, worker_id="other", job_ids=[job.id], now=clock.now(), lease_s=10
    )
    clock.advance(10)
    queue.extend_leases(store, worker_id="w", job_ids=[job.id], now=clock.now(), lease_s=10)
    assert db.job(store, "a")["lease_until"] == pytest.approx(started + 25)  # capped by timeout
    clock.advance(8)
    assert not queue.extend_leases(
        store, worker_id="w", job_ids=[job.id], now=clock.now(), lease_s=10
    )
    assert orch.executor("sweeper").recover_expired()[0].status is JobStatus.RETRY


@pytest.mark.postgres
def test_heartbeat_never_waits_on_a_job_being_committed(
    pg_store: Store, clock: ManualClock
) -> None:
    """The heartbeat must not queue behind the worker's own group commit.

    A commit transaction marks several jobs succeeded, one row lock at a time; a heartbeat
    extending the same jobs' leases in a different order would deadlock with it. Jobs whose
    rows are locked are being finished right now, so the heartbeat skips them.
    """
    store = pg_store
    orch = orchestrator_for(store, pipeline_from([[proc("a"), proc("b")]]), clock=clock)
    orch.start_run(D, "same_day")
    first, second = queue.claim(store, worker_id="w", limit=5, now=clock.now(), lease_s=10)
    extended: list[int] = []
    heartbeat = threading.Thread(
        target=lambda: extended.append(
            queue.extend_leases(
                store,
                worker_id="w",
                job_ids=[first.id, second.id],
                now=clock.now(),
                lease_s=60,
            )
        )
    )
    with store.transaction() as conn:  # a group commit in progress
        queue.mark_succeeded(conn, second, now=clock.now(), records=1)
        heartbeat.start()
        heartbeat.join(timeout=5)
        try:
            assert not heartbeat.is_alive(), "the heartbeat waited on a row being committed"
            assert extended == [1]
            queue.mark_succeeded(conn, first, now=clock.now(), records=1)
        finally:
            if heartbeat.is_alive():
                conn.rollback()
    heartbeat.join()
    assert db.job(store, "a")["status"] == db.job(store, "b")["status"] == "succeeded"


def test_graceful_stop_releases_unfinished_jobs_without_spending_an_attempt(
    store: Store,
) -> None:
    entered, gate = threading.Event(), threading.Event()

    def hold(ctx: JobContext) -> Result:
        entered.set()
        gate.wait(30)
        return write_effect(ctx)

    pipeline = pipeline_from([[proc("hold")]])
    orch = orchestrator_for(store, pipeline, {"hold": hold})
    worker = orch.worker(concurrency=2, lease_s=30, poll_s=0.02, sweep_s=0.2)
    reports: list[JobReport] = []
    worker.add_listener(reports.append)
    worker.start()
    try:
        run = orch.start_run(D, "same_day")
        wait_for(entered.is_set, 10, message="the processor to start")
        assert db.job(store, "hold")["status"] == JobStatus.RUNNING.value

        worker.stop(grace_s=0.2)

        job = db.job(store, "hold")
        assert job["status"] == JobStatus.QUEUED.value
        assert job["attempts"] == 0
        assert job["worker_id"] is None and job["lease_until"] is None
        assert db.executions(store, job["id"]) == []
    finally:
        gate.set()
        if not worker.stopping:
            worker.stop(grace_s=5)
    # the abandoned attempt returns after all, but the job is no longer its: nothing commits
    worker._pool.shutdown(wait=True)  # join the processor thread
    assert all(r.status is None for r in reports)
    assert db.count(store, effects) == 0
    assert db.job(store, "hold")["status"] == JobStatus.QUEUED.value

    # the next worker runs it as its first attempt
    [state] = orch.run_dates([D], "same_day", timeout_s=120, poll_s=0.02)
    assert state.status is RunStatus.COMPLETE
    job = db.job(store, "hold")
    assert (job["status"], job["attempts"]) == (JobStatus.SUCCEEDED.value, 1)
    assert [r["attempt"] for r in db.executions(store, job["id"])] == [1]
    assert db.effect_counts(store) == {(D, "hold"): 1}
    assert run.id == state.run.id
