"""Dead letters without a person: retried when their cause was upstream, cleared when
superseded.

A job that died because a data source failed (its last error a ``SourceError`` or a
``CircuitOpen``, however the pipeline's code subclassed them) is likely to succeed once
the source is back; waiting for a person to type ``dlq retry`` costs a day. Self-heal
retries it as ``dlq retry`` would (a loader's producer re-run first, see
``manual.retry_with_inputs``), on a bounded schedule per job: its n-th death makes it due
``retry_dead_base_s * 2**(n-1)`` seconds later (capped at ``retry_dead_cap_s``), at most
``retry_dead_max`` times; sooner when a circuit breaker its error named has closed since
(a trial call got through: the source is back) or when the probe of its source found the
source back (see ``probe``); never while such a breaker is open, unless that probe got
through. Past
``retry_dead_max`` deaths self-heal has given up and a person is needed. A job that died
of its own code (a bug, bad params) is left to a person from the start: retrying it would
fail the same way.

A dead letter is *superseded* when a later job of the same processor and date succeeded:
in its own run (a self-heal or manual re-run under a fresh key), or any run for a dead
job outside runs (a housekeeping job). Its work is done; it is deleted (its attempts stay
in the execution log), so dead letters count only what is still missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
import structlog

from tipoff.engine import manual, probe
from tipoff.engine.breaker import BreakerPolicy, BreakerState, all_breakers
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.schema import execution_log, jobs
from tipoff.engine.states import PENDING, JobStatus
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen, QueueError, SourceError

log = structlog.get_logger("tipoff.heal")

_CIRCUIT = re.compile(r"circuit '([^']+)'")


@dataclass(frozen=True)
class DeadLetterPlan:
    """What self-heal will do about one dead letter."""

    job_id: int
    processor: str
    data_date: date | None
    deaths: int
    upstream: bool  # its last error came from a data source
    due_at: float | None  # when it will be retried; None: a person is needed
    pipeline: str = ""
    died_at: float = 0.0
    run_id: int | None = None
    probe: str | None = None  # the probe of its source, if the pipeline has one

    @property
    def automatic(self) -> bool:
        return self.due_at is not None


@dataclass
class RedriveReport:
    retried: list[str] = field(default_factory=list)
    superseded: list[int] = field(default_factory=list)


def _subclasses(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def upstream_error(error: str | None) -> bool:
    """Does a job's last error (``"ClassName: message"``) name a data source's failure?"""
    if not error:
        return False
    name = error.split(":", 1)[0].strip()
    roots: tuple[type, ...] = (SourceError, CircuitOpen)
    return any(name == c.__name__ for root in roots for c in (root, *_subclasses(root)))


def plans(
    store: Store, pipelines: Mapping[str, PipelineDef], *, now: float
) -> list[DeadLetterPlan]:
    """Every dead letter with what self-heal will do about it (oldest first)."""
    with store.read() as conn:
        dead = conn.execute(
            sa.select(
                jobs.c.id,
                jobs.c.pipeline,
                jobs.c.processor,
                jobs.c.data_date,
                jobs.c.finished_at,
                jobs.c.last_error,
                jobs.c.run_id,
            )
            .where(jobs.c.status == JobStatus.DEAD.value)
            .order_by(jobs.c.id)
        ).all()
        if not dead:
            return []
        deaths: dict[int, int] = dict(
            conn.execute(
                sa.select(execution_log.c.job_id, sa.func.count())
                .where(
                    execution_log.c.job_id.in_([d.id for d in dead]),
                    execution_log.c.status == "dead",
                )
                .group_by(execution_log.c.job_id)
            ).all()
        )
        answers = probe.load_states(conn)
    breakers = {b.name: b for b in all_breakers(store)}
    out = []
    for d in dead:
        n = max(1, int(deaths.get(d.id, 1)))
        upstream = upstream_error(d.last_error)
        pipeline = pipelines.get(d.pipeline)
        policy = pipeline.self_heal if pipeline is not None else None
        due: float | None = None
        died = float(d.finished_at or now)
        probe_name = None if pipeline is None else probe.processor_probe(pipeline, d.processor)
        if upstream and policy is not None and n <= policy.retry_dead_max:
            wait = min(policy.retry_dead_cap_s, policy.retry_dead_base_s * 2 ** min(n - 1, 60))
            due = died + wait
            named = [breakers[b] for b in _CIRCUIT.findall(d.last_error or "") if b in breakers]
            if any(b.state is BreakerState.OPEN for b in named):
                # the source is still known down: ask again once its breaker lets a trial by
                reset = BreakerPolicy().reset_timeout_s
                due = max(due, *((b.opened_at or now) + reset for b in named))
            elif named and all(
                b.state is BreakerState.CLOSED and (b.updated_at or 0.0) > died for b in named
            ):
                due = died  # a trial call got through since: the source is back
            answer = None
            if probe_name is not None and d.data_date is not None:
                answer = answers.get((d.pipeline, probe_name, d.data_date))
            if answer is not None and probe.back_since(answer, died, n):
                due = min(due, answer.checked_at)  # its probe found the source back
        out.append(
            DeadLetterPlan(
                d.id,
                d.processor,
                d.data_date,
                n,
                upstream,
                due,
                pipeline=d.pipeline,
                died_at=died,
                run_id=d.run_id,
                probe=probe_name,
            )
        )
    return out


def next_retry_at(
    store: Store, pipelines: Mapping[str, PipelineDef], *, now: float
) -> float | None:
    """The earliest instant a dead letter is due for an automatic retry (a clock that
    jumps between instants must stop there)."""
    due = [p.due_at for p in plans(store, pipelines, now=now) if p.due_at is not None]
    return min(due) if due else None


def supersede(store: Store) -> list[int]:
    """Delete dead letters a later success of the same processor and date made moot."""
    d, s = jobs.alias("d"), jobs.alias("s")
    later_success = (
        sa.select(s.c.id)
        .where(
            s.c.status == JobStatus.SUCCEEDED.value,
            s.c.pipeline == d.c.pipeline,
            s.c.processor == d.c.processor,
            s.c.data_date == d.c.data_date,
            s.c.batch_id.is_(None),
            s.c.finished_at >= d.c.finished_at,
            sa.or_(d.c.run_id.is_(None), s.c.run_id == d.c.run_id),
        )
        .exists()
    )
    with store.transaction() as conn:
        ids = list(
            conn.execute(
                sa.select(d.c.id).where(
                    d.c.status == JobStatus.DEAD.value,
                    d.c.batch_id.is_(None),
                    d.c.data_date.is_not(None),
                    later_success,
                )
            ).scalars()
        )
        if ids:
            conn.execute(
                sa.delete(jobs).where(jobs.c.id.in_(ids), jobs.c.status == JobStatus.DEAD.value)
            )
    if ids:
        log.warning("dead_letters_superseded", job_ids=ids)
    return ids


def _rerun_live(store: Store, job_id: int) -> bool:
    """Is the dead job's processor already being run again in its run (a self-heal or
    manual re-run under a fresh key)? Its success will supersede the dead letter."""
    d, s = jobs.alias("d"), jobs.alias("s")
    with store.read() as conn:
        found = conn.execute(
            sa.select(s.c.id)
            .select_from(
                d.join(s, sa.and_(s.c.run_id == d.c.run_id, s.c.processor == d.c.processor))
            )
            .where(d.c.id == job_id, s.c.id != job_id, s.c.status.in_(PENDING))
            .limit(1)
        ).first()
    return found is not None


def redrive(store: Store, pipelines: Mapping[str, PipelineDef], *, now: float) -> RedriveReport:
    """One self-heal turn over the dead letters: clear the superseded, retry the due."""
    report = RedriveReport(superseded=supersede(store))
    for plan in plans(store, pipelines, now=now):
        if plan.due_at is None or plan.due_at > now or _rerun_live(store, plan.job_id):
            continue
        try:
            [done] = manual.retry_with_inputs(store, pipelines, [plan.job_id], now=now)
        except QueueError:
            continue  # retried or purged meanwhile (a person, another monitor)
        report.retried.append(f"{done.describe()} (death {plan.deaths})")
    if report.retried:
        log.warning("dead_letters_retried", retried=report.retried)
    return report
