"""Running one claimed job: call its processor, then commit the outcome in one transaction.

Success: fence the job (still ours?), apply the processor's writes, record the phase
completion and let the policy trigger the next phase, append the execution-log row; one
commit. Failure: a pure retry decision sends the job to ``retry`` or to the dead letters;
a dead job also records a dead completion so the phase can degrade (optional processor)
or report itself blocked (critical processor).

Attempts lost to infrastructure are not the processor's failures and do not spend its
attempts: a worker that died (its lease ran out before the job's timeout), a call refused
by an open circuit breaker (retried once the breaker lets a trial through), a commit whose
database connection dropped (kept and committed again by the worker). They are counted in
``infra_attempts`` instead, bounded by ``INFRA_ATTEMPT_LIMIT`` so a job that kills every
worker still ends. A job still running at its timeout is the processor's failure.
"""

from __future__ import annotations

import os
import random
import time
import traceback as tb
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import batches, manual, queue, transitions
from tipoff.engine.clock import Clock
from tipoff.engine.fastsql import Sql
from tipoff.engine.pipeline import PipelineDef, RetryPolicy
from tipoff.engine.queue import Job
from tipoff.engine.registry import JobContext, Registry, Result
from tipoff.engine.retry import RetryDecision, decide_retry
from tipoff.engine.states import CompletionStatus, ExecutionStatus, JobStatus
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen, LeaseLost, TipoffError

log = structlog.get_logger("tipoff.engine")

_TIMEOUT_SLACK_S = 1e-3  # float rounding between a lease's end and the job's timeout

_MAX_ERROR_CHARS = 4000
# Attempts a job may lose to infrastructure before it is dead-lettered all the same.
INFRA_ATTEMPT_LIMIT = 20
_COLUMNS = (
    "execution_id, job_id, pipeline, processor, phase, mode, data_date, trigger_source, "
    "correlation_id, status, attempt, records, error, worker_id, queued_at, started_at, "
    "finished_at"
)
_INSERT_LOG = Sql(
    f"INSERT INTO execution_log ({_COLUMNS}) VALUES "
    f"({', '.join(':' + c.strip() for c in _COLUMNS.split(','))})"
)


@dataclass(frozen=True)
class JobReport:
    """What happened to one job: its new state and what it changed downstream."""

    job: Job
    status: JobStatus | None  # None when the lease was lost (another worker owns it)
    outcome: transitions.Outcome
    error: str | None = None


@dataclass
class Finished:
    """A job whose processor returned (or raised), waiting for its commit."""

    job: Job
    started: float
    result: Result | None = None
    error: str | None = None
    trace: str | None = None
    # refused by an open circuit breaker that lets a trial call through at this time: the
    # attempt is not the processor's failure and waits for the breaker
    retry_at: float | None = None


class Executor:
    """Runs claimed jobs for a set of pipelines and commits what they produced.

    ``execute`` only calls the processor (it may take seconds, on any thread); ``commit``
    writes the outcomes of any number of finished jobs in ONE transaction (group commit),
    optionally claiming the next jobs in the same transaction. Each job's writes run in a
    savepoint, so one failing write fails only its own job; output and completion of each
    job still commit together.
    """

    def __init__(
        self,
        store: Store,
        pipelines: Mapping[str, PipelineDef],
        registry: Registry,
        *,
        clock: Clock,
        worker_id: str,
        resources: Mapping[str, Any] | None = None,
        rng: random.Random | None = None,
        infra_attempt_limit: int = INFRA_ATTEMPT_LIMIT,
    ) -> None:
        self.store = store
        self.infra_attempt_limit = infra_attempt_limit
        self.pipelines = dict(pipelines)
        self.registry = registry
        self.clock = clock
        self.worker_id = worker_id
        self.resources = dict(resources or {})
        self.rng = rng or random.Random()

    def run(self, job: Job) -> JobReport:
        """Execute and commit one job (the serial path)."""
        reports, _ = self.commit([self.execute(job)])
        return reports[0]

    def execute(self, job: Job) -> Finished:
        started = self.clock.now()
        ctx = JobContext(
            job_id=job.id,
            pipeline=job.pipeline,
            processor=job.processor,
            phase=job.phase,
            mode=job.mode,
            data_date=job.data_date,
            params=job.params,
            attempt=job.attempts,
            max_attempts=job.max_attempts,
            correlation_id=job.correlation_id,
            trigger_source=job.trigger_source,
            worker_id=self.worker_id,
            store=self.store,
            clock=self.clock,
            resources=self.resources,
        )
        try:
            fn = self.registry.get(job.processor)
            return Finished(job, started, result=fn(ctx) or Result())
        except CircuitOpen as exc:
            return Finished(
                job, started, error=_describe(exc), trace=tb.format_exc(), retry_at=exc.retry_at
            )
        except Exception as exc:  # a processor's failure is data, not a crash of the worker
            return Finished(job, started, error=_describe(exc), trace=tb.format_exc())

    def commit(
        self, finished: Sequence[Finished], *, claim: int = 0, lease_s: float = 30.0
    ) -> tuple[list[JobReport], list[Job]]:
        """Commit finished jobs and claim up to ``claim`` new ones, in one transaction."""
        # Each completion locks its phase's transition row. Taking those locks in one global
        # order (transition, then job) keeps two workers' batches from deadlocking.
        finished = sorted(finished, key=lambda f: (f.job.transition_id or 0, f.job.id))
        try:
            with self.store.transaction() as conn:
                reports = self._apply_batch(conn, finished)
                claimed = self._claim(conn, claim, lease_s)
            return reports, claimed
        except Exception as exc:
            if not finished or self._connection_lost(exc):
                # Nothing of it committed, and not the jobs' fault: the caller keeps them and
                # commits them again (or their leases run out: attempts lost, not charged).
                raise
            if len(finished) == 1 and claim == 0:
                f = finished[0]
                if f.result is None:
                    message, trace = f.error or "failed", f.trace
                else:
                    message, trace = _describe(exc), tb.format_exc()
                report = self.fail(f.job, message, trace, started=f.started, retry_at=f.retry_at)
                return [report], []
        # The batch failed as a whole: commit one by one so one job cannot sink the others.
        reports = []
        for f in finished:
            reports.extend(self.commit([f])[0])
        with self.store.transaction() as conn:
            claimed = self._claim(conn, claim, lease_s)
        return reports, claimed

    def _connection_lost(self, exc: BaseException) -> bool:
        """Whether a failed commit is the database's doing: its connection dropped, or the
        database cannot be reached at all (asked with a fresh connection)."""
        if _is_disconnect(exc):
            return True
        if not isinstance(exc, sa.exc.DBAPIError):
            return False
        try:
            with self.store.read() as conn:
                conn.execute(sa.text("SELECT 1"))
        except sa.exc.DBAPIError:
            return True
        return False

    def _claim(self, conn: sa.Connection, limit: int, lease_s: float) -> list[Job]:
        if limit <= 0:
            return []
        return queue.claim_in(
            conn, worker_id=self.worker_id, limit=limit, now=self.clock.now(), lease_s=lease_s
        )

    def _apply_batch(self, conn: sa.Connection, finished: Sequence[Finished]) -> list[JobReport]:
        """Write a batch's outcomes with as few statements as possible.

        Jobs without writes are fenced in one pipelined statement; jobs with writes each get
        a savepoint (when the batch has others to protect); completions are recorded once
        per phase (one lock, one policy decision); execution-log rows go in one batch.
        """
        now = self.clock.now()
        isolate = len(finished) > 1
        reports: dict[int, JobReport] = {}
        # per transition: the completions to record, each with the jobs whose reports it ends
        completed: dict[int, list[tuple[list[int], transitions.Completed]]] = {}
        touched: dict[int, list[int]] = {}  # batch id -> children finishing in this commit
        logs: list[dict[str, Any]] = []

        def complete(job: Job, status: CompletionStatus, records: int) -> None:
            if job.batch_id is not None:
                touched.setdefault(job.batch_id, []).append(job.id)
            if job.transition_id is not None:
                repair = job.trigger_source == manual.REPAIR_SOURCE
                completed.setdefault(job.transition_id, []).append(
                    (
                        [job.id],
                        transitions.Completed(job.processor, status, job.id, records, repair),
                    )
                )

        def succeeded(f: Finished, records: int) -> None:
            reports[f.job.id] = JobReport(f.job, JobStatus.SUCCEEDED, transitions.Outcome())
            logs.append(
                self._log_row(
                    f.job,
                    ExecutionStatus.SUCCEEDED,
                    records=records,
                    error=None,
                    started=f.started,
                    finished=now,
                )
            )
            fan_out = f.result.fan_out if f.result is not None else None
            if fan_out is not None and fan_out.children:
                # the parent completes for its phase when its children have settled
                batches.open_batch(self.store, conn, self._pipeline(f.job), f.job, fan_out, now=now)
                if f.job.batch_id is not None:
                    touched.setdefault(f.job.batch_id, []).append(f.job.id)
                return
            complete(f.job, CompletionStatus.SUCCEEDED, records)
            if f.job.trigger_source == manual.REPAIR_SOURCE:  # its readers' turn now
                manual.requeue_consumers(self.store, conn, self._pipeline(f.job), f.job, now=now)

        def failed(f: Finished, message: str, trace: str | None) -> None:
            status, message = self._mark_failed(
                conn, f.job, self._decide(f.job), message, trace, now, uncharged_until=f.retry_at
            )
            if status is None:
                reports[f.job.id] = JobReport(f.job, None, transitions.Outcome(), message)
                return
            reports[f.job.id] = JobReport(f.job, status, transitions.Outcome(), message)
            dead = status is JobStatus.DEAD
            if dead:
                exec_status = ExecutionStatus.DEAD
            elif f.retry_at is not None:
                exec_status = ExecutionStatus.DEFERRED
            else:
                exec_status = ExecutionStatus.FAILED
            logs.append(
                self._log_row(
                    f.job,
                    exec_status,
                    records=None,
                    error=message,
                    started=f.started,
                    finished=now,
                )
            )
            if dead:
                complete(f.job, CompletionStatus.DEAD, 0)

        plain = [f for f in finished if f.result is not None and f.result.write is None]
        if plain:
            ours = queue.mark_succeeded_many(
                conn,
                [(f.job, f.result.records, _failed_items(f.result)) for f in plain if f.result],
                now=now,
            )
            for f in plain:
                assert f.result is not None
                if f.job.id in ours:
                    succeeded(f, f.result.records)
                else:
                    reports[f.job.id] = self._lost(f.job)
        for f in finished:
            if f.job.id in reports:
                continue
            if f.result is None:
                failed(f, f.error or "failed", f.trace)
                continue
            savepoint = conn.begin_nested() if isolate else None
            try:
                queue.mark_succeeded(
                    conn,
                    f.job,
                    now=now,
                    records=f.result.records,
                    items_failed=_failed_items(f.result),
                )
                records = f.result.records
                assert f.result.write is not None
                written = f.result.write(conn)
                if written is not None and written != records:
                    records = written
                    queue.set_records(conn, f.job.id, records)
            except LeaseLost:
                if savepoint is not None:
                    savepoint.rollback()
                reports[f.job.id] = self._lost(f.job)
                continue
            except Exception as exc:
                if savepoint is None:
                    raise
                savepoint.rollback()
                failed(f, _describe(exc), tb.format_exc())
                continue
            if savepoint is not None:
                savepoint.commit()
            succeeded(f, records)
        # Fan-outs whose last children just finished complete their parent (batches first,
        # then transitions, each in id order: the lock order everywhere).
        for done in batches.settle(conn, touched, now=now):
            parent_completion = self._settled(conn, done, now=now)
            if done.transition_id is not None:
                completed.setdefault(done.transition_id, []).append(
                    (touched[done.batch_id], parent_completion)
                )
        # One lock and one decision per phase, phases in id order (see commit()).
        for transition_id in sorted(completed):
            group = completed[transition_id]
            outcome = transitions.record_completions(
                self.store,
                conn,
                self._pipeline(reports[group[0][0][0]].job),
                transition_id=transition_id,
                completed=[c for _, c in group],
                now=now,
            )
            for job_ids, _ in group:
                for job_id in job_ids:
                    reports[job_id] = replace(reports[job_id], outcome=outcome)
        _INSERT_LOG.run_many(conn, logs)
        return [reports[f.job.id] for f in finished]

    def _settled(
        self, conn: sa.Connection, done: batches.Settled, *, now: float
    ) -> transitions.Completed:
        """A fan-out's children settled: its parent's completion. A repair re-run that
        fanned out has done its work once its children settle (met its threshold): its
        readers' turn now, as for one that did not fan out."""
        parent = queue.get(conn, done.parent_job_id)
        repair = parent.trigger_source == manual.REPAIR_SOURCE
        if repair and done.status is CompletionStatus.SUCCEEDED:
            manual.requeue_consumers(self.store, conn, self._pipeline(parent), parent, now=now)
        return transitions.Completed(
            done.processor, done.status, done.parent_job_id, done.succeeded, repair
        )

    def _lost(self, job: Job) -> JobReport:
        message = (
            f"job {job.id} ({job.processor}, attempt {job.attempts}) lost its lease; "
            "its output is discarded"
        )
        log.warning("lease_lost", job_id=job.id, processor=job.processor)
        return JobReport(job, None, transitions.Outcome(), message)

    def fail(
        self,
        job: Job,
        message: str,
        trace: str | None,
        *,
        started: float | None,
        lost: bool = False,
        conn: sa.Connection | None = None,
        retry_at: float | None = None,
    ) -> JobReport:
        """Record a failed attempt: retry later or dead-letter (and degrade the phase).

        ``lost``: the attempt's lease ran out; ``retry_at``: the attempt is not charged and
        retried then (a lost worker: now; an open circuit breaker: its trial time).
        """
        decision = decide_retry(
            self._retry_policy(job),
            attempt=job.attempts,
            max_attempts=job.max_attempts,
            rng=self.rng,
        )
        if lost:
            # The lease wait already delayed this attempt; retry as soon as possible.
            decision = RetryDecision(retry=decision.retry, delay_s=0.0)
        args = (job, decision, message, trace, started, lost, retry_at)
        try:
            if conn is not None:
                return self._record_failure(conn, *args)
            with self.store.transaction() as own:
                return self._record_failure(own, *args)
        except LeaseLost as exc:
            return JobReport(job, None, transitions.Outcome(), str(exc))

    def _record_failure(
        self,
        conn: sa.Connection,
        job: Job,
        decision: RetryDecision,
        message: str,
        trace: str | None,
        started: float | None,
        lost: bool,
        retry_at: float | None,
    ) -> JobReport:
        now = self.clock.now()
        status, message = self._mark_failed(
            conn, job, decision, message, trace, now, uncharged_until=retry_at
        )
        if status is None:
            raise LeaseLost(f"job {job.id} ({job.processor}) lost its lease before its failure")
        outcome = transitions.Outcome()
        if status is JobStatus.DEAD and job.batch_id is not None:
            for done in batches.settle(conn, [job.batch_id], now=now):
                parent_completion = self._settled(conn, done, now=now)
                if done.transition_id is not None:
                    outcome = transitions.record_completions(
                        self.store,
                        conn,
                        self._pipeline(job),
                        transition_id=done.transition_id,
                        completed=[parent_completion],
                        now=now,
                    )
        if status is JobStatus.DEAD and job.transition_id is not None:
            outcome = transitions.record_completion(
                self.store,
                conn,
                self._pipeline(job),
                transition_id=job.transition_id,
                processor=job.processor,
                status=CompletionStatus.DEAD,
                job_id=job.id,
                records=0,
                now=now,
            )
        if lost:
            exec_status = ExecutionStatus.LOST
        elif status is JobStatus.DEAD:
            exec_status = ExecutionStatus.DEAD
        elif retry_at is not None:
            exec_status = ExecutionStatus.DEFERRED
        else:
            exec_status = ExecutionStatus.FAILED
        _INSERT_LOG.run(
            conn,
            self._log_row(
                job, exec_status, records=None, error=message, started=started, finished=now
            ),
        )
        return JobReport(job, status, outcome, message)

    def _mark_failed(
        self,
        conn: sa.Connection,
        job: Job,
        decision: RetryDecision,
        message: str,
        trace: str | None,
        now: float,
        *,
        uncharged_until: float | None = None,
    ) -> tuple[JobStatus | None, str]:
        """Retry later or dead-letter: the new status (None if the job is no longer ours:
        lease lost) and the error as recorded.

        With ``uncharged_until`` the attempt is infrastructure's, not the processor's: it is
        given back and the job retried at that time (see ``queue.mark_uncharged``).

        Every error and traceback the engine stores passes here: redacted by the store (a
        processor's exception may carry a database URL, a token, a webhook; the CLI, the
        alerts and the dashboard show what is stored), then cut to size. The caller puts
        the returned message in the execution log and the job's report.
        """
        message = self.store.redact(message)[:_MAX_ERROR_CHARS]
        trace = None if trace is None else self.store.redact(trace)
        try:
            if uncharged_until is not None:
                status = queue.mark_uncharged(
                    conn,
                    job,
                    now=now,
                    run_after=max(now, uncharged_until),
                    error=message,
                    traceback=trace,
                    infra_limit=self.infra_attempt_limit,
                )
                decision = RetryDecision(status is JobStatus.RETRY, max(0.0, uncharged_until - now))
            else:
                status = queue.mark_failed(
                    conn, job, decision, now=now, error=message, traceback=trace
                )
        except LeaseLost:
            return None, message
        log.warning(
            "job_failed",
            job_id=job.id,
            processor=job.processor,
            data_date=str(job.data_date),
            attempt=job.attempts,
            status=status.value,
            retry_in_s=round(decision.delay_s, 3) if decision.retry else None,
            error=message[:300],
        )
        return status, message

    def recover_expired(self, *, limit: int = 100) -> list[JobReport]:
        """Jobs whose lease expired: a worker that stopped heart-beating lost the attempt
        (not charged to the processor); a lease that reached the job's timeout (heartbeats
        never extend it further) means the processor overran, a failure of its own. (A
        claim's first lease is not capped, so a job whose timeout is shorter than the
        lease counts as overrun whenever its worker dies before a heartbeat.)"""
        reports: list[JobReport] = []
        with self.store.transaction() as conn:
            now = self.clock.now()
            for job, lease_until in queue.expired_with_leases(conn, now=now, limit=limit):
                if job.pipeline not in self.pipelines:
                    continue
                deadline = (job.started_at or now) + job.timeout_s
                if lease_until >= deadline - _TIMEOUT_SLACK_S:
                    message = (
                        f"timed out: still running after {job.timeout_s:g}s on worker "
                        f"{job.worker_id} (attempt {job.attempts} of {job.max_attempts})"
                    )
                    retry_at = None
                else:
                    message = (
                        f"lease expired: worker {job.worker_id} stopped heart-beating; the "
                        f"attempt is not charged ({job.infra_attempts + 1} lost to "
                        f"infrastructure, at most {self.infra_attempt_limit})"
                    )
                    retry_at = now
                reports.append(
                    self.fail(
                        job,
                        message,
                        None,
                        started=job.started_at,
                        lost=True,
                        conn=conn,
                        retry_at=retry_at,
                    )
                )
        for r in reports:
            log.warning(
                "lease_expired",
                job_id=r.job.id,
                processor=r.job.processor,
                new_status=r.status.value if r.status else None,
            )
        return reports

    def _decide(self, job: Job) -> RetryDecision:
        return decide_retry(
            self._retry_policy(job),
            attempt=job.attempts,
            max_attempts=job.max_attempts,
            rng=self.rng,
        )

    def _pipeline(self, job: Job) -> PipelineDef:
        try:
            return self.pipelines[job.pipeline]
        except KeyError:
            raise TipoffError(
                f"job {job.id}: this worker does not serve pipeline {job.pipeline!r}"
            ) from None

    def _retry_policy(self, job: Job) -> RetryPolicy:
        pipeline = self.pipelines.get(job.pipeline)
        if pipeline is None:
            return RetryPolicy()
        try:
            return pipeline.retry(pipeline.processor(job.processor))
        except KeyError:
            return pipeline.defaults.processor.retry

    def _log_row(
        self,
        job: Job,
        status: ExecutionStatus,
        *,
        records: int | None,
        error: str | None,
        started: float | None,
        finished: float,
    ) -> dict[str, Any]:
        return {
            "execution_id": new_execution_id(),
            "job_id": job.id,
            "pipeline": job.pipeline,
            "processor": job.processor,
            "phase": job.phase,
            "mode": job.mode,
            "data_date": self.store.date_param(job.data_date),
            "trigger_source": job.trigger_source,
            "correlation_id": job.correlation_id,
            "status": status.value,
            "attempt": job.attempt_no,
            "records": records,
            "error": error,
            "worker_id": job.worker_id or self.worker_id,
            "queued_at": job.queued_at,
            "started_at": started,
            "finished_at": finished,
        }


def _is_disconnect(exc: BaseException) -> bool:
    return isinstance(exc, sa.exc.DBAPIError) and bool(exc.connection_invalidated)


def new_execution_id() -> str:
    """32 hex digits, ordered by creation time (like UUIDv7) so the log's key index appends."""
    return f"{time.time_ns():016x}{os.urandom(8).hex()}"


def _failed_items(result: Result) -> int:
    """The items a succeeded fan-out child could not do (never negative; the batch caps
    them at the child's items)."""
    return max(0, int(result.failed_items))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
