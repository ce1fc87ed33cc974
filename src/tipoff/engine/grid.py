"""Dates x phases: the state of every phase of every run over a range of dates.

What an operator scans first (Airflow's grid, Dagster's runs): one row per date and mode,
one cell per phase, each in one :class:`CellState`. Three indexed queries (runs,
transitions, dead jobs) whatever the number of dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import jobs, runs, transitions
from tipoff.engine.states import FINISHED_RUN, JobStatus
from tipoff.engine.store import Store


class CellState(StrEnum):
    DONE = "done"  # triggered: its processors completed (or a quorum did)
    FORCED = "forced"  # triggered past its checks (by hand or by the self-heal cut-off)
    RUNNING = "running"  # started, not triggered, within its deadline
    HELD = "held"  # a failed pre-flight check (or an earlier date) holds its trigger
    STUCK = "stuck"  # started, not triggered, past its deadline
    BLOCKED = "blocked"  # a critical processor is dead: it cannot trigger by itself
    WAITING = "waiting"  # not started: an earlier phase has not triggered
    NOT_RUN = "not_run"  # the run never reached it and never will (the run is finished)


@dataclass(frozen=True)
class Cell:
    phase: int
    state: CellState
    reason: str | None = None


@dataclass(frozen=True)
class GridRow:
    data_date: date
    mode: str
    status: str  # the run's RunStatus value
    cells: Sequence[Cell]
    dead_letters: int = 0
    outcome: str | None = None


@dataclass(frozen=True)
class Grid:
    pipeline: str
    first: date
    last: date
    phases: Sequence[tuple[int, str]]
    rows: Sequence[GridRow] = field(default_factory=tuple)  # newest date first

    def to_json(self) -> dict[str, Any]:
        return {
            "pipeline": self.pipeline,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "phases": [{"phase": n, "name": name} for n, name in self.phases],
            "dates": [
                (self.last - timedelta(days=i)).isoformat()
                for i in range((self.last - self.first).days + 1)
            ],
            "rows": [
                {
                    "date": r.data_date.isoformat(),
                    "mode": r.mode,
                    "status": r.status,
                    "dead_letters": r.dead_letters,
                    "outcome": r.outcome,
                    "cells": [
                        {"phase": c.phase, "state": c.state.value, "reason": c.reason}
                        for c in r.cells
                    ],
                }
                for r in self.rows
            ],
        }


def grid(store: Store, pipeline: PipelineDef, first: date, last: date, *, now: float) -> Grid:
    """Every run of ``pipeline`` with a data date in ``first..last``."""
    with store.read() as conn:
        run_rows = conn.execute(
            sa.select(runs.c.id, runs.c.data_date, runs.c.mode, runs.c.status, runs.c.outcome)
            .where(runs.c.pipeline == pipeline.pipeline)
            .where(runs.c.data_date >= first, runs.c.data_date <= last)
        ).all()
        ids = [r.id for r in run_rows]
        phase_rows = (
            conn.execute(
                sa.select(
                    transitions.c.run_id,
                    transitions.c.phase,
                    transitions.c.deadline_at,
                    transitions.c.triggered,
                    transitions.c.trigger_reason,
                    transitions.c.blocked_reason,
                    transitions.c.hold_reason,
                    transitions.c.bypassed,
                ).where(transitions.c.run_id.in_(ids))
            ).all()
            if ids
            else []
        )
        dead: dict[int, int] = (
            dict(
                conn.execute(
                    sa.select(jobs.c.run_id, sa.func.count())
                    .where(jobs.c.run_id.in_(ids), jobs.c.status == JobStatus.DEAD.value)
                    .group_by(jobs.c.run_id)
                ).all()
            )
            if ids
            else {}
        )
    by_run: dict[int, dict[int, Any]] = defaultdict(dict)
    for t in phase_rows:
        by_run[t.run_id][t.phase] = t
    order = {m: i for i, m in enumerate(pipeline.modes)}
    rows = []
    for r in sorted(run_rows, key=lambda r: (-r.data_date.toordinal(), order.get(r.mode, 99))):
        finished = r.status in FINISHED_RUN
        cells = [_cell(p.phase, by_run[r.id].get(p.phase), now, finished) for p in pipeline.phases]
        rows.append(
            GridRow(r.data_date, r.mode, r.status, tuple(cells), int(dead.get(r.id, 0)), r.outcome)
        )
    phases = tuple((p.phase, p.name) for p in pipeline.phases)
    return Grid(pipeline.pipeline, first, last, phases, tuple(rows))


def _cell(phase: int, t: Any, now: float, finished: bool) -> Cell:
    if t is None:
        return Cell(phase, CellState.NOT_RUN if finished else CellState.WAITING)
    if t.triggered:
        if t.bypassed:
            return Cell(phase, CellState.FORCED, t.trigger_reason)
        return Cell(phase, CellState.DONE, t.trigger_reason)
    if t.blocked_reason:
        return Cell(phase, CellState.BLOCKED, t.blocked_reason)
    if t.hold_reason:
        return Cell(phase, CellState.HELD, t.hold_reason)
    if now > t.deadline_at:
        return Cell(phase, CellState.STUCK, "past its deadline")
    return Cell(phase, CellState.RUNNING, None)


def latest_run_date(store: Store, pipeline: str) -> date | None:
    """The newest data date with a run: what the dashboard opens on."""
    with store.read() as conn:
        found = conn.execute(
            sa.select(sa.func.max(runs.c.data_date)).where(runs.c.pipeline == pipeline)
        ).scalar()
    if found is None or isinstance(found, date):
        return found
    return date.fromisoformat(str(found))


def last_days(last: date, days: int) -> tuple[date, date]:
    return last - timedelta(days=days - 1), last
