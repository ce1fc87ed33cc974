"""The day's outcome: what a finished run must have produced, not only that it ran.

A run whose last phase triggered has done its work; whether the day *delivered* is the
pipeline's to say. It declares the checks under ``outcome:`` in its file (same shape as a
pre-flight check: a name, modes, params; the code registered with ``@bp.check``), and the
engine asks them in the transaction that finishes the run. A run that misses one is
``complete_degraded`` with the reasons in ``runs.outcome``, so every reader (status, the
CLI's exit code, the monitor) sees one verdict. A late completion of the last phase (a
re-run export) asks them again.

The engine adds two reasons of its own, before the pipeline's: a rebuild is due (the run
was built on something that has changed since: ``rebuild.py``), and, for a run of a mode
that does not wait for the earlier dates it reads, an earlier date not done yet ("built
without …": ``dependencies.built_without``). Either clears when the rebuild runs.
"""

from __future__ import annotations

import json
from datetime import date

import sqlalchemy as sa

from tipoff.engine import dependencies, preflight
from tipoff.engine.fastsql import Sql
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.states import FINISHED_RUN, RunStatus

_FINISH = Sql(
    "UPDATE runs SET status = :status, finished_at = :finished_at, outcome = :outcome "
    "WHERE id = :run_id"
)
_SELECT = Sql(
    "SELECT data_date, mode, params, status, finished_at, pipeline, rebuild_phase, "
    "rebuild_reason FROM runs WHERE id = :run_id"
)


def shortfall(
    conn: sa.Connection,
    pipeline: PipelineDef,
    *,
    run_id: int,
    now: float,
    trigger_source: str = preflight.IN_WORKER_SOURCE,
) -> str | None:
    """Why the run's outcome was missed ("; "-joined, one per failed check), or None."""
    data_date, mode, params, _, _, name, rebuild_phase, rebuild_reason = _SELECT.run(
        conn, {"run_id": run_id}
    ).one()
    if isinstance(params, str):  # SQLite hands JSON and dates back as text
        params = json.loads(params)
    if isinstance(data_date, str):
        data_date = date.fromisoformat(data_date)
    reasons: list[str] = []
    if rebuild_phase is not None:
        reasons.append(f"rebuild due from phase {rebuild_phase}: {rebuild_reason}")
    else:
        without = dependencies.built_without(conn, pipeline, name, data_date, mode)
        if without is not None:
            reasons.append(without)
    verdict = preflight.ask(
        conn,
        pipeline,
        pipeline.outcome_checks(mode),
        data_date=data_date,
        mode=mode,
        phase=pipeline.last_phase(),
        run_params=params or {},
        now=now,
        trigger_source=trigger_source,
    )
    if not verdict.ok:
        reasons.append(verdict.reason)
    return "; ".join(reasons) or None


def finish(
    conn: sa.Connection,
    pipeline: PipelineDef,
    *,
    run_id: int,
    now: float,
    finished_at: float | None = None,
) -> RunStatus:
    """Set the finished run's status from its outcome (complete or complete_degraded)."""
    missed = shortfall(conn, pipeline, run_id=run_id, now=now)
    status = RunStatus.COMPLETE_DEGRADED if missed else RunStatus.COMPLETE
    _FINISH.run(
        conn,
        {
            "run_id": run_id,
            "status": status.value,
            "finished_at": now if finished_at is None else finished_at,
            "outcome": missed,
        },
    )
    return status


def reassess(conn: sa.Connection, pipeline: PipelineDef, *, run_id: int, now: float) -> None:
    """Ask a finished run's outcome again (its last phase ran again); others are left."""
    _, _, _, status, finished_at, *_ = _SELECT.run(conn, {"run_id": run_id}).one()
    if status in FINISHED_RUN:
        finish(conn, pipeline, run_id=run_id, now=now, finished_at=finished_at)
