"""``tipoff status`` names the processors that needed retries and the breakers not closed."""

from __future__ import annotations

from support.scenes import BREAKER, DAY, troubled_day
from tipoff.engine.breaker import CircuitBreaker
from tipoff.engine.status import date_status, render_text, to_json
from tipoff.engine.store import Store


def test_a_date_shows_its_retried_processors_and_open_breakers(store: Store) -> None:
    scene = troubled_day(store)
    pipeline = scene.orch.pipeline()
    report = date_status(store, pipeline, DAY)

    text = render_text(report)
    assert "Retries for 2025-12-29:" in text
    assert (
        "  - b (same_day, phase 1): 1 job retried (1 dead), up to 2/2 attempts; "
        "last error at 12:00:01 PM: RuntimeError: boom in b (attempt 2)"
    ) in text
    assert (
        "  - flaky (same_day, phase 1): 1 job retried (1 succeeded), up to 2/2 attempts; "
        "last error at 12:00:00 PM: RuntimeError: feed timed out (attempt 1)"
    ) in text
    assert "  - a (" not in text.split("Retries for")[1]
    assert "Circuit breakers not closed:" in text
    assert (
        f"  - {BREAKER}: OPEN since 12:00:03 PM, 5 failures; "
        "last error: HTTP 503 Service Unavailable"
    ) in text

    body = to_json(report)
    retried = {r["processor"]: r for r in body["retries"]}
    assert set(retried) == {"b", "flaky"}
    assert retried["flaky"]["statuses"] == {"succeeded": 1}
    assert retried["flaky"]["last_error"] == "RuntimeError: feed timed out (attempt 1)"
    assert retried["flaky"]["last_failed_at"] == "2025-12-29T12:00:00+00:00"
    assert (retried["b"]["attempts"], retried["b"]["max_attempts"]) == (2, 2)
    assert body["breakers"] == [
        {
            "name": BREAKER,
            "state": "open",
            "since": "2025-12-29T12:00:03+00:00",
            "failures": 5,
            "last_error": "HTTP 503 Service Unavailable",
        }
    ]

    # A closed breaker and another date's retries are not listed.
    CircuitBreaker(store, BREAKER, clock=scene.clock).reset()
    scene.orch.start_run(DAY.replace(day=30), "same_day")
    other = date_status(store, pipeline, DAY.replace(day=30))
    assert to_json(other)["retries"] == [] and to_json(other)["breakers"] == []
    assert "Retries for" not in render_text(other)
    assert "Circuit breakers" not in render_text(other)
