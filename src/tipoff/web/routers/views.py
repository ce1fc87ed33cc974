"""The views a pipeline provides of its own data (predictions, performance, ...): their
shape is the pipeline's, the engine only lists and serves them."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from tipoff.engine.grid import last_days
from tipoff.web.service import DateParam, DaysParam, ServiceDep

router = APIRouter()


@router.get("/api/views", response_model=list[str])
def views(svc: ServiceDep, pipeline: str | None = None) -> list[str]:
    return sorted(svc.pipeline(pipeline).view_code)


@router.get("/api/views/{name}")
def view(
    name: str,
    svc: ServiceDep,
    day: DateParam = "latest",
    days: DaysParam = 1,
    pipeline: str | None = None,
) -> Any:
    """The pipeline's own view ``name`` (its shape is the pipeline's) of the dates."""
    p = svc.pipeline(pipeline)
    fn = p.view_code.get(name)
    if fn is None:
        known = ", ".join(sorted(p.view_code)) or "none"
        raise HTTPException(404, f"{p.pipeline} provides no view {name!r} (views: {known})")
    first, last = last_days(svc.day(day, p), days)
    return fn(svc.store, first, last)
