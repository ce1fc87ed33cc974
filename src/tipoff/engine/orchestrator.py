"""The engine's front door: a store, pipeline definitions, a registry and a clock, bound.

The CLI, the web app and the benchmarks use this rather than the modules beneath it.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine import dependencies, migrations, rebuild, run_records
from tipoff.engine.clock import Clock, SystemClock
from tipoff.engine.deadline_sweep import sweep_deadlines
from tipoff.engine.execution import Executor, JobReport
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.registry import Registry
from tipoff.engine.run_records import Run
from tipoff.engine.run_start import start_run
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.engine.worker import Worker, new_worker_id
from tipoff.errors import ConfigError


@dataclass(frozen=True)
class RunState:
    run: Run
    status: RunStatus
    pending_jobs: int
    blocked: list[str]
    # phases whose trigger a failed pre-flight check, or an earlier date it waits for,
    # holds until a later time ("phase N: reason"); a hold due now is about to be asked
    # again by a worker's sweep and is not listed
    held: list[str] = field(default_factory=list)
    # held phases whose hold just expired: their checks are about to be asked again (what a
    # run stopped by its timeout at that moment is waiting for)
    rechecking: list[str] = field(default_factory=list)
    outcome: str | None = None  # complete_degraded: why the declared outcome was missed

    @property
    def outcome_missed(self) -> bool:
        """Every phase ran, but the pipeline's declared outcome was missed."""
        return self.status is RunStatus.COMPLETE_DEGRADED

    @property
    def finished(self) -> bool:
        """Complete, or stopped with nothing of it queued or running: blocked by the policy,
        held (which a worker's sweep asks again later), or complete_degraded (re-runs still
        pending may yet deliver the outcome)."""
        stopped = self.status in (RunStatus.BLOCKED, RunStatus.COMPLETE_DEGRADED)
        return self.status is RunStatus.COMPLETE or (
            (stopped or bool(self.held)) and self.pending_jobs == 0
        )


def _held_in_order(state: RunState) -> bool:
    """Held only until the earlier dates of its in-order backfill stop."""
    marker = f": {dependencies.IN_ORDER}"
    return any(marker in h for h in state.held + state.rechecking)


def _stopped(state: RunState) -> bool:
    """Done or stuck, and not merely waiting for the earlier dates of its backfill."""
    return state.finished and not _held_in_order(state)


class Orchestrator:
    def __init__(
        self,
        store: Store,
        pipelines: PipelineDef | Sequence[PipelineDef],
        registry: Registry,
        *,
        clock: Clock | None = None,
        resources: Mapping[str, Any] | None = None,
        schemas: Iterable[migrations.SchemaComponent] = (),
        prepare: bool = True,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        # the jitter source of every executor made here (tests pass a deterministic one)
        self.rng = rng
        defs = [pipelines] if isinstance(pipelines, PipelineDef) else list(pipelines)
        if not defs:
            raise ConfigError("an orchestrator needs at least one pipeline")
        for p in defs:
            registry.check(p)
        self.resources = dict(resources or {})
        # bound with the resources: the run defaults read the settings kept there
        self.pipelines = {p.pipeline: registry.bind(p, resources=self.resources) for p in defs}
        self.registry = registry
        self.clock = clock or SystemClock()
        if prepare:
            store.ensure_schema(*schemas)

    def pipeline(self, name: str | None = None) -> PipelineDef:
        if name is None:
            if len(self.pipelines) != 1:
                raise ConfigError(f"name a pipeline: {', '.join(sorted(self.pipelines))}")
            return next(iter(self.pipelines.values()))
        try:
            return self.pipelines[name]
        except KeyError:
            raise ConfigError(f"unknown pipeline {name!r}") from None

    # -- runs -----------------------------------------------------------------------------

    def start_run(
        self,
        data_date: date,
        mode: str,
        *,
        pipeline: str | None = None,
        trigger_source: str = "run",
        params: dict[str, Any] | None = None,
    ) -> Run:
        """Open the run (idempotent by (pipeline, date, mode), so safe to retry when the
        connection drops mid-way)."""
        definition = self.pipeline(pipeline)
        return self.store.retrying(
            lambda: start_run(
                self.store,
                definition,
                data_date,
                mode,
                now=self.clock.now(),
                trigger_source=trigger_source,
                params=params,
            ),
            what=f"open the run of {data_date.isoformat()} ({mode})",
        )

    def run_state(self, run_id: int) -> RunState:
        """Where a run stands (a read: retried when the connection drops)."""
        return self.store.retrying(lambda: self._run_state(run_id), what=f"read run {run_id}")

    def _run_state(self, run_id: int) -> RunState:
        with self.store.read() as conn:
            run = run_records.get_run(conn, run_id)
            pending = run_records.pending_jobs(conn, run_id)
            flagged = conn.execute(
                sa.select(
                    transitions_table.c.phase,
                    transitions_table.c.blocked_reason,
                    transitions_table.c.hold_reason,
                    transitions_table.c.held_until,
                    transitions_table.c.triggered,
                )
                .where(
                    transitions_table.c.run_id == run_id,
                    sa.or_(
                        transitions_table.c.blocked_reason.is_not(None),
                        transitions_table.c.hold_reason.is_not(None),
                    ),
                )
                .order_by(transitions_table.c.phase)
            ).all()
            waiting = rebuild.waiting(conn, self.pipeline(run.pipeline), run)
        now = self.clock.now()
        blocked = [
            f"phase {t.phase}: {t.blocked_reason}" for t in flagged if t.blocked_reason is not None
        ]
        held = [
            f"phase {t.phase}: {t.hold_reason}"
            for t in flagged
            if t.hold_reason is not None and not t.triggered and (t.held_until or 0) > now
        ]
        held += [waiting] if waiting else []
        rechecking = [
            f"phase {t.phase}: {t.hold_reason}"
            for t in flagged
            if t.hold_reason is not None and not t.triggered and (t.held_until or 0) <= now
        ]
        status = RunStatus(run.status)
        missed = run.outcome if status is RunStatus.COMPLETE_DEGRADED else None
        return RunState(run, status, pending, blocked, held, rechecking, missed)

    # -- workers --------------------------------------------------------------------------

    def executor(self, worker_id: str | None = None) -> Executor:
        return Executor(
            self.store,
            self.pipelines,
            self.registry,
            clock=self.clock,
            worker_id=worker_id or new_worker_id(),
            resources=self.resources,
            rng=self.rng,
        )

    def worker(self, *, concurrency: int = 4, worker_id: str | None = None, **kw: Any) -> Worker:
        return Worker(self.executor(worker_id), concurrency=concurrency, **kw)

    def run_dates(
        self,
        dates: Sequence[date],
        mode: str,
        *,
        pipeline: str | None = None,
        concurrency: int = 4,
        timeout_s: float | None = None,
        worker: Worker | None = None,
        trigger_source: str = "run",
        params: dict[str, Any] | None = None,
        on_finished: Callable[[RunState], None] | None = None,
        ahead: int = 0,
        **worker_kw: Any,
    ) -> list[RunState]:
        """Run dates to completion with embedded workers; return when each is done or stuck.

        A run is done when its last phase triggered, stuck when it is blocked and nothing
        of it is still queued or running. ``timeout_s`` bounds the wait (RunStates returned
        as they stand, of the dates opened by then). ``on_finished`` hears of each run the
        first time it is seen done or stuck (a progress bar).

        ``ahead=0`` opens every date at once. ``ahead=N`` runs them in order: a date is
        opened once at most N dates before it are still going, its runs share an in-order
        trigger source, and the phase that reads earlier dates (and every phase after it)
        waits until the earlier dates have stopped (see ``dependencies``); so the scrapes
        and raw loads of the next N dates overlap the current date's later phases, and
        what is built is what a date-by-date backfill builds. A mode with no phase that
        waits for earlier dates has nothing to hold a date at: its dates go one at a time.
        """
        own = worker is None
        w = worker or self.worker(concurrency=concurrency, **worker_kw)
        changed = threading.Event()
        touched: set[int] = set()
        touched_lock = threading.Lock()
        if ahead:
            trigger_source = dependencies.in_order_source(uuid.uuid4().hex[:16])
            if not dependencies.holds_in_order(self.pipeline(pipeline), mode):
                ahead_open = 0  # nothing to hold the next date at: one date at a time
            else:
                ahead_open = ahead
        todo = list(dates)
        run_ids: list[int] = []
        states: dict[int, RunState] = {}

        def on_report(report: JobReport) -> None:
            if report.outcome.run_status is not None or report.status in (JobStatus.DEAD, None):
                with touched_lock:
                    if report.job.run_id is not None:
                        touched.add(report.job.run_id)
                changed.set()

        def open_more() -> None:
            going = sum(not _stopped(states[r]) for r in run_ids)
            while todo and (not ahead or going <= ahead_open):
                run = self.start_run(
                    todo.pop(0),
                    mode,
                    pipeline=pipeline,
                    trigger_source=trigger_source,
                    params=params,
                )
                run_ids.append(run.id)
                states[run.id] = self.run_state(run.id)
                going += 1

        def release() -> None:
            """In order: ask the holds of the dates whose earlier dates stopped again now
            (a worker's sweep would, within a second)."""

            def wake() -> None:
                with self.store.transaction() as conn:
                    dependencies.wake_in_order(conn, trigger_source, now=self.clock.now())

            # both safe to repeat when the connection drops: a hold woken twice is woken,
            # and a transition triggers once whoever asks
            self.store.retrying(wake, what="wake the dates held in order")
            self.store.retrying(
                lambda: sweep_deadlines(self.store, self.pipelines, now=self.clock.now()),
                what="ask the held phases again",
            )
            for r in run_ids:  # the stopped ones stay stopped: a long range reads a few
                if not _stopped(states[r]):
                    states[r] = self.run_state(r)

        w.add_listener(on_report)
        if own:
            w.start()
        try:
            open_more()
            deadline = None if timeout_s is None else time.monotonic() + timeout_s
            next_full = next_release = time.monotonic() + 1.0
            told: set[int] = set()
            released: set[int] = set()
            while True:
                if ahead:
                    # a date that stopped may release the next one; the first date not
                    # stopped is never held in order (every date before it stopped): if
                    # it is, its hold was placed as the last of them stopped
                    stopped = {r for r in run_ids if _stopped(states[r])}
                    head = next((r for r in run_ids if r not in stopped), None)
                    # a head held on anything else is asked again once a second: every
                    # date before it stopped, so a date-dependency hold on it is stale (it
                    # raced the wake of the date it waited for)
                    head_held = head is not None and (
                        _held_in_order(states[head])
                        or (
                            bool(states[head].held or states[head].rechecking)
                            and time.monotonic() >= next_release
                        )
                    )
                    if stopped - released or head_held:
                        released.update(stopped)
                        release()
                        next_release = time.monotonic() + 1.0
                    open_more()
                for r in run_ids:
                    if _stopped(states[r]) and r not in told:
                        told.add(r)
                        if on_finished is not None:
                            on_finished(states[r])
                if not todo and all(_stopped(states[r]) for r in run_ids):
                    # a held run may have been woken since it was read (an earlier date
                    # it waits for completed): look again before calling it a day
                    states = {r: self.run_state(r) for r in run_ids}
                    if all(_stopped(states[r]) for r in run_ids):
                        break
                if deadline is not None and time.monotonic() >= deadline:
                    break
                changed.wait(0.25)
                changed.clear()
                with touched_lock:
                    check = set(touched)
                    touched.clear()
                if time.monotonic() >= next_full:
                    check = set(run_ids)
                    next_full = time.monotonic() + 1.0
                for r in check:
                    if r in states and not _stopped(states[r]):
                        states[r] = self.run_state(r)
            return [states[r] for r in run_ids]
        finally:
            w.remove_listener(on_report)
            if own:
                w.stop()
