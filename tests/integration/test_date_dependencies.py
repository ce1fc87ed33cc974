"""Dates that depend on dates, on both databases: a phase that reads earlier dates waits for
them while one is blocked (naming it), goes on when it is repaired, and a later date built
without it (forced past the wait) is rebuilt exactly once, ending as a fault-free run."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
import yaml

from support import db
from support.inbox import Inbox
from support.pipelines import (
    drain,
    effects,
    orchestrator_for,
    proc,
    run_of,
    settle,
    write_effect,
)
from tipoff.engine import manual, rebuild, status
from tipoff.engine.alerts import AlertBook, Severity
from tipoff.engine.clock import ManualClock
from tipoff.engine.manual import retry_dead, trigger_phase
from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import JobContext, ProcessorFn, Result
from tipoff.engine.schema import jobs, runs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.errors import QueueError

D1 = date(2025, 11, 10)
DAYS = [D1 + timedelta(days=i) for i in range(4)]
D2 = DAYS[1]

# What a date's later phases computed from the earlier dates: like features from box scores.
seen_metadata = sa.MetaData()
seen = sa.Table(
    "test_seen",
    seen_metadata,
    sa.Column("data_date", sa.Date, primary_key=True),
    sa.Column("processor", sa.String(32), primary_key=True),
    sa.Column("earlier_loads", sa.Integer, nullable=False),
)
SEEN_SCHEMA = SchemaComponent("test_seen", seen_metadata)


def _loads_before(ctx: JobContext) -> int:
    with ctx.store.read() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(effects)
                .where(effects.c.processor == "load", effects.c.data_date < ctx.data_date)
            ).scalar_one()
        )


def compute(ctx: JobContext) -> Result:
    """Phases 3 and 4: a row of what the date saw of earlier dates (its rows replaced)."""
    loads = _loads_before(ctx)
    effect = write_effect(ctx)

    def write(conn: sa.Connection) -> int:
        assert effect.write is not None
        effect.write(conn)
        where = sa.and_(seen.c.data_date == ctx.data_date, seen.c.processor == ctx.processor)
        conn.execute(sa.delete(seen).where(where))
        conn.execute(
            sa.insert(seen).values(
                data_date=ctx.data_date, processor=ctx.processor, earlier_loads=loads
            )
        )
        return 1

    return Result(records=1, write=write)


class Feed:
    """The 'load' processor of phase 2, dead for the dates in ``down``."""

    def __init__(self) -> None:
        self.down: set[date] = set()

    def __call__(self, ctx: JobContext) -> Result:
        if ctx.data_date in self.down:
            raise RuntimeError(f"box scores of {ctx.data_date} are late")
        return write_effect(ctx)


WAITING = {"phase": 2, "modes": ["backfill"]}
# same-day runs read the backfilled dates too, but do not wait for them (built at once)
NOT_WAITING = {
    "phase": 2,
    "modes": ["backfill", "same_day"],
    "from_modes": ["backfill"],
    "no_wait_modes": ["same_day"],
}


def make(
    store: Store,
    clock: ManualClock,
    feed: Feed,
    predict: ProcessorFn = compute,
    dependency: dict[str, Any] = WAITING,
) -> Orchestrator:
    text = yaml.safe_dump(
        {
            "pipeline": "t",
            "modes": ["same_day", "overnight", "backfill"],
            "defaults": {"processor": {"max_attempts": 1, "timeout_s": 60}},
            "phases": [
                {"phase": 1, "name": "scrape", "processors": [proc("fetch")]},
                {"phase": 2, "name": "raw", "processors": [proc("load")]},
                {
                    "phase": 3,
                    "name": "features",
                    "depends_on_earlier_dates": dependency,
                    "processors": [proc("features")],
                },
                {"phase": 4, "name": "predict", "processors": [proc("predict")]},
            ],
        },
        sort_keys=False,
    )
    pipeline = parse_pipeline(text, source="tests/dependent.yaml")
    orch = orchestrator_for(
        store,
        pipeline,
        {"load": feed, "features": compute, "predict": predict},
        clock=clock,
    )
    store.ensure_schema(SEEN_SCHEMA)
    return orch


def backfill(orch: Orchestrator, clock: ManualClock, days: list[date]) -> None:
    """One date after another, as `tipoff backfill` does: each run as far as it goes."""
    for day in days:
        orch.start_run(day, "backfill")
        settle(orch, clock)


def force_features(orch: Orchestrator, clock: ManualClock, day: date) -> None:
    """A person forces ``day``'s features phase on past its wait for earlier dates."""
    trigger_phase(
        orch.store,
        orch.pipeline(),
        day,
        "backfill",
        3,
        now=clock.now(),
        skip_dependency_check=True,
    )
    settle(orch, clock)


def seen_rows(store: Store) -> list[tuple[str, str, int]]:
    with store.read() as conn:
        rows = conn.execute(
            sa.select(seen.c.data_date, seen.c.processor, seen.c.earlier_loads).order_by(
                seen.c.data_date, seen.c.processor
            )
        ).all()
    return [(str(d), p, n) for d, p, n in rows]


FAULT_FREE = [
    (str(d), p, i) for i, d in enumerate(DAYS) for p in ("features", "predict")
]  # each date saw every earlier date's load


def test_the_fault_free_backfill_sees_every_earlier_date(store: Store, clock: ManualClock) -> None:
    orch = make(store, clock, Feed())
    backfill(orch, clock, DAYS)
    assert seen_rows(store) == FAULT_FREE
    assert all(run_of(orch, d).status is RunStatus.COMPLETE for d in DAYS)


def test_a_blocked_date_holds_the_later_dates_naming_it_and_its_repair_releases_them(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    feed.down.add(D2)
    orch = make(store, clock, feed)
    backfill(orch, clock, DAYS)

    assert run_of(orch, D2).status is RunStatus.BLOCKED
    for later in DAYS[2:]:
        state = run_of(orch, later)
        assert state.status is not RunStatus.COMPLETE and state.finished
        assert len(state.held) == 1
        assert state.held[0].startswith(
            "phase 2: waits for earlier date 2025-11-11 (backfill): phase 2 (raw) is blocked: "
            "critical processor(s) dead: load"
        )
    assert "1 more earlier date(s) not done" in run_of(orch, DAYS[3]).held[0]
    # nothing was built on the hole: the later dates' features never ran
    assert seen_rows(store) == FAULT_FREE[:2]
    shown = status.render_text(status.date_status(store, orch.pipeline(), DAYS[2]))
    assert "waits for earlier date 2025-11-11 (backfill)" in shown

    feed.down.clear()  # the box scores arrive; a person retries the dead letter
    assert retry_dead(store, None, now=clock.now()) == 1
    settle(orch, clock)

    assert all(run_of(orch, d).status is RunStatus.COMPLETE for d in DAYS)
    assert seen_rows(store) == FAULT_FREE
    with store.read() as conn:  # built once each, after the repair: nothing to rebuild
        generations = conn.execute(sa.select(runs.c.generation)).scalars().all()
    assert set(generations) == {0}


def test_a_date_forced_past_the_wait_is_rebuilt_once_when_the_earlier_date_is_repaired(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    feed.down.add(D2)
    orch = make(store, clock, feed)
    backfill(orch, clock, DAYS)
    for later in DAYS[2:]:  # a person forces the later dates on without D2
        force_features(orch, clock, later)
        assert run_of(orch, later).status is RunStatus.COMPLETE
    wrong = seen_rows(store)
    assert wrong != FAULT_FREE  # built without D2's load

    feed.down.clear()
    clock.advance(5)
    retry_dead(store, None, now=clock.now())
    drain(orch, clock)  # D2 completes; the later dates are marked in that transaction
    with store.read() as conn:
        marked = conn.execute(
            sa.select(runs.c.data_date, runs.c.rebuild_phase, runs.c.status)
            .where(runs.c.rebuild_phase.is_not(None))
            .order_by(runs.c.data_date)
        ).all()
    assert [(str(d), p, s) for d, p, s in marked] == [
        ("2025-11-12", 3, "running"),
        ("2025-11-13", 3, "running"),
    ]
    assert "rebuild" not in "".join(run_of(orch, DAYS[2]).held)  # ready: nothing waits
    why = "2025-11-11 (backfill) finished phase 2 (raw) after this date had opened phase 3"
    shown = status.render_text(status.date_status(store, orch.pipeline(), DAYS[2]))
    assert f"  rebuild due from phase 3: {why} (features)" in shown

    settle(orch, clock)
    assert rebuild.rebuild_due(store, orch.pipelines, now=clock.now()) == 0  # once only
    assert seen_rows(store) == FAULT_FREE
    assert all(run_of(orch, d).status is RunStatus.COMPLETE for d in DAYS)
    with store.read() as conn:
        rebuilt = conn.execute(
            sa.select(jobs.c.data_date, jobs.c.processor, jobs.c.key, jobs.c.trigger_source)
            .where(jobs.c.key.like("%/rebuild/%"))
            .order_by(jobs.c.data_date, jobs.c.phase)
        ).all()
        gens = [g for _, g in conn.execute(sa.select(runs.c.data_date, runs.c.generation))]
        forced = conn.execute(
            sa.select(sa.func.count())
            .select_from(transitions_table)
            .where(transitions_table.c.bypassed.is_(True))
        ).scalar_one()
    assert [(str(d), p, k, s) for d, p, k, s in rebuilt] == [
        ("2025-11-12", "features", "t/2025-11-12/backfill/3/features/rebuild/1", "rebuild"),
        ("2025-11-12", "predict", "t/2025-11-12/backfill/4/predict/rebuild/1", "transition"),
        ("2025-11-13", "features", "t/2025-11-13/backfill/3/features/rebuild/1", "rebuild"),
        ("2025-11-13", "predict", "t/2025-11-13/backfill/4/predict/rebuild/1", "transition"),
    ]
    assert sorted(gens) == [0, 0, 1, 1]
    shown = status.render_text(status.date_status(store, orch.pipeline(), DAYS[3]))
    assert f"  rebuilt 1 time(s), last: {why} (features)" in shown
    assert forced == 0  # the forced phases now have what they needed: no longer marked


def test_a_date_waiting_for_an_earlier_one_is_alerted_as_a_warning_naming_it(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    feed.down.add(D2)
    orch = make(store, clock, feed)
    backfill(orch, clock, DAYS[:3])
    for _ in range(4):  # asked again and again: a real pre-flight hold would turn critical
        clock.advance(700)
        settle(orch, clock)
    inbox = Inbox()
    Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock).check()

    held = [e.alert for e in inbox.events if e.alert.key == "preflight:t:2025-11-12:backfill:2"]
    assert len(held) == 1
    assert held[0].severity is Severity.WARNING
    assert held[0].message.startswith(
        "t phase 3 for 2025-11-12 (backfill) is held: waits for earlier date 2025-11-11 "
        "(backfill): phase 2 (raw) is blocked: critical processor(s) dead: load (asked 5 time(s)"
    )


def test_workers_sweeping_at_once_rebuild_each_date_once(store: Store, clock: ManualClock) -> None:
    feed = Feed()
    feed.down.add(D2)
    orch = make(store, clock, feed)
    backfill(orch, clock, DAYS)
    for later in DAYS[2:]:
        force_features(orch, clock, later)
    feed.down.clear()
    retry_dead(store, None, now=clock.now())
    drain(orch, clock)  # D2 completes: two later dates marked

    start = threading.Barrier(4)
    done: list[int] = []

    def sweeper() -> None:
        start.wait()
        done.append(rebuild.rebuild_due(store, orch.pipelines, now=clock.now()))

    threads = [threading.Thread(target=sweeper) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sum(done) == 2 and len(done) == 4
    settle(orch, clock)
    assert seen_rows(store) == FAULT_FREE
    with store.read() as conn:
        rebuilt = (
            conn.execute(
                sa.select(jobs.c.key).where(jobs.c.key.like("%/rebuild/%")).order_by(jobs.c.key)
            )
            .scalars()
            .all()
        )
    assert rebuilt == [
        "t/2025-11-12/backfill/3/features/rebuild/1",
        "t/2025-11-12/backfill/4/predict/rebuild/1",
        "t/2025-11-13/backfill/3/features/rebuild/1",
        "t/2025-11-13/backfill/4/predict/rebuild/1",
    ]


def test_a_rebuild_that_fails_on_every_sweep_does_not_stop_the_worker_s_other_work(
    store: Store, clock: ManualClock
) -> None:
    """A rebuild mark for a phase the pipeline file no longer has (edited since the mark):
    rebuilding it fails on every sweep, and the worker still runs the next date."""
    orch = make(store, clock, Feed())
    backfill(orch, clock, DAYS[:1])
    with store.transaction() as conn:
        conn.execute(sa.update(runs).values(rebuild_phase=9, rebuild_reason="phase 9 removed"))
    worker = orch.worker(concurrency=1, poll_s=0.02, sweep_s=0.05).start()
    try:
        [state] = orch.run_dates([DAYS[1]], "backfill", worker=worker, timeout_s=120)
    finally:
        worker.stop()
    assert state.status is RunStatus.COMPLETE
    assert "KeyError: 9" in worker.errors  # told, not swallowed


def test_the_rebuild_supersedes_the_dead_letters_of_the_phases_it_runs_again(
    store: Store, clock: ManualClock
) -> None:
    """The later date's predict died in the build forced without D2; the rebuild runs its
    phases again under fresh keys. The old dead letter is gone from the queue (its attempts
    stay in the execution log): retried, it would complete a phase the rebuild replaced,
    and left, it would ask a person for nothing."""
    feed = Feed()
    feed.down.add(D2)
    broken = {DAYS[2]}

    def predict(ctx: JobContext) -> Result:
        if ctx.data_date in broken:
            raise RuntimeError("model file missing")
        return compute(ctx)

    orch = make(store, clock, feed, predict=predict)
    backfill(orch, clock, DAYS[:3])
    force_features(orch, clock, DAYS[2])
    assert run_of(orch, DAYS[2]).status is RunStatus.BLOCKED  # predict died
    [old] = [d for d in manual.dead_letters(store) if d.processor == "predict"]

    feed.down.clear()
    broken.clear()
    [load] = [d for d in manual.dead_letters(store) if d.processor == "load"]
    retry_dead(store, [load.job_id], now=clock.now())
    settle(orch, clock)  # D2 completes, DAYS[2] is rebuilt and completes
    assert run_of(orch, DAYS[2]).status is RunStatus.COMPLETE
    assert manual.dead_letters(store) == []
    with pytest.raises(QueueError, match=f"no job with id {old.job_id}"):
        retry_dead(store, [old.job_id], now=clock.now())
    assert [r["status"] for r in db.executions(store, old.job_id)] == ["dead"]


def test_a_run_that_cannot_be_rebuilt_does_not_hold_up_the_rebuild_of_a_later_one(
    store: Store, clock: ManualClock
) -> None:
    orch = make(store, clock, Feed())
    backfill(orch, clock, DAYS[:2])
    with store.transaction() as conn:  # the first mark names a phase the file no longer has
        conn.execute(sa.update(runs).where(runs.c.data_date == DAYS[0]).values(rebuild_phase=9))
        conn.execute(sa.update(runs).where(runs.c.data_date == DAYS[1]).values(rebuild_phase=3))
    with pytest.raises(KeyError):
        rebuild.rebuild_due(store, orch.pipelines, now=clock.now())
    drain(orch, clock)
    state = run_of(orch, DAYS[1])
    assert (state.status, state.run.generation, state.run.rebuild_phase) == (
        RunStatus.COMPLETE,
        1,
        None,
    )


# -- modes that do not wait: built at once, flagged, rebuilt ------------------------------


def same_day(orch: Orchestrator, clock: ManualClock, day: date) -> Any:
    orch.start_run(day, "same_day")
    settle(orch, clock)
    return run_of(orch, day, "same_day")


def test_a_same_day_run_built_without_an_earlier_date_says_so_and_is_rebuilt_when_it_is_done(
    store: Store, clock: ManualClock
) -> None:
    """The same-day run does not wait for the blocked earlier date (the day's work comes
    first), but it is not complete: its outcome names the date it was built without. When
    that date is repaired, the same-day run is rebuilt once, from the phase that reads it,
    and ends complete with what a run that never saw the fault computed."""
    feed = Feed()
    feed.down.add(D2)
    orch = make(store, clock, feed, dependency=NOT_WAITING)
    backfill(orch, clock, DAYS[:2])
    assert run_of(orch, D2).status is RunStatus.BLOCKED

    state = same_day(orch, clock, DAYS[2])
    assert state.status is RunStatus.COMPLETE_DEGRADED  # built, not held
    assert state.held == []
    assert state.run.outcome == (
        "built without earlier date 2025-11-11 (backfill): phase 2 (raw) is blocked: "
        "critical processor(s) dead: load"
    )
    shown = status.render_text(status.date_status(store, orch.pipeline(), DAYS[2]))
    assert "outcome missed: built without earlier date 2025-11-11 (backfill)" in shown
    assert ("2025-11-12", "features", 1) in seen_rows(store)  # D2's load missing

    feed.down.clear()  # the box scores arrive; a person retries the dead letter
    assert retry_dead(store, None, now=clock.now()) == 1
    settle(orch, clock)

    state = run_of(orch, DAYS[2], "same_day")
    assert (state.status, state.run.outcome, state.run.generation) == (
        RunStatus.COMPLETE,
        None,
        1,
    )
    assert [r for r in seen_rows(store) if r[0] == "2025-11-12"] == [
        ("2025-11-12", "features", 2),
        ("2025-11-12", "predict", 2),
    ]
    assert rebuild.rebuild_due(store, orch.pipelines, now=clock.now()) == 0  # once only
    with store.read() as conn:
        rebuilt = conn.execute(
            sa.select(jobs.c.key, jobs.c.trigger_source)
            .where(jobs.c.key.like("%/rebuild/%"))
            .order_by(jobs.c.phase)
        ).all()
    assert [tuple(r) for r in rebuilt] == [
        ("t/2025-11-12/same_day/3/features/rebuild/1", "rebuild"),
        ("t/2025-11-12/same_day/4/predict/rebuild/1", "transition"),
    ]


def test_a_same_day_run_with_every_earlier_date_done_is_complete_and_never_rebuilt(
    store: Store, clock: ManualClock
) -> None:
    orch = make(store, clock, Feed(), dependency=NOT_WAITING)
    backfill(orch, clock, DAYS[:2])
    state = same_day(orch, clock, DAYS[2])
    assert (state.status, state.run.outcome, state.run.generation) == (
        RunStatus.COMPLETE,
        None,
        0,
    )


def test_a_same_day_run_rebuilt_while_another_earlier_date_is_still_not_done_stays_flagged(
    store: Store, clock: ManualClock
) -> None:
    """Two earlier dates blocked; one repaired: the same-day run is rebuilt with it at once
    (it does not wait for the other either) and still names the other; the second repair
    rebuilds it again, and then it is complete."""
    feed = Feed()
    feed.down.update({DAYS[0], DAYS[1]})
    orch = make(store, clock, feed, dependency=NOT_WAITING)
    backfill(orch, clock, DAYS[:2])
    state = same_day(orch, clock, DAYS[2])
    assert state.run.outcome.startswith("built without earlier date 2025-11-10 (backfill)")
    assert state.run.outcome.endswith("; 1 more earlier date(s) not done")

    feed.down.discard(DAYS[0])
    [first] = [d for d in manual.dead_letters(store) if d.data_date == DAYS[0]]
    retry_dead(store, [first.job_id], now=clock.now())
    settle(orch, clock)
    state = run_of(orch, DAYS[2], "same_day")
    assert state.status is RunStatus.COMPLETE_DEGRADED and state.run.generation == 1
    assert state.run.outcome.startswith("built without earlier date 2025-11-11 (backfill)")

    feed.down.clear()
    retry_dead(store, None, now=clock.now())
    settle(orch, clock)
    state = run_of(orch, DAYS[2], "same_day")
    assert (state.status, state.run.generation) == (RunStatus.COMPLETE, 2)
    assert [r for r in seen_rows(store) if r[0] == "2025-11-12"] == [
        ("2025-11-12", "features", 2),
        ("2025-11-12", "predict", 2),
    ]


def test_no_wait_modes_must_be_modes_of_the_dependency() -> None:
    text = yaml.safe_dump(
        {
            "pipeline": "t",
            "modes": ["same_day", "backfill"],
            "phases": [
                {"phase": 1, "name": "a", "processors": [proc("a")]},
                {
                    "phase": 2,
                    "name": "b",
                    "depends_on_earlier_dates": {
                        "phase": 1,
                        "modes": ["backfill"],
                        "no_wait_modes": ["same_day", "nightly"],
                    },
                    "processors": [proc("b")],
                },
            ],
        }
    )
    with pytest.raises(Exception) as err:
        parse_pipeline(text, source="tests/dependent.yaml")
    assert "no_wait_modes: unknown mode 'nightly'" in str(err.value)
    assert "no_wait_modes: 'same_day' is not one of its modes (backfill)" in str(err.value)
