"""The run record: one row per (pipeline, data date, mode), read and kept up to date.

Every part of the engine that acts on a run (its phases, completions, rebuilds, manual
steps) reads it through here, so the row's columns and the way SQLite hands them back are
in one place. Starting a run opens its first phase, so that is ``run_start``'s job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine import run_params
from tipoff.engine.fastsql import Sql
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import jobs, runs
from tipoff.engine.states import JobStatus


@dataclass(frozen=True)
class Run:
    id: int
    pipeline: str
    data_date: date
    mode: str
    correlation_id: str
    status: str
    trigger_source: str
    # resolved when the run started (e.g. which data source, see run_params); every job of
    # the run sees them, over the processor's own params
    params: dict[str, Any] = field(default_factory=dict)
    # where each param came from; None for a run from before params were resolved
    param_origins: dict[str, str] | None = None
    # how often it was rebuilt (see rebuild.py); part of its phase jobs' keys
    generation: int = 0
    rebuild_phase: int | None = None  # a rebuild from this phase is due (see rebuild.py)
    outcome: str | None = None  # why its declared outcome was missed (see outcome.py)


_RUN_COLUMNS = (
    "id", "pipeline", "data_date", "mode", "correlation_id", "status", "trigger_source", "params",
    "param_origins",
    "generation", "rebuild_phase", "outcome",
)  # fmt: skip
_SELECT_RUN = Sql(f"SELECT {', '.join(_RUN_COLUMNS)} FROM runs WHERE id = :run_id")
SET_RUN_STATUS = Sql(
    "UPDATE runs SET status = :status, finished_at = :finished_at WHERE id = :run_id"
)


def resolved(conn: sa.Connection, pipeline: PipelineDef, run: Run) -> Run:
    """``run`` with its params resolved: a run created before params were resolved (engine
    schema 4 and earlier: no origins) gets them now, once, before more of its jobs are
    enqueued, so its later phases do not run without a source."""
    if run.param_origins is not None:
        return run
    done = run_params.resolve(pipeline, run.data_date, run.mode, run.params)
    conn.execute(
        sa.update(runs)
        .where(runs.c.id == run.id, runs.c.param_origins.is_(None))
        .values(params=done.values, param_origins=done.origins)
    )
    return replace(run, params=done.values, param_origins=done.origins)


def load_run(conn: sa.Connection, pipeline: str, data_date: date, mode: str) -> Run:
    row = conn.execute(
        sa.select(runs).where(
            runs.c.pipeline == pipeline, runs.c.data_date == data_date, runs.c.mode == mode
        )
    ).one()
    return _run_from(row)


def _run_from(row: Any) -> Run:
    m = row._mapping
    return Run(
        id=m["id"],
        pipeline=m["pipeline"],
        data_date=m["data_date"],
        mode=m["mode"],
        correlation_id=m["correlation_id"],
        status=m["status"],
        trigger_source=m["trigger_source"],
        params=dict(m["params"] or {}),
        param_origins=None if m["param_origins"] is None else dict(m["param_origins"]),
        generation=int(m["generation"] or 0),
        rebuild_phase=m["rebuild_phase"],
        outcome=m["outcome"],
    )


def get_run(conn: sa.Connection, run_id: int) -> Run:
    m = dict(zip(_RUN_COLUMNS, _SELECT_RUN.run(conn, {"run_id": run_id}).one(), strict=True))
    if isinstance(m["data_date"], str):  # SQLite hands dates and JSON back as text
        m["data_date"] = date.fromisoformat(m["data_date"])
    for key in ("params", "param_origins"):
        if isinstance(m[key], str):
            m[key] = json.loads(m[key])
    m["params"] = m["params"] or {}
    return Run(**m)


def find_run(conn: sa.Connection, pipeline: str, data_date: date, mode: str) -> Run | None:
    row = conn.execute(
        sa.select(runs).where(
            runs.c.pipeline == pipeline, runs.c.data_date == data_date, runs.c.mode == mode
        )
    ).first()
    return None if row is None else _run_from(row)


def pending_jobs(conn: sa.Connection, run_id: int) -> int:
    return int(
        conn.execute(
            sa.select(sa.func.count())
            .select_from(jobs)
            .where(
                jobs.c.run_id == run_id,
                jobs.c.status.in_(
                    [JobStatus.QUEUED.value, JobStatus.RETRY.value, JobStatus.RUNNING.value]
                ),
            )
        ).scalar_one()
    )
