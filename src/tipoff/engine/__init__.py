"""Generic orchestration: a transactional job queue, phase transitions, workers.

Nothing in this package knows what a pipeline is about; pipelines declare their phases and
processors in YAML and register processor code on a :class:`Blueprint`.

The names below are the engine's public API for pipeline authors: import them from
``tipoff.engine``. Deeper modules are the engine's own and may change. The names load on
first use (PEP 562), so ``import tipoff.engine`` stays cheap for a command that needs
one of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tipoff.engine.alerts import Alert, Notifier, Severity
    from tipoff.engine.breaker import BreakerPolicy, CircuitBreaker
    from tipoff.engine.clock import Clock, ManualClock, SystemClock
    from tipoff.engine.health import Check
    from tipoff.engine.migrations import SchemaComponent
    from tipoff.engine.monitor import Monitor
    from tipoff.engine.orchestrator import Orchestrator, RunState
    from tipoff.engine.outputs import OutputAge
    from tipoff.engine.pipeline import PipelineDef
    from tipoff.engine.pipeline_loading import load_pipeline, parse_pipeline
    from tipoff.engine.preflight import CheckContext, CheckResult
    from tipoff.engine.registry import (
        Blueprint,
        Child,
        FanOut,
        JobContext,
        Registry,
        Result,
        read_params,
    )
    from tipoff.engine.run_params import Default, RunRequest
    from tipoff.engine.scheduler import Scheduler
    from tipoff.engine.schema import Epoch
    from tipoff.engine.states import JobStatus, RunStatus
    from tipoff.engine.store import Store, existing_store
    from tipoff.engine.worker import Worker

# public name -> the module that defines it
_HOMES = {
    # writing a pipeline: processors, fan-outs, checks, run defaults, its own tables
    "Blueprint": "registry",
    "JobContext": "registry",
    "Result": "registry",
    "Child": "registry",
    "FanOut": "registry",
    "Registry": "registry",
    "read_params": "registry",
    "CheckContext": "preflight",
    "CheckResult": "preflight",
    "Check": "health",
    "OutputAge": "outputs",
    "Default": "run_params",
    "RunRequest": "run_params",
    "SchemaComponent": "migrations",
    "Epoch": "schema",
    "BreakerPolicy": "breaker",
    "CircuitBreaker": "breaker",
    "Alert": "alerts",
    "Severity": "alerts",
    "Notifier": "alerts",
    # loading and running it
    "PipelineDef": "pipeline",
    "load_pipeline": "pipeline_loading",
    "parse_pipeline": "pipeline_loading",
    "Store": "store",
    "existing_store": "store",
    "Orchestrator": "orchestrator",
    "RunState": "orchestrator",
    "Worker": "worker",
    "Scheduler": "scheduler",
    "Monitor": "monitor",
    "JobStatus": "states",
    "RunStatus": "states",
    "Clock": "clock",
    "SystemClock": "clock",
    "ManualClock": "clock",
}

__all__ = [
    "Alert",
    "Blueprint",
    "BreakerPolicy",
    "Check",
    "CheckContext",
    "CheckResult",
    "Child",
    "CircuitBreaker",
    "Clock",
    "Default",
    "Epoch",
    "FanOut",
    "JobContext",
    "JobStatus",
    "ManualClock",
    "Monitor",
    "Notifier",
    "Orchestrator",
    "OutputAge",
    "PipelineDef",
    "Registry",
    "Result",
    "RunRequest",
    "RunState",
    "RunStatus",
    "Scheduler",
    "SchemaComponent",
    "Severity",
    "Store",
    "SystemClock",
    "Worker",
    "existing_store",
    "load_pipeline",
    "parse_pipeline",
    "read_params",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
