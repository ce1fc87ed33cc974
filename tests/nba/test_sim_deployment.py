"""next_due: the instant a simulated deployment's clock jumps to (the chaos benchmark's).

``bench/chaos.py`` moves its shared clock straight from one due instant to the next; an
instant ``next_due`` misses is jumped over (by up to an hour), so the work due then runs
late and the recovery times are wrong.
"""

from __future__ import annotations

from datetime import date, datetime

from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.preflight import CheckResult
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.store import Store
from tipoff.errors import FetchError
from tipoff.nba.sim_deployment import LEASE_EPSILON_S, next_due

SCHEDULES = [
    {"name": "daily", "cron": "0 10 * * *", "action": "run", "mode": "same_day"},
    {"name": "often", "cron": "*/15 * * * *", "action": "recover"},
]


def spec(key: str, run_after: float | None = None) -> queue.JobSpec:
    return queue.JobSpec(
        key=key,
        pipeline="t",
        processor="a",
        max_attempts=3,
        timeout_s=600.0,
        trigger_source="test",
        run_after=run_after,
    )


def test_the_clock_jumps_to_the_earliest_thing_due(store: Store) -> None:
    store.ensure_schema()
    pipeline = pipeline_from([[proc("a")]], schedules=SCHEDULES)
    pipelines = {pipeline.pipeline: pipeline}
    now = datetime(2025, 11, 12, 9, 0, tzinfo=pipeline.zone).timestamp()
    # nothing queued: the next schedule tick, unless that schedule is taken at the next stop
    assert next_due(store, pipelines, now) == now + 15 * 60
    assert next_due(store, pipelines, now, skip_schedules={"often"}) == now + 3600

    # a retry waiting two minutes comes first; work already runnable is not "after now"
    with store.transaction() as conn:
        queue.enqueue(store, conn, [spec("t/retry", run_after=now + 120)], now=now)
        queue.enqueue(store, conn, [spec("t/runnable")], now=now)
    assert next_due(store, pipelines, now, skip_schedules={"often"}) == now + 120

    # a running job's lease: due just after it runs out (it is expired only once past)
    [job] = queue.claim(store, worker_id="w", limit=1, now=now, lease_s=30.0)
    assert job.key == "t/runnable"
    due = next_due(store, pipelines, now, skip_schedules={"often"})
    assert due == now + 30.0 + LEASE_EPSILON_S


def test_the_clock_stops_at_an_upstream_probe_while_a_dead_letter_waits_on_it(
    store: Store,
) -> None:
    """The probe's turn must be a stop: jumping over it would retry the dead letter at the
    next back-off step, as if there were no probe."""

    def down(ctx: JobContext) -> Result:
        raise FetchError("GET https://feed.example/: HTTP 500", url="x", status=500, attempts=1)

    pipeline = pipeline_from(
        [[proc("a", probe="feed")]],
        max_attempts=1,
        self_heal={"retry_dead_base_s": 300, "probe_every_s": 30},
    )
    clock = ManualClock(datetime(2025, 11, 12, 9, 0, tzinfo=pipeline.zone).timestamp())
    orch = orchestrator_for(
        store,
        pipeline,
        {"a": down},
        clock=clock,
        probes={"feed": lambda resources, ctx: CheckResult.failed("HTTP 500")},
    )
    orch.start_run(date(2025, 11, 12), "same_day")
    drain(orch, clock)
    now = clock.now()
    assert next_due(store, orch.pipelines, now) == now + 30  # not the retry at now + 300
