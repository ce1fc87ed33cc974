"""Dates that depend on dates: a phase that reads earlier dates waits for them.

A pipeline declares it on a phase (``depends_on_earlier_dates: {phase: P}`` in its file):
phase Q of a date reads what phase P of the earlier dates made (a pipeline's
rolling aggregates read every earlier date's results), so a date built while an earlier
one is blocked or unfinished would be silently wrong. The engine therefore:

- *holds* the trigger that would open phase Q while a run of an earlier date (in the
  declared ``from_modes``) has not finished phase P, with a reason naming that date. It is
  the pre-flight hold (``transitions.trigger``): shown by status, alerted by the monitor,
  asked again by the workers' sweep; a forced trigger goes past it, marked ``bypassed``;
- when phase P of a date completes, in the same transaction (:func:`phase_done`): wakes the
  later dates held on it (their hold is due now, the next sweep asks again) and marks for
  rebuild every later date that had already opened phase Q (forced past its hold, or run
  before this date's run existed): they were built without this date. ``rebuild.py``
  re-runs them.

Runs of the dependency's ``no_wait_modes`` (a same-day run: the day's work comes first) are
not held: they are built at once, and :func:`built_without` names the earlier date they
were built without while it is not done, which makes the finished run ``complete_degraded``
(``outcome.py``); the date's completion marks them for rebuild like the others.

Only runs that exist count: a date nobody ran is not waited for.

*In order* (a backfill that overlaps its dates, ``Orchestrator.run_dates(ahead=N)``): the
runs of one such backfill share a trigger source (:func:`in_order_source`). A later date's
phases before Q (the scrapes and raw loads, which read no other date) run beside the
earlier dates' later phases, but its phase Q also waits until every earlier date of the
same backfill has *stopped*: finished, blocked, or held on something other than this wait
with nothing of it queued or running. So phases Q and after go one date after another, as
in a sequential backfill (whatever they read of earlier dates, declared or not, is there),
and a blocked date stops the later ones where it did before: the rule above still holds
them at phase Q when it is the raw phase that is blocked. The hold's reason starts with
:data:`IN_ORDER`; :func:`wake_in_order` makes those holds due again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tipoff.engine.schema import jobs, runs, transitions
from tipoff.engine.states import PENDING, RunStatus

if TYPE_CHECKING:
    from tipoff.engine.pipeline import DateDependency, PipelineDef
    from tipoff.engine.run_records import Run

WAITS_FOR = "waits for"
BUILT_WITHOUT = "built without"
IN_ORDER = "in order:"  # the start of an in-order hold's reason
_IN_ORDER_SOURCE = "backfill "  # + the backfill's id: the trigger source of its runs


def in_order_source(batch: str) -> str:
    """The trigger source of the runs of one in-order backfill (``batch``: its id)."""
    return f"{_IN_ORDER_SOURCE}{batch}"[:32]


def is_in_order(trigger_source: str) -> bool:
    return trigger_source.startswith(_IN_ORDER_SOURCE)


def waiting_for(conn: sa.Connection, pipeline: PipelineDef, run: Run, phase: int) -> str | None:
    """Why phase ``phase`` of ``run`` may not open yet (an earlier date not done, or, in an
    in-order backfill, not stopped), or None (also for a run of a mode that does not wait)."""
    waits = False
    for dep, same_date in pipeline.date_dependencies(phase, run.mode):
        if not dep.waits(run.mode):
            continue
        waits = waits or not same_date
        why = _not_done(
            conn, pipeline, run.pipeline, run.data_date, run.mode, dep, same_date, WAITS_FOR
        )
        if why is not None:
            return why
    if waits and is_in_order(run.trigger_source):
        return _earlier_in_order(conn, run)
    return None


def holds_in_order(pipeline: PipelineDef, mode: str) -> bool:
    """Whether a ``mode`` run has a phase that waits for earlier dates (where an in-order
    backfill holds it)."""
    return any(
        dep.waits(mode) and not same_date
        for p in pipeline.phases
        for dep, same_date in pipeline.date_dependencies(p.phase, mode)
    )


def _earlier_in_order(conn: sa.Connection, run: Run) -> str | None:
    """The in-order hold's reason while an earlier date of ``run``'s backfill has not
    stopped, else None."""
    r, t = runs.c, transitions.c
    pending = sa.exists().where(jobs.c.run_id == r.id, jobs.c.status.in_(PENDING))
    held = sa.exists().where(
        t.run_id == r.id,
        t.triggered.is_(False),
        t.hold_reason.is_not(None),
        sa.not_(t.hold_reason.startswith(IN_ORDER)),
    )
    row = conn.execute(
        sa.select(r.data_date, r.mode, pending.label("pending"))
        .where(
            r.pipeline == run.pipeline,
            r.trigger_source == run.trigger_source,
            r.mode == run.mode,
            r.data_date < run.data_date,
            sa.or_(
                pending,
                sa.and_(r.status == RunStatus.RUNNING.value, sa.not_(held)),
            ),
        )
        .order_by(r.data_date)
        .limit(1)
    ).first()
    if row is None:
        return None
    doing = "has work queued or running" if row.pending else "is running"
    return (
        f"{IN_ORDER} {WAITS_FOR} earlier date {_day(row.data_date)} ({row.mode}) of the "
        f"backfill to stop: it {doing}"
    )


def wake_in_order(conn: sa.Connection, trigger_source: str, *, now: float) -> int:
    """Make the in-order and date-dependency holds of the backfill's runs due now (the
    workers' sweep, or the backfill itself, asks them again); the number woken."""
    t = transitions.c
    of_backfill = sa.select(runs.c.id).where(runs.c.trigger_source == trigger_source)
    return conn.execute(
        sa.update(transitions)
        .where(
            t.run_id.in_(of_backfill),
            t.triggered.is_(False),
            # a date-dependency hold too: one placed while the date it waited for was
            # finishing, in a transaction that did not see it finish (and that its wake
            # did not see), would otherwise wait out its back-off
            sa.or_(t.hold_reason.startswith(IN_ORDER), t.hold_reason.startswith(WAITS_FOR)),
            t.held_until > now,
        )
        .values(held_until=now)
    ).rowcount


def built_without(
    conn: sa.Connection, pipeline: PipelineDef, name: str, data_date: date, mode: str
) -> str | None:
    """For a run of a mode that does not wait: the earlier date it was built without (one
    not done now, for a phase that reads it), or None."""
    for q in pipeline.phases:
        for dep, same_date in pipeline.date_dependencies(q.phase, mode):
            if dep.waits(mode):
                continue
            why = _not_done(conn, pipeline, name, data_date, mode, dep, same_date, BUILT_WITHOUT)
            if why is not None:
                return why
    return None


def _not_done(
    conn: sa.Connection,
    pipeline: PipelineDef,
    name: str,
    data_date: date,
    mode: str,
    dep: DateDependency,
    same_date: bool,
    prefix: str,
) -> str | None:
    """``prefix`` and the first earlier date's run (or the date's own, ``same_date``) of
    ``dep`` whose phase is not done, or None."""
    t = transitions.c
    upstream = sa.and_(t.run_id == runs.c.id, t.phase == dep.phase)
    rows = conn.execute(
        sa.select(
            runs.c.id,
            runs.c.data_date,
            runs.c.mode,
            runs.c.status,
            t.id.label("tid"),
            t.blocked_reason,
            t.hold_reason,
        )
        .select_from(runs.outerjoin(transitions, upstream))
        .where(
            runs.c.pipeline == name,
            runs.c.data_date == data_date if same_date else runs.c.data_date < data_date,
            runs.c.mode.in_(dep.reads_from(mode)),
            sa.or_(t.id.is_(None), t.triggered.is_(False)),
        )
        .order_by(runs.c.data_date, runs.c.mode)
    ).all()
    if not rows:
        return None
    first = rows[0]
    state = _state(conn, pipeline, first, dep.phase)
    which = "" if same_date else "earlier date "
    reason = f"{prefix} {which}{_day(first.data_date)} ({first.mode}): {state}"
    if len(rows) > 1:
        reason += f"; {len(rows) - 1} more earlier date(s) not done"
    return reason


def _state(conn: sa.Connection, pipeline: PipelineDef, row: Any, phase: int) -> str:
    name = f"phase {phase} ({pipeline.phase(phase).name})"
    if row.tid is None:
        if row.status == RunStatus.BLOCKED.value:
            blocked = conn.execute(
                sa.select(transitions.c.phase, transitions.c.blocked_reason)
                .where(transitions.c.run_id == row.id, transitions.c.blocked_reason.is_not(None))
                .order_by(transitions.c.phase)
            ).first()
            if blocked is not None:
                why = blocked.blocked_reason
                return f"{name} not reached: phase {blocked.phase} is blocked: {why}"
        return f"{name} not reached"
    if row.blocked_reason:
        return f"{name} is blocked: {row.blocked_reason}"
    if row.hold_reason:
        return f"{name} is held: {row.hold_reason}"
    return f"{name} is not finished"


def _day(value: date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def dependents(pipeline: PipelineDef, phase: int, mode: str) -> list[tuple[int, list[str], bool]]:
    """(phase Q, modes of the runs, same date) of the phases that read ``phase`` of a
    ``mode`` run of an earlier date (or of the same date, third item True)."""
    out = []
    for q in pipeline.phases:
        for dep, same_date in (
            (q.depends_on_earlier_dates, False),
            (q.depends_on_same_date, True),
        ):
            if dep is None or dep.phase != phase:
                continue
            modes = [m for m in pipeline.modes if dep.applies_to(m) and mode in dep.reads_from(m)]
            if modes:
                out.append((q.phase, modes, same_date))
    return out


def phase_done(
    conn: sa.Connection, pipeline: PipelineDef, run: Run, phase: int, *, now: float
) -> None:
    """Phase ``phase`` of ``run`` just completed: wake the later dates that wait for it and
    mark for rebuild those that were built without it (same transaction as the trigger)."""
    t = transitions.c
    for q, modes, same_date in dependents(pipeline, phase, run.mode):
        after = t.data_date == run.data_date if same_date else t.data_date > run.data_date
        conn.execute(
            sa.update(transitions)
            .where(
                t.pipeline == run.pipeline,
                after,
                t.mode.in_(modes),
                t.phase == _previous(pipeline.phases, q),
                t.triggered.is_(False),
                t.held_until > now,
            )
            .values(held_until=now)
        )
        opened = sa.exists().where(t.run_id == runs.c.id, t.phase == q)
        mark_rebuild(
            conn,
            sa.and_(
                runs.c.pipeline == run.pipeline,
                runs.c.data_date == run.data_date
                if same_date
                else runs.c.data_date > run.data_date,
                runs.c.mode.in_(modes),
                opened,
            ),
            q,
            f"{run.data_date.isoformat()} ({run.mode}) finished phase {phase} "
            f"({pipeline.phase(phase).name}) after this date had opened phase {q} "
            f"({pipeline.phase(q).name})",
        )


def mark_rebuild(conn: sa.Connection, where: Any, phase: int, reason: str) -> None:
    """Mark the runs matching ``where`` for a rebuild from ``phase`` (or from an earlier
    phase already marked), with the reason; ``rebuild.py`` rebuilds them. Same transaction
    as the change that makes them stale, so the mark is never lost nor made twice."""
    conn.execute(
        sa.update(runs)
        .where(where)
        .values(
            rebuild_phase=sa.case(
                (sa.or_(runs.c.rebuild_phase.is_(None), runs.c.rebuild_phase > phase), phase),
                else_=runs.c.rebuild_phase,
            ),
            rebuild_reason=reason,
            status=RunStatus.RUNNING.value,
            finished_at=None,
        )
    )


def _previous(phases: Sequence[Any], number: int) -> int:
    numbers = [p.phase for p in phases]
    return numbers[numbers.index(number) - 1]
