"""What a data date's status report says, as pydantic models: one shape for every reader.

The CLI prints it as text (:mod:`tipoff.engine.status.text`), ``tipoff status --json`` and
the HTTP API (``/api/status/{date}``, whose response model it is) dump it as JSON, so the
fields, their order and their meaning are declared once, here. Times are aware datetimes in
the pipeline's time zone; in JSON they are ISO 8601 with their offset, to the second.
Counts derived from other fields (``complete``, ``expected``, ``dead_letters``, ``blocked``)
are fields too, filled when the report is built, so that JSON lists them where readers
expect them.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from tipoff.engine.breaker import BreakerState
from tipoff.engine.states import RunStatus


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


# an aware datetime; ISO 8601 to the second in JSON
When = Annotated[datetime, PlainSerializer(_iso, return_type=str, when_used="json")]


def local_time(ts: float | None, zone: ZoneInfo) -> datetime | None:
    """An epoch time from the database as an aware datetime in the pipeline's zone."""
    return None if ts is None else datetime.fromtimestamp(ts, tz=zone)


class _Report(BaseModel):
    model_config = ConfigDict(frozen=True)


class ProcessorState(StrEnum):
    COMPLETE = "COMPLETE"  # succeeded for this phase
    FAILED = "FAILED"  # dead-lettered after its last attempt
    RETRYING = "FAILED/RETRYING"  # failed an attempt; waits for its next one
    RUNNING = "RUNNING"  # a worker holds it now
    QUEUED = "QUEUED"  # waiting for a worker
    MISSING = "MISSING"  # the phase started and expects it, but there is no job or completion
    WAITING = "WAITING"  # its phase has not started yet


class FanOutStatus(_Report):
    """The children of a fan-out processor: its phase waits until they are settled."""

    expected: int
    succeeded: int
    failed: int
    pending: int
    completion_pct: Annotated[
        float, PlainSerializer(lambda pct: round(pct, 1), return_type=float, when_used="json")
    ]
    threshold: float
    settled: bool


class ProcessorStatus(_Report):
    """One expected processor of a phase and where it stands."""

    name: str
    critical: bool
    state: ProcessorState
    # COMPLETE/FAILED: when it finished; RUNNING: when the attempt started;
    # RETRYING: when the next attempt may start
    at: When | None = None
    attempts: int = 0
    max_attempts: int | None = None
    infra_attempts: int = 0  # attempts lost to infrastructure, not counted in ``attempts``
    records: int | None = None
    error: str | None = None
    job_id: int | None = None
    worker_id: str | None = None
    fan_out: FanOutStatus | None = None  # the children of a fan-out processor, when it has any


class PhaseStatus(_Report):
    """One phase of a run: its expected processors and whether (and why) it triggered."""

    phase: int
    name: str
    started: bool
    started_at: When | None = None
    deadline_at: When | None = None
    triggered: bool = False
    triggered_at: When | None = None
    trigger_reason: str | None = None
    blocked_reason: str | None = None
    hold_reason: str | None = None  # a failed pre-flight check of the next phase
    held_until: When | None = None
    holds: int = 0
    bypassed: bool = False  # forced past its dependency and pre-flight checks
    quorum: float
    complete: int  # processors COMPLETE
    expected: int  # processors expected
    processors: tuple[ProcessorStatus, ...]


class RunReport(_Report):
    """One run of the date (one mode): its settings, job counts and phases."""

    pipeline: str = Field(exclude=True)  # the date's, shown once in :class:`DateStatus`
    data_date: date = Field(exclude=True)
    run_id: int
    mode: str
    status: RunStatus = Field(description="running, complete, complete_degraded or blocked")
    correlation_id: str
    trigger_source: str
    # the run's resolved params (source, as-of, ...) and where each came from
    params: dict[str, Any] = Field(default_factory=dict)
    param_origins: dict[str, str] | None = None
    started_at: When
    finished_at: When | None = None
    jobs: dict[str, int]  # job count by JobStatus value
    dead_letters: int  # jobs dead-lettered
    outcome: str | None = None  # complete_degraded: why the declared outcome was missed
    blocked: list[str]  # "phase N (name): reason" of each phase blocked and not triggered
    generation: int = 0  # times rebuilt (an earlier date it read completed after it)
    rebuild_phase: int | None = None  # a rebuild from this phase is due
    rebuild_reason: str | None = None
    phases: tuple[PhaseStatus, ...]


class RetriedProcessor(_Report):
    """A processor of the date's runs whose jobs failed an attempt and were (or will be) retried."""

    mode: str
    phase: int | None
    processor: str
    jobs: int  # how many of its jobs needed a retry (a fan-out has many)
    attempts: int  # the most attempts one of them has used
    max_attempts: int | None
    statuses: dict[str, int]  # those jobs by JobStatus value
    last_error: str | None
    last_failed_at: When | None


class BreakerStatus(_Report):
    """A circuit breaker not closed: shared by every date, shown with each."""

    name: str
    state: BreakerState
    since: When | None  # opened, or (half-open) when its trial began
    failures: int
    last_error: str | None


class DateStatus(_Report):
    """One date's runs, phases and processors (``tipoff status DATE --json``)."""

    pipeline: str
    data_date: date = Field(serialization_alias="date")
    timezone: str
    runs: tuple[RunReport, ...]
    retries: tuple[RetriedProcessor, ...] = ()  # processors of these runs that needed retries
    breakers: tuple[BreakerStatus, ...] = ()  # circuit breakers not closed now


def to_json(status: DateStatus) -> dict[str, Any]:
    """The report as JSON-ready values (what ``tipoff status --json`` prints)."""
    return status.model_dump(mode="json", by_alias=True)
