"""Service-level objectives: what a pipeline promises, measured over its last N days.

A pipeline file declares its SLOs (``slos:``, see :class:`~tipoff.engine.pipeline.SloDef`).
Each is measured from the engine's own tables, so it needs nothing of the pipeline's code:

- ``ready_by``: one event per run of the mode in the window; good when the phase triggered
  by the local deadline of its date, bad when it triggered later or the deadline passed
  with the phase still open (a run whose deadline is still ahead is not counted yet, nor
  one rebuilt after it: a repair, its first build's time gone with the rebuilt phases);
- ``phase_duration``: one event per phase started in the window that has at least
  :data:`MIN_HISTORY` earlier durations of its mode and phase; good when it triggered
  within ``factor`` times their median (or within ``floor_s``), bad when it took longer or
  is still open past that;
- ``fresh``: measured in time, not events: the seconds of the window during which the
  processor's latest success was older than ``max_age_h`` are bad.

The error budget is what the objective allows to go bad: ``(1 - objective)`` of the events
(or of the seconds). ``budget_left`` is the share of it not spent; below zero the objective
is missed over the window. The monitor alerts when an SLO was violated in the last day
(critical once its budget is spent), and the dashboard shows every report.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from tipoff.engine.alerts import Alert, Severity
from tipoff.engine.pipeline import PipelineDef, SloDef
from tipoff.engine.schema import execution_log, runs, transitions
from tipoff.engine.states import ExecutionStatus, TriggerReason
from tipoff.engine.store import Store

MIN_HISTORY = 3  # earlier durations a phase needs before its own is judged
HISTORY = 30  # the earlier durations the median is taken over (newest)
RECENT_S = 24 * 3600.0  # a violation this recent alerts
LISTED = 20  # violations kept in a report, newest first
ALERT_PREFIX = "slo:"


@dataclass(frozen=True)
class Violation:
    subject: str  # what missed ("2025-11-03 same_day phase 5", "stale 09:00 to 11:30")
    at: float  # when it went bad (a stale stretch: when it ended, or now): epoch seconds
    detail: str


@dataclass(frozen=True)
class SloReport:
    """One SLO over its window: how much went bad, and how much budget is left."""

    slo: SloDef
    pipeline: str
    unit: str  # "events" or "seconds"
    total: float
    bad: float
    violations: Sequence[Violation] = field(default_factory=tuple)  # newest first
    violated_now: bool = False  # an open phase past its bound, or a stale processor

    @property
    def compliance(self) -> float | None:
        return None if not self.total else 1.0 - self.bad / self.total

    @property
    def budget_left(self) -> float | None:
        """The share of the error budget not spent (negative: overspent)."""
        if not self.total:
            return None
        return 1.0 - self.bad / ((1.0 - self.slo.objective) * self.total)

    def recent(self, now: float) -> list[Violation]:
        return [v for v in self.violations if v.at >= now - RECENT_S]

    def to_json(self) -> dict[str, Any]:
        s = self.slo
        return {
            "pipeline": self.pipeline,
            "name": s.name,
            "kind": s.kind,
            "description": s.description,
            "objective": s.objective,
            "window_days": s.window_days,
            "unit": self.unit,
            "total": round(self.total, 3),
            "bad": round(self.bad, 3),
            "compliance": None if self.compliance is None else round(self.compliance, 4),
            "budget_left": None if self.budget_left is None else round(self.budget_left, 4),
            "violated_now": self.violated_now,
            "violations": [
                {"subject": v.subject, "at": v.at, "detail": v.detail} for v in self.violations
            ],
        }


def evaluate(store: Store, pipeline: PipelineDef, now: float) -> list[SloReport]:
    """Every SLO the pipeline declares, measured at ``now``."""
    out = []
    with store.read() as conn:
        for slo in pipeline.slos:
            if slo.kind == "ready_by":
                out.append(_ready_by(conn, pipeline, slo, now))
            elif slo.kind == "phase_duration":
                out.append(_phase_duration(conn, pipeline, slo, now))
            else:
                out.append(_fresh(conn, pipeline, slo, now))
    return out


def alerts(reports: Sequence[SloReport], now: float) -> list[Alert]:
    """One alert per SLO violated in the last day (or now); critical once its budget is
    spent. Keyed ``slo:<pipeline>:<name>``; it resolves when the SLO has been met a day."""
    out = []
    for r in reports:
        recent = r.recent(now)
        if not recent and not r.violated_now:
            continue
        spent = r.budget_left is not None and r.budget_left < 0
        listed = "; ".join(f"{v.subject} ({v.detail})" for v in recent[:5])
        more = f" and {len(recent) - 5} more" if len(recent) > 5 else ""
        budget = "" if r.budget_left is None else f"; error budget left {r.budget_left:.0%}"
        out.append(
            Alert(
                f"{ALERT_PREFIX}{r.pipeline}:{r.slo.name}",
                Severity.CRITICAL if spent else Severity.WARNING,
                f"SLO {r.slo.name} of {r.pipeline} violated: {listed or 'now'}{more}"
                f"{budget} over {r.slo.window_days} days",
                {"slo": r.slo.name, "violations": [v.subject for v in recent], "spent": spent},
                state={"violations": [v.subject for v in recent], "spent": spent},
            )
        )
    return out


# -- the kinds ---------------------------------------------------------------------------


def _window_start(slo: SloDef, now: float) -> float:
    return now - slo.window_days * 86400.0


def _ready_by(conn: sa.Connection, p: PipelineDef, slo: SloDef, now: float) -> SloReport:
    zone = p.zone
    today = datetime.fromtimestamp(now, tz=zone).date()
    first = today - timedelta(days=slo.window_days - 1)
    query = (
        sa.select(
            runs.c.data_date,
            runs.c.mode,
            transitions.c.triggered_at,
            transitions.c.started_at,
            runs.c.generation,
        )
        .select_from(
            runs.outerjoin(
                transitions,
                sa.and_(transitions.c.run_id == runs.c.id, transitions.c.phase == slo.phase),
            )
        )
        .where(runs.c.pipeline == p.pipeline, runs.c.data_date >= first)
        .where(runs.c.data_date <= today)
    )
    if slo.mode is not None:
        query = query.where(runs.c.mode == slo.mode)
    by = slo.ready_time()
    total = 0
    bad: list[Violation] = []
    for day, mode, triggered_at, started_at, generation in conn.execute(query):
        deadline = datetime.combine(_as_date(day), by, tzinfo=zone).timestamp()
        subject = f"{day} {mode} phase {slo.phase}"
        if generation and started_at is not None and started_at > deadline:
            continue  # rebuilt after its deadline (a repair, not a delivery): its first
            # build's time is not kept, so the date is not judged
        if triggered_at is not None and triggered_at <= deadline:
            total += 1
        elif triggered_at is not None:
            total += 1
            late = (triggered_at - deadline) / 60
            bad.append(Violation(subject, triggered_at, f"ready {late:.0f} min after {slo.by}"))
        elif now > deadline:
            total += 1
            bad.append(Violation(subject, deadline, f"not ready by {slo.by}"))
    return _report(slo, p, "events", total, bad, violated_now=False)


def _phase_duration(conn: sa.Connection, p: PipelineDef, slo: SloDef, now: float) -> SloReport:
    start = _window_start(slo, now)
    t = transitions
    query = (
        sa.select(
            t.c.data_date,
            t.c.mode,
            t.c.phase,
            t.c.started_at,
            t.c.triggered_at,
            t.c.trigger_reason,
        )
        .where(t.c.pipeline == p.pipeline)
        .order_by(t.c.started_at, t.c.id)
    )
    if slo.mode is not None:
        query = query.where(t.c.mode == slo.mode)
    history: dict[tuple[str, int], list[float]] = defaultdict(list)
    total = 0
    bad: list[Violation] = []
    violated_now = False
    for day, mode, phase, started, triggered_at, reason in conn.execute(query):
        earlier = history[(mode, phase)]
        if started >= start and len(earlier) >= MIN_HISTORY:
            bound = max(slo.factor * statistics.median(earlier[-HISTORY:]), slo.floor_s)
            took = (triggered_at if triggered_at is not None else now) - started
            subject = f"{day} {mode} phase {phase}"
            if took > bound:
                total += 1
                at = started + bound
                bad.append(Violation(subject, at, f"{took / 60:.1f} min > {bound / 60:.1f} min"))
                violated_now = violated_now or triggered_at is None
            elif triggered_at is not None:
                total += 1
        # the median is over phases that completed by themselves, like the slow-phase alert's
        if triggered_at is not None and reason == TriggerReason.ALL_COMPLETE.value:
            earlier.append(triggered_at - started)
    return _report(slo, p, "events", total, bad, violated_now=violated_now)


def _fresh(conn: sa.Connection, p: PipelineDef, slo: SloDef, now: float) -> SloReport:
    start = _window_start(slo, now)
    max_age = float(slo.max_age_h or 0) * 3600.0
    log = execution_log
    base = sa.select(sa.func.max(log.c.finished_at)).where(
        log.c.pipeline == p.pipeline,
        log.c.processor == slo.processor,
        log.c.status == ExecutionStatus.SUCCEEDED.value,
    )
    if slo.mode is not None:
        base = base.where(log.c.mode == slo.mode)
    before = conn.execute(base.where(log.c.finished_at < start)).scalar()
    within = sa.select(log.c.finished_at).where(
        log.c.pipeline == p.pipeline,
        log.c.processor == slo.processor,
        log.c.status == ExecutionStatus.SUCCEEDED.value,
        log.c.finished_at >= start,
        log.c.finished_at <= now,
    )
    if slo.mode is not None:
        within = within.where(log.c.mode == slo.mode)
    times = sorted(float(x) for (x,) in conn.execute(within))
    if before is not None:
        times.insert(0, float(before))
    if not times:
        return _report(slo, p, "seconds", 0.0, [], violated_now=False)
    counted_from = max(start, times[0])
    bad_s = 0.0
    bad: list[Violation] = []
    zone = p.zone
    for a, b in zip(times, [*times[1:], now], strict=True):
        stale_from = max(a + max_age, counted_from)
        if b > stale_from:
            bad_s += b - stale_from
            span = f"{_clock(stale_from, zone)} to {_clock(b, zone) if b < now else 'now'}"
            # dated by its end: a staleness that ended an hour ago is recent
            bad.append(Violation(f"stale {span}", b, f"older than {slo.max_age_h:g} h"))
    stale_now = now - times[-1] > max_age
    return _report(
        slo, p, "seconds", now - counted_from, bad, violated_now=stale_now, bad_amount=bad_s
    )


def _report(
    slo: SloDef,
    p: PipelineDef,
    unit: str,
    total: float,
    bad: list[Violation],
    *,
    violated_now: bool,
    bad_amount: float | None = None,
) -> SloReport:
    """``bad_amount``: what went bad in seconds (``fresh``); else the violations count."""
    amount = float(len(bad)) if bad_amount is None else bad_amount
    newest = sorted(bad, key=lambda v: v.at, reverse=True)[:LISTED]
    return SloReport(slo, p.pipeline, unit, float(total), amount, tuple(newest), violated_now)


def _clock(ts: float, zone: Any) -> str:
    return datetime.fromtimestamp(ts, tz=zone).strftime("%Y-%m-%d %H:%M")


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def by_pipeline(store: Store, pipelines: Mapping[str, PipelineDef], now: float) -> list[SloReport]:
    """Every SLO of every pipeline."""
    return [r for p in pipelines.values() for r in evaluate(store, p, now)]
