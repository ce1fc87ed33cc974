"""Proof of life: workers and loops (scheduler, monitor) write a heartbeat row each turn.

The health check and the worker count read them; a row older than a couple of minutes
means the process is gone or stuck.
"""

from __future__ import annotations

import os
import socket
from typing import Any

import sqlalchemy as sa

from tipoff.engine.fastsql import Sql
from tipoff.engine.schema import heartbeats
from tipoff.engine.store import Store

WORKER_STALE_S = 120.0  # a worker silent longer than this is taken for dead

_FRESH_WORKERS = Sql("SELECT COUNT(*) FROM heartbeats WHERE kind = 'worker' AND beat_at >= :since")


def live_workers(conn: sa.Connection, *, now: float, stale_s: float = WORKER_STALE_S) -> int:
    """Workers with a heartbeat within ``stale_s`` seconds of ``now``."""
    (count,) = _FRESH_WORKERS.run(conn, {"since": now - stale_s}).one()
    return int(count)


def record_beat(
    store: Store,
    *,
    beat_id: str,
    kind: str,
    now: float,
    started_at: float,
    info: dict[str, Any] | None = None,
) -> None:
    """Insert or refresh this process's heartbeat row."""
    stmt = store.upsert_insert(heartbeats)
    values = {"beat_at": now, "info": info or {}}
    with store.transaction() as conn:
        conn.execute(
            stmt.on_conflict_do_update(index_elements=["id"], set_=values),
            {
                "id": beat_id,
                "kind": kind,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "started_at": started_at,
                **values,
            },
        )
