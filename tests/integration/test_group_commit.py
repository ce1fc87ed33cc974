"""Group commits: one transaction for many finished jobs, each job still on its own."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import effects, orchestrator_for, pipeline_from, proc
from tipoff.engine import queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.execution import Executor, Finished, JobReport
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store

D1, D2 = date(2025, 6, 1), date(2025, 6, 2)


@pytest.mark.postgres
def test_group_commits_lock_phases_in_one_order(pg_store: Store, clock: ManualClock) -> None:
    """Two batches completing jobs of the same two phases in opposite orders must not deadlock.

    Each completion locks its phase's transition row. Worker X finishes (phase of D1, phase
    of D2) and worker Y (D2, D1) at the same moment: unless every commit takes those locks
    in one global order, X holds D1 waiting for D2 while Y holds D2 waiting for D1, and
    PostgreSQL aborts one batch after its deadlock timeout (it is then redone job by job,
    so the failure is silent but costs a stall and re-runs every write of the batch).
    """
    store = pg_store
    both_hold_a_phase = threading.Barrier(2, timeout=10)
    writes: Counter[tuple[date | None, str]] = Counter()
    lock = threading.Lock()

    def processor(ctx: JobContext) -> Result:
        def write(conn: sa.Connection) -> int:
            with lock:
                writes[(ctx.data_date, ctx.processor)] += 1
                first_time = writes[(ctx.data_date, ctx.processor)] == 1
            # the second job of each batch waits until both batches hold their first lock
            if first_time and (ctx.data_date, ctx.processor) in {(D2, "x"), (D1, "y")}:
                both_hold_a_phase.wait()
            return 1

        return Result(records=1, write=write)

    pipeline = pipeline_from([[proc("x"), proc("y")]])
    orch = orchestrator_for(store, pipeline, {"x": processor, "y": processor}, clock=clock)
    runs = [orch.start_run(d, "same_day").id for d in (D1, D2)]
    claimed = queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=600)
    job = {(j.data_date, j.processor): j for j in claimed}
    ex_x, ex_y = orch.executor("w"), orch.executor("w")
    batch_x = [ex_x.execute(job[(D1, "x")]), ex_x.execute(job[(D2, "x")])]
    batch_y = [ex_y.execute(job[(D2, "y")]), ex_y.execute(job[(D1, "y")])]

    reports: list[JobReport] = []
    errors: list[BaseException] = []

    def commit(ex: Executor, batch: list[Finished]) -> None:
        try:
            reports.extend(ex.commit(batch)[0])
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=commit, args=(ex_x, batch_x)),
        threading.Thread(target=commit, args=(ex_y, batch_y)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not any(t.is_alive() for t in threads)
    assert errors == []

    assert sorted(r.status for r in reports) == [JobStatus.SUCCEEDED] * 4
    assert all(db.run_status(store, r) == RunStatus.COMPLETE.value for r in runs)
    # no batch was aborted and redone: every write ran once
    assert dict(writes) == {(d, p): 1 for d in (D1, D2) for p in "xy"}


def test_a_failing_write_fails_only_its_own_job(store: Store, clock: ManualClock) -> None:
    def bad_write(ctx: JobContext) -> Result:
        def write(conn: sa.Connection) -> int:
            conn.execute(
                sa.insert(effects).values(processor=ctx.processor, job_id=ctx.job_id, attempt=1)
            )
            raise RuntimeError("the warehouse refused the rows")

        return Result(records=1, write=write)

    pipeline = pipeline_from([[proc("good"), proc("bad", critical=False), proc("also_good")]])
    orch = orchestrator_for(store, pipeline, {"bad": bad_write}, clock=clock)
    run = orch.start_run(D1, "same_day")
    ex = orch.executor("w")
    claimed = queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=60)
    reports, _ = ex.commit([ex.execute(j) for j in claimed])

    assert {r.job.processor: r.status for r in reports} == {
        "good": JobStatus.SUCCEEDED,
        "bad": JobStatus.RETRY,
        "also_good": JobStatus.SUCCEEDED,
    }
    # the failed job's partial write was rolled back with it, the others' writes committed
    assert db.effect_counts(store) == {(D1, "good"): 1, (D1, "also_good"): 1}
    bad = db.job(store, "bad")
    assert (bad["status"], bad["attempts"]) == (JobStatus.RETRY.value, 1)
    assert bad["last_error"] == "RuntimeError: the warehouse refused the rows"
    assert [r["status"] for r in db.executions(store, bad["id"])] == ["failed"]
    assert not db.transition(store, run.id, 1)["triggered"]
