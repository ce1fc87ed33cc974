"""A backfill in order (``run_dates(ahead=N)``, ``tipoff backfill`` by default), on both
databases: the next date's scrape and raw phases run while the current date's later phases
do, its phase that reads earlier dates waits until they stopped, what is built is what a
date-by-date backfill builds, and a blocked date still stops the dates built on it."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import sqlalchemy as sa
from test_date_dependencies import DAYS, FAULT_FREE, Feed, compute, make, seen_rows

from support.inbox import Inbox
from support.pipelines import effects, run_of, settle
from tipoff.engine import dependencies
from tipoff.engine.alerts import AlertBook
from tipoff.engine.clock import ManualClock
from tipoff.engine.manual import retry_dead
from tipoff.engine.monitor import Monitor
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import runs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store

D2 = DAYS[1]
WAIT_S = 60.0  # a hang guard: the condition waited for comes in well under a second


def _effect_ids(store: Store) -> list[tuple[date, str, int]]:
    with store.read() as conn:
        rows = conn.execute(
            sa.select(effects.c.data_date, effects.c.processor, effects.c.id).order_by(effects.c.id)
        ).all()
    return [(d, p, i) for d, p, i in rows]


def _loaded(store: Store, day: date) -> bool:
    with store.read() as conn:
        return bool(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(effects)
                .where(effects.c.processor == "load", effects.c.data_date == day)
            ).scalar_one()
        )


class WaitForNextLoad:
    """Phase 4 of a date waits until the next date's raw phase has loaded: it only can when
    the next date's scrape and raw phases run while this date's later phases do."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.orch: Any = None
        self.next_held: dict[date, list[str]] = {}
        self.alerts: list[str] = []

    def __call__(self, ctx: JobContext) -> Result:
        assert ctx.data_date is not None
        later = [d for d in DAYS if d > ctx.data_date][:1]
        for nxt in later:
            deadline = time.monotonic() + WAIT_S
            while not _loaded(self.store, nxt):
                assert time.monotonic() < deadline, f"{nxt} was not loaded beside {ctx.data_date}"
                time.sleep(0.01)
            with self.store.read() as conn:
                run = conn.execute(
                    sa.select(runs.c.id).where(runs.c.data_date == nxt, runs.c.pipeline == "t")
                ).scalar_one()
            self.next_held[ctx.data_date] = list(self.orch.run_state(run).held)
            if not self.alerts:  # the monitor, once, while the next date is held
                inbox = Inbox()
                Monitor(
                    self.store,
                    self.orch.pipelines,
                    AlertBook(self.store, [inbox], clock=self.orch.clock),
                    clock=self.orch.clock,
                ).check()
                self.alerts = [e.alert.message for e in inbox.events]
        return compute(ctx)


def test_the_next_dates_load_beside_the_current_one_and_build_in_order(
    store: Store, clock: ManualClock
) -> None:
    predict = WaitForNextLoad(store)
    orch = make(store, clock, Feed(), predict=predict)
    predict.orch = orch
    states = orch.run_dates(DAYS, "backfill", ahead=1, concurrency=2, timeout_s=120)

    assert [s.status for s in states] == [RunStatus.COMPLETE] * len(DAYS)
    assert seen_rows(store) == FAULT_FREE  # what the date-by-date backfill builds
    # while a date predicted, the next one had loaded and was held for it, saying so
    for day in DAYS[:-1]:
        [held] = predict.next_held[day]
        assert held.startswith(
            f"phase 2: in order: waits for earlier date {day.isoformat()} (backfill) of the "
            "backfill to stop: it "
        )
    # the order of a backfill is not a fault: the monitor raised nothing for the hold
    assert not any("is held" in a for a in predict.alerts), predict.alerts
    # every date's features and predictions were written after every row of the dates
    # before it
    rows = _effect_ids(store)
    for i, day in enumerate(DAYS[1:], start=1):
        built = [n for d, p, n in rows if d == day and p in ("features", "predict")]
        before = [n for d, _p, n in rows if d < day]
        assert min(built) > max(before), (DAYS[i], rows)
    with store.read() as conn:
        sources = set(conn.execute(sa.select(runs.c.trigger_source)).scalars())
    assert len(sources) == 1 and dependencies.is_in_order(sources.pop())


def test_a_blocked_raw_phase_holds_the_later_dates_and_its_repair_releases_them(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed()
    feed.down.add(D2)
    orch = make(store, clock, feed)
    states = orch.run_dates(DAYS, "backfill", ahead=1, concurrency=2, timeout_s=120)

    assert [s.status for s in states[:2]] == [RunStatus.COMPLETE, RunStatus.BLOCKED]
    for state in states[2:]:  # loaded their own data, held on the hole, as date by date
        assert state.finished and state.status is RunStatus.RUNNING
        [held] = state.held
        assert held.startswith(
            "phase 2: waits for earlier date 2025-11-11 (backfill): phase 2 (raw) is blocked"
        )
        assert _loaded(store, state.run.data_date)
    assert seen_rows(store) == FAULT_FREE[:2]  # nothing was built on the hole

    feed.down.clear()  # the box scores arrive; a person retries the dead letter
    assert retry_dead(store, None, now=clock.now()) == 1
    settle(orch, clock)
    assert all(run_of(orch, d).status is RunStatus.COMPLETE for d in DAYS)
    assert seen_rows(store) == FAULT_FREE
    with store.read() as conn:  # built once each, after the repair: nothing to rebuild
        assert set(conn.execute(sa.select(runs.c.generation)).scalars()) == {0}


def test_a_date_blocked_after_its_raw_phase_stops_and_the_later_dates_go_on(
    store: Store, clock: ManualClock
) -> None:
    def predict(ctx: JobContext) -> Result:
        if ctx.data_date == D2:
            raise RuntimeError("the model is missing")
        return compute(ctx)

    orch = make(store, clock, Feed(), predict=predict)
    states = orch.run_dates(DAYS, "backfill", ahead=2, concurrency=3, timeout_s=120)

    assert [s.status for s in states] == [
        RunStatus.COMPLETE,
        RunStatus.BLOCKED,
        RunStatus.COMPLETE,
        RunStatus.COMPLETE,
    ]
    # as a date-by-date backfill: the later dates built on every load, D2 not predicted
    assert seen_rows(store) == [r for r in FAULT_FREE if r[:2] != (str(D2), "predict")]
