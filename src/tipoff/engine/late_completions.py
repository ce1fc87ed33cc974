"""Completions that land after their phase triggered, and what was built without them.

A straggler past a quorum trigger, an optional processor retried after its dead letter,
a fan-out lifted by retried children: the policy has nothing left to decide, but what
the later phases (and later dates) built on the phase without them is built again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
import structlog

from tipoff.engine import dependencies, queue
from tipoff.engine.phase_jobs import phase_job_specs
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.run_records import get_run
from tipoff.engine.schema import jobs, runs, transitions
from tipoff.engine.states import CompletionStatus, JobStatus
from tipoff.engine.store import Store
from tipoff.engine.transitions import SELECT_TRANSITION_ID

if TYPE_CHECKING:
    from tipoff.engine.completions import Completed

log = structlog.get_logger("tipoff.engine")

LATE_SOURCE = "late"  # trigger source of the jobs a late upstream completion re-runs


def rerun_downstream(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    completed: Sequence[Completed],
    *,
    now: float,
) -> list[str]:
    """After late successes in a triggered phase, enqueue the next phase's processors
    again if it is declared ``rerun_on_late``; returns the processors enqueued.

    Exactly once per change: the new keys name the late completions (processor, job,
    records), so the same change recorded twice enqueues nothing more, while a new job or
    a new record count (a fan-out whose retried children succeeded) is a new change. The
    re-run's own completions land late in their (triggered) phase in turn, so a chain of
    ``rerun_on_late`` phases catches up phase by phase.
    """
    late = sorted(
        (c for c in completed if c.status is CompletionStatus.SUCCEEDED),
        key=lambda c: (c.processor, c.job_id or 0),
    )
    nxt = pipeline.next_phase(tm["phase"])
    if not late or nxt is None or not pipeline.phase(nxt).rerun_on_late:
        return []
    run = get_run(conn, tm["run_id"])
    target = conn.execute(
        SELECT_TRANSITION_ID,
        {"pipeline": run.pipeline, "data_date": run.data_date, "mode": run.mode, "phase": nxt},
    ).scalar_one_or_none()
    wanted = pipeline.expected(nxt, run.mode)
    if target is None or not wanted:
        return []
    queue.enqueue(
        store,
        conn,
        phase_job_specs(
            pipeline, run, nxt, wanted, target, LATE_SOURCE, key_suffix=_late_key_suffix(late)
        ),
        now=now,
        return_ids=False,
    )
    log.info(
        "late_completion_rerun",
        pipeline=run.pipeline,
        data_date=run.data_date.isoformat(),
        mode=run.mode,
        phase=tm["phase"],
        late=[c.processor for c in late],
        rerun_phase=nxt,
        rerun=[p.name for p in wanted],
    )
    return [p.name for p in wanted]


def rebuild_after_late(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    completed: Sequence[Completed],
    *,
    now: float,
) -> None:
    """After late successes in a triggered phase (an optional processor retried after its
    dead letter, a straggler past a quorum trigger, a fan-out lifted by retried children),
    in the same transaction: what was built on the phase without them is built again.

    - the runs of other dates (or of the same date) that read this phase are marked for
      rebuild, as when the phase completes (``dependencies.phase_done``);
    - if a job of this run's later phases has started (it may have read the phase without
      them) and the next phase is not ``rerun_on_late`` (``rerun_downstream`` does that
      one): the next phase's processors that read a late one (``input_from``) run again
      under fresh keys, their own late success carrying the change on (a raw phase is not
      reloaded as a whole: an old document loaded again over newer rows would undo them);
      with no such reader, the run is marked for rebuild from the next phase (``rebuild``).

    A repair's producer re-run is left out: its retried consumer's completion carries the
    change on (marking here would build the later phases twice).
    """
    late = sorted(
        (c for c in completed if c.status is CompletionStatus.SUCCEEDED and not c.repair),
        key=lambda c: (c.processor, c.job_id or 0),
    )
    if not late:
        return
    run = get_run(conn, tm["run_id"])
    dependencies.phase_done(conn, pipeline, run, tm["phase"], now=now)
    nxt = pipeline.next_phase(tm["phase"])
    if nxt is None or pipeline.phase(nxt).rerun_on_late:
        return
    if not _later_work_started(conn, run.id, tm["phase"]):
        return  # nothing after it has read anything yet: it will read them too
    names = sorted({c.processor for c in late})
    readers = [p for p in pipeline.expected(nxt, run.mode) if p.input_from in names]
    if readers:
        target = conn.execute(
            SELECT_TRANSITION_ID,
            {"pipeline": run.pipeline, "data_date": run.data_date, "mode": run.mode, "phase": nxt},
        ).scalar_one()
        specs = phase_job_specs(
            pipeline, run, nxt, readers, target, LATE_SOURCE, key_suffix=_late_key_suffix(late)
        )
        queue.enqueue(store, conn, specs, now=now, return_ids=False)
        log.info(
            "late_completion_readers", run_id=run.id, late=names, rerun=[p.name for p in readers]
        )
        return
    name = pipeline.phase(tm["phase"]).name
    dependencies.mark_rebuild(
        conn,
        runs.c.id == run.id,
        nxt,
        f"{', '.join(names)} of phase {tm['phase']} ({name}) succeeded after the phase had "
        "triggered",
    )
    log.info("late_completion_rebuild", run_id=run.id, late=names, rebuild_phase=nxt)


def _late_key_suffix(late: Sequence[Completed]) -> str:
    """The re-run's key suffix: it names the late completions (processor, job, records), so
    the same change recorded twice enqueues nothing more."""
    change = ";".join(f"{c.processor}:{c.job_id}:{c.records}" for c in late)
    return f"/late/{hashlib.sha256(change.encode()).hexdigest()[:16]}"


def _later_work_started(conn: sa.Connection, run_id: int, phase: int) -> bool:
    """Whether a job of the run's current build of a phase after ``phase`` has started
    (one still queued for its first attempt has read nothing yet)."""
    t = transitions.c
    current = sa.select(t.id).where(t.run_id == run_id, t.phase > phase).scalar_subquery()
    started = conn.execute(
        sa.select(jobs.c.id)
        .where(
            jobs.c.transition_id.in_(current),
            sa.or_(jobs.c.status != JobStatus.QUEUED.value, jobs.c.attempts > 0),
        )
        .limit(1)
    ).first()
    return started is not None
