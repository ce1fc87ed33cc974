"""Processor code registers on blueprints; the engine reads them by name.

A pipeline package declares ``bp = Blueprint("nba")`` and decorates its processors with
``@bp.processor("player_game_summary")``. The engine binds the YAML definition to the
blueprints and refuses a pipeline that names a processor no blueprint registers.

A processor receives a :class:`JobContext` and returns a :class:`Result`. It does its
reading and computing outside any write transaction; its ``write`` callback runs inside
the transaction that also records the job's success, the phase completion and, when the
policy says so, the next phase's jobs, so output and completion commit together.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tipoff.errors import UnknownProcessor

if TYPE_CHECKING:
    from tipoff.engine.clock import Clock
    from tipoff.engine.pipeline import PipelineDef
    from tipoff.engine.store import Store

WriteFn = Callable[[sa.Connection], int | None]


@dataclass
class Result:
    """What a processor produced: a record count and the writes to commit with completion.

    ``write`` returns the number of records it wrote (overrides ``records``) or None.
    """

    records: int = 0
    write: WriteFn | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
    fan_out: FanOut | None = None


@dataclass(frozen=True)
class Child:
    """One job of a fan-out: a processor (declared under the pipeline's ``tasks``), a part
    name unique within the fan-out (it makes the child's idempotency key), and its params."""

    processor: str
    part: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FanOut:
    """Children enqueued with the parent's success; the parent completes for its phase when
    they have all settled and at least ``threshold`` of them succeeded."""

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


ProcessorFn = Callable[[JobContext], "Result | None"]


class Blueprint:
    """A named group of processor functions, declared by a pipeline package."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.processors: dict[str, ProcessorFn] = {}

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
        for bp in blueprints:
            self.include(bp)

    def include(self, bp: Blueprint) -> None:
        for name, fn in bp.processors.items():
            if name in self._fns and self._fns[name] is not fn:
                raise ValueError(f"processor {name!r} registered by two blueprints")
            self._fns[name] = fn

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
        if problems:
            raise UnknownProcessor("\n".join(problems))
