"""A data date's status report as the plain text operators read (``tipoff status DATE``)::

    Phase 3 (analytics) Completion for 2025-12-29 (same_day):
      - p3_a: COMPLETE (12:05:02 PM, 352 records)
      - p3_e: MISSING
      _triggered: FALSE (waiting: 4/5 complete, deadline 12:40:00 PM)

Times are wall-clock times in the pipeline's zone, with the date only when it is not the
data date's own; an error is shown by its first line.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from tipoff.engine import run_params
from tipoff.engine.dependencies import WAITS_FOR
from tipoff.engine.states import JobStatus
from tipoff.engine.status.report import (
    DateStatus,
    PhaseStatus,
    ProcessorState,
    ProcessorStatus,
    RunReport,
)


def render_text(status: DateStatus) -> str:
    """The report as plain text lines (times in the pipeline's time zone)."""
    if not status.runs:
        return f"No run of pipeline {status.pipeline!r} for {status.data_date.isoformat()}."
    blocks = [_render_run(run, status.timezone) for run in status.runs]
    blocks += _render_attention(status)
    return "\n\n".join(blocks)


def _render_run(run: RunReport, timezone: str) -> str:
    day = run.data_date
    lines = [
        f"Run {run.pipeline} {day.isoformat()} ({run.mode}): {run.status.value.upper()}",
        f"  correlation id: {run.correlation_id}",
        f"  started: {_clock(run.started_at, day)}"
        + (f", finished: {_clock(run.finished_at, day)}" if run.finished_at else "")
        + f" ({timezone})",
        "  jobs: " + _job_counts(run.jobs),
    ]
    if run.params:
        lines.append("  params: " + ", ".join(run_params.describe(run.params, run.param_origins)))
    if run.outcome:
        lines.append(f"  outcome missed: {run.outcome}")
    lines.extend(f"  blocked: {b}" for b in run.blocked)
    if run.rebuild_phase is not None:
        lines.append(f"  rebuild due from phase {run.rebuild_phase}: {run.rebuild_reason}")
    elif run.generation:
        lines.append(f"  rebuilt {run.generation} time(s), last: {run.rebuild_reason}")
    for phase in run.phases:
        lines.append("")
        lines.append(
            f"Phase {phase.phase} ({phase.name}) Completion for {day.isoformat()} ({run.mode}):"
        )
        lines.extend(f"  - {_render_processor(p, day)}" for p in phase.processors)
        lines.append(f"  _triggered: {_render_trigger(phase, day)}")
        if phase.blocked_reason and not phase.triggered:
            lines.append(f"  _blocked: {phase.blocked_reason}")
    return "\n".join(lines)


def _job_counts(counts: Mapping[str, int]) -> str:
    total = sum(counts.values())
    parts = [f"{counts[s.value]} {s.value}" for s in JobStatus if counts.get(s.value)]
    return f"{total}" + (f" ({', '.join(parts)})" if parts else "")


def _render_processor(p: ProcessorStatus, day: date) -> str:
    label = p.name if p.critical else f"{p.name} [optional]"
    state = p.state.value
    attempts = f"{p.attempts}/{p.max_attempts}" if p.max_attempts else str(p.attempts)
    # attempts lost to infrastructure are not the processor's: told apart, never counted
    infra = f", {p.infra_attempts} lost to infrastructure" if p.infra_attempts else ""
    if p.state is ProcessorState.COMPLETE:
        records = "" if p.records is None else f", {p.records} record{'s' * (p.records != 1)}"
        detail = f" ({_clock(p.at, day)}{records}{infra})" if p.at else ""
    elif p.state is ProcessorState.FAILED:
        when = f", {_clock(p.at, day)}" if p.at else ""
        detail = f" (dead-lettered after {attempts} attempts{infra}{when})"
    elif p.state is ProcessorState.RETRYING:
        nxt = f", next attempt {_clock(p.at, day)}" if p.at else ""
        tried = f"attempt {attempts} failed{infra}" if p.attempts else infra[2:]
        detail = f" ({tried}{nxt})"
    elif p.state is ProcessorState.RUNNING:
        since = f" since {_clock(p.at, day)}" if p.at else ""
        detail = f" (attempt {attempts}{since}{infra})"
    else:
        detail = ""
    if p.fan_out is not None:
        f = p.fan_out
        detail += (
            f" [fan-out: {f.succeeded}/{f.expected} succeeded, {f.failed} failed, "
            f"{f.pending} pending, {f.completion_pct:.1f}% of {f.threshold:.0%} needed]"
        )
    error = f": {_one_line(p.error)}" if p.error else ""
    return f"{label}: {state}{detail}{error}"


def _render_trigger(phase: PhaseStatus, day: date) -> str:
    if phase.triggered:
        when = f" at {_clock(phase.triggered_at, day)}" if phase.triggered_at else ""
        forced = ", checks bypassed" if phase.bypassed else ""
        return f"TRUE ({phase.trigger_reason}{when}{forced})"
    if not phase.started:
        return "FALSE (phase not started)"
    progress = f"{phase.complete}/{phase.expected} complete"
    if phase.blocked_reason:
        return f"FALSE (blocked: {progress})"
    if phase.hold_reason:
        retry = f", next try {_clock(phase.held_until, day)}" if phase.held_until else ""
        if phase.hold_reason.startswith(WAITS_FOR):
            return f"FALSE (held: {phase.hold_reason}{retry})"
        return (
            f"FALSE (held by pre-flight: {phase.hold_reason}; {phase.holds} failed check(s){retry})"
        )
    deadline = f", deadline {_clock(phase.deadline_at, day)}" if phase.deadline_at else ""
    return f"FALSE (waiting: {progress}, quorum {phase.quorum:.0%}{deadline})"


def _clock(when: datetime | None, day: date) -> str:
    """'12:05:02 PM' on the data date itself, '2025-12-30 12:05:02 AM' on any other day."""
    if when is None:
        return "-"
    text = when.strftime("%I:%M:%S %p").lstrip("0")
    return text if when.date() == day else f"{when.date().isoformat()} {text}"


def _one_line(text: str, limit: int = 160) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def _render_attention(status: DateStatus) -> list[str]:
    day = status.data_date
    blocks = []
    if status.retries:
        lines = [f"Retries for {day.isoformat()}:"]
        for p in status.retries:
            attempts = f"{p.attempts}/{p.max_attempts}" if p.max_attempts else str(p.attempts)
            states = ", ".join(f"{n} {s}" for s, n in sorted(p.statuses.items()))
            when = f" at {_clock(p.last_failed_at, day)}" if p.last_failed_at else ""
            error = f"; last error{when}: {_one_line(p.last_error, 100)}" if p.last_error else ""
            lines.append(
                f"  - {p.processor} ({p.mode}, phase {p.phase}): {p.jobs} "
                f"job{'s' * (p.jobs != 1)} retried ({states}), up to {attempts} attempts{error}"
            )
        blocks.append("\n".join(lines))
    if status.breakers:
        lines = ["Circuit breakers not closed:"]
        for b in status.breakers:
            when = f" since {_clock(b.since, day)}" if b.since is not None else ""
            error = f"; last error: {_one_line(b.last_error, 100)}" if b.last_error else ""
            lines.append(
                f"  - {b.name}: {b.state.value.upper()}{when}, {b.failures} "
                f"failure{'s' * (b.failures != 1)}{error}"
            )
        blocks.append("\n".join(lines))
    return blocks
