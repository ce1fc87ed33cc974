"""The morning health check: one report, and whether a person is needed.

Each check says what it looked at and whether it is fine. A person is needed when a run
is blocked, dead letters of critical processors wait that self-heal no longer retries (an
optional one's is a warning, unless self-heal gave up on it: see ``redrive``), no
scheduler runs the pipeline's schedules, a breaker is open, a critical alert is open, or
runnable work waits with no live worker to take it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from tipoff.engine.breaker import BreakerState, all_breakers
from tipoff.engine.clock import Clock
from tipoff.engine.heartbeats import WORKER_STALE_S
from tipoff.engine.pipeline import PipelineDef, is_critical
from tipoff.engine.redrive import plans
from tipoff.engine.schema import alerts, execution_log, heartbeats, jobs, runs, transitions
from tipoff.engine.store import Store

HEALTH_ALERT_PREFIX = "health:"  # the key of the alert the scheduled health check raises
RECENT_ERRORS_S = 24 * 3600.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class HealthReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def needs_person(self) -> bool:
        return any(not c.ok for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        return {
            "needs_person": self.needs_person,
            "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in self.checks],
        }


def health(
    store: Store,
    pipelines: Mapping[str, PipelineDef],
    *,
    clock: Clock,
    day: date | None = None,
    extra: Sequence[Check] = (),
    worker_stale_s: float = WORKER_STALE_S,
) -> HealthReport:
    now = clock.now()
    checks: list[Check] = []
    with store.read() as conn:
        for pipeline in pipelines.values():
            today = day or datetime.fromtimestamp(now, tz=pipeline.zone).date()
            rows = conn.execute(
                sa.select(runs.c.mode, runs.c.status).where(
                    runs.c.pipeline == pipeline.pipeline, runs.c.data_date == today
                )
            ).all()
            states = ", ".join(f"{m} {s}" for m, s in rows) or "no run yet"
            checks.append(
                Check(
                    f"runs {pipeline.pipeline} {today}",
                    all(s != "blocked" for _, s in rows),
                    states,
                )
            )
            held = conn.execute(
                sa.select(
                    transitions.c.data_date,
                    transitions.c.mode,
                    transitions.c.phase,
                    transitions.c.hold_reason,
                )
                .where(
                    transitions.c.pipeline == pipeline.pipeline,
                    transitions.c.triggered.is_(False),
                    transitions.c.hold_reason.is_not(None),
                )
                .order_by(transitions.c.data_date, transitions.c.phase)
            ).all()
            checks.append(
                Check(
                    f"pre-flight holds {pipeline.pipeline}",
                    not held,
                    "; ".join(f"{d} {m} after phase {ph}: {why}" for d, m, ph, why in held[:5])
                    + (f" and {len(held) - 5} more" if len(held) > 5 else "")
                    if held
                    else "none",
                )
            )

        queued, oldest = conn.execute(
            sa.select(sa.func.count(), sa.func.min(jobs.c.run_after)).where(
                sa.text("jobs.status IN ('queued', 'retry')"), jobs.c.run_after <= now
            )
        ).one()
        running = conn.execute(
            sa.select(sa.func.count()).select_from(jobs).where(sa.text("jobs.status = 'running'"))
        ).scalar_one()
        live = conn.execute(
            sa.select(heartbeats.c.id, heartbeats.c.kind).where(
                heartbeats.c.beat_at >= now - worker_stale_s
            )
        ).all()
        workers = [i for i, kind in live if kind == "worker"]
        loops = sorted({kind for _, kind in live if kind != "worker"})
        wait = "" if oldest is None else f", oldest waiting {(now - oldest) / 60:.0f} min"
        checks.append(
            Check(
                "queue", not (queued and not workers), f"{queued} runnable, {running} running{wait}"
            )
        )
        checks.append(
            Check(
                "workers",
                bool(workers) or not queued,
                f"{len(workers)} alive (heartbeat within {worker_stale_s:.0f} s)",
            )
        )

        # schedules fire only while a scheduler runs: without one, nothing starts the day
        scheduled = sum(len(p.schedules) for p in pipelines.values())
        no_scheduler = scheduled > 0 and "scheduler" not in loops
        checks.append(
            Check(
                "loops",
                not no_scheduler,
                (", ".join(loops) + " alive" if loops else "no scheduler or monitor heartbeat")
                + (
                    f"; {scheduled} schedule(s) and no scheduler alive (start `tipoff scheduler`)"
                    if no_scheduler
                    else ""
                ),
            )
        )

        dead = conn.execute(
            sa.select(jobs.c.id, jobs.c.processor, jobs.c.data_date, jobs.c.pipeline)
            .where(sa.text("jobs.status = 'dead'"))
            .order_by(jobs.c.id)
        ).all()
        listed = ", ".join(f"{p} {d} (job {i})" for i, p, d, _ in dead[:5])
        planned = {p.job_id: p for p in plans(store, pipelines, now=now)} if dead else {}
        automatic = [planned[r.id] for r in dead if r.id in planned and planned[r.id].automatic]
        # a person is needed for a critical processor's dead letter self-heal does not retry,
        # and for one self-heal gave up on; an optional one's own failure is a warning: its
        # phase went on without it
        person = [
            r
            for r in dead
            if r.id in planned
            and not planned[r.id].automatic
            and (is_critical(pipelines, r.pipeline, r.processor) or planned[r.id].upstream)
        ]
        notes = []
        if automatic:
            nxt = datetime.fromtimestamp(min(p.due_at or now for p in automatic), tz=UTC)
            notes.append(
                f"{len(automatic)} will be retried by self-heal (next {nxt:%Y-%m-%d %H:%M} UTC)"
            )
        if person:
            notes.append(f"{len(person)} need a person (`tipoff dlq retry`)")
        elif dead and not automatic:
            notes.append("optional processors only: a warning")
        checks.append(
            Check(
                "dead letters",
                not person,
                f"{len(dead)}"
                + (f": {listed}" if dead else "")
                + (f" ({'; '.join(notes)})" if notes else ""),
            )
        )

        errors = conn.execute(
            sa.select(execution_log.c.processor, execution_log.c.error)
            .where(
                execution_log.c.status != "succeeded",
                execution_log.c.finished_at >= now - RECENT_ERRORS_S,
            )
            .order_by(execution_log.c.finished_at.desc())
        ).all()
        last = "; ".join(f"{p}: {(e or '').splitlines()[0][:80]}" for p, e in errors[:3])
        checks.append(
            Check(
                "recent errors (24 h)",
                True,
                f"{len(errors)} failed attempts" + (f"; last: {last}" if last else ""),
            )
        )

        critical = (
            conn.execute(
                sa.select(alerts.c.message).where(
                    alerts.c.status == "open",
                    alerts.c.severity == "critical",
                    # the scheduled health check's own alert repeats these checks
                    alerts.c.key.not_like(f"{HEALTH_ALERT_PREFIX}%"),
                )
            )
            .scalars()
            .all()
        )
        checks.append(
            Check(
                "open critical alerts",
                not critical,
                f"{len(critical)}" + (f": {critical[0]}" if critical else ""),
            )
        )
    breakers = all_breakers(store)
    open_ = [b.name for b in breakers if b.state is not BreakerState.CLOSED]
    checks.append(
        Check(
            "circuit breakers",
            not open_,
            f"{len(breakers)} known"
            + (f", not closed: {', '.join(open_)}" if open_ else ", all closed"),
        )
    )
    checks.extend(extra)
    return HealthReport(checks)


def pipeline_checks(
    store: Store, pipelines: Mapping[str, PipelineDef], *, now: float
) -> list[Check]:
    """The lines each pipeline's code adds to the report (``Blueprint.health``). A line that
    raises is reported as failing, with its error: the report itself must not fail."""
    checks: list[Check] = []
    for pipeline in pipelines.values():
        for name, fn in pipeline.health_code.items():
            try:
                checks.extend(fn(store, now))
            except Exception as exc:
                checks.append(Check(name, False, f"could not tell: {type(exc).__name__}: {exc}"))
    return checks
