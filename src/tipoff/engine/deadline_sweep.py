"""The deadline sweep: every open transition whose deadline passed, or whose hold expired,
is asked again.

The worker and the orchestrator run it every turn; it is what turns a phase stuck on a
missing optional processor into a quorum trigger, and what lifts an expired hold.
"""

from __future__ import annotations

import sqlalchemy as sa
import structlog

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import transitions
from tipoff.engine.store import Store
from tipoff.engine.transitions import evaluate
from tipoff.redact import redact_text

log = structlog.get_logger("tipoff.engine")


def sweep_deadlines(store: Store, pipelines: dict[str, PipelineDef], *, now: float) -> int:
    """Evaluate every open transition whose deadline passed (quorum-timeout triggers) or
    whose pre-flight hold expired (the checks are asked again). A held transition waits for
    its hold to expire even past its deadline: the backoff is what spares the checks."""
    t = transitions.c
    with store.read() as conn:
        due = conn.execute(
            sa.select(t.id, t.pipeline)
            .where(
                t.triggered.is_(False),
                sa.or_(
                    sa.and_(t.deadline_at <= now, t.held_until.is_(None)),
                    t.held_until <= now,
                ),
                t.blocked_reason.is_(None),
            )
            .order_by(t.id)
        ).all()
    fired = 0
    failed: list[str] = []
    for transition_id, name in due:
        pipeline = pipelines.get(name)
        if pipeline is None:
            continue
        try:
            with store.transaction() as conn:
                outcome = evaluate(store, conn, pipeline, transition_id, now=now)
        except Exception as exc:
            if isinstance(exc, sa.exc.DBAPIError) and store.is_transient(exc):
                raise  # the database itself: every other transition would fail the same way
            # one transition that cannot be evaluated must not starve the deadlines behind it
            failed.append(_sweep_failure(transition_id, exc))
            continue
        fired += outcome.triggered_phase is not None
    if failed:
        raise SweepIncomplete(
            f"{len(failed)} of {len(due)} due transitions could not be evaluated "
            f"({fired} fired): {failed[0]}"
        )
    return fired


class SweepIncomplete(RuntimeError):
    """Some due transitions raised; every other one was still evaluated."""


def _sweep_failure(transition_id: int, exc: Exception) -> str:
    error = redact_text(str(exc).strip().splitlines()[0] if str(exc).strip() else "")
    what = f"transition {transition_id}: {type(exc).__name__}: {error}".rstrip(": ")
    log.warning("deadline_sweep_error", transition_id=transition_id, error=what)
    return what
