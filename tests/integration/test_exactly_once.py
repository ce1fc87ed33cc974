"""Four worker processes race on 2,010 jobs: every trigger and every effect happens once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import (
    EFFECTS_SCHEMA,
    GRID_PHASES,
    effects,
    file_pipeline,
    file_registry,
    grid_processor_names,
)
from support.procs import EngineProcess, engine_processes, worker_args
from support.waiting import wait_for
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.schema import (
    completions,
    execution_log,
    heartbeats,
    jobs,
    runs,
    transitions,
)
from tipoff.engine.states import ExecutionStatus, JobStatus, RunStatus, TriggerReason
from tipoff.engine.store import Store

WORKERS = 4
DATES = [date(2024, 10, 22) + timedelta(days=i) for i in range(67)]


@pytest.mark.slow
def test_four_worker_processes_run_every_job_exactly_once(db_url: str, tmp_path: Path) -> None:
    processors = grid_processor_names()
    total = len(DATES) * len(processors)
    assert total >= 2_000

    store = Store(db_url)
    try:
        orch = Orchestrator(store, file_pipeline("grid"), file_registry(), schemas=[EFFECTS_SCHEMA])
        stop = tmp_path / "stop"
        with engine_processes() as procs:
            for i in range(WORKERS):
                args = worker_args(
                    db_url, "grid", stop_file=stop, concurrency=4, poll_s=0.02, sweep_s=0.5
                )
                procs.append(EngineProcess(args, tmp_path / f"worker{i}.log"))

            # the race is only a race once all four are up (the work takes about a second)
            def all_up() -> bool:
                return db.count(store, heartbeats, heartbeats.c.kind == "worker") == WORKERS

            wait_for(all_up, 60, interval=0.05, message="four worker heartbeats")
            worker_ids = {r["id"] for r in db.rows(store, sa.select(heartbeats.c.id))}
            for d in DATES:
                orch.start_run(d, "backfill")

            def all_complete() -> bool:
                for p in procs:
                    if p.proc.poll() is not None:
                        raise AssertionError(f"a worker exited early\n{p.log_tail()}")
                done = db.count(store, runs, runs.c.status == RunStatus.COMPLETE.value)
                return done == len(DATES)

            def progress() -> str:
                done = db.count(store, jobs, jobs.c.status == JobStatus.SUCCEEDED.value)
                logs = "\n".join(p.log_tail(10) for p in procs)
                return f"all runs to complete ({done}/{total} jobs succeeded)\n{logs}"

            wait_for(all_complete, 150, interval=0.1, message=progress)
            stop.touch()
            for p in procs:
                assert p.wait(30) == 0, p.log_tail()

        # every phase of every date has one transition, triggered once, by its completions
        stmt = sa.select(
            transitions.c.data_date,
            transitions.c.phase,
            transitions.c.triggered,
            transitions.c.trigger_reason,
        )
        rows = db.rows(store, stmt)
        assert len(rows) == len(DATES) * GRID_PHASES
        assert {(r["data_date"], r["phase"]) for r in rows} == {
            (d, p) for d in DATES for p in range(1, GRID_PHASES + 1)
        }
        assert all(r["triggered"] for r in rows)
        assert {r["trigger_reason"] for r in rows} == {TriggerReason.ALL_COMPLETE.value}

        # every job ran once and its effect committed once
        expected = {(d, p): 1 for d in DATES for p in processors}
        assert db.effect_counts(store) == expected
        assert db.count(store, effects) == total
        assert db.count(store, jobs) == total
        assert db.count(store, jobs, jobs.c.status == JobStatus.SUCCEEDED.value) == total
        assert db.count(store, jobs, jobs.c.attempts != 1) == 0
        assert db.count(store, completions) == total
        assert db.count(store, execution_log) == total
        assert (
            db.count(
                store, execution_log, execution_log.c.status == ExecutionStatus.SUCCEEDED.value
            )
            == total
        )
        assert db.count(store, runs, runs.c.status == RunStatus.COMPLETE.value) == len(DATES)
        # each effect was committed by the worker that ran its job, one of the four (how
        # the jobs spread over them is the scheduler's business, not a property to assert)
        committed = sa.select(
            effects.c.worker_id.label("ran"), execution_log.c.worker_id.label("logged")
        ).join(execution_log, execution_log.c.job_id == effects.c.job_id)
        pairs = [(r["ran"], r["logged"]) for r in db.rows(store, committed)]
        assert len(pairs) == total
        assert all(ran == logged for ran, logged in pairs)
        assert {ran for ran, _ in pairs} <= worker_ids
    finally:
        store.dispose()
