"""A processor's job context outside the engine, for calling one processor directly."""

from __future__ import annotations

from datetime import date
from typing import Any

from tipoff.engine.clock import SystemClock
from tipoff.engine.registry import JobContext
from tipoff.engine.store import Store


def job_context(
    store: Store,
    processor: str,
    day: date,
    *,
    phase: int = 2,
    mode: str = "same_day",
    params: dict[str, Any] | None = None,
    resources: dict[str, Any] | None = None,
) -> JobContext:
    """The context a worker would give ``processor``'s first and only attempt for ``day``."""
    return JobContext(
        job_id=0,
        pipeline="nba",
        processor=processor,
        phase=phase,
        mode=mode,
        data_date=day,
        params=params or {},
        attempt=1,
        max_attempts=1,
        correlation_id=None,
        trigger_source="test",
        worker_id="w",
        store=store,
        clock=SystemClock(),
        resources=resources or {},
    )
