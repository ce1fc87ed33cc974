"""Cron schedules from the pipeline definition, fired once per due tick by one leader.

Each turn, for every schedule, the latest cron instant at or before now (in the
pipeline's time zone) is compared with the last instant fired (``schedule_ticks``). A
newer one fires once, however many ticks were missed while nothing ran: downtime is
caught up once, not once per missed tick. A schedule seen for the first time only records
a baseline. Actions meet event-driven work on the same idempotency keys:

- ``run``: start the run of (date, mode); a run that exists is left as it is.
- ``trigger_phase N``: a backup trigger. If phase N-1's transition is settled enough to go
  on (the policy says trigger, or every critical processor succeeded) but did not
  trigger, it triggers with reason ``schedule``; if phase N already started, nothing
  happens; if phase N-1 is still working, nothing happens either (a fixed-time trigger
  must not race its inputs; the monitor reports stuck phases).
- ``enqueue``: one job of a task processor, keyed by schedule and instant.
- housekeeping, run by the scheduler itself: ``heal`` (self-heal today and tomorrow, the
  cut-off rule included), ``monitor`` (one monitor turn: stuck, held, slow, dead letters,
  the pipeline's watches), ``recover`` (expired leases back to the queue: stalled-batch
  recovery) and ``health`` (the morning check: the summary through the notifiers, see
  ``summary.py``, and an alert while it needs a person).

Only the leader acts: on PostgreSQL the holder of a session advisory lock, on SQLite the
holder of an expiring lease row, so a second scheduler started by mistake is harmless.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
import structlog
from croniter import croniter

from tipoff.engine import queue, run_records, run_start, transitions
from tipoff.engine.alerts import Alert, AlertBook, Severity
from tipoff.engine.clock import Clock
from tipoff.engine.execution import Executor
from tipoff.engine.heal import DEFAULT_MAX_HEALS, heal
from tipoff.engine.health import HEALTH_ALERT_PREFIX, health, pipeline_checks
from tipoff.engine.monitor import Monitor
from tipoff.engine.pipeline import PipelineDef, ScheduleDef
from tipoff.engine.registry import Registry
from tipoff.engine.schema import locks, schedule_ticks
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import TriggerReason
from tipoff.engine.store import Store
from tipoff.engine.summary import morning_summary

log = structlog.get_logger("tipoff.scheduler")

LEADER_LOCK = "scheduler"
_PG_LOCK_KEY = 0x7469706F6667
_DATE_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}


@dataclass(frozen=True)
class Fired:
    """One schedule fired at one cron instant, and what it did."""

    pipeline: str
    schedule: str
    instant: datetime
    action: str
    outcome: str


@dataclass(frozen=True)
class Upcoming:
    """A schedule's next cron instant (in its pipeline's time zone)."""

    pipeline: str
    schedule: str
    action: str
    instant: datetime


class Scheduler:
    def __init__(
        self,
        store: Store,
        pipelines: Mapping[str, PipelineDef],
        *,
        clock: Clock,
        holder: str,
        lease_s: float = 60.0,
        book: AlertBook | None = None,
    ) -> None:
        self.store = store
        self.pipelines = dict(pipelines)
        self.clock = clock
        self.holder = holder
        self.lease_s = lease_s
        self.book = book or AlertBook(store, [], clock=clock)
        self._pg_conn: Any = None
        # "pipeline/schedule" seen for the first time by the last tick: a baseline, no firing
        self.baselined: list[str] = []

    # -- leadership -----------------------------------------------------------------------

    def acquire(self) -> bool:
        """Become (or stay) the leader; False when another scheduler leads."""
        if self.store.is_postgres:
            return self._pg_lock()
        now = self.clock.now()
        stmt = self.store.upsert_insert(locks)
        with self.store.transaction() as conn:
            conn.execute(
                stmt.on_conflict_do_nothing(index_elements=["name"]),
                {"name": LEADER_LOCK, "holder": self.holder, "expires_at": now + self.lease_s},
            )
            taken = conn.execute(
                sa.update(locks)
                .where(
                    locks.c.name == LEADER_LOCK,
                    sa.or_(locks.c.holder == self.holder, locks.c.expires_at < now),
                )
                .values(holder=self.holder, expires_at=now + self.lease_s)
            ).rowcount
        return taken == 1

    def _pg_lock(self) -> bool:
        import psycopg

        if self._pg_conn is not None and not self._pg_conn.closed:
            return True  # a session lock lasts as long as its connection
        conninfo = self.store.url.set(drivername="postgresql").render_as_string(hide_password=False)
        conn = psycopg.connect(conninfo, autocommit=True)
        got = conn.execute("SELECT pg_try_advisory_lock(%s)", (_PG_LOCK_KEY,)).fetchone()
        if got and got[0]:
            self._pg_conn = conn
            return True
        conn.close()
        return False

    def release(self) -> None:
        if self._pg_conn is not None:
            self._pg_conn.close()
            self._pg_conn = None
            return
        with self.store.transaction() as conn:
            conn.execute(
                sa.delete(locks).where(locks.c.name == LEADER_LOCK, locks.c.holder == self.holder)
            )

    # -- ticks ----------------------------------------------------------------------------

    def tick(self) -> list[Fired]:
        """Fire every schedule that is due; does nothing unless this scheduler leads."""
        self.baselined = []
        if not self.acquire():
            return []
        fired: list[Fired] = []
        for pipeline in self.pipelines.values():
            zone = pipeline.zone
            now = datetime.fromtimestamp(self.clock.now(), tz=zone)
            # cron has minute resolution: the latest instant at or before now is the one
            # before the start of the next minute
            upto = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
            for sched in pipeline.schedules:
                instant = croniter(sched.cron, upto).get_prev(datetime)
                if self._claim_tick(pipeline.pipeline, sched.name, instant):
                    outcome = self._fire(pipeline, sched, instant)
                    fired.append(
                        Fired(pipeline.pipeline, sched.name, instant, sched.action, outcome)
                    )
                    log.info(
                        "schedule_fired",
                        pipeline=pipeline.pipeline,
                        schedule=sched.name,
                        instant=instant.isoformat(),
                        outcome=outcome,
                    )
        return fired

    def upcoming(self) -> list[Upcoming]:
        """Every schedule's next instant after now, soonest first."""
        found = []
        for pipeline in self.pipelines.values():
            now = datetime.fromtimestamp(self.clock.now(), tz=pipeline.zone)
            for sched in pipeline.schedules:
                instant = croniter(sched.cron, now).get_next(datetime)
                found.append(Upcoming(pipeline.pipeline, sched.name, sched.action, instant))
        return sorted(found, key=lambda u: (u.instant, u.pipeline, u.schedule))

    def _claim_tick(self, pipeline: str, name: str, instant: datetime) -> bool:
        """Record ``instant`` as fired if it is newer; False if seen already or first sight."""
        ts = instant.timestamp()
        with self.store.transaction() as conn:
            last = conn.execute(
                sa.select(schedule_ticks.c.last_tick_at).where(
                    schedule_ticks.c.pipeline == pipeline, schedule_ticks.c.schedule == name
                )
            ).scalar_one_or_none()
            if last is None:
                conn.execute(
                    sa.insert(schedule_ticks).values(
                        pipeline=pipeline, schedule=name, last_tick_at=ts
                    )
                )
                self.baselined.append(f"{pipeline}/{name}")
                return False  # baseline: a new schedule does not fire for the past
            if ts <= last:
                return False
            # conditional, so that of two turns racing for the instant one claims it
            return (
                conn.execute(
                    sa.update(schedule_ticks)
                    .where(
                        schedule_ticks.c.pipeline == pipeline,
                        schedule_ticks.c.schedule == name,
                        schedule_ticks.c.last_tick_at < ts,
                    )
                    .values(last_tick_at=ts)
                ).rowcount
                == 1
            )

    def _fire(self, pipeline: PipelineDef, sched: ScheduleDef, instant: datetime) -> str:
        day = instant.date() + timedelta(days=_DATE_OFFSETS[sched.date])
        now = self.clock.now()
        if sched.action == "run":
            assert sched.mode is not None
            run = run_start.start_run(
                self.store,
                pipeline,
                day,
                sched.mode,
                now=now,
                trigger_source="schedule",
                schedule=sched,
            )
            return f"run {day} {sched.mode}: {run.status}"
        if sched.action == "trigger_phase":
            assert sched.mode is not None and sched.phase is not None
            return self._backup_trigger(pipeline, day, sched.mode, sched.phase)
        if sched.action in ("heal", "monitor", "recover", "health"):
            return self._housekeeping(pipeline, sched, instant)
        assert sched.processor is not None
        proc = pipeline.processor(sched.processor)
        with self.store.transaction() as conn:
            queue.enqueue(
                self.store,
                conn,
                [
                    queue.JobSpec(
                        key=f"schedule/{pipeline.pipeline}/{sched.name}/{instant.isoformat()}",
                        pipeline=pipeline.pipeline,
                        processor=proc.name,
                        data_date=day,
                        mode=sched.mode,
                        params={**proc.params, **sched.params},
                        max_attempts=pipeline.max_attempts(proc),
                        timeout_s=pipeline.timeout_s(proc),
                        trigger_source="schedule",
                    )
                ],
                now=now,
                return_ids=False,
            )
        return f"enqueued {proc.name} for {day}"

    def _housekeeping(self, pipeline: PipelineDef, sched: ScheduleDef, instant: datetime) -> str:
        only = {pipeline.pipeline: pipeline}
        if sched.action == "heal":
            r = heal(
                self.store,
                only,
                clock=self.clock,
                max_heals=int(sched.params.get("max_heals", DEFAULT_MAX_HEALS)),
            )
            return (
                f"heal: {len(r.triggered)} triggered, {len(r.requeued)} requeued, "
                f"{len(r.forced)} forced, {len(r.held)} held, {len(r.gave_up)} gave up"
            )
        if sched.action == "monitor":
            return Monitor(self.store, only, self.book, clock=self.clock).check().summary()
        if sched.action == "recover":
            ex = Executor(self.store, only, Registry(), clock=self.clock, worker_id=self.holder)
            return f"recover: {len(ex.recover_expired())} expired lease(s) back to the queue"
        extra = pipeline_checks(self.store, only, now=self.clock.now())
        report = health(self.store, only, clock=self.clock, extra=extra)
        self.book.announce(morning_summary(self.store, pipeline, report, at=instant))
        failing = [c for c in report.checks if not c.ok]
        key = f"{HEALTH_ALERT_PREFIX}{pipeline.pipeline}"
        if not failing:
            self.book.resolve_others(key, [])
            return "health: healthy"
        self.book.raise_(
            Alert(
                key,
                Severity.CRITICAL,
                f"{pipeline.pipeline} health check needs a person: "
                + "; ".join(f"{c.name}: {c.detail}" for c in failing),
                {"failing": [c.name for c in failing]},
                state=[c.name for c in failing],
            )
        )
        return f"health: needs a person ({', '.join(c.name for c in failing)})"

    def _backup_trigger(self, pipeline: PipelineDef, day: date, mode: str, phase: int) -> str:
        now = self.clock.now()
        with self.store.transaction() as conn:
            run = run_records.find_run(conn, pipeline.pipeline, day, mode)
            if run is None:
                return f"phase {phase} {day} {mode}: no run"
            previous = [p.phase for p in pipeline.phases if p.phase < phase]
            if not previous:
                return f"phase {phase} {day} {mode}: first phase, nothing to trigger"
            t = conn.execute(
                sa.select(transitions_table).where(
                    transitions_table.c.run_id == run.id,
                    transitions_table.c.phase == previous[-1],
                )
            ).first()
            if t is None:
                return f"phase {phase} {day} {mode}: phase {previous[-1]} not started"
            if t.triggered:
                return f"phase {phase} {day} {mode}: already triggered ({t.trigger_reason})"
            outcome = transitions.evaluate(
                self.store, conn, pipeline, t.id, now=now, trigger_source="schedule"
            )
            if outcome.triggered_phase is not None:
                return f"phase {phase} {day} {mode}: triggered by the policy ({outcome.reason})"
            if outcome.held:
                return f"phase {phase} {day} {mode}: held by pre-flight: {outcome.held}"
            tm = transitions.lock_transition(conn, t.id)
            if transitions.criticals_done(tm, transitions.completion_states(conn, t.id)):
                outcome = transitions.trigger(
                    self.store,
                    conn,
                    pipeline,
                    tm,
                    TriggerReason.SCHEDULE,
                    now=now,
                    trigger_source="schedule",
                )
                if outcome.held:
                    return f"phase {phase} {day} {mode}: held by pre-flight: {outcome.held}"
                return f"phase {phase} {day} {mode}: triggered (schedule)"
        return f"phase {phase} {day} {mode}: phase {previous[-1]} still working"
