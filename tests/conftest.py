"""Fixtures shared by every tier.

``db_url`` runs a test once per database: a SQLite file under ``tmp_path`` and a fresh
PostgreSQL schema (``t_<random>``, dropped afterwards) on the server named by
``TIPOFF_TEST_POSTGRES_URL``. The PostgreSQL URL carries ``options=-csearch_path=<schema>``
so the engine, its LISTEN connection and worker subprocesses all land in that schema from
the URL string alone. Without a reachable server the PostgreSQL runs are skipped, unless
``TIPOFF_REQUIRE_POSTGRES=1`` (CI) makes that an error.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the ``support`` package

from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_url() -> sa.URL:
    return sa.make_url(os.environ.get("TIPOFF_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL))


def _libpq(url: sa.URL) -> str:
    """The SQLAlchemy URL as a libpq connection string for psycopg."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """libpq URL of the test server; skips (or fails, in CI) when it cannot be reached."""
    import psycopg

    url = _postgres_url()
    try:
        with psycopg.connect(_libpq(url), connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        reason = (
            f"PostgreSQL not reachable at {url.render_as_string(hide_password=True)} "
            f"(set TIPOFF_TEST_POSTGRES_URL): {' '.join(str(exc).split())}"
        )
        if os.environ.get("TIPOFF_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"TIPOFF_REQUIRE_POSTGRES=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return _libpq(url)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """An engine URL bound to a fresh schema of its own, dropped after the test."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    # application_name lets teardown find (and end) any connection a test left behind.
    url = _postgres_url().update_query_dict(
        {"options": f"-csearch_path={schema}", "application_name": schema}
    )
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = %s AND pid <> pg_backend_pid()",
                (schema,),
            )
            conn.execute("SET lock_timeout = '10s'")
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The test's database: a SQLite file, or a private PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tipoff.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A Store on ``db_url`` (schema not prepared), disposed after the test."""
    s = Store(db_url)
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A prepared SQLite Store in the test's folder, for tests whose subject is not the
    database (a source's breakers, a pipeline on the simulator), disposed after the test."""
    s = Store(f"sqlite:///{tmp_path / 'tipoff.db'}")
    s.ensure_schema()
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture
def pg_store(postgres_url: str) -> Iterator[Store]:
    """A Store on PostgreSQL only (for behaviour specific to it), disposed after the test."""
    s = Store(postgres_url)
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()
