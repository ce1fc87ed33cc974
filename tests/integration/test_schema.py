"""Schema management on both databases: idempotent, row-preserving, refuses newer schemas."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import EFFECTS_SCHEMA, effects
from tipoff.engine import migrations, queue
from tipoff.engine.migrations import SchemaComponent, schema_versions
from tipoff.engine.schema import batches, jobs, runs, transitions
from tipoff.engine.store import ENGINE_SCHEMA, Store
from tipoff.errors import SchemaError


def versions(store: Store) -> dict[str, int]:
    stmt = sa.select(schema_versions.c.component, schema_versions.c.version)
    return {r["component"]: r["version"] for r in db.rows(store, stmt)}


def test_ensure_schema_is_idempotent_and_keeps_rows(db_url: str) -> None:
    first = Store(db_url)
    try:
        first.ensure_schema(EFFECTS_SCHEMA)
        first.ensure_schema(EFFECTS_SCHEMA)
        with first.transaction() as conn:
            [job_id] = queue.enqueue(
                first,
                conn,
                [
                    queue.JobSpec(
                        key="k",
                        pipeline="t",
                        processor="a",
                        max_attempts=3,
                        timeout_s=9,
                        trigger_source="test",
                    )
                ],
                now=1.0,
            )
            conn.execute(sa.insert(effects).values(processor="a", job_id=job_id, attempt=1))
    finally:
        first.dispose()

    again = Store(db_url)
    try:
        again.ensure_schema(EFFECTS_SCHEMA)
        again.ensure_schema(EFFECTS_SCHEMA)
        assert db.count(again, jobs) == 1
        assert db.job(again, "a")["id"] == job_id
        assert db.count(again, effects) == 1
        assert versions(again) == {"engine": ENGINE_SCHEMA.version, "test_effects": 1}
    finally:
        again.dispose()


def test_database_stamped_with_a_newer_version_is_refused(store: Store) -> None:
    store.ensure_schema()
    with store.transaction() as conn:
        conn.execute(
            sa.update(schema_versions)
            .where(schema_versions.c.component == "engine")
            .values(version=99)
        )
    newer = rf"'engine' is at version 99, newer than this code's {ENGINE_SCHEMA.version}"
    with pytest.raises(SchemaError, match=newer):
        store.ensure_schema()
    assert versions(store) == {"engine": 99}  # and it was left alone


def test_migrations_upgrade_an_existing_database_in_place(store: Store) -> None:
    v1 = sa.MetaData()
    sa.Table(
        "widgets", v1, sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.Text)
    )
    store.ensure_schema(SchemaComponent("widgets", v1))
    with store.transaction() as conn:
        conn.execute(sa.text("INSERT INTO widgets (id, name) VALUES (1, 'kept')"))

    def add_colour(conn: sa.Connection) -> None:
        conn.execute(sa.text("ALTER TABLE widgets ADD COLUMN colour TEXT"))
        conn.execute(sa.text("UPDATE widgets SET colour = 'red'"))

    v2 = sa.MetaData()
    sa.Table(
        "widgets",
        v2,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("colour", sa.Text),
    )
    component = SchemaComponent("widgets", v2, migrations=[add_colour])
    store.ensure_schema(component)
    store.ensure_schema(component)  # the migration runs once

    with store.read() as conn:
        assert conn.execute(sa.text("SELECT id, name, colour FROM widgets")).all() == [
            (1, "kept", "red")
        ]
    assert versions(store)["widgets"] == 2


def test_a_failing_migration_is_reported_and_leaves_the_version(store: Store) -> None:
    v1 = sa.MetaData()
    sa.Table("gadgets", v1, sa.Column("id", sa.Integer, primary_key=True))
    store.ensure_schema(SchemaComponent("gadgets", v1))

    def broken(conn: sa.Connection) -> None:
        conn.execute(sa.text("ALTER TABLE no_such_table ADD COLUMN x TEXT"))

    with pytest.raises(SchemaError, match=r"migrating 'gadgets' from version 1 to 2 failed"):
        migrations.ensure(store.engine, SchemaComponent("gadgets", v1, migrations=[broken]))
    assert versions(store)["gadgets"] == 1


def test_a_version_1_engine_database_upgrades_keeping_its_jobs_and_transitions(
    store: Store,
) -> None:
    # Build the engine's schema as version 1 had it: no batches table, no jobs.batch_id.
    store.ensure_schema()
    with store.transaction() as conn:
        conn.execute(sa.text("DROP TABLE batches"))
        conn.execute(sa.text("DROP TABLE locks"))
        conn.execute(sa.text("DROP INDEX ix_jobs_batch"))
        conn.execute(sa.text("ALTER TABLE jobs DROP COLUMN batch_id"))
        for column in ("held_until", "hold_reason", "holds", "bypassed"):  # version 4
            conn.execute(sa.text(f"ALTER TABLE transitions DROP COLUMN {column}"))
        conn.execute(sa.text("ALTER TABLE runs DROP COLUMN param_origins"))  # version 5
        for column in ("generation", "rebuild_phase", "rebuild_reason"):  # version 6
            conn.execute(sa.text(f"ALTER TABLE runs DROP COLUMN {column}"))
        for column in ("attempt_no", "infra_attempts"):  # version 7
            conn.execute(sa.text(f"ALTER TABLE jobs DROP COLUMN {column}"))
        conn.execute(sa.text("ALTER TABLE runs DROP COLUMN outcome"))  # version 8
        for column in ("items", "items_failed"):  # version 9
            conn.execute(sa.text(f"ALTER TABLE jobs DROP COLUMN {column}"))
        conn.execute(sa.text("DROP INDEX ix_execution_log_finished"))  # version 10
        conn.execute(sa.text("DROP TABLE probes"))  # version 11
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("ALTER TABLE runs ALTER COLUMN status TYPE VARCHAR(16)"))
        conn.execute(
            sa.text(
                "INSERT INTO runs (pipeline, data_date, mode, correlation_id, trigger_source,"
                " status, params, started_at) VALUES"
                " ('p', '2025-12-29', 'same_day', 'c', 'run', 'running', '{}', 0)"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO transitions (run_id, pipeline, data_date, mode, phase, expected,"
                " started_at, deadline_at, triggered) SELECT id, 'p', '2025-12-29',"
                " 'same_day', 1, '[]', 0, 600, FALSE FROM runs"
            )
        )
        conn.execute(sa.text("UPDATE schema_versions SET version = 1 WHERE component = 'engine'"))
        conn.execute(
            sa.text(
                "INSERT INTO jobs (key, pipeline, processor, params, status, priority, attempts,"
                " max_attempts, timeout_s, run_after, trigger_source, queued_at) VALUES"
                " ('old/job', 'p', 'a', '{}', 'succeeded', 0, 1, 3, 60, 0, 'run', 0)"
            )
        )
    store.ensure_schema()
    assert versions(store)["engine"] == ENGINE_SCHEMA.version
    with store.read() as conn:
        rows = conn.execute(sa.select(jobs.c.key, jobs.c.batch_id, jobs.c.status)).all()
        assert conn.execute(sa.select(sa.func.count()).select_from(batches)).scalar_one() == 0
    assert rows == [("old/job", None, "succeeded")]
    with store.read() as conn:  # the transition kept, with no hold and not bypassed
        held = conn.execute(
            sa.select(
                transitions.c.phase,
                transitions.c.holds,
                transitions.c.hold_reason,
                transitions.c.bypassed,
            )
        ).all()
    assert held == [(1, 0, None, False)]
    with store.read() as conn:  # the run kept, its params marked as never resolved
        kept = conn.execute(sa.select(runs.c.params, runs.c.param_origins)).all()
    assert kept == [({}, None)]
    with store.transaction() as conn:  # version 8: room for the longest run status
        conn.execute(sa.update(runs).values(status="complete_degraded", outcome="0 of 9"))
    with store.read() as conn:
        assert conn.execute(sa.select(runs.c.status, runs.c.outcome)).all() == [
            ("complete_degraded", "0 of 9")
        ]
    with store.read() as conn:  # the run kept, never rebuilt and with no rebuild due
        rebuilt = conn.execute(
            sa.select(runs.c.data_date, runs.c.generation, runs.c.rebuild_phase)
        ).all()
    assert [(str(d), g, p) for d, g, p in rebuilt] == [("2025-12-29", 0, None)]
    with store.read() as conn:  # its attempt numbers go on from the attempts it made
        numbers = conn.execute(
            sa.select(jobs.c.attempts, jobs.c.attempt_no, jobs.c.infra_attempts)
        ).all()
    assert numbers == [(1, 1, 0)]
    with store.read() as conn:  # an old job is one item, none failed
        items = conn.execute(sa.select(jobs.c["items"], jobs.c.items_failed)).all()
    assert items == [(1, 0)]
    # the fresh SLO's index on the execution log
    indexes = {i["name"] for i in sa.inspect(store.engine).get_indexes("execution_log")}
    assert "ix_execution_log_finished" in indexes
