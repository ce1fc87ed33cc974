"""The monitor on both databases: each condition alerts once, and resolves once."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from support import db
from support.inbox import Inbox
from support.pipelines import orchestrator_for, pipeline_from, proc
from tipoff.engine import queue
from tipoff.engine.alerts import AlertBook
from tipoff.engine.clock import ManualClock
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import jobs
from tipoff.engine.store import Store

D = date(2025, 12, 29)


def setup(store: Store, clock: ManualClock, **overrides):  # type: ignore[no-untyped-def]
    pipeline = pipeline_from(
        [[proc("a"), proc("b"), proc("c")], [proc("d")]],
        deadline_floor_s=600,
        max_attempts=1,
    )
    orch = orchestrator_for(store, pipeline, overrides, clock=clock)
    inbox = Inbox()
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock)
    return orch, monitor, inbox


def run_some(
    orch: Orchestrator, clock: ManualClock, names: set[str], lease_s: float = 3600
) -> dict[str, queue.Job]:
    ex = orch.executor("w")
    claimed = {
        j.processor: j
        for j in queue.claim(orch.store, worker_id="w", limit=10, now=clock.now(), lease_s=lease_s)
    }
    for name in names:
        ex.run(claimed[name])
    return claimed


def test_a_stuck_phase_alerts_once_with_what_is_missing_then_resolves(
    store: Store, clock: ManualClock
) -> None:
    orch, monitor, inbox = setup(store, clock)
    orch.start_run(D, "same_day")
    claimed = run_some(orch, clock, {"a", "b"})
    assert monitor.check().stuck == []  # before the deadline: not stuck
    clock.advance(660)  # 11 minutes: one past the 10-minute deadline
    report = monitor.check()
    key = "stuck:t:2025-12-29:same_day:1"
    assert report.stuck == [key] and report.opened == [key]
    [event] = inbox.events
    assert event.kind == "opened"
    assert event.alert.message == (
        "t phase 1 (phase1) for 2025-12-29 (same_day) is stuck: 2/3 complete, missing c; "
        "past its deadline for 1 min"
    )
    clock.advance(120)
    assert monitor.check().opened == []  # the same problem, two minutes older: not news
    assert [e.kind for e in inbox.events] == ["opened"]
    [row] = monitor.book.open_alerts()
    assert row.message.endswith("past its deadline for 3 min")  # the text stays current
    orch.executor("w").run(claimed["c"])
    report = monitor.check()
    assert report.stuck == [] and report.resolved == [key]
    assert inbox.kinds()[-1] == ("resolved", key)


def test_dead_letters_alert_and_resolve_when_purged(store: Store, clock: ManualClock) -> None:
    def broken(ctx: JobContext) -> Result:
        raise RuntimeError("API returns 0 teams")

    orch, monitor, inbox = setup(store, clock, c=broken)
    orch.start_run(D, "same_day")
    run_some(orch, clock, {"a", "b", "c"})
    report = monitor.check()
    assert report.dead_letters == 1
    assert inbox.kinds() == [("opened", "dead_letters")]
    assert "1 dead letter(s): c 2025-12-29" in inbox.events[0].alert.message
    monitor.check()
    assert len(inbox.events) == 1  # unchanged: notified once
    with store.transaction() as conn:
        conn.execute(sa.delete(jobs).where(jobs.c.status == "dead"))
    assert monitor.check().resolved == ["dead_letters"]


def test_expired_leases_go_back_to_the_queue(store: Store, clock: ManualClock) -> None:
    orch, monitor, _ = setup(store, clock)
    orch.start_run(D, "same_day")
    run_some(orch, clock, set(), lease_s=30)  # claimed, then the worker "died"
    clock.advance(31)
    report = monitor.check()
    assert report.recovered == 3
    statuses = {j.processor: j.status for j in db.rows(store, sa.select(jobs))}
    # their worker died before their timeout: the attempts are not charged (max_attempts=1)
    assert statuses == {"a": "retry", "b": "retry", "c": "retry"}
    assert {(j.attempts, j.infra_attempts) for j in db.rows(store, sa.select(jobs))} == {(0, 1)}


def test_a_phase_slower_than_twice_its_median_warns(store: Store, clock: ManualClock) -> None:
    orch, monitor, inbox = setup(store, clock)
    for day in (1, 2, 3):  # history: phase 1 takes 10 s
        orch.start_run(date(2025, 12, day), "same_day")
        claimed = run_some(orch, clock, set())
        clock.advance(10)
        for name in "abc":
            orch.executor("w").run(claimed[name])
        run_some(orch, clock, {"d"})
    orch.start_run(D, "same_day")
    claimed = run_some(orch, clock, {"a"})
    clock.advance(15)
    assert monitor.check().slow == []  # 15 s < 2 x 10 s
    clock.advance(10)
    report = monitor.check()
    key = "slow:t:2025-12-29:same_day:1"
    assert report.slow == [key]
    assert inbox.events[-1].alert.severity == "warning"
    orch.executor("w").run(claimed["b"])
    orch.executor("w").run(claimed["c"])
    assert monitor.check().resolved == [key]
