"""Leases of claimed jobs: heartbeats extend them, expiry finds dead workers, shutdown
hands the jobs back.

A lease is how a crashed worker's job comes back: nothing ever tells the queue that a
worker died, its lease just runs out. Separate from the claim that grants the lease and
from the fenced end of an attempt, because these are the worker's and the recovery's
housekeeping, made outside any processor's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from tipoff.engine.job import JOB_COLUMNS, Job
from tipoff.engine.schema import jobs
from tipoff.engine.states import JobStatus
from tipoff.engine.store import Store

# Literal SQL, as the claim's: SQLite uses a partial index only when the query's condition
# matches the index's WHERE clause literally, and bound parameters never do.
_IS_RUNNING = sa.text("jobs.status = 'running'")


def expired_with_leases(
    conn: sa.Connection, *, now: float, limit: int = 100
) -> list[tuple[Job, float]]:
    """Running jobs whose lease ran out (their worker died or stalled, or they overran
    their timeout), each with the end of its lease, locked for update."""
    rows = conn.execute(
        sa.select(*JOB_COLUMNS, jobs.c.lease_until)
        .where(_IS_RUNNING, jobs.c.lease_until < now)
        .order_by(jobs.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    return [(Job.from_row(r), float(r.lease_until)) for r in rows]


def extend_leases(
    store: Store, *, worker_id: str, job_ids: Sequence[int], now: float, lease_s: float
) -> int:
    """Heartbeat: push the lease of this worker's running jobs, but never past their timeout.

    Rows locked by another transaction are skipped: they are being committed (or recovered)
    right now. Waiting on them instead would deadlock with the worker's own group commit,
    which locks the same jobs one by one in its own order (PostgreSQL).
    """
    if not job_ids:
        return 0
    with store.transaction() as conn:
        lockable = (
            sa.select(jobs.c.id)
            .where(
                jobs.c.id.in_(list(job_ids)),
                jobs.c.worker_id == worker_id,
                jobs.c.status == JobStatus.RUNNING.value,
                jobs.c.started_at + jobs.c.timeout_s > now,
            )
            .with_for_update(skip_locked=True)
        )
        result = conn.execute(
            sa.update(jobs)
            .where(jobs.c.id.in_(lockable.scalar_subquery()))
            .values(
                lease_until=sa.func.min(now + lease_s, jobs.c.started_at + jobs.c.timeout_s)
                if store.is_sqlite
                else sa.func.least(now + lease_s, jobs.c.started_at + jobs.c.timeout_s)
            )
        )
        return int(result.rowcount)


def release(store: Store, *, worker_id: str, job_ids: Sequence[int], now: float) -> int:
    """Give unfinished jobs back to the queue on shutdown, without spending an attempt."""
    if not job_ids:
        return 0
    with store.transaction() as conn:
        result = conn.execute(
            sa.update(jobs)
            .where(
                jobs.c.id.in_(list(job_ids)),
                jobs.c.worker_id == worker_id,
                jobs.c.status == JobStatus.RUNNING.value,
            )
            .values(
                status=JobStatus.QUEUED.value,
                attempts=jobs.c.attempts - 1,
                # the attempt never ran to an end: its number is given back too (the fence
                # still holds, since the next claim is another worker's)
                attempt_no=jobs.c.attempt_no - 1,
                worker_id=None,
                lease_until=None,
                run_after=now,
            )
        )
        if result.rowcount:
            store.mark_enqueued(conn)
        return int(result.rowcount)
