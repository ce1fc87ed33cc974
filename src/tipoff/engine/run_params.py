"""A run's settings, resolved once when the run is created and stored on it.

Whoever starts a run (a command, a schedule, self-heal, a manual trigger, the HTTP API),
its params are decided in one place and in one order:

1. the params given for the run explicitly (``tipoff run --source live --param k=v``);
2. else the params of the schedule that starts it; a run started otherwise (a manual
   trigger, the API) takes those of the pipeline's ``run`` schedule for its mode;
3. else the pipeline's own defaults, told by its code (a function registered with
   ``@blueprint.run_defaults``; a pipeline package may fill them from the
   ``TIPOFF_*`` settings).

The result is stored on the run row with where each value came from, and every job of
the run is given the run's params, so no processor has to guess a default of its own (runs
started by the scheduler once carried no params at all, and their processors fell back on
defaults the settings had overridden).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tipoff.engine.pipeline import PipelineDef, ScheduleDef

ORIGIN_RUN = "run"
SCHEDULE_ORIGIN_PREFIX = "schedule "


@dataclass(frozen=True)
class RunRequest:
    """The run being created, as the pipeline's defaults function sees it."""

    pipeline: str
    data_date: date
    mode: str
    # what the run and its schedule already say; the defaults fill in the rest
    given: Mapping[str, Any]


@dataclass(frozen=True)
class Default:
    """One default value and where it came from (e.g. ``TIPOFF_SOURCE``)."""

    value: Any
    origin: str


# (the run being created, the pipeline's resources) -> key -> default
RunDefaultsFn = Callable[[RunRequest, Mapping[str, Any]], Mapping[str, Default]]


@dataclass(frozen=True)
class ResolvedParams:
    values: dict[str, Any]
    origins: dict[str, str]


def schedule_for(pipeline: PipelineDef, mode: str) -> ScheduleDef | None:
    """The pipeline's first ``run`` schedule of ``mode``: the params a run of that mode
    is meant to have when no schedule starts it."""
    return next((s for s in pipeline.schedules if s.action == "run" and s.mode == mode), None)


def resolve(
    pipeline: PipelineDef,
    data_date: date,
    mode: str,
    params: Mapping[str, Any] | None = None,
    *,
    schedule: ScheduleDef | None = None,
) -> ResolvedParams:
    """The params of a new run of (``data_date``, ``mode``), each with its origin."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    sched = schedule if schedule is not None else schedule_for(pipeline, mode)
    if sched is not None:
        for key, value in sched.params.items():
            values[key] = value
            origins[key] = f"{SCHEDULE_ORIGIN_PREFIX}{sched.name}"
    for key, value in (params or {}).items():
        values[key] = value
        origins[key] = ORIGIN_RUN
    if pipeline.defaults_code is not None:
        request = RunRequest(pipeline.pipeline, data_date, mode, dict(values))
        for key, default in pipeline.defaults_code(request).items():
            if key not in values and default.value is not None:
                values[key] = default.value
                origins[key] = default.origin
    return ResolvedParams(values, origins)


def describe(params: Mapping[str, Any], origins: Mapping[str, str] | None) -> list[str]:
    """``key=value (origin)`` for each param, sorted: how status shows a run's settings."""
    return [
        f"{key}={params[key]}" + (f" ({origins[key]})" if origins and key in origins else "")
        for key in sorted(params)
    ]
