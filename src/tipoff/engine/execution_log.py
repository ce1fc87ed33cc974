"""The execution log: one row per attempt of a processor, whatever became of it.

Both halves of the executor write it (a success with its output, a failure with its
error), so the row's columns and its key are kept in one place.
"""

from __future__ import annotations

import os
import time
from typing import Any

from tipoff.engine.fastsql import Sql
from tipoff.engine.job import Job
from tipoff.engine.states import ExecutionStatus
from tipoff.engine.store import Store

_COLUMNS = (
    "execution_id, job_id, pipeline, processor, phase, mode, data_date, trigger_source, "
    "correlation_id, status, attempt, records, error, worker_id, queued_at, started_at, "
    "finished_at"
)
INSERT_LOG = Sql(
    f"INSERT INTO execution_log ({_COLUMNS}) VALUES "
    f"({', '.join(':' + c.strip() for c in _COLUMNS.split(','))})"
)


def log_row(
    store: Store,
    job: Job,
    status: ExecutionStatus,
    *,
    records: int | None,
    error: str | None,
    started: float | None,
    finished: float,
    worker_id: str,
) -> dict[str, Any]:
    """The row of one attempt; ``worker_id`` stands in for a job that has none left."""
    return {
        "execution_id": new_execution_id(),
        "job_id": job.id,
        "pipeline": job.pipeline,
        "processor": job.processor,
        "phase": job.phase,
        "mode": job.mode,
        "data_date": store.date_param(job.data_date),
        "trigger_source": job.trigger_source,
        "correlation_id": job.correlation_id,
        "status": status.value,
        "attempt": job.attempt_no,
        "records": records,
        "error": error,
        "worker_id": job.worker_id or worker_id,
        "queued_at": job.queued_at,
        "started_at": started,
        "finished_at": finished,
    }


def new_execution_id() -> str:
    """32 hex digits, ordered by creation time (like UUIDv7) so the log's key index appends."""
    return f"{time.time_ns():016x}{os.urandom(8).hex()}"
