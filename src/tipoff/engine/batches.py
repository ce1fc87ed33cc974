"""Fan-out batches: one processor's job spawning many child jobs within its phase.

A processor returns ``Result(fan_out=FanOut(children, threshold))`` (a coordinator
fans out one job per item). With the parent's success, in the same
transaction, the batch row and the children are created; the parent's completion for its
phase waits. Each time children finish, the batch is looked at again: once none is
pending, the parent completes for its phase, as succeeded when at least ``threshold`` of
the children succeeded, as dead otherwise (so a critical fan-out below its threshold
blocks the run, visibly). Counts are derived from the children's rows, never kept as
counters, so retries and dead-letter requeues cannot make them drift.

Counts are in items: a child may do several (``Child.items``, e.g. a chunk of them) and
report how many of them it could not (``Result.failed_items``). A dead child fails all its
items; a succeeded one fails those it reported, the rest succeeded.

Locks: batch rows are locked (in id order) before any transition row, everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from tipoff.engine import queue
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.queue import Job
from tipoff.engine.registry import FanOut
from tipoff.engine.schema import batches, jobs
from tipoff.engine.states import CompletionStatus, JobStatus
from tipoff.engine.store import Store
from tipoff.errors import ConfigError


@dataclass(frozen=True)
class Settled:
    """A batch that has just settled: the parent's completion to record for its phase."""

    batch_id: int
    transition_id: int | None
    processor: str
    parent_job_id: int
    status: CompletionStatus
    succeeded: int
    failed: int
    expected: int


@dataclass(frozen=True)
class Progress:
    """Where a batch stands (for status reports)."""

    batch_id: int
    processor: str
    parent_job_id: int
    expected: int
    succeeded: int
    failed: int
    pending: int
    threshold: float
    settled: bool

    @property
    def completion_pct(self) -> float:
        return 100.0 * self.succeeded / self.expected if self.expected else 100.0


def open_batch(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    parent: Job,
    fan_out: FanOut,
    *,
    now: float,
) -> int:
    """Create the batch and enqueue its children (idempotent on the parent job)."""
    if not 0.0 <= fan_out.threshold <= 1.0:
        raise ConfigError(
            f"{parent.processor}: fan-out threshold {fan_out.threshold} is outside 0-1"
        )
    stmt = (
        store.upsert_insert(batches)
        .on_conflict_do_nothing(index_elements=["parent_job_id"])
        .returning(batches.c.id)
    )
    row = conn.execute(
        stmt,
        {
            "parent_job_id": parent.id,
            "transition_id": parent.transition_id,
            "run_id": parent.run_id,
            "processor": parent.processor,
            "expected": sum(max(1, c.items) for c in fan_out.children),
            "threshold": fan_out.threshold,
            "created_at": now,
        },
    ).first()
    if row is None:
        return int(
            conn.execute(
                sa.select(batches.c.id).where(batches.c.parent_job_id == parent.id)
            ).scalar_one()
        )
    batch_id = int(row[0])
    specs = []
    for child in fan_out.children:
        try:
            proc = pipeline.processor(child.processor)
        except KeyError:
            raise ConfigError(
                f"{parent.processor}: fan-out child processor {child.processor!r} is not "
                f"declared in {pipeline.source} (declare it under tasks:)"
            ) from None
        specs.append(
            queue.JobSpec(
                key=f"{parent.key}/{child.part}",
                pipeline=parent.pipeline,
                processor=child.processor,
                phase=parent.phase,
                mode=parent.mode,
                data_date=parent.data_date,
                params={**parent.params, **child.params},
                run_id=parent.run_id,
                batch_id=batch_id,
                max_attempts=pipeline.max_attempts(proc),
                timeout_s=pipeline.timeout_s(proc),
                correlation_id=parent.correlation_id,
                trigger_source="fan_out",
                items=max(1, child.items),
            )
        )
    queue.enqueue(store, conn, specs, now=now, return_ids=False)
    return batch_id


_LOCK_BATCH = sa.select(batches).where(batches.c.id == sa.bindparam("bid")).with_for_update()
_ITEMS = jobs.c["items"]  # not jobs.c.items: that is the column collection's method
_FAILED_OF_SUCCEEDED = sa.case((jobs.c.items_failed > _ITEMS, _ITEMS), else_=jobs.c.items_failed)
_CHILD_COUNTS = (
    sa.select(jobs.c.status, sa.func.sum(_ITEMS), sa.func.sum(_FAILED_OF_SUCCEEDED))
    .where(jobs.c.batch_id == sa.bindparam("bid"))
    .group_by(jobs.c.status)
)


def _item_counts(conn: sa.Connection, batch_id: int) -> tuple[int, int]:
    """(succeeded, failed) items of the batch's children: a dead child's items all
    failed, a succeeded child's items but those it reported failed succeeded."""
    succeeded = failed = 0
    for status, items, not_done in conn.execute(_CHILD_COUNTS, {"bid": batch_id}):
        if status == JobStatus.SUCCEEDED.value:
            succeeded += int(items) - int(not_done)
            failed += int(not_done)
        elif status == JobStatus.DEAD.value:
            failed += int(items)
    return succeeded, failed


def settle(conn: sa.Connection, batch_ids: Iterable[int], *, now: float) -> list[Settled]:
    """Close the batches whose children are all done; returns the parents to complete.

    A batch settles again when children retried after it settled (dead letters put back
    in the queue) have all finished and changed its counts: its row is brought up to date
    and its parent completes once more, with the new count (and status, should the
    threshold now be met), so the phase can go on or the next one re-run (see
    ``late_completions.rerun_downstream``).
    """
    out: list[Settled] = []
    for batch_id in sorted(set(batch_ids)):
        b = conn.execute(_LOCK_BATCH, {"bid": batch_id}).one()._mapping
        succeeded, failed = _item_counts(conn, batch_id)
        if succeeded + failed < b["expected"]:
            continue  # children still queued, running or waiting to retry
        if b["settled_at"] is not None and (b["succeeded"], b["failed"]) == (succeeded, failed):
            continue  # settled already, and nothing changed since
        conn.execute(
            sa.update(batches)
            .where(batches.c.id == batch_id)
            .values(settled_at=now, succeeded=succeeded, failed=failed)
        )
        ok = b["expected"] == 0 or succeeded / b["expected"] >= b["threshold"]
        out.append(
            Settled(
                batch_id=batch_id,
                transition_id=b["transition_id"],
                processor=b["processor"],
                parent_job_id=b["parent_job_id"],
                status=CompletionStatus.SUCCEEDED if ok else CompletionStatus.DEAD,
                succeeded=succeeded,
                failed=failed,
                expected=b["expected"],
            )
        )
    return out


def progress(conn: sa.Connection, run_id: int) -> list[Progress]:
    """Every fan-out of a run, with its children's counts."""
    rows = conn.execute(
        sa.select(batches).where(batches.c.run_id == run_id).order_by(batches.c.id)
    ).all()
    out = []
    for r in rows:
        b = r._mapping
        succeeded, failed = _item_counts(conn, b["id"])
        out.append(
            Progress(
                batch_id=b["id"],
                processor=b["processor"],
                parent_job_id=b["parent_job_id"],
                expected=b["expected"],
                succeeded=succeeded,
                failed=failed,
                pending=b["expected"] - succeeded - failed,
                threshold=b["threshold"],
                settled=b["settled_at"] is not None,
            )
        )
    return out
