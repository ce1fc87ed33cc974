"""What every route of the service reads, handed to it as FastAPI dependencies.

The app factory builds one :class:`Service` (the orchestrator: store, pipelines, clock; the
API token; the schema components ``/ready`` checks) and keeps it on the app; a route asks
for it with :data:`ServiceDep`, or for the store alone with :data:`StoreDep`. Pipelines,
dates and modes are resolved by the service's methods inside the handler, not by
dependencies, so a request with several faults is answered for the same one as before: a
bad query parameter (422) before an unknown pipeline (404).

The token of the write endpoints is not a dependency: FastAPI reads the body before any
dependency runs, so :mod:`tipoff.web.guard` checks it in front of the app. Reads that show
more to the token's holder ask :data:`TokenHolder`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from prometheus_client import CollectorRegistry

from tipoff.dates import parse_data_date
from tipoff.engine.grid import latest_run_date
from tipoff.engine.health import Check
from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.store import Store
from tipoff.web.guard import token_matches

# Extra checks for /api/health (the CLI adds the pipelines' own checks).
HealthExtra = Callable[[Orchestrator], Sequence[Check]]

MAX_DAYS = 366

DateParam = Annotated[
    str,
    Query(
        alias="date",
        description="the last date shown (YYYY-MM-DD, 'today' or 'latest': the latest run)",
    ),
]
DaysParam = Annotated[int, Query(ge=1, le=MAX_DAYS)]


@dataclass(frozen=True)
class Service:
    """The orchestrator the routes answer from, and the service's own settings."""

    orch: Orchestrator
    token: str | None  # TIPOFF_API_TOKEN; None: writes are refused
    schemas: tuple[SchemaComponent, ...]  # the pipeline schema components /ready checks
    health_extra: HealthExtra | None  # the pipelines' own lines of /api/health
    metrics: CollectorRegistry  # /metrics, a registry of this service's own

    @property
    def store(self) -> Store:
        return self.orch.store

    def pipeline(self, name: str | None) -> PipelineDef:
        """The served pipeline ``name`` (the first when None); 404 for one not served."""
        served = self.orch.pipelines
        if name is None:
            return next(iter(served.values()))
        found = served.get(name)
        if found is None:
            raise HTTPException(
                404, f"unknown pipeline {name!r} (served: {', '.join(sorted(served))})"
            )
        return found

    def today(self, p: PipelineDef) -> date:
        return datetime.fromtimestamp(self.orch.clock.now(), tz=p.zone).date()

    def day(self, value: str, p: PipelineDef, field: str = "date") -> date:
        """A date parameter: YYYY-MM-DD, ``today``, or ``latest`` (the newest date with a run,
        today when there is none); 422 for anything else."""
        if value == "today":
            return self.today(p)
        if value == "latest":
            return latest_run_date(self.store, p.pipeline) or self.today(p)
        try:
            return parse_data_date(value, field)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    def check_mode(self, p: PipelineDef, mode: str) -> None:
        if mode not in p.modes:
            raise HTTPException(422, f"mode: unknown mode {mode!r} (known: {', '.join(p.modes)})")


def service(request: Request) -> Service:
    found: Service = request.app.state.service
    return found


def store(svc: Annotated[Service, Depends(service)]) -> Store:
    return svc.store


def token_holder(request: Request, svc: Annotated[Service, Depends(service)]) -> bool:
    """Whether the request carries the service's API token."""
    return token_matches(svc.token, request.headers.get("authorization"))


ServiceDep = Annotated[Service, Depends(service)]
StoreDep = Annotated[Store, Depends(store)]
TokenHolder = Annotated[bool, Depends(token_holder)]
