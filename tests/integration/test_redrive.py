"""Dead letters without a person: self-heal retries those a data source caused, on a
bounded schedule, gives up visibly, and clears those a later success superseded."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from support import db
from support.inbox import Inbox
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import queue
from tipoff.engine.alerts import AlertBook
from tipoff.engine.clock import ManualClock
from tipoff.engine.heal import heal
from tipoff.engine.health import health
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.rebuild import rebuild_due
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import jobs, runs
from tipoff.engine.states import JobStatus
from tipoff.engine.store import Store
from tipoff.errors import FetchError

D = date(2025, 10, 31)
BASE_S = 300.0


class Feed:
    """An upstream that is down until told otherwise."""

    def __init__(self) -> None:
        self.down = True
        self.calls = 0

    def __call__(self, ctx: JobContext) -> Result:
        self.calls += 1
        if self.down:
            raise FetchError(
                "GET https://feed.example/report failed after 3 attempt(s): 500",
                url="https://feed.example/report",
                status=500,
                attempts=3,
            )
        return Result(records=1)


def _setup(
    store: Store, clock: ManualClock, feed: Feed, *, critical: bool = False, retries: int = 24
) -> tuple[Orchestrator, Monitor, Inbox]:
    pipeline = pipeline_from(
        [[proc("schedule"), proc("feed", critical=critical)], [proc("build")]],
        max_attempts=1,
        self_heal={
            "retry_dead_base_s": BASE_S,
            "retry_dead_cap_s": 3600,
            "retry_dead_max": retries,
        },
    )
    orch = orchestrator_for(store, pipeline, {"feed": feed}, clock=clock)
    inbox = Inbox()
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock)
    return orch, monitor, inbox


def _dead_letters_check(store: Store, orch: Orchestrator, clock: ManualClock) -> tuple[bool, str]:
    [check] = [
        c for c in health(store, orch.pipelines, clock=clock).checks if c.name == "dead letters"
    ]
    return check.ok, check.detail


def test_an_upstream_dead_letter_is_retried_by_itself_once_due_and_its_alert_resolves(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    orch, monitor, inbox = _setup(store, clock, feed)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    assert db.job(store, "feed")["status"] == JobStatus.DEAD.value
    assert monitor.check().retried == []  # not due yet: the source was down a moment ago
    ok, detail = _dead_letters_check(store, orch, clock)
    assert ok and "1 will be retried by self-heal" in detail, detail

    clock.advance(BASE_S)  # due, and the source is still down: it dies again
    assert len(monitor.check().retried) == 1
    drain(orch, clock)
    assert (db.job(store, "feed")["status"], feed.calls) == (JobStatus.DEAD.value, 2)
    clock.advance(BASE_S)
    assert monitor.check().retried == []  # the second death waits twice as long
    feed.down = False
    clock.advance(BASE_S)
    report = monitor.check()
    assert len(report.retried) == 1 and "death 2" in report.retried[0], report.retried
    drain(orch, clock)
    assert db.job(store, "feed")["status"] == JobStatus.SUCCEEDED.value
    assert monitor.check().dead_letters == 0
    # said once while self-heal retried it, and once that it cleared: no flapping
    assert inbox.kinds().count(("opened", "dead_letters")) == 1, inbox.kinds()
    assert inbox.kinds().count(("resolved", "dead_letters")) == 1, inbox.kinds()
    assert _dead_letters_check(store, orch, clock) == (True, "0")
    # the late success rebuilds the phase built without it (the workers' sweep does that)
    rebuild_due(store, orch.pipelines, now=clock.now())
    drain(orch, clock)
    status = db.scalar(store, sa.select(runs.c.status).where(runs.c.data_date == D))
    assert status == "complete"


def test_self_heal_gives_up_after_its_retries_and_then_a_person_is_needed(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    orch, monitor, _ = _setup(store, clock, feed, retries=2)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    for _ in range(2):
        clock.advance(4 * BASE_S)
        assert len(monitor.check().retried) == 1
        drain(orch, clock)
    clock.advance(100 * BASE_S)
    assert monitor.check().retried == []  # three deaths: self-heal gave up
    assert feed.calls == 3
    ok, detail = _dead_letters_check(store, orch, clock)
    assert not ok and "1 need a person" in detail, detail  # an optional one too
    assert health(store, orch.pipelines, clock=clock).needs_person


def test_a_dead_letter_of_the_processors_own_failure_is_left_to_a_person(
    store: Store, clock: ManualClock
) -> None:
    def broken(ctx: JobContext) -> Result:
        raise KeyError("points")  # a bug: retrying would fail the same way

    pipeline = pipeline_from([[proc("schedule"), proc("feed")]], max_attempts=1)
    orch = orchestrator_for(store, pipeline, {"feed": broken}, clock=clock)
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [], clock=clock), clock=clock)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    clock.advance(10 * 3600)
    assert monitor.check().retried == []
    assert db.job(store, "feed")["status"] == JobStatus.DEAD.value
    ok, detail = _dead_letters_check(store, orch, clock)
    assert not ok and "1 need a person" in detail, detail


def test_dead_letters_a_later_success_superseded_are_cleared(
    store: Store, clock: ManualClock
) -> None:
    # A housekeeping job of the feed for the date died (outside any run); the run's own
    # job of it succeeded later: the dead letter is moot, and no retry may pile on it.
    feed = Feed()
    orch, monitor, _ = _setup(store, clock, feed)
    with store.transaction() as conn:
        queue.enqueue(
            store,
            conn,
            [
                queue.JobSpec(
                    key="cleanup/feed/1",
                    pipeline="t",
                    processor="feed",
                    data_date=D,
                    max_attempts=1,
                    timeout_s=60,
                    trigger_source="cleanup",
                )
            ],
            now=clock.now(),
        )
    drain(orch, clock)
    [dead] = db.rows(store, sa.select(jobs.c.id).where(jobs.c.status == JobStatus.DEAD.value))
    feed.down = False
    clock.advance(1)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    report = monitor.check()
    assert report.superseded == [dead["id"]] and report.retried == []
    assert report.dead_letters == 0
    assert feed.calls == 2  # the dead one was not run again


def test_a_dead_letter_already_re_run_by_self_heal_is_left_to_that_re_run(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    orch, monitor, _ = _setup(store, clock, feed, critical=True)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    [dead] = db.rows(store, sa.select(jobs.c.id).where(jobs.c.status == JobStatus.DEAD.value))
    feed.down = False
    # the scheduled self-heal enqueued the processor again under a fresh key
    assert heal(store, orch.pipelines, clock=clock, dates=[D]).requeued
    clock.advance(BASE_S)
    assert monitor.check().retried == []  # not a second run of the same work
    drain(orch, clock)
    assert monitor.check().superseded == [dead["id"]]
    assert feed.calls == 2
