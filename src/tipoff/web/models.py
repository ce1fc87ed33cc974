"""The JSON answers of the service as pydantic models: FastAPI checks every response
against them and publishes them in ``/openapi.json``, so a client (the dashboard, a
script, a schema-driven test) knows each field. Times are ISO 8601 strings with their
offset, or epoch seconds where a field says ``_at`` and is a number (the timeline's).

A date's status (``/api/status/{date}``) is the engine's own report,
:class:`tipoff.engine.status.DateStatus`: the CLI prints the same models as JSON."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Problem(BaseModel):
    """Every refusal: a sentence naming what is wrong (or, for a malformed request body or
    parameter, FastAPI's list of the fields at fault)."""

    detail: str | list[dict[str, Any]]


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": why}
    for status, why in (
        (400, "a bad request (a bad Content-Length, a pipeline refusing the request)"),
        (404, "no such pipeline, job or view"),
        (409, "the state forbids it (e.g. a phase already triggered)"),
        (422, "a bad parameter or body: a date, a mode, a number out of range"),
        (503, "the database does not answer"),
    )
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": why}
    for status, why in (
        (401, "no valid bearer token"),
        (403, "the service has no token: writes are disabled"),
        (413, "the body is too large"),
    )
}


class CheckOut(BaseModel):
    name: str
    ok: bool
    detail: str


class HealthOut(BaseModel):
    """The health report (``tipoff health --json``)."""

    needs_person: bool
    checks: list[CheckOut]


class Probe(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready", "unavailable"]
    reason: str | None
    schemas: dict[str, Any]


class CellOut(BaseModel):
    phase: int
    state: Literal["done", "forced", "running", "held", "stuck", "blocked", "waiting", "not_run"]
    reason: str | None


class GridRowOut(BaseModel):
    date: str
    mode: str
    status: str
    dead_letters: int
    outcome: str | None
    cells: list[CellOut]


class PhaseName(BaseModel):
    phase: int
    name: str


class GridOut(BaseModel):
    """Dates x phases: every run of the last days, newest first."""

    pipeline: str
    first: str
    last: str
    phases: list[PhaseName]
    dates: list[str]
    rows: list[GridRowOut]


class BarOut(BaseModel):
    mode: str
    phase: int | None
    processor: str
    status: str
    queued_at: float | None
    started_at: float | None
    finished_at: float | None
    attempt: int | None
    job_id: int | None
    error: str | None
    critical_path: bool
    children: dict[str, int] | None
    last_attempt: bool


class PhaseSpanOut(BaseModel):
    mode: str
    phase: int
    name: str
    started_at: float
    triggered_at: float | None
    deadline_at: float
    trigger_reason: str | None


class TimelineOut(BaseModel):
    """Every attempt of a date's jobs, in epoch seconds (``now``: where open bars end)."""

    pipeline: str
    date: str
    timezone: str
    now: float
    phases: list[PhaseSpanOut]
    bars: list[BarOut]


class AttemptOut(BaseModel):
    attempt: int
    status: str
    worker_id: str | None
    queued_at: float | None
    started_at: float | None
    finished_at: float
    records: int | None
    error: str | None


class JobOut(BaseModel):
    """A job with every attempt and its last traceback (what ``tipoff dlq show`` prints)."""

    id: int
    pipeline: str
    processor: str
    phase: int | None
    mode: str | None
    data_date: str | None
    status: str
    attempts: int
    max_attempts: int
    infra_attempts: int
    records: int | None
    last_error: str | None
    last_traceback: str | None = Field(description="with the API token only")
    traceback_withheld: bool = Field(
        description="a traceback exists but is shown with the API token only"
    )
    queued_at: float
    started_at: float | None
    finished_at: float | None
    history: list[AttemptOut]


class ViolationOut(BaseModel):
    subject: str
    at: float
    detail: str


class SloOut(BaseModel):
    pipeline: str
    name: str
    kind: Literal["ready_by", "phase_duration", "fresh"]
    description: str
    objective: float
    window_days: int
    unit: Literal["events", "seconds"]
    total: float
    bad: float
    compliance: float | None
    budget_left: float | None = Field(description="share of the error budget left (<0: spent)")
    violated_now: bool
    violations: list[ViolationOut]


class AlertOut(BaseModel):
    id: int
    key: str
    severity: str
    status: str
    message: str
    details: dict[str, Any]
    first_seen_at: float
    last_seen_at: float
    resolved_at: float | None


class AlertsOut(BaseModel):
    open: list[AlertOut]
    resolved: list[AlertOut]


class DeadLetterOut(BaseModel):
    job_id: int
    pipeline: str
    processor: str
    phase: int | None
    mode: str | None
    data_date: str | None
    attempts: int
    finished_at: float | None
    error: str | None
