"""Hand-written SQL for the few statements on the job hot path.

SQLAlchemy Core compiles and caches statements, but still spends tens of microseconds per
execution on cache keys, events and result metadata; a job's commit runs five statements,
so on the hot path we pass portable SQL straight to the DBAPI cursor of the connection
that SQLAlchemy's transaction holds (same transaction, same commit). The SQL here is
the common dialect of SQLite and PostgreSQL (``ON CONFLICT``, ``RETURNING``); only the
parameter style differs (``:name`` for sqlite3, ``%(name)s`` for psycopg) and
``FOR UPDATE`` is dropped on SQLite, where ``BEGIN IMMEDIATE`` already serialises writers.
Parameters must be driver-ready: dates as ISO strings (``Store.date_param``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

_NAMED = re.compile(r"(?<![:\w]):(\w+)")


class Sql:
    """One statement, rendered once per dialect."""

    def __init__(self, text: str) -> None:
        self.text = " ".join(text.split())
        self._rendered: dict[str, str] = {}

    def render(self, dialect: str) -> str:
        sql = self._rendered.get(dialect)
        if sql is None:
            sql = self.text
            if dialect == "postgresql":
                sql = _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))
            else:
                sql = sql.replace(" FOR UPDATE SKIP LOCKED", "").replace(" FOR UPDATE", "")
            self._rendered[dialect] = sql
        return sql

    def run(self, conn: sa.Connection, params: dict[str, Any]) -> RawResult:
        """Execute on the transaction's own DBAPI connection (inside SQLAlchemy's transaction)."""
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(self.render(conn.dialect.name), params)
            rows = list(cursor.fetchall()) if cursor.description else []
            return RawResult(cursor.rowcount, rows)
        finally:
            cursor.close()

    def run_many(
        self, conn: sa.Connection, params: Sequence[dict[str, Any]], *, returning: bool = False
    ) -> list[tuple[Any, ...]]:
        """Execute once per parameter set; on PostgreSQL in one pipelined round trip.

        With ``returning``, the rows every execution returned, in order.
        """
        if not params:
            return []
        dialect = conn.dialect.name
        sql = self.render(dialect)
        cursor: Any = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        rows: list[tuple[Any, ...]] = []
        try:
            if dialect == "postgresql":
                cursor.executemany(sql, params, returning=returning)
                if returning:
                    while True:
                        rows.extend(cursor.fetchall())
                        if not cursor.nextset():
                            break
            elif returning:  # sqlite3's executemany refuses statements that return rows
                for p in params:
                    cursor.execute(sql, p)
                    rows.extend(cursor.fetchall())
            else:
                cursor.executemany(sql, params)
        finally:
            cursor.close()
        return rows

    def run_many_count(self, conn: sa.Connection, params: Sequence[dict[str, Any]]) -> int:
        """``run_many`` without results; returns how many rows the executions changed."""
        if not params:
            return 0
        cursor: Any = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(self.render(conn.dialect.name), params)
            return int(cursor.rowcount)
        finally:
            cursor.close()


class RawResult:
    """The little of a cursor result the hot path needs."""

    __slots__ = ("rowcount", "rows")

    def __init__(self, rowcount: int, rows: list[tuple[Any, ...]]) -> None:
        self.rowcount = rowcount
        self.rows = rows

    def __iter__(self) -> Any:
        return iter(self.rows)

    def one(self) -> tuple[Any, ...]:
        if len(self.rows) != 1:
            raise LookupError(f"expected one row, got {len(self.rows)}")
        return self.rows[0]
