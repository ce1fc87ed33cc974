"""Read the engine's tables in tests (one short read transaction per call)."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from support.pipelines import effects
from tipoff.engine.schema import execution_log, jobs, runs, transitions
from tipoff.engine.store import Store


def rows(store: Store, stmt: sa.Select[Any]) -> list[Any]:
    with store.read() as conn:
        return [r._mapping for r in conn.execute(stmt).all()]


def scalar(store: Store, stmt: sa.Select[Any]) -> Any:
    with store.read() as conn:
        return conn.execute(stmt).scalar_one()


def count(store: Store, table: sa.Table, *where: Any) -> int:
    return int(scalar(store, sa.select(sa.func.count()).select_from(table).where(*where)))


def job(store: Store, processor: str, data_date: date | None = None) -> Any:
    """The one job of ``processor`` (for ``data_date`` if given)."""
    stmt = sa.select(jobs).where(jobs.c.processor == processor)
    if data_date is not None:
        stmt = stmt.where(jobs.c.data_date == data_date)
    found = rows(store, stmt)
    assert len(found) == 1, f"expected one job of {processor}, found {len(found)}"
    return found[0]


def executions(store: Store, job_id: int) -> list[Any]:
    return rows(
        store,
        sa.select(execution_log)
        .where(execution_log.c.job_id == job_id)
        .order_by(execution_log.c.attempt, execution_log.c.finished_at),
    )


def transition(store: Store, run_id: int, phase: int) -> Any:
    found = rows(
        store,
        sa.select(transitions).where(transitions.c.run_id == run_id, transitions.c.phase == phase),
    )
    assert len(found) == 1, f"expected one transition for run {run_id} phase {phase}"
    return found[0]


def run_status(store: Store, run_id: int) -> str:
    return str(scalar(store, sa.select(runs.c.status).where(runs.c.id == run_id)))


def effect_counts(store: Store) -> dict[tuple[date | None, str], int]:
    """Effect rows per (data date, processor): 1 everywhere means exactly once."""
    stmt = sa.select(effects.c.data_date, effects.c.processor, sa.func.count()).group_by(
        effects.c.data_date, effects.c.processor
    )
    with store.read() as conn:
        return {(d, p): int(n) for d, p, n in conn.execute(stmt).all()}


def effect_counts_by_mode(store: Store) -> dict[tuple[str | None, str], int]:
    """Effect rows per (mode, processor)."""
    stmt = sa.select(effects.c.mode, effects.c.processor, sa.func.count()).group_by(
        effects.c.mode, effects.c.processor
    )
    with store.read() as conn:
        return {(m, p): int(n) for m, p, n in conn.execute(stmt).all()}
