"""Every processor of the NBA pipeline works on a date, and refuses a job without one with
the engine's single guard (``JobContext.require_date``): one error, one message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from support.jobs import job_context
from tipoff.engine.registry import Registry
from tipoff.engine.store import Store
from tipoff.errors import ProcessorError
from tipoff.nba import pipeline as nba

DEFINITION = nba.pipeline()
REGISTRY = Registry(*nba.blueprints)
DATED_TASKS = {"predict_game", "export_results"}  # the others tidy up or span all dates
PROCESSORS = [(phase.phase, p) for phase in DEFINITION.phases for p in phase.processors] + [
    (None, t) for t in DEFINITION.tasks if t.name in DATED_TASKS
]


def test_the_guard_names_the_processor_and_the_job(sqlite_store: Store) -> None:
    ctx = replace(job_context(sqlite_store, "raw_schedule", date(2025, 11, 12)), data_date=None)
    with pytest.raises(ProcessorError) as refused:
        ctx.require_date()
    assert (
        str(refused.value)
        == "raw_schedule: job 0 has no data date, and this processor works on one"
    )
    assert replace(ctx, data_date=date(2025, 11, 12)).require_date() == date(2025, 11, 12)


@pytest.mark.parametrize(("phase", "processor"), PROCESSORS, ids=[p.name for _, p in PROCESSORS])
def test_a_processor_refuses_a_job_without_a_date_with_the_guards_error(
    sqlite_store: Store, phase: int | None, processor: Any
) -> None:
    ctx = replace(
        job_context(
            sqlite_store,
            processor.name,
            date(2025, 11, 12),
            phase=phase,
            params=dict(processor.params),
        ),
        data_date=None,
    )
    with pytest.raises(ProcessorError) as guard:
        ctx.require_date()
    with pytest.raises(ProcessorError) as refused:
        REGISTRY.get(processor.name)(ctx)
    assert str(refused.value) == str(guard.value)
