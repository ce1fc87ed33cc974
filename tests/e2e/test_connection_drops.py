"""``tipoff run`` and ``tipoff backfill`` on PostgreSQL survive their own connections being
dropped: the server terminates every backend of the command (``pg_terminate_backend`` by its
``application_name``) several times while it runs, and the command still finishes every
date, exit 0, with every job done once and no traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from support.cli import tipoff_env
from support.waiting import wait_for

DATES = 12
RUN_TIMEOUT_S = 240


def _application(url: str) -> str:
    return str(sa.make_url(url).query["application_name"])


def _schema(url: str) -> str:
    return _application(url)  # the fixture names both after the schema


def _complete_runs(server: str, schema: str) -> int:
    with psycopg.connect(server, autocommit=True) as conn:
        try:
            row = conn.execute(
                f'SELECT count(*) FROM "{schema}".runs WHERE status = %s', ("complete",)
            ).fetchone()
        except psycopg.errors.UndefinedTable:
            return 0
    return int(row[0]) if row else 0


def _connections(server: str, application: str) -> int:
    with psycopg.connect(server, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (application,)
        ).fetchone()
    return int(row[0]) if row else 0


def _drop_connections(server: str, application: str) -> int:
    with psycopg.connect(server, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = %s AND pid <> pg_backend_pid()",
            (application,),
        ).fetchall()
    return len(rows)


# The worker loops log what interrupted them, in full; whether a dropped connection should
# cost a job its attempt (and a traceback in the log) is the worker's business, not the
# command's: any other traceback means the command itself fell over.
WORKER_LOOP_EVENTS = ("dispatch_error", "heartbeat_error", "sweep_error")


def _unexpected_tracebacks(log: str) -> list[str]:
    records = re.split(r"\n(?=\d{4}-\d{2}-\d{2}T)", log)
    return [
        r
        for r in records
        if "Traceback" in r and not any(e in r.split("\n", 1)[0] for e in WORKER_LOOP_EVENTS)
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["backfill", "--start", "2025-01-01", "--end", f"2025-01-{DATES:02d}"],
        ["run", "--date", "2025-02-01"],
    ],
    ids=["backfill", "run"],
)
def test_the_command_survives_its_connections_being_dropped(
    postgres_url: str, postgres_server: str, tmp_path: Path, command: list[str]
) -> None:
    application, schema = _application(postgres_url), _schema(postgres_url)
    env = tipoff_env(postgres_url, TIPOFF_WORKER_LEASE_SECONDS="5", PYTHONUNBUFFERED="1")
    log_path = tmp_path / "command.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tipoff", *command, "--pipeline", "example"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=log,
            stdin=subprocess.DEVNULL,
        )
    dropped = 0
    try:
        # Drop everything the command holds at several points of its progress: while it
        # opens its first run, and then after each few completed dates.
        targets: list[Callable[[], bool]] = [
            lambda: _connections(postgres_server, application) > 0,
        ]
        if command[0] == "backfill":
            for done in (2, 5, 8):
                targets.append(lambda done=done: _complete_runs(postgres_server, schema) >= done)
        for target in targets:
            wait_for(lambda t=target: t() or proc.poll() is not None, 120, message="progress")
            if proc.poll() is not None:
                break
            dropped += _drop_connections(postgres_server, application)
        stdout, _ = proc.communicate(timeout=RUN_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = log_path.read_text()
    assert dropped >= 1
    assert _unexpected_tracebacks(stderr) == [], stderr
    assert "error:" not in stderr
    assert proc.returncode == 0, stdout.decode() + stderr
    text = stdout.decode()
    if command[0] == "backfill":
        assert (
            f"backfill: {DATES}/{DATES} dates complete, {DATES * 30} jobs, 0 dead letters" in text
        )
    else:
        assert "run: 2025-02-01 (same_day) complete, 30 jobs, 0 dead letters" in text
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        jobs = conn.execute(
            f'SELECT status, count(*) FROM "{schema}".jobs GROUP BY status'
        ).fetchall()
    expected = DATES * 30 if command[0] == "backfill" else 30
    assert dict(jobs) == {"succeeded": expected}
