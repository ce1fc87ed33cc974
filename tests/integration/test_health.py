"""The health check on both databases: healthy, then each thing that needs a person."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from support.inbox import Inbox
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import queue
from tipoff.engine.alerts import AlertBook, Severity
from tipoff.engine.breaker import CircuitBreaker
from tipoff.engine.clock import ManualClock
from tipoff.engine.health import health
from tipoff.engine.heartbeats import record_beat
from tipoff.engine.monitor import Monitor
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.store import Store

NOON = datetime(2025, 12, 29, 12, 0, tzinfo=ZoneInfo("UTC"))


def test_health_names_what_needs_a_person(store: Store) -> None:
    clock = ManualClock(NOON)

    def broken(ctx: JobContext) -> Result:
        raise RuntimeError("API returns 0 teams")

    orch = orchestrator_for(
        store, pipeline_from([[proc("a"), proc("b")]], max_attempts=1), {"b": broken}, clock=clock
    )
    report = health(store, orch.pipelines, clock=clock)
    assert not report.needs_person
    assert {c.name for c in report.checks} >= {
        "queue",
        "workers",
        "dead letters",
        "circuit breakers",
        "runs t 2025-12-29",
    }

    orch.start_run(date(2025, 12, 29), "same_day")  # work waits, nobody to take it
    report = health(store, orch.pipelines, clock=clock)
    failed = {c.name: c.detail for c in report.checks if not c.ok}
    assert set(failed) == {"queue", "workers"}
    assert failed["queue"].startswith("2 runnable")

    record_beat(store, beat_id="worker:x", kind="worker", now=clock.now(), started_at=clock.now())
    record_beat(
        store, beat_id="scheduler:x", kind="scheduler", now=clock.now(), started_at=clock.now()
    )
    ex = orch.executor("w")
    for job in queue.claim(store, worker_id="w", limit=5, now=clock.now(), lease_s=60):
        ex.run(job)
    CircuitBreaker(store, "http:stats.nba.com", clock=clock).record_failure("HTTP 503")
    for _ in range(4):
        CircuitBreaker(store, "http:stats.nba.com", clock=clock).record_failure("HTTP 503")
    report = health(store, orch.pipelines, clock=clock)
    failed = {c.name: c.detail for c in report.checks if not c.ok}
    assert set(failed) == {"runs t 2025-12-29", "dead letters", "circuit breakers"}
    assert failed["runs t 2025-12-29"] == "same_day blocked"
    assert (
        failed["dead letters"] == "1: b 2025-12-29 (job 2) (1 need a person (`tipoff dlq retry`))"
    )
    assert "not closed: http:stats.nba.com" in failed["circuit breakers"]
    loops = next(c for c in report.checks if c.name == "loops")
    assert loops.detail == "scheduler alive"
    assert report.needs_person


def test_an_optional_processor_dead_is_a_warning_and_a_critical_one_critical(
    store: Store,
) -> None:
    clock = ManualClock(NOON)

    def broken(ctx: JobContext) -> Result:
        raise RuntimeError("injury report: HTTP 500")

    pipeline = pipeline_from(
        [[proc("a"), proc("injuries", critical=False)], [proc("b")]], max_attempts=1
    )
    orch = orchestrator_for(store, pipeline, {"injuries": broken}, clock=clock)
    record_beat(store, beat_id="worker:x", kind="worker", now=clock.now(), started_at=clock.now())
    orch.start_run(date(2025, 12, 29), "same_day")
    drain(orch, clock)
    inbox = Inbox()
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock)
    monitor.check()
    [event] = [e for e in inbox.events if e.alert.key == "dead_letters"]
    assert event.alert.severity is Severity.WARNING  # the phase went on without it
    report = health(store, orch.pipelines, clock=clock)
    dead = next(c for c in report.checks if c.name == "dead letters")
    assert dead.ok and dead.detail.endswith("(optional processors only: a warning)")
    assert not report.needs_person

    # a critical processor dead: critical, and a person is needed
    def also_broken(ctx: JobContext) -> Result:
        raise RuntimeError("boom")

    orch2 = orchestrator_for(store, pipeline, {"injuries": broken, "a": also_broken}, clock=clock)
    orch2.start_run(date(2025, 12, 30), "same_day")
    drain(orch2, clock)
    monitor.check()
    assert [e.alert.severity for e in inbox.events if e.alert.key == "dead_letters"] == [
        Severity.WARNING,
        Severity.CRITICAL,
    ]
    report = health(store, orch2.pipelines, clock=clock)
    assert report.needs_person
    assert not next(c for c in report.checks if c.name == "dead letters").ok


def test_no_scheduler_is_a_failure_when_the_pipeline_has_schedules(store: Store) -> None:
    clock = ManualClock(NOON)
    schedules = [{"name": "daily", "cron": "0 9 * * *", "action": "run", "mode": "same_day"}]
    orch = orchestrator_for(store, pipeline_from([[proc("a")]], schedules=schedules), clock=clock)
    loops = next(c for c in health(store, orch.pipelines, clock=clock).checks if c.name == "loops")
    assert not loops.ok
    assert loops.detail == (
        "no scheduler or monitor heartbeat; 1 schedule(s) and no scheduler alive "
        "(start `tipoff scheduler`)"
    )
    record_beat(
        store, beat_id="scheduler:x", kind="scheduler", now=clock.now(), started_at=clock.now()
    )
    loops = next(c for c in health(store, orch.pipelines, clock=clock).checks if c.name == "loops")
    assert loops.ok and loops.detail == "scheduler alive"
