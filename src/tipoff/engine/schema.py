"""The engine's tables (SQLAlchemy Core), one metadata shared by SQLite and PostgreSQL.

Timestamps are epoch seconds (``Float``); data dates are ``Date``. The warehouse tables of a
pipeline live in its own metadata and are versioned separately (see ``migrations.py``).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

Epoch = sa.Float(precision=53)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("pipeline", sa.String(64), nullable=False),
    sa.Column("data_date", sa.Date, nullable=False),
    sa.Column("mode", sa.String(32), nullable=False),
    sa.Column("correlation_id", sa.String(32), nullable=False),
    sa.Column("trigger_source", sa.String(32), nullable=False),
    sa.Column("status", sa.String(32), nullable=False),
    # complete_degraded: why the pipeline's declared outcome was missed (see outcome.py)
    sa.Column("outcome", sa.Text),
    # resolved once when the run is created (see run_params); every job of the run gets them
    sa.Column("params", sa.JSON, nullable=False, default=dict),
    # where each param came from ("run", "schedule <name>", "TIPOFF_SOURCE", ...); NULL for
    # a run created before version 5, whose params were never resolved
    sa.Column("param_origins", sa.JSON),
    sa.Column("started_at", Epoch, nullable=False),
    sa.Column("finished_at", Epoch),
    # rebuilds so far: part of its jobs' keys, so a rebuilt phase runs under fresh keys
    sa.Column("generation", sa.Integer, nullable=False, default=0, server_default="0"),
    # an earlier date it read was completed later: rebuild from this phase (see dependencies)
    sa.Column("rebuild_phase", sa.Integer),
    sa.Column("rebuild_reason", sa.Text),  # why it was (or is to be) rebuilt, last time
    sa.UniqueConstraint("pipeline", "data_date", "mode", name="uq_runs_date_mode"),
)

transitions = sa.Table(
    "transitions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
    sa.Column("pipeline", sa.String(64), nullable=False),
    sa.Column("data_date", sa.Date, nullable=False),
    sa.Column("mode", sa.String(32), nullable=False),
    sa.Column("phase", sa.Integer, nullable=False),
    # [{"name": ..., "critical": bool}, ...] as it stood when the phase started
    sa.Column("expected", sa.JSON, nullable=False),
    sa.Column("started_at", Epoch, nullable=False),
    sa.Column("deadline_at", Epoch, nullable=False),
    sa.Column("triggered", sa.Boolean, nullable=False, default=False),
    sa.Column("triggered_at", Epoch),
    sa.Column("trigger_reason", sa.String(32)),
    sa.Column("blocked_reason", sa.Text),
    # a failed pre-flight check of the next phase holds the trigger until ``held_until``
    sa.Column("held_until", Epoch),
    sa.Column("hold_reason", sa.Text),
    sa.Column("holds", sa.Integer, nullable=False, default=0, server_default="0"),
    # triggered past its dependency and pre-flight checks (a forced manual or self-heal)
    sa.Column("bypassed", sa.Boolean, nullable=False, default=False, server_default=sa.false()),
    sa.UniqueConstraint("pipeline", "data_date", "mode", "phase", name="uq_transitions_phase"),
)
sa.Index("ix_transitions_open", transitions.c.triggered, transitions.c.deadline_at)
sa.Index("ix_transitions_run", transitions.c.run_id)

completions = sa.Table(
    "completions",
    metadata,
    sa.Column("transition_id", sa.Integer, sa.ForeignKey("transitions.id"), primary_key=True),
    sa.Column("processor", sa.String(96), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("records", sa.Integer, nullable=False, default=0),
    sa.Column("job_id", sa.Integer),
    sa.Column("finished_at", Epoch, nullable=False),
)

jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(255), nullable=False, unique=True),
    sa.Column("pipeline", sa.String(64), nullable=False),
    sa.Column("processor", sa.String(96), nullable=False),
    sa.Column("phase", sa.Integer),
    sa.Column("mode", sa.String(32)),
    sa.Column("data_date", sa.Date),
    sa.Column("params", sa.JSON, nullable=False, default=dict),
    sa.Column("transition_id", sa.Integer),
    sa.Column("run_id", sa.Integer),
    sa.Column("batch_id", sa.Integer),  # a child of a fan-out (see batches)
    # a fan-out child's units of work, and how many of them its success could not do
    sa.Column("items", sa.Integer, nullable=False, default=1, server_default="1"),
    sa.Column("items_failed", sa.Integer, nullable=False, default=0, server_default="0"),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("priority", sa.Integer, nullable=False, default=0),
    # attempts charged to the processor (its own failures), against max_attempts; a dead
    # letter put back in the queue starts them again
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("max_attempts", sa.Integer, nullable=False),
    # every claim, never reset: the fencing token and the execution log's attempt number
    sa.Column("attempt_no", sa.Integer, nullable=False, default=0, server_default="0"),
    # attempts lost to infrastructure (the worker died, an open circuit breaker refused
    # the call): not charged to the processor, bounded apart (see failures.py)
    sa.Column("infra_attempts", sa.Integer, nullable=False, default=0, server_default="0"),
    sa.Column("timeout_s", Epoch, nullable=False),
    sa.Column("run_after", Epoch, nullable=False),
    sa.Column("lease_until", Epoch),
    sa.Column("worker_id", sa.String(96)),
    sa.Column("correlation_id", sa.String(32)),
    sa.Column("trigger_source", sa.String(32), nullable=False),
    sa.Column("records", sa.Integer),
    sa.Column("last_error", sa.Text),
    sa.Column("last_traceback", sa.Text),
    sa.Column("queued_at", Epoch, nullable=False),
    sa.Column("started_at", Epoch),
    sa.Column("finished_at", Epoch),
)
# The claim scans only runnable rows; the partial index keeps that cheap as history grows.
sa.Index(
    "ix_jobs_claimable",
    jobs.c.priority,
    jobs.c.run_after,
    jobs.c.id,
    sqlite_where=jobs.c.status.in_(["queued", "retry"]),
    postgresql_where=jobs.c.status.in_(["queued", "retry"]),
)
sa.Index(
    "ix_jobs_running",
    jobs.c.lease_until,
    sqlite_where=jobs.c.status == "running",
    postgresql_where=jobs.c.status == "running",
)
# Indexes on status columns are partial so a job's ordinary life (queued → running →
# succeeded) touches as few B-trees as possible: every page written costs the commit.
sa.Index("ix_jobs_run", jobs.c.run_id)
sa.Index("ix_jobs_batch", jobs.c.batch_id)
sa.Index(
    "ix_jobs_dead",
    jobs.c.finished_at,
    sqlite_where=jobs.c.status == "dead",
    postgresql_where=jobs.c.status == "dead",
)

# A fan-out: a processor's job that enqueued child jobs (e.g. one job per item of a date).
# The processor counts as complete for its phase only when its children have settled and
# at least ``threshold`` of them succeeded; counts are always derived from the children.
batches = sa.Table(
    "batches",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("parent_job_id", sa.Integer, nullable=False, unique=True),
    sa.Column("transition_id", sa.Integer),
    sa.Column("run_id", sa.Integer),
    sa.Column("processor", sa.String(96), nullable=False),
    sa.Column("expected", sa.Integer, nullable=False),
    sa.Column("threshold", sa.Float, nullable=False),
    sa.Column("created_at", Epoch, nullable=False),
    sa.Column("settled_at", Epoch),
    sa.Column("succeeded", sa.Integer),  # filled in when settled
    sa.Column("failed", sa.Integer),
)
sa.Index("ix_batches_run", batches.c.run_id)

execution_log = sa.Table(
    "execution_log",
    metadata,
    # time-ordered (see execution_log.new_execution_id) so inserts append to the index
    sa.Column("execution_id", sa.String(32), primary_key=True),
    sa.Column("job_id", sa.Integer, nullable=False),
    sa.Column("pipeline", sa.String(64), nullable=False),
    sa.Column("processor", sa.String(96), nullable=False),
    sa.Column("phase", sa.Integer),
    sa.Column("mode", sa.String(32)),
    sa.Column("data_date", sa.Date),
    sa.Column("trigger_source", sa.String(32), nullable=False),
    sa.Column("correlation_id", sa.String(32)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempt", sa.Integer, nullable=False),
    sa.Column("records", sa.Integer),
    sa.Column("error", sa.Text),
    sa.Column("worker_id", sa.String(96)),
    sa.Column("queued_at", Epoch),
    sa.Column("started_at", Epoch),
    sa.Column("finished_at", Epoch, nullable=False),
)
sa.Index("ix_execution_log_date", execution_log.c.data_date, execution_log.c.processor)
# The ``fresh`` SLO (slo.py) asks, on every evaluation, for a processor's successful runs by
# finish time: from this index alone (the mode is carried for an SLO that names one), not a
# scan of the whole log.
sa.Index(
    "ix_execution_log_finished",
    *(execution_log.c[c] for c in ("pipeline", "processor", "status", "finished_at", "mode")),
)

circuit_breakers = sa.Table(
    "circuit_breakers",
    metadata,
    sa.Column("name", sa.String(128), primary_key=True),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("opened_at", Epoch),
    sa.Column("last_error", sa.Text),
    sa.Column("updated_at", Epoch, nullable=False),
)

# The last answer of each upstream probe per date (see ``probe``): shared by every process,
# so a source that is down is asked once per interval, not once per job or per monitor.
probes = sa.Table(
    "probes",
    metadata,
    sa.Column("pipeline", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(96), primary_key=True),
    sa.Column("data_date", sa.Date, primary_key=True),
    sa.Column("ok", sa.Boolean, nullable=False),
    sa.Column("checked_at", Epoch, nullable=False),
    sa.Column("failed_at", Epoch),  # the last check that failed
    sa.Column("detail", sa.Text),
)

schedule_ticks = sa.Table(
    "schedule_ticks",
    metadata,
    sa.Column("pipeline", sa.String(64), primary_key=True),
    sa.Column("schedule", sa.String(96), primary_key=True),
    sa.Column("last_tick_at", Epoch, nullable=False),
)

# Named leases (the scheduler's leadership on SQLite; PostgreSQL uses an advisory lock).
locks = sa.Table(
    "locks",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("holder", sa.String(128), nullable=False),
    sa.Column("expires_at", Epoch, nullable=False),
)

alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # one open alert per key: the dedup key names the problem (e.g. "stuck:shop:2025-12-29:3")
    sa.Column("key", sa.String(255), nullable=False),
    sa.Column("severity", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("details", sa.JSON, nullable=False, default=dict),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("first_seen_at", Epoch, nullable=False),
    sa.Column("last_seen_at", Epoch, nullable=False),
    sa.Column("resolved_at", Epoch),
)
sa.Index("ix_alerts_key_status", alerts.c.key, alerts.c.status)

heartbeats = sa.Table(
    "heartbeats",
    metadata,
    sa.Column("id", sa.String(96), primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("host", sa.String(128), nullable=False),
    sa.Column("pid", sa.Integer, nullable=False),
    sa.Column("started_at", Epoch, nullable=False),
    sa.Column("beat_at", Epoch, nullable=False),
    sa.Column("info", sa.JSON, nullable=False, default=dict),
)
