"""The queries behind a data date's status report: every run, phase and expected processor.

It answers "did today's pipeline complete, and if not, what exactly is it waiting for?"
from four indexed queries (runs, transitions, completions, jobs), so it is cheap enough to
run on every request. Each expected processor of a phase is in one
:class:`~tipoff.engine.status.report.ProcessorStatus`; the expected set comes from the
transition's snapshot (what the phase expected when it started), or from the pipeline
definition for phases that have not started yet. Two more small queries
(:mod:`tipoff.engine.status.attention`) add the processors whose jobs needed retries and
the breakers not closed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from tipoff.engine.batches import Progress
from tipoff.engine.batches import progress as batch_progress
from tipoff.engine.pipeline import PhaseDef, PipelineDef
from tipoff.engine.schema import completions, jobs, runs, transitions
from tipoff.engine.states import PENDING, CompletionStatus, JobStatus, RunStatus
from tipoff.engine.status.attention import not_closed_breakers, retried_processors
from tipoff.engine.status.report import (
    DateStatus,
    FanOutStatus,
    PhaseStatus,
    ProcessorState,
    ProcessorStatus,
    RunReport,
    local_time,
)
from tipoff.engine.store import Store


@dataclass(frozen=True)
class RunListing:
    """A run named in the hint "latest runs" when a date has none."""

    data_date: date
    mode: str
    status: RunStatus


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
            return DateStatus(
                pipeline=pipeline.pipeline, data_date=data_date, timezone=pipeline.timezone, runs=()
            )
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
        fan_outs = {
            p.parent_job_id: _fan_out(p) for r in run_rows for p in batch_progress(conn, r["id"])
        }

    order = {m: i for i, m in enumerate(pipeline.modes)}
    reports = []
    for run in sorted(run_rows, key=lambda r: order.get(r["mode"], len(order))):
        run_transitions = {t["phase"]: t for t in transition_rows if t["run_id"] == run["id"]}
        run_jobs = [j for j in job_rows if j["run_id"] == run["id"]]
        by_processor = {(j["phase"], j["processor"]): j for j in run_jobs}
        counts: dict[str, int] = {}
        for j in run_jobs:
            counts[j["status"]] = counts.get(j["status"], 0) + 1
        phases = [
            _phase_status(
                pipeline,
                phase_def,
                run["mode"],
                run_transitions.get(phase_def.phase),
                done,
                by_processor,
                zone,
                fan_outs,
            )
            for phase_def in pipeline.phases
        ]
        reports.append(
            RunReport(
                run_id=run["id"],
                pipeline=run["pipeline"],
                data_date=run["data_date"],
                mode=run["mode"],
                status=RunStatus(run["status"]),
                correlation_id=run["correlation_id"],
                trigger_source=run["trigger_source"],
                started_at=datetime.fromtimestamp(run["started_at"], tz=zone),
                finished_at=local_time(run["finished_at"], zone),
                jobs=counts,
                dead_letters=counts.get(JobStatus.DEAD.value, 0),
                blocked=[
                    f"phase {p.phase} ({p.name}): {p.blocked_reason}"
                    for p in phases
                    if p.blocked_reason and not p.triggered
                ],
                phases=tuple(phases),
                params=dict(run["params"] or {}),
                param_origins=run["param_origins"],
                generation=int(run["generation"] or 0),
                rebuild_phase=run["rebuild_phase"],
                rebuild_reason=run["rebuild_reason"],
                outcome=run["outcome"] if run["status"] == RunStatus.COMPLETE_DEGRADED else None,
            )
        )
    return DateStatus(
        pipeline=pipeline.pipeline,
        data_date=data_date,
        timezone=pipeline.timezone,
        runs=tuple(reports),
        retries=retries,
        breakers=not_closed_breakers(store, zone),
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


def _phase_status(
    pipeline: PipelineDef,
    phase_def: PhaseDef,
    mode: str,
    t: Any,
    done: Mapping[int, Mapping[str, Any]],
    by_processor: Mapping[tuple[int, str], Any],
    zone: ZoneInfo,
    fan_outs: Mapping[int, FanOutStatus],
) -> PhaseStatus:
    """A phase of a run from its transition row ``t`` (None: the phase has not started, and
    its processors are the ones the pipeline expects in ``mode``)."""
    quorum = pipeline.policy(phase_def.phase).quorum
    if t is None:
        waiting = tuple(
            ProcessorStatus(name=p.name, critical=p.critical, state=ProcessorState.WAITING)
            for p in pipeline.expected(phase_def.phase, mode)
        )
        return PhaseStatus(
            phase=phase_def.phase,
            name=phase_def.name,
            started=False,
            quorum=quorum,
            complete=0,
            expected=len(waiting),
            processors=waiting,
        )
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
    return PhaseStatus(
        phase=phase_def.phase,
        name=phase_def.name,
        started=True,
        quorum=quorum,
        complete=sum(p.state is ProcessorState.COMPLETE for p in procs),
        expected=len(procs),
        processors=procs,
        started_at=local_time(t["started_at"], zone),
        deadline_at=local_time(t["deadline_at"], zone),
        triggered=bool(t["triggered"]),
        triggered_at=local_time(t["triggered_at"], zone),
        trigger_reason=t["trigger_reason"],
        blocked_reason=t["blocked_reason"],
        hold_reason=t["hold_reason"],
        held_until=local_time(t["held_until"], zone),
        holds=int(t["holds"] or 0),
        bypassed=bool(t["bypassed"]),
    )


def _processor_status(
    name: str,
    critical: bool,
    completion: Any,
    job: Any,
    zone: ZoneInfo,
    fan_outs: Mapping[int, FanOutStatus] | None = None,
) -> ProcessorStatus:
    common: dict[str, Any] = {"name": name, "critical": critical}
    if job is not None:
        common |= {
            "attempts": job["attempts"],
            "max_attempts": job["max_attempts"],
            "infra_attempts": job["infra_attempts"],
            "job_id": job["id"],
            "fan_out": (fan_outs or {}).get(job["id"]),
        }
    fan_out = common.get("fan_out")
    if fan_out is not None and not fan_out.settled and job["status"] == JobStatus.SUCCEEDED:
        # the parent ran; its phase waits for its children
        return ProcessorStatus(state=ProcessorState.RUNNING, **common)
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
            state=ProcessorState.COMPLETE,
            at=local_time(completion["finished_at"], zone),
            records=completion["records"],
            **common,
        )
    if job is not None:
        status = JobStatus(job["status"])
        # A pending job wins over a dead completion: the work was re-driven after it died.
        if status is JobStatus.RUNNING:
            return ProcessorStatus(
                state=ProcessorState.RUNNING,
                at=local_time(job["started_at"], zone),
                worker_id=job["worker_id"],
                **common,
            )
        if status is JobStatus.QUEUED:
            return ProcessorStatus(state=ProcessorState.QUEUED, **common)
        if status is JobStatus.RETRY:
            return ProcessorStatus(
                state=ProcessorState.RETRYING,
                at=local_time(job["run_after"], zone),
                error=job["last_error"],
                **common,
            )
        if status is JobStatus.SUCCEEDED:
            return ProcessorStatus(
                state=ProcessorState.COMPLETE,
                at=local_time(job["finished_at"], zone),
                records=job["records"],
                **common,
            )
        return ProcessorStatus(
            state=ProcessorState.FAILED,
            at=local_time(job["finished_at"], zone),
            error=job["last_error"],
            **common,
        )
    if completion is not None:  # dead completion whose job row is gone
        return ProcessorStatus(
            state=ProcessorState.FAILED, at=local_time(completion["finished_at"], zone), **common
        )
    return ProcessorStatus(state=ProcessorState.MISSING, **common)


def _fan_out(p: Progress) -> FanOutStatus:
    return FanOutStatus(
        expected=p.expected,
        succeeded=p.succeeded,
        failed=p.failed,
        pending=p.pending,
        completion_pct=p.completion_pct,
        threshold=p.threshold,
        settled=p.settled,
    )
