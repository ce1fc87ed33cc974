"""The operator's endpoints behind the dashboard: the grid of dates x phases, a date's
timeline, a job's attempts, the SLOs, and the views a pipeline provides of its own data.

==================================  ==================================================
``GET /api/grid``                   runs x phases of the last ``days`` dates to ``date``
``GET /api/timeline/{date}``        every attempt of the date's jobs, critical path marked
``GET /api/jobs/{job_id}``          a job, its attempts and last traceback (``dlq show``);
                                    the traceback and whole errors with the API token only
``GET /api/slo``                    each declared SLO over its window, with its budget
``GET /api/views``                  the names of the views the pipeline provides
``GET /api/views/{name}``           one of them over ``days`` dates to ``date``
==================================  ==================================================
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request

from tipoff.engine import slo
from tipoff.engine.grid import grid, last_days
from tipoff.engine.manual import dead_letter_detail
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.timeline import first_line, timeline
from tipoff.errors import QueueError
from tipoff.web import models
from tipoff.web.guard import token_matches

MAX_DAYS = 366
MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL; a larger one is no job's
GRID_DAYS = 14  # the grid's default: two weeks

DateParam = Annotated[
    str,
    Query(
        alias="date",
        description="the last date shown (YYYY-MM-DD, 'today' or 'latest': the latest run)",
    ),
]
DaysParam = Annotated[int, Query(ge=1, le=MAX_DAYS)]


def operator_routes(
    orch: Orchestrator,
    pipeline_of: Callable[[str | None], PipelineDef],
    day_of: Callable[[str, PipelineDef], date],
    *,
    token: str | None = None,
) -> APIRouter:
    """The routes over ``orch``; ``pipeline_of`` and ``day_of`` are the app's own (404 for an
    unknown pipeline, 422 for a bad date), so every endpoint answers alike. ``token`` is the
    service's API token: reads are public, but a job's traceback is its holder's only."""
    router = APIRouter()
    store = orch.store

    @router.get("/api/grid", response_model=models.GridOut)
    def grid_of(
        day: DateParam = "latest", days: DaysParam = GRID_DAYS, pipeline: str | None = None
    ) -> dict[str, Any]:
        p = pipeline_of(pipeline)
        first, last = last_days(day_of(day, p), days)
        return grid(store, p, first, last, now=orch.clock.now()).to_json()

    @router.get("/api/timeline/{day}", response_model=models.TimelineOut)
    def timeline_of(day: str, pipeline: str | None = None) -> dict[str, Any]:
        p = pipeline_of(pipeline)
        return timeline(store, p, day_of(day, p), now=orch.clock.now()).to_json()

    @router.get("/api/jobs/{job_id}", response_model=models.JobOut)
    def job(job_id: Annotated[int, Path(ge=1, le=MAX_ID)], request: Request) -> dict[str, Any]:
        """With ``Authorization: Bearer <TIPOFF_API_TOKEN>``: the errors whole and the
        traceback. Without: each error's first line, no traceback (it quotes code and the
        messages of chained exceptions, which the first line leaves out)."""
        try:
            found = dead_letter_detail(store, job_id)
        except QueueError:
            raise HTTPException(404, f"no job with id {job_id}") from None
        j = found["job"]
        shown = {
            **j,
            "data_date": None if j["data_date"] is None else str(j["data_date"]),
            "history": found["attempts"],
            "traceback_withheld": False,
        }
        if token_matches(token, request.headers.get("authorization")):
            return shown
        return {
            **shown,
            "last_error": first_line(j["last_error"]),
            "last_traceback": None,
            "traceback_withheld": j["last_traceback"] is not None,
            "history": [{**a, "error": first_line(a["error"])} for a in found["attempts"]],
        }

    @router.get("/api/slo", response_model=list[models.SloOut])
    def slos(pipeline: str | None = None) -> list[dict[str, Any]]:
        p = pipeline_of(pipeline)
        return [r.to_json() for r in slo.evaluate(store, p, orch.clock.now())]

    @router.get("/api/views", response_model=list[str])
    def views(pipeline: str | None = None) -> list[str]:
        return sorted(pipeline_of(pipeline).view_code)

    @router.get("/api/views/{name}")
    def view(
        name: str, day: DateParam = "latest", days: DaysParam = 1, pipeline: str | None = None
    ) -> Any:
        """The pipeline's own view ``name`` (its shape is the pipeline's) of the dates."""
        p = pipeline_of(pipeline)
        fn = p.view_code.get(name)
        if fn is None:
            known = ", ".join(sorted(p.view_code)) or "none"
            raise HTTPException(404, f"{p.pipeline} provides no view {name!r} (views: {known})")
        first, last = last_days(day_of(day, p), days)
        return fn(store, first, last)

    return router
