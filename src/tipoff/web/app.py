"""The FastAPI application of ``tipoff serve``: the app factory wires the routers.

==========================  ==========================================================
``GET /health``             liveness: the process answers                (``probes``)
``GET /ready``              readiness: the database answers at this code's schema (503)
``GET /metrics``            Prometheus exposition (:mod:`tipoff.engine.metrics`)
``GET /api/status/{date}``  one date's runs and phases, as ``tipoff status DATE --json``
                            (``status``, with the grid, the timeline and ``/api/daily``)
``GET /api/health``         the health report, as ``tipoff health --json`` (``engine``,
                            with ``/api/engine``, ``/api/alerts`` and ``/api/slo``)
``GET /api/jobs/{id}``      a job and its attempts; ``/api/dead-letters`` (``jobs``)
``GET /api/views/{name}``   a view the pipeline provides of its data (``views``)
``POST /api/trigger``       ``tipoff trigger`` (bearer token) (``controls``)
``POST /api/heal``          ``tipoff heal`` (bearer token)
``GET /``                   the dashboard page (``?date=``; default: the latest run)
``GET /openapi.json``       the schema of all of these (no /docs: it loads from a CDN)
==========================  ==========================================================

The routers are in :mod:`tipoff.web.routers`, what they share (the orchestrator, the token)
in :mod:`tipoff.web.service`, the response models in :mod:`tipoff.web.models`.

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
from collections.abc import AsyncIterator, Sequence

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tipoff import pipelines
from tipoff.engine import metrics
from tipoff.engine.clock import SystemClock
from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.store import Store
from tipoff.errors import ConfigError, QueueError, StoreError, first_line
from tipoff.settings import Settings
from tipoff.web import models
from tipoff.web.guard import RequestGuard
from tipoff.web.routers import controls, dashboard, engine, jobs, probes, status, views
from tipoff.web.service import HealthExtra, Service

ROUTERS = (probes, status, engine, jobs, views, controls, dashboard)


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
        # the pipeline's resources hold the settings a run started here defaults to
        orch = Orchestrator(
            owned,
            loaded.definition,
            loaded.registry,
            clock=SystemClock(),
            resources=loaded.run_resources(source),
            prepare=False,
        )
        schemas = tuple(schemas) or tuple(loaded.schemas)
        token = api_token if api_token is not None else source.api_token
    else:
        orch, token = source, api_token

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
    app.state.service = Service(
        orch=orch,
        token=token,
        schemas=tuple(schemas),
        health_extra=health_extra,
        metrics=metrics.registry(orch.store, orch.clock.now, orch.pipelines),
    )
    app.add_exception_handler(sa.exc.SQLAlchemyError, _database_down)
    app.add_exception_handler(StoreError, _database_down)
    app.add_exception_handler(QueueError, _conflict)
    app.add_exception_handler(ConfigError, _bad_config)
    for module in ROUTERS:
        app.include_router(module.router)
    return app


async def _database_down(request: Request, exc: Exception) -> JSONResponse:
    # the driver's message may quote the connection's URL or a secret: the stored errors' rule
    detail = request.app.state.service.store.redact(first_line(exc))
    return JSONResponse({"detail": f"database: {detail}"}, status_code=503)


async def _conflict(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=409)


async def _bad_config(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=400)
