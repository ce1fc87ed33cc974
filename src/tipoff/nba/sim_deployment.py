"""The NBA pipeline deployed on a simulated clock, for whole simulated days and weeks.

What a production deployment runs, built in one place against the league simulator: the
orchestrator with the ``sim`` source (and any injected faults), the scheduler, the monitor
and the workers' sweep, stepped by whoever drives the clock. The simulated-week test
drains the queue with one in-process worker between steps; the chaos benchmark
(``bench/chaos.py``) lets worker processes do the work and moves a clock they share from
one due instant to the next (``next_due``), so waits cost no real time.

It sits above the simulator (``nba.sim``, the league's data) and the sources that serve
it, since it wires the whole pipeline together.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa
from croniter import croniter

from tipoff.bucket import Bucket
from tipoff.engine.alerts import AlertBook, Notifier
from tipoff.engine.clock import Clock
from tipoff.engine.deadline_sweep import sweep_deadlines
from tipoff.engine.heartbeats import record_beat
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.probe import next_probe_at
from tipoff.engine.rebuild import rebuild_due
from tipoff.engine.redrive import next_retry_at
from tipoff.engine.scheduler import Scheduler
from tipoff.engine.schema import jobs, transitions
from tipoff.engine.states import JobStatus
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba.predict import NormalPredictor
from tipoff.nba.sources.factory import make_source
from tipoff.nba.sources.faults import FaultInjector
from tipoff.pipelines import load


def _distribution(frame: pd.DataFrame) -> tuple[Sequence[float], Sequence[float]]:
    recent = frame["pts_avg_l5"].astype(float)
    mean = recent.fillna(frame["pts_avg_season"].astype(float)).fillna(8.0)
    return list(mean), list(2.0 + 0.25 * mean)


LEASE_EPSILON_S = 0.001

# A points model that needs no training: recent scoring as the mean, a spread growing with it.
PREDICTOR = NormalPredictor("sim-normal-1", ("pts_avg_l5", "pts_avg_season"), _distribution)


def sim_orchestrator(
    store: Store,
    clock: Clock,
    bucket_dir: str | Path,
    *,
    faults: FaultInjector,
    season: str,
    seed: int,
    definition: PipelineDef | None = None,
    prepare: bool = True,
) -> Orchestrator:
    """The NBA pipeline over the simulated league: every fetch goes through the HTTP stack
    to the simulator (with ``faults``); HTTP backoffs do not sleep (the clock is simulated)."""
    loaded = load("nba")

    def build(name: str) -> Any:
        return make_source(
            name,
            store=store,
            clock=clock,
            sim_season=season,
            sim_seed=seed,
            faults=faults,
            sleep=lambda _s: None,
        )

    return Orchestrator(
        store,
        definition or loaded.definition,
        loaded.registry,
        clock=clock,
        schemas=loaded.schemas,
        prepare=prepare,
        resources={
            "bucket": Bucket(bucket_dir),
            "sources": nba.Sources(build),
            "points_predictor": PREDICTOR,
        },
    )


class Deployment:
    """The scheduler, the monitor and a worker's sweep around one orchestrator."""

    def __init__(
        self,
        orch: Orchestrator,
        *,
        notifiers: Iterable[Notifier] = (),
        holder: str = "sim-scheduler",
        worker_id: str = "sim-worker",
    ) -> None:
        self.orch = orch
        self.store = orch.store
        self.clock = orch.clock
        self.book = AlertBook(self.store, list(notifiers), clock=self.clock)
        self.scheduler = Scheduler(
            self.store, orch.pipelines, clock=self.clock, holder=holder, book=self.book
        )
        self.monitor = Monitor(self.store, orch.pipelines, self.book, clock=self.clock)
        self.executor = orch.executor(worker_id)
        self.holder = holder
        self.started_at = self.clock.now()
        self.fired: list[str] = []  # "Sat 08:00 daily-health: health: healthy", in order

    def beat_loops(self) -> None:
        """The scheduler and monitor loops' heartbeats, as `tipoff scheduler` and `tipoff
        monitor` leave them each turn: without them health finds no live scheduler."""
        now = self.clock.now()
        for kind in ("scheduler", "monitor"):
            record_beat(
                self.store,
                beat_id=f"{kind}:{self.holder}",
                kind=kind,
                now=now,
                started_at=self.started_at,
            )

    def tick(self) -> None:
        """The scheduler's turn: fire what is due."""
        for f in self.scheduler.tick():
            self.fired.append(f"{f.instant:%a %H:%M} {f.schedule}: {f.outcome}")

    def sweep(self) -> None:
        """A worker's sweep: expired leases back to the queue, held and overdue phases,
        dates to rebuild."""
        self.executor.recover_expired()
        sweep_deadlines(self.store, self.orch.pipelines, now=self.clock.now())
        rebuild_due(self.store, self.orch.pipelines, now=self.clock.now())

    def step(self, drain: Callable[[], None]) -> None:
        """One instant of the deployment; ``drain`` waits until the workers are idle."""
        self.beat_loops()
        self.tick()
        drain()
        self.sweep()
        drain()
        report = self.monitor.check()
        if report.retried or report.probes_back or report.forced:
            # what the monitor's self-heal enqueued (retries, re-runs, forced phases) runs
            # at this instant, and so does what it leads to (a rebuild after a late success)
            drain()
            self.sweep()
            drain()

    def close(self) -> None:
        self.scheduler.release()
        self.orch.resources["sources"].close()
        self.store.dispose()


def next_due(
    store: Store,
    pipelines: Mapping[str, PipelineDef],
    now: float,
    *,
    skip_schedules: Collection[str] = (),
) -> float | None:
    """The earliest instant after ``now`` at which something is due: a job's next attempt,
    a lease running out, a held phase's next try, a phase deadline, an upstream probe, a
    schedule's tick
    (except those of ``skip_schedules``, which fire at the next stop instead)."""
    candidates: list[float] = []
    waiting = [JobStatus.QUEUED.value, JobStatus.RETRY.value]
    with store.read() as conn:
        for value in (
            sa.select(sa.func.min(jobs.c.run_after)).where(
                jobs.c.status.in_(waiting), jobs.c.run_after > now
            ),
            # a lease has run out only once lease_until is past
            sa.select(sa.func.min(jobs.c.lease_until) + LEASE_EPSILON_S).where(
                jobs.c.status == JobStatus.RUNNING.value, jobs.c.lease_until >= now
            ),
            sa.select(sa.func.min(transitions.c.held_until)).where(
                transitions.c.triggered.is_(False), transitions.c.held_until > now
            ),
            sa.select(sa.func.min(transitions.c.deadline_at)).where(
                transitions.c.triggered.is_(False),
                transitions.c.blocked_reason.is_(None),
                transitions.c.deadline_at > now,
            ),
        ):
            found = conn.execute(value).scalar()
            if found is not None:
                candidates.append(float(found))
    retry = next_retry_at(store, pipelines, now=now)  # a dead letter self-heal retries
    if retry is not None and retry > now:
        candidates.append(retry)
    probe = next_probe_at(store, pipelines, now=now)  # the monitor asks a source if it is back
    if probe is not None and probe > now:
        candidates.append(probe)
    for pipeline in pipelines.values():
        local = datetime.fromtimestamp(now, tz=pipeline.zone)
        for sched in pipeline.schedules:
            if sched.name in skip_schedules:
                continue
            tick = croniter(sched.cron, local).get_next(datetime)
            candidates.append(tick.timestamp())
    return min(candidates) if candidates else None
