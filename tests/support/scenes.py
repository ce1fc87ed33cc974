"""A day with trouble in it, built through the engine itself (no rows written by hand).

On 2025-12-29 (same_day), phase 1 runs ``a``, ``flaky`` and the optional ``b``:
``flaky`` fails its first attempt and succeeds on its second, ``b`` fails both of its
attempts and is dead-lettered. The phase triggers on the quorum, phase 2 (``c``)
completes, and the run is complete. The breaker ``http:stats.example`` is open after five
failures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from support.pipelines import (
    always_fails,
    drain,
    orchestrator_for,
    pipeline_from,
    proc,
    write_effect,
)
from tipoff.engine.breaker import BreakerPolicy, CircuitBreaker
from tipoff.engine.clock import ManualClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.run_records import Run
from tipoff.engine.store import Store

DAY = date(2025, 12, 29)
NOON = datetime(2025, 12, 29, 12, 0, tzinfo=ZoneInfo("UTC"))
BREAKER = "http:stats.example"


def flaky(ctx: JobContext) -> Result:
    if ctx.attempt == 1:
        raise RuntimeError("feed timed out (attempt 1)")
    return write_effect(ctx)


@dataclass(frozen=True)
class Scene:
    orch: Orchestrator
    clock: ManualClock
    run: Run


def troubled_day(store: Store) -> Scene:
    clock = ManualClock(NOON)
    pipeline = pipeline_from(
        [[proc("a"), proc("flaky"), proc("b", critical=False)], [proc("c")]],
        max_attempts=2,
        retry_base_s=0.001,
        retry_cap_s=0.001,
        quorum=0.6,
    )
    orch = orchestrator_for(store, pipeline, {"flaky": flaky, "b": always_fails}, clock=clock)
    run = orch.start_run(DAY, "same_day")
    drain(orch, clock, advance_s=1)
    breaker = CircuitBreaker(store, BREAKER, clock=clock, policy=BreakerPolicy(failure_threshold=5))
    for _ in range(5):
        breaker.record_failure("HTTP 503 Service Unavailable")
    return Scene(orch, clock, run)
