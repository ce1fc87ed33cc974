"""A read-only report of one data date: every run, phase and expected processor, and why.

It answers "did today's pipeline complete, and if not, what exactly is it waiting for?"
from four indexed queries (runs, transitions, completions, jobs), so it is cheap enough to
run on every request. Each expected processor of a phase is in one :class:`ProcessorState`;
the expected set comes from the transition's snapshot (what the phase expected when it
started), or from the pipeline definition for phases that have not started yet. Two more
small queries add the processors whose jobs needed retries and the breakers not closed.

:func:`render_text` prints it in the shape operators read::

    Phase 3 (analytics) Completion for 2025-12-29 (same_day):
      - player_game_summary: COMPLETE (12:05:02 PM, 352 records)
      - upcoming_team_game_context: MISSING
      _triggered: FALSE (waiting: 4/5 complete, deadline 12:40:00 PM)

:func:`to_json` gives the same as plain JSON-ready values (times in ISO 8601 with offset).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from tipoff.engine import run_params
from tipoff.engine.batches import Progress
from tipoff.engine.batches import progress as batch_progress
from tipoff.engine.breaker import BreakerSnapshot, BreakerState, all_breakers
from tipoff.engine.dependencies import WAITS_FOR
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import completions, execution_log, jobs, runs, transitions
from tipoff.engine.states import (
    PENDING,
    CompletionStatus,
    ExecutionStatus,
    JobStatus,
    RunStatus,
)
from tipoff.engine.store import Store


class ProcessorState(StrEnum):
    COMPLETE = "COMPLETE"  # succeeded for this phase
    FAILED = "FAILED"  # dead-lettered after its last attempt
    RETRYING = "FAILED/RETRYING"  # failed an attempt; waits for its next one
    RUNNING = "RUNNING"  # a worker holds it now
    QUEUED = "QUEUED"  # waiting for a worker
    MISSING = "MISSING"  # the phase started and expects it, but there is no job or completion
    WAITING = "WAITING"  # its phase has not started yet


@dataclass(frozen=True)
class ProcessorStatus:
    name: str
    critical: bool
    state: ProcessorState
    # COMPLETE/FAILED: when it finished; RUNNING: when the attempt started;
    # RETRYING: when the next attempt may start
    at: datetime | None = None
    attempts: int = 0
    max_attempts: int | None = None
    infra_attempts: int = 0  # attempts lost to infrastructure, not counted in ``attempts``
    records: int | None = None
    error: str | None = None
    job_id: int | None = None
    worker_id: str | None = None
    fan_out: Progress | None = None  # the children of a fan-out processor, when it has any


@dataclass(frozen=True)
class PhaseStatus:
    phase: int
    name: str
    started: bool
    processors: tuple[ProcessorStatus, ...]
    quorum: float
    started_at: datetime | None = None
    deadline_at: datetime | None = None
    triggered: bool = False
    triggered_at: datetime | None = None
    trigger_reason: str | None = None
    blocked_reason: str | None = None
    hold_reason: str | None = None  # a failed pre-flight check of the next phase
    held_until: datetime | None = None
    holds: int = 0
    bypassed: bool = False  # forced past its dependency and pre-flight checks

    @property
    def complete(self) -> int:
        return sum(p.state is ProcessorState.COMPLETE for p in self.processors)

    @property
    def expected(self) -> int:
        return len(self.processors)


@dataclass(frozen=True)
class RunReport:
    run_id: int
    pipeline: str
    data_date: date
    mode: str
    status: RunStatus
    correlation_id: str
    trigger_source: str
    started_at: datetime
    finished_at: datetime | None
    phases: tuple[PhaseStatus, ...]
    jobs: Mapping[str, int]  # job count by JobStatus value
    # the run's resolved params (source, as-of, ...) and where each came from
    params: Mapping[str, Any] = field(default_factory=dict)
    param_origins: Mapping[str, str] | None = None
    generation: int = 0  # times rebuilt (an earlier date it read completed after it)
    rebuild_phase: int | None = None  # a rebuild from this phase is due
    rebuild_reason: str | None = None
    outcome: str | None = None  # complete_degraded: why the declared outcome was missed

    @property
    def blocked(self) -> list[str]:
        return [
            f"phase {p.phase} ({p.name}): {p.blocked_reason}"
            for p in self.phases
            if p.blocked_reason and not p.triggered
        ]

    @property
    def dead_letters(self) -> int:
        return self.jobs.get(JobStatus.DEAD.value, 0)


@dataclass(frozen=True)
class DateStatus:
    pipeline: str
    data_date: date
    timezone: str
    runs: tuple[RunReport, ...]
    retries: tuple[RetriedProcessor, ...] = ()  # processors of these runs that needed retries
    breakers: tuple[BreakerSnapshot, ...] = ()  # circuit breakers not closed now


@dataclass(frozen=True)
class RunListing:
    data_date: date
    mode: str
    status: RunStatus


# -- queries ----------------------------------------------------------------------------


def date_status(
    store: Store, pipeline: PipelineDef, data_date: date, *, mode: str | None = None
) -> DateStatus:
    """Everything about ``data_date`` for ``pipeline`` (one mode, or every mode with a run)."""
    zone = pipeline.zone
    with store.read() as conn:
        query = sa.select(runs).where(
            runs.c.pipeline == pipeline.pipeline, runs.c.data_date == data_date
        )
        if mode is not None:
            query = query.where(runs.c.mode == mode)
        run_rows = [r._mapping for r in conn.execute(query)]
        run_ids = [r["id"] for r in run_rows]
        if not run_ids:
            return DateStatus(pipeline.pipeline, data_date, pipeline.timezone, ())
        transition_rows = [
            t._mapping
            for t in conn.execute(sa.select(transitions).where(transitions.c.run_id.in_(run_ids)))
        ]
        done: dict[int, dict[str, Any]] = {}
        transition_ids = [t["id"] for t in transition_rows]
        if transition_ids:
            for c in conn.execute(
                sa.select(completions).where(completions.c.transition_id.in_(transition_ids))
            ):
                done.setdefault(c.transition_id, {})[c.processor] = c._mapping
        job_rows = [
            j._mapping
            for j in conn.execute(
                sa.select(
                    jobs.c.id,
                    jobs.c.run_id,
                    jobs.c.phase,
                    jobs.c.processor,
                    jobs.c.status,
                    jobs.c.attempts,
                    jobs.c.max_attempts,
                    jobs.c.infra_attempts,
                    jobs.c.run_after,
                    jobs.c.started_at,
                    jobs.c.finished_at,
                    jobs.c.records,
                    jobs.c.last_error,
                    jobs.c.worker_id,
                )
                .where(jobs.c.run_id.in_(run_ids))
                .order_by(jobs.c.id)  # the newest job of a processor is the one shown
            )
        ]
        run_modes = {r["id"]: r["mode"] for r in run_rows}
        retries = retried_processors(conn, data_date, job_rows, run_modes, zone)
        fan_outs = {p.parent_job_id: p for r in run_rows for p in batch_progress(conn, r["id"])}

    order = {m: i for i, m in enumerate(pipeline.modes)}
    reports = []
    for run in sorted(run_rows, key=lambda r: order.get(r["mode"], len(order))):
        run_transitions = {t["phase"]: t for t in transition_rows if t["run_id"] == run["id"]}
        run_jobs = [j for j in job_rows if j["run_id"] == run["id"]]
        by_processor = {(j["phase"], j["processor"]): j for j in run_jobs}
        counts: dict[str, int] = {}
        for j in run_jobs:
            counts[j["status"]] = counts.get(j["status"], 0) + 1
        phases = []
        for phase_def in pipeline.phases:
            t = run_transitions.get(phase_def.phase)
            quorum = pipeline.policy(phase_def.phase).quorum
            if t is None:
                waiting = tuple(
                    ProcessorStatus(p.name, p.critical, ProcessorState.WAITING)
                    for p in pipeline.expected(phase_def.phase, run["mode"])
                )
                phases.append(PhaseStatus(phase_def.phase, phase_def.name, False, waiting, quorum))
                continue
            procs = tuple(
                _processor_status(
                    e["name"],
                    bool(e["critical"]),
                    done.get(t["id"], {}).get(e["name"]),
                    by_processor.get((phase_def.phase, e["name"])),
                    zone,
                    fan_outs,
                )
                for e in t["expected"]
            )
            phases.append(
                PhaseStatus(
                    phase=phase_def.phase,
                    name=phase_def.name,
                    started=True,
                    processors=procs,
                    quorum=quorum,
                    started_at=_dt(t["started_at"], zone),
                    deadline_at=_dt(t["deadline_at"], zone),
                    triggered=bool(t["triggered"]),
                    triggered_at=_dt(t["triggered_at"], zone),
                    trigger_reason=t["trigger_reason"],
                    blocked_reason=t["blocked_reason"],
                    hold_reason=t["hold_reason"],
                    held_until=_dt(t["held_until"], zone),
                    holds=int(t["holds"] or 0),
                    bypassed=bool(t["bypassed"]),
                )
            )
        started_at = _dt(run["started_at"], zone)
        assert started_at is not None
        reports.append(
            RunReport(
                run_id=run["id"],
                pipeline=run["pipeline"],
                data_date=run["data_date"],
                mode=run["mode"],
                status=RunStatus(run["status"]),
                correlation_id=run["correlation_id"],
                trigger_source=run["trigger_source"],
                started_at=started_at,
                finished_at=_dt(run["finished_at"], zone),
                phases=tuple(phases),
                jobs=counts,
                params=dict(run["params"] or {}),
                param_origins=run["param_origins"],
                generation=int(run["generation"] or 0),
                rebuild_phase=run["rebuild_phase"],
                rebuild_reason=run["rebuild_reason"],
                outcome=run["outcome"] if run["status"] == RunStatus.COMPLETE_DEGRADED else None,
            )
        )
    return DateStatus(
        pipeline.pipeline,
        data_date,
        pipeline.timezone,
        tuple(reports),
        retries=retries,
        breakers=not_closed_breakers(store),
    )


def recent_runs(store: Store, pipeline: str, *, limit: int = 5) -> list[RunListing]:
    """The latest runs of a pipeline by data date (for "no run for that date" hints)."""
    with store.read() as conn:
        rows = conn.execute(
            sa.select(runs.c.data_date, runs.c.mode, runs.c.status)
            .where(runs.c.pipeline == pipeline)
            .order_by(runs.c.data_date.desc(), runs.c.id.desc())
            .limit(limit)
        ).all()
    return [RunListing(d, m, RunStatus(s)) for d, m, s in rows]


def _processor_status(
    name: str,
    critical: bool,
    completion: Any,
    job: Any,
    zone: ZoneInfo,
    fan_outs: Mapping[int, Progress] | None = None,
) -> ProcessorStatus:
    common: dict[str, Any] = {}
    if job is not None:
        common = {
            "attempts": job["attempts"],
            "max_attempts": job["max_attempts"],
            "infra_attempts": job["infra_attempts"],
            "job_id": job["id"],
            "fan_out": (fan_outs or {}).get(job["id"]),
        }
    fan_out = common.get("fan_out")
    if fan_out is not None and not fan_out.settled and job["status"] == JobStatus.SUCCEEDED:
        # the parent ran; its phase waits for its children
        return ProcessorStatus(name, critical, ProcessorState.RUNNING, **common)
    rerun_waits = (
        job is not None
        and job["status"] in PENDING
        and (completion is None or completion["job_id"] != job["id"])
    )  # a re-run (trigger, repair, retry) queued after it completed: show the live job
    if (
        not rerun_waits
        and completion is not None
        and completion["status"] == CompletionStatus.SUCCEEDED
    ):
        return ProcessorStatus(
            name,
            critical,
            ProcessorState.COMPLETE,
            at=_dt(completion["finished_at"], zone),
            records=completion["records"],
            **common,
        )
    if job is not None:
        status = JobStatus(job["status"])
        # A pending job wins over a dead completion: the work was re-driven after it died.
        if status is JobStatus.RUNNING:
            return ProcessorStatus(
                name,
                critical,
                ProcessorState.RUNNING,
                at=_dt(job["started_at"], zone),
                worker_id=job["worker_id"],
                **common,
            )
        if status is JobStatus.QUEUED:
            return ProcessorStatus(name, critical, ProcessorState.QUEUED, **common)
        if status is JobStatus.RETRY:
            return ProcessorStatus(
                name,
                critical,
                ProcessorState.RETRYING,
                at=_dt(job["run_after"], zone),
                error=job["last_error"],
                **common,
            )
        if status is JobStatus.SUCCEEDED:
            return ProcessorStatus(
                name,
                critical,
                ProcessorState.COMPLETE,
                at=_dt(job["finished_at"], zone),
                records=job["records"],
                **common,
            )
        return ProcessorStatus(
            name,
            critical,
            ProcessorState.FAILED,
            at=_dt(job["finished_at"], zone),
            error=job["last_error"],
            **common,
        )
    if completion is not None:  # dead completion whose job row is gone
        return ProcessorStatus(
            name, critical, ProcessorState.FAILED, at=_dt(completion["finished_at"], zone)
        )
    return ProcessorStatus(name, critical, ProcessorState.MISSING)


def _dt(ts: float | None, zone: ZoneInfo) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, tz=zone)


# -- rendering --------------------------------------------------------------------------


def render_text(status: DateStatus) -> str:
    """The report as plain text lines (times in the pipeline's time zone)."""
    if not status.runs:
        return f"No run of pipeline {status.pipeline!r} for {status.data_date.isoformat()}."
    blocks = [_render_run(run, status.timezone) for run in status.runs]
    blocks += _render_attention(status)
    return "\n\n".join(blocks)


def _render_run(run: RunReport, timezone: str) -> str:
    day = run.data_date
    lines = [
        f"Run {run.pipeline} {day.isoformat()} ({run.mode}): {run.status.value.upper()}",
        f"  correlation id: {run.correlation_id}",
        f"  started: {_clock(run.started_at, day)}"
        + (f", finished: {_clock(run.finished_at, day)}" if run.finished_at else "")
        + f" ({timezone})",
        "  jobs: " + _job_counts(run.jobs),
    ]
    if run.params:
        lines.append("  params: " + ", ".join(run_params.describe(run.params, run.param_origins)))
    if run.outcome:
        lines.append(f"  outcome missed: {run.outcome}")
    lines.extend(f"  blocked: {b}" for b in run.blocked)
    if run.rebuild_phase is not None:
        lines.append(f"  rebuild due from phase {run.rebuild_phase}: {run.rebuild_reason}")
    elif run.generation:
        lines.append(f"  rebuilt {run.generation} time(s), last: {run.rebuild_reason}")
    for phase in run.phases:
        lines.append("")
        lines.append(
            f"Phase {phase.phase} ({phase.name}) Completion for {day.isoformat()} ({run.mode}):"
        )
        lines.extend(f"  - {_render_processor(p, day)}" for p in phase.processors)
        lines.append(f"  _triggered: {_render_trigger(phase, day)}")
        if phase.blocked_reason and not phase.triggered:
            lines.append(f"  _blocked: {phase.blocked_reason}")
    return "\n".join(lines)


def _job_counts(counts: Mapping[str, int]) -> str:
    total = sum(counts.values())
    parts = [f"{counts[s.value]} {s.value}" for s in JobStatus if counts.get(s.value)]
    return f"{total}" + (f" ({', '.join(parts)})" if parts else "")


def _render_processor(p: ProcessorStatus, day: date) -> str:
    label = p.name if p.critical else f"{p.name} [optional]"
    state = p.state.value
    attempts = f"{p.attempts}/{p.max_attempts}" if p.max_attempts else str(p.attempts)
    # attempts lost to infrastructure are not the processor's: told apart, never counted
    infra = f", {p.infra_attempts} lost to infrastructure" if p.infra_attempts else ""
    if p.state is ProcessorState.COMPLETE:
        records = "" if p.records is None else f", {p.records} record{'s' * (p.records != 1)}"
        detail = f" ({_clock(p.at, day)}{records}{infra})" if p.at else ""
    elif p.state is ProcessorState.FAILED:
        when = f", {_clock(p.at, day)}" if p.at else ""
        detail = f" (dead-lettered after {attempts} attempts{infra}{when})"
    elif p.state is ProcessorState.RETRYING:
        nxt = f", next attempt {_clock(p.at, day)}" if p.at else ""
        tried = f"attempt {attempts} failed{infra}" if p.attempts else infra[2:]
        detail = f" ({tried}{nxt})"
    elif p.state is ProcessorState.RUNNING:
        since = f" since {_clock(p.at, day)}" if p.at else ""
        detail = f" (attempt {attempts}{since}{infra})"
    else:
        detail = ""
    if p.fan_out is not None:
        f = p.fan_out
        detail += (
            f" [fan-out: {f.succeeded}/{f.expected} succeeded, {f.failed} failed, "
            f"{f.pending} pending, {f.completion_pct:.1f}% of {f.threshold:.0%} needed]"
        )
    error = f": {_one_line(p.error)}" if p.error else ""
    return f"{label}: {state}{detail}{error}"


def _render_trigger(phase: PhaseStatus, day: date) -> str:
    if phase.triggered:
        when = f" at {_clock(phase.triggered_at, day)}" if phase.triggered_at else ""
        forced = ", checks bypassed" if phase.bypassed else ""
        return f"TRUE ({phase.trigger_reason}{when}{forced})"
    if not phase.started:
        return "FALSE (phase not started)"
    progress = f"{phase.complete}/{phase.expected} complete"
    if phase.blocked_reason:
        return f"FALSE (blocked: {progress})"
    if phase.hold_reason:
        retry = f", next try {_clock(phase.held_until, day)}" if phase.held_until else ""
        if phase.hold_reason.startswith(WAITS_FOR):
            return f"FALSE (held: {phase.hold_reason}{retry})"
        return (
            f"FALSE (held by pre-flight: {phase.hold_reason}; {phase.holds} failed check(s){retry})"
        )
    deadline = f", deadline {_clock(phase.deadline_at, day)}" if phase.deadline_at else ""
    return f"FALSE (waiting: {progress}, quorum {phase.quorum:.0%}{deadline})"


def _clock(when: datetime | None, day: date) -> str:
    """'12:05:02 PM' on the data date itself, '2025-12-30 12:05:02 AM' on any other day."""
    if when is None:
        return "-"
    text = when.strftime("%I:%M:%S %p").lstrip("0")
    return text if when.date() == day else f"{when.date().isoformat()} {text}"


def _one_line(text: str, limit: int = 160) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


# -- JSON -------------------------------------------------------------------------------


def to_json(status: DateStatus) -> dict[str, Any]:
    """The report as JSON-ready values."""
    return {
        "pipeline": status.pipeline,
        "date": status.data_date.isoformat(),
        "timezone": status.timezone,
        "runs": [_run_json(r) for r in status.runs],
        **_attention_json(status),
    }


def _run_json(run: RunReport) -> dict[str, Any]:
    return {
        "run_id": run.run_id,
        "mode": run.mode,
        "status": run.status.value,
        "correlation_id": run.correlation_id,
        "trigger_source": run.trigger_source,
        "params": dict(run.params),
        "param_origins": None if run.param_origins is None else dict(run.param_origins),
        "started_at": _iso(run.started_at),
        "finished_at": _iso(run.finished_at),
        "jobs": dict(run.jobs),
        "dead_letters": run.dead_letters,
        "outcome": run.outcome,
        "blocked": run.blocked,
        "generation": run.generation,
        "rebuild_phase": run.rebuild_phase,
        "rebuild_reason": run.rebuild_reason,
        "phases": [_phase_json(p) for p in run.phases],
    }


def _phase_json(phase: PhaseStatus) -> dict[str, Any]:
    return {
        "phase": phase.phase,
        "name": phase.name,
        "started": phase.started,
        "started_at": _iso(phase.started_at),
        "deadline_at": _iso(phase.deadline_at),
        "triggered": phase.triggered,
        "triggered_at": _iso(phase.triggered_at),
        "trigger_reason": phase.trigger_reason,
        "blocked_reason": phase.blocked_reason,
        "hold_reason": phase.hold_reason,
        "held_until": _iso(phase.held_until),
        "holds": phase.holds,
        "bypassed": phase.bypassed,
        "quorum": phase.quorum,
        "complete": phase.complete,
        "expected": phase.expected,
        "processors": [_processor_json(p) for p in phase.processors],
    }


def _processor_json(p: ProcessorStatus) -> dict[str, Any]:
    return {
        "name": p.name,
        "critical": p.critical,
        "state": p.state.value,
        "at": _iso(p.at),
        "attempts": p.attempts,
        "max_attempts": p.max_attempts,
        "infra_attempts": p.infra_attempts,
        "records": p.records,
        "error": p.error,
        "job_id": p.job_id,
        "worker_id": p.worker_id,
        "fan_out": None
        if p.fan_out is None
        else {
            "expected": p.fan_out.expected,
            "succeeded": p.fan_out.succeeded,
            "failed": p.fan_out.failed,
            "pending": p.fan_out.pending,
            "completion_pct": round(p.fan_out.completion_pct, 1),
            "threshold": p.fan_out.threshold,
            "settled": p.fan_out.settled,
        },
    }


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat(timespec="seconds")


# -- retries and circuit breakers -----------------------------------------------------------


@dataclass(frozen=True)
class RetriedProcessor:
    """A processor of the date's runs whose jobs failed an attempt and were (or will be) retried."""

    mode: str
    phase: int | None
    processor: str
    jobs: int  # how many of its jobs needed a retry (a fan-out has many)
    attempts: int  # the most attempts one of them has used
    max_attempts: int | None
    statuses: Mapping[str, int]  # those jobs by JobStatus value
    last_error: str | None
    last_failed_at: datetime | None


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
                last_failed_at=_dt(at, zone),
            )
        )
    return tuple(sorted(out, key=lambda p: (p.mode, p.phase or 0, p.processor)))


def not_closed_breakers(store: Store) -> tuple[BreakerSnapshot, ...]:
    """Circuit breakers that are open or half-open (all of them are shared, not per date)."""
    return tuple(b for b in all_breakers(store) if b.state is not BreakerState.CLOSED)


def _breaker_since(b: BreakerSnapshot) -> float | None:
    """When the breaker entered its state: opened, or (half-open) when its trial began."""
    return b.opened_at if b.state is BreakerState.OPEN else b.updated_at


def _render_attention(status: DateStatus) -> list[str]:
    zone = ZoneInfo(status.timezone)
    day = status.data_date
    blocks = []
    if status.retries:
        lines = [f"Retries for {day.isoformat()}:"]
        for p in status.retries:
            attempts = f"{p.attempts}/{p.max_attempts}" if p.max_attempts else str(p.attempts)
            states = ", ".join(f"{n} {s}" for s, n in sorted(p.statuses.items()))
            when = f" at {_clock(p.last_failed_at, day)}" if p.last_failed_at else ""
            error = f"; last error{when}: {_one_line(p.last_error, 100)}" if p.last_error else ""
            lines.append(
                f"  - {p.processor} ({p.mode}, phase {p.phase}): {p.jobs} "
                f"job{'s' * (p.jobs != 1)} retried ({states}), up to {attempts} attempts{error}"
            )
        blocks.append("\n".join(lines))
    if status.breakers:
        lines = ["Circuit breakers not closed:"]
        for b in status.breakers:
            since = _breaker_since(b)
            when = f" since {_clock(_dt(since, zone), day)}" if since is not None else ""
            error = f"; last error: {_one_line(b.last_error, 100)}" if b.last_error else ""
            lines.append(
                f"  - {b.name}: {b.state.value.upper()}{when}, {b.failures} "
                f"failure{'s' * (b.failures != 1)}{error}"
            )
        blocks.append("\n".join(lines))
    return blocks


def _attention_json(status: DateStatus) -> dict[str, Any]:
    zone = ZoneInfo(status.timezone)
    return {
        "retries": [
            {
                "mode": p.mode,
                "phase": p.phase,
                "processor": p.processor,
                "jobs": p.jobs,
                "attempts": p.attempts,
                "max_attempts": p.max_attempts,
                "statuses": dict(p.statuses),
                "last_error": p.last_error,
                "last_failed_at": _iso(p.last_failed_at),
            }
            for p in status.retries
        ],
        "breakers": [
            {
                "name": b.name,
                "state": b.state.value,
                "since": _iso(_dt(_breaker_since(b), zone)),
                "failures": b.failures,
                "last_error": b.last_error,
            }
            for b in status.breakers
        ],
    }
