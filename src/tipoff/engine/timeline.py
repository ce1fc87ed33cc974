"""A date's runs as a timeline: every attempt of every job, and the path that set the pace.

Each attempt in the execution log is a bar from when its job was queued (or started) to
when it finished; a job still queued, waiting for a retry or running is a bar up to now.
The children of a fan-out (one job per item) are drawn as one bar per fan-out, from the
first child's start to the last one's end, with their counts: a date of 400 items stays
readable. The critical path is, for each phase that triggered, the job whose completion
came last before the trigger (the one the next phase waited for); a fan-out parent there
takes its children with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import batches, completions, execution_log, jobs, runs, transitions
from tipoff.engine.states import ExecutionStatus, JobStatus
from tipoff.engine.store import Store


@dataclass(frozen=True)
class Bar:
    mode: str
    phase: int | None
    processor: str
    status: str  # an ExecutionStatus value, or the job's status while it is not finished
    queued_at: float | None
    started_at: float | None
    finished_at: float | None  # None: still going (drawn up to ``Timeline.now``)
    attempt: int | None = None
    job_id: int | None = None  # None for a fan-out's children drawn together
    error: str | None = None  # the first line
    critical_path: bool = False
    children: Mapping[str, int] | None = None  # a fan-out's children by status
    last_attempt: bool = True  # the job's latest attempt (a retry follows the others)


@dataclass(frozen=True)
class PhaseSpan:
    mode: str
    phase: int
    name: str
    started_at: float
    triggered_at: float | None
    deadline_at: float
    trigger_reason: str | None


@dataclass(frozen=True)
class Timeline:
    pipeline: str
    data_date: date
    timezone: str
    now: float
    bars: Sequence[Bar] = field(default_factory=tuple)
    phases: Sequence[PhaseSpan] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "pipeline": self.pipeline,
            "date": self.data_date.isoformat(),
            "timezone": self.timezone,
            "now": self.now,
            "phases": [p.__dict__ for p in self.phases],
            "bars": [
                {**b.__dict__, "children": None if b.children is None else dict(b.children)}
                for b in self.bars
            ],
        }


def timeline(store: Store, pipeline: PipelineDef, day: date, *, now: float) -> Timeline:
    """The attempts of ``day``'s runs of ``pipeline``, oldest first."""
    with store.read() as conn:
        run_modes = {
            r.id: r.mode
            for r in conn.execute(
                sa.select(runs.c.id, runs.c.mode).where(
                    runs.c.pipeline == pipeline.pipeline, runs.c.data_date == day
                )
            )
        }
        if not run_modes:
            return Timeline(pipeline.pipeline, day, pipeline.timezone, now)
        ids = list(run_modes)
        job_rows = conn.execute(
            sa.select(
                jobs.c.id,
                jobs.c.run_id,
                jobs.c.batch_id,
                jobs.c.phase,
                jobs.c.processor,
                jobs.c.status,
                jobs.c.attempt_no,
                jobs.c.queued_at,
                jobs.c.started_at,
                jobs.c.last_error,
            ).where(jobs.c.run_id.in_(ids))
        ).all()
        log_rows = conn.execute(
            sa.select(
                execution_log.c.job_id,
                execution_log.c.status,
                execution_log.c.attempt,
                execution_log.c.error,
                execution_log.c.queued_at,
                execution_log.c.started_at,
                execution_log.c.finished_at,
            )
            .where(execution_log.c.pipeline == pipeline.pipeline)
            .where(execution_log.c.data_date == day)
            .order_by(execution_log.c.finished_at)
        ).all()
        phase_rows = conn.execute(
            sa.select(transitions).where(transitions.c.run_id.in_(ids)).order_by(transitions.c.id)
        ).all()
        done = conn.execute(
            sa.select(completions.c.transition_id, completions.c.job_id, completions.c.finished_at)
            .where(completions.c.transition_id.in_([t.id for t in phase_rows]))
            .where(completions.c.job_id.is_not(None))
        ).all()
        fan_outs = dict(
            conn.execute(
                sa.select(batches.c.parent_job_id, batches.c.id).where(batches.c.run_id.in_(ids))
            ).all()
        )

    critical_jobs = _critical_jobs(phase_rows, done)
    critical_batches = {fan_outs[j] for j in critical_jobs if j in fan_outs}
    by_job = {j.id: j for j in job_rows}
    logged: dict[int, list[Any]] = defaultdict(list)
    for row in log_rows:
        if row.job_id in by_job:
            logged[row.job_id].append(row)

    bars: list[Bar] = []
    children: dict[tuple[int, int, str], list[Any]] = defaultdict(list)
    for job in job_rows:
        if job.batch_id is not None:
            children[(job.run_id, job.batch_id, job.processor)].append(job)
            continue
        attempts = logged.get(job.id, [])
        for i, a in enumerate(attempts):
            last = i == len(attempts) - 1 and job.status in (
                JobStatus.SUCCEEDED.value,
                JobStatus.DEAD.value,
            )
            bars.append(
                Bar(
                    mode=run_modes[job.run_id],
                    phase=job.phase,
                    processor=job.processor,
                    status=a.status,
                    queued_at=a.queued_at,
                    started_at=a.started_at,
                    finished_at=a.finished_at,
                    attempt=a.attempt,
                    job_id=job.id,
                    error=first_line(a.error),
                    critical_path=last and job.id in critical_jobs,
                    last_attempt=last,
                )
            )
        if job.status not in (JobStatus.SUCCEEDED.value, JobStatus.DEAD.value):
            bars.append(
                Bar(
                    mode=run_modes[job.run_id],
                    phase=job.phase,
                    processor=job.processor,
                    status=job.status,
                    queued_at=job.queued_at,
                    started_at=job.started_at if job.status == JobStatus.RUNNING.value else None,
                    finished_at=None,
                    attempt=job.attempt_no if job.status == JobStatus.RUNNING.value else None,
                    job_id=job.id,
                    error=first_line(job.last_error),
                )
            )
    for (run_id, batch_id, processor), members in children.items():
        bars.append(
            _fan_out_bar(
                run_modes[run_id], processor, members, logged, batch_id in critical_batches
            )
        )
    bars.sort(key=lambda b: (b.started_at or b.queued_at or now, b.job_id or 0))

    names = {p.phase: p.name for p in pipeline.phases}
    spans = [
        PhaseSpan(
            mode=run_modes[t.run_id],
            phase=t.phase,
            name=names.get(t.phase, "?"),
            started_at=t.started_at,
            triggered_at=t.triggered_at,
            deadline_at=t.deadline_at,
            trigger_reason=t.trigger_reason,
        )
        for t in phase_rows
    ]
    return Timeline(pipeline.pipeline, day, pipeline.timezone, now, tuple(bars), tuple(spans))


def _critical_jobs(phase_rows: Sequence[Any], done: Sequence[Any]) -> set[int]:
    """Per triggered phase, the job whose completion came last before its trigger."""
    by_transition: dict[int, list[Any]] = defaultdict(list)
    for c in done:
        by_transition[c.transition_id].append(c)
    out = set()
    for t in phase_rows:
        if not t.triggered or t.triggered_at is None:
            continue
        before = [c for c in by_transition.get(t.id, []) if c.finished_at <= t.triggered_at + 1e-6]
        if before:
            # completions at one instant (one batch of a worker): the later job, on every database
            out.add(max(before, key=lambda c: (c.finished_at, c.job_id)).job_id)
    return out


def _fan_out_bar(
    mode: str,
    processor: str,
    members: Sequence[Any],
    logged: Mapping[int, Sequence[Any]],
    critical: bool,
) -> Bar:
    attempts = [a for m in members for a in logged.get(m.id, [])]
    starts = [a.started_at for a in attempts if a.started_at is not None]
    starts += [m.started_at for m in members if m.started_at is not None]
    pending = any(
        m.status not in (JobStatus.SUCCEEDED.value, JobStatus.DEAD.value) for m in members
    )
    ends = [a.finished_at for a in attempts]
    statuses = Counter(m.status for m in members)
    failed = [a for a in attempts if a.status != ExecutionStatus.SUCCEEDED.value]
    if statuses.get(JobStatus.DEAD.value):
        status = ExecutionStatus.DEAD.value
    elif pending:
        status = JobStatus.RUNNING.value
    elif failed:
        status = ExecutionStatus.FAILED.value  # some retried, all settled
    else:
        status = ExecutionStatus.SUCCEEDED.value
    return Bar(
        mode=mode,
        phase=members[0].phase,
        processor=f"{processor} x{len(members)}",
        status=status,
        queued_at=min(m.queued_at for m in members),
        started_at=min(starts) if starts else None,
        finished_at=None if pending or not ends else max(ends),
        error=first_line(failed[-1].error) if failed else None,
        critical_path=critical,
        children=dict(statuses),
    )


def first_line(text: str | None) -> str | None:
    """An error's first line (at most 300 characters): what a page shows of it."""
    if not text:
        return None
    return text.strip().splitlines()[0][:300] if text.strip() else None
