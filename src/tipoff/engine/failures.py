"""The executor's failure side: a failed attempt is retried later or dead-lettered.

A pure retry decision sends the job to ``retry`` or to the dead letters; a dead job also
records a dead completion so the phase can degrade (optional processor) or report itself
blocked (critical processor).

Attempts lost to infrastructure are not the processor's failures and do not spend its
attempts: a worker that died (its lease ran out before the job's timeout), a call refused
by an open circuit breaker (retried once the breaker lets a trial through), a commit whose
database connection dropped (kept and committed again by the worker). They are counted in
``infra_attempts`` instead, bounded by ``INFRA_ATTEMPT_LIMIT`` so a job that kills every
worker still ends. A job still running at its timeout is the processor's failure.

``Executor`` (``execution``) inherits this half, so that running and committing jobs reads
apart from the bookkeeping of their failures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import batches, completions, manual, queue, transitions
from tipoff.engine.clock import Clock
from tipoff.engine.execution_log import INSERT_LOG, log_row
from tipoff.engine.job import Job
from tipoff.engine.pipeline import PipelineDef, RetryPolicy
from tipoff.engine.retry import RetryDecision, decide_retry
from tipoff.engine.states import CompletionStatus, ExecutionStatus, JobStatus
from tipoff.engine.store import Store
from tipoff.errors import LeaseLost, TipoffError

log = structlog.get_logger("tipoff.engine")

_TIMEOUT_SLACK_S = 1e-3  # float rounding between a lease's end and the job's timeout

_MAX_ERROR_CHARS = 4000
# Attempts a job may lose to infrastructure before it is dead-lettered all the same.
INFRA_ATTEMPT_LIMIT = 20


@dataclass(frozen=True)
class JobReport:
    """What happened to one job: its new state and what it changed downstream."""

    job: Job
    status: JobStatus | None  # None when the lease was lost (another worker owns it)
    outcome: transitions.Outcome
    error: str | None = None


class FailureRecorder:
    """Records failed attempts and recovers expired leases for a set of pipelines; also
    the lookups both halves of the executor share (a job's pipeline, a settled fan-out's
    completion, an execution-log row). ``Executor`` sets the attributes."""

    store: Store
    pipelines: dict[str, PipelineDef]
    clock: Clock
    worker_id: str
    rng: random.Random
    infra_attempt_limit: int

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
                    outcome = completions.record_completions(
                        self.store,
                        conn,
                        self._pipeline(job),
                        transition_id=done.transition_id,
                        completed=[parent_completion],
                        now=now,
                    )
        if status is JobStatus.DEAD and job.transition_id is not None:
            outcome = completions.record_completion(
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
        INSERT_LOG.run(
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
        given back and the job retried at that time (see ``attempts.mark_uncharged``).

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

    def _settled(
        self, conn: sa.Connection, done: batches.Settled, *, now: float
    ) -> completions.Completed:
        """A fan-out's children settled: its parent's completion. A repair re-run that
        fanned out has done its work once its children settle (met its threshold): its
        readers' turn now, as for one that did not fan out."""
        parent = queue.get(conn, done.parent_job_id)
        repair = parent.trigger_source == manual.REPAIR_SOURCE
        if repair and done.status is CompletionStatus.SUCCEEDED:
            manual.requeue_consumers(self.store, conn, self._pipeline(parent), parent, now=now)
        return completions.Completed(
            done.processor, done.status, done.parent_job_id, done.succeeded, repair
        )

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
        return log_row(
            self.store,
            job,
            status,
            records=records,
            error=error,
            started=started,
            finished=finished,
            worker_id=self.worker_id,
        )
