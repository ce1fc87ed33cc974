"""Where dates stand: one date's runs and phases (``tipoff status DATE``), the grid of
dates x phases, a date's timeline of attempts, and the pipeline's daily view."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from tipoff.engine.grid import grid, last_days
from tipoff.engine.status import DateStatus, date_status
from tipoff.engine.timeline import timeline
from tipoff.web import models
from tipoff.web.service import DateParam, DaysParam, ServiceDep

GRID_DAYS = 14  # the grid's default: two weeks

router = APIRouter()


@router.get("/api/status/{day}", response_model=DateStatus)
def status(
    day: str, svc: ServiceDep, pipeline: str | None = None, mode: str | None = None
) -> DateStatus:
    p = svc.pipeline(pipeline)
    if mode is not None:
        svc.check_mode(p, mode)
    return date_status(svc.store, p, svc.day(day, p), mode=mode)


@router.get("/api/daily")
def daily(
    svc: ServiceDep,
    day: Annotated[str, Query(alias="date")] = "today",
    days: DaysParam = 7,
) -> Response:
    """The first served pipeline's ``daily`` view, when it provides one."""
    p = next((q for q in svc.orch.pipelines.values() if "daily" in q.view_code), None)
    if p is None:
        raise HTTPException(404, "no served pipeline provides a daily view")
    first, last = last_days(svc.day(day, p), days)
    rows = p.view_code["daily"](svc.store, first, last)
    return Response(json.dumps(rows, default=str), media_type="application/json")


@router.get("/api/grid", response_model=models.GridOut)
def grid_of(
    svc: ServiceDep,
    day: DateParam = "latest",
    days: DaysParam = GRID_DAYS,
    pipeline: str | None = None,
) -> dict[str, Any]:
    p = svc.pipeline(pipeline)
    first, last = last_days(svc.day(day, p), days)
    return grid(svc.store, p, first, last, now=svc.orch.clock.now()).to_json()


@router.get("/api/timeline/{day}", response_model=models.TimelineOut)
def timeline_of(day: str, svc: ServiceDep, pipeline: str | None = None) -> dict[str, Any]:
    p = svc.pipeline(pipeline)
    return timeline(svc.store, p, svc.day(day, p), now=svc.orch.clock.now()).to_json()
