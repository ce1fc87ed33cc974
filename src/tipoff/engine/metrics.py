"""Prometheus metrics of the engine, read from the database at scrape time.

Nothing is counted in process memory: every figure comes from the tables when Prometheus
scrapes, so any process (``tipoff serve``, ``tipoff metrics``) reports the state that all
workers share, and a restart loses nothing. :func:`snapshot` gathers the figures (the
dashboard's JSON uses it too); :class:`EngineCollector` turns them into metric families on
a registry of its own (never the process-global one); :func:`render` gives the exposition
text.

Metric names (all gauges):

- ``tipoff_jobs{status}``, ``tipoff_jobs_runnable``, ``tipoff_oldest_runnable_job_age_seconds``
- ``tipoff_dead_letters``
- ``tipoff_circuit_breaker_state{breaker}`` (0 closed, 1 half-open, 2 open) and
  ``tipoff_circuit_breaker_failures{breaker}``
- ``tipoff_failed_attempts_recent{pipeline,processor,status}`` and
  ``tipoff_retried_jobs_recent{pipeline,processor}`` (the last hour of the execution log)
- ``tipoff_transitions_open{pipeline}``, ``tipoff_transitions_overdue{pipeline}``
- ``tipoff_alerts_open{severity}``
- ``tipoff_heartbeat_age_seconds{kind,id}``
- ``tipoff_latest_run_status{pipeline,mode,data_date,status}`` (1 for the latest run's status)
- ``tipoff_output_age_seconds{pipeline,output}`` and ``tipoff_output_max_age_seconds`` (what
  the pipelines publish, e.g. a pipeline's latest.json files; see ``outputs``), when the
  registry is given the pipelines
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from tipoff.engine import outputs
from tipoff.engine.alerts import AlertStatus, Severity
from tipoff.engine.breaker import BreakerSnapshot, BreakerState, all_breakers
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import alerts, execution_log, heartbeats, jobs, runs, transitions
from tipoff.engine.states import ExecutionStatus, JobStatus, RunStatus
from tipoff.engine.store import Store

RECENT_S = 3600.0  # the window of the execution-log figures
HEARTBEAT_HORIZON_S = 24 * 3600.0  # older heartbeat rows are processes long gone

BREAKER_VALUES = {BreakerState.CLOSED: 0, BreakerState.HALF_OPEN: 1, BreakerState.OPEN: 2}


@dataclass(frozen=True)
class EngineSnapshot:
    """The engine's state at one instant, as plain values."""

    at: float
    jobs: dict[str, int]  # every JobStatus value, zeros included
    runnable: int  # queued or retry with run_after passed
    oldest_runnable_age_s: float | None
    breakers: list[BreakerSnapshot]
    # (pipeline, processor, execution status) → failed attempts in the window
    failed_attempts: dict[tuple[str, str, str], int]
    # (pipeline, processor) → distinct jobs with a second or later attempt in the window
    retried_jobs: dict[tuple[str, str], int]
    open_transitions: dict[str, int]
    overdue_transitions: dict[str, int]
    alerts_open: dict[str, int]  # every Severity value, zeros included
    heartbeats: list[tuple[str, str, float]]  # (kind, id, age in seconds)
    latest_runs: list[tuple[str, str, date, str]]  # (pipeline, mode, data date, status)
    window_s: float = field(default=RECENT_S)

    @property
    def dead_letters(self) -> int:
        return self.jobs.get(JobStatus.DEAD.value, 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "jobs": dict(self.jobs),
            "runnable": self.runnable,
            "oldest_runnable_age_s": self.oldest_runnable_age_s,
            "dead_letters": self.dead_letters,
            "breakers": [
                {
                    "name": b.name,
                    "state": b.state.value,
                    "failures": b.failures,
                    "opened_at": b.opened_at,
                    "updated_at": b.updated_at,
                    "last_error": b.last_error,
                }
                for b in self.breakers
            ],
            "failed_attempts": [
                {"pipeline": p, "processor": n, "status": s, "count": c}
                for (p, n, s), c in sorted(self.failed_attempts.items())
            ],
            "retried_jobs": [
                {"pipeline": p, "processor": n, "count": c}
                for (p, n), c in sorted(self.retried_jobs.items())
            ],
            "window_s": self.window_s,
            "open_transitions": dict(self.open_transitions),
            "overdue_transitions": dict(self.overdue_transitions),
            "alerts_open": dict(self.alerts_open),
            "heartbeats": [
                {"kind": k, "id": i, "age_s": round(a, 3)} for k, i, a in self.heartbeats
            ],
            "latest_runs": [
                {"pipeline": p, "mode": m, "date": d.isoformat(), "status": s}
                for p, m, d, s in self.latest_runs
            ],
        }


def snapshot(store: Store, now: float, *, window_s: float = RECENT_S) -> EngineSnapshot:
    """Read the engine's figures in one read transaction (plus the breakers)."""
    since = now - window_s
    with store.read() as conn:
        by_status = {s.value: 0 for s in JobStatus}
        for status, n in conn.execute(
            sa.select(jobs.c.status, sa.func.count()).group_by(jobs.c.status)
        ):
            by_status[status] = int(n)
        runnable, oldest = conn.execute(
            sa.select(sa.func.count(), sa.func.min(jobs.c.run_after)).where(
                jobs.c.status.in_([JobStatus.QUEUED.value, JobStatus.RETRY.value]),
                jobs.c.run_after <= now,
            )
        ).one()
        failed = {
            (p, n, s): int(c)
            for p, n, s, c in conn.execute(
                sa.select(
                    execution_log.c.pipeline,
                    execution_log.c.processor,
                    execution_log.c.status,
                    sa.func.count(),
                )
                .where(
                    execution_log.c.status != ExecutionStatus.SUCCEEDED.value,
                    execution_log.c.finished_at >= since,
                )
                .group_by(
                    execution_log.c.pipeline, execution_log.c.processor, execution_log.c.status
                )
            )
        }
        retried = {
            (p, n): int(c)
            for p, n, c in conn.execute(
                sa.select(
                    execution_log.c.pipeline,
                    execution_log.c.processor,
                    sa.func.count(sa.distinct(execution_log.c.job_id)),
                )
                .where(execution_log.c.attempt >= 2, execution_log.c.finished_at >= since)
                .group_by(execution_log.c.pipeline, execution_log.c.processor)
            )
        }
        open_, overdue = _transition_counts(conn, now)
        alerts_open = {s.value: 0 for s in Severity}
        for severity, n in conn.execute(
            sa.select(alerts.c.severity, sa.func.count())
            .where(alerts.c.status == AlertStatus.OPEN.value)
            .group_by(alerts.c.severity)
        ):
            alerts_open[severity] = int(n)
        beats = [
            (kind, beat_id, max(0.0, now - beat_at))
            for beat_id, kind, beat_at in conn.execute(
                sa.select(heartbeats.c.id, heartbeats.c.kind, heartbeats.c.beat_at)
                .where(heartbeats.c.beat_at >= now - HEARTBEAT_HORIZON_S)
                .order_by(heartbeats.c.kind, heartbeats.c.id)
            )
        ]
        latest = _latest_runs(conn)
    return EngineSnapshot(
        at=now,
        jobs=by_status,
        runnable=int(runnable),
        oldest_runnable_age_s=None if oldest is None else max(0.0, now - oldest),
        breakers=all_breakers(store),
        failed_attempts=failed,
        retried_jobs=retried,
        open_transitions=open_,
        overdue_transitions=overdue,
        alerts_open=alerts_open,
        heartbeats=beats,
        latest_runs=latest,
        window_s=window_s,
    )


def _transition_counts(conn: sa.Connection, now: float) -> tuple[dict[str, int], dict[str, int]]:
    overdue_case = sa.case((transitions.c.deadline_at < now, 1), else_=0)
    open_: dict[str, int] = {}
    overdue: dict[str, int] = {}
    for pipeline, n, late in conn.execute(
        sa.select(transitions.c.pipeline, sa.func.count(), sa.func.sum(overdue_case))
        .where(transitions.c.triggered.is_(False))
        .group_by(transitions.c.pipeline)
    ):
        open_[pipeline] = int(n)
        overdue[pipeline] = int(late or 0)
    return open_, overdue


def _latest_runs(conn: sa.Connection) -> list[tuple[str, str, date, str]]:
    newest = (
        sa.select(runs.c.pipeline, runs.c.mode, sa.func.max(runs.c.data_date).label("day"))
        .group_by(runs.c.pipeline, runs.c.mode)
        .subquery()
    )
    rows = conn.execute(
        sa.select(runs.c.pipeline, runs.c.mode, runs.c.data_date, runs.c.status)
        .join(
            newest,
            sa.and_(
                runs.c.pipeline == newest.c.pipeline,
                runs.c.mode == newest.c.mode,
                runs.c.data_date == newest.c.day,
            ),
        )
        .order_by(runs.c.pipeline, runs.c.mode)
    ).all()
    return [(p, m, d, s) for p, m, d, s in rows]


# -- Prometheus ---------------------------------------------------------------------------


class EngineCollector(Collector):
    """Collects :func:`snapshot` on every scrape; ``now`` gives the instant to read at."""

    def __init__(
        self, store: Store, now: Callable[[], float], *, window_s: float = RECENT_S
    ) -> None:
        self.store = store
        self.now = now
        self.window_s = window_s

    def collect(self) -> Iterator[Metric]:
        return iter(families(snapshot(self.store, self.now(), window_s=self.window_s)))


def families(snap: EngineSnapshot) -> list[Metric]:
    """The snapshot as metric families."""
    window = f"{snap.window_s / 60:g} min"
    jobs_ = GaugeMetricFamily(
        "tipoff_jobs", "Jobs in the queue table by status.", labels=["status"]
    )
    for status, n in snap.jobs.items():
        jobs_.add_metric([status], n)
    out: list[Metric] = [
        jobs_,
        GaugeMetricFamily(
            "tipoff_jobs_runnable",
            "Jobs queued or waiting for a retry whose run_after has passed (the backlog).",
            value=snap.runnable,
        ),
        GaugeMetricFamily(
            "tipoff_oldest_runnable_job_age_seconds",
            "Seconds since the oldest runnable job could have started (0 when none).",
            value=snap.oldest_runnable_age_s or 0.0,
        ),
        GaugeMetricFamily(
            "tipoff_dead_letters",
            "Jobs dead-lettered after their last attempt and not yet retried or purged.",
            value=snap.dead_letters,
        ),
    ]
    state = GaugeMetricFamily(
        "tipoff_circuit_breaker_state",
        "Circuit breaker state: 0 closed, 1 half-open, 2 open.",
        labels=["breaker"],
    )
    failures = GaugeMetricFamily(
        "tipoff_circuit_breaker_failures",
        "Consecutive failures counted by the circuit breaker.",
        labels=["breaker"],
    )
    for b in snap.breakers:
        state.add_metric([b.name], BREAKER_VALUES[b.state])
        failures.add_metric([b.name], b.failures)
    out += [state, failures]
    failed = GaugeMetricFamily(
        "tipoff_failed_attempts_recent",
        f"Failed attempts in the execution log that finished in the last {window}, by "
        "outcome: failed (a retry was scheduled), lost (the worker's lease expired), dead "
        "(the last attempt). Only processors with failures have a series.",
        labels=["pipeline", "processor", "status"],
    )
    for (pipeline, processor, status), n in sorted(snap.failed_attempts.items()):
        failed.add_metric([pipeline, processor, status], n)
    retried = GaugeMetricFamily(
        "tipoff_retried_jobs_recent",
        f"Jobs that needed more than one attempt: distinct jobs with an attempt numbered 2 "
        f"or more in the execution log that finished in the last {window} (whatever its "
        "outcome). Only processors with retried jobs have a series.",
        labels=["pipeline", "processor"],
    )
    for (pipeline, processor), n in sorted(snap.retried_jobs.items()):
        retried.add_metric([pipeline, processor], n)
    out += [failed, retried]
    open_ = GaugeMetricFamily(
        "tipoff_transitions_open",
        "Phases that started and have not triggered the next one (including blocked ones).",
        labels=["pipeline"],
    )
    overdue = GaugeMetricFamily(
        "tipoff_transitions_overdue",
        "Open phases past their deadline and not triggered (what the monitor calls stuck).",
        labels=["pipeline"],
    )
    for pipeline in sorted(snap.open_transitions):
        open_.add_metric([pipeline], snap.open_transitions[pipeline])
        overdue.add_metric([pipeline], snap.overdue_transitions.get(pipeline, 0))
    out += [open_, overdue]
    alerts_ = GaugeMetricFamily(
        "tipoff_alerts_open", "Open alerts by severity.", labels=["severity"]
    )
    for severity, n in snap.alerts_open.items():
        alerts_.add_metric([severity], n)
    beats = GaugeMetricFamily(
        "tipoff_heartbeat_age_seconds",
        "Seconds since each worker or loop (scheduler, monitor) last wrote its heartbeat; "
        f"rows older than {HEARTBEAT_HORIZON_S / 3600:g} h are left out.",
        labels=["kind", "id"],
    )
    for kind, beat_id, age in snap.heartbeats:
        beats.add_metric([kind, beat_id], age)
    latest = GaugeMetricFamily(
        "tipoff_latest_run_status",
        "The status of the latest run (by data date) of each pipeline and mode: 1 for its "
        "status, 0 for the others.",
        labels=["pipeline", "mode", "data_date", "status"],
    )
    for pipeline, mode, day, status in snap.latest_runs:
        for s in RunStatus:
            latest.add_metric(
                [pipeline, mode, day.isoformat(), s.value], 1 if s.value == status else 0
            )
    out += [alerts_, beats, latest]
    return out


class OutputsCollector(Collector):
    """The ages of the pipelines' published outputs (see ``outputs``), on every scrape."""

    def __init__(self, pipelines: Mapping[str, PipelineDef], now: Callable[[], float]) -> None:
        self.pipelines = pipelines
        self.now = now

    def collect(self) -> Iterator[Metric]:
        return outputs.families(outputs.output_ages(self.pipelines, self.now()))


def registry(
    store: Store,
    now: Callable[[], float],
    pipelines: Mapping[str, PipelineDef] | None = None,
) -> CollectorRegistry:
    """A registry of its own (nothing global): the engine's collector, and the ages of the
    ``pipelines``' outputs when given (bound with their resources)."""
    reg = CollectorRegistry(auto_describe=False)
    reg.register(EngineCollector(store, now))
    if pipelines:
        reg.register(OutputsCollector(pipelines, now))
    return reg


def render(store: Store, now: float, pipelines: Mapping[str, PipelineDef] | None = None) -> bytes:
    """The Prometheus exposition text of the engine's state at ``now``."""
    return generate_latest(registry(store, lambda: now, pipelines))
