"""PostgreSQL LISTEN/NOTIFY: an idle worker notices another process's jobs at once."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import EFFECTS_SCHEMA, file_pipeline, file_registry
from support.procs import EngineProcess, engine_processes
from support.waiting import wait_for
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.states import JobStatus
from tipoff.engine.store import NOTIFY_CHANNEL, Store
from tipoff.engine.worker import Worker

pytestmark = pytest.mark.postgres

D = "2025-05-06"
IDLE_S = 30.0  # poll and sweep intervals: only a notification can wake the worker sooner


def listening(store: Store) -> bool:
    """True when a connection of this test's schema has run LISTEN (the worker's)."""
    stmt = sa.text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE application_name = current_setting('application_name') AND query = :q"
    )
    with store.read() as conn:
        return bool(conn.execute(stmt, {"q": f"LISTEN {NOTIFY_CHANNEL}"}).scalar_one())


def start_run_elsewhere(url: str, tmp_path: Path) -> None:
    with engine_processes() as procs:
        p = EngineProcess(
            ["start-run", url, "--pipeline", "mini", "--date", D], tmp_path / "start.log"
        )
        procs.append(p)
        assert p.wait(60) == 0, p.log_tail()


def job_succeeded(store: Store) -> bool:
    try:
        return bool(db.job(store, "m_one", date.fromisoformat(D))["status"] == "succeeded")
    except AssertionError:  # not enqueued yet
        return False


def idle_worker(store: Store, *, listen: bool) -> Worker:
    orch = Orchestrator(store, file_pipeline("mini"), file_registry(), schemas=[EFFECTS_SCHEMA])
    return orch.worker(concurrency=2, poll_s=IDLE_S, sweep_s=IDLE_S, listen=listen).start()


def test_notify_wakes_an_idle_worker(pg_store: Store, postgres_url: str, tmp_path: Path) -> None:
    worker = idle_worker(pg_store, listen=True)
    try:
        wait_for(lambda: listening(pg_store), 10, message="the worker to LISTEN")
        start_run_elsewhere(postgres_url, tmp_path)
        committed = time.monotonic()
        wait_for(lambda: job_succeeded(pg_store), 2.0, message="the job to be done")
        assert time.monotonic() - committed < 2.0
        assert db.job(pg_store, "m_one")["status"] == JobStatus.SUCCEEDED.value
    finally:
        worker.stop(grace_s=5)


def test_without_listen_the_idle_worker_does_not_notice(
    pg_store: Store, postgres_url: str, tmp_path: Path
) -> None:
    """The control: the same set-up without LISTEN leaves the job waiting for the poll."""
    worker = idle_worker(pg_store, listen=False)
    try:
        start_run_elsewhere(postgres_url, tmp_path)
        with pytest.raises(AssertionError, match="timed out"):
            wait_for(lambda: job_succeeded(pg_store), 1.0)
        assert db.job(pg_store, "m_one")["status"] == JobStatus.QUEUED.value
    finally:
        worker.stop(grace_s=5)
