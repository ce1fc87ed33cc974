"""Upstream probes: work waiting on a source that is down follows the source's return
within the probe's interval (not the next step of a back-off), and the probe asks the
source once per interval however long it stays down."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import date
from typing import Any

import sqlalchemy as sa
import test_redrive as redrive_tests

from support import db
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from support.upstreams import GAMES, PartialUpstream
from tipoff.engine import deadline_sweep
from tipoff.engine.alerts import AlertBook
from tipoff.engine.clock import ManualClock
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.preflight import CheckResult
from tipoff.engine.probe import ProbeContext
from tipoff.engine.schema import jobs, runs
from tipoff.engine.states import JobStatus
from tipoff.engine.store import Store

D = date(2025, 10, 31)
EVERY_S = 30.0
STEP_S = 10.0  # the monitor's turns: every 10 s of the manual clock


class Feed(redrive_tests.Feed):
    """An upstream that is down until told otherwise (as the redrive tests'), and its probe."""

    def __init__(self) -> None:
        super().__init__()
        self.probed: list[float] = []  # when the probe asked

    def probe(self, resources: Mapping[str, Any], ctx: ProbeContext) -> CheckResult:
        assert ctx.data_date == D and ctx.name == "feed"
        self.probed.append(ctx.now)
        return CheckResult.failed("HTTP 500") if self.down else CheckResult.passed("200")


def _monitor(store: Store, orch: Orchestrator, clock: ManualClock) -> Monitor:
    return Monitor(store, orch.pipelines, AlertBook(store, [], clock=clock), clock=clock)


def _spaced(times: list[float]) -> bool:
    return all(b - a >= EVERY_S for a, b in itertools.pairwise(times))


def test_a_dead_letter_is_retried_within_the_probe_interval_once_its_source_is_back(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    pipeline = pipeline_from(
        [[proc("schedule"), proc("feed", critical=False, probe="feed")], [proc("build")]],
        max_attempts=1,
        self_heal={"retry_dead_base_s": 300, "retry_dead_cap_s": 3600, "probe_every_s": EVERY_S},
    )
    orch = orchestrator_for(
        store, pipeline, {"feed": feed}, clock=clock, probes={"feed": feed.probe}
    )
    monitor = _monitor(store, orch, clock)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    assert db.job(store, "feed")["status"] == JobStatus.DEAD.value
    died = clock.now()
    # Down for 1,300 s: self-heal's back-off retried it at 300 and 900 s (both died); its
    # next retry would be at 2,100 s.
    while clock.now() < died + 1300:
        clock.advance(STEP_S)
        monitor.check()
        drain(orch, clock)
    assert feed.calls == 3, feed.calls
    assert _spaced(feed.probed), feed.probed  # at most one request per interval
    assert len(feed.probed) <= 1300 / EVERY_S + 1
    back = clock.now()
    feed.down = False
    while db.job(store, "feed")["status"] != JobStatus.SUCCEEDED.value:
        assert clock.now() < back + 120, "not retried after its source came back"
        clock.advance(STEP_S)
        monitor.check()
        drain(orch, clock)
    assert db.job(store, "feed")["finished_at"] - back <= EVERY_S
    assert feed.calls == 4
    assert _spaced(feed.probed)


def test_a_probe_that_passes_while_the_job_still_dies_leaves_it_to_its_back_off(
    store: Store, clock: ManualClock
) -> None:
    """The probe does not see what kills the job: its passing answer retries a first death
    once, never every interval."""
    feed = Feed()

    def fine(resources: Mapping[str, Any], ctx: ProbeContext) -> CheckResult:
        feed.probed.append(ctx.now)
        return CheckResult.passed("200")

    pipeline = pipeline_from(
        [[proc("schedule"), proc("feed", critical=False, probe="feed")], [proc("build")]],
        max_attempts=1,
        self_heal={"retry_dead_base_s": 300, "retry_dead_cap_s": 3600, "probe_every_s": EVERY_S},
    )
    orch = orchestrator_for(store, pipeline, {"feed": feed}, clock=clock, probes={"feed": fine})
    monitor = _monitor(store, orch, clock)
    orch.start_run(D, "same_day")
    drain(orch, clock)
    died = clock.now()
    while clock.now() < died + 600:
        clock.advance(STEP_S)
        monitor.check()
        drain(orch, clock)
    # the first death retried once on the probe's word (at 30 s), then the back-off: the
    # second death is due 600 s after it
    assert feed.calls == 2, feed.calls
    assert len(feed.probed) == 2, feed.probed  # once after each death


class Upstream(PartialUpstream):
    """The partial upstream, and its probe."""

    def __init__(self) -> None:
        super().__init__()
        self.probed: list[float] = []

    def probe(self, resources: Mapping[str, Any], ctx: ProbeContext) -> CheckResult:
        self.probed.append(ctx.now)
        if self.available < GAMES:
            return CheckResult.failed(f"{self.available} of {GAMES} upstream")
        return CheckResult.passed("all there")


def test_a_held_phase_reruns_within_the_probe_interval_once_its_upstream_is_back(
    store: Store, clock: ManualClock
) -> None:
    up = Upstream()
    pipeline = pipeline_from(
        [[proc("fetch")], [proc("load", input_from="fetch")], [proc("build")]],
        preflight={3: [{"check": "complete", "rerun": ["load"], "probe": "box"}]},
        self_heal={"probe_every_s": EVERY_S},
    )
    orch = orchestrator_for(
        store,
        pipeline,
        {"fetch": up.fetch, "load": up.load},
        clock=clock,
        checks={"complete": up.complete},
        probes={"box": up.probe},
    )
    monitor = _monitor(store, orch, clock)
    orch.start_run(D, "overnight")
    drain(orch, clock)
    held = clock.now()

    def step() -> None:
        clock.advance(STEP_S)
        deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now())
        drain(orch, clock)
        monitor.check()
        drain(orch, clock)

    # Held 1,200 s: its asks back off to the 600 s cap and re-fetch on the 1st, 2nd and
    # 4th; the 8th, the next re-fetch, would be past 2,000 s.
    while clock.now() < held + 1200:
        step()
    fetched_while_down = len(up.fetches)
    assert fetched_while_down <= 4, fetched_while_down
    assert _spaced(up.probed), up.probed
    assert len(up.probed) <= 1200 / EVERY_S + 1
    back = clock.now()
    up.available = GAMES
    built = sa.select(sa.func.count()).where(
        jobs.c.processor == "build", jobs.c.status == "succeeded"
    )
    while not db.scalar(store, built):
        assert clock.now() < back + 120, "the held phase did not go on"
        step()
    assert db.job(store, "build")["finished_at"] - back <= EVERY_S
    assert len(up.fetches) == fetched_while_down + 1  # one re-fetch, when the probe saw it back
    status = db.scalar(store, sa.select(runs.c.status).where(runs.c.data_date == D))
    assert status == "complete"
    repairs = db.scalar(
        store,
        sa.select(sa.func.count()).where(jobs.c.processor == "fetch", jobs.c.run_id.is_not(None)),
    )
    assert repairs == len(up.fetches)
