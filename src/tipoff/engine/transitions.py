"""Runs, phase transitions and completions: every change of their state happens here.

A *run* is one (pipeline, data date, mode). Starting it opens the first phase: a
*transition* row snapshots the processors the phase expects in that mode, gets a deadline
from history, and the phase's jobs are enqueued. Each processor job that succeeds (or is
dead-lettered) records a *completion* in the same transaction as its output, locks the
transition row, asks the policy, and if the policy says so marks the transition triggered
and opens the next phase, still in that transaction. The unique keys on transitions and
jobs make a second trigger (a cron backup, self-heal, a replayed event) a no-op.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import dependencies, preflight, queue, run_params
from tipoff.engine import outcome as run_outcome
from tipoff.engine.fastsql import Sql
from tipoff.engine.pipeline import PipelineDef, ProcessorDef, ScheduleDef
from tipoff.engine.policy import Decision, Expected, decide
from tipoff.engine.schema import jobs, runs, transitions
from tipoff.engine.states import CompletionStatus, JobStatus, RunStatus, TriggerReason
from tipoff.engine.store import Store
from tipoff.errors import QueueError
from tipoff.redact import redact_text

log = structlog.get_logger("tipoff.engine")

HISTORY_WINDOW = 30


@dataclass(frozen=True)
class Run:
    id: int
    pipeline: str
    data_date: date
    mode: str
    correlation_id: str
    status: str
    trigger_source: str
    # resolved when the run started (e.g. which data source, see run_params); every job of
    # the run sees them, over the processor's own params
    params: dict[str, Any] = field(default_factory=dict)
    # where each param came from; None for a run from before params were resolved
    param_origins: dict[str, str] | None = None
    # how often it was rebuilt (see rebuild.py); part of its phase jobs' keys
    generation: int = 0
    rebuild_phase: int | None = None  # a rebuild from this phase is due (see rebuild.py)
    outcome: str | None = None  # why its declared outcome was missed (see outcome.py)


@dataclass(frozen=True)
class Outcome:
    """What recording a completion changed: the phase triggered, the run finished or blocked."""

    triggered_phase: int | None = None
    reason: TriggerReason | None = None
    run_status: RunStatus | None = None
    blocked: str | None = None
    held: str | None = None  # a pre-flight check of the next phase failed (see preflight)


def job_key(
    pipeline: str, data_date: date, mode: str, phase: int, processor: str, generation: int = 0
) -> str:
    """The idempotency key of a phase's job; a rebuilt run's jobs carry its generation."""
    key = f"{pipeline}/{data_date.isoformat()}/{mode}/{phase}/{processor}"
    return f"{key}/rebuild/{generation}" if generation else key


def run_job_key(run: Run, phase: int, processor: str) -> str:
    return job_key(run.pipeline, run.data_date, run.mode, phase, processor, run.generation)


# -- runs -------------------------------------------------------------------------------


def start_run(
    store: Store,
    pipeline: PipelineDef,
    data_date: date,
    mode: str,
    *,
    now: float,
    trigger_source: str = "run",
    params: Mapping[str, Any] | None = None,
    schedule: ScheduleDef | None = None,
) -> Run:
    """Open the run for (pipeline, date, mode) and its first phase; idempotent."""
    with store.transaction() as conn:
        run, _ = start_run_in(
            store,
            conn,
            pipeline,
            data_date,
            mode,
            now=now,
            trigger_source=trigger_source,
            params=params,
            schedule=schedule,
        )
    return run


def start_run_in(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    data_date: date,
    mode: str,
    *,
    now: float,
    trigger_source: str = "run",
    params: Mapping[str, Any] | None = None,
    schedule: ScheduleDef | None = None,
) -> tuple[Run, bool]:
    """``start_run`` inside the caller's transaction; also says whether the run is new
    (so a caller that refuses afterwards rolls the new run back with its own writes).

    A new run's params are resolved here, once (``params`` given explicitly, else the
    ``schedule``'s, else the pipeline's defaults: see ``run_params``); a run that exists
    keeps the params it was created with.
    """
    if mode not in pipeline.modes:
        raise QueueError(
            f"pipeline {pipeline.pipeline!r} has no mode {mode!r} "
            f"(known: {', '.join(pipeline.modes)})"
        )
    resolved = run_params.resolve(pipeline, data_date, mode, params, schedule=schedule)
    stmt = (
        store.upsert_insert(runs)
        .on_conflict_do_nothing(index_elements=["pipeline", "data_date", "mode"])
        .returning(runs.c.id)
    )
    row = conn.execute(
        stmt,
        {
            "pipeline": pipeline.pipeline,
            "data_date": data_date,
            "mode": mode,
            "correlation_id": uuid.uuid4().hex,
            "trigger_source": trigger_source,
            "status": RunStatus.RUNNING.value,
            "params": resolved.values,
            "param_origins": resolved.origins,
            "started_at": now,
        },
    ).first()
    run = _load_run(conn, pipeline.pipeline, data_date, mode)
    if row is not None:
        open_phase(
            store,
            conn,
            pipeline,
            run,
            pipeline.first_phase(),
            now=now,
            trigger_source=trigger_source,
        )
        run = _load_run(conn, pipeline.pipeline, data_date, mode)
    return run, row is not None


def resolved(conn: sa.Connection, pipeline: PipelineDef, run: Run) -> Run:
    """``run`` with its params resolved: a run created before params were resolved (engine
    schema 4 and earlier: no origins) gets them now, once, before more of its jobs are
    enqueued, so its later phases do not run without a source."""
    if run.param_origins is not None:
        return run
    done = run_params.resolve(pipeline, run.data_date, run.mode, run.params)
    conn.execute(
        sa.update(runs)
        .where(runs.c.id == run.id, runs.c.param_origins.is_(None))
        .values(params=done.values, param_origins=done.origins)
    )
    return replace(run, params=done.values, param_origins=done.origins)


def _load_run(conn: sa.Connection, pipeline: str, data_date: date, mode: str) -> Run:
    row = conn.execute(
        sa.select(runs).where(
            runs.c.pipeline == pipeline, runs.c.data_date == data_date, runs.c.mode == mode
        )
    ).one()
    return _run_from(row)


def _run_from(row: Any) -> Run:
    m = row._mapping
    return Run(
        id=m["id"],
        pipeline=m["pipeline"],
        data_date=m["data_date"],
        mode=m["mode"],
        correlation_id=m["correlation_id"],
        status=m["status"],
        trigger_source=m["trigger_source"],
        params=dict(m["params"] or {}),
        param_origins=None if m["param_origins"] is None else dict(m["param_origins"]),
        generation=int(m["generation"] or 0),
        rebuild_phase=m["rebuild_phase"],
        outcome=m["outcome"],
    )


def get_run(conn: sa.Connection, run_id: int) -> Run:
    m = dict(zip(_RUN_COLUMNS, _SELECT_RUN.run(conn, {"run_id": run_id}).one(), strict=True))
    if isinstance(m["data_date"], str):  # SQLite hands dates and JSON back as text
        m["data_date"] = date.fromisoformat(m["data_date"])
    for key in ("params", "param_origins"):
        if isinstance(m[key], str):
            m[key] = json.loads(m[key])
    m["params"] = m["params"] or {}
    return Run(**m)


def find_run(conn: sa.Connection, pipeline: str, data_date: date, mode: str) -> Run | None:
    row = conn.execute(
        sa.select(runs).where(
            runs.c.pipeline == pipeline, runs.c.data_date == data_date, runs.c.mode == mode
        )
    ).first()
    return None if row is None else _run_from(row)


def pending_jobs(conn: sa.Connection, run_id: int) -> int:
    return int(
        conn.execute(
            sa.select(sa.func.count())
            .select_from(jobs)
            .where(
                jobs.c.run_id == run_id,
                jobs.c.status.in_(
                    [JobStatus.QUEUED.value, JobStatus.RETRY.value, JobStatus.RUNNING.value]
                ),
            )
        ).scalar_one()
    )


# -- phases -----------------------------------------------------------------------------


def open_phase(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    run: Run,
    phase: int,
    *,
    now: float,
    trigger_source: str,
    processors: Sequence[str] | None = None,
) -> Outcome:
    """Create phase ``phase``'s transition (idempotent) and enqueue its jobs.

    A phase with nothing to run in this mode triggers at once and opens the next one.
    ``processors`` narrows the enqueued jobs (a manual trigger of some processors).
    """
    run = resolved(conn, pipeline, run)
    expected = pipeline.expected(phase, run.mode)
    snapshot = [{"name": p.name, "critical": p.critical} for p in expected]
    deadline = now + _deadline_span(conn, pipeline, run.mode, phase)
    row = conn.execute(
        store.statement("transitions.insert", _build_insert_transition),
        {
            "run_id": run.id,
            "pipeline": run.pipeline,
            "data_date": run.data_date,
            "mode": run.mode,
            "phase": phase,
            "expected": snapshot,
            "started_at": now,
            "deadline_at": deadline,
            "triggered": False,
        },
    ).first()
    if row is None:
        transition_id = conn.execute(
            _SELECT_TRANSITION_ID,
            {
                "pipeline": run.pipeline,
                "data_date": run.data_date,
                "mode": run.mode,
                "phase": phase,
            },
        ).scalar_one()
    else:
        transition_id = row[0]
    wanted = [p for p in expected if processors is None or p.name in processors]
    queue.enqueue(
        store,
        conn,
        phase_job_specs(pipeline, run, phase, wanted, transition_id, trigger_source),
        now=now,
        return_ids=False,
    )
    if not expected and row is not None:
        return evaluate(store, conn, pipeline, transition_id, now=now)
    return Outcome()


def phase_job_specs(
    pipeline: PipelineDef,
    run: Run,
    phase: int,
    processors: Sequence[ProcessorDef],
    transition_id: int,
    trigger_source: str,
    *,
    key_suffix: str = "",
) -> list[queue.JobSpec]:
    """The jobs of a phase's processors for a run; ``key_suffix`` makes a re-run's keys
    fresh (a manual re-run, a re-run after a late upstream completion)."""
    return [
        queue.JobSpec(
            key=run_job_key(run, phase, p.name) + key_suffix,
            pipeline=run.pipeline,
            processor=p.name,
            phase=phase,
            mode=run.mode,
            data_date=run.data_date,
            params={**p.params, **run.params},
            transition_id=transition_id,
            run_id=run.id,
            max_attempts=pipeline.max_attempts(p),
            timeout_s=pipeline.timeout_s(p),
            correlation_id=run.correlation_id,
            trigger_source=trigger_source,
        )
        for p in processors
    ]


_P95_CACHE: dict[tuple[str, str, str, int], tuple[float, list[float]]] = {}
HISTORY_CACHE_S = 60.0


def _deadline_span(conn: sa.Connection, pipeline: PipelineDef, mode: str, phase: int) -> float:
    """max(floor, multiple x p95 of this phase's past durations).

    The history is read at most once a minute per phase and process: it moves slowly, and
    reading it on every phase start would tax the trigger path.
    """
    policy = pipeline.policy(phase)
    cache_key = (str(conn.engine.url), pipeline.pipeline, mode, phase)
    cached = _P95_CACHE.get(cache_key)
    clock_now = time.monotonic()
    if cached is not None and clock_now - cached[0] < HISTORY_CACHE_S:
        durations = cached[1]
    else:
        durations = sorted(phase_durations(conn, pipeline.pipeline, mode, phase))
        _P95_CACHE[cache_key] = (clock_now, durations)
    if not durations:
        return policy.deadline_floor_s
    p95 = durations[min(len(durations) - 1, math.ceil(0.95 * len(durations)) - 1)]
    return max(policy.deadline_floor_s, policy.deadline_p95_multiple * p95)


def phase_durations(conn: sa.Connection, pipeline: str, mode: str, phase: int) -> list[float]:
    """Seconds from start to trigger of the phase's last completed runs (newest first)."""
    rows = conn.execute(_HISTORY, {"pipeline": pipeline, "mode": mode, "phase": phase})
    return [float(d) for (d,) in rows if d is not None]


# -- completions and triggers -----------------------------------------------------------


# Locking the transition row serialises completions of one phase (PostgreSQL): without it
# two processors finishing at once could each miss the other's uncommitted completion, and
# neither would trigger. On SQLite, BEGIN IMMEDIATE already serialises writers.
_LOCK_TRANSITION = Sql(
    """
    SELECT id, run_id, phase, mode, expected, deadline_at, triggered, blocked_reason, holds,
           held_until
    FROM transitions WHERE id = :tid FOR UPDATE
    """
)
_SELECT_TRANSITION_ID = sa.select(transitions.c.id).where(
    transitions.c.pipeline == sa.bindparam("pipeline"),
    transitions.c.data_date == sa.bindparam("data_date"),
    transitions.c.mode == sa.bindparam("mode"),
    transitions.c.phase == sa.bindparam("phase"),
)
_HISTORY = (
    sa.select((transitions.c.triggered_at - transitions.c.started_at).label("duration"))
    .where(
        transitions.c.pipeline == sa.bindparam("pipeline"),
        transitions.c.mode == sa.bindparam("mode"),
        transitions.c.phase == sa.bindparam("phase"),
        transitions.c.trigger_reason == TriggerReason.ALL_COMPLETE.value,
    )
    .order_by(transitions.c.id.desc())
    .limit(HISTORY_WINDOW)
)
_MARK_TRIGGERED = Sql(
    """
    UPDATE transitions SET triggered = TRUE, triggered_at = :now, trigger_reason = :reason,
                           blocked_reason = NULL, held_until = NULL, hold_reason = NULL,
                           bypassed = :bypassed
    WHERE id = :tid AND triggered = FALSE
    """
)
_HOLD = Sql(
    """
    UPDATE transitions SET held_until = :until, hold_reason = :reason, holds = holds + 1
    WHERE id = :tid AND triggered = FALSE
    """
)
# asked again before its next try (a job of the phase finished meanwhile, e.g. a re-run
# the hold started): the reason is brought up to date, the try is not counted
_HOLD_REASON = Sql(
    """
    UPDATE transitions SET hold_reason = :reason WHERE id = :tid AND triggered = FALSE
    """
)
_RUN_COLUMNS = (
    "id", "pipeline", "data_date", "mode", "correlation_id", "status", "trigger_source", "params",
    "param_origins",
    "generation", "rebuild_phase", "outcome",
)  # fmt: skip
_SELECT_RUN = Sql(f"SELECT {', '.join(_RUN_COLUMNS)} FROM runs WHERE id = :run_id")
_SET_RUN_STATUS = Sql(
    "UPDATE runs SET status = :status, finished_at = :finished_at WHERE id = :run_id"
)


def _build_insert_transition(store: Store) -> Any:
    return (
        store.upsert_insert(transitions)
        .on_conflict_do_nothing(index_elements=["pipeline", "data_date", "mode", "phase"])
        .returning(transitions.c.id)
    )


_LOCK_COLUMNS = (
    "id", "run_id", "phase", "mode", "expected", "deadline_at", "triggered", "blocked_reason",
    "holds", "held_until",
)  # fmt: skip
_SELECT_COMPLETIONS = Sql("SELECT processor, status FROM completions WHERE transition_id = :tid")
_UPSERT_COMPLETION = Sql(
    """
    INSERT INTO completions (transition_id, processor, status, records, job_id, finished_at)
    VALUES (:transition_id, :processor, :status, :records, :job_id, :finished_at)
    ON CONFLICT (transition_id, processor) DO UPDATE SET
        status = excluded.status, records = excluded.records, job_id = excluded.job_id,
        finished_at = excluded.finished_at
    """
)


def record_completion(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    *,
    transition_id: int,
    processor: str,
    status: CompletionStatus,
    job_id: int | None,
    records: int,
    now: float,
) -> Outcome:
    """Record a processor's completion for its phase and act on the policy's decision."""
    return record_completions(
        store,
        conn,
        pipeline,
        transition_id=transition_id,
        completed=[Completed(processor, status, job_id, records)],
        now=now,
    )


@dataclass(frozen=True)
class Completed:
    """One processor's completion, as recorded against its phase."""

    processor: str
    status: CompletionStatus
    job_id: int | None
    records: int
    # a producer re-run for a retried dead consumer (``manual.retry_with_inputs``): what it
    # changes reaches the later phases through that consumer's own completion
    repair: bool = False


def record_completions(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    *,
    transition_id: int,
    completed: Sequence[Completed],
    now: float,
) -> Outcome:
    """Record several completions of one phase at once, then ask the policy once.

    Completions landing after the phase triggered are *late*: the policy has nothing left
    to decide, but a next phase declared ``rerun_on_late`` runs again (see
    ``rerun_downstream``), and otherwise the run is rebuilt from the next phase (see
    ``rebuild_after_late``).
    """
    tm = lock_transition(conn, transition_id)
    _UPSERT_COMPLETION.run_many(
        conn,
        [
            {
                "transition_id": transition_id,
                "processor": c.processor,
                "status": c.status.value,
                "records": c.records,
                "job_id": c.job_id,
                "finished_at": now,
            }
            for c in completed
        ],
    )
    if tm["triggered"]:
        rerun_downstream(store, conn, pipeline, tm, completed, now=now)
        rebuild_after_late(store, conn, pipeline, tm, completed, now=now)
        if tm["phase"] == pipeline.last_phase() and any(
            c.status is CompletionStatus.SUCCEEDED for c in completed
        ):  # the last phase ran again: has the day's outcome changed?
            run_outcome.reassess(conn, pipeline, run_id=tm["run_id"], now=now)
        return Outcome()
    return _evaluate_locked(store, conn, pipeline, tm, now=now)


LATE_SOURCE = "late"  # trigger source of the jobs a late upstream completion re-runs


def rerun_downstream(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    completed: Sequence[Completed],
    *,
    now: float,
) -> list[str]:
    """After late successes in a triggered phase, enqueue the next phase's processors
    again if it is declared ``rerun_on_late``; returns the processors enqueued.

    Exactly once per change: the new keys name the late completions (processor, job,
    records), so the same change recorded twice enqueues nothing more, while a new job or
    a new record count (a fan-out whose retried children succeeded) is a new change. The
    re-run's own completions land late in their (triggered) phase in turn, so a chain of
    ``rerun_on_late`` phases catches up phase by phase.
    """
    late = sorted(
        (c for c in completed if c.status is CompletionStatus.SUCCEEDED),
        key=lambda c: (c.processor, c.job_id or 0),
    )
    nxt = pipeline.next_phase(tm["phase"])
    if not late or nxt is None or not pipeline.phase(nxt).rerun_on_late:
        return []
    run = get_run(conn, tm["run_id"])
    target = conn.execute(
        _SELECT_TRANSITION_ID,
        {"pipeline": run.pipeline, "data_date": run.data_date, "mode": run.mode, "phase": nxt},
    ).scalar_one_or_none()
    wanted = pipeline.expected(nxt, run.mode)
    if target is None or not wanted:
        return []
    change = ";".join(f"{c.processor}:{c.job_id}:{c.records}" for c in late)
    digest = hashlib.sha256(change.encode()).hexdigest()[:16]
    queue.enqueue(
        store,
        conn,
        phase_job_specs(
            pipeline, run, nxt, wanted, target, LATE_SOURCE, key_suffix=f"/late/{digest}"
        ),
        now=now,
        return_ids=False,
    )
    log.info(
        "late_completion_rerun",
        pipeline=run.pipeline,
        data_date=run.data_date.isoformat(),
        mode=run.mode,
        phase=tm["phase"],
        late=[c.processor for c in late],
        rerun_phase=nxt,
        rerun=[p.name for p in wanted],
    )
    return [p.name for p in wanted]


def rebuild_after_late(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    completed: Sequence[Completed],
    *,
    now: float,
) -> None:
    """After late successes in a triggered phase (an optional processor retried after its
    dead letter, a straggler past a quorum trigger, a fan-out lifted by retried children),
    in the same transaction: what was built on the phase without them is built again.

    - the runs of other dates (or of the same date) that read this phase are marked for
      rebuild, as when the phase completes (``dependencies.phase_done``);
    - if a job of this run's later phases has started (it may have read the phase without
      them) and the next phase is not ``rerun_on_late`` (``rerun_downstream`` does that
      one): the next phase's processors that read a late one (``input_from``) run again
      under fresh keys, their own late success carrying the change on (a raw phase is not
      reloaded as a whole: an old document loaded again over newer rows would undo them);
      with no such reader, the run is marked for rebuild from the next phase (``rebuild``).

    A repair's producer re-run is left out: its retried consumer's completion carries the
    change on (marking here would build the later phases twice).
    """
    late = sorted(
        (c for c in completed if c.status is CompletionStatus.SUCCEEDED and not c.repair),
        key=lambda c: (c.processor, c.job_id or 0),
    )
    if not late:
        return
    run = get_run(conn, tm["run_id"])
    dependencies.phase_done(conn, pipeline, run, tm["phase"], now=now)
    nxt = pipeline.next_phase(tm["phase"])
    if nxt is None or pipeline.phase(nxt).rerun_on_late:
        return
    if not _later_work_started(conn, run.id, tm["phase"]):
        return  # nothing after it has read anything yet: it will read them too
    names = sorted({c.processor for c in late})
    readers = [p for p in pipeline.expected(nxt, run.mode) if p.input_from in names]
    if readers:
        target = conn.execute(
            _SELECT_TRANSITION_ID,
            {"pipeline": run.pipeline, "data_date": run.data_date, "mode": run.mode, "phase": nxt},
        ).scalar_one()
        change = ";".join(f"{c.processor}:{c.job_id}:{c.records}" for c in late)
        digest = hashlib.sha256(change.encode()).hexdigest()[:16]
        specs = phase_job_specs(
            pipeline, run, nxt, readers, target, LATE_SOURCE, key_suffix=f"/late/{digest}"
        )
        queue.enqueue(store, conn, specs, now=now, return_ids=False)
        log.info(
            "late_completion_readers", run_id=run.id, late=names, rerun=[p.name for p in readers]
        )
        return
    name = pipeline.phase(tm["phase"]).name
    dependencies.mark_rebuild(
        conn,
        runs.c.id == run.id,
        nxt,
        f"{', '.join(names)} of phase {tm['phase']} ({name}) succeeded after the phase had "
        "triggered",
    )
    log.info("late_completion_rebuild", run_id=run.id, late=names, rebuild_phase=nxt)


def _later_work_started(conn: sa.Connection, run_id: int, phase: int) -> bool:
    """Whether a job of the run's current build of a phase after ``phase`` has started
    (one still queued for its first attempt has read nothing yet)."""
    t = transitions.c
    current = sa.select(t.id).where(t.run_id == run_id, t.phase > phase).scalar_subquery()
    started = conn.execute(
        sa.select(jobs.c.id)
        .where(
            jobs.c.transition_id.in_(current),
            sa.or_(jobs.c.status != JobStatus.QUEUED.value, jobs.c.attempts > 0),
        )
        .limit(1)
    ).first()
    return started is not None


def lock_transition(conn: sa.Connection, transition_id: int) -> dict[str, Any]:
    row = _LOCK_TRANSITION.run(conn, {"tid": transition_id}).one()
    tm = dict(zip(_LOCK_COLUMNS, row, strict=True))
    if isinstance(tm["expected"], str):  # SQLite hands JSON back as text
        tm["expected"] = json.loads(tm["expected"])
    return tm


def evaluate(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    transition_id: int,
    *,
    now: float,
    trigger_source: str = preflight.IN_WORKER_SOURCE,
) -> Outcome:
    """Ask the policy about one transition; trigger it (and open the next phase) if due."""
    tm = lock_transition(conn, transition_id)
    return _evaluate_locked(store, conn, pipeline, tm, now=now, trigger_source=trigger_source)


def _evaluate_locked(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Any,
    *,
    now: float,
    trigger_source: str = preflight.IN_WORKER_SOURCE,
) -> Outcome:
    transition_id = tm["id"]
    if tm["triggered"]:
        return Outcome()
    decision = decide_for(conn, tm, now=now, quorum=pipeline.policy(tm["phase"]).quorum)
    if decision.trigger:
        assert decision.reason is not None
        return trigger(
            store, conn, pipeline, tm, decision.reason, now=now, trigger_source=trigger_source
        )
    if decision.blocked and decision.blocked != tm["blocked_reason"]:
        conn.execute(
            sa.update(transitions)
            .where(transitions.c.id == transition_id)
            .values(blocked_reason=decision.blocked)
        )
        _SET_RUN_STATUS.run(
            conn, {"run_id": tm["run_id"], "status": RunStatus.BLOCKED.value, "finished_at": None}
        )
        if dependencies.is_in_order(run_source := get_run(conn, tm["run_id"]).trigger_source):
            dependencies.wake_in_order(conn, run_source, now=now)  # a stopped date
        return Outcome(run_status=RunStatus.BLOCKED, blocked=decision.blocked)
    return Outcome()


def completion_states(conn: sa.Connection, transition_id: int) -> dict[str, str]:
    """processor → completion status recorded for a transition."""
    return {r[0]: r[1] for r in _SELECT_COMPLETIONS.run(conn, {"tid": transition_id})}


def criticals_done(tm: Mapping[str, Any], done: Mapping[str, str]) -> bool:
    """Whether every critical processor of a locked transition (``lock_transition``)
    succeeded, given its completions (``completion_states``)."""
    return all(
        done.get(e["name"]) == CompletionStatus.SUCCEEDED for e in tm["expected"] if e["critical"]
    )


def decide_for(conn: sa.Connection, tm: Any, *, now: float, quorum: float) -> Decision:
    done = completion_states(conn, tm["id"])
    expected = [Expected(e["name"], bool(e["critical"])) for e in tm["expected"]]
    return decide(expected, done, now=now, deadline=tm["deadline_at"], quorum=quorum)


def trigger(
    store: Store,
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Any,
    reason: TriggerReason,
    *,
    now: float,
    trigger_source: str = preflight.IN_WORKER_SOURCE,
    processors: Sequence[str] | None = None,
    skip_checks: bool = False,
) -> Outcome:
    """Mark the transition triggered (exactly once) and open the next phase or finish the run.

    The next phase's pre-flight checks run first (unless ``skip_checks``); a failure holds
    the transition instead (see ``preflight``).
    """
    if tm["triggered"]:
        return Outcome()  # exactly once: someone else got there first
    nxt = pipeline.next_phase(tm["phase"])
    run: Run | None = None
    if nxt is not None and not skip_checks:
        run, why, failed = _hold_reason(
            conn, pipeline, tm, nxt, now=now, trigger_source=trigger_source
        )
        if why is not None:
            held_until = tm.get("held_until")
            if held_until is not None and now < held_until:
                _HOLD_REASON.run(conn, {"tid": tm["id"], "reason": why})
                return Outcome(held=why)
            wait = preflight.backoff_s(pipeline, tm["phase"], int(tm["holds"] or 0))
            _HOLD.run(conn, {"tid": tm["id"], "until": now + wait, "reason": why})
            if failed and run is not None:
                from tipoff.engine import remedy  # it enqueues through this module

                remedy.rerun_for_hold(store, conn, pipeline, tm, run, nxt, failed, now=now)
            return Outcome(held=why)
    result = _MARK_TRIGGERED.run(
        conn, {"tid": tm["id"], "now": now, "reason": reason.value, "bypassed": skip_checks}
    )
    if result.rowcount != 1:
        return Outcome()
    run = run or get_run(conn, tm["run_id"])
    # later dates that read this phase: wake those waiting, rebuild those built without it
    dependencies.phase_done(conn, pipeline, run, tm["phase"], now=now)
    if nxt is None:  # the run is finished: complete, or complete_degraded by its outcome
        finished = run_outcome.finish(conn, pipeline, run_id=run.id, now=now)
        if dependencies.is_in_order(run.trigger_source):  # the next dates may go on
            dependencies.wake_in_order(conn, run.trigger_source, now=now)
        return Outcome(triggered_phase=tm["phase"], reason=reason, run_status=finished)
    if run.status == RunStatus.BLOCKED.value:
        _SET_RUN_STATUS.run(
            conn, {"run_id": run.id, "status": RunStatus.RUNNING.value, "finished_at": None}
        )
    following = open_phase(
        store,
        conn,
        pipeline,
        run,
        nxt,
        now=now,
        trigger_source=trigger_source,
        processors=processors,
    )
    return Outcome(
        triggered_phase=tm["phase"],
        reason=reason,
        run_status=following.run_status,
        blocked=following.blocked,
    )


def _hold_reason(
    conn: sa.Connection,
    pipeline: PipelineDef,
    tm: Mapping[str, Any],
    nxt: int,
    *,
    now: float,
    trigger_source: str,
) -> tuple[Run | None, str | None, tuple[str, ...]]:
    """Why phase ``nxt`` may not open yet, or None: an earlier date it reads is not done
    (``dependencies``), else a failed pre-flight check (``preflight``); either holds the
    transition the same way. Also the run, when it had to be read to ask, and the names
    of the pre-flight checks that failed."""
    mode = tm["mode"]
    if not pipeline.date_dependencies(nxt, mode) and not pipeline.preflight(nxt, mode):
        return None, None, ()  # the common case: nothing to ask, nothing read
    run = get_run(conn, tm["run_id"])
    waiting = dependencies.waiting_for(conn, pipeline, run, nxt)
    if waiting is not None:
        return run, waiting, ()
    if pipeline.date_dependencies(nxt, mode):  # a mode that does not wait: say so, go on
        without = dependencies.built_without(conn, pipeline, run.pipeline, run.data_date, mode)
        if without is not None:
            log.warning(
                "built_without_earlier_date",
                pipeline=run.pipeline,
                data_date=run.data_date.isoformat(),
                mode=mode,
                phase=nxt,
                reason=without,
            )
    verdict = preflight.run_checks(
        conn,
        pipeline,
        data_date=run.data_date,
        mode=run.mode,
        phase=nxt,
        run_params=run.params,
        now=now,
        trigger_source=trigger_source,
    )
    return run, None if verdict.ok else verdict.reason, verdict.failed_checks


def sweep_deadlines(store: Store, pipelines: dict[str, PipelineDef], *, now: float) -> int:
    """Evaluate every open transition whose deadline passed (quorum-timeout triggers) or
    whose pre-flight hold expired (the checks are asked again). A held transition waits for
    its hold to expire even past its deadline: the backoff is what spares the checks."""
    t = transitions.c
    with store.read() as conn:
        due = conn.execute(
            sa.select(t.id, t.pipeline)
            .where(
                t.triggered.is_(False),
                sa.or_(
                    sa.and_(t.deadline_at <= now, t.held_until.is_(None)),
                    t.held_until <= now,
                ),
                t.blocked_reason.is_(None),
            )
            .order_by(t.id)
        ).all()
    fired = 0
    failed: list[str] = []
    for transition_id, name in due:
        pipeline = pipelines.get(name)
        if pipeline is None:
            continue
        try:
            with store.transaction() as conn:
                outcome = evaluate(store, conn, pipeline, transition_id, now=now)
        except Exception as exc:
            if isinstance(exc, sa.exc.DBAPIError) and store.is_transient(exc):
                raise  # the database itself: every other transition would fail the same way
            # one transition that cannot be evaluated must not starve the deadlines behind it
            failed.append(_sweep_failure(transition_id, exc))
            continue
        fired += outcome.triggered_phase is not None
    if failed:
        raise SweepIncomplete(
            f"{len(failed)} of {len(due)} due transitions could not be evaluated "
            f"({fired} fired): {failed[0]}"
        )
    return fired


class SweepIncomplete(RuntimeError):
    """Some due transitions raised; every other one was still evaluated."""


def _sweep_failure(transition_id: int, exc: Exception) -> str:
    error = redact_text(str(exc).strip().splitlines()[0] if str(exc).strip() else "")
    what = f"transition {transition_id}: {type(exc).__name__}: {error}".rstrip(": ")
    log.warning("deadline_sweep_error", transition_id=transition_id, error=what)
    return what


def bypassed_phases(conn: sa.Connection, pipeline: str, data_date: date, mode: str) -> list[int]:
    """Phases of a run triggered past their checks (forced by hand or by self-heal)."""
    rows = conn.execute(
        sa.select(transitions.c.phase)
        .where(
            transitions.c.pipeline == pipeline,
            transitions.c.data_date == data_date,
            transitions.c.mode == mode,
            transitions.c.bypassed.is_(True),
        )
        .order_by(transitions.c.phase)
    )
    return [int(p) for (p,) in rows]
