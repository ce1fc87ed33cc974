"""The morning summary: one message a day that says how the pipeline is doing.

The ``health`` schedule action (e.g. a pipeline's ``daily-health``, 08:00 local) sends it
through the notifiers, whatever the health check finds: a person reads in one message
whether yesterday's and today's runs went through and what, if anything, needs them. It
carries the runs of both dates (with the reason of a missed outcome) and every line of the
health report, the pipeline's own lines included (e.g. items expected against items done).

It goes out once per cron instant: the scheduler records an instant as fired in the same
transaction that claims it, so a second scheduler, a restart or a turn repeated within the
minute finds it taken, and a morning missed while no scheduler ran is sent once when one
comes back. A crash between the claim and the send loses that morning's message rather
than sending it twice (notifiers cannot take part in the database's transaction).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from tipoff.engine.alerts import Alert, Severity
from tipoff.engine.health import HealthReport
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import runs
from tipoff.engine.store import Store

SUMMARY_PREFIX = "summary:"  # the key of the summary message, one per pipeline and date


def morning_summary(
    store: Store, pipeline: PipelineDef, report: HealthReport, *, at: datetime
) -> Alert:
    """The summary of ``pipeline`` for the schedule's instant ``at``, from its health
    report; the runs are read as they are now."""
    at = at.astimezone(pipeline.zone)
    today = at.date()
    yesterday = today - timedelta(days=1)
    with store.read() as conn:
        rows = conn.execute(
            sa.select(runs.c.data_date, runs.c.mode, runs.c.status, runs.c.outcome)
            .where(runs.c.pipeline == pipeline.pipeline, runs.c.data_date.in_([yesterday, today]))
            .order_by(runs.c.data_date, runs.c.mode)
        ).all()
    lines = []
    for day in (yesterday, today):
        found = [r for r in rows if r.data_date == day]
        told = "; ".join(
            f"{r.mode} {r.status}" + (f" ({r.outcome})" if r.outcome else "") for r in found
        )
        lines.append(f"runs {day.isoformat()}: {told or 'none'}")
    failing = [c for c in report.checks if not c.ok]
    verdict = (
        f"needs a person ({len(failing)} of {len(report.checks)} checks fail)"
        if failing
        else f"healthy ({len(report.checks)} checks ok)"
    )
    lines += [f"{'ok  ' if c.ok else 'FAIL'} {c.name}: {c.detail}" for c in report.checks]
    head = f"{pipeline.pipeline} morning summary, {at:%a %Y-%m-%d %H:%M %Z}: {verdict}"
    return Alert(
        f"{SUMMARY_PREFIX}{pipeline.pipeline}:{today.isoformat()}",
        Severity.WARNING if failing else Severity.INFO,
        "\n".join([head, *lines]),
        {
            "date": today.isoformat(),
            "needs_person": bool(failing),
            "runs": [
                {"date": r.data_date.isoformat(), "mode": r.mode, "status": r.status} for r in rows
            ],
            "checks": report.to_json()["checks"],
        },
    )
