"""The manual controls: ``tipoff trigger`` and ``tipoff heal`` over HTTP. Only the API
token's holder reaches them: :mod:`tipoff.web.guard` refuses anyone else before the body
is read."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from tipoff.engine import heal as heal_module
from tipoff.engine import manual
from tipoff.web import models
from tipoff.web.service import ServiceDep

router = APIRouter()


class TriggerBody(BaseModel):
    """The body of ``POST /api/trigger``: the options of ``tipoff trigger``."""

    model_config = ConfigDict(extra="forbid")

    phase: int
    date: str
    mode: str = "same_day"
    processors: list[str] | None = None
    skip_dependency_check: bool = False
    pipeline: str | None = None


class HealBody(BaseModel):
    """The body of ``POST /api/heal``: the options of ``tipoff heal`` (all optional)."""

    model_config = ConfigDict(extra="forbid")

    date: str | None = None
    force: bool = False
    max_heals: int = Field(default=heal_module.DEFAULT_MAX_HEALS, ge=1)


@router.post("/api/trigger", status_code=202, responses=models.WRITE_ERRORS)
def trigger(body: TriggerBody, svc: ServiceDep) -> dict[str, Any]:
    p = svc.pipeline(body.pipeline)
    svc.check_mode(p, body.mode)
    day = svc.day(body.date, p)
    done = manual.trigger_phase(
        svc.store,
        p,
        day,
        body.mode,
        body.phase,
        now=svc.orch.clock.now(),
        processors=body.processors or None,
        skip_dependency_check=body.skip_dependency_check,
    )
    return {
        "pipeline": p.pipeline,
        "date": day.isoformat(),
        "mode": body.mode,
        "phase": done.phase,
        "run_id": done.run_id,
        "forced_previous": done.forced_previous,
        "enqueued": done.enqueued,
    }


@router.post("/api/heal", responses=models.WRITE_ERRORS)
def heal(svc: ServiceDep, body: HealBody | None = None) -> dict[str, Any]:
    body = body or HealBody()
    day = svc.day(body.date, svc.pipeline(None)) if body.date else None
    report = heal_module.heal(
        svc.store,
        svc.orch.pipelines,
        clock=svc.orch.clock,
        dates=[day] if day else None,
        max_heals=body.max_heals,
        force=body.force,
    )
    return {
        "acted": report.acted,
        "triggered": report.triggered,
        "requeued": report.requeued,
        "forced": report.forced,
        "gave_up": report.gave_up,
    }
