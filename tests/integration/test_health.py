"""The health check on both databases: healthy, then each thing that needs a person."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from support.pipelines import orchestrator_for, pipeline_from, proc
from tipoff.engine import queue
from tipoff.engine.breaker import CircuitBreaker
from tipoff.engine.clock import ManualClock
from tipoff.engine.health import health
from tipoff.engine.heartbeats import record_beat
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
    assert failed["dead letters"] == "1: b 2025-12-29 (job 2)"
    assert "not closed: http:stats.nba.com" in failed["circuit breakers"]
    loops = next(c for c in report.checks if c.name == "loops")
    assert loops.detail == "scheduler alive"
    assert report.needs_person
