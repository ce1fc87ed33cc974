"""Running one claimed job: call its processor, then commit the outcome in one transaction.

Success: fence the job (still ours?), apply the processor's writes, record the phase
completion and let the policy trigger the next phase, append the execution-log row; one
commit. Failure: a retry later or a dead letter, and attempts lost to infrastructure that
do not spend the processor's attempts: the executor's other half, in ``failures``.
"""

from __future__ import annotations

import random
import traceback as tb
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
import structlog

from tipoff.engine import batches, completions, manual, queue, transitions
from tipoff.engine.clock import Clock
from tipoff.engine.execution_log import INSERT_LOG
from tipoff.engine.failures import INFRA_ATTEMPT_LIMIT, FailureRecorder, JobReport
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.queue import Job
from tipoff.engine.registry import JobContext, Registry, Result
from tipoff.engine.states import CompletionStatus, ExecutionStatus, JobStatus
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen, LeaseLost

log = structlog.get_logger("tipoff.engine")


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


class Executor(FailureRecorder):
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
        completed: dict[int, list[tuple[list[int], completions.Completed]]] = {}
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
                        completions.Completed(job.processor, status, job.id, records, repair),
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
            outcome = completions.record_completions(
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
        INSERT_LOG.run_many(conn, logs)
        return [reports[f.job.id] for f in finished]

    def _lost(self, job: Job) -> JobReport:
        message = (
            f"job {job.id} ({job.processor}, attempt {job.attempts}) lost its lease; "
            "its output is discarded"
        )
        log.warning("lease_lost", job_id=job.id, processor=job.processor)
        return JobReport(job, None, transitions.Outcome(), message)


def _is_disconnect(exc: BaseException) -> bool:
    return isinstance(exc, sa.exc.DBAPIError) and bool(exc.connection_invalidated)


def _failed_items(result: Result) -> int:
    """The items a succeeded fan-out child could not do (never negative; the batch caps
    them at the child's items)."""
    return max(0, int(result.failed_items))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
