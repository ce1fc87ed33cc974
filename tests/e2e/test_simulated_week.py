"""A simulated week of the NBA pipeline with faults, driven by the scheduler alone.

The clock is simulated and moves in 15-minute steps through seven days. Each step does
what the deployed processes would do in that time: the scheduler fires its due schedules
(runs, backup triggers, housekeeping), a worker drains the queue (and sweeps held and
overdue phases), and the monitor loop checks. Nobody starts a run by hand. The faults:

- a worker dies holding a same-day scraper's job (its lease runs out; the stalled-work
  recovery puts it back; the phase is stuck meanwhile and the monitor says so);
- the injury report answers 500 from then on (an optional processor is dead-lettered; the
  phase goes on by quorum; the dead letter is alerted; self-heal retries it on its bounded
  schedule, the alert staying as it is, until it gives up and health asks for a person);
- box scores arrive partially on the first fetch (3 games; retried until whole);
- the schedule keeps last night's games "scheduled" (their box scores are fetched all the
  same, the analytics pre-flight holds the overnight run naming the cause, the 4-hourly
  fix_stale_schedule marks the games final from their box scores, and the held phase goes
  on by itself at its next try).

This early in the season strict mode finds nobody to predict (too few games, incomplete
features, no line), and the predictions watch says so at 14:00 each game day, with why.

At the end of the week every date is complete or flagged with its reason. Then the feeds
recover and a person does what status and health point at: retries the dead letter. The
alerts resolve.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from support.inbox import Inbox
from tipoff.engine import queue, status
from tipoff.engine.clock import ManualClock
from tipoff.engine.health import health
from tipoff.engine.heartbeats import record_beat
from tipoff.engine.manual import retry_with_inputs
from tipoff.engine.schema import alerts, jobs, runs
from tipoff.engine.states import FINISHED_RUN
from tipoff.engine.store import Store
from tipoff.nba.raw_tables import raw_injury_report
from tipoff.nba.sim import League
from tipoff.nba.sim_deployment import Deployment, sim_orchestrator
from tipoff.nba.sources.faults import FaultConfig, FaultInjector

ET = ZoneInfo("America/New_York")
SEASON, SEED = "2025-26", 7
STEP_S = 15 * 60
WORKER = "week-worker"


class Week(Deployment):
    """The deployment in one process: scheduler, one worker, the monitor loop."""

    def __init__(self, tmp: Path, start: datetime, faults: dict[str, Any]) -> None:
        self.faults = FaultInjector(faults)
        clock = ManualClock(start)
        store = Store(f"sqlite:///{tmp / 'week.db'}")
        orch = sim_orchestrator(
            store, clock, tmp / "bucket", faults=self.faults, season=SEASON, seed=SEED
        )
        self.inbox = Inbox()
        super().__init__(orch, notifiers=[self.inbox], holder="week-sched", worker_id=WORKER)
        self.crash_plan: dict[tuple[date, str], bool] = {}

    def beat(self) -> None:
        """The worker's heartbeat (the scheduler and monitor beat in ``step``)."""
        now = self.clock.now()
        record_beat(self.store, beat_id=WORKER, kind="worker", now=now, started_at=now)

    def drain(self) -> None:
        """Run every runnable job, as an idle worker would before the clock moves on."""
        while True:
            batch = queue.claim(
                self.store, worker_id=WORKER, limit=50, now=self.clock.now(), lease_s=600
            )
            if not batch:
                return
            for job in batch:
                if self.crash_plan.pop((job.data_date, job.processor), False):
                    # the worker holding this job died just after its last heartbeat had
                    # extended the lease to an hour: nobody finishes it, nobody frees it
                    queue.extend_leases(self.store, worker_id=WORKER, job_ids=[job.id],
                                        now=self.clock.now(), lease_s=3600)  # fmt: skip
                    continue
                self.executor.run(job)

    def run_until(self, end: datetime) -> None:
        assert isinstance(self.clock, ManualClock)
        while self.clock.now() < end.timestamp():
            self.clock.advance(STEP_S)
            self.beat()
            self.step(self.drain)


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Any:
    league = League(SEASON, SEED)
    days = league.game_dates()
    warm, first = days[:3], days[3]
    span = [first + timedelta(days=i) for i in range(7)]
    injury_day, partial_day, stale_day, crash_day = span[1], span[2], span[4], span[3]
    faults = {
        injury_day.isoformat(): {"injury_report": [{"kind": "http_500"}]},
        partial_day.isoformat(): {"boxscore": [{"kind": "partial", "available": 3, "times": 1}]},
        # every fetch of that date's schedule keeps its finished games "scheduled"
        stale_day.isoformat(): {"schedule": [{"kind": "stale_status"}]},
    }
    tmp = tmp_path_factory.mktemp("week")
    w = Week(tmp, datetime.combine(first, time(0, 1), tzinfo=ET), faults)
    try:
        # history first: every player of the week has games behind him
        for day in warm:
            [state] = w.orch.run_dates([day], "backfill", params={"source": "sim",
                                       "prediction_mode": "fallback"}, concurrency=2)  # fmt: skip
            # the season's first dates predict nobody (too few games): complete_degraded
            assert state.status.value in FINISHED_RUN, (day, state)
        w.beat()
        w.step(w.drain)  # the scheduler's first sight of its schedules: baselines only
        w.crash_plan[(crash_day, "scrape_rosters")] = True
        end_of_week = datetime.combine(span[-1] + timedelta(days=1), time(12, 0), tzinfo=ET)
        w.run_until(end_of_week)
        w.at_end_of_week = snapshot(w, stale_day)
        # the morning after: the feeds are back, and a person acts on what health says
        w.faults.config = FaultConfig.load({})
        # as `tipoff dlq retry --all` does
        w.retried = retry_with_inputs(w.store, w.orch.pipelines, None, now=w.clock.now())
        w.run_until(end_of_week + timedelta(days=1))
        yield w, span, {"injury": injury_day, "partial": partial_day, "stale": stale_day,
                        "crash": crash_day}  # fmt: skip
    finally:
        w.close()


def snapshot(w: Week, stale_day: date) -> dict[str, Any]:
    """What status and health said at the end of the week, before anyone acted."""
    with w.store.read() as conn:
        open_alerts = {
            k: m for k, m in conn.execute(
                sa.select(alerts.c.key, alerts.c.message).where(alerts.c.status == "open"))
        }  # fmt: skip
    with w.store.read() as conn:
        dead = [tuple(r) for r in conn.execute(
            sa.select(jobs.c.processor).where(jobs.c.status == "dead"))]  # fmt: skip
    return {
        "runs": run_rows(w.store),
        "alerts": open_alerts,
        "health": health(w.store, w.orch.pipelines, clock=w.clock),
        "inbox": list(w.inbox.kinds()),
        "stale_status": status.render_text(
            status.date_status(w.store, w.orch.pipeline(), stale_day)
        ),
        "dead": dead,
    }


def run_rows(store: Store) -> dict[tuple[date, str], str]:
    with store.read() as conn:
        rows = conn.execute(sa.select(runs.c.data_date, runs.c.mode, runs.c.status)).all()
    return {(d if isinstance(d, date) else date.fromisoformat(d), m): s for d, m, s in rows}


def test_every_date_of_the_week_is_complete_or_precisely_flagged(week: Any) -> None:
    w, span, faulty = week
    runs_by = w.at_end_of_week["runs"]
    league_days = set(League(SEASON, SEED).game_dates())
    for day in span:
        # strict mode predicts nobody this early: a game day is complete_degraded, not
        # complete (the outcome alert says why); a day without games is complete
        same_day = "complete_degraded" if day in league_days else "complete"
        assert runs_by[(day, "same_day")] == same_day, (day, runs_by)
        if day in league_days:
            assert runs_by[(day, "overnight")] == "complete", (day, runs_by)
    # the stale-schedule night: held before analytics with the cause, never "success",
    # until the schedule was repaired from the box scores; then it went on by itself
    held = f"preflight:nba:{faulty['stale'].isoformat()}:overnight:2"
    [opened] = [e.alert for e in w.inbox.events if e.kind == "opened" and e.alert.key == held]
    assert opened.message.startswith(
        f"nba phase 3 for {faulty['stale']} (overnight) is held: box_scores_complete: 10 of "
        f"the 10 games of {faulty['stale']} are not final in the schedule: "
    ), opened.message
    # (asked again as each re-fetch the hold started came in: the count has grown by the
    # monitor's first look)
    assert (
        "10 of them have box scores loaded (a stale schedule: fix_stale_schedule marks them "
        "final) ("
    ) in opened.message and "failed pre-flight(s), next try " in opened.message, opened.message
    with w.store.read() as conn:
        fixed = conn.execute(
            sa.select(jobs.c.records).where(jobs.c.processor == "fix_stale_schedule")
        ).scalars()
        assert sum(n or 0 for n in fixed) == 10
    text = w.at_end_of_week["stale_status"]
    assert "_triggered: TRUE" in text and "held" not in text, text


def test_the_faults_were_met_and_worked_around_where_they_can_be(week: Any) -> None:
    w, _span, faulty = week
    with w.store.read() as conn:
        rows = conn.execute(
            sa.select(jobs.c.processor, jobs.c.data_date, jobs.c.mode, jobs.c.status,
                      jobs.c.attempts, jobs.c.trigger_source).where(jobs.c.processor.in_(
                          ["scrape_rosters", "scrape_boxscores", "scrape_injury_report"]))
        ).all()  # fmt: skip
    by = {(p, d if isinstance(d, date) else date.fromisoformat(d), m, t): (s, a)
          for p, d, m, s, a, t in rows}  # fmt: skip
    # the dead worker's job came back when its lease ran out and ran again
    assert by[("scrape_rosters", faulty["crash"], "same_day", "schedule")] == ("succeeded", 2)
    # partial box scores on the first fetch: retried until every game was there
    assert by[("scrape_boxscores", faulty["partial"], "overnight", "schedule")] == ("succeeded", 2)
    # the injury report down all day: dead after its attempts, the phase went on by quorum;
    # retried by hand once the feed was back (a fresh set of attempts)
    assert w.at_end_of_week["dead"] == [("scrape_injury_report",)]
    assert [(r.processor, r.via) for r in w.retried] == [("scrape_injury_report", None)]
    assert by[("scrape_injury_report", faulty["injury"], "same_day", "schedule")][0] == "succeeded"
    # its late success reached what the day built on it: the same-day run was rebuilt from
    # the raw phase (the report loaded, the context, features and predictions built again)
    # and the night, graded on the old predictions, graded again
    with w.store.read() as conn:
        built = dict(
            conn.execute(
                sa.select(runs.c.mode, runs.c.generation).where(
                    runs.c.data_date == faulty["injury"]
                )
            ).all()
        )
        reported = conn.execute(
            sa.select(sa.func.count())
            .select_from(raw_injury_report)
            .where(raw_injury_report.c.report_date == faulty["injury"])
        ).scalar_one()
    assert built == {"same_day": 1, "overnight": 1}, built
    assert reported > 0


def test_at_the_end_of_the_week_the_alerts_say_what_is_wrong_and_nothing_twice(
    week: Any,
) -> None:
    w, _span, faulty = week
    found = w.at_end_of_week["alerts"]
    held = f"preflight:nba:{faulty['stale'].isoformat()}:overnight:2"
    missed = {k for k in found if k.startswith("outcome:nba:")}
    assert all(k.endswith(":same_day") for k in missed), missed
    # the optional injury scraper's dead letter: alerted (a warning); self-heal retried it
    # until it gave up, so the morning health check asks for a person
    assert set(found) - missed == {"dead_letters", "health:nba"}, found
    assert found["dead_letters"].startswith(
        f"1 dead letter(s): scrape_injury_report {faulty['injury']} (job "
    )
    kinds = w.at_end_of_week["inbox"]
    assert kinds.count(("opened", "dead_letters")) == 1
    # the stale night's hold: said once, and once that it cleared, within the week
    assert kinds.count(("opened", held)) == 1 and kinds.count(("resolved", held)) == 1
    # the stalled scraper came back before its phase was late: no stuck alert at all
    assert not [k for k in kinds if k[1].startswith("stuck:")]


def test_each_game_day_without_predictions_by_14_00_was_alerted_once_saying_why(
    week: Any,
) -> None:
    w, span, _faulty = week
    league_days = set(League(SEASON, SEED).game_dates())
    kinds = w.inbox.kinds()
    for day in span:
        key = f"predictions:nba:{day.isoformat()}"
        expected = 1 if day in league_days else 0
        assert kinds.count(("opened", key)) == expected, (day, kinds)
        assert kinds.count(("resolved", key)) == expected, (day, kinds)  # the day ended
    [first] = [
        e.alert.message
        for e in w.inbox.events
        if e.kind == "opened" and e.alert.key == f"predictions:nba:{span[0].isoformat()}"
    ]
    assert first.startswith(f"no predictions for {span[0]} by 14:00 ET: "), first
    assert "the same-day run completed without one" in first and "needs_bootstrap" in first
    assert first.endswith("prediction_mode=fallback predicts from what exists)"), first


def test_at_the_end_of_the_week_health_names_the_open_problems(week: Any) -> None:
    w, _span, _faulty = week
    report = w.at_end_of_week["health"]
    failing = {c.name: c.detail for c in report.checks if not c.ok}
    # the injury scraper is optional, but its feed stayed down past self-heal's retries:
    # a person is needed
    dead = next(c for c in report.checks if c.name == "dead letters")
    assert not dead.ok and "scrape_injury_report" in dead.detail, dead
    assert dead.detail.endswith("(1 need a person (`tipoff dlq retry`))"), dead
    assert "pre-flight holds nba" not in failing, failing


def test_once_a_person_acted_everything_completes_and_every_alert_resolves(week: Any) -> None:
    w, _span, faulty = week
    runs_by = run_rows(w.store)
    assert all(s in FINISHED_RUN for s in runs_by.values()), runs_by
    with w.store.read() as conn:
        rows = conn.execute(sa.select(alerts.c.key, alerts.c.status)).all()
    # open: only the missed outcomes of the days strict mode could not predict
    assert {k for k, s in rows if s == "open" and not k.startswith("outcome:nba:")} == set()
    held = f"preflight:nba:{faulty['stale'].isoformat()}:overnight:2"
    for key in ("dead_letters", held):
        assert w.inbox.kinds().count(("resolved", key)) == 1, (key, w.inbox.kinds())
    assert not health(w.store, w.orch.pipelines, clock=w.clock).needs_person
    # the daily health schedule said it every morning until then, and no more after
    mornings = [f for f in w.fired if "daily-health" in f]
    assert mornings[0] == "Sat 08:00 daily-health: health: healthy"
    assert mornings[-1].endswith("health: healthy")


def test_each_morning_one_summary_tells_last_nights_games_and_predictions(week: Any) -> None:
    w, span, _faulty = week
    summaries = [e.alert for e in w.inbox.events if e.kind == "summary"]
    # 08:00 of every day from the first of the week to the last morning simulated, once each
    last = span[-1] + timedelta(days=2)
    days = [span[0] + timedelta(days=i) for i in range((last - span[0]).days + 1)]
    assert [s.details["date"] for s in summaries] == [d.isoformat() for d in days]
    league_days = set(League(SEASON, SEED).game_dates())
    for day, summary in zip(days, summaries, strict=True):
        head, *lines = summary.message.splitlines()
        assert head.startswith(f"nba morning summary, {day:%a %Y-%m-%d} 08:00 E"), head
        yesterday = day - timedelta(days=1)
        [games] = [
            line for line in lines if line.startswith(f"ok   games vs predictions {yesterday}: ")
        ]
        scheduled, boxed = (int(games.split(": ")[1].split()[i]) for i in (0, 3))
        # the seeds' game completeness: last night's games all have box scores by 08:00
        assert (scheduled > 0) == (yesterday in league_days) and boxed == scheduled, games
        if yesterday >= span[0]:
            assert any(line.startswith(f"runs {yesterday}: overnight ") for line in lines), lines
        assert any(line.startswith(f"ok   games vs predictions {day}: ") for line in lines)
