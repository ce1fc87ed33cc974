"""tipoff trigger as a command: a refusal writes nothing, a first phase starts its run once."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from support.cli import run_tipoff, tipoff_env
from tipoff.engine.schema import jobs, runs
from tipoff.engine.store import Store


def counts(url: str) -> tuple[int, int]:
    store = Store(url)
    try:
        with store.read() as conn:
            return (
                conn.execute(sa.select(sa.func.count()).select_from(runs)).scalar_one(),
                conn.execute(sa.select(sa.func.count()).select_from(jobs)).scalar_one(),
            )
    finally:
        store.dispose()


def test_a_refused_trigger_writes_nothing_and_phase_1_enqueues_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tipoff.db'}"
    env = tipoff_env(url)
    refused = run_tipoff(env, tmp_path, "trigger", "--phase", "3", "--date", "2025-01-06")
    assert refused.returncode == 2, refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert "phase 3 of 2025-01-06 (same_day) has not started" in line
    assert counts(url) == (0, 0)

    started = run_tipoff(env, tmp_path, "trigger", "--phase", "1", "--date", "2025-01-06")
    assert started.returncode == 0, started.stderr
    assert counts(url) == (1, 5)  # the example pipeline's five first-phase processors, once


def test_trigger_warns_when_no_worker_is_alive_and_not_when_one_is(tmp_path: Path) -> None:
    import time

    from tipoff.engine.heartbeats import record_beat

    url = f"sqlite:///{tmp_path / 'tipoff.db'}"
    env = tipoff_env(url)
    alone = run_tipoff(env, tmp_path, "trigger", "--phase", "1", "--date", "2025-01-06")
    assert alone.returncode == 0, alone.stderr
    assert "warning: no worker has sent a heartbeat in the last 120 s" in alone.stderr

    store = Store(url)
    try:
        now = time.time()
        record_beat(store, beat_id="worker:t", kind="worker", now=now, started_at=now)
    finally:
        store.dispose()
    served = run_tipoff(env, tmp_path, "trigger", "--phase", "1", "--date", "2025-01-07")
    assert served.returncode == 0, served.stderr
    assert "no worker" not in served.stderr
