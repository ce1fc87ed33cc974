"""Versioned DDL: each schema component (the engine, a pipeline's warehouse) has a version.

A fresh database gets the component's current tables in one ``create_all`` and is stamped
with the latest version. An existing database runs the component's migrations from its
stamped version upward, each in its own transaction, so an upgrade keeps every row.
Migrations are plain functions of a connection: ``ALTER TABLE`` and data moves, never drops.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa

from tipoff.errors import SchemaError

schema_versions_metadata = sa.MetaData()
schema_versions = sa.Table(
    "schema_versions",
    schema_versions_metadata,
    sa.Column("component", sa.String(64), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
)

Migration = Callable[[sa.Connection], None]


@dataclass(frozen=True)
class SchemaComponent:
    """A named set of tables with its migrations; ``migrations[i]`` moves version i+1 → i+2."""

    name: str
    metadata: sa.MetaData
    migrations: Sequence[Migration] = field(default_factory=tuple)
    views: Sequence[Callable[[sa.Connection], None]] = field(default_factory=tuple)

    @property
    def version(self) -> int:
        return len(self.migrations) + 1


def current_version(conn: sa.Connection, component: str) -> int | None:
    row = conn.execute(
        sa.select(schema_versions.c.version).where(schema_versions.c.component == component)
    ).first()
    return None if row is None else int(row[0])


# Serialises schema changes of processes starting at once on PostgreSQL (on SQLite every
# write transaction is BEGIN IMMEDIATE, which serialises them already).
_SCHEMA_LOCK_KEY = 0x7469706F6666  # "tipoff"


def _lock(conn: sa.Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCHEMA_LOCK_KEY})


def ensure(engine: sa.Engine, component: SchemaComponent) -> int:
    """Create or upgrade ``component`` in the database; returns the version it is at."""
    with engine.begin() as conn:
        _lock(conn)
        schema_versions_metadata.create_all(conn)
        found = current_version(conn, component.name)
        if found is None:
            component.metadata.create_all(conn)
            conn.execute(
                sa.insert(schema_versions).values(
                    component=component.name, version=component.version
                )
            )
            _create_views(conn, component)
            return component.version
    if found > component.version:
        raise SchemaError(
            f"database schema {component.name!r} is at version {found}, newer than this "
            f"code's {component.version}; upgrade tipoff before using this database"
        )
    for version in range(found, component.version):
        migration = component.migrations[version - 1]
        try:
            with engine.begin() as conn:
                _lock(conn)
                if current_version(conn, component.name) != version:
                    continue  # another process migrated it meanwhile
                migration(conn)
                conn.execute(
                    sa.update(schema_versions)
                    .where(schema_versions.c.component == component.name)
                    .values(version=version + 1)
                )
        except sa.exc.SQLAlchemyError as exc:
            raise SchemaError(
                f"migrating {component.name!r} from version {version} to {version + 1} "
                f"failed: {exc}"
            ) from exc
    with engine.begin() as conn:
        _lock(conn)
        _create_views(conn, component)
    return component.version


def _create_views(conn: sa.Connection, component: SchemaComponent) -> None:
    for create_view in component.views:
        create_view(conn)
