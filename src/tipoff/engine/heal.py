"""Self-heal: re-drive a date's stuck work, within bounds, and say what it did.

For each unfinished run of the dates asked for (by default today and tomorrow in the
pipeline's time zone):

- a phase whose critical processors all succeeded but which did not trigger (an optional
  processor missing or dead, the quorum not met) is triggered with reason ``self_heal``;
- expected processors with no live job (never enqueued, lost, dead-lettered) are enqueued
  again, at most ``max_heals`` times per processor and date; past that the processor is
  reported as given up (escalated: the monitor's alert stays until a person acts);
- with ``force``, every remaining phase is pushed through with its dependency checks
  bypassed (reason ``self_heal``, jobs with trigger source ``self_heal``, the transition
  marked ``bypassed``), the last resort when output must be out before a deadline;
- the pipeline's ``self_heal`` policy applies ``force`` by itself to unfinished runs of its
  ``force_modes`` once the date's cut-off (told by the pipeline's code, e.g. the date's
  first event) is less than ``force_before_cutoff_s`` away. Past the cut-off only a phase
  with no live job is forced: one whose work is still running is left to finish (forcing it
  would start the next phase on half its inputs). The monitor asks this every turn
  (``cutoff_only``), so a run is pushed phase by phase as the cut-off arrives, whatever the
  hour of the scheduled self-heal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import phase_jobs, queue, run_records, transitions
from tipoff.engine.clock import Clock
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import jobs, runs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import (
    FINISHED_RUN,
    CompletionStatus,
    JobStatus,
    TriggerReason,
)
from tipoff.engine.store import Store

log = structlog.get_logger("tipoff.heal")

DEFAULT_MAX_HEALS = 3


@dataclass
class HealReport:
    triggered: list[str] = field(default_factory=list)
    requeued: list[str] = field(default_factory=list)
    gave_up: list[str] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # a pre-flight check refused the trigger
    cutoff: list[str] = field(default_factory=list)  # runs forced because their cut-off neared

    @property
    def acted(self) -> bool:
        return bool(self.triggered or self.requeued or self.forced)


def default_dates(pipeline: PipelineDef, now: float) -> list[date]:
    today = datetime.fromtimestamp(now, tz=pipeline.zone).date()
    return [today, today + timedelta(days=1)]


def heal(
    store: Store,
    pipelines: Mapping[str, PipelineDef],
    *,
    clock: Clock,
    dates: Sequence[date] | None = None,
    max_heals: int = DEFAULT_MAX_HEALS,
    force: bool = False,
    cutoff_only: bool = False,
) -> HealReport:
    """Heal the open runs of ``dates``; with ``cutoff_only``, only those past their cut-off."""
    report = HealReport()
    for pipeline in pipelines.values():
        if cutoff_only and not _has_cutoff(pipeline):
            continue
        days = list(dates) if dates else default_dates(pipeline, clock.now())
        with store.read() as conn:
            open_runs = conn.execute(
                sa.select(runs.c.id, runs.c.data_date, runs.c.mode).where(
                    runs.c.pipeline == pipeline.pipeline,
                    runs.c.data_date.in_(days),
                    runs.c.status.not_in(FINISHED_RUN),
                )
            ).all()
        for run_id, day, mode in open_runs:
            label = f"{pipeline.pipeline} {day} {mode}"
            cutoff = None if force else _cutoff_passed(store, pipeline, day, mode, clock.now())
            if cutoff is not None:
                report.cutoff.append(f"{label}: {cutoff}")
            elif cutoff_only:
                continue
            _heal_run(
                store,
                pipeline,
                run_id,
                label,
                clock,
                max_heals,
                force or cutoff is not None,
                report,
                spare_live=cutoff is not None,
            )
    if report.acted or report.gave_up:
        log.warning(
            "self_heal",
            triggered=report.triggered,
            requeued=report.requeued,
            gave_up=report.gave_up,
            forced=report.forced,
            held=report.held,
            cutoff=report.cutoff,
        )
    return report


def _has_cutoff(pipeline: PipelineDef) -> bool:
    return pipeline.self_heal.force_before_cutoff_s is not None and pipeline.cutoff_code is not None


def _cutoff_passed(
    store: Store, pipeline: PipelineDef, day: date, mode: str, now: float
) -> str | None:
    """Why the run must be forced now (its cut-off is near), or None."""
    before, cutoff_of = pipeline.self_heal.force_before_cutoff_s, pipeline.cutoff_code
    if before is None or cutoff_of is None or mode not in pipeline.self_heal.force_modes:
        return None
    with store.read() as conn:
        cutoff = cutoff_of(conn, day)
    if cutoff is None or now < cutoff - before:
        return None
    at = datetime.fromtimestamp(cutoff, tz=pipeline.zone).strftime("%H:%M %Z")
    return (
        f"cut-off {at} is {max(0.0, cutoff - now) / 60:.0f} min away (force "
        f"{before / 60:.0f} min before): remaining phases forced"
    )


def _heal_run(
    store: Store,
    pipeline: PipelineDef,
    run_id: int,
    label: str,
    clock: Clock,
    max_heals: int,
    force: bool,
    report: HealReport,
    *,
    spare_live: bool = False,
) -> None:
    with store.transaction() as conn:
        t_rows = conn.execute(
            sa.select(transitions_table.c.id, transitions_table.c.phase)
            .where(transitions_table.c.run_id == run_id, transitions_table.c.triggered.is_(False))
            .order_by(transitions_table.c.phase)
        ).all()
        for transition_id, phase in t_rows:
            tm = transitions.lock_transition(conn, transition_id)
            done = transitions.completion_states(conn, transition_id)
            criticals_ok = transitions.criticals_done(tm, done)
            where = f"{label} phase {phase}"
            live = set() if criticals_ok else _live_processors(conn, transition_id)
            if force and spare_live and live and not criticals_ok:
                continue  # its work is running: the next turn looks again
            if criticals_ok or force:
                outcome = transitions.trigger(
                    store,
                    conn,
                    pipeline,
                    tm,
                    TriggerReason.SELF_HEAL,
                    now=clock.now(),
                    trigger_source="self_heal",
                    skip_checks=force,
                )
                if outcome.held:
                    report.held.append(f"{where}: {outcome.held}")
                    continue
                (report.forced if force else report.triggered).append(where)
                continue  # the next phase just opened; its own jobs are fresh
            for e in tm["expected"]:
                name = e["name"]
                if done.get(name) == CompletionStatus.SUCCEEDED or name in live:
                    continue
                heals = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(jobs)
                    .where(
                        jobs.c.transition_id == transition_id,
                        jobs.c.processor == name,
                        jobs.c.trigger_source == "self_heal",
                    )
                ).scalar_one()
                if heals >= max_heals:
                    report.gave_up.append(f"{where}: {name} (healed {heals} times)")
                    continue
                _requeue(store, conn, pipeline, tm, run_id, name, heals + 1, clock.now())
                report.requeued.append(f"{where}: {name}")


def _live_processors(conn: sa.Connection, transition_id: int) -> set[str]:
    """Processors of the phase with a job queued, running or waiting to retry."""
    return {
        r.processor
        for r in conn.execute(
            sa.select(jobs.c.processor).where(
                jobs.c.transition_id == transition_id,
                jobs.c.status.in_(
                    [JobStatus.QUEUED.value, JobStatus.RUNNING.value, JobStatus.RETRY.value]
                ),
            )
        )
    }


def _requeue(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: dict[str, Any],
    run_id: int,
    name: str,
    n: int,
    now: float,
) -> None:
    run = run_records.resolved(conn, pipeline, run_records.get_run(conn, run_id))
    specs = phase_jobs.phase_job_specs(
        pipeline,
        run,
        int(tm["phase"]),
        [pipeline.processor(name)],
        int(tm["id"]),
        "self_heal",
        key_suffix=f"/heal/{n}",
    )
    queue.enqueue(store, conn, specs, now=now, return_ids=False)
