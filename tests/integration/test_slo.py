"""Service-level objectives measured on the manual clock, and the monitor's alerts on them.

A one-phase pipeline runs a same-day run each morning at 09:00 (UTC), which takes ten
minutes, four days in a row. The fifth day starts late and takes an hour: it is ready after
14:00, over twice the median phase duration, and its exports were older than 26 hours for
a while before it. The sixth day's run never gets a worker. Each SLO counts exactly those
misses, spends its error budget accordingly, and the monitor alerts (critical: the budget
is spent); two good days later the alerts resolve.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from support.inbox import Inbox
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from support.plans import plans_reading, recording
from tipoff.engine import slo
from tipoff.engine.alerts import AlertBook
from tipoff.engine.clock import ManualClock
from tipoff.engine.monitor import Monitor
from tipoff.engine.store import Store
from tipoff.errors import ConfigError

FIRST = date(2025, 12, 1)
SLOS = [
    {"name": "ready", "kind": "ready_by", "mode": "same_day", "phase": 1, "by": "14:00"},
    {"name": "on-time", "kind": "phase_duration", "factor": 2, "floor_s": 60},
    {"name": "fresh", "kind": "fresh", "processor": "a", "mode": "same_day", "max_age_h": 26},
]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(FIRST + timedelta(days=day - 1), datetime.min.time(), UTC).replace(
        hour=hour, minute=minute
    )


def day_run(orch, clock: ManualClock, day: int, start: datetime, took_min: float) -> None:  # type: ignore[no-untyped-def]
    clock.set(start)
    orch.start_run(FIRST + timedelta(days=day - 1), "same_day")
    clock.advance(took_min * 60)
    drain(orch, clock)


def by_name(reports: list[slo.SloReport]) -> dict[str, slo.SloReport]:
    return {r.slo.name: r for r in reports}


def test_slos_count_the_misses_and_the_monitor_alerts_until_they_pass(store: Store) -> None:
    clock = ManualClock(at(1, 9))
    pipeline = pipeline_from([[proc("a")]], slos=SLOS)
    orch = orchestrator_for(store, pipeline, clock=clock)
    for day in range(1, 5):
        day_run(orch, clock, day, at(day, 9), took_min=10)
    day_run(orch, clock, 5, at(5, 13, 30), took_min=60)  # ready 14:30
    clock.set(at(6, 9))
    orch.start_run(FIRST + timedelta(days=5), "same_day")  # no worker takes it
    clock.set(at(6, 15))

    reports = by_name(slo.evaluate(store, pipeline, clock.now()))
    ready = reports["ready"]
    assert (ready.total, ready.bad) == (6, 2)
    assert [v.subject for v in ready.violations] == [
        "2025-12-06 same_day phase 1",
        "2025-12-05 same_day phase 1",
    ]
    assert ready.violations[1].detail == "ready 30 min after 14:00"
    assert ready.budget_left == pytest.approx(1 - 2 / (0.05 * 6))

    # days 4 to 6 have three earlier durations; day 5 took 60 min against a 20 min bound,
    # day 6 is still open after six hours
    on_time = reports["on-time"]
    assert (on_time.total, on_time.bad, on_time.violated_now) == (3, 2, True)

    # successes at 09:10 on days 1-4, then 14:30 on day 5: stale from 11:10 to 14:30
    fresh = reports["fresh"]
    assert fresh.unit == "seconds" and fresh.bad == pytest.approx(3 * 3600 + 20 * 60)
    assert fresh.total == pytest.approx(clock.now() - at(1, 9, 10).timestamp())
    assert not fresh.violated_now

    inbox = Inbox()
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock)
    opened = monitor.check().opened
    # the exports' stale stretch ended over a day ago: counted in the budget, not alerted
    assert {"slo:t:ready", "slo:t:on-time"} <= set(opened) and "slo:t:fresh" not in opened
    ready_alert = next(e.alert for e in inbox.events if e.alert.key == "slo:t:ready")
    assert ready_alert.severity == "critical"  # 2 misses of 6 spend a 5% budget
    assert "2025-12-06 same_day phase 1 (not ready by 14:00)" in ready_alert.message

    # the stuck run finishes; two good days later nothing was violated in the last day
    drain(orch, clock)
    day_run(orch, clock, 7, at(7, 9), took_min=10)
    day_run(orch, clock, 8, at(8, 9), took_min=10)
    clock.set(at(8, 16))
    resolved = monitor.check().resolved
    assert {"slo:t:ready", "slo:t:on-time"} <= set(resolved)

    # no run for two days: the exports go stale, and that alerts
    clock.set(at(10, 12))
    stale = by_name(slo.evaluate(store, pipeline, clock.now()))["fresh"]
    assert stale.violated_now and stale.violations[0].subject == "stale 2025-12-09 11:10 to now"
    assert "slo:t:fresh" in monitor.check().opened


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"name": "x", "kind": "ready_by", "phase": 9, "by": "14:00"}, "needs a phase"),
        ({"name": "x", "kind": "ready_by", "phase": 1, "by": "2pm"}, "HH:MM"),
        ({"name": "x", "kind": "fresh", "processor": "nope", "max_age_h": 1}, "processor"),
        ({"name": "x", "kind": "fresh", "processor": "a"}, "max_age_h"),
        ({"name": "x", "kind": "phase_duration", "objective": 1.5}, "objective"),
        ({"name": "x", "kind": "phase_duration", "mode": "weekly"}, "unknown mode"),
    ],
)
def test_a_bad_slo_is_refused_naming_it(entry: dict[str, object], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem) as refused:
        pipeline_from([[proc("a")]], slos=[entry])
    assert "slos[0]" in str(refused.value)


def test_the_fresh_slo_reads_the_execution_log_through_its_index(store: Store) -> None:
    """With or without a mode, the ``fresh`` SLO's reads of the execution log are index
    searches (``ix_execution_log_finished``), not scans of the whole log."""
    clock = ManualClock(at(1, 9))
    fresh = [
        {"name": "fresh", "kind": "fresh", "processor": "a", "mode": "same_day", "max_age_h": 26},
        {"name": "fresh-any", "kind": "fresh", "processor": "a", "max_age_h": 26},
    ]
    pipeline = pipeline_from([[proc("a")]], slos=fresh)
    orch = orchestrator_for(store, pipeline, clock=clock)
    for day in (1, 2):
        day_run(orch, clock, day, at(day, 9), took_min=10)
    with recording(store) as seen:
        reports = by_name(slo.evaluate(store, pipeline, clock.now()))
    assert reports["fresh"].total > 0 and reports["fresh-any"].total > 0
    plans = plans_reading(store, "execution_log", seen)
    assert len(plans) == 4, seen  # per SLO: the latest before its window, those within it
    for found in plans:
        assert "ix_execution_log_finished" in found, found
        assert "SCAN execution_log" not in found and "Seq Scan" not in found, found
