"""The scheduler on both databases: catch-up once, idempotent with events, one leader."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from support import db
from support.pipelines import orchestrator_for, pipeline_from, proc
from tipoff.engine import queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.scheduler import Scheduler
from tipoff.engine.schema import jobs, runs
from tipoff.engine.states import JobStatus
from tipoff.engine.store import Store

NY = ZoneInfo("America/New_York")


def at(hour: int, minute: int = 0, day: int = 12) -> datetime:
    return datetime(2025, 11, day, hour, minute, tzinfo=NY)


def build(store: Store, clock: ManualClock, schedules: list[dict[str, object]]) -> Orchestrator:
    pipeline = pipeline_from(
        [[proc("a"), proc("b"), proc("opt", critical=False)], [proc("c")]],
        tasks=[{"name": "housekeeping"}],
    )
    from dataclasses import replace

    from tipoff.engine.pipeline import ScheduleDef

    pipeline = replace(
        pipeline,
        timezone="America/New_York",
        schedules=tuple(ScheduleDef(**s) for s in schedules),  # type: ignore[arg-type]
    )
    return orchestrator_for(store, pipeline, clock=clock)


def scheduler(orch: Orchestrator, holder: str = "s1") -> Scheduler:
    return Scheduler(orch.store, orch.pipelines, clock=orch.clock, holder=holder)


def test_missed_ticks_are_caught_up_once_not_once_per_tick(store: Store) -> None:
    clock = ManualClock(at(8, 0))
    orch = build(
        store,
        clock,
        [{"name": "hourly", "cron": "0 * * * *", "action": "enqueue", "processor": "housekeeping"}],
    )
    s = scheduler(orch)
    assert s.tick() == []  # first sight: a baseline, nothing fired for the past
    clock.set(at(8, 59))
    assert s.tick() == []
    clock.set(at(9, 0))
    [fired] = s.tick()
    assert fired.instant == at(9, 0) and fired.outcome.startswith("enqueued housekeeping")
    assert s.tick() == []  # the same instant never fires twice
    clock.set(at(14, 30))  # down from 9:00 to 14:30: five ticks missed
    fired = s.tick()
    assert [f.instant for f in fired] == [at(14, 0)]
    assert db.count(store, jobs, jobs.c.processor == "housekeeping") == 2
    s.release()


def test_a_run_schedule_meets_the_existing_run_and_does_nothing_twice(store: Store) -> None:
    clock = ManualClock(at(8, 0))
    orch = build(
        store,
        clock,
        [
            {
                "name": "morning",
                "cron": "0 9 * * *",
                "action": "run",
                "mode": "same_day",
                "date": "today",
            },
            {
                "name": "night",
                "cron": "0 2 * * *",
                "action": "run",
                "mode": "overnight",
                "date": "yesterday",
            },
        ],
    )
    orch.start_run(date(2025, 11, 12), "same_day")  # the event-driven run got there first
    s = scheduler(orch)
    s.tick()
    clock.set(at(9, 1))
    [fired] = s.tick()
    assert fired.schedule == "morning"
    assert db.count(store, runs) == 1  # the schedule met the same run
    assert db.count(store, jobs) == 3  # and the same phase-1 jobs
    clock.set(at(2, 5, day=13))
    [night] = s.tick()
    with store.read() as conn:
        overnight = conn.execute(
            sa.select(runs.c.data_date, runs.c.trigger_source).where(runs.c.mode == "overnight")
        ).one()
    assert night.schedule == "night"
    assert overnight == (date(2025, 11, 12), "schedule")  # yesterday, as declared
    s.release()


def test_a_backup_trigger_only_pushes_a_phase_whose_criticals_are_done(store: Store) -> None:
    clock = ManualClock(at(8, 0))
    orch = build(
        store,
        clock,
        [
            {
                "name": "phase2-backup",
                "cron": "30 10 * * *",
                "action": "trigger_phase",
                "phase": 2,
                "mode": "same_day",
                "date": "today",
            },
        ],
    )
    s = scheduler(orch)
    s.tick()
    run = orch.start_run(date(2025, 11, 12), "same_day")
    ex = orch.executor("w")
    claimed = {
        j.processor: j
        for j in queue.claim(store, worker_id="w", limit=9, now=clock.now(), lease_s=3600)
    }
    ex.run(claimed["a"])
    clock.set(at(10, 30))
    [early] = s.tick()
    assert early.outcome.endswith("phase 1 still working")  # b (critical) not done: no race
    assert not db.transition(store, run.id, 1)["triggered"]

    ex.run(claimed["b"])  # criticals done; the optional one is still running
    clock.set(at(10, 30, day=13))
    s2 = Scheduler(orch.store, orch.pipelines, clock=clock, holder="s1")
    s2.tick()  # a new day's tick for phase 2 of the 13th: no run, nothing
    t1 = db.transition(store, run.id, 1)
    assert not t1["triggered"]

    # the 12th's backup tick again (e.g. after a restart) pushes the stuck phase
    with store.transaction() as conn:
        conn.execute(sa.text("UPDATE schedule_ticks SET last_tick_at = 0"))
    clock.set(at(10, 31))
    [pushed] = s.tick()
    assert pushed.outcome.endswith("triggered (schedule)")
    t1 = db.transition(store, run.id, 1)
    assert t1["triggered"] and t1["trigger_reason"] == "schedule"
    assert db.job(store, "c")["status"] == JobStatus.QUEUED.value
    s.release()


def test_only_one_scheduler_acts_at_a_time(store: Store) -> None:
    clock = ManualClock(at(8, 0))
    orch = build(
        store,
        clock,
        [{"name": "hourly", "cron": "0 * * * *", "action": "enqueue", "processor": "housekeeping"}],
    )
    first, second = scheduler(orch, "s1"), scheduler(orch, "s2")
    assert first.acquire()
    assert not second.acquire()
    first.tick()
    assert second.tick() == []  # not the leader: does nothing
    clock.set(at(9, 0))
    assert len(first.tick()) == 1
    first.release()
    assert second.acquire()  # leadership passes on once released
    second.release()
