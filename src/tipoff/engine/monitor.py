"""The monitor: every turn, find what needs a person and keep the alerts in step.

- stuck transitions: past their deadline and not triggered → the phase, the date, the
  missing processors and for how long (critical);
- stalled work: jobs whose lease expired go back to the queue (or to the dead letters);
- upstream probes: those due are asked (see ``probe``): a source back makes its dead
  letters due and its held phases re-run what they wait for, at once;
- dead letters: first self-heal's turn over them (``redrive``: those a later success
  superseded are cleared, those a data source caused are retried on their schedule); any
  left → one alert listing them (critical if one of a critical processor needs a person,
  else a warning: an optional processor's phase goes on without it, and self-heal retries
  the others by itself);
- slow phases: running longer than twice their historical median → a warning;
- pre-flight holds: a phase whose checks failed, with the reason and the next try (a
  warning, critical after three failed tries);
- missed outcomes: a run finished ``complete_degraded`` in the last week → one alert per
  date and mode, with why (a warning: nothing is left to run, and a retry would not change
  it; a pipeline's own watch may say more, e.g. its output published by a time of day);
- the pipelines' own watches (e.g. checks of the quality of their output), under their name;
- service-level objectives the pipeline file declares, violated in the last day (a
  warning; critical once the SLO's error budget over its window is spent, see ``slo``);
- stale outputs: a published file older than its schedule allows → a warning (outputs.py);
- the self-heal cut-off: an unfinished run whose cut-off is near is forced, phase by
  phase, each turn (see ``heal``); what was forced is in the report and the log.

Each problem has a stable key, so it alerts once while it lasts, again only when it
changes, and resolves when it clears.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from tipoff.engine import probe, slo
from tipoff.engine.alerts import Alert, AlertBook, Severity
from tipoff.engine.clock import Clock
from tipoff.engine.deadlines import phase_durations
from tipoff.engine.dependencies import IN_ORDER, WAITS_FOR
from tipoff.engine.execution import Executor
from tipoff.engine.heal import heal
from tipoff.engine.outputs import ALERT_PREFIX as STALE_PREFIX
from tipoff.engine.outputs import stale_alerts
from tipoff.engine.pipeline import PipelineDef, is_critical
from tipoff.engine.redrive import plans, redrive
from tipoff.engine.registry import Registry
from tipoff.engine.schema import alerts as alerts_table
from tipoff.engine.schema import jobs, runs, transitions
from tipoff.engine.states import PENDING, CompletionStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.engine.transitions import completion_states

SLOW_FACTOR = 2.0
HELD_CRITICAL_AFTER = 3  # failed pre-flights before a hold is a person's problem
SLOW_MIN_HISTORY = 3
HISTORY = 30
OUTCOME_ALERT_WINDOW_S = 7 * 86400  # a missed outcome alerts while its run is this recent


@dataclass(frozen=True)
class MonitorReport:
    stuck: list[str]
    slow: list[str]
    dead_letters: int
    recovered: int
    opened: list[str]
    resolved: list[str]
    forced: list[str] = field(default_factory=list)  # phases forced at the cut-off
    retried: list[str] = field(default_factory=list)  # dead letters retried by self-heal
    superseded: list[int] = field(default_factory=list)  # dead letters a success made moot
    probes_back: list[str] = field(default_factory=list)  # upstream probes that passed again

    def summary(self) -> str:
        return (
            f"monitor: {len(self.stuck)} stuck, {len(self.slow)} slow, "
            f"{self.dead_letters} dead letter(s), {self.recovered} recovered, "
            f"{len(self.opened)} alerted, {len(self.resolved)} resolved"
            + (f", {len(self.retried)} dead letter(s) retried" if self.retried else "")
            + (f", {len(self.superseded)} superseded" if self.superseded else "")
            + (f", forced at the cut-off: {'; '.join(self.forced)}" if self.forced else "")
        )


class Monitor:
    def __init__(
        self, store: Store, pipelines: Mapping[str, PipelineDef], book: AlertBook, *, clock: Clock
    ) -> None:
        self.store = store
        self.pipelines = dict(pipelines)
        self.book = book
        self.clock = clock
        # recovers expired leases exactly as a worker's sweep does (it runs no processors)
        self._executor = Executor(store, pipelines, Registry(), clock=clock, worker_id="monitor")

    def check(self) -> MonitorReport:
        now = self.clock.now()
        recovered = len(self._executor.recover_expired())
        forced = heal(self.store, self.pipelines, clock=self.clock, cutoff_only=True).forced
        probed = probe.run_due(self.store, self.pipelines, now=now)
        redriven = redrive(self.store, self.pipelines, now=now)
        open_ = self._open_transitions()
        found: list[Alert] = [*self._stuck(open_, now), *self._slow(open_, now)]
        found += self._held(open_, now)
        found += self._degraded(now)
        dead = self._dead_letters()
        if dead is not None:
            found.append(dead)
        found += self._watches(now)
        found += self._slos(now)
        found += stale_alerts(self.pipelines, now)
        opened = [a.key for a in found if self.book.raise_(a) is not None]
        resolved: list[str] = []
        prefixes = ["stuck:", "slow:", "preflight:", "outcome:", "dead_letters"]
        prefixes += [slo.ALERT_PREFIX, STALE_PREFIX]
        prefixes += [f"{name}:" for p in self.pipelines.values() for name in p.watch_code]
        for prefix in prefixes:
            resolved += self.book.resolve_others(prefix, [a.key for a in found])
        return MonitorReport(
            stuck=[a.key for a in found if a.key.startswith("stuck:")],
            slow=[a.key for a in found if a.key.startswith("slow:")],
            dead_letters=int(dead.details["count"]) if dead is not None else 0,
            recovered=recovered,
            opened=opened,
            resolved=resolved,
            forced=forced,
            retried=redriven.retried,
            superseded=redriven.superseded,
            probes_back=probed.back,
        )

    def _open_transitions(self) -> list[sa.Row[Any]]:
        with self.store.read() as conn:
            return list(
                conn.execute(sa.select(transitions).where(transitions.c.triggered.is_(False))).all()
            )

    def _stuck(self, open_: Sequence[sa.Row[Any]], now: float) -> list[Alert]:
        out = []
        for t in open_:
            if t.deadline_at > now or t.hold_reason is not None:
                continue  # a held phase has its own alert, with the check that failed
            with self.store.read() as conn:
                done = completion_states(conn, t.id)
            expected = json.loads(t.expected) if isinstance(t.expected, str) else t.expected
            missing = [
                e["name"] for e in expected if done.get(e["name"]) != CompletionStatus.SUCCEEDED
            ]
            late_min = (now - t.deadline_at) / 60
            phase_name = self._phase_name(t.pipeline, t.phase)
            key = f"stuck:{t.pipeline}:{t.data_date}:{t.mode}:{t.phase}"
            message = (
                f"{t.pipeline} phase {t.phase} ({phase_name}) for {t.data_date} ({t.mode}) "
                f"is stuck: {len(expected) - len(missing)}/{len(expected)} complete, missing "
                f"{', '.join(missing) or 'nothing'}; past its deadline for {late_min:.0f} min"
                + (f"; blocked: {t.blocked_reason}" if t.blocked_reason else "")
            )
            out.append(
                Alert(
                    key,
                    Severity.CRITICAL,
                    message,
                    {
                        "pipeline": t.pipeline,
                        "data_date": str(t.data_date),
                        "mode": t.mode,
                        "phase": t.phase,
                        "missing": missing,
                        "blocked": t.blocked_reason,
                        "deadline": datetime.fromtimestamp(t.deadline_at, tz=UTC).isoformat(),
                    },
                    state={"missing": missing, "blocked": t.blocked_reason},
                )
            )
        return out

    def _held(self, open_: Sequence[sa.Row[Any]], now: float) -> list[Alert]:
        """Transitions a failed pre-flight check, or an earlier date, holds: one alert each
        while held."""
        out = []
        for t in open_:
            if t.hold_reason is None or t.hold_reason.startswith(IN_ORDER):
                continue  # an in-order backfill's order: the date it waits for alerts itself
            nxt = self._next_phase(t.pipeline, t.phase)
            retry = datetime.fromtimestamp(t.held_until or now, tz=UTC).strftime("%H:%M:%S")
            # waiting for an earlier date stays a warning: that date has its own alert
            waits = t.hold_reason.startswith(WAITS_FOR)
            critical = t.holds >= HELD_CRITICAL_AFTER and not waits
            asked = f"asked {t.holds} time(s)" if waits else f"{t.holds} failed pre-flight(s)"
            out.append(
                Alert(
                    f"preflight:{t.pipeline}:{t.data_date}:{t.mode}:{t.phase}",
                    Severity.CRITICAL if critical else Severity.WARNING,
                    (
                        f"{t.pipeline} phase {nxt} for {t.data_date} ({t.mode}) is held: "
                        f"{t.hold_reason} ({asked}, next try {retry} UTC)"
                    ),
                    {
                        "pipeline": t.pipeline,
                        "data_date": str(t.data_date),
                        "mode": t.mode,
                        "phase": nxt,
                        "reason": t.hold_reason,
                        "holds": t.holds,
                    },
                    state={"reason": t.hold_reason, "critical": critical},
                )
            )
        return out

    def _degraded(self, now: float) -> list[Alert]:
        """Runs that ran every phase but missed their outcome (finished within a week)."""
        with self.store.read() as conn:
            rows = conn.execute(
                sa.select(runs.c.pipeline, runs.c.data_date, runs.c.mode, runs.c.outcome).where(
                    runs.c.status == RunStatus.COMPLETE_DEGRADED.value,
                    runs.c.finished_at >= now - OUTCOME_ALERT_WINDOW_S,
                )
            ).all()
        return [
            Alert(
                f"outcome:{r.pipeline}:{r.data_date}:{r.mode}",
                Severity.WARNING,
                f"{r.pipeline} {r.data_date} ({r.mode}) ran every phase but missed its "
                f"outcome: {r.outcome}",
                {
                    "pipeline": r.pipeline,
                    "data_date": str(r.data_date),
                    "mode": r.mode,
                    "outcome": r.outcome,
                },
                state={"outcome": r.outcome},
            )
            for r in rows
        ]

    def _watches(self, now: float) -> list[Alert]:
        """The pipelines' own checks; a watch that fails is itself reported, not fatal."""
        out: list[Alert] = []
        for pipeline in self.pipelines.values():
            for name, fn in pipeline.watch_code.items():
                try:
                    found = list(fn(self.store, now))
                except Exception as exc:
                    found = [
                        Alert(
                            f"{name}:watch_failed",
                            Severity.WARNING,
                            f"the {name} watch failed: {type(exc).__name__}: {exc}",
                        )
                    ]
                out += [a if a.key.startswith(f"{name}:") else _rekey(a, name) for a in found]
        return out

    def _slos(self, now: float) -> list[Alert]:
        """The declared SLOs; one that cannot be measured is reported, not fatal."""
        out: list[Alert] = []
        for pipeline in self.pipelines.values():
            if not pipeline.slos:
                continue
            try:
                out += slo.alerts(slo.evaluate(self.store, pipeline, now), now)
            except Exception as exc:
                out.append(
                    Alert(
                        f"{slo.ALERT_PREFIX}{pipeline.pipeline}:evaluation_failed",
                        Severity.WARNING,
                        f"the SLOs of {pipeline.pipeline} could not be measured: "
                        f"{type(exc).__name__}: {exc}",
                    )
                )
        return out

    def _next_phase(self, pipeline: str, phase: int) -> int | str:
        try:
            nxt = self.pipelines[pipeline].next_phase(phase)
        except (KeyError, ValueError):
            return "?"
        return "?" if nxt is None else nxt

    def _slow(self, open_: Sequence[sa.Row[Any]], now: float) -> list[Alert]:
        out = []
        for t in open_:
            history = self._durations(t.pipeline, t.mode, t.phase)
            if len(history) < SLOW_MIN_HISTORY:
                continue
            median = statistics.median(history)
            running = now - t.started_at
            if median > 0 and running > SLOW_FACTOR * median:
                key = f"slow:{t.pipeline}:{t.data_date}:{t.mode}:{t.phase}"
                out.append(
                    Alert(
                        key,
                        Severity.WARNING,
                        (
                            f"{t.pipeline} phase {t.phase} for {t.data_date} ({t.mode}) has run "
                            f"{running / 60:.1f} min, over {SLOW_FACTOR:g}x its median of "
                            f"{median / 60:.1f} min"
                        ),
                        {"median_s": round(median, 1), "factor": SLOW_FACTOR},
                        state="slow",
                    )
                )
        return out

    def _durations(self, pipeline: str, mode: str, phase: int) -> list[float]:
        with self.store.read() as conn:
            return phase_durations(conn, pipeline, mode, phase)[:HISTORY]

    def _dead_letters(self) -> Alert | None:
        """Dead letters, and those of the open alert still being retried (their retry is
        not over: the alert stays as it is until they succeed or die again)."""
        with self.store.read() as conn:
            rows = conn.execute(
                sa.select(
                    jobs.c.id,
                    jobs.c.pipeline,
                    jobs.c.processor,
                    jobs.c.data_date,
                    jobs.c.last_error,
                )
                .where(sa.text("jobs.status = 'dead'"))
                .order_by(jobs.c.id)
            ).all()
            shown = conn.execute(
                sa.select(alerts_table.c.details).where(
                    alerts_table.c.key == "dead_letters", alerts_table.c.status == "open"
                )
            ).scalar()
            before = [int(i) for i in (shown or {}).get("job_ids", [])]
            retrying = list(
                conn.execute(
                    sa.select(jobs.c.id)
                    .where(jobs.c.id.in_(before), jobs.c.status.in_(PENDING))
                    .order_by(jobs.c.id)
                ).scalars()
            ) if before else []  # fmt: skip
        if not rows and not retrying:
            return None
        listed = [f"{r.processor} {r.data_date} (job {r.id})" for r in rows[:10]]
        more = f" and {len(rows) - 10} more" if len(rows) > 10 else ""
        automatic = {p.job_id for p in plans(self.store, self.pipelines, now=self.clock.now())
                     if p.automatic}  # fmt: skip
        # severity follows the processor: only a dead critical one stops a phase by itself,
        # and it needs a person only once self-heal no longer retries it
        critical = any(
            is_critical(self.pipelines, r.pipeline, r.processor) and r.id not in automatic
            for r in rows
        )
        waiting = sum(r.id in automatic for r in rows)
        notes = [f"{waiting} will be retried by self-heal"] if waiting else []
        if retrying:
            notes.append(f"{len(retrying)} being retried (job {', '.join(map(str, retrying))})")
        ids = sorted({r.id for r in rows} | set(retrying))
        return Alert(
            "dead_letters",
            Severity.CRITICAL if critical else Severity.WARNING,
            f"{len(rows)} dead letter(s)"
            + (f": {', '.join(listed)}{more}" if rows else "")
            + (f"; {'; '.join(notes)}" if notes else ""),
            {"count": len(rows), "job_ids": ids, "automatic": waiting, "retrying": retrying},
            state=ids,
        )

    def _phase_name(self, pipeline: str, phase: int) -> str:
        try:
            return self.pipelines[pipeline].phase(phase).name
        except KeyError:
            return "?"


def _rekey(alert: Alert, name: str) -> Alert:
    return Alert(f"{name}:{alert.key}", alert.severity, alert.message, alert.details, alert.state)
