"""Readiness: can this process serve from the database as it is now?

Ready means the database answers and every schema component this code uses (the engine's,
and the pipeline's warehouse when given) is stamped with exactly the version the code was
written for. Older means ``tipoff db upgrade`` has not run yet; newer means the code is
behind the database. Either way, nothing is created or migrated here: a probe only looks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa

from tipoff.engine import migrations
from tipoff.engine.store import ENGINE_SCHEMA, Store


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reason: str
    versions: dict[str, int | None] = field(default_factory=dict)  # component → stamped


def readiness(store: Store, components: Sequence[migrations.SchemaComponent] = ()) -> Readiness:
    """Whether the database answers and holds the schema versions of this code."""
    wanted = (ENGINE_SCHEMA, *components)
    try:
        with store.read() as conn:
            if not sa.inspect(conn).has_table(migrations.schema_versions.name):
                return Readiness(
                    False,
                    f"database {store.describe()} has no tipoff schema: run tipoff db upgrade",
                )
            versions = {c.name: migrations.current_version(conn, c.name) for c in wanted}
    except sa.exc.SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return Readiness(
            False,
            f"database {store.describe()} does not answer: {first[0] if first else type(exc)}",
        )
    for c in wanted:
        found = versions[c.name]
        if found is None:
            return Readiness(
                False, f"schema {c.name!r} is missing: run tipoff db upgrade", versions
            )
        if found < c.version:
            return Readiness(
                False,
                f"schema {c.name!r} is at version {found}, this code needs {c.version}: "
                "run tipoff db upgrade",
                versions,
            )
        if found > c.version:
            return Readiness(
                False,
                f"schema {c.name!r} is at version {found}, newer than this code's "
                f"{c.version}: upgrade tipoff",
                versions,
            )
    return Readiness(True, "ready", versions)
