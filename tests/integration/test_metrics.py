"""Prometheus metrics on both databases: every figure is the state the engine left behind."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from support.scenes import BREAKER, troubled_day
from tipoff.engine.alerts import Alert, AlertBook, Severity
from tipoff.engine.breaker import CircuitBreaker
from tipoff.engine.heartbeats import record_beat
from tipoff.engine.metrics import render
from tipoff.engine.run_start import start_run
from tipoff.engine.store import Store

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(store: Store, now: float) -> Samples:
    text = render(store, now).decode()
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, frozenset(labels.items())))


def test_metrics_reflect_the_engine_state(store: Store) -> None:
    scene = troubled_day(store)
    clock, pipeline = scene.clock, scene.orch.pipeline()
    CircuitBreaker(store, "http:odds.example", clock=clock).record_failure("timeout")  # closed
    record_beat(store, beat_id="worker:w1", kind="worker", now=clock.now() - 5, started_at=0)
    AlertBook(store, [], clock=clock).raise_(Alert("slow:x", Severity.WARNING, "phase 3 is slow"))
    start_run(store, pipeline, scene.run.data_date, "overnight", now=clock.now())

    m = scrape(store, clock.now())

    assert value(m, "tipoff_dead_letters") == 1
    assert value(m, "tipoff_jobs", status="dead") == 1
    assert value(m, "tipoff_jobs", status="succeeded") == 3
    assert value(m, "tipoff_jobs", status="queued") == 3  # the overnight run's phase 1
    assert value(m, "tipoff_jobs_runnable") == 3
    assert value(m, "tipoff_circuit_breaker_state", breaker=BREAKER) == 2
    assert value(m, "tipoff_circuit_breaker_failures", breaker=BREAKER) == 5
    assert value(m, "tipoff_circuit_breaker_state", breaker="http:odds.example") == 0
    # flaky needed a second attempt and succeeded; b used both and died
    assert value(m, "tipoff_retried_jobs_recent", pipeline="t", processor="flaky") == 1
    assert value(m, "tipoff_retried_jobs_recent", pipeline="t", processor="b") == 1
    assert value(m, "tipoff_retried_jobs_recent", pipeline="t", processor="a") is None
    failed = {"pipeline": "t", "processor": "b"}
    assert value(m, "tipoff_failed_attempts_recent", **failed, status="failed") == 1
    assert value(m, "tipoff_failed_attempts_recent", **failed, status="dead") == 1
    assert value(m, "tipoff_transitions_open", pipeline="t") == 1
    assert value(m, "tipoff_transitions_overdue", pipeline="t") == 0
    assert value(m, "tipoff_alerts_open", severity="warning") == 1
    assert value(m, "tipoff_alerts_open", severity="critical") == 0
    assert value(m, "tipoff_heartbeat_age_seconds", kind="worker", id="worker:w1") == 5
    day = scene.run.data_date.isoformat()
    latest = {"pipeline": "t", "mode": "same_day", "data_date": day}
    assert value(m, "tipoff_latest_run_status", **latest, status="complete") == 1
    assert value(m, "tipoff_latest_run_status", **latest, status="blocked") == 0
    overnight = {**latest, "mode": "overnight"}
    assert value(m, "tipoff_latest_run_status", **overnight, status="running") == 1

    # An hour later the attempts have left the window; the open phase is past its deadline.
    later = scrape(store, clock.now() + 3700)
    assert value(later, "tipoff_retried_jobs_recent", pipeline="t", processor="flaky") is None
    assert value(later, "tipoff_failed_attempts_recent", **failed, status="dead") is None
    assert value(later, "tipoff_transitions_overdue", pipeline="t") == 1
    assert value(later, "tipoff_dead_letters") == 1


def test_metrics_of_an_empty_engine_have_zeros_and_no_series_per_thing(store: Store) -> None:
    store.ensure_schema()
    m = scrape(store, 1_700_000_000.0)
    assert value(m, "tipoff_dead_letters") == 0
    assert value(m, "tipoff_jobs", status="running") == 0
    assert value(m, "tipoff_oldest_runnable_job_age_seconds") == 0
    assert not any(name == "tipoff_circuit_breaker_state" for name, _ in m)
