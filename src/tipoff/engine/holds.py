"""Holding a transition: why the next phase may not open yet, and the hold with backoff.

A phase that is due may still not open: an earlier date it reads is not done
(``dependencies``), or a pre-flight check fails (``preflight``). Either holds the
transition the same way, for a backoff that spares the checks, and the sweep asks again
when the hold expires. Apart from the trigger itself so the trigger reads as the
exactly-once step it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import dependencies, preflight
from tipoff.engine.fastsql import Sql
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.run_records import Run, get_run
from tipoff.engine.store import Store

log = structlog.get_logger("tipoff.engine")

_HOLD = Sql(
    """
    UPDATE transitions SET held_until = :until, hold_reason = :reason, holds = holds + 1
    WHERE id = :tid AND triggered = FALSE
    """
)
# asked again before its next try (a job of the phase finished meanwhile, e.g. a re-run
# the hold started): the reason is brought up to date, the try is not counted
_HOLD_REASON = Sql(
    """
    UPDATE transitions SET hold_reason = :reason WHERE id = :tid AND triggered = FALSE
    """
)


def hold_reason(
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    nxt: int,
    *,
    now: float,
    trigger_source: str,
) -> tuple[Run | None, str | None, tuple[str, ...]]:
    """Why phase ``nxt`` may not open yet, or None: an earlier date it reads is not done
    (``dependencies``), else a failed pre-flight check (``preflight``); either holds the
    transition the same way. Also the run, when it had to be read to ask, and the names
    of the pre-flight checks that failed."""
    mode = tm["mode"]
    if not pipeline.date_dependencies(nxt, mode) and not pipeline.preflight(nxt, mode):
        return None, None, ()  # the common case: nothing to ask, nothing read
    run = get_run(conn, tm["run_id"])
    waiting = dependencies.waiting_for(conn, pipeline, run, nxt)
    if waiting is not None:
        return run, waiting, ()
    if pipeline.date_dependencies(nxt, mode):  # a mode that does not wait: say so, go on
        without = dependencies.built_without(conn, pipeline, run.pipeline, run.data_date, mode)
        if without is not None:
            log.warning(
                "built_without_earlier_date",
                pipeline=run.pipeline,
                data_date=run.data_date.isoformat(),
                mode=mode,
                phase=nxt,
                reason=without,
            )
    verdict = preflight.run_checks(conn, pipeline, run, nxt, now=now, trigger_source=trigger_source)
    return run, None if verdict.ok else verdict.reason, verdict.failed_checks


def hold(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    run: Run | None,
    nxt: int,
    why: str,
    failed: tuple[str, ...],
    *,
    now: float,
) -> None:
    """Hold the transition for ``why``: a hold still running only has its reason brought up
    to date; otherwise the next try waits a backoff, and the processors the failed checks
    name run again meanwhile (see ``remedy``)."""
    held_until = tm.get("held_until")
    if held_until is not None and now < held_until:
        _HOLD_REASON.run(conn, {"tid": tm["id"], "reason": why})
        return
    wait = preflight.backoff_s(pipeline, tm["phase"], int(tm["holds"] or 0))
    _HOLD.run(conn, {"tid": tm["id"], "until": now + wait, "reason": why})
    if failed and run is not None:
        from tipoff.engine import remedy  # it enqueues through transitions

        remedy.rerun_for_hold(store, conn, pipeline, tm, run, nxt, failed, now=now)
