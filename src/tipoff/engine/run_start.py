"""Starting a run: its row, its params resolved once, and its first phase opened.

Idempotent: the unique key of (pipeline, date, mode) makes a second start (a cron tick,
a manual run, an in-order backfill's wake) find the run the first one made. Apart from
``transitions`` because a run is started from a few entry points, while phases open and
trigger all the time.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine import run_params
from tipoff.engine.pipeline import PipelineDef, ScheduleDef
from tipoff.engine.run_records import Run, load_run
from tipoff.engine.schema import runs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.engine.transitions import open_phase
from tipoff.errors import QueueError


def start_run(
    store: Store,
    pipeline: PipelineDef,
    data_date: date,
    mode: str,
    *,
    now: float,
    trigger_source: str = "run",
    params: Mapping[str, Any] | None = None,
    schedule: ScheduleDef | None = None,
) -> Run:
    """Open the run for (pipeline, date, mode) and its first phase; idempotent."""
    with store.transaction() as conn:
        run, _ = start_run_in(
            store,
            conn,
            pipeline,
            data_date,
            mode,
            now=now,
            trigger_source=trigger_source,
            params=params,
            schedule=schedule,
        )
    return run


def start_run_in(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    data_date: date,
    mode: str,
    *,
    now: float,
    trigger_source: str = "run",
    params: Mapping[str, Any] | None = None,
    schedule: ScheduleDef | None = None,
) -> tuple[Run, bool]:
    """``start_run`` inside the caller's transaction; also says whether the run is new
    (so a caller that refuses afterwards rolls the new run back with its own writes).

    A new run's params are resolved here, once (``params`` given explicitly, else the
    ``schedule``'s, else the pipeline's defaults: see ``run_params``); a run that exists
    keeps the params it was created with.
    """
    if mode not in pipeline.modes:
        raise QueueError(
            f"pipeline {pipeline.pipeline!r} has no mode {mode!r} "
            f"(known: {', '.join(pipeline.modes)})"
        )
    resolved = run_params.resolve(pipeline, data_date, mode, params, schedule=schedule)
    stmt = (
        store.upsert_insert(runs)
        .on_conflict_do_nothing(index_elements=["pipeline", "data_date", "mode"])
        .returning(runs.c.id)
    )
    row = conn.execute(
        stmt,
        {
            "pipeline": pipeline.pipeline,
            "data_date": data_date,
            "mode": mode,
            "correlation_id": uuid.uuid4().hex,
            "trigger_source": trigger_source,
            "status": RunStatus.RUNNING.value,
            "params": resolved.values,
            "param_origins": resolved.origins,
            "started_at": now,
        },
    ).first()
    run = load_run(conn, pipeline.pipeline, data_date, mode)
    if row is not None:
        open_phase(
            store,
            conn,
            pipeline,
            run,
            pipeline.first_phase(),
            now=now,
            trigger_source=trigger_source,
        )
        run = load_run(conn, pipeline.pipeline, data_date, mode)
    return run, row is not None
