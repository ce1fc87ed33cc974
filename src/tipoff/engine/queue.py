"""The job queue: every change of a job's state happens here.

Jobs carry a unique idempotency key (a second enqueue of the key returns the first job),
a ``run_after`` time (backoff), a lease renewed by heartbeats, and a fencing token (the
attempt number): a worker whose lease was taken over cannot commit, because its final
UPDATE matches no row. Claims lock rows with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL; on
SQLite the whole claim runs under ``BEGIN IMMEDIATE``, which serialises writers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine.fastsql import Sql
from tipoff.engine.retry import RetryDecision
from tipoff.engine.schema import jobs, runs, transitions
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.errors import LeaseLost, QueueError


@dataclass(frozen=True)
class JobSpec:
    """A job to enqueue. ``key`` makes the enqueue idempotent."""

    key: str
    pipeline: str
    processor: str
    max_attempts: int
    timeout_s: float
    trigger_source: str
    phase: int | None = None
    mode: str | None = None
    data_date: date | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    transition_id: int | None = None
    run_id: int | None = None
    batch_id: int | None = None
    correlation_id: str | None = None
    priority: int = 0
    run_after: float | None = None
    items: int = 1  # a fan-out child's units of work (see registry.Child)


@dataclass(frozen=True)
class Job:
    """A claimed job, as the worker sees it."""

    id: int
    key: str
    pipeline: str
    processor: str
    phase: int | None
    mode: str | None
    data_date: date | None
    params: Mapping[str, Any]
    transition_id: int | None
    run_id: int | None
    batch_id: int | None
    attempts: int  # charged to the processor, against max_attempts
    max_attempts: int
    timeout_s: float
    correlation_id: str | None
    trigger_source: str
    queued_at: float
    started_at: float | None
    worker_id: str | None
    attempt_no: int = 0  # every claim, never reset: the fencing token
    infra_attempts: int = 0  # lost to infrastructure, not charged

    @classmethod
    def from_row(cls, row: Any) -> Job:
        m = row._mapping
        return cls(
            id=m["id"],
            key=m["key"],
            pipeline=m["pipeline"],
            processor=m["processor"],
            phase=m["phase"],
            mode=m["mode"],
            data_date=m["data_date"],
            params=m["params"] or {},
            transition_id=m["transition_id"],
            run_id=m["run_id"],
            batch_id=m["batch_id"],
            attempts=m["attempts"],
            max_attempts=m["max_attempts"],
            timeout_s=m["timeout_s"],
            correlation_id=m["correlation_id"],
            trigger_source=m["trigger_source"],
            queued_at=m["queued_at"],
            started_at=m["started_at"],
            worker_id=m["worker_id"],
            attempt_no=m["attempt_no"],
            infra_attempts=m["infra_attempts"],
        )


_JOB_COLUMNS = [
    jobs.c.id, jobs.c.key, jobs.c.pipeline, jobs.c.processor, jobs.c.phase, jobs.c.mode,
    jobs.c.data_date, jobs.c.params, jobs.c.transition_id, jobs.c.run_id, jobs.c.batch_id,
    jobs.c.attempts,
    jobs.c.max_attempts, jobs.c.timeout_s, jobs.c.correlation_id, jobs.c.trigger_source,
    jobs.c.queued_at, jobs.c.started_at, jobs.c.worker_id, jobs.c.attempt_no,
    jobs.c.infra_attempts,
]  # fmt: skip


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
_IS_RUNNING = sa.text("jobs.status = 'running'")

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
    .returning(*_JOB_COLUMNS)
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


def expired_with_leases(
    conn: sa.Connection, *, now: float, limit: int = 100
) -> list[tuple[Job, float]]:
    """Running jobs whose lease ran out (their worker died or stalled, or they overran
    their timeout), each with the end of its lease, locked for update."""
    rows = conn.execute(
        sa.select(*_JOB_COLUMNS, jobs.c.lease_until)
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
