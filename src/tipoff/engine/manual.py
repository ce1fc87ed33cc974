"""What a person can do by hand: re-run processors, force a phase, handle dead letters.

Every manual action is recorded as such: jobs it enqueues carry ``trigger_source`` ``manual``
(so the execution log says who started them), and a phase pushed past its policy is marked
triggered with reason ``manual``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine import queue, transitions
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import execution_log, jobs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import JobStatus, TriggerReason
from tipoff.engine.store import Store
from tipoff.errors import QueueError


@dataclass(frozen=True)
class Triggered:
    run_id: int
    phase: int
    forced_previous: bool
    enqueued: list[str]


def trigger_phase(
    store: Store,
    pipeline: PipelineDef,
    day: date,
    mode: str,
    phase: int,
    *,
    now: float,
    processors: Sequence[str] | None = None,
    skip_dependency_check: bool = False,
    reason: TriggerReason = TriggerReason.MANUAL,
) -> Triggered:
    """Run phase ``phase`` of (day, mode) now, or some of its processors again.

    Without ``skip_dependency_check`` the phase must have started (its previous phase
    triggered); with it, the previous phase is marked triggered with ``reason`` first, so
    the phase starts even though its inputs are incomplete (the seeds' force path).
    Processors already run are run again under a fresh key.
    """
    try:
        pipeline.phase(phase)
    except KeyError:
        raise QueueError(f"pipeline {pipeline.pipeline!r} has no phase {phase}") from None
    expected = {p.name for p in pipeline.expected(phase, mode)}
    unknown = sorted(set(processors or ()) - expected)
    if unknown:
        raise QueueError(
            f"phase {phase} in mode {mode} has no processor(s) {', '.join(unknown)} "
            f"(it runs: {', '.join(sorted(expected)) or 'nothing'})"
        )
    wanted = [
        p for p in pipeline.expected(phase, mode) if processors is None or p.name in processors
    ]
    # One transaction: a refusal (raised below) rolls back the run it may have opened.
    with store.transaction() as conn:
        run, new = transitions.start_run_in(
            store, conn, pipeline, day, mode, now=now, trigger_source="manual"
        )
        if new and phase == pipeline.first_phase():
            # opening the run enqueued the whole first phase (as a manual start): a second
            # enqueue under manual keys would run every processor twice
            opened = [p.name for p in pipeline.expected(phase, mode)]
            return Triggered(run.id, phase, False, opened)
        current = _transition(conn, run.id, phase)
        if current is None:
            previous = [p.phase for p in pipeline.phases if p.phase < phase]
            prev = _transition(conn, run.id, previous[-1]) if previous else None
            if prev is None or not skip_dependency_check:
                state = "not started" if prev is None else "not triggered"
                raise QueueError(
                    f"phase {phase} of {day} ({mode}) has not started: phase "
                    f"{previous[-1] if previous else '?'} is {state}; use "
                    "--skip-dependency-check to force it"
                )
            # Push the previous phase past its policy: it opens this one, with its jobs
            # marked as started by hand.
            tm = transitions.lock_transition(conn, prev["id"])
            transitions.trigger(
                store,
                conn,
                pipeline,
                tm,
                reason,
                now=now,
                trigger_source="manual",
                processors=processors,
                skip_checks=True,  # forcing past the dependencies forces past pre-flight too
            )
            return Triggered(run.id, phase, True, [p.name for p in wanted])
        stamp = f"{now:.6f}"
        run = transitions.resolved(conn, pipeline, run)
        specs = transitions.phase_job_specs(
            pipeline, run, phase, wanted, current["id"], "manual", key_suffix=f"/manual/{stamp}"
        )
        queue.enqueue(store, conn, specs, now=now, return_ids=False)
    return Triggered(run.id, phase, False, [p.name for p in wanted])


def _transition(conn: sa.Connection, run_id: int, phase: int) -> Any:
    row = conn.execute(
        sa.select(transitions_table).where(
            transitions_table.c.run_id == run_id, transitions_table.c.phase == phase
        )
    ).first()
    return None if row is None else row._mapping


# -- dead letters ------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadLetter:
    job_id: int
    pipeline: str
    processor: str
    phase: int | None
    mode: str | None
    data_date: date | None
    attempts: int
    finished_at: float | None
    error: str | None


def dead_letters(store: Store, *, limit: int = 100) -> list[DeadLetter]:
    with store.read() as conn:
        rows = conn.execute(
            sa.select(
                jobs.c.id,
                jobs.c.pipeline,
                jobs.c.processor,
                jobs.c.phase,
                jobs.c.mode,
                jobs.c.data_date,
                jobs.c.attempts,
                jobs.c.finished_at,
                jobs.c.last_error,
            )
            .where(sa.text("jobs.status = 'dead'"))
            .order_by(jobs.c.finished_at.desc(), jobs.c.id.desc())
            .limit(limit)
        ).all()
    return [DeadLetter(*r) for r in rows]


def dead_letter_detail(store: Store, job_id: int) -> dict[str, Any]:
    """The dead job with its traceback and every attempt's execution-log row."""
    with store.read() as conn:
        row = conn.execute(sa.select(jobs).where(jobs.c.id == job_id)).first()
        if row is None:
            raise QueueError(f"no job with id {job_id}")
        attempts = conn.execute(
            sa.select(execution_log)
            .where(execution_log.c.job_id == job_id)
            .order_by(execution_log.c.finished_at)
        ).all()
    return {"job": dict(row._mapping), "attempts": [dict(a._mapping) for a in attempts]}


def _check_dead(store: Store, job_ids: Sequence[int]) -> None:
    """QueueError naming every id that is not a dead letter; nothing is changed then."""
    with store.read() as conn:
        found = dict(
            conn.execute(
                sa.select(jobs.c.id, jobs.c.status).where(jobs.c.id.in_(list(job_ids)))
            ).all()
        )
    unknown = [str(i) for i in job_ids if i not in found]
    alive = [f"{i} ({found[i]})" for i in job_ids if i in found and found[i] != JobStatus.DEAD]
    problems = []
    if unknown:
        problems.append(f"no job with id {', '.join(unknown)}")
    if alive:
        problems.append(f"not dead letters: {', '.join(alive)}")
    if problems:
        raise QueueError("; ".join(problems))


def retry_dead(store: Store, job_ids: Sequence[int] | None, *, now: float) -> int:
    """Put dead jobs (all when ``job_ids`` is None) back in the queue with fresh attempts.
    Named ids that are not dead letters are refused, all of them before any is requeued."""
    if job_ids is not None:
        _check_dead(store, job_ids)
    if job_ids is None:
        job_ids = [d.job_id for d in dead_letters(store, limit=1_000_000)]
    return queue.requeue_dead(store, job_ids, now=now) if job_ids else 0


def purge_dead(
    store: Store, job_ids: Sequence[int] | None, *, older_than: float | None = None
) -> int:
    """Delete dead jobs (their execution-log rows stay, as history); named ids that are not
    dead letters are refused before anything is deleted."""
    if job_ids is not None:
        _check_dead(store, job_ids)
    with store.transaction() as conn:
        stmt = sa.delete(jobs).where(jobs.c.status == JobStatus.DEAD.value)
        if job_ids is not None:
            stmt = stmt.where(jobs.c.id.in_(list(job_ids)))
        if older_than is not None:
            stmt = stmt.where(jobs.c.finished_at < older_than)
        return int(conn.execute(stmt).rowcount)
