"""Running one claimed job: call its processor, then commit the outcome in one transaction.

Success: fence the job (still ours?), apply the processor's writes, record the phase
completion and let the policy trigger the next phase, append the execution-log row; one
commit. Failure: a pure retry decision sends the job to ``retry`` or to the dead letters;
a dead job also records a dead completion so the phase can degrade (optional processor)
or report itself blocked (critical processor). Lost workers are found by their expired
leases and treated like a failed attempt.
"""

from __future__ import annotations

import random
import threading
import traceback as tb
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import queue, transitions
from tipoff.engine.clock import Clock
from tipoff.engine.pipeline import PipelineDef, RetryPolicy
from tipoff.engine.queue import Job
from tipoff.engine.registry import JobContext, Registry, Result
from tipoff.engine.retry import RetryDecision, decide_retry
from tipoff.engine.schema import execution_log
from tipoff.engine.states import CompletionStatus, ExecutionStatus, JobStatus
from tipoff.engine.store import Store
from tipoff.errors import LeaseLost, TipoffError

log = structlog.get_logger("tipoff.engine")

_MAX_ERROR_CHARS = 4000
_INSERT_LOG = sa.insert(execution_log)


@dataclass(frozen=True)
class JobReport:
    """What happened to one job: its new state and what it changed downstream."""

    job: Job
    status: JobStatus | None  # None when the lease was lost (another worker owns it)
    outcome: transitions.Outcome
    error: str | None = None


@dataclass
class _Pending:
    """A successful job waiting for the group commit."""

    job: Job
    result: Result
    started: float
    done: threading.Event = field(default_factory=threading.Event)
    report: JobReport | None = None


class Executor:
    """Runs claimed jobs for a set of pipelines; shared by every worker thread."""

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
    ) -> None:
        self.store = store
        self.pipelines = dict(pipelines)
        self.registry = registry
        self.clock = clock
        self.worker_id = worker_id
        self.resources = dict(resources or {})
        self.rng = rng or random.Random()
        self._pending: list[_Pending] = []
        self._pending_lock = threading.Lock()
        self._commit_lock = threading.Lock()

    def run(self, job: Job) -> JobReport:
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
            result = fn(ctx) or Result()
            return self._succeed(job, result, started)
        except LeaseLost as exc:
            log.warning("lease_lost", job_id=job.id, processor=job.processor, error=str(exc))
            return JobReport(job, None, transitions.Outcome(), str(exc))
        except Exception as exc:  # a processor's failure is data, not a crash of the worker
            message = _describe(exc)
            trace = tb.format_exc()
            return self.fail(job, message, trace, started=started)

    def _succeed(self, job: Job, result: Result, started: float) -> JobReport:
        """Commit a successful job, together with any others that finished meanwhile.

        Group commit: the first thread to take the commit lock commits every success queued
        so far in one transaction (each job's writes in a savepoint, so one failing write
        fails only its job). Output and completion of each job still commit together.
        """
        item = _Pending(job, result, started)
        with self._pending_lock:
            self._pending.append(item)
        while not item.done.is_set():
            with self._commit_lock:
                if item.done.is_set():
                    break
                with self._pending_lock:
                    batch, self._pending = self._pending, []
                self._commit_batch(batch)
        assert item.report is not None
        return item.report

    def _commit_batch(self, batch: list[_Pending]) -> None:
        try:
            with self.store.transaction() as conn:
                for item in batch:
                    item.report = self._apply_success(conn, item, isolate=len(batch) > 1)
        except Exception as exc:
            if len(batch) > 1:
                for item in batch:  # retry one by one so one bad job cannot sink the others
                    self._commit_batch([item])
                return
            item = batch[0]
            item.report = self.fail(item.job, _describe(exc), tb.format_exc(), started=item.started)
        finally:
            for item in batch:
                if item.report is not None:
                    item.done.set()

    def _apply_success(self, conn: sa.Connection, item: _Pending, *, isolate: bool) -> JobReport:
        job, result = item.job, item.result
        now = self.clock.now()
        savepoint = conn.begin_nested() if isolate and result.write is not None else None
        try:
            queue.mark_succeeded(conn, job, now=now, records=result.records)
            records = result.records
            if result.write is not None:
                written = result.write(conn)
                if written is not None and written != records:
                    records = written
                    queue.set_records(conn, job.id, records)
        except LeaseLost as exc:
            if savepoint is not None:
                savepoint.rollback()
            log.warning("lease_lost", job_id=job.id, processor=job.processor, error=str(exc))
            return JobReport(job, None, transitions.Outcome(), str(exc))
        except Exception as exc:
            if savepoint is None:
                raise
            savepoint.rollback()
            decision = decide_retry(
                self._retry_policy(job),
                attempt=job.attempts,
                max_attempts=job.max_attempts,
                rng=self.rng,
            )
            return self._record_failure(
                conn, job, decision, _describe(exc), tb.format_exc(), item.started, False
            )
        if savepoint is not None:
            savepoint.commit()
        outcome = transitions.Outcome()
        if job.transition_id is not None:
            outcome = transitions.record_completion(
                self.store,
                conn,
                self._pipeline(job),
                transition_id=job.transition_id,
                processor=job.processor,
                status=CompletionStatus.SUCCEEDED,
                job_id=job.id,
                records=records,
                now=now,
            )
        self._log(
            conn,
            job,
            ExecutionStatus.SUCCEEDED,
            records=records,
            error=None,
            started=item.started,
            finished=now,
        )
        return JobReport(job, JobStatus.SUCCEEDED, outcome)

    def fail(
        self,
        job: Job,
        message: str,
        trace: str | None,
        *,
        started: float | None,
        lost: bool = False,
        conn: sa.Connection | None = None,
    ) -> JobReport:
        """Record a failed attempt: retry later or dead-letter (and degrade the phase)."""
        decision = decide_retry(
            self._retry_policy(job),
            attempt=job.attempts,
            max_attempts=job.max_attempts,
            rng=self.rng,
        )
        if lost:
            # The lease wait already delayed this attempt; retry as soon as possible.
            decision = RetryDecision(retry=decision.retry, delay_s=0.0)
        try:
            if conn is not None:
                return self._record_failure(conn, job, decision, message, trace, started, lost)
            with self.store.transaction() as own:
                return self._record_failure(own, job, decision, message, trace, started, lost)
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
    ) -> JobReport:
        now = self.clock.now()
        status = queue.mark_failed(
            conn,
            job,
            decision,
            now=now,
            error=message[:_MAX_ERROR_CHARS],
            traceback=trace,
        )
        outcome = transitions.Outcome()
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
        else:
            exec_status = ExecutionStatus.FAILED
        self._log(
            conn,
            job,
            exec_status,
            records=None,
            error=message[:_MAX_ERROR_CHARS],
            started=started,
            finished=now,
        )
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
        return JobReport(job, status, outcome, message)

    def recover_expired(self, *, limit: int = 100) -> list[JobReport]:
        """Treat jobs whose lease expired as failed attempts (their worker is gone)."""
        reports: list[JobReport] = []
        with self.store.transaction() as conn:
            for job in queue.expired(conn, now=self.clock.now(), limit=limit):
                if job.pipeline not in self.pipelines:
                    continue
                message = (
                    f"lease expired: worker {job.worker_id} stopped heart-beating "
                    f"(attempt {job.attempts} of {job.max_attempts}, timeout {job.timeout_s:g}s)"
                )
                reports.append(
                    self.fail(job, message, None, started=job.started_at, lost=True, conn=conn)
                )
        for r in reports:
            log.warning(
                "lease_expired",
                job_id=r.job.id,
                processor=r.job.processor,
                new_status=r.status.value if r.status else None,
            )
        return reports

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

    def _log(
        self,
        conn: sa.Connection,
        job: Job,
        status: ExecutionStatus,
        *,
        records: int | None,
        error: str | None,
        started: float | None,
        finished: float,
    ) -> None:
        conn.execute(
            _INSERT_LOG,
            {
                "execution_id": uuid.uuid4().hex,
                "job_id": job.id,
                "pipeline": job.pipeline,
                "processor": job.processor,
                "phase": job.phase,
                "mode": job.mode,
                "data_date": job.data_date,
                "trigger_source": job.trigger_source,
                "correlation_id": job.correlation_id,
                "status": status.value,
                "attempt": job.attempts,
                "records": records,
                "error": error,
                "worker_id": job.worker_id or self.worker_id,
                "queued_at": job.queued_at,
                "started_at": started,
                "finished_at": finished,
            },
        )


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
