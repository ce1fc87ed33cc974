"""A worker process killed mid-job: the lease expires, another process finishes the work.

The victim processor kills its own process with SIGKILL (no cleanup of any kind) either
right after being claimed or inside its ``Result.write``, after inserting its output row and
before the commit. The second worker must recover the job through its lease sweep, and the
pipeline must finish with every output row present exactly once.
"""

from __future__ import annotations

import signal
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import (
    CRASH_IN_WRITE_MARKER,
    CRASH_ON_CLAIM_MARKER,
    EFFECTS_SCHEMA,
    FEED_DOWN_MARKER,
    effects,
    file_pipeline,
    file_registry,
)
from support.procs import EngineProcess, engine_processes, worker_args
from support.waiting import wait_for
from tipoff.engine.manual import retry_dead
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.schema import runs
from tipoff.engine.states import ExecutionStatus, JobStatus, RunStatus
from tipoff.engine.store import Store

D = date(2025, 4, 1)
CRASH_POINTS = {
    # crash point: (marker file, processor that dies, processors committed before the crash)
    "after_claim": (CRASH_ON_CLAIM_MARKER, "c_claim", ["c_first"]),
    "inside_write": (CRASH_IN_WRITE_MARKER, "c_write", ["c_first", "c_claim"]),
}


def worker_settings(tmp_path: Path) -> tuple[Path, Path, dict[str, Any]]:
    """The markers folder, the stop file and the worker process settings: a one-second
    lease and a fast sweep, so a killed worker's job is recovered quickly."""
    marker_dir = tmp_path / "markers"
    marker_dir.mkdir()
    stop = tmp_path / "stop"
    settings = {
        "stop_file": stop,
        "marker_dir": marker_dir,
        "concurrency": 1,
        "lease_s": 1.0,
        "heartbeat_s": 0.1,
        "poll_s": 0.02,
        "sweep_s": 0.1,
    }
    return marker_dir, stop, settings


@pytest.mark.slow
@pytest.mark.parametrize("crash_point", sorted(CRASH_POINTS))
def test_killed_worker_neither_loses_nor_repeats_work(
    db_url: str, tmp_path: Path, crash_point: str
) -> None:
    marker_name, victim, before = CRASH_POINTS[crash_point]
    marker_dir, stop, settings = worker_settings(tmp_path)
    (marker_dir / marker_name).touch()

    store = Store(db_url)
    try:
        orch = Orchestrator(
            store, file_pipeline("crash"), file_registry(), schemas=[EFFECTS_SCHEMA]
        )
        run = orch.start_run(D, "same_day")
        with engine_processes() as procs:
            first = EngineProcess(worker_args(db_url, "crash", **settings), tmp_path / "first.log")
            procs.append(first)
            assert first.wait(60) == -signal.SIGKILL, first.log_tail()
            assert not (marker_dir / marker_name).exists()

            # the state the crash left: earlier phases committed, the victim still "running"
            # under a lease nobody renews, and nothing of its output committed
            job = db.job(store, victim)
            assert (job["status"], job["attempts"]) == (JobStatus.RUNNING.value, 1)
            dead_worker = job["worker_id"]
            assert db.effect_counts(store) == {(D, name): 1 for name in before}
            assert db.run_status(store, run.id) == RunStatus.RUNNING.value

            second = EngineProcess(
                worker_args(db_url, "crash", **settings), tmp_path / "second.log"
            )
            procs.append(second)
            wait_for(
                lambda: db.run_status(store, run.id) == RunStatus.COMPLETE.value,
                60,
                message=lambda: f"the run to complete\n{second.log_tail()}",
            )
            stop.touch()
            assert second.wait(30) == 0, second.log_tail()

        job = db.job(store, victim)
        # the killed attempt was infrastructure's: the processor's attempts are not spent
        assert (job["status"], job["attempts"], job["infra_attempts"], job["attempt_no"]) == (
            JobStatus.SUCCEEDED.value,
            1,
            1,
            2,
        )
        log = db.executions(store, job["id"])
        assert [(r["attempt"], r["status"]) for r in log] == [
            (1, ExecutionStatus.LOST.value),
            (2, ExecutionStatus.SUCCEEDED.value),
        ]
        assert log[0]["worker_id"] == dead_worker
        assert "lease expired" in log[0]["error"]
        assert log[1]["worker_id"] != dead_worker
        # every output row exactly once: the killed attempt's row never committed
        assert db.effect_counts(store) == {
            (D, name): 1 for name in ["c_first", "c_claim", "c_write", "c_last"]
        }
        [row] = db.rows(store, sa.select(effects).where(effects.c.processor == victim))
        assert (row["attempt"], row["job_id"]) == (1, job["id"])
        for other in ("c_first", "c_claim", "c_write", "c_last"):
            if other != victim:
                assert db.job(store, other)["attempts"] == 1
    finally:
        store.dispose()


@pytest.mark.slow
def test_workers_killed_as_often_as_the_job_has_attempts_do_not_spend_them(
    db_url: str, tmp_path: Path
) -> None:
    """c_claim (3 attempts) kills its worker three times in a row: each lost attempt is
    infrastructure's, so a fourth worker still runs it (it used to be dead-lettered)."""
    marker_dir, stop, settings = worker_settings(tmp_path)
    store = Store(db_url)
    try:
        orch = Orchestrator(
            store, file_pipeline("crash"), file_registry(), schemas=[EFFECTS_SCHEMA]
        )
        run = orch.start_run(D, "same_day")
        with engine_processes() as procs:
            for kill in range(1, 4):
                (marker_dir / CRASH_ON_CLAIM_MARKER).touch()
                victim = EngineProcess(
                    worker_args(db_url, "crash", **settings), tmp_path / f"victim{kill}.log"
                )
                procs.append(victim)
                assert victim.wait(60) == -signal.SIGKILL, victim.log_tail()
                job = db.job(store, "c_claim")
                assert (job["status"], job["attempt_no"]) == (JobStatus.RUNNING.value, kill)
            last = EngineProcess(worker_args(db_url, "crash", **settings), tmp_path / "last.log")
            procs.append(last)
            wait_for(
                lambda: db.run_status(store, run.id) == RunStatus.COMPLETE.value,
                60,
                message=lambda: f"the run to complete\n{last.log_tail()}",
            )
            stop.touch()
            assert last.wait(30) == 0, last.log_tail()
        job = db.job(store, "c_claim")
        assert (job["status"], job["attempts"], job["infra_attempts"], job["max_attempts"]) == (
            JobStatus.SUCCEEDED.value,
            1,
            3,
            3,
        )
        log = db.executions(store, job["id"])
        assert [(r["attempt"], r["status"]) for r in log] == [
            (1, ExecutionStatus.LOST.value),
            (2, ExecutionStatus.LOST.value),
            (3, ExecutionStatus.LOST.value),
            (4, ExecutionStatus.SUCCEEDED.value),
        ]
        assert all("not charged" in r["error"] for r in log[:3])
        assert db.effect_counts(store) == {
            (D, name): 1 for name in ["c_first", "c_claim", "c_write", "c_last"]
        }
    finally:
        store.dispose()


@pytest.mark.slow
def test_a_repair_killed_before_its_commit_marks_nothing_and_its_retry_rebuilds_once(
    db_url: str, tmp_path: Path
) -> None:
    """The completion that repairs an earlier date marks the later dates for rebuild in its
    own transaction: killed before the commit, nothing is marked; the job's retry by another
    worker commits the mark, and that worker's sweep rebuilds the later date exactly once."""
    earlier, later = date(2025, 4, 1), date(2025, 4, 2)
    marker_dir, stop, settings = worker_settings(tmp_path)
    store = Store(db_url)
    try:
        orch = Orchestrator(store, file_pipeline("deps"), file_registry(), schemas=[EFFECTS_SCHEMA])
        # the later date first, while the earlier one has no run: built without it
        (built,) = orch.run_dates([later], "backfill", concurrency=2, timeout_s=60)
        assert built.status is RunStatus.COMPLETE
        (marker_dir / CRASH_IN_WRITE_MARKER).touch()
        repaired = orch.start_run(earlier, "backfill")

        def later_run() -> tuple[str, int, int | None]:
            (row,) = db.rows(store, sa.select(runs).where(runs.c.data_date == later))
            return (row["status"], row["generation"], row["rebuild_phase"])

        with engine_processes() as procs:
            first = EngineProcess(worker_args(db_url, "deps", **settings), tmp_path / "first.log")
            procs.append(first)
            assert first.wait(60) == -signal.SIGKILL, first.log_tail()
            assert later_run() == ("complete", 0, None)  # nothing marked

            second = EngineProcess(worker_args(db_url, "deps", **settings), tmp_path / "b.log")
            procs.append(second)
            wait_for(
                lambda: (
                    later_run() == ("complete", 1, None)
                    and db.run_status(store, repaired.id) == "complete"
                ),
                60,
                message=lambda: f"the later date rebuilt once: {later_run()}\n{second.log_tail()}",
            )
            stop.touch()
            assert second.wait(30) == 0, second.log_tail()

        assert db.effect_counts(store) == {
            (earlier, "c_first"): 1,
            (earlier, "c_write"): 1,  # the killed attempt's row was never committed
            (earlier, "m_one"): 1,
            (earlier, "c_last"): 1,
            (later, "c_first"): 1,
            (later, "c_write"): 1,
            (later, "m_one"): 2,  # built without the earlier date, then rebuilt once
            (later, "c_last"): 2,
        }
    finally:
        store.dispose()


@pytest.mark.slow
def test_a_late_success_killed_before_its_commit_marks_nothing_and_its_retry_rebuilds_once(
    db_url: str, tmp_path: Path
) -> None:
    """An optional feed dies and its date completes without it. Retried, its late success
    marks the run for a rebuild of the phases after it in its own transaction: killed
    before the commit, nothing is marked; the job's retry by another worker commits the
    mark, and that worker's sweep rebuilds the date's later phases exactly once."""
    marker_dir, stop, settings = worker_settings(tmp_path)
    (marker_dir / FEED_DOWN_MARKER).touch()
    store = Store(db_url)
    try:
        orch = Orchestrator(
            store,
            file_pipeline("late"),
            file_registry(),
            resources={"marker_dir": str(marker_dir)},
            schemas=[EFFECTS_SCHEMA],
        )
        (built,) = orch.run_dates([D], "backfill", concurrency=2, timeout_s=60)
        assert built.status is RunStatus.COMPLETE  # without the optional feed
        (marker_dir / FEED_DOWN_MARKER).unlink()
        (marker_dir / CRASH_IN_WRITE_MARKER).touch()
        assert retry_dead(store, None, now=time.time()) == 1

        def state() -> tuple[str, int, int | None]:
            (row,) = db.rows(store, sa.select(runs).where(runs.c.data_date == D))
            return (row["status"], row["generation"], row["rebuild_phase"])

        with engine_processes() as procs:
            first = EngineProcess(worker_args(db_url, "late", **settings), tmp_path / "first.log")
            procs.append(first)
            assert first.wait(60) == -signal.SIGKILL, first.log_tail()
            assert state() == ("complete", 0, None)  # nothing marked

            second = EngineProcess(worker_args(db_url, "late", **settings), tmp_path / "b.log")
            procs.append(second)
            wait_for(
                lambda: state() == ("complete", 1, None),
                60,
                message=lambda: f"rebuilt once: {state()}\n{second.log_tail()}",
            )
            stop.touch()
            assert second.wait(30) == 0, second.log_tail()

        assert db.effect_counts(store) == {
            (D, "c_first"): 1,
            (D, "o_feed"): 1,  # the killed attempt's row was never committed
            (D, "m_one"): 2,  # built without the feed, then rebuilt once
            (D, "c_last"): 2,
        }
    finally:
        store.dispose()
