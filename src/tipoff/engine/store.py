"""The database port: one SQLAlchemy engine, one ``transaction()`` shared by everything.

Processors' output rows, job state, completions and the next phase's jobs all commit in
the same transaction, so "data written" and "completion recorded" cannot come apart.

SQLite (the embedded default) runs in WAL mode with a busy timeout; write transactions
start with ``BEGIN IMMEDIATE`` so two writers never deadlock upgrading a read lock, and
threads of one process take a process-wide lock first so they queue instead of spinning
in SQLite's busy handler. PostgreSQL uses READ COMMITTED and row locks.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
import structlog
from sqlalchemy import event

from tipoff.engine import migrations
from tipoff.engine.schema import metadata
from tipoff.errors import StoreError, first_line
from tipoff.redact import redact_url, scrub, secret_parts

T = TypeVar("T")
log = structlog.get_logger("tipoff.store")


def _v1_to_v2(conn: sa.Connection) -> None:
    """Fan-out batches: a column on jobs and the batches table."""
    conn.execute(sa.text("ALTER TABLE jobs ADD COLUMN batch_id INTEGER"))
    conn.execute(sa.text("CREATE INDEX ix_jobs_batch ON jobs (batch_id)"))
    from tipoff.engine.schema import batches

    batches.create(conn)  # with its indexes


def _v2_to_v3(conn: sa.Connection) -> None:
    """Named leases (scheduler leadership on SQLite)."""
    from tipoff.engine.schema import locks

    locks.create(conn)


def _v3_to_v4(conn: sa.Connection) -> None:
    """Pre-flight holds, and forced triggers marked, on transitions."""
    conn.execute(sa.text("ALTER TABLE transitions ADD COLUMN held_until DOUBLE PRECISION"))
    conn.execute(sa.text("ALTER TABLE transitions ADD COLUMN hold_reason TEXT"))
    conn.execute(sa.text("ALTER TABLE transitions ADD COLUMN holds INTEGER NOT NULL DEFAULT 0"))
    conn.execute(
        sa.text("ALTER TABLE transitions ADD COLUMN bypassed BOOLEAN NOT NULL DEFAULT FALSE")
    )


def _v4_to_v5(conn: sa.Connection) -> None:
    """Where each of a run's resolved params came from."""
    conn.execute(sa.text("ALTER TABLE runs ADD COLUMN param_origins JSON"))


def _v5_to_v6(conn: sa.Connection) -> None:
    """Dates that depend on dates: a run's rebuild generation and a rebuild due."""
    conn.execute(sa.text("ALTER TABLE runs ADD COLUMN generation INTEGER NOT NULL DEFAULT 0"))
    conn.execute(sa.text("ALTER TABLE runs ADD COLUMN rebuild_phase INTEGER"))
    conn.execute(sa.text("ALTER TABLE runs ADD COLUMN rebuild_reason TEXT"))


def _v6_to_v7(conn: sa.Connection) -> None:
    """Attempt numbers that never restart, and attempts lost to infrastructure, on jobs."""
    conn.execute(sa.text("ALTER TABLE jobs ADD COLUMN attempt_no INTEGER NOT NULL DEFAULT 0"))
    conn.execute(sa.text("UPDATE jobs SET attempt_no = attempts"))
    conn.execute(sa.text("ALTER TABLE jobs ADD COLUMN infra_attempts INTEGER NOT NULL DEFAULT 0"))


def _v7_to_v8(conn: sa.Connection) -> None:
    """Outcomes: room for 'complete_degraded' in runs.status, and why the outcome was missed."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("ALTER TABLE runs ALTER COLUMN status TYPE VARCHAR(32)"))
    conn.execute(sa.text("ALTER TABLE runs ADD COLUMN outcome TEXT"))


def _v8_to_v9(conn: sa.Connection) -> None:
    """Fan-out children that do several items each (a chunk of a batch's units per job)."""
    conn.execute(sa.text("ALTER TABLE jobs ADD COLUMN items INTEGER NOT NULL DEFAULT 1"))
    conn.execute(sa.text("ALTER TABLE jobs ADD COLUMN items_failed INTEGER NOT NULL DEFAULT 0"))


def _v9_to_v10(conn: sa.Connection) -> None:
    """The index the ``fresh`` SLO reads the execution log by (finish time)."""
    from tipoff.engine.schema import execution_log

    for index in execution_log.indexes:
        if index.name == "ix_execution_log_finished":
            index.create(conn, checkfirst=True)


def _v10_to_v11(conn: sa.Connection) -> None:
    """Upstream probes: the last answer of each per date."""
    from tipoff.engine.schema import probes

    probes.create(conn)


ENGINE_SCHEMA = migrations.SchemaComponent(
    "engine",
    metadata,
    migrations=(
        _v1_to_v2,
        _v2_to_v3,
        _v3_to_v4,
        _v4_to_v5,
        _v5_to_v6,
        _v6_to_v7,
        _v7_to_v8,
        _v8_to_v9,
        _v9_to_v10,
        _v10_to_v11,
    ),
)

DEFAULT_SQLITE_BUSY_TIMEOUT_S = 30.0
# waits between attempts of Store.retrying: about 8 s in all, past a server's restart
RETRY_DELAYS_S = (0.1, 0.4, 1.0, 2.0, 4.5)
NOTIFY_CHANNEL = "tipoff_jobs"
_ENQUEUED = "tipoff.enqueued"


class Wakeup:
    """An in-process signal: set when jobs become claimable, waited on by idle workers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._generation = 0

    def notify(self) -> None:
        with self._cond:
            self._generation += 1
            self._cond.notify_all()

    def generation(self) -> int:
        with self._cond:
            return self._generation

    def wait(self, seen: int, timeout: float) -> bool:
        """Wait until the generation moves past ``seen``; True if it did."""
        with self._cond:
            return self._cond.wait_for(lambda: self._generation != seen, timeout=timeout)


class Store:
    """Owns the database engine and the schema components registered on it."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        sqlite_busy_timeout_s: float = DEFAULT_SQLITE_BUSY_TIMEOUT_S,
        sqlite_synchronous: str = "NORMAL",
        pool_size: int = 10,
        connect_args: dict[str, Any] | None = None,
        secrets: Iterable[str | None] = (),
    ) -> None:
        self.url = sa.make_url(url)
        # blanked from every error the engine stores (see redact): the settings' secrets
        # (Settings.secret_values) and this database's own password
        self.secrets = secret_parts([*secrets, self.url.password])
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgres = self.url.get_backend_name() == "postgresql"
        if not (self.is_sqlite or self.is_postgres):
            raise StoreError(
                f"unsupported database URL {self.url.render_as_string(hide_password=True)!r}: "
                "use sqlite:///path or postgresql+psycopg://user@host/db"
            )
        self.wakeup = Wakeup()
        self._statements: dict[str, Any] = {}
        self._write_lock: contextlib.AbstractContextManager[Any]
        if self.is_sqlite:
            self._write_lock = threading.RLock()
            self.engine = self._sqlite_engine(
                echo, connect_args or {}, sqlite_busy_timeout_s, sqlite_synchronous
            )
        else:
            self._write_lock = contextlib.nullcontext()
            self.engine = sa.create_engine(
                self.url,
                echo=echo,
                pool_size=pool_size,
                max_overflow=pool_size,
                pool_recycle=3600,
                # a connection dropped while idle in the pool (a server restart, a
                # terminated backend, a NAT timeout) is replaced at checkout, not found
                # broken by the next transaction
                pool_pre_ping=True,
                connect_args=connect_args or {},
            )

    def _sqlite_engine(
        self, echo: bool, connect_args: dict[str, Any], busy_timeout_s: float, synchronous: str
    ) -> sa.Engine:
        database = self.url.database
        if database and database != ":memory:":
            try:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the folder of database {database}: {exc.strerror}"
                ) from None
        args = {"timeout": busy_timeout_s, "check_same_thread": False, **connect_args}
        engine = sa.create_engine(self.url, echo=echo, connect_args=args)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Take transaction control away from the driver so "begin" below decides.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={synchronous}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: sa.Connection) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine

    # -- schema ---------------------------------------------------------------------------

    def ensure_schema(self, *components: migrations.SchemaComponent) -> None:
        """Create or upgrade the engine's tables and any extra components (idempotent)."""
        with self._write_lock:
            try:
                for component in (ENGINE_SCHEMA, *components):
                    self.retrying(
                        functools.partial(migrations.ensure, self.engine, component),
                        what=f"prepare the {component.name} schema",
                    )
            except sa.exc.DBAPIError as exc:
                # e.g. an unwritable file, or a file that is not a SQLite database
                raise StoreError(
                    f"cannot prepare the schema of database {self.describe()}: {first_line(exc)}"
                ) from None

    # -- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """A write transaction; commits on exit, rolls back on error.

        Wakes this process's idle workers (and, on PostgreSQL, every listening worker,
        through NOTIFY sent inside the transaction) when it enqueued jobs.
        """
        with self._write_lock, self.engine.connect() as conn:
            conn.info.pop(_ENQUEUED, None)
            try:
                with conn.begin():
                    yield conn
            finally:
                enqueued = conn.info.pop(_ENQUEUED, False)
            if enqueued:
                self.wakeup.notify()

    @contextlib.contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A read-only transaction (no write lock on SQLite)."""
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
            yield conn

    def retrying(self, fn: Callable[[], T], *, what: str) -> T:
        """``fn()``, run again (a few times, backing off) when the database connection
        drops or the server refuses for a moment. Only for work that is safe to repeat: a
        read, or a transaction idempotent by key (opening a run); a job's commit is not."""
        for delay in (*RETRY_DELAYS_S, None):
            try:
                return fn()
            except sa.exc.DBAPIError as exc:
                if delay is None or not self.is_transient(exc):
                    raise
                log.warning("database_retry", what=what, error=first_line(exc), delay_s=delay)
                time.sleep(delay)
        raise AssertionError("unreachable")  # the last attempt returned or raised

    def is_transient(self, exc: sa.exc.DBAPIError) -> bool:
        """Whether ``exc`` is the database going away for a moment (a dropped connection, a
        server refusing), not a statement's own fault. SQLite has no connection to lose; its
        "locked" waits in the busy timeout."""
        return exc.connection_invalidated or (
            self.is_postgres and isinstance(exc, sa.exc.OperationalError)
        )

    def mark_enqueued(self, conn: sa.Connection) -> None:
        """Record that ``conn``'s transaction made jobs claimable (wake workers on commit)."""
        if conn.info.get(_ENQUEUED):
            return
        conn.info[_ENQUEUED] = True
        if self.is_postgres:
            # Delivered by PostgreSQL only if and when the transaction commits.
            conn.execute(sa.text("SELECT pg_notify(:channel, '')"), {"channel": NOTIFY_CHANNEL})

    def statement(self, key: str, build: Callable[[Store], Any]) -> Any:
        """Build a dialect-specific statement once and reuse it (hot paths).

        Building a SQLAlchemy statement costs several times more than executing a prebuilt
        one, so the queue and transition code keep theirs here.
        """
        stmt = self._statements.get(key)
        if stmt is None:
            stmt = self._statements[key] = build(self)
        return stmt

    def upsert_insert(self, table: sa.Table) -> Any:
        """An INSERT that supports ``on_conflict_do_nothing/update`` on this dialect."""
        if self.is_postgres:
            from sqlalchemy.dialects import postgresql

            return postgresql.insert(table)
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table)

    def date_param(self, value: date | None) -> date | str | None:
        """A date as the driver wants it in hand-written SQL (sqlite3: ISO text)."""
        if value is None or not self.is_sqlite:
            return value
        return value.isoformat()

    def json_param(self, value: Any) -> Any:
        """A JSON value as the driver wants it in hand-written SQL."""
        if self.is_postgres:
            from psycopg.types.json import Json

            return Json(value)
        return json.dumps(value, separators=(",", ":"))

    def dispose(self) -> None:
        self.engine.dispose()

    def redact(self, text: str) -> str:
        """``text`` fit to be stored: the log's rule (:mod:`tipoff.logs`), every secret
        value blanked and URLs without their passwords and secret query parameters. A
        stored error is shown later by the CLI, the alerts and the dashboard."""
        return scrub(text, self.secrets)

    def describe(self) -> str:
        """The URL fit for output: no password, in the userinfo or the query."""
        return redact_url(self.url.render_as_string(hide_password=True))


def existing_store(
    url: str, table: str = "runs", *, secrets: Iterable[str | None] = ()
) -> Store | None:
    """The store at ``url`` if it holds ``table``; None otherwise (nothing is created, so a
    read-only command never leaves an empty database behind)."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if not database or database == ":memory:" or not Path(database).is_file():
            return None
    store = Store(url, secrets=secrets)
    try:
        present = sa.inspect(store.engine).has_table(table)
    except sa.exc.SQLAlchemyError as exc:
        store.dispose()
        raise StoreError(f"cannot read database {store.describe()}: {first_line(exc)}") from None
    if not present:
        store.dispose()
        return None
    return store


def default_sqlite_url(data_dir: str | os.PathLike[str]) -> str:
    return f"sqlite:///{Path(data_dir) / 'tipoff.db'}"
