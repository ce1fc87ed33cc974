"""The end of an attempt: a claimed job finishes, fails or is given back, fenced.

Every write here is fenced by the claim it ends (still running, same worker, same
``attempt_no``): a worker whose lease was taken over matches no row, so it cannot commit
over the worker that owns the job now. Kept apart from enqueue and claim because these
writes are the executor's, made in the same transaction as a processor's output.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from tipoff.engine.fastsql import Sql
from tipoff.engine.job import Job
from tipoff.engine.retry import RetryDecision
from tipoff.engine.schema import jobs
from tipoff.engine.states import JobStatus
from tipoff.errors import LeaseLost

# The fencing token: the row must still be running, owned by this worker, at this claim
# (attempt_no: attempts can be given back, so the same worker could reclaim the same count).
_FENCE = sa.and_(
    jobs.c.id == sa.bindparam("job_id"),
    jobs.c.status == JobStatus.RUNNING.value,
    jobs.c.worker_id == sa.bindparam("fence_worker"),
    jobs.c.attempt_no == sa.bindparam("fence_attempt"),
)
_MARK_SUCCEEDED = Sql(
    """
    UPDATE jobs SET status = 'succeeded', finished_at = :now, records = :records,
                    items_failed = :items_failed, lease_until = NULL, last_error = NULL
    WHERE id = :job_id AND status = 'running' AND worker_id = :fence_worker
      AND attempt_no = :fence_attempt
    """
)
_SET_RECORDS = (
    sa.update(jobs).where(jobs.c.id == sa.bindparam("job_id")).values(records=sa.bindparam("r"))
)
_FAIL_VALUES: dict[str, Any] = {
    "status": sa.bindparam("new_status"),
    "run_after": sa.bindparam("run_after"),
    "finished_at": sa.bindparam("finished_at"),
    "lease_until": None,
    "worker_id": None,
    "last_error": sa.bindparam("error"),
    "last_traceback": sa.bindparam("trace"),
}
_MARK_FAILED = sa.update(jobs).where(_FENCE).values(**_FAIL_VALUES)


def _fence_params(job: Job) -> dict[str, Any]:
    return {"job_id": job.id, "fence_worker": job.worker_id, "fence_attempt": job.attempt_no}


_MARK_SUCCEEDED_RETURNING = Sql(_MARK_SUCCEEDED.text + " RETURNING id")


def mark_succeeded_many(
    conn: sa.Connection, finished: Sequence[tuple[Job, int, int]], *, now: float
) -> set[int]:
    """Fence and finish many (job, records, failed items) at once; returns the ids still
    ours. A job missing from the result lost its lease: nothing of it was changed.
    """
    params = [
        {**_fence_params(job), "now": now, "records": records, "items_failed": failed}
        for job, records, failed in finished
    ]
    return {row[0] for row in _MARK_SUCCEEDED_RETURNING.run_many(conn, params, returning=True)}


def mark_succeeded(
    conn: sa.Connection, job: Job, *, now: float, records: int, items_failed: int = 0
) -> None:
    """Fence and finish: raises LeaseLost if another worker took the job over."""
    params = {**_fence_params(job), "now": now, "records": records, "items_failed": items_failed}
    result = _MARK_SUCCEEDED.run(conn, params)
    if result.rowcount != 1:
        raise LeaseLost(
            f"job {job.id} ({job.processor}, attempt {job.attempts}) lost its lease; "
            "its output is discarded"
        )


def set_records(conn: sa.Connection, job_id: int, records: int) -> None:
    conn.execute(_SET_RECORDS, {"job_id": job_id, "r": records})


def mark_failed(
    conn: sa.Connection,
    job: Job,
    decision: RetryDecision,
    *,
    now: float,
    error: str,
    traceback: str | None,
) -> JobStatus:
    """Send the job to retry at ``now + delay`` or to the dead letters; returns the new state."""
    status = JobStatus.RETRY if decision.retry else JobStatus.DEAD
    result = conn.execute(
        _MARK_FAILED,
        {
            **_fence_params(job),
            "new_status": status.value,
            "run_after": now + decision.delay_s,
            "finished_at": None if decision.retry else now,
            "error": error,
            "trace": traceback,
        },
    )
    if result.rowcount != 1:
        raise LeaseLost(f"job {job.id} ({job.processor}) lost its lease before its failure")
    return status


_MARK_UNCHARGED = (
    sa.update(jobs)
    .where(_FENCE)
    .values(
        **_FAIL_VALUES,
        attempts=jobs.c.attempts - 1,
        infra_attempts=jobs.c.infra_attempts + 1,
    )
)


def mark_uncharged(
    conn: sa.Connection,
    job: Job,
    *,
    now: float,
    run_after: float,
    error: str,
    traceback: str | None,
    infra_limit: int,
) -> JobStatus:
    """An attempt lost to infrastructure (its worker died, an open circuit breaker refused
    it): the attempt is given back to the processor and counted in ``infra_attempts``
    instead; back to ``retry`` at ``run_after``, or dead once ``infra_limit`` such attempts
    were lost (so a job that kills every worker still ends)."""
    dead = job.infra_attempts + 1 >= infra_limit
    status = JobStatus.DEAD if dead else JobStatus.RETRY
    result = conn.execute(
        _MARK_UNCHARGED,
        {
            **_fence_params(job),
            "new_status": status.value,
            "run_after": run_after,
            "finished_at": now if dead else None,
            "error": error,
            "trace": traceback,
        },
    )
    if result.rowcount != 1:
        raise LeaseLost(f"job {job.id} ({job.processor}) lost its lease before its failure")
    return status
