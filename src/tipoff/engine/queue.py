"""The job queue: jobs go in (enqueue, and dead letters again) and come out (claim).

Jobs carry a unique idempotency key (a second enqueue of the key returns the first job),
a ``run_after`` time (backoff), a lease renewed by heartbeats, and a fencing token (the
attempt number): a worker whose lease was taken over cannot commit, because its final
UPDATE matches no row. Claims lock rows with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL; on
SQLite the whole claim runs under ``BEGIN IMMEDIATE``, which serialises writers.

Every change of a job's state happens here or in the two modules beside it: ``attempts``
(the fenced end of an attempt) and ``leases`` (heartbeats, expiry, release on shutdown).
Their names, and the job types of ``job``, are re-exported here, where callers know them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from tipoff.engine.attempts import (
    mark_failed,
    mark_succeeded,
    mark_succeeded_many,
    mark_uncharged,
    set_records,
)
from tipoff.engine.fastsql import Sql
from tipoff.engine.job import JOB_COLUMNS, Job, JobSpec
from tipoff.engine.leases import expired_with_leases, extend_leases, release
from tipoff.engine.schema import jobs, runs, transitions
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.errors import QueueError

__all__ = [
    "Job",
    "JobSpec",
    "claim",
    "claim_in",
    "enqueue",
    "expired_with_leases",
    "extend_leases",
    "get",
    "mark_failed",
    "mark_succeeded",
    "mark_succeeded_many",
    "mark_uncharged",
    "release",
    "requeue_dead",
    "requeue_dead_in",
    "set_records",
    "unblock",
]


_ENQUEUE_COLUMNS = (
    "key", "pipeline", "processor", "phase", "mode", "data_date", "params", "transition_id",
    "run_id", "batch_id", "status", "priority", "attempts", "max_attempts", "timeout_s",
    "run_after", "correlation_id", "trigger_source", "queued_at", "attempt_no", "infra_attempts",
    "items",
)  # fmt: skip
_ENQUEUE = Sql(
    f"INSERT INTO jobs ({', '.join(_ENQUEUE_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in _ENQUEUE_COLUMNS)}) "
    "ON CONFLICT (key) DO NOTHING"
)
_IDS_BY_KEY_CHUNK = 500


def enqueue(
    store: Store,
    conn: sa.Connection,
    specs: Sequence[JobSpec],
    *,
    now: float,
    return_ids: bool = True,
) -> list[int]:
    """Insert jobs whose keys are new; return the ids of all of them, new or existing.

    One pipelined statement per batch (a fixed text, so PostgreSQL prepares it once).
    """
    if not specs:
        return []
    rows = [
        {
            "key": s.key,
            "pipeline": s.pipeline,
            "processor": s.processor,
            "phase": s.phase,
            "mode": s.mode,
            "data_date": store.date_param(s.data_date),
            "params": store.json_param(dict(s.params)),
            "transition_id": s.transition_id,
            "run_id": s.run_id,
            "batch_id": s.batch_id,
            "status": JobStatus.QUEUED.value,
            "priority": s.priority,
            "attempts": 0,
            "max_attempts": s.max_attempts,
            "timeout_s": s.timeout_s,
            "run_after": now if s.run_after is None else s.run_after,
            "correlation_id": s.correlation_id,
            "trigger_source": s.trigger_source,
            "queued_at": now,
            "attempt_no": 0,
            "infra_attempts": 0,
            "items": s.items,
        }
        for s in specs
    ]
    if _ENQUEUE.run_many_count(conn, rows):
        store.mark_enqueued(conn)
    if not return_ids:
        return []
    keys = [s.key for s in specs]
    ids: dict[str, int] = {}
    for i in range(0, len(keys), _IDS_BY_KEY_CHUNK):
        chunk = keys[i : i + _IDS_BY_KEY_CHUNK]
        for k, job_id in conn.execute(
            sa.select(jobs.c.key, jobs.c.id).where(jobs.c.key.in_(chunk))
        ):
            ids[k] = job_id
    return [ids[k] for k in keys]


# Status conditions are literal SQL: SQLite uses a partial index only when the query's
# condition matches the index's WHERE clause literally, and bound parameters never do.
_IS_CLAIMABLE = sa.text("jobs.status IN ('queued', 'retry')")

_CLAIMABLE_IDS = (
    sa.select(jobs.c.id)
    .where(_IS_CLAIMABLE, jobs.c.run_after <= sa.bindparam("now"))
    .order_by(jobs.c.priority, jobs.c.run_after, jobs.c.id)
    .limit(sa.bindparam("limit"))
    .with_for_update(skip_locked=True)
    .scalar_subquery()
)
_CLAIM = (
    sa.update(jobs)
    .where(jobs.c.id.in_(_CLAIMABLE_IDS))
    .values(
        status=JobStatus.RUNNING.value,
        attempts=jobs.c.attempts + 1,
        attempt_no=jobs.c.attempt_no + 1,
        worker_id=sa.bindparam("worker_id"),
        started_at=sa.bindparam("now"),
        lease_until=sa.bindparam("lease_until"),
    )
    .returning(*JOB_COLUMNS)
)


def claim(store: Store, *, worker_id: str, limit: int, now: float, lease_s: float) -> list[Job]:
    """Claim up to ``limit`` runnable jobs for ``worker_id`` with a lease of ``lease_s``."""
    if limit <= 0:
        return []
    with store.transaction() as conn:
        return claim_in(conn, worker_id=worker_id, limit=limit, now=now, lease_s=lease_s)


def claim_in(
    conn: sa.Connection, *, worker_id: str, limit: int, now: float, lease_s: float
) -> list[Job]:
    """``claim`` inside the caller's transaction (the worker claims while it commits)."""
    rows = conn.execute(
        _CLAIM,
        {"now": now, "limit": limit, "worker_id": worker_id, "lease_until": now + lease_s},
    ).all()
    claimed = [Job.from_row(r) for r in rows]
    claimed.sort(key=lambda j: j.id)
    return claimed


def requeue_dead(store: Store, job_ids: Sequence[int], *, now: float) -> int:
    """Put dead-lettered jobs back in the queue with fresh attempts (``dlq retry``); their
    attempt numbers go on (``attempt_no``), so the execution log never repeats one."""
    with store.transaction() as conn:
        return requeue_dead_in(store, conn, job_ids, now=now)


def requeue_dead_in(
    store: Store, conn: sa.Connection, job_ids: Sequence[int], *, now: float
) -> int:
    """``requeue_dead`` in the caller's transaction. The phases those jobs had blocked are
    unblocked (and their runs running again): the status shows the re-run waiting, not the
    dead letter; a re-run that dies again blocks them again."""
    ids = list(job_ids)
    result = conn.execute(
        sa.update(jobs)
        .where(jobs.c.id.in_(ids), jobs.c.status == JobStatus.DEAD.value)
        .values(
            status=JobStatus.QUEUED.value,
            attempts=0,
            infra_attempts=0,
            run_after=now,
            finished_at=None,
        )
    )
    if result.rowcount:
        store.mark_enqueued(conn)
        unblock(conn, ids)
    return int(result.rowcount)


def unblock(conn: sa.Connection, job_ids: Sequence[int]) -> None:
    """Clear the blocked reason of the untriggered transitions of these jobs, and set their
    blocked runs running again."""
    owners = conn.execute(
        sa.select(jobs.c.transition_id, jobs.c.run_id).where(
            jobs.c.id.in_(list(job_ids)), jobs.c.transition_id.is_not(None)
        )
    ).all()
    if not owners:
        return
    conn.execute(
        sa.update(transitions)
        .where(
            transitions.c.id.in_({t for t, _ in owners}),
            transitions.c.triggered.is_(False),
            transitions.c.blocked_reason.is_not(None),
        )
        .values(blocked_reason=None)
    )
    conn.execute(
        sa.update(runs)
        .where(runs.c.id.in_({r for _, r in owners}), runs.c.status == RunStatus.BLOCKED.value)
        .values(status=RunStatus.RUNNING.value, finished_at=None)
    )


def get(conn: sa.Connection, job_id: int) -> Any:
    row = conn.execute(sa.select(jobs).where(jobs.c.id == job_id)).first()
    if row is None:
        raise QueueError(f"no job with id {job_id}")
    return row
