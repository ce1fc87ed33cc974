"""Pipeline definitions: phases, processors, transition policies and schedules.

What a pipeline is, as the rest of the engine reads it: frozen dataclasses with the
lookups the engine asks of them (which processors a phase runs in a mode, a processor's
timeout and retries, a phase's policy). Reading them from YAML is ``pipeline_loading``'s
job and checking them ``pipeline_validation``'s, so that a module that only reads a
definition does not pull in the YAML parser.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from datetime import time
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import ConfigDict, Field
from pydantic.dataclasses import dataclass

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
    """A check that must pass before the phase opens (data fresh, the expected volume
    there, workers alive); a registered function of the pipeline's code, or one the engine
    provides."""

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
    # what it reads of the same date's runs of other modes (e.g. a run that checks results
    # reads what an earlier mode's run of the date forecast); as above, for the date itself
    # (from_modes required)
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
    (the pipeline's code says when, e.g. the first event of the date), an unfinished run of one of
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
