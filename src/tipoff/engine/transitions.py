"""Phase transitions: opening a run's phase, asking its policy, triggering it once.

A *run* is one (pipeline, data date, mode). Starting it opens the first phase: a
*transition* row snapshots the processors the phase expects in that mode, gets a deadline
from history, and the phase's jobs are enqueued. Each processor job that succeeds (or is
dead-lettered) records a *completion* in the same transaction as its output, locks the
transition row, asks the policy, and if the policy says so marks the transition triggered
and opens the next phase, still in that transaction. The unique keys on transitions and
jobs make a second trigger (a cron backup, self-heal, a replayed event) a no-op.

This module is that core: opening, evaluating and triggering phases. Around it, each in
its own module: the run record (``run_records``) and the start of a run (``run_start``), a
phase's jobs and keys (``phase_jobs``), its deadline (``deadlines``), holds before the
next phase opens (``holds``), recording completions (``completions``) and late ones
(``late_completions``), and the sweep of passed deadlines (``deadline_sweep``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine import dependencies, preflight, queue
from tipoff.engine import outcome as run_outcome
from tipoff.engine.deadlines import deadline_span
from tipoff.engine.fastsql import Sql
from tipoff.engine.holds import hold, hold_reason
from tipoff.engine.phase_jobs import phase_job_specs
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.policy import Decision, Expected, decide
from tipoff.engine.run_records import SET_RUN_STATUS, Run, get_run, resolved
from tipoff.engine.schema import transitions
from tipoff.engine.states import CompletionStatus, RunStatus, TriggerReason
from tipoff.engine.store import Store


@dataclass(frozen=True)
class Outcome:
    """What recording a completion changed: the phase triggered, the run finished or blocked."""

    triggered_phase: int | None = None
    reason: TriggerReason | None = None
    run_status: RunStatus | None = None
    blocked: str | None = None
    held: str | None = None  # a pre-flight check of the next phase failed (see preflight)


# -- phases -----------------------------------------------------------------------------


def open_phase(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    run: Run,
    phase: int,
    *,
    now: float,
    trigger_source: str,
    processors: Sequence[str] | None = None,
) -> Outcome:
    """Create phase ``phase``'s transition (idempotent) and enqueue its jobs.

    A phase with nothing to run in this mode triggers at once and opens the next one.
    ``processors`` narrows the enqueued jobs (a manual trigger of some processors).
    """
    run = resolved(conn, pipeline, run)
    expected = pipeline.expected(phase, run.mode)
    snapshot = [{"name": p.name, "critical": p.critical} for p in expected]
    deadline = now + deadline_span(conn, pipeline, run.mode, phase)
    row = conn.execute(
        store.statement("transitions.insert", _build_insert_transition),
        {
            "run_id": run.id,
            "pipeline": run.pipeline,
            "data_date": run.data_date,
            "mode": run.mode,
            "phase": phase,
            "expected": snapshot,
            "started_at": now,
            "deadline_at": deadline,
            "triggered": False,
        },
    ).first()
    if row is None:
        transition_id = conn.execute(
            SELECT_TRANSITION_ID,
            {
                "pipeline": run.pipeline,
                "data_date": run.data_date,
                "mode": run.mode,
                "phase": phase,
            },
        ).scalar_one()
    else:
        transition_id = row[0]
    wanted = [p for p in expected if processors is None or p.name in processors]
    queue.enqueue(
        store,
        conn,
        phase_job_specs(pipeline, run, phase, wanted, transition_id, trigger_source),
        now=now,
        return_ids=False,
    )
    if not expected and row is not None:
        return evaluate(store, conn, pipeline, transition_id, now=now)
    return Outcome()


# -- triggers ---------------------------------------------------------------------------


# Locking the transition row serialises completions of one phase (PostgreSQL): without it
# two processors finishing at once could each miss the other's uncommitted completion, and
# neither would trigger. On SQLite, BEGIN IMMEDIATE already serialises writers.
_LOCK_TRANSITION = Sql(
    """
    SELECT id, run_id, phase, mode, expected, deadline_at, triggered, blocked_reason, holds,
           held_until
    FROM transitions WHERE id = :tid FOR UPDATE
    """
)
SELECT_TRANSITION_ID = sa.select(transitions.c.id).where(
    transitions.c.pipeline == sa.bindparam("pipeline"),
    transitions.c.data_date == sa.bindparam("data_date"),
    transitions.c.mode == sa.bindparam("mode"),
    transitions.c.phase == sa.bindparam("phase"),
)
_MARK_TRIGGERED = Sql(
    """
    UPDATE transitions SET triggered = TRUE, triggered_at = :now, trigger_reason = :reason,
                           blocked_reason = NULL, held_until = NULL, hold_reason = NULL,
                           bypassed = :bypassed
    WHERE id = :tid AND triggered = FALSE
    """
)


def _build_insert_transition(store: Store) -> Any:
    return (
        store.upsert_insert(transitions)
        .on_conflict_do_nothing(index_elements=["pipeline", "data_date", "mode", "phase"])
        .returning(transitions.c.id)
    )


_LOCK_COLUMNS = (
    "id", "run_id", "phase", "mode", "expected", "deadline_at", "triggered", "blocked_reason",
    "holds", "held_until",
)  # fmt: skip
_SELECT_COMPLETIONS = Sql("SELECT processor, status FROM completions WHERE transition_id = :tid")


def lock_transition(conn: sa.Connection, transition_id: int) -> dict[str, Any]:
    row = _LOCK_TRANSITION.run(conn, {"tid": transition_id}).one()
    tm = dict(zip(_LOCK_COLUMNS, row, strict=True))
    if isinstance(tm["expected"], str):  # SQLite hands JSON back as text
        tm["expected"] = json.loads(tm["expected"])
    return tm


def evaluate(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    transition_id: int,
    *,
    now: float,
    trigger_source: str = preflight.IN_WORKER_SOURCE,
) -> Outcome:
    """Ask the policy about one transition; trigger it (and open the next phase) if due."""
    tm = lock_transition(conn, transition_id)
    return evaluate_locked(store, conn, pipeline, tm, now=now, trigger_source=trigger_source)


def evaluate_locked(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Any,
    *,
    now: float,
    trigger_source: str = preflight.IN_WORKER_SOURCE,
) -> Outcome:
    """``evaluate`` for a transition the caller has locked (``lock_transition``)."""
    transition_id = tm["id"]
    if tm["triggered"]:
        return Outcome()
    decision = decide_for(conn, tm, now=now, quorum=pipeline.policy(tm["phase"]).quorum)
    if decision.trigger:
        assert decision.reason is not None
        return trigger(
            store, conn, pipeline, tm, decision.reason, now=now, trigger_source=trigger_source
        )
    if decision.blocked and decision.blocked != tm["blocked_reason"]:
        conn.execute(
            sa.update(transitions)
            .where(transitions.c.id == transition_id)
            .values(blocked_reason=decision.blocked)
        )
        SET_RUN_STATUS.run(
            conn, {"run_id": tm["run_id"], "status": RunStatus.BLOCKED.value, "finished_at": None}
        )
        if dependencies.is_in_order(run_source := get_run(conn, tm["run_id"]).trigger_source):
            dependencies.wake_in_order(conn, run_source, now=now)  # a stopped date
        return Outcome(run_status=RunStatus.BLOCKED, blocked=decision.blocked)
    return Outcome()


def completion_states(conn: sa.Connection, transition_id: int) -> dict[str, str]:
    """processor → completion status recorded for a transition."""
    return {r[0]: r[1] for r in _SELECT_COMPLETIONS.run(conn, {"tid": transition_id})}


def criticals_done(tm: Mapping[str, Any], done: Mapping[str, str]) -> bool:
    """Whether every critical processor of a locked transition (``lock_transition``)
    succeeded, given its completions (``completion_states``)."""
    return all(
        done.get(e["name"]) == CompletionStatus.SUCCEEDED for e in tm["expected"] if e["critical"]
    )


def decide_for(conn: sa.Connection, tm: Any, *, now: float, quorum: float) -> Decision:
    done = completion_states(conn, tm["id"])
    expected = [Expected(e["name"], bool(e["critical"])) for e in tm["expected"]]
    return decide(expected, done, now=now, deadline=tm["deadline_at"], quorum=quorum)


def trigger(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Any,
    reason: TriggerReason,
    *,
    now: float,
    trigger_source: str = preflight.IN_WORKER_SOURCE,
    processors: Sequence[str] | None = None,
    skip_checks: bool = False,
) -> Outcome:
    """Mark the transition triggered (exactly once) and open the next phase or finish the run.

    The next phase's pre-flight checks run first (unless ``skip_checks``); a failure holds
    the transition instead (see ``preflight``).
    """
    if tm["triggered"]:
        return Outcome()  # exactly once: someone else got there first
    nxt = pipeline.next_phase(tm["phase"])
    run: Run | None = None
    if nxt is not None and not skip_checks:
        run, why, failed = hold_reason(
            conn, pipeline, tm, nxt, now=now, trigger_source=trigger_source
        )
        if why is not None:
            hold(store, conn, pipeline, tm, run, nxt, why, failed, now=now)
            return Outcome(held=why)
    result = _MARK_TRIGGERED.run(
        conn, {"tid": tm["id"], "now": now, "reason": reason.value, "bypassed": skip_checks}
    )
    if result.rowcount != 1:
        return Outcome()
    run = run or get_run(conn, tm["run_id"])
    # later dates that read this phase: wake those waiting, rebuild those built without it
    dependencies.phase_done(conn, pipeline, run, tm["phase"], now=now)
    if nxt is None:  # the run is finished: complete, or complete_degraded by its outcome
        finished = run_outcome.finish(conn, pipeline, run_id=run.id, now=now)
        if dependencies.is_in_order(run.trigger_source):  # the next dates may go on
            dependencies.wake_in_order(conn, run.trigger_source, now=now)
        return Outcome(triggered_phase=tm["phase"], reason=reason, run_status=finished)
    if run.status == RunStatus.BLOCKED.value:
        SET_RUN_STATUS.run(
            conn, {"run_id": run.id, "status": RunStatus.RUNNING.value, "finished_at": None}
        )
    following = open_phase(
        store,
        conn,
        pipeline,
        run,
        nxt,
        now=now,
        trigger_source=trigger_source,
        processors=processors,
    )
    return Outcome(
        triggered_phase=tm["phase"],
        reason=reason,
        run_status=following.run_status,
        blocked=following.blocked,
    )


def bypassed_phases(conn: sa.Connection, pipeline: str, data_date: date, mode: str) -> list[int]:
    """Phases of a run triggered past their checks (forced by hand or by self-heal)."""
    rows = conn.execute(
        sa.select(transitions.c.phase)
        .where(
            transitions.c.pipeline == pipeline,
            transitions.c.data_date == data_date,
            transitions.c.mode == mode,
            transitions.c.bypassed.is_(True),
        )
        .order_by(transitions.c.phase)
    )
    return [int(p) for (p,) in rows]
