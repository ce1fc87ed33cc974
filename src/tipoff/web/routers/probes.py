"""What a load balancer and Prometheus ask: is the process alive, is the database ready
at this code's schema, and the metrics."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from tipoff.engine.readiness import readiness
from tipoff.web import models
from tipoff.web.service import ServiceDep

router = APIRouter()


@router.get("/health", response_model=models.Probe)
def liveness() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/ready",
    response_model=models.Readiness,
    responses={503: {"model": models.Readiness, "description": "not ready"}},
)
def ready(svc: ServiceDep) -> JSONResponse:
    r = readiness(svc.store, svc.schemas)
    body = {"status": "ready" if r.ready else "unavailable", "reason": r.reason}
    return JSONResponse({**body, "schemas": r.versions}, status_code=200 if r.ready else 503)


@router.get("/metrics", response_class=PlainTextResponse)
def prometheus(svc: ServiceDep) -> Response:
    return Response(generate_latest(svc.metrics), media_type=CONTENT_TYPE_LATEST)
