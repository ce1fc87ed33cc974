"""Pre-flight checks: what must be true before a phase opens, asked at its trigger.

The policy says *whether the previous phase is done*; a pre-flight check says *whether the
next phase can do its work*: its upstream data is there and fresh for the date, the volume
is what the schedule promised (3 of 9 documents is a failure, not a success), workers are
alive to run its jobs. The pipeline declares the checks per phase (``preflight:`` in its
YAML) and registers their code on a blueprint (``@bp.check("name")``); the engine provides
``workers_alive``.

A failed check never passes silently: the transition is *held*. It stays untriggered with
the reason written on its row, a retry time that backs off (base x 2**holds, capped), and
the monitor raises an alert until it clears. The workers' sweep asks again when the hold
expires; a manual trigger with ``skip_dependency_check`` or a forced self-heal goes past.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tipoff.engine.heartbeats import WORKER_STALE_S, live_workers

if TYPE_CHECKING:
    from tipoff.engine.pipeline import PipelineDef, PreflightDef
    from tipoff.engine.run_records import Run

# A trigger committed by a worker (a completion, a worker's deadline sweep) runs where
# workers are; any other source (schedule, self-heal, manual) must find one alive.
IN_WORKER_SOURCE = "transition"


@dataclass(frozen=True)
class CheckContext:
    """What a check may look at: the open write transaction and the phase about to open."""

    conn: sa.Connection
    pipeline: PipelineDef
    data_date: date
    mode: str
    phase: int  # the phase the trigger would open
    params: Mapping[str, Any]  # the check's own params from the pipeline file
    run_params: Mapping[str, Any]
    now: float
    trigger_source: str


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    detail: str = ""

    @classmethod
    def passed(cls, detail: str = "") -> CheckResult:
        return cls(True, detail)

    @classmethod
    def failed(cls, detail: str) -> CheckResult:
        return cls(False, detail)


CheckFn = Callable[[CheckContext], CheckResult]


def workers_alive(ctx: CheckContext) -> CheckResult:
    """At least one worker heartbeat within ``stale_s`` seconds (default 120)."""
    if ctx.trigger_source == IN_WORKER_SOURCE:
        return CheckResult.passed("committed by a worker")
    stale_s = float(ctx.params.get("stale_s", WORKER_STALE_S))
    count = live_workers(ctx.conn, now=ctx.now, stale_s=stale_s)
    if not count:
        return CheckResult.failed(
            f"no worker has sent a heartbeat in the last {stale_s:.0f} s: nobody would run "
            "the phase's jobs (start `tipoff worker`)"
        )
    return CheckResult.passed(f"{count} worker(s) alive")


BUILTIN_CHECKS: dict[str, CheckFn] = {"workers_alive": workers_alive}


@dataclass(frozen=True)
class Verdict:
    """The outcome of a phase's pre-flight: the failures, one line each."""

    failures: tuple[str, ...] = ()
    failed_checks: tuple[str, ...] = ()  # the names of the checks that failed

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def reason(self) -> str:
        return "; ".join(self.failures)


def run_checks(
    conn: sa.Connection,
    pipeline: PipelineDef,
    run: Run,
    phase: int,
    *,
    now: float,
    trigger_source: str,
) -> Verdict:
    """Run the pre-flight checks of ``phase`` for ``run`` (its date, mode and params)."""
    return ask(
        conn,
        pipeline,
        pipeline.preflight(phase, run.mode),
        data_date=run.data_date,
        mode=run.mode,
        phase=phase,
        run_params=run.params,
        now=now,
        trigger_source=trigger_source,
    )


def ask(
    conn: sa.Connection,
    pipeline: PipelineDef,
    specs: Sequence[PreflightDef],
    *,
    data_date: date,
    mode: str,
    phase: int,
    run_params: Mapping[str, Any],
    now: float,
    trigger_source: str,
) -> Verdict:
    """Run declared checks (a phase's pre-flight, a run's outcome: see ``outcome``); a check
    that raises or has no code counts as failed, never as passed."""
    failures: list[str] = []
    failed: list[str] = []
    for spec in specs:
        fn = pipeline.check_code.get(spec.check) or BUILTIN_CHECKS.get(spec.check)
        if fn is None:
            failures.append(f"{spec.check}: no code registered for this check in this process")
            failed.append(spec.check)
            continue
        ctx = CheckContext(
            conn=conn,
            pipeline=pipeline,
            data_date=data_date,
            mode=mode,
            phase=phase,
            params=spec.params,
            run_params=run_params,
            now=now,
            trigger_source=trigger_source,
        )
        try:
            result = fn(ctx)
        except Exception as exc:  # a broken check must hold the phase, or miss the outcome
            failures.append(f"{spec.check}: the check itself failed: {type(exc).__name__}: {exc}")
            failed.append(spec.check)
            continue
        if not result.ok:
            failures.append(f"{spec.check}: {result.detail}")
            failed.append(spec.check)
    return Verdict(tuple(failures), tuple(failed))


def backoff_s(pipeline: PipelineDef, phase: int, holds: int) -> float:
    """How long a transition stays held after its ``holds``-th failed pre-flight (from 0).
    The doubling stops at 2**60: a date can stay held for weeks, and past about a thousand
    holds 2**holds no longer converts to a float."""
    policy = pipeline.policy(phase)
    doubled = policy.preflight_backoff_s * 2 ** min(holds, 60)
    return float(min(policy.preflight_backoff_max_s, doubled))
