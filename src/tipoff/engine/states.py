"""Every state a job, a completion, a transition or a run can be in.

The code that moves rows between these states lives in ``queue.py``, ``attempts.py`` and
``leases.py`` (jobs; and ``queue.unblock``, which a dead letter's retry uses to clear the
phase and run it had blocked) and ``transitions.py`` with ``holds.py``, ``completions.py``,
``late_completions.py`` and ``run_records.py`` (transitions, completions, runs), with what
a trigger calls in its transaction: ``outcome.py`` (a finished run's verdict), ``dependencies.py``
(holds woken, rebuild marks) and ``rebuild.py`` (a marked run's phases reset).
"""

from __future__ import annotations

from enum import StrEnum


class JobStatus(StrEnum):
    QUEUED = "queued"  # waiting to be claimed once run_after has passed
    RUNNING = "running"  # claimed by a worker holding a lease
    RETRY = "retry"  # failed, waits for run_after before the next attempt
    SUCCEEDED = "succeeded"  # finished; its output committed with this status
    DEAD = "dead"  # failed its last attempt; kept with error and traceback (dead letter)


PENDING = (JobStatus.QUEUED.value, JobStatus.RETRY.value, JobStatus.RUNNING.value)


class CompletionStatus(StrEnum):
    SUCCEEDED = "succeeded"  # the processor's job succeeded for this phase
    DEAD = "dead"  # the processor's job was dead-lettered


class TriggerReason(StrEnum):
    ALL_COMPLETE = "all_complete"  # every expected processor succeeded
    QUORUM_TIMEOUT = "quorum_timeout"  # criticals done, the rest dead or past the deadline
    MANUAL = "manual"  # a person forced it
    SELF_HEAL = "self_heal"  # the self-heal loop found it stuck and pushed it
    SCHEDULE = "schedule"  # a cron backup trigger


class RunStatus(StrEnum):
    RUNNING = "running"  # some phase has not triggered yet
    COMPLETE = "complete"  # the last phase triggered and the day's outcome was met
    # the last phase triggered but the pipeline's declared outcome was missed (runs.outcome
    # says why): every phase ran, yet the day did not produce what it should have
    COMPLETE_DEGRADED = "complete_degraded"
    BLOCKED = "blocked"  # a phase can never trigger by itself (a critical processor is dead)


FINISHED_RUN = (RunStatus.COMPLETE.value, RunStatus.COMPLETE_DEGRADED.value)


class ExecutionStatus(StrEnum):
    SUCCEEDED = "succeeded"  # the attempt committed its output
    FAILED = "failed"  # the attempt raised; a retry is scheduled
    DEAD = "dead"  # the attempt raised and was the last one
    LOST = "lost"  # the lease ran out: its worker vanished (not charged) or it timed out
    DEFERRED = "deferred"  # an open circuit breaker refused it: retried then, not charged
