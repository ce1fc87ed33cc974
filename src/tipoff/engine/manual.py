"""What a person can do by hand: re-run processors, force a phase, handle dead letters.

Every manual action is recorded as such: jobs it enqueues carry ``trigger_source`` ``manual``
(so the execution log says who started them), and a phase pushed past its policy is marked
triggered with reason ``manual``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine import phase_jobs, queue, run_records, run_start, transitions
from tipoff.engine.pipeline import PipelineDef, ProcessorDef
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
        run, new = run_start.start_run_in(
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
        run = run_records.resolved(conn, pipeline, run)
        specs = phase_jobs.phase_job_specs(
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


REPAIR_SOURCE = "repair"  # trigger source of a producer re-run for a retried consumer
CONSUMER_HOLD_S = 3600.0  # a retried consumer waits this long at most for its producer


@dataclass(frozen=True)
class Retried:
    """What retrying one dead letter did: requeued it, or re-ran its input's producer first."""

    job_id: int
    processor: str
    data_date: date | None
    mode: str | None
    via: str | None = None  # the producer re-run first (its input is fetched again)
    via_job_id: int | None = None

    def describe(self) -> str:
        where = f" for {self.data_date} ({self.mode})" if self.data_date else ""
        if self.via is None:
            return f"job {self.job_id} ({self.processor}{where}): requeued"
        return (
            f"job {self.job_id} ({self.processor}{where}): its input comes from {self.via}; "
            f"re-running {self.via} under a fresh key (job {self.via_job_id}), then "
            f"{self.processor} again once it succeeds"
        )


def retry_with_inputs(
    store: Store,
    pipelines: Mapping[str, PipelineDef],
    job_ids: Sequence[int] | None,
    *,
    now: float,
) -> list[Retried]:
    """Retry dead letters (all when ``job_ids`` is None). A job whose processor declares
    ``input_from`` gets its producer re-run first under a fresh key (its input may be the
    document that was rejected: retrying on it would die again); the executor requeues it
    when that re-run succeeds (see ``requeue_consumers``). Others are requeued now."""
    if job_ids is not None:
        _check_dead(store, job_ids)
    else:
        job_ids = [d.job_id for d in dead_letters(store, limit=1_000_000)]
    out: list[Retried] = []
    plain: list[int] = []
    for job_id in job_ids:
        with store.transaction() as conn:
            job = conn.execute(sa.select(jobs).where(jobs.c.id == job_id)).one()._mapping
            pipeline = pipelines.get(job["pipeline"])
            producer = _producer(pipeline, job["processor"]) if pipeline else None
            if pipeline is None or producer is None or job["run_id"] is None:
                plain.append(job_id)
                out.append(Retried(job_id, job["processor"], job["data_date"], job["mode"]))
                continue
            run = run_records.resolved(conn, pipeline, run_records.get_run(conn, job["run_id"]))
            phase = pipeline.phase_of(producer.name)
            current = _transition(conn, run.id, phase)
            if current is None:  # never reached: nothing to re-run
                plain.append(job_id)
                out.append(Retried(job_id, job["processor"], job["data_date"], job["mode"]))
                continue
            specs = phase_jobs.phase_job_specs(
                pipeline,
                run,
                phase,
                [producer],
                current["id"],
                REPAIR_SOURCE,
                key_suffix=f"/repair/{job_id}/{now:.6f}",
            )
            [new_id] = queue.enqueue(store, conn, specs, now=now)
            # queued now (the run shows it waiting, not dead), due once the producer's
            # re-run succeeded (requeue_consumers), or after the hold if that never happens
            queue.requeue_dead_in(store, conn, [job_id], now=now + CONSUMER_HOLD_S)
            out.append(
                Retried(
                    job_id, job["processor"], job["data_date"], job["mode"], producer.name, new_id
                )
            )
    if plain:
        queue.requeue_dead(store, plain, now=now)
    return out


def _producer(pipeline: PipelineDef, processor: str) -> ProcessorDef | None:
    try:
        name = pipeline.processor(processor).input_from
    except KeyError:
        return None
    return None if name is None else pipeline.processor(name)


def requeue_consumers(
    store: Store, conn: sa.Connection, pipeline: PipelineDef, job: Any, *, now: float
) -> list[int]:
    """After a repair re-run of ``job``'s processor succeeded: the jobs of its run that
    read its output (``input_from``) and wait for it, or died, are due now (same
    transaction)."""
    readers = [
        p.name for ph in pipeline.phases for p in ph.processors if p.input_from == job.processor
    ]
    if not readers or job.run_id is None:
        return []
    mine = sa.and_(jobs.c.run_id == job.run_id, jobs.c.processor.in_(readers))
    waiting = list(
        conn.execute(
            sa.select(jobs.c.id).where(
                mine, jobs.c.status == JobStatus.QUEUED.value, jobs.c.run_after > now
            )
        ).scalars()
    )
    if waiting:
        conn.execute(sa.update(jobs).where(jobs.c.id.in_(waiting)).values(run_after=now))
        store.mark_enqueued(conn)
    dead = list(
        conn.execute(
            sa.select(jobs.c.id).where(mine, jobs.c.status == JobStatus.DEAD.value)
        ).scalars()
    )
    if dead:
        queue.requeue_dead_in(store, conn, dead, now=now)
    return waiting + dead


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
