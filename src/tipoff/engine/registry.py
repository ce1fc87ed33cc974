"""Processor code registers on blueprints; the engine reads them by name.

A pipeline package declares ``bp = Blueprint("orders")`` and decorates its processors with
``@bp.processor("daily_order_summary")``. The engine binds the YAML definition to the
blueprints and refuses a pipeline that names a processor no blueprint registers.

A processor receives a :class:`JobContext` and returns a :class:`Result`. It does its
reading and computing outside any write transaction; its ``write`` callback runs inside
the transaction that also records the job's success, the phase completion and, when the
policy says so, the next phase's jobs, so output and completion commit together.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import sqlalchemy as sa
from pydantic import BaseModel, ValidationError

from tipoff.engine.preflight import BUILTIN_CHECKS, CheckFn
from tipoff.engine.run_params import RunDefaultsFn
from tipoff.errors import ConfigError, ProcessorError, UnknownProcessor

if TYPE_CHECKING:
    from tipoff.engine.alerts import Alert
    from tipoff.engine.clock import Clock
    from tipoff.engine.health import Check
    from tipoff.engine.outputs import OutputAge
    from tipoff.engine.pipeline import PipelineDef
    from tipoff.engine.preflight import CheckResult
    from tipoff.engine.probe import ProbeContext
    from tipoff.engine.store import Store

WriteFn = Callable[[sa.Connection], int | None]
ParamsModel = TypeVar("ParamsModel", bound=BaseModel)


@dataclass
class Result:
    """What a processor produced: a record count and the writes to commit with completion.

    ``write`` returns the number of records it wrote (overrides ``records``) or None.
    ``failed_items``: of a fan-out child standing for several items (``Child.items``), how
    many it could not do; the batch counts them failed, the rest succeeded.
    """

    records: int = 0
    write: WriteFn | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
    fan_out: FanOut | None = None
    failed_items: int = 0


@dataclass(frozen=True)
class Child:
    """One job of a fan-out: a processor (declared under the pipeline's ``tasks``), a part
    name unique within the fan-out (it makes the child's idempotency key), and its params.

    ``items`` is how many of the batch's units the child does (one, or a chunk
    of them per job): the batch's counts and threshold are in items, so a job doing
    ten items that fails one counts nine succeeded and one failed."""

    processor: str
    part: str
    params: Mapping[str, Any] = field(default_factory=dict)
    items: int = 1


@dataclass(frozen=True)
class FanOut:
    """Children enqueued with the parent's success; the parent completes for its phase when
    they have all settled and at least ``threshold`` of their items succeeded."""

    children: Sequence[Child]
    threshold: float = 0.8


@dataclass(frozen=True)
class JobContext:
    """Everything a processor may know about the job it runs."""

    job_id: int
    pipeline: str
    processor: str
    phase: int | None
    mode: str | None
    data_date: date | None
    params: Mapping[str, Any]
    attempt: int
    max_attempts: int
    correlation_id: str | None
    trigger_source: str
    worker_id: str
    store: Store
    clock: Clock
    resources: Mapping[str, Any]

    @property
    def last_attempt(self) -> bool:
        return self.attempt >= self.max_attempts

    def require_date(self) -> date:
        """The job's data date, for a processor that works on one: a job without one (a
        task or a run enqueued without a date) is refused with a ProcessorError naming
        the processor and the job."""
        if self.data_date is None:
            raise ProcessorError(
                f"{self.processor}: job {self.job_id} has no data date, and this processor "
                "works on one"
            )
        return self.data_date


def read_params(
    model: type[ParamsModel], params: Mapping[str, Any], *, processor: str
) -> ParamsModel:
    """A processor's ``params`` read into its settings model; a ConfigError names the
    processor and every bad key (``predict_game: params.min_ev: ...``)."""
    try:
        return model.model_validate(dict(params))
    except ValidationError as exc:
        problems = "; ".join(
            f"params.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{processor}: {problems}") from exc


ProcessorFn = Callable[[JobContext], "Result | None"]
CutoffFn = Callable[[sa.Connection, date], "float | None"]
WatchFn = Callable[["Store", float], "Iterable[Alert]"]
HealthFn = Callable[["Store", float], "Iterable[Check]"]
# (store, first date, last date) -> JSON-ready values: a read-only view of the pipeline's
# own tables the web layer serves (e.g. the output of a date, how it fared)
ViewFn = Callable[["Store", date, date], Any]
# (the unbound definition, the pipeline's resources, now) -> the ages of its outputs
OutputsFn = Callable[["PipelineDef", Mapping[str, Any], float], "Iterable[OutputAge]"]
# (the pipeline's resources, what to probe) -> whether the upstream is back (see probe.py)
ProbeFn = Callable[[Mapping[str, Any], "ProbeContext"], "CheckResult"]


class Blueprint:
    """A named group of processor functions, declared by a pipeline package."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.processors: dict[str, ProcessorFn] = {}
        self.checks: dict[str, CheckFn] = {}
        self.cutoff_fn: CutoffFn | None = None
        self.watches: dict[str, WatchFn] = {}
        self.health_checks: dict[str, HealthFn] = {}
        self.views: dict[str, ViewFn] = {}
        self.outputs_fn: OutputsFn | None = None
        self.run_defaults_fn: RunDefaultsFn | None = None
        self.probes: dict[str, ProbeFn] = {}

    def run_defaults(self, fn: RunDefaultsFn) -> RunDefaultsFn:
        """Register the function that fills a new run's params the run and its schedule
        leave open (see ``tipoff.engine.run_params``); it gets the pipeline's resources."""
        if self.run_defaults_fn is not None:
            raise ValueError(f"blueprint {self.name!r}: run defaults registered twice")
        self.run_defaults_fn = fn
        return fn

    def watch(self, name: str) -> Callable[[WatchFn], WatchFn]:
        """Register a check the monitor runs each turn; it returns the alerts it finds,
        keyed under ``<name>:`` (the monitor resolves the ones it stops returning)."""

        def register(fn: WatchFn) -> WatchFn:
            if name in self.watches:
                raise ValueError(f"blueprint {self.name!r}: watch {name!r} registered twice")
            self.watches[name] = fn
            return fn

        return register

    def health(self, name: str) -> Callable[[HealthFn], HealthFn]:
        """Register lines of the health check and the morning summary that only the
        pipeline's code can tell (e.g. items expected against items done)."""

        def register(fn: HealthFn) -> HealthFn:
            if name in self.health_checks:
                raise ValueError(f"blueprint {self.name!r}: health {name!r} registered twice")
            self.health_checks[name] = fn
            return fn

        return register

    def view(self, name: str) -> Callable[[ViewFn], ViewFn]:
        """Register a read-only view of the pipeline's own data over a range of dates, which
        the dashboard shows under ``name`` (the engine never reads the tables behind it)."""

        def register(fn: ViewFn) -> ViewFn:
            if name in self.views:
                raise ValueError(f"blueprint {self.name!r}: view {name!r} registered twice")
            self.views[name] = fn
            return fn

        return register

    def outputs(self, fn: OutputsFn) -> OutputsFn:
        """Register the function that tells the ages of what the pipeline publishes and the
        most its schedules allow (see ``tipoff.engine.outputs``); it gets the resources."""
        if self.outputs_fn is not None:
            raise ValueError(f"blueprint {self.name!r}: outputs registered twice")
        self.outputs_fn = fn
        return fn

    def cutoff(self, fn: CutoffFn) -> CutoffFn:
        """Register the function that tells a date's cut-off (see ``SelfHealPolicy``)."""
        if self.cutoff_fn is not None:
            raise ValueError(f"blueprint {self.name!r}: a cut-off is registered twice")
        self.cutoff_fn = fn
        return fn

    def check(self, name: str | None = None) -> Callable[[CheckFn], CheckFn]:
        """Register a pre-flight check (see ``tipoff.engine.preflight``)."""

        def register(fn: CheckFn) -> CheckFn:
            key = name or fn.__name__
            if key in self.checks or key in BUILTIN_CHECKS:
                raise ValueError(f"blueprint {self.name!r}: check {key!r} registered twice")
            self.checks[key] = fn
            return fn

        return register

    def probe(self, name: str) -> Callable[[ProbeFn], ProbeFn]:
        """Register an upstream probe: one cheap request telling whether a source is back
        (see ``tipoff.engine.probe``); processors and pre-flight checks name it."""

        def register(fn: ProbeFn) -> ProbeFn:
            if name in self.probes:
                raise ValueError(f"blueprint {self.name!r}: probe {name!r} registered twice")
            self.probes[name] = fn
            return fn

        return register

    def processor(self, name: str | None = None) -> Callable[[ProcessorFn], ProcessorFn]:
        def register(fn: ProcessorFn) -> ProcessorFn:
            key = name or fn.__name__
            if key in self.processors:
                raise ValueError(f"blueprint {self.name!r}: processor {key!r} registered twice")
            self.processors[key] = fn
            return fn

        return register

    def add(self, name: str, fn: ProcessorFn) -> None:
        self.processor(name)(fn)


class Registry:
    """The processors a worker can run, gathered from blueprints."""

    def __init__(self, *blueprints: Blueprint) -> None:
        self._fns: dict[str, ProcessorFn] = {}
        self._checks: dict[str, CheckFn] = {}
        self._cutoff: CutoffFn | None = None
        self._watches: dict[str, WatchFn] = {}
        self._health: dict[str, HealthFn] = {}
        self._views: dict[str, ViewFn] = {}
        self._outputs: OutputsFn | None = None
        self._run_defaults: RunDefaultsFn | None = None
        self._probes: dict[str, ProbeFn] = {}
        for bp in blueprints:
            self.include(bp)

    def include(self, bp: Blueprint) -> None:
        for name, fn in bp.processors.items():
            if name in self._fns and self._fns[name] is not fn:
                raise ValueError(f"processor {name!r} registered by two blueprints")
            self._fns[name] = fn
        for name, check in bp.checks.items():
            if name in self._checks and self._checks[name] is not check:
                raise ValueError(f"check {name!r} registered by two blueprints")
            self._checks[name] = check
        for name, watch in bp.watches.items():
            if name in self._watches and self._watches[name] is not watch:
                raise ValueError(f"watch {name!r} registered by two blueprints")
            self._watches[name] = watch
        for name, lines in bp.health_checks.items():
            if name in self._health and self._health[name] is not lines:
                raise ValueError(f"health {name!r} registered by two blueprints")
            self._health[name] = lines
        for name, view in bp.views.items():
            if name in self._views and self._views[name] is not view:
                raise ValueError(f"view {name!r} registered by two blueprints")
            self._views[name] = view
        for name, probe in bp.probes.items():
            if name in self._probes and self._probes[name] is not probe:
                raise ValueError(f"probe {name!r} registered by two blueprints")
            self._probes[name] = probe
        if bp.outputs_fn is not None:
            if self._outputs is not None and self._outputs is not bp.outputs_fn:
                raise ValueError("outputs registered by two blueprints")
            self._outputs = bp.outputs_fn
        if bp.cutoff_fn is not None:
            if self._cutoff is not None and self._cutoff is not bp.cutoff_fn:
                raise ValueError("a cut-off registered by two blueprints")
            self._cutoff = bp.cutoff_fn
        if bp.run_defaults_fn is not None:
            if self._run_defaults is not None and self._run_defaults is not bp.run_defaults_fn:
                raise ValueError("run defaults registered by two blueprints")
            self._run_defaults = bp.run_defaults_fn

    def bind(
        self, pipeline: PipelineDef, *, resources: Mapping[str, Any] | None = None
    ) -> PipelineDef:
        """The definition with its code attached (after ``check``): pre-flight checks,
        cut-off, watches, health lines, views, and the run defaults over ``resources`` (where
        the pipeline's package keeps what it read from the settings)."""
        defaults = self._run_defaults
        outputs = self._outputs
        return replace(
            pipeline,
            check_code=dict(self._checks),
            cutoff_code=self._cutoff,
            watch_code=dict(self._watches),
            health_code=dict(self._health),
            view_code=dict(self._views),
            outputs_code=(
                None
                if outputs is None
                else functools.partial(outputs, pipeline, dict(resources or {}))
            ),
            defaults_code=(
                None
                if defaults is None
                else functools.partial(_call_defaults, defaults, dict(resources or {}))
            ),
            probe_code={
                name: functools.partial(fn, dict(resources or {}))
                for name, fn in self._probes.items()
            },
        )

    def get(self, name: str) -> ProcessorFn:
        try:
            return self._fns[name]
        except KeyError:
            raise UnknownProcessor(f"no blueprint registers processor {name!r}") from None

    def names(self) -> set[str]:
        return set(self._fns)

    def check(self, pipeline: PipelineDef) -> None:
        """Raise if the pipeline names processors with no registered code.

        Like the loader's errors, each problem names the file and the key path.
        """
        declared = [
            (f"phases[{i}].processors[{j}]", proc.name)
            for i, phase in enumerate(pipeline.phases)
            for j, proc in enumerate(phase.processors)
        ] + [(f"tasks[{j}]", task.name) for j, task in enumerate(pipeline.tasks)]
        problems = [
            f"{pipeline.source}: {where}.name: unknown processor {name!r}: "
            "no blueprint registers it"
            for where, name in declared
            if name not in self._fns
        ]
        problems += [
            f"{pipeline.source}: phases[{i}].preflight[{j}].check: unknown check "
            f"{spec.check!r}: no blueprint registers it (the engine provides: "
            f"{', '.join(sorted(BUILTIN_CHECKS))})"
            for i, phase in enumerate(pipeline.phases)
            for j, spec in enumerate(phase.preflight)
            if spec.check not in self._checks and spec.check not in BUILTIN_CHECKS
        ]
        problems += [
            f"{pipeline.source}: outcome[{j}].check: unknown check {spec.check!r}: "
            "no blueprint registers it"
            for j, spec in enumerate(pipeline.outcome)
            if spec.check not in self._checks and spec.check not in BUILTIN_CHECKS
        ]
        probes = [
            (f"phases[{i}].processors[{j}].probe", proc.probe)
            for i, phase in enumerate(pipeline.phases)
            for j, proc in enumerate(phase.processors)
            if proc.probe is not None
        ] + [
            (f"phases[{i}].preflight[{j}].probe", spec.probe)
            for i, phase in enumerate(pipeline.phases)
            for j, spec in enumerate(phase.preflight)
            if spec.probe is not None
        ]
        problems += [
            f"{pipeline.source}: {where}: unknown probe {name!r}: no blueprint registers it"
            for where, name in probes
            if name not in self._probes
        ]
        if problems:
            raise UnknownProcessor("\n".join(problems))


def _call_defaults(fn: RunDefaultsFn, resources: Mapping[str, Any], request: Any) -> Any:
    return fn(request, resources)
