"""A held phase re-runs what its failed pre-flight check waits for.

Asking a check again only helps if something changes what it reads. When the data it
misses was skipped by the previous phase (a source document not there yet, so the
scraper skipped it and succeeded), nothing would ever fetch it again and the date would stay
held for good. A check declares ``rerun: [processor, ...]`` (processors of the previous
phase): while it holds the phase, those run again under fresh keys, each after its input's
producer (``input_from``) re-ran with trigger source ``repair``, which fetches afresh
(the loader waits for it, as ``dlq retry`` arranges: see ``manual``). The re-run loader's
completion asks the check again at once.

Bounded: only on the 1st, 2nd, 4th, 8th, ... failed ask of the hold (so a date held for a
week re-fetches a dozen times, not a thousand), and never while a job of the processor
(or its producer) for the run is still queued, running or retrying. A check that names a
``probe:`` also re-runs at once when that probe finds its upstream back after failing
(``rerun_now``, see ``probe``): the hold then ends when the upstream does, not at the next
doubling.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import phase_jobs, queue, run_records, transitions
from tipoff.engine.manual import CONSUMER_HOLD_S, REPAIR_SOURCE
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import jobs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import PENDING
from tipoff.engine.store import Store

log = structlog.get_logger("tipoff.heal")

TRIGGER_SOURCE = "self_heal"


def due(hold_number: int) -> bool:
    """Re-run on the 1st, 2nd, 4th, 8th ... failed ask of a hold."""
    return hold_number > 0 and hold_number & (hold_number - 1) == 0


def rerun_for_hold(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    run: run_records.Run,
    nxt: int,
    failed: Sequence[str],
    *,
    now: float,
    probe: str | None = None,
) -> list[str]:
    """Enqueue the re-runs the failed checks of ``nxt``'s pre-flight declare (in the
    trigger's transaction); returns the processors re-run. With ``probe``, those of the
    checks naming that probe, whatever the hold's number (its upstream is back)."""
    hold = int(tm["holds"] or 0) + (0 if probe else 1)  # this hold, just written
    names = [
        name
        for spec in pipeline.preflight(nxt, run.mode)
        if spec.check in failed and (probe is None or spec.probe == probe)
        for name in spec.rerun
    ]
    if not names or not (probe or due(hold)):
        return []
    phase = int(tm["phase"])
    expected = {p.name: p for p in pipeline.expected(phase, run.mode)}
    resolved = run_records.resolved(conn, pipeline, run)
    done: list[str] = []
    for name in dict.fromkeys(names):
        proc = expected.get(name)
        if proc is None:
            continue  # not run in this mode
        producer = pipeline.processor(proc.input_from) if proc.input_from else None
        if _live(conn, run.id, [name] + ([producer.name] if producer else [])):
            continue  # a re-run (or the first run) is still on its way
        suffix = f"/hold/{tm['id']}/{hold}"
        if probe:  # its own key: the hold's own re-run may have gone under this number
            suffix += f"/probe/{now:.0f}"
        [spec] = phase_jobs.phase_job_specs(
            pipeline, resolved, phase, [proc], int(tm["id"]), TRIGGER_SOURCE, key_suffix=suffix
        )
        specs = [spec]
        if producer is not None:
            producer_phase = pipeline.phase_of(producer.name)
            producer_tid = conn.execute(
                sa.select(transitions_table.c.id).where(
                    transitions_table.c.run_id == run.id,
                    transitions_table.c.phase == producer_phase,
                )
            ).scalar()
            if producer_tid is None:
                continue
            specs = phase_jobs.phase_job_specs(
                pipeline,
                resolved,
                producer_phase,
                [producer],
                int(producer_tid),
                REPAIR_SOURCE,
                key_suffix=suffix,
            )
            # due once the producer's re-run succeeded (manual.requeue_consumers)
            specs.append(dataclasses.replace(spec, run_after=now + CONSUMER_HOLD_S))
        queue.enqueue(store, conn, specs, now=now, return_ids=False)
        done.append(name if producer is None else f"{producer.name} then {name}")
    if done:
        log.warning(
            "held_phase_rerun",
            pipeline=pipeline.pipeline,
            data_date=str(run.data_date),
            mode=run.mode,
            phase=nxt,
            hold=hold,
            rerun=done,
            probe=probe,
        )
    return done


def rerun_now(
    store: Store, pipeline: PipelineDef, transition_id: int, *, probe: str, now: float
) -> list[str]:
    """The probe ``probe`` found the upstream of a held phase back: re-run at once what its
    failed checks naming that probe wait for (unless already on its way)."""
    with store.transaction() as conn:
        tm = transitions.lock_transition(conn, transition_id)
        nxt = pipeline.next_phase(int(tm["phase"]))
        if tm["triggered"] or tm.get("held_until") is None or nxt is None:
            return []
        reason = str(
            conn.execute(
                sa.select(transitions_table.c.hold_reason).where(
                    transitions_table.c.id == transition_id
                )
            ).scalar()
            or ""
        )
        run = run_records.get_run(conn, int(tm["run_id"]))
        failed = [
            spec.check for spec in pipeline.preflight(nxt, run.mode) if f"{spec.check}: " in reason
        ]
        done = rerun_for_hold(store, conn, pipeline, tm, run, nxt, failed, now=now, probe=probe)
    return [f"{run.data_date} {run.mode} phase {nxt}: {d}" for d in done]


def _live(conn: sa.Connection, run_id: int, processors: Sequence[str]) -> bool:
    return (
        conn.execute(
            sa.select(jobs.c.id)
            .where(
                jobs.c.run_id == run_id,
                jobs.c.processor.in_(list(processors)),
                jobs.c.status.in_(PENDING),
            )
            .limit(1)
        ).first()
        is not None
    )
