"""The rules between the parts of a pipeline definition that its types cannot say.

Modes, phases, processors and schedules refer to each other by name and number; here
every such reference is checked (unknown mode, duplicate processor, phase out of order,
a dependency on a later phase, a bad cron expression, an SLO without its phase), and
every problem is returned, not just the first, with the key path where it is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter

from tipoff.engine.pipeline import (
    DateDependency,
    PhaseDef,
    PipelineDef,
    RetryPolicy,
    TransitionPolicy,
)


def problems_of(p: PipelineDef) -> list[str]:
    """Every problem of a loaded definition, each as ``key.path: what is wrong``."""
    return _semantic_problems(p) + _outcome_problems(p) + _input_problems(p) + _slo_problems(p)


def _semantic_problems(p: PipelineDef) -> list[str]:
    problems: list[str] = []
    modes = set(p.modes)
    known_modes = ", ".join(p.modes)
    if not p.modes:
        problems.append("modes: at least one mode is required")
    if len(modes) != len(p.modes):
        problems.append("modes: duplicate mode names")
    if not p.phases:
        problems.append("phases: at least one phase is required")
    try:
        ZoneInfo(p.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"timezone: unknown time zone {p.timezone!r}")
    _check_policy("defaults.policy", p.defaults.policy, problems)
    _check_attempts(
        "defaults.processor",
        p.defaults.processor.max_attempts,
        p.defaults.processor.timeout_s,
        p.defaults.processor.retry,
        problems,
    )

    problems += [
        f"self_heal.force_modes: unknown mode {mode!r} (known: {known_modes})"
        for mode in p.self_heal.force_modes
        if mode not in modes
    ]
    seen_phases: set[int] = set()
    seen_procs: dict[str, str] = {}
    last = 0
    for i, phase in enumerate(p.phases):
        where = f"phases[{i}]"
        if phase.phase in seen_phases:
            problems.append(f"{where}.phase: duplicate phase number {phase.phase}")
        elif phase.phase <= last:
            problems.append(f"{where}.phase: phases must be in ascending order ({phase.phase})")
        seen_phases.add(phase.phase)
        last = max(last, phase.phase)
        if not phase.processors:
            problems.append(f"{where}.processors: phase {phase.phase} ({phase.name}) is empty")
        if phase.rerun_on_late and i == 0:
            problems.append(f"{where}.rerun_on_late: the first phase has no upstream phase")
        if phase.policy is not None:
            _check_policy(f"{where}.policy", phase.policy, problems)
        for key in ("depends_on_earlier_dates", "depends_on_same_date"):
            dep = getattr(phase, key)
            if dep is not None:
                _check_dependency(f"{where}.{key}", i, phase, dep, seen_phases, p.modes, problems)
        for j, check in enumerate(phase.preflight):
            problems += [  # (outcome checks' modes: below)
                f"{where}.preflight[{j}].modes: unknown mode {mode!r} (known: {known_modes})"
                for mode in check.modes or ()
                if mode not in modes
            ]
            problems += [
                f"{where}.preflight[{j}].rerun: {name!r} is not a processor of the previous "
                "phase (a held phase re-runs what it waits for)"
                for name in check.rerun
                if i == 0 or name not in {q.name for q in p.phases[i - 1].processors}
            ]
        for j, proc in enumerate(phase.processors):
            pwhere = f"{where}.processors[{j}]"
            if proc.name in seen_procs:
                problems.append(
                    f"{pwhere}.name: duplicate processor {proc.name!r} "
                    f"(first at {seen_procs[proc.name]})"
                )
            else:
                seen_procs[proc.name] = pwhere
            for mode in proc.modes or ():
                if mode not in modes:
                    problems.append(f"{pwhere}.modes: unknown mode {mode!r} (known: {known_modes})")
            _check_attempts(pwhere, proc.max_attempts, proc.timeout_s, proc.retry, problems)

    for j, task in enumerate(p.tasks):
        twhere = f"tasks[{j}]"
        if task.name in seen_procs:
            problems.append(
                f"{twhere}.name: duplicate processor {task.name!r} "
                f"(first at {seen_procs[task.name]})"
            )
        else:
            seen_procs[task.name] = twhere

    seen_schedules: set[str] = set()
    for i, sched in enumerate(p.schedules):
        where = f"schedules[{i}]"
        if sched.name in seen_schedules:
            problems.append(f"{where}.name: duplicate schedule {sched.name!r}")
        seen_schedules.add(sched.name)
        if not croniter.is_valid(sched.cron):
            problems.append(f"{where}.cron: bad cron expression {sched.cron!r}")
        if sched.mode is not None and sched.mode not in modes:
            problems.append(f"{where}.mode: unknown mode {sched.mode!r} (known: {known_modes})")
        if sched.action in ("run", "trigger_phase") and sched.mode is None:
            problems.append(f"{where}.mode: action {sched.action!r} needs a mode")
        if sched.action == "trigger_phase":
            if sched.phase is None:
                problems.append(f"{where}.phase: action 'trigger_phase' needs a phase")
            elif sched.phase not in seen_phases:
                problems.append(f"{where}.phase: unknown phase {sched.phase}")
        if sched.action == "enqueue":
            if sched.processor is None:
                problems.append(f"{where}.processor: action 'enqueue' needs a processor")
            elif sched.processor not in seen_procs:
                problems.append(f"{where}.processor: unknown processor {sched.processor!r}")
    return problems


def _input_problems(p: PipelineDef) -> list[str]:
    problems = []
    for i, phase in enumerate(p.phases):
        for j, proc in enumerate(phase.processors):
            if proc.input_from is None:
                continue
            earlier = {q.name for ph in p.phases if ph.phase < phase.phase for q in ph.processors}
            if proc.input_from not in earlier:
                problems.append(
                    f"phases[{i}].processors[{j}].input_from: {proc.input_from!r} is not a "
                    "processor of an earlier phase"
                )
    return problems


def _slo_problems(p: PipelineDef) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    processors = {q.name for ph in p.phases for q in ph.processors} | {t.name for t in p.tasks}
    for i, slo in enumerate(p.slos):
        where = f"slos[{i}]"
        if slo.name in seen:
            problems.append(f"{where}.name: duplicate SLO {slo.name!r}")
        seen.add(slo.name)
        if not 0.0 < slo.objective < 1.0:
            problems.append(f"{where}.objective: {slo.objective} is not between 0 and 1")
        if slo.window_days < 1:
            problems.append(f"{where}.window_days: must be at least 1")
        if slo.mode is not None and slo.mode not in p.modes:
            problems.append(
                f"{where}.mode: unknown mode {slo.mode!r} (known: {', '.join(p.modes)})"
            )
        if slo.kind == "ready_by":
            if slo.phase is None or slo.phase not in {ph.phase for ph in p.phases}:
                problems.append(f"{where}.phase: ready_by needs a phase of this pipeline")
            try:
                slo.ready_time()
            except ValueError:
                problems.append(
                    f"{where}.by: ready_by needs a time of day as HH:MM, not {slo.by!r}"
                )
        elif slo.kind == "phase_duration":
            if not 1.0 <= slo.factor < math.inf or not 0 <= slo.floor_s < math.inf:
                problems.append(f"{where}.factor: must be at least 1 (and floor_s not negative)")
        elif slo.processor not in processors:
            problems.append(f"{where}.processor: fresh needs a processor of this pipeline")
        elif slo.max_age_h is None or not 0 < slo.max_age_h < math.inf:
            problems.append(f"{where}.max_age_h: fresh needs a positive number of hours")
    return problems


def _outcome_problems(p: PipelineDef) -> list[str]:
    return [
        f"outcome[{j}].modes: unknown mode {mode!r} (known: {', '.join(p.modes)})"
        for j, check in enumerate(p.outcome)
        for mode in check.modes or ()
        if mode not in p.modes
    ]


def _check_attempts(
    where: str,
    max_attempts: int | None,
    timeout_s: float | None,
    retry: RetryPolicy | None,
    problems: list[str],
) -> None:
    """A processor's (or the defaults') attempts, timeout and backoff."""
    if max_attempts is not None and max_attempts < 1:
        problems.append(f"{where}.max_attempts: must be at least 1")
    if timeout_s is not None and not 0 < timeout_s < math.inf:
        problems.append(f"{where}.timeout_s: must be a positive number of seconds")
    if retry is not None and not (0 <= retry.base_s <= retry.cap_s < math.inf):
        problems.append(f"{where}.retry: base_s and cap_s must be numbers, 0 <= base_s <= cap_s")


def _check_dependency(
    where: str,
    index: int,
    phase: PhaseDef,
    dep: DateDependency,
    seen_phases: set[int],
    modes: Sequence[str],
    problems: list[str],
) -> None:
    known_modes = ", ".join(modes)
    same_date = where.endswith("depends_on_same_date")
    if index == 0:
        problems.append(
            f"{where}: the first phase cannot wait for other dates (it opens with the run; "
            "declare it on a later phase)"
        )
    if dep.phase not in seen_phases or dep.phase == phase.phase:
        problems.append(
            f"{where}.phase: {dep.phase} is not an earlier phase of this pipeline "
            "(a rebuild must not re-run what the later dates wait for)"
        )
    for key, listed in (
        ("modes", dep.modes),
        ("from_modes", dep.from_modes),
        ("no_wait_modes", dep.no_wait_modes),
    ):
        problems += [
            f"{where}.{key}: unknown mode {mode!r} (known: {known_modes})"
            for mode in listed or ()
            if mode not in modes
        ]
    problems += [
        f"{where}.no_wait_modes: {mode!r} is not one of its modes ({', '.join(dep.modes or ())})"
        for mode in dep.no_wait_modes
        if mode in modes and not dep.applies_to(mode)
    ]
    if same_date and (
        dep.from_modes is None or any(dep.applies_to(m) for m in dep.from_modes if m in modes)
    ):
        problems.append(
            f"{where}.from_modes: name the other modes whose runs of the date it reads, none "
            "of its own modes (a run cannot wait for itself)"
        )


def _check_policy(where: str, policy: TransitionPolicy, problems: list[str]) -> None:
    if not 0.0 <= policy.quorum <= 1.0:
        problems.append(f"{where}.quorum: {policy.quorum} is outside 0-1")
    if policy.deadline_floor_s < 0:
        problems.append(f"{where}.deadline_floor_s: must not be negative")
    if policy.deadline_p95_multiple < 0:
        problems.append(f"{where}.deadline_p95_multiple: must not be negative")
    if (
        policy.preflight_backoff_s <= 0
        or policy.preflight_backoff_max_s < policy.preflight_backoff_s
    ):
        problems.append(
            f"{where}.preflight_backoff_s: must be positive and at most preflight_backoff_max_s"
        )
