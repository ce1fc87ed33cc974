"""The query plans of what code asks the database: which index a hot read uses.

``recording`` keeps the statements a block runs (as the driver got them, with their
parameters); ``plan`` asks the database to explain one. PostgreSQL prices sequential scans
out for the question: on a test's near-empty tables a scan is always cheapest, and the plan
is asked for to see which index the query can use, not what three rows cost.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event

from tipoff.engine.store import Store


@contextlib.contextmanager
def recording(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """The SELECT statements run on ``store`` within the block, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", before)


def plan(store: Store, statement: str, parameters: Any) -> str:
    """The plan of ``statement`` as text, one line per step."""
    with store.read() as conn:
        if store.is_postgres:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            explained = conn.exec_driver_sql(f"EXPLAIN {statement}", parameters)
        else:
            explained = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        return "\n".join(str(row[-1]) for row in explained)


def plans_reading(store: Store, table: str, seen: list[tuple[str, Any]]) -> list[str]:
    """The plans of the recorded statements that read ``table``."""
    return [plan(store, s, p) for s, p in seen if f"FROM {table}" in s]
