"""A run's params are resolved once, when it is created: the run's, its schedule's, then
the pipeline's defaults; stored on the run with their origins and given to every job."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import sqlalchemy as sa

from support.pipelines import EFFECTS_SCHEMA, drain, pipeline_from, proc, registry_for
from tipoff.engine import manual
from tipoff.engine.clock import ManualClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.registry import Blueprint
from tipoff.engine.run_params import Default, RunRequest
from tipoff.engine.schema import jobs, runs
from tipoff.engine.status import date_status, render_text
from tipoff.engine.store import Store

D = date(2025, 11, 12)


def defaults(request: RunRequest, resources: Mapping[str, Any]) -> dict[str, Default]:
    return {
        "source": Default(resources.get("default_source", "sim"), "TIPOFF_SOURCE"),
        "window": Default(f"{request.mode}-window", "mode default"),
    }


def orchestrator(store: Store, **resources: Any) -> Orchestrator:
    pipeline = pipeline_from(
        [[proc("a", params={"window": "processor's own", "k": 1})], [proc("b")]],
        schedules=[
            {
                "name": "morning",
                "cron": "0 9 * * *",
                "action": "run",
                "mode": "same_day",
                "params": {"window": "from the schedule"},
            }
        ],
    )
    registry = registry_for(pipeline)
    bp = Blueprint("defaults")
    bp.run_defaults(defaults)
    registry.include(bp)
    return Orchestrator(
        store,
        pipeline,
        registry,
        clock=ManualClock(),
        resources=resources,
        schemas=[EFFECTS_SCHEMA],
    )


def _run(store: Store, mode: str) -> Any:
    with store.read() as conn:
        return conn.execute(sa.select(runs).where(runs.c.mode == mode)).one()


def _job_params(store: Store, mode: str, processor: str = "a") -> list[dict[str, Any]]:
    with store.read() as conn:
        return [
            dict(p)
            for p in conn.execute(
                sa.select(jobs.c.params).where(jobs.c.mode == mode, jobs.c.processor == processor)
            ).scalars()
        ]


def test_the_run_s_params_beat_its_schedule_s_which_beat_the_defaults(store: Store) -> None:
    orch = orchestrator(store, default_source="live")
    orch.start_run(D, "same_day", params={"extra": "x"})  # the schedule of same_day applies
    run = _run(store, "same_day")
    assert run.params == {"extra": "x", "window": "from the schedule", "source": "live"}
    assert run.param_origins == {
        "extra": "run",
        "window": "schedule morning",
        "source": "TIPOFF_SOURCE",
    }
    # every job gets the run's params over the processor's own
    assert _job_params(store, "same_day") == [
        {"window": "from the schedule", "k": 1, "extra": "x", "source": "live"}
    ]
    orch.start_run(D, "backfill", params={"source": "replay"})  # no schedule for backfill
    run = _run(store, "backfill")
    assert run.params == {"source": "replay", "window": "backfill-window"}
    assert run.param_origins == {"source": "run", "window": "mode default"}


def test_a_run_keeps_the_params_it_was_created_with(store: Store) -> None:
    orch = orchestrator(store, default_source="live")
    orch.start_run(D, "overnight")
    orch.start_run(D, "overnight", params={"source": "sim"})  # exists: nothing changes
    assert _run(store, "overnight").params["source"] == "live"


def test_a_manual_trigger_opens_the_run_with_the_resolved_params(store: Store) -> None:
    orch = orchestrator(store, default_source="live")
    manual.trigger_phase(store, orch.pipeline(), D, "overnight", 1, now=orch.clock.now())
    assert _run(store, "overnight").params == {"source": "live", "window": "overnight-window"}
    assert [p["source"] for p in _job_params(store, "overnight")] == ["live"]


def test_status_shows_the_run_s_params_and_where_they_came_from(store: Store) -> None:
    orch = orchestrator(store, default_source="live")
    orch.start_run(D, "backfill", params={"source": "replay"})
    text = render_text(date_status(store, orch.pipeline(), D))
    assert "  params: source=replay (run), window=backfill-window (mode default)" in text


def test_a_run_from_before_params_were_resolved_gets_them_when_its_next_phase_opens(
    store: Store,
) -> None:
    orch = orchestrator(store, default_source="live")
    run = orch.start_run(D, "backfill")
    with store.transaction() as conn:  # as the upgrade to engine schema 5 leaves it
        conn.execute(
            sa.update(runs).where(runs.c.id == run.id).values(params={}, param_origins=sa.null())
        )
    drain(orch, orch.clock)  # phase 1 completes; phase 2 opens
    assert _run(store, "backfill").params == {"source": "live", "window": "backfill-window"}
    assert _job_params(store, "backfill", "b") == [{"source": "live", "window": "backfill-window"}]
