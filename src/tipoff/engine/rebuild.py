"""Rebuilds: a later date built without an earlier one is run again once that one is done.

``dependencies.phase_done`` marks the runs to rebuild (``runs.rebuild_phase``, the first
phase that read the earlier date) in the transaction that completed the earlier date. The
workers' sweep then rebuilds each marked run in one transaction: it locks the run, and
waits while any of its jobs from that phase on is still queued or running (old work
settles first) or an earlier date it reads is still not done; otherwise it deletes the
run's transitions and completions from that phase on (and the old build's dead letters
there, superseded), bumps the run's generation (part of
its jobs' keys, so the phases run again under fresh keys), clears the mark and opens the
phase again, its jobs carrying trigger source ``rebuild``. The mark commits with the
repair and is cleared with the rebuild, so each mark is rebuilt exactly once and a crash
on either side leaves one or the other, never neither.

The dependency's phase comes before the rebuilt one (the pipeline file is checked for it),
so a rebuild never re-runs what other later dates wait for: no cascade.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
import structlog

from tipoff.engine import dependencies, preflight, run_records, transitions
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import completions, jobs, runs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import PENDING, JobStatus, RunStatus
from tipoff.engine.store import Store

log = structlog.get_logger("tipoff.engine")

TRIGGER_SOURCE = "rebuild"


def rebuild_due(store: Store, pipelines: Mapping[str, PipelineDef], *, now: float) -> int:
    """Rebuild every marked run that can be (oldest date first); returns how many were."""
    with store.read() as conn:
        due = conn.execute(
            sa.select(runs.c.id, runs.c.pipeline)
            .where(runs.c.rebuild_phase.is_not(None))
            .order_by(runs.c.data_date, runs.c.id)
        ).all()
    rebuilt = 0
    failed: Exception | None = None
    for run_id, name in due:
        pipeline = pipelines.get(name)
        if pipeline is None:
            continue
        try:
            with store.transaction() as conn:
                rebuilt += rebuild_run(store, conn, pipeline, run_id, now=now)
        except Exception as exc:  # a run that cannot be rebuilt must not hold up the others
            log.exception("rebuild_failed", run_id=run_id)
            failed = failed or exc
    if failed is not None:
        raise failed  # the first failure, for the caller's loop to remember
    return rebuilt


def waiting(conn: sa.Connection, pipeline: PipelineDef, run: run_records.Run) -> str | None:
    """Why a run marked for rebuild is not rebuilt yet, or None (not marked, or ready)."""
    if run.rebuild_phase is None:
        return None
    why = dependencies.waiting_for(conn, pipeline, run, run.rebuild_phase)
    return None if why is None else f"phase {run.rebuild_phase}: rebuild {why}"


def rebuild_run(
    store: Store, conn: sa.Connection, pipeline: PipelineDef, run_id: int, *, now: float
) -> bool:
    """Rebuild one marked run from its marked phase, if it can be now (see the module)."""
    phase = conn.execute(
        sa.select(runs.c.rebuild_phase).where(runs.c.id == run_id).with_for_update()
    ).scalar()
    if phase is None:
        return False  # not marked, or someone else rebuilt it first
    pending = conn.execute(
        sa.select(sa.func.count())
        .select_from(jobs)
        .where(jobs.c.run_id == run_id, jobs.c.phase >= phase, jobs.c.status.in_(PENDING))
    ).scalar_one()
    if pending:
        return False
    run = run_records.get_run(conn, run_id)
    if dependencies.waiting_for(conn, pipeline, run, phase) is not None:
        return False
    # The old build's dead letters of these phases are superseded: the phases run again
    # under fresh keys (their attempts stay in the execution log). Left in the queue they
    # would ask a person for nothing, and a retry would complete a phase deleted below.
    superseded = sa.and_(
        jobs.c.run_id == run_id, jobs.c.phase >= phase, jobs.c.status == JobStatus.DEAD.value
    )
    dropped = list(conn.execute(sa.select(jobs.c.id).where(superseded)).scalars())
    if dropped:
        conn.execute(sa.delete(jobs).where(superseded))
        log.info("rebuild_superseded_dead_letters", run_id=run_id, job_ids=dropped)
    t = transitions_table.c
    stale = sa.select(t.id).where(t.run_id == run_id, t.phase >= phase).scalar_subquery()
    conn.execute(sa.delete(completions).where(completions.c.transition_id.in_(stale)))
    conn.execute(sa.delete(transitions_table).where(t.run_id == run_id, t.phase >= phase))
    conn.execute(
        sa.update(runs)
        .where(runs.c.id == run_id)
        .values(
            generation=runs.c.generation + 1,
            rebuild_phase=None,
            status=RunStatus.RUNNING.value,
            finished_at=None,
        )
    )
    _clear_bypass(conn, pipeline, run, phase, now=now)
    transitions.open_phase(
        store,
        conn,
        pipeline,
        run_records.get_run(conn, run_id),
        phase,
        now=now,
        trigger_source=TRIGGER_SOURCE,
    )
    return True


def _clear_bypass(
    conn: sa.Connection, pipeline: PipelineDef, run: run_records.Run, phase: int, *, now: float
) -> None:
    """The phase before was forced past its checks: if they pass now, it no longer counts as
    forced (the rebuilt phase has what it needs); if not, it stays marked."""
    previous = [p.phase for p in pipeline.phases if p.phase < phase][-1]
    t = transitions_table.c
    forced = sa.and_(t.run_id == run.id, t.phase == previous, t.bypassed.is_(True))
    if conn.execute(sa.select(t.id).where(forced)).first() is None:
        return
    verdict = preflight.run_checks(
        conn, pipeline, run, phase, now=now, trigger_source=preflight.IN_WORKER_SOURCE
    )
    if verdict.ok:
        conn.execute(sa.update(transitions_table).where(forced).values(bypassed=False))
