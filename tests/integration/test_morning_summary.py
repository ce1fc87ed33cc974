"""The morning summary on a simulated clock: once per day through the notifiers, whoever
leads, however often the schedulers turn, and once after downtime; both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from support.inbox import Inbox
from support.pipelines import orchestrator_for, pipeline_from, proc
from tipoff.engine.alerts import AlertBook, Severity
from tipoff.engine.clock import ManualClock
from tipoff.engine.health import Check
from tipoff.engine.heartbeats import record_beat
from tipoff.engine.pipeline import ScheduleDef
from tipoff.engine.scheduler import Scheduler
from tipoff.engine.store import Store

NY = ZoneInfo("America/New_York")
FIRST = date(2025, 11, 10)


def at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=NY)


def games_line(store: Store, now: float) -> list[Check]:
    """A pipeline's own line, as the NBA pipeline adds games against predictions."""
    today = datetime.fromtimestamp(now, tz=NY).date()
    return [Check(f"games vs predictions {today}", True, "9 games scheduled")]


def test_the_summary_goes_out_once_each_morning_through_the_notifiers(store: Store) -> None:
    clock = ManualClock(at(FIRST, 7))
    pipeline = replace(
        pipeline_from([[proc("a")], [proc("b")]]),
        timezone="America/New_York",
        schedules=(ScheduleDef(name="daily-health", cron="0 8 * * *", action="health"),),
    )
    orch = orchestrator_for(store, pipeline, clock=clock)
    bound = {pipeline.pipeline: replace(orch.pipeline(), health_code={"games": games_line})}
    inbox = Inbox()
    book = AlertBook(store, [inbox], clock=clock)
    first, second = (
        Scheduler(store, bound, clock=clock, holder=h, book=book) for h in ("s1", "s2")
    )
    order = [first, second]

    def turn(when: datetime, *, loop_alive: bool = True) -> None:
        clock.set(when)
        if loop_alive:  # what `tipoff scheduler` leaves each turn of its loop
            record_beat(store, beat_id="s1", kind="scheduler", now=clock.now(), started_at=0)
        for s in order:
            s.tick()

    days = [FIRST + timedelta(days=i) for i in range(3)]
    for day in days:
        # the leader steps down before the second morning: the other one sends it; by the
        # third, its lease ran out and the first leads again
        order.reverse()
        if day == days[1]:
            first.release()
        for hour, minute, second_ in ((7, 59, 0), (8, 0, 0), (8, 0, 30), (8, 5, 0), (20, 0, 0)):
            turn(at(day, hour, minute, second_), loop_alive=day != days[2])
    # no scheduler for two days; back on the third at 10:00: that morning's summary, once
    back = FIRST + timedelta(days=5)
    turn(at(back, 10))
    turn(at(back, 10, 1))

    summaries = [e for e in inbox.events if e.kind == "summary"]
    assert [e.alert.details["date"] for e in summaries] == [d.isoformat() for d in (*days, back)]
    _day1, day2, day3, day6 = summaries
    assert day2.alert.key == f"summary:t:{days[1].isoformat()}"
    head, *lines = day2.alert.message.splitlines()
    assert head == f"t morning summary, {days[1]:%a %Y-%m-%d} 08:00 EST: healthy (10 checks ok)"
    assert day2.alert.severity is Severity.INFO
    assert f"runs {days[0].isoformat()}: none" in lines
    assert f"ok   games vs predictions {days[1].isoformat()}: 9 games scheduled" in lines
    assert day2.text().startswith("[tipoff] SUMMARY INFO: t morning summary")
    # the scheduler's heartbeat went stale: the summary says a person is needed, and why
    assert "needs a person" in day3.alert.message.splitlines()[0]
    assert day3.alert.severity is Severity.WARNING
    assert any(line.startswith("FAIL loops:") for line in day3.alert.message.splitlines())
    assert day3.alert.details["needs_person"] is True
    assert "healthy" in day6.alert.message.splitlines()[0]
    first.release()
    second.release()


def test_the_summary_names_yesterdays_runs_and_their_outcome(store: Store) -> None:
    clock = ManualClock(at(FIRST, 7))
    pipeline = replace(
        pipeline_from([[proc("a")]]),
        timezone="America/New_York",
        schedules=(ScheduleDef(name="daily-health", cron="0 8 * * *", action="health"),),
    )
    orch = orchestrator_for(store, pipeline, clock=clock)
    inbox = Inbox()
    s = Scheduler(
        store, orch.pipelines, clock=clock, holder="s1", book=AlertBook(store, [inbox], clock=clock)
    )
    s.tick()  # the baseline
    orch.start_run(FIRST, "same_day")
    clock.set(at(FIRST + timedelta(days=1), 8))
    s.tick()
    [summary] = [e for e in inbox.events if e.kind == "summary"]
    lines = summary.alert.message.splitlines()
    assert f"runs {FIRST.isoformat()}: same_day running" in lines
    assert f"runs {(FIRST + timedelta(days=1)).isoformat()}: none" in lines
    s.release()
