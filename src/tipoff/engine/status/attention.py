"""What else needs an operator's eye on a date: processors that needed retries, and circuit
breakers that are not closed.

A run can complete and still have fought for it (a source that failed twice before it
answered, a breaker open for another date's work); the status report lists both, so a
flaky dependency is visible before it costs a day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from tipoff.engine.breaker import BreakerSnapshot, BreakerState, all_breakers
from tipoff.engine.schema import execution_log
from tipoff.engine.states import ExecutionStatus, JobStatus
from tipoff.engine.status.report import BreakerStatus, RetriedProcessor, local_time
from tipoff.engine.store import Store


def retried_processors(
    conn: sa.Connection,
    data_date: date,
    job_rows: Sequence[sa.RowMapping],
    run_modes: Mapping[int, str],
    zone: ZoneInfo,
) -> tuple[RetriedProcessor, ...]:
    """Processors of these runs with a job past its first attempt (its own, or lost to
    infrastructure) or waiting for a retry.

    ``job_rows`` are the runs' jobs as ``date_status`` already read them. The last error
    comes from the execution log, since a job that finally succeeded no longer carries one.
    """
    rows = [
        j
        for j in job_rows
        if j["attempts"] > 1 or j["infra_attempts"] or j["status"] == JobStatus.RETRY.value
    ]
    if not rows:
        return ()
    failures = conn.execute(
        sa.select(execution_log.c.job_id, execution_log.c.error, execution_log.c.finished_at)
        .where(
            execution_log.c.data_date == data_date,
            execution_log.c.status != ExecutionStatus.SUCCEEDED.value,
            execution_log.c.job_id.in_([j["id"] for j in rows]),
        )
        .order_by(execution_log.c.finished_at)
    ).all()
    last_failure = {job_id: (error, at) for job_id, error, at in failures}
    groups: dict[tuple[str, int | None, str], list[sa.RowMapping]] = {}
    for r in rows:
        groups.setdefault((run_modes[r["run_id"]], r["phase"], r["processor"]), []).append(r)
    out = []
    for (mode, phase, processor), group in groups.items():
        statuses = dict(Counter(r["status"] for r in group))
        known = [last_failure[r["id"]] for r in group if r["id"] in last_failure]
        error, at = max(known, key=lambda f: f[1]) if known else (None, None)
        if error is None:
            error = next((r["last_error"] for r in group if r["last_error"]), None)
        top = max(group, key=lambda r: r["attempts"])
        out.append(
            RetriedProcessor(
                mode=mode,
                phase=phase,
                processor=processor,
                jobs=len(group),
                attempts=top["attempts"],
                max_attempts=top["max_attempts"],
                statuses=statuses,
                last_error=error,
                last_failed_at=local_time(at, zone),
            )
        )
    return tuple(sorted(out, key=lambda p: (p.mode, p.phase or 0, p.processor)))


def not_closed_breakers(store: Store, zone: ZoneInfo) -> tuple[BreakerStatus, ...]:
    """Circuit breakers that are open or half-open (all of them are shared, not per date)."""
    return tuple(
        BreakerStatus(
            name=b.name,
            state=b.state,
            since=local_time(_since(b), zone),
            failures=b.failures,
            last_error=b.last_error,
        )
        for b in all_breakers(store)
        if b.state is not BreakerState.CLOSED
    )


def _since(b: BreakerSnapshot) -> float | None:
    """When the breaker entered its state: opened, or (half-open) when its trial began."""
    return b.opened_at if b.state is BreakerState.OPEN else b.updated_at
