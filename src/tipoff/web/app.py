"""The FastAPI application of ``tipoff serve``.

==========================  ==========================================================
``GET /health``             liveness: the process answers
``GET /ready``              readiness: the database answers at this code's schema (503)
``GET /metrics``            Prometheus exposition (:mod:`tipoff.engine.metrics`)
``GET /api/status/{date}``  one date's runs and phases, as ``tipoff status DATE --json``
``GET /api/daily``          the pipeline's ``daily`` view (as ``status --days N --json``)
``GET /api/health``         the health report, as ``tipoff health --json``
``GET /api/engine``         queue, dead letters, breakers, retries, heartbeats (figures)
``GET /api/dead-letters``   dead-lettered jobs, newest first, errors' first lines (``dlq list``)
``GET /api/alerts``         open alerts and the latest resolved ones
``POST /api/trigger``       ``tipoff trigger`` (bearer token)
``POST /api/heal``          ``tipoff heal`` (bearer token)
``GET /``                   the dashboard page (``?date=``; default: the latest run)
``GET /openapi.json``       the schema of all of these (no /docs: it loads from a CDN)
==========================  ==========================================================

The operator's endpoints (grid, timeline, jobs, SLOs, the pipeline's views) are in
:mod:`tipoff.web.operator`; the response models in :mod:`tipoff.web.models`.

The write endpoints need ``Authorization: Bearer <TIPOFF_API_TOKEN>``; with no token
configured they are refused (403), so a service started without one is read-only. Reads are
public, except a job's traceback (``/api/jobs/{id}``): without the token an error shows its
first line only. Every stored error is redacted when it is recorded (``Store.redact``). The token
and the body size (64 KiB at most, 413 beyond) are checked before the body is read
(:mod:`tipoff.web.guard`).
Handlers are plain functions: FastAPI runs them in its thread pool, where the blocking
database calls belong.
"""

from __future__ import annotations

import contextlib
import html
import json
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, ConfigDict, Field

from tipoff import pipelines
from tipoff.dates import parse_data_date
from tipoff.engine import heal as heal_module
from tipoff.engine import manual, metrics
from tipoff.engine.alerts import listing as alert_listing
from tipoff.engine.clock import SystemClock
from tipoff.engine.grid import latest_run_date
from tipoff.engine.health import Check, health
from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.readiness import readiness
from tipoff.engine.status import DateStatus, date_status
from tipoff.engine.store import Store
from tipoff.engine.timeline import first_line
from tipoff.errors import ConfigError, QueueError, StoreError
from tipoff.settings import Settings
from tipoff.web import models
from tipoff.web.guard import RequestGuard
from tipoff.web.operator import operator_routes

# Extra checks for /api/health (the CLI adds the pipelines' own checks).
HealthExtra = Callable[[Orchestrator], Sequence[Check]]

MAX_DAYS = 366
DASHBOARD = "dashboard.html"


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


def create_app(
    source: Settings | Orchestrator,
    *,
    pipeline: str | None = None,
    api_token: str | None = None,
    health_extra: HealthExtra | None = None,
    schemas: Sequence[SchemaComponent] = (),
) -> FastAPI:
    """The service over the settings' database and pipeline, or over an orchestrator.

    From settings, the pipeline (``pipeline``, else ``settings.pipeline``) is loaded and
    the store opened without touching the schema: ``/ready`` says when it needs
    ``tipoff db upgrade``. ``api_token`` overrides ``settings.api_token``; ``schemas`` are
    pipeline schema components ``/ready`` also checks (from settings: the pipeline's own).
    """
    owned: Store | None = None
    if isinstance(source, Settings):
        loaded = pipelines.load(pipeline or source.pipeline)
        owned = Store(source.database_url, secrets=source.secret_values())
        clock = SystemClock()
        # the pipeline's resources hold the settings a run started here defaults to
        orch = Orchestrator(
            owned,
            loaded.definition,
            loaded.registry,
            clock=clock,
            resources=loaded.run_resources(source),
            prepare=False,
        )
        schemas = tuple(schemas) or tuple(loaded.schemas)
        token = api_token if api_token is not None else source.api_token
    else:
        orch, token = source, api_token
    store = orch.store
    registry = metrics.registry(store, orch.clock.now, orch.pipelines)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned is not None:
            owned.dispose()

    # No /docs or /redoc: their pages load Swagger UI and ReDoc from a CDN, and the service
    # must work (and reference nothing) off the network. /openapi.json stays.
    app = FastAPI(
        title="tipoff",
        summary="The state of tipoff's pipelines, its metrics, and manual controls.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        responses=models.ERRORS,
    )
    # token and body size before any body is read (see tipoff.web.guard)
    app.add_middleware(RequestGuard, token=token)
    app.state.orchestrator = orch

    @app.exception_handler(sa.exc.SQLAlchemyError)
    @app.exception_handler(StoreError)
    async def _database_down(_request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": f"database: {_first_line(exc)}"}, status_code=503)

    @app.exception_handler(QueueError)
    async def _conflict(_request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)

    @app.exception_handler(ConfigError)
    async def _bad_config(_request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    def pipeline_of(name: str | None) -> PipelineDef:
        if name is None:
            return next(iter(orch.pipelines.values()))
        found = orch.pipelines.get(name)
        if found is None:
            raise HTTPException(
                404, f"unknown pipeline {name!r} (served: {', '.join(sorted(orch.pipelines))})"
            )
        return found

    def today(p: PipelineDef) -> date:
        return datetime.fromtimestamp(orch.clock.now(), tz=p.zone).date()

    def day_of(value: str, p: PipelineDef, field: str = "date") -> date:
        if value == "today":
            return today(p)
        if value == "latest":  # the newest date with a run (today when there is none)
            return latest_run_date(store, p.pipeline) or today(p)
        try:
            return parse_data_date(value, field)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    def check_mode(p: PipelineDef, mode: str) -> None:
        if mode not in p.modes:
            raise HTTPException(422, f"mode: unknown mode {mode!r} (known: {', '.join(p.modes)})")

    # -- probes and metrics ---------------------------------------------------------------

    @app.get("/health", response_model=models.Probe)
    def liveness() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/ready",
        response_model=models.Readiness,
        responses={503: {"model": models.Readiness, "description": "not ready"}},
    )
    def ready() -> JSONResponse:
        r = readiness(store, schemas)
        body = {"status": "ready" if r.ready else "unavailable", "reason": r.reason}
        return JSONResponse({**body, "schemas": r.versions}, status_code=200 if r.ready else 503)

    @app.get("/metrics", response_class=PlainTextResponse)
    def prometheus() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    # -- the JSON API ---------------------------------------------------------------------

    @app.get("/api/status/{day}", response_model=DateStatus)
    def status(day: str, pipeline: str | None = None, mode: str | None = None) -> DateStatus:
        p = pipeline_of(pipeline)
        if mode is not None:
            check_mode(p, mode)
        return date_status(store, p, day_of(day, p), mode=mode)

    @app.get("/api/daily")
    def daily(
        day: Annotated[str, Query(alias="date")] = "today",
        days: Annotated[int, Query(ge=1, le=MAX_DAYS)] = 7,
    ) -> Response:
        """The first served pipeline's ``daily`` view, when it provides one."""
        p = next((q for q in orch.pipelines.values() if "daily" in q.view_code), None)
        if p is None:
            raise HTTPException(404, "no served pipeline provides a daily view")
        last = day_of(day, p)
        rows = p.view_code["daily"](store, last - timedelta(days=days - 1), last)
        return Response(json.dumps(rows, default=str), media_type="application/json")

    @app.get("/api/health", response_model=models.HealthOut)
    def health_report() -> dict[str, Any]:
        extra = list(health_extra(orch)) if health_extra is not None else []
        return health(store, orch.pipelines, clock=orch.clock, extra=extra).to_json()

    @app.get("/api/engine")
    def engine() -> dict[str, Any]:
        return metrics.snapshot(store, orch.clock.now()).to_json()

    @app.get("/api/dead-letters", response_model=list[models.DeadLetterOut])
    def dead_letters(limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> list[dict[str, Any]]:
        return [
            {
                **d.__dict__,
                "data_date": None if d.data_date is None else str(d.data_date),
                "error": first_line(d.error),  # the whole error with the token (/api/jobs)
            }
            for d in manual.dead_letters(store, limit=limit)
        ]

    @app.get("/api/alerts", response_model=models.AlertsOut)
    def alerts(
        resolved: Annotated[int, Query(ge=0, le=1000)] = 20,
    ) -> dict[str, list[dict[str, Any]]]:
        return alert_listing(store, resolved=resolved)

    app.include_router(operator_routes(orch, pipeline_of, day_of, token=token))

    # -- manual controls ------------------------------------------------------------------

    @app.post("/api/trigger", status_code=202, responses=models.WRITE_ERRORS)
    def trigger(body: TriggerBody) -> dict[str, Any]:
        p = pipeline_of(body.pipeline)
        check_mode(p, body.mode)
        day = day_of(body.date, p)
        done = manual.trigger_phase(
            store,
            p,
            day,
            body.mode,
            body.phase,
            now=orch.clock.now(),
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

    @app.post("/api/heal", responses=models.WRITE_ERRORS)
    def heal(body: HealBody | None = None) -> dict[str, Any]:
        body = body or HealBody()
        day = day_of(body.date, pipeline_of(None)) if body.date else None
        report = heal_module.heal(
            store,
            orch.pipelines,
            clock=orch.clock,
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

    # -- the dashboard --------------------------------------------------------------------

    page = resources.files("tipoff.web").joinpath(DASHBOARD).read_text(encoding="utf-8")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(
        day: Annotated[str | None, Query(alias="date")] = None,
        job: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    ) -> HTMLResponse:
        p = pipeline_of(None)
        shown = day_of(day or "latest", p)
        values = {
            "__TIPOFF_PIPELINE__": p.pipeline,
            "__TIPOFF_DATE__": shown.isoformat(),
            "__TIPOFF_TODAY__": today(p).isoformat(),
            "__TIPOFF_TIMEZONE__": p.timezone,
            "__TIPOFF_VIEWS__": ",".join(sorted(p.view_code)),
            "__TIPOFF_JOB__": "" if job is None else str(job),
        }
        text = page
        for marker, value in values.items():
            text = text.replace(marker, html.escape(value, quote=True))
        return HTMLResponse(text)

    return app


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
