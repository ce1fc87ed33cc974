"""Test pipelines and their processors.

Every test processor makes its effect visible as one row in ``test_effects``, written
through ``Result.write`` so it commits in the same transaction as the job's completion.
The table deliberately has no unique constraint: a job whose output committed twice shows
up as two rows instead of being silently absorbed.

The YAML pipelines beside this module are used by the worker subprocesses:

- ``grid.yaml``: 6 phases x 5 processors (``g<phase>_<letter>``), the exactly-once race;
- ``crash.yaml``: 4 phases, one processor each, two of which kill their own process when a
  marker file exists (``c_claim`` right after being claimed, ``c_write`` inside its write,
  after inserting its row and before the commit);
- ``mini.yaml``: one phase, one processor (wake-up latency).
- ``deps.yaml``: four phases, the third reading the earlier dates' second (``c_write``),
  the rebuild of a later date across a crash.
- ``late.yaml``: an optional feed (``o_feed``) that dies, then, retried, kills its worker
  inside its write: the rebuild its late success marks, across a crash.
"""

from __future__ import annotations

import os
import random
import signal
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from tipoff.engine import queue
from tipoff.engine.clock import Clock, ManualClock
from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import load_pipeline, parse_pipeline
from tipoff.engine.preflight import CheckFn
from tipoff.engine.registry import (
    Blueprint,
    CutoffFn,
    JobContext,
    ProbeFn,
    ProcessorFn,
    Registry,
    Result,
)
from tipoff.engine.store import Store

HERE = Path(__file__).resolve().parent

effects_metadata = sa.MetaData()
effects = sa.Table(
    "test_effects",
    effects_metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("data_date", sa.Date),
    sa.Column("mode", sa.String(32)),
    sa.Column("processor", sa.String(96), nullable=False),
    sa.Column("job_id", sa.Integer, nullable=False),
    sa.Column("attempt", sa.Integer, nullable=False),
    sa.Column("worker_id", sa.String(96)),
)
EFFECTS_SCHEMA = SchemaComponent("test_effects", effects_metadata)
_INSERT_EFFECT = sa.insert(effects)

CRASH_ON_CLAIM_MARKER = "crash_on_claim"
CRASH_IN_WRITE_MARKER = "crash_in_write"
FEED_DOWN_MARKER = "feed_down"  # left in place: o_feed fails while it exists


def _effect_row(ctx: JobContext) -> dict[str, Any]:
    return {
        "data_date": ctx.data_date,
        "mode": ctx.mode,
        "processor": ctx.processor,
        "job_id": ctx.job_id,
        "attempt": ctx.attempt,
        "worker_id": ctx.worker_id,
    }


def write_effect(ctx: JobContext) -> Result:
    """The default test processor: one effect row, committed with the completion."""
    row = _effect_row(ctx)

    def write(conn: sa.Connection) -> int:
        conn.execute(_INSERT_EFFECT, row)
        return 1

    return Result(records=1, write=write)


def always_fails(ctx: JobContext) -> Result:
    raise RuntimeError(f"boom in {ctx.processor} (attempt {ctx.attempt})")


def _take_marker(ctx: JobContext, name: str) -> bool:
    """True once per marker file: the file is removed before the caller acts on it."""
    marker_dir = ctx.resources.get("marker_dir")
    if not marker_dir:
        return False
    marker = Path(marker_dir) / name
    try:
        marker.unlink()
    except FileNotFoundError:
        return False
    return True


def crash_on_claim(ctx: JobContext) -> Result:
    if _take_marker(ctx, CRASH_ON_CLAIM_MARKER):
        os.kill(os.getpid(), signal.SIGKILL)
    return write_effect(ctx)


def crash_in_write(ctx: JobContext) -> Result:
    row = _effect_row(ctx)

    def write(conn: sa.Connection) -> int:
        conn.execute(_INSERT_EFFECT, row)
        if _take_marker(ctx, CRASH_IN_WRITE_MARKER):
            os.kill(os.getpid(), signal.SIGKILL)
        return 1

    return Result(records=1, write=write)


def feed_then_crash(ctx: JobContext) -> Result:
    """An optional feed: fails while the feed_down marker exists, then as crash_in_write."""
    marker_dir = ctx.resources.get("marker_dir")
    if marker_dir and (Path(marker_dir) / FEED_DOWN_MARKER).exists():
        raise RuntimeError(f"{ctx.processor}: feed down")
    return crash_in_write(ctx)


# -- pipelines used by subprocesses -------------------------------------------------------

GRID_PHASES = 6
GRID_WIDTH = 5


def grid_processor_names() -> list[str]:
    return [f"g{p}_{c}" for p in range(1, GRID_PHASES + 1) for c in "abcde"[:GRID_WIDTH]]


def _file_blueprint() -> Blueprint:
    bp = Blueprint("tests")
    for name in grid_processor_names():
        bp.add(name, write_effect)
    bp.add("c_first", write_effect)
    bp.add("c_claim", crash_on_claim)
    bp.add("c_write", crash_in_write)
    bp.add("c_last", write_effect)
    bp.add("m_one", write_effect)
    bp.add("o_feed", feed_then_crash)
    return bp


file_blueprint = _file_blueprint()

PIPELINE_FILES = {
    "grid": HERE / "grid.yaml",
    "crash": HERE / "crash.yaml",
    "mini": HERE / "mini.yaml",
    "deps": HERE / "deps.yaml",
    "late": HERE / "late.yaml",
}


def file_pipeline(name: str) -> PipelineDef:
    return load_pipeline(PIPELINE_FILES[name])


def file_registry() -> Registry:
    return Registry(file_blueprint)


# -- pipelines built inside tests ----------------------------------------------------------


def proc(name: str, critical: bool = True, **extra: Any) -> dict[str, Any]:
    """A processor entry for :func:`pipeline_from`."""
    return {"name": name, "critical": critical, **extra}


def pipeline_from(
    phases: list[list[dict[str, Any]]],
    *,
    name: str = "t",
    modes: tuple[str, ...] = ("same_day", "overnight", "backfill"),
    quorum: float = 0.8,
    deadline_floor_s: float = 600.0,
    max_attempts: int = 3,
    retry_base_s: float = 1.0,
    retry_cap_s: float = 30.0,
    timeout_s: float = 60.0,
    source: str = "tests/inline.yaml",
    tasks: list[dict[str, Any]] | None = None,
    preflight: Mapping[int, list[dict[str, Any]]] | None = None,
    self_heal: dict[str, Any] | None = None,
    schedules: list[dict[str, Any]] | None = None,
    rerun_on_late: set[int] | None = None,
    outcome: list[dict[str, Any]] | None = None,
    slos: list[dict[str, Any]] | None = None,
) -> PipelineDef:
    """Build a pipeline through the YAML loader, so tests exercise the real validation.

    ``preflight`` maps a phase number to its checks (``{"check": name, ...}`` entries);
    ``rerun_on_late`` names the phases declared so.
    """
    data = {
        "pipeline": name,
        "modes": list(modes),
        "defaults": {
            "processor": {
                "timeout_s": timeout_s,
                "max_attempts": max_attempts,
                "retry": {"base_s": retry_base_s, "cap_s": retry_cap_s},
            },
            "policy": {"quorum": quorum, "deadline_floor_s": deadline_floor_s},
        },
        "phases": [
            {
                "phase": i,
                "name": f"phase{i}",
                "processors": procs,
                **({"preflight": preflight[i]} if preflight and i in preflight else {}),
                **({"rerun_on_late": True} if rerun_on_late and i in rerun_on_late else {}),
            }
            for i, procs in enumerate(phases, start=1)
        ],
        "tasks": tasks or [],
        **({"self_heal": self_heal} if self_heal else {}),
        **({"schedules": schedules} if schedules else {}),
        **({"outcome": outcome} if outcome else {}),
        **({"slos": slos} if slos else {}),
    }
    return parse_pipeline(yaml.safe_dump(data, sort_keys=False), source=source)


def registry_for(
    pipeline: PipelineDef,
    overrides: Mapping[str, ProcessorFn] | None = None,
    *,
    checks: Mapping[str, CheckFn] | None = None,
    cutoff: CutoffFn | None = None,
    probes: Mapping[str, ProbeFn] | None = None,
) -> Registry:
    """Every processor of ``pipeline`` writes an effect row unless ``overrides`` names it;
    ``checks``, ``cutoff`` and ``probes`` register pre-flight checks, a cut-off and
    upstream probes."""
    bp = Blueprint(f"tests-{pipeline.pipeline}")
    for name in pipeline.processor_names():
        bp.add(name, (overrides or {}).get(name, write_effect))
    for name, fn in (checks or {}).items():
        bp.check(name)(fn)
    if cutoff is not None:
        bp.cutoff(cutoff)
    for name, probe in (probes or {}).items():
        bp.probe(name)(probe)
    return Registry(bp)


class RetryAtCeiling(random.Random):
    """Jitter that always picks the ceiling: a retry comes exactly at its back-off's upper
    bound, so a test that advances the clock by less than the ceiling knows the retry is not
    yet due (full jitter would make it due 1 time in ceiling/advance)."""

    def uniform(self, a: float, b: float) -> float:
        return b


def orchestrator_for(
    store: Store,
    pipeline: PipelineDef,
    overrides: Mapping[str, ProcessorFn] | None = None,
    *,
    clock: Clock | None = None,
    resources: Mapping[str, Any] | None = None,
    checks: Mapping[str, CheckFn] | None = None,
    cutoff: CutoffFn | None = None,
    probes: Mapping[str, ProbeFn] | None = None,
) -> Orchestrator:
    """An orchestrator on ``store`` with the engine schema and ``test_effects`` prepared."""
    return Orchestrator(
        store,
        pipeline,
        registry_for(pipeline, overrides, checks=checks, cutoff=cutoff, probes=probes),
        clock=clock,
        resources=resources,
        schemas=[EFFECTS_SCHEMA],
        rng=RetryAtCeiling(),
    )


def drain(orch: Orchestrator, clock: ManualClock, *, advance_s: float = 0.0) -> None:
    """Run jobs with one worker until none is due; ``advance_s`` moves the clock after each
    batch (past short retry delays)."""
    ex = orch.executor("w")
    while batch := queue.claim(orch.store, worker_id="w", limit=20, now=clock.now(), lease_s=60):
        for job in batch:
            ex.run(job)
        if advance_s:
            clock.advance(advance_s)


def settle(orch: Orchestrator, clock: ManualClock) -> None:
    """Run the due jobs and the workers' sweep (deadlines, rebuilds) until nothing more
    happens at this instant."""
    from tipoff.engine import deadline_sweep, rebuild
    from tipoff.engine.schema import jobs

    while True:
        drain(orch, clock)
        fired = deadline_sweep.sweep_deadlines(orch.store, orch.pipelines, now=clock.now())
        rebuilt = rebuild.rebuild_due(orch.store, orch.pipelines, now=clock.now())
        if not fired and not rebuilt:
            with orch.store.read() as conn:
                runnable = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(jobs)
                    .where(jobs.c.status.in_(["queued", "retry"]), jobs.c.run_after <= clock.now())
                ).scalar_one()
            if not runnable:
                return


def run_of(orch: Orchestrator, day: date, mode: str = "backfill") -> Any:
    """The state of the run of ``day`` and ``mode`` of the test pipeline ``t``."""
    from tipoff.engine import run_records

    with orch.store.read() as conn:
        run = run_records.find_run(conn, "t", day, mode)
    assert run is not None
    return orch.run_state(run.id)
