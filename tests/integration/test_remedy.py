"""A phase held by a pre-flight check re-runs what the check waits for (its ``rerun``):
documents the previous phase skipped as not there yet are fetched again, on a bounded
schedule, and the phase opens by itself once the upstream has them."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from support.upstreams import GAMES, PartialUpstream
from tipoff.engine import deadline_sweep
from tipoff.engine.clock import ManualClock
from tipoff.engine.schema import jobs, runs
from tipoff.engine.schema import transitions as tr
from tipoff.engine.store import Store
from tipoff.errors import ConfigError

D = date(2025, 10, 30)


def _status(store: Store) -> str:
    return str(db.scalar(store, sa.select(runs.c.status).where(runs.c.data_date == D)))


def test_a_held_phase_refetches_what_its_check_misses_and_opens_once_it_is_there(
    store: Store, clock: ManualClock
) -> None:
    up = PartialUpstream()
    pipeline = pipeline_from(
        [[proc("fetch")], [proc("load", input_from="fetch")], [proc("build")]],
        preflight={3: [{"check": "complete", "rerun": ["load"]}]},
    )
    orch = orchestrator_for(
        store,
        pipeline,
        {"fetch": up.fetch, "load": up.load},
        clock=clock,
        checks={"complete": up.complete},
    )
    orch.start_run(D, "overnight")
    drain(orch, clock)
    # Held: the first failed ask re-fetched (the upstream still partial). The re-run's
    # return asked again before the next try: not a try of its own (it used to count, and
    # three returns made a held night critical within seconds), so no second re-fetch yet.
    assert _status(store) == "running"
    assert up.fetches == ["run", "repair"], up.fetches
    loads = db.rows(
        store, sa.select(jobs.c.trigger_source, jobs.c.status).where(jobs.c.processor == "load")
    )
    assert [(r["trigger_source"], r["status"]) for r in loads] == [
        ("transition", "succeeded"),
        ("self_heal", "succeeded"),
    ]
    [transition] = db.rows(store, sa.select(tr.c.holds, tr.c.hold_reason).where(tr.c.phase == 2))
    assert transition["holds"] == 1
    assert transition["hold_reason"] == "complete: 1 of 3 games have box scores"
    up.available = GAMES  # the upstream has every box score now
    clock.advance(3600)  # the second try: it re-fetches, and the re-run's return opens it
    deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now())
    drain(orch, clock)
    assert up.fetches == ["run", "repair", "repair"], up.fetches
    assert up.loaded == GAMES
    assert _status(store) == "complete"
    build = db.job(store, "build")
    assert build["status"] == "succeeded"


def test_a_rerun_naming_no_processor_of_the_previous_phase_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"rerun: 'build' is not a processor of the previous"):
        pipeline_from(
            [[proc("fetch")], [proc("load")], [proc("build")]],
            preflight={3: [{"check": "complete", "rerun": ["build"]}]},
        )
