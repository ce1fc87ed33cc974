"""Recording completions: a processor's job finished (or died) for its phase.

Recorded in the transaction of the job's output, under the transition's lock, then the
policy is asked once for all the completions of a commit. Completions landing after the
phase triggered are handed to ``late_completions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from tipoff.engine import outcome as run_outcome
from tipoff.engine.fastsql import Sql
from tipoff.engine.late_completions import rebuild_after_late, rerun_downstream
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.states import CompletionStatus
from tipoff.engine.store import Store
from tipoff.engine.transitions import Outcome, evaluate_locked, lock_transition

_UPSERT_COMPLETION = Sql(
    """
    INSERT INTO completions (transition_id, processor, status, records, job_id, finished_at)
    VALUES (:transition_id, :processor, :status, :records, :job_id, :finished_at)
    ON CONFLICT (transition_id, processor) DO UPDATE SET
        status = excluded.status, records = excluded.records, job_id = excluded.job_id,
        finished_at = excluded.finished_at
    """
)


def record_completion(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    *,
    transition_id: int,
    processor: str,
    status: CompletionStatus,
    job_id: int | None,
    records: int,
    now: float,
) -> Outcome:
    """Record a processor's completion for its phase and act on the policy's decision."""
    return record_completions(
        store,
        conn,
        pipeline,
        transition_id=transition_id,
        completed=[Completed(processor, status, job_id, records)],
        now=now,
    )


@dataclass(frozen=True)
class Completed:
    """One processor's completion, as recorded against its phase."""

    processor: str
    status: CompletionStatus
    job_id: int | None
    records: int
    # a producer re-run for a retried dead consumer (``manual.retry_with_inputs``): what it
    # changes reaches the later phases through that consumer's own completion
    repair: bool = False


def record_completions(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    *,
    transition_id: int,
    completed: Sequence[Completed],
    now: float,
) -> Outcome:
    """Record several completions of one phase at once, then ask the policy once.

    Completions landing after the phase triggered are *late*: the policy has nothing left
    to decide, but a next phase declared ``rerun_on_late`` runs again (see
    ``rerun_downstream``), and otherwise the run is rebuilt from the next phase (see
    ``rebuild_after_late``).
    """
    tm = lock_transition(conn, transition_id)
    _UPSERT_COMPLETION.run_many(
        conn,
        [
            {
                "transition_id": transition_id,
                "processor": c.processor,
                "status": c.status.value,
                "records": c.records,
                "job_id": c.job_id,
                "finished_at": now,
            }
            for c in completed
        ],
    )
    if tm["triggered"]:
        rerun_downstream(store, conn, pipeline, tm, completed, now=now)
        rebuild_after_late(store, conn, pipeline, tm, completed, now=now)
        if tm["phase"] == pipeline.last_phase() and any(
            c.status is CompletionStatus.SUCCEEDED for c in completed
        ):  # the last phase ran again: has the day's outcome changed?
            run_outcome.reassess(conn, pipeline, run_id=tm["run_id"], now=now)
        return Outcome()
    return evaluate_locked(store, conn, pipeline, tm, now=now)
