"""How the engine is doing: the health report (``tipoff health``), the queue's figures,
alerts, and the SLOs with their error budgets."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from tipoff.engine import metrics, slo
from tipoff.engine.alerts import listing as alert_listing
from tipoff.engine.health import health
from tipoff.web import models
from tipoff.web.service import ServiceDep

router = APIRouter()


@router.get("/api/health", response_model=models.HealthOut)
def health_report(svc: ServiceDep) -> dict[str, Any]:
    orch = svc.orch
    extra = list(svc.health_extra(orch)) if svc.health_extra is not None else []
    return health(svc.store, orch.pipelines, clock=orch.clock, extra=extra).to_json()


@router.get("/api/engine")
def engine(svc: ServiceDep) -> dict[str, Any]:
    return metrics.snapshot(svc.store, svc.orch.clock.now()).to_json()


@router.get("/api/alerts", response_model=models.AlertsOut)
def alerts(
    svc: ServiceDep, resolved: Annotated[int, Query(ge=0, le=1000)] = 20
) -> dict[str, list[dict[str, Any]]]:
    return alert_listing(svc.store, resolved=resolved)


@router.get("/api/slo", response_model=list[models.SloOut])
def slos(svc: ServiceDep, pipeline: str | None = None) -> list[dict[str, Any]]:
    p = svc.pipeline(pipeline)
    return [r.to_json() for r in slo.evaluate(svc.store, p, svc.orch.clock.now())]
