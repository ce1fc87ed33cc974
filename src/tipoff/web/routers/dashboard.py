"""The dashboard: one self-contained page (no CDN, no build step) whose script reads the
JSON API. The server fills in what the page starts from: the pipeline, the date shown,
today, the time zone, the pipeline's views and a job to open."""

from __future__ import annotations

import functools
import html
from importlib import resources
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from tipoff.web.service import ServiceDep

DASHBOARD = "dashboard.html"

router = APIRouter()


@functools.cache
def page() -> str:
    """The page's template, read once per process."""
    return resources.files("tipoff.web").joinpath(DASHBOARD).read_text(encoding="utf-8")


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def dashboard(
    svc: ServiceDep,
    day: Annotated[str | None, Query(alias="date")] = None,
    job: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> HTMLResponse:
    p = svc.pipeline(None)
    shown = svc.day(day or "latest", p)
    values = {
        "__TIPOFF_PIPELINE__": p.pipeline,
        "__TIPOFF_DATE__": shown.isoformat(),
        "__TIPOFF_TODAY__": svc.today(p).isoformat(),
        "__TIPOFF_TIMEZONE__": p.timezone,
        "__TIPOFF_VIEWS__": ",".join(sorted(p.view_code)),
        "__TIPOFF_JOB__": "" if job is None else str(job),
    }
    text = page()
    for marker, value in values.items():
        text = text.replace(marker, html.escape(value, quote=True))
    return HTMLResponse(text)
