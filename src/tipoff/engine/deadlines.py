"""A phase's deadline: how long it may take, from how long it took before.

The deadline is the multiple of the phase's p95 duration in the recent history (same
pipeline, mode and phase), with the policy's floor; past it, the policy may trigger on a
quorum instead of waiting for every processor. The monitor reads the same history.
"""

from __future__ import annotations

import math
import time

import sqlalchemy as sa

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import transitions
from tipoff.engine.states import TriggerReason

HISTORY_WINDOW = 30
_HISTORY = (
    sa.select((transitions.c.triggered_at - transitions.c.started_at).label("duration"))
    .where(
        transitions.c.pipeline == sa.bindparam("pipeline"),
        transitions.c.mode == sa.bindparam("mode"),
        transitions.c.phase == sa.bindparam("phase"),
        transitions.c.trigger_reason == TriggerReason.ALL_COMPLETE.value,
    )
    .order_by(transitions.c.id.desc())
    .limit(HISTORY_WINDOW)
)


_P95_CACHE: dict[tuple[str, str, str, int], tuple[float, list[float]]] = {}
HISTORY_CACHE_S = 60.0


def deadline_span(conn: sa.Connection, pipeline: PipelineDef, mode: str, phase: int) -> float:
    """max(floor, multiple x p95 of this phase's past durations).

    The history is read at most once a minute per phase and process: it moves slowly, and
    reading it on every phase start would tax the trigger path.
    """
    policy = pipeline.policy(phase)
    cache_key = (str(conn.engine.url), pipeline.pipeline, mode, phase)
    cached = _P95_CACHE.get(cache_key)
    clock_now = time.monotonic()
    if cached is not None and clock_now - cached[0] < HISTORY_CACHE_S:
        durations = cached[1]
    else:
        durations = sorted(phase_durations(conn, pipeline.pipeline, mode, phase))
        _P95_CACHE[cache_key] = (clock_now, durations)
    if not durations:
        return policy.deadline_floor_s
    p95 = durations[min(len(durations) - 1, math.ceil(0.95 * len(durations)) - 1)]
    return max(policy.deadline_floor_s, policy.deadline_p95_multiple * p95)


def phase_durations(conn: sa.Connection, pipeline: str, mode: str, phase: int) -> list[float]:
    """Seconds from start to trigger of the phase's last completed runs (newest first)."""
    rows = conn.execute(_HISTORY, {"pipeline": pipeline, "mode": mode, "phase": phase})
    return [float(d) for (d,) in rows if d is not None]
