"""What a job is: the spec a caller enqueues and the claimed job a worker runs.

Its own module because every part of the queue (enqueue and claim, the fenced end of an
attempt, leases) and the executor speak of jobs; the columns a claim returns live beside
the row-to-job conversion so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tipoff.engine.schema import jobs


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


JOB_COLUMNS = [
    jobs.c.id, jobs.c.key, jobs.c.pipeline, jobs.c.processor, jobs.c.phase, jobs.c.mode,
    jobs.c.data_date, jobs.c.params, jobs.c.transition_id, jobs.c.run_id, jobs.c.batch_id,
    jobs.c.attempts,
    jobs.c.max_attempts, jobs.c.timeout_s, jobs.c.correlation_id, jobs.c.trigger_source,
    jobs.c.queued_at, jobs.c.started_at, jobs.c.worker_id, jobs.c.attempt_no,
    jobs.c.infra_attempts,
]  # fmt: skip
