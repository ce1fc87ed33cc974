"""Pipeline definitions: phases, processors, transition policies and schedules.

Declared in YAML, loaded into frozen dataclasses and validated. Every problem is reported
with the file, the key path and what is wrong, all problems at once, e.g.::

    pipelines/nba.yaml: phases[2].processors[1].modes: unknown mode 'nightly'
        (known: same_day, overnight, backfill)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from datetime import time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from croniter import croniter
from pydantic import ConfigDict, Field, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

from tipoff.errors import ConfigError

_STRICT = ConfigDict(extra="forbid")


@dataclass(frozen=True, config=_STRICT)
class RetryPolicy:
    """Exponential backoff with full jitter: delay ~ U(0, min(cap_s, base_s * 2**(n-1)))."""

    base_s: float = 2.0
    cap_s: float = 300.0


@dataclass(frozen=True, config=_STRICT)
class TransitionPolicy:
    """When a phase may trigger the next one."""

    quorum: float = 0.8
    deadline_floor_s: float = 600.0
    deadline_p95_multiple: float = 3.0
    # a failed pre-flight check holds the trigger for base * 2**(holds so far), capped
    preflight_backoff_s: float = 30.0
    preflight_backoff_max_s: float = 600.0


@dataclass(frozen=True, config=_STRICT)
class ProcessorDef:
    name: str
    critical: bool = True
    modes: tuple[str, ...] | None = None  # None: every mode of the pipeline
    timeout_s: float | None = None
    max_attempts: int | None = None
    retry: RetryPolicy | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    # the processor (of an earlier phase) whose output this one reads: a retry of this one
    # by hand re-runs that one first, so a rejected input is fetched again (see manual.py)
    input_from: str | None = None
    # the upstream probe (registered by the pipeline's code, see ``probe``) that tells when
    # the source this processor reads is back: a dead letter it left is retried then
    probe: str | None = None


@dataclass(frozen=True, config=_STRICT)
class PreflightDef:
    """A check that must pass before the phase opens (data fresh, games complete, workers
    alive); a registered function of the pipeline's code, or one the engine provides."""

    check: str
    modes: tuple[str, ...] | None = None  # None: every mode of the pipeline
    params: Mapping[str, Any] = field(default_factory=dict)
    # processors of the previous phase to run again while this check holds the phase, their
    # inputs fetched afresh (see ``remedy``): what the check misses may have come since
    rerun: tuple[str, ...] = ()
    # the upstream probe asked while this check holds the phase: when the upstream comes
    # back, the ``rerun`` processors run again at once (see ``probe``)
    probe: str | None = None


@dataclass(frozen=True, config=_STRICT)
class DateDependency:
    """This phase (and the ones after it) reads what phase ``phase`` of earlier dates made.

    In the runs of ``modes`` (None: every mode) the phase opens only once phase ``phase``
    of every earlier date's run of ``from_modes`` (None: the run's own mode) is done; and
    when such an earlier phase completes after a later date opened this phase, the later
    date is rebuilt from here (see ``tipoff.engine.dependencies``). Runs of
    ``no_wait_modes`` (some of ``modes``) do not wait: they are built at once, finish
    ``complete_degraded`` ("built without" the date) while an earlier date is not done,
    and are rebuilt when it is.
    """

    phase: int
    modes: tuple[str, ...] | None = None
    from_modes: tuple[str, ...] | None = None
    no_wait_modes: tuple[str, ...] = ()

    def applies_to(self, mode: str) -> bool:
        return self.modes is None or mode in self.modes

    def waits(self, mode: str) -> bool:
        """Whether a run of ``mode`` is held while an earlier date is not done (else it is
        built without it, flagged, and rebuilt)."""
        return self.applies_to(mode) and mode not in self.no_wait_modes

    def reads_from(self, mode: str) -> tuple[str, ...]:
        """The modes of the earlier runs a run of ``mode`` waits for."""
        return self.from_modes if self.from_modes is not None else (mode,)


@dataclass(frozen=True, config=_STRICT)
class PhaseDef:
    phase: int
    name: str
    processors: tuple[ProcessorDef, ...] = ()
    policy: TransitionPolicy | None = None
    preflight: tuple[PreflightDef, ...] = ()
    # Run this phase's processors again (under fresh keys) each time a processor of the
    # previous phase succeeds after that phase triggered: a straggler, a retried dead
    # letter, a fan-out whose retried children raised its count. Output built from the
    # upstream (exports) then catches up instead of staying short.
    rerun_on_late: bool = False
    depends_on_earlier_dates: DateDependency | None = None
    # what it reads of the same date's runs of other modes (NBA: the overnight grading reads
    # the same-day predictions); as above, for the date itself (from_modes required)
    depends_on_same_date: DateDependency | None = None


@dataclass(frozen=True, config=_STRICT)
class ScheduleDef:
    """A cron expression and what it does: a run, a phase trigger or one processor's job,
    or one of the engine's housekeeping turns (heal, monitor, recover, health)."""

    name: str
    cron: str
    action: Literal["run", "trigger_phase", "enqueue", "heal", "monitor", "recover", "health"]
    mode: str | None = None
    phase: int | None = None
    processor: str | None = None
    date: Literal["today", "yesterday", "tomorrow"] = "today"
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, config=_STRICT)
class ProcessorDefaults:
    timeout_s: float = 300.0
    max_attempts: int = 3
    retry: RetryPolicy = field(default_factory=RetryPolicy)


@dataclass(frozen=True, config=_STRICT)
class Defaults:
    processor: ProcessorDefaults = field(default_factory=ProcessorDefaults)
    policy: TransitionPolicy = field(default_factory=TransitionPolicy)


@dataclass(frozen=True, config=_STRICT)
class SelfHealPolicy:
    """Self-heal's last resort: ``force_before_cutoff_s`` seconds before the date's cut-off
    (the pipeline's code says when, e.g. the first game), an unfinished run of one of
    ``force_modes`` is pushed through with its dependency checks bypassed. A dead letter
    whose cause was a data source is retried by itself ``retry_dead_base_s`` x
    2**(deaths - 1) seconds after it died (capped at ``retry_dead_cap_s``), at most
    ``retry_dead_max`` times (0: never; see ``redrive``), and at once when the probe of its
    source, asked every ``probe_every_s`` seconds, finds the source back (see ``probe``)."""

    force_before_cutoff_s: float | None = None
    force_modes: tuple[str, ...] = ()
    retry_dead_base_s: float = Field(default=300.0, gt=0)
    retry_dead_cap_s: float = Field(default=3600.0, gt=0)
    retry_dead_max: int = Field(default=24, ge=0)
    probe_every_s: float = Field(default=30.0, gt=0)


@dataclass(frozen=True, config=_STRICT)
class SloDef:
    """A service-level objective: what share of its events (or of the time) must be good
    over a window of days (see ``tipoff.engine.slo``). Three kinds:

    - ``ready_by``: phase ``phase`` of each run (of ``mode``) has triggered, its work done,
      by local time ``by`` on the run's data date;
    - ``phase_duration``: each phase triggers within ``factor`` times the median of its
      earlier durations (same mode and phase), or within ``floor_s`` anyway;
    - ``fresh``: the latest success of ``processor`` (in runs of ``mode``) is never older
      than ``max_age_h`` hours.
    """

    name: str
    kind: Literal["ready_by", "phase_duration", "fresh"]
    objective: float = 0.95
    window_days: int = 30
    description: str = ""
    mode: str | None = None  # None: runs of every mode
    phase: int | None = None
    by: str | None = None  # "HH:MM", in the pipeline's time zone
    factor: float = 2.0
    floor_s: float = 60.0
    processor: str | None = None
    max_age_h: float | None = None

    def ready_time(self) -> time:
        """``by`` as a time of day (checked when the file is loaded)."""
        return time.fromisoformat(self.by or "")


@dataclass(frozen=True, config=_STRICT)
class PipelineDef:
    pipeline: str
    modes: tuple[str, ...]
    phases: tuple[PhaseDef, ...]
    timezone: str = "UTC"
    defaults: Defaults = field(default_factory=Defaults)
    schedules: tuple[ScheduleDef, ...] = ()
    # processors outside the phases (housekeeping), run by schedules or by hand
    tasks: tuple[ProcessorDef, ...] = ()
    self_heal: SelfHealPolicy = field(default_factory=SelfHealPolicy)
    # what a finished run must have produced (checks like pre-flight ones, asked when the
    # last phase triggers; a miss makes the run complete_degraded, see outcome.py)
    outcome: tuple[PreflightDef, ...] = ()
    # service-level objectives the monitor evaluates and the dashboard shows (see slo.py)
    slos: tuple[SloDef, ...] = ()
    source: str = "<memory>"
    # the pre-flight check functions by name, bound from the pipeline's code by
    # ``Registry.bind`` (never from YAML)
    check_code: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # (connection, data date) -> epoch seconds of the date's cut-off or None, bound likewise
    cutoff_code: Any = field(default=None, compare=False, repr=False)
    # name -> (store, now) -> alerts: the pipeline's own checks the monitor runs each turn
    watch_code: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # name -> (store, now) -> health checks: the pipeline's own lines of the health report
    health_code: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # name -> (store, first, last) -> JSON-ready values: the pipeline's read-only views
    # (its own tables) the dashboard shows, bound likewise
    view_code: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # now -> the ages of the outputs it publishes (see outputs.py), bound with its resources
    outputs_code: Any = field(default=None, compare=False, repr=False)
    # RunRequest -> key -> Default: the pipeline's run defaults (see ``run_params``),
    # bound with the pipeline's resources
    defaults_code: Any = field(default=None, compare=False, repr=False)
    # name -> ProbeContext -> CheckResult: the upstream probes (see ``probe``), bound with
    # the pipeline's resources
    probe_code: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    # -- lookups --------------------------------------------------------------------------

    def phase(self, number: int) -> PhaseDef:
        for phase in self.phases:
            if phase.phase == number:
                return phase
        raise KeyError(number)

    def first_phase(self) -> int:
        return self.phases[0].phase

    def next_phase(self, number: int) -> int | None:
        numbers = [p.phase for p in self.phases]
        i = numbers.index(number)
        return numbers[i + 1] if i + 1 < len(numbers) else None

    def last_phase(self) -> int:
        return self.phases[-1].phase

    def processor(self, name: str) -> ProcessorDef:
        for phase in self.phases:
            for proc in phase.processors:
                if proc.name == name:
                    return proc
        for task in self.tasks:
            if task.name == name:
                return task
        raise KeyError(name)

    def phase_of(self, name: str) -> int:
        for phase in self.phases:
            if any(p.name == name for p in phase.processors):
                return phase.phase
        raise KeyError(name)

    def processor_names(self) -> list[str]:
        names = [p.name for phase in self.phases for p in phase.processors]
        return names + [t.name for t in self.tasks]

    def expected(self, phase: int, mode: str) -> list[ProcessorDef]:
        """The processors phase ``phase`` runs in ``mode``."""
        return [p for p in self.phase(phase).processors if p.modes is None or mode in p.modes]

    def policy(self, phase: int) -> TransitionPolicy:
        return self.phase(phase).policy or self.defaults.policy

    def preflight(self, phase: int, mode: str) -> list[PreflightDef]:
        """The checks that must pass before phase ``phase`` opens in ``mode``."""
        return [c for c in self.phase(phase).preflight if c.modes is None or mode in c.modes]

    def outcome_checks(self, mode: str) -> list[PreflightDef]:
        """The outcome checks that apply to a run of ``mode``."""
        return [c for c in self.outcome if c.modes is None or mode in c.modes]

    def date_dependencies(self, phase: int, mode: str) -> list[tuple[DateDependency, bool]]:
        """What phase ``phase`` of a ``mode`` run needs from other dates' runs: each
        dependency with whether it is on the same date (else on the earlier ones)."""
        ph = self.phase(phase)
        pairs = ((ph.depends_on_earlier_dates, False), (ph.depends_on_same_date, True))
        return [(d, same) for d, same in pairs if d is not None and d.applies_to(mode)]

    def timeout_s(self, proc: ProcessorDef) -> float:
        return proc.timeout_s if proc.timeout_s is not None else self.defaults.processor.timeout_s

    def max_attempts(self, proc: ProcessorDef) -> int:
        if proc.max_attempts is not None:
            return proc.max_attempts
        return self.defaults.processor.max_attempts

    def retry(self, proc: ProcessorDef) -> RetryPolicy:
        return proc.retry or self.defaults.processor.retry

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def is_critical(pipelines: Mapping[str, PipelineDef], pipeline: str, processor: str) -> bool:
    """Whether ``processor`` is critical in its pipeline; one no loaded pipeline declares
    (renamed, removed) counts as critical, so its dead letter is never played down."""
    definition = pipelines.get(pipeline)
    if definition is None:
        return True
    try:
        return definition.processor(processor).critical
    except KeyError:
        return True


_ADAPTER = TypeAdapter(PipelineDef)
# libyaml's loader when PyYAML was built with it (ten times faster), the same safe subset
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_pipeline(path: str | Path) -> PipelineDef:
    """Read and validate a pipeline YAML file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read pipeline file: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not a UTF-8 text file (byte {exc.object[exc.start]:#04x} at offset "
            f"{exc.start}); a pipeline file is YAML in UTF-8"
        ) from None
    return parse_pipeline(text, source=str(path))


def parse_pipeline(text: str, *, source: str = "<string>") -> PipelineDef:
    try:
        raw = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise ConfigError(f"{source}:{where} invalid YAML: {problem}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level")
    for key in (
        "check_code",
        "cutoff_code",
        "watch_code",
        "health_code",
        "view_code",
        "outputs_code",
        "defaults_code",
        "probe_code",
    ):
        if key in raw:
            raise ConfigError(f"{source}: {key}: not a pipeline file key")
    raw = {**raw, "source": source}
    try:
        pipeline = _ADAPTER.validate_python(raw)
    except ValidationError as exc:
        problems = [f"{source}: {_loc(err['loc'])}: {err['msg']}" for err in exc.errors()]
        raise ConfigError("\n".join(problems)) from exc
    problems = [
        f"{source}: {p}"
        for p in _semantic_problems(pipeline)
        + _outcome_problems(pipeline)
        + _input_problems(pipeline)
        + _slo_problems(pipeline)
    ]
    if problems:
        raise ConfigError("\n".join(problems))
    return pipeline


def _loc(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


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
