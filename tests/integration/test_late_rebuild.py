"""A late success rebuilds what was built without it, on both databases.

An optional processor that died (its phase went on without it) and succeeds later (a
dead letter retried, a straggler) changes what the later phases of its date read: its
readers in the next phase run again (the rest of that phase is not reloaded), and the
phases after are rebuilt, once, under fresh keys; later dates that read the phase are
rebuilt in turn, so every table ends as in a run that never saw the fault. A producer
re-run for a retried consumer (a repair) rebuilds nothing by itself: the consumer's own
completion carries the change.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
import yaml

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
from tipoff.engine.clock import ManualClock
from tipoff.engine.migrations import SchemaComponent
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import jobs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store

D1 = date(2025, 11, 10)
D2 = D1 + timedelta(days=1)

# What a phase computed: how many 'extra' documents of its date and earlier it saw.
saw_metadata = sa.MetaData()
saw = sa.Table(
    "test_saw",
    saw_metadata,
    sa.Column("data_date", sa.Date, primary_key=True),
    sa.Column("processor", sa.String(32), primary_key=True),
    sa.Column("extras", sa.Integer, nullable=False),
)
SAW_SCHEMA = SchemaComponent("test_saw", saw_metadata)


def build(ctx: JobContext) -> Result:
    """A later phase's processor: its date's row of how many extras it and the earlier dates
    loaded (replaced)."""
    assert ctx.data_date is not None
    with ctx.store.read() as conn:
        extras = conn.execute(
            sa.select(sa.func.count())
            .select_from(effects)
            .where(
                effects.c.processor == ctx.params.get("reads", "parse_extra"),
                effects.c.data_date <= ctx.data_date,
            )
        ).scalar_one()
    effect = write_effect(ctx)

    def write(conn: sa.Connection) -> int:
        assert effect.write is not None
        effect.write(conn)
        where = sa.and_(saw.c.data_date == ctx.data_date, saw.c.processor == ctx.processor)
        conn.execute(sa.delete(saw).where(where))
        conn.execute(
            sa.insert(saw).values(
                data_date=ctx.data_date, processor=ctx.processor, extras=int(extras)
            )
        )
        return 1

    return Result(records=1, write=write)


def parse_extra(ctx: JobContext) -> Result:
    """Loads its date's extra document: a row only when there was one to load."""
    with ctx.store.read() as conn:
        fetched = conn.execute(
            sa.select(sa.func.count())
            .select_from(effects)
            .where(effects.c.processor == "extra", effects.c.data_date == ctx.data_date)
        ).scalar_one()
    return write_effect(ctx) if fetched else Result(records=0)


class Feed:
    """A processor that fails while ``down`` (one attempt each: it dies at once)."""

    def __init__(self, down: bool = False) -> None:
        self.down = down

    def __call__(self, ctx: JobContext) -> Result:
        if self.down:
            raise RuntimeError(f"{ctx.processor} of {ctx.data_date}: upstream down")
        return write_effect(ctx)


def make(store: Store, clock: ManualClock, feeds: dict[str, Feed]) -> Orchestrator:
    """fetch + optional extra | load (+ optional parse_extra reading extra) | features
    (reads earlier dates' phase 2) | predict."""
    text = yaml.safe_dump(
        {
            "pipeline": "t",
            "modes": ["same_day", "backfill"],
            "defaults": {
                "processor": {"max_attempts": 1, "timeout_s": 60},
                "policy": {"quorum": 0.5, "deadline_floor_s": 600},
            },
            "phases": [
                {
                    "phase": 1,
                    "name": "scrape",
                    "processors": [proc("fetch"), proc("extra", critical=False)],
                },
                {
                    "phase": 2,
                    "name": "raw",
                    "processors": [
                        proc("load"),
                        proc("parse_extra", critical=False, input_from="extra"),
                    ],
                },
                {
                    "phase": 3,
                    "name": "features",
                    "depends_on_earlier_dates": {"phase": 2},
                    "processors": [proc("features")],
                },
                {"phase": 4, "name": "predict", "processors": [proc("predict")]},
            ],
        },
        sort_keys=False,
    )
    pipeline = parse_pipeline(text, source="tests/late.yaml")
    procs = {"features": build, "predict": build, "parse_extra": parse_extra, **feeds}
    orch = orchestrator_for(store, pipeline, procs, clock=clock)
    store.ensure_schema(SAW_SCHEMA)
    return orch


def saw_rows(store: Store) -> list[tuple[str, str, int]]:
    with store.read() as conn:
        rows = conn.execute(
            sa.select(saw.c.data_date, saw.c.processor, saw.c.extras).order_by(
                saw.c.data_date, saw.c.processor
            )
        ).all()
    return [(str(d), p, n) for d, p, n in rows]


def rebuilt_keys(store: Store) -> list[tuple[str, str]]:
    with store.read() as conn:
        rows = conn.execute(
            sa.select(jobs.c.key, jobs.c.trigger_source)
            .where(jobs.c.key.like("%/rebuild/%"))
            .order_by(jobs.c.data_date, jobs.c.phase, jobs.c.processor)
        ).all()
    return [(k, s) for k, s in rows]


def test_a_dead_optional_processor_retried_later_rebuilds_its_date_and_the_later_dates(
    store: Store, clock: ManualClock
) -> None:
    """``extra`` of D1 dies (optional: D1 goes on and completes without it, and D2 after
    it); retried, it succeeds after its phase triggered: its reader ``parse_extra`` runs
    again (``load`` does not), and D1 and D2, which read D1's phase 2, are rebuilt from
    phase 3, each once; then every row is the fault-free one."""
    expected = [
        ("2025-11-10", "features", 1),
        ("2025-11-10", "predict", 1),
        ("2025-11-11", "features", 2),
        ("2025-11-11", "predict", 2),
    ]
    feed = Feed(down=True)
    orch = make(store, clock, {"extra": feed})
    orch.start_run(D1, "backfill")
    settle(orch, clock)
    feed.down = False
    orch.start_run(D2, "backfill")
    settle(orch, clock)
    assert run_of(orch, D1).status is RunStatus.COMPLETE  # an optional dead letter
    assert ("2025-11-10", "features", 0) in saw_rows(store)  # built without it

    [dead] = manual.dead_letters(store)
    assert manual.retry_dead(store, [dead.job_id], now=clock.now()) == 1
    drain(orch, clock)  # extra, then parse_extra, succeed late: D1 and D2 are marked
    state = run_of(orch, D1)
    assert (state.run.rebuild_phase, state.status) == (3, RunStatus.RUNNING)
    shown = status.render_text(status.date_status(store, orch.pipeline(), D1))
    assert (
        "rebuild due from phase 3: parse_extra of phase 2 (raw) succeeded after the phase had "
        "triggered" in shown
    )
    assert run_of(orch, D2).run.rebuild_phase == 3

    settle(orch, clock)
    assert saw_rows(store) == expected
    assert [run_of(orch, d).status for d in (D1, D2)] == [RunStatus.COMPLETE] * 2
    assert rebuild.rebuild_due(store, orch.pipelines, now=clock.now()) == 0
    assert rebuilt_keys(store) == [
        ("t/2025-11-10/backfill/3/features/rebuild/1", "rebuild"),
        ("t/2025-11-10/backfill/4/predict/rebuild/1", "transition"),
        ("t/2025-11-11/backfill/3/features/rebuild/1", "rebuild"),
        ("t/2025-11-11/backfill/4/predict/rebuild/1", "transition"),
    ]
    with store.read() as conn:  # phase 2: only the late document's reader ran again
        again = conn.execute(
            sa.select(jobs.c.processor, jobs.c.trigger_source).where(jobs.c.key.like("%/late/%"))
        ).all()
    assert [tuple(r) for r in again] == [("parse_extra", "late")]


def test_a_same_day_run_gets_its_late_optional_input_into_its_predictions(
    store: Store, clock: ManualClock
) -> None:
    """The same-day case of the injury report down all morning: the day completes without
    it; its retry lands late and the day's later phases are rebuilt with it."""
    feed = Feed(down=True)
    orch = make(store, clock, {"extra": feed})
    orch.start_run(D1, "same_day")
    settle(orch, clock)
    assert run_of(orch, D1, "same_day").status is RunStatus.COMPLETE
    feed.down = False
    manual.retry_dead(store, None, now=clock.now())
    settle(orch, clock)
    state = run_of(orch, D1, "same_day")
    assert (state.status, state.run.generation) == (RunStatus.COMPLETE, 1)
    assert saw_rows(store) == [("2025-11-10", "features", 1), ("2025-11-10", "predict", 1)]


def test_a_straggler_past_a_quorum_trigger_rebuilds_the_later_phases(
    store: Store, clock: ManualClock
) -> None:
    """Not a dead letter at all: the optional processor was still running when its phase
    triggered at the deadline; its success is late in the same way."""
    orch = make(store, clock, {})
    orch.start_run(D1, "backfill")
    with store.read() as conn:
        [extra] = conn.execute(sa.select(jobs.c.id).where(jobs.c.processor == "extra")).scalars()
    with store.transaction() as conn:  # the straggler: not due before the deadline
        conn.execute(sa.update(jobs).where(jobs.c.id == extra).values(run_after=1e12))
    drain(orch, clock)
    clock.advance(3600)
    settle(orch, clock)  # quorum timeout: phase 1 triggers without it, the run completes
    assert ("2025-11-10", "predict", 0) in saw_rows(store)
    with store.transaction() as conn:
        conn.execute(sa.update(jobs).where(jobs.c.id == extra).values(run_after=clock.now()))
    settle(orch, clock)
    assert ("2025-11-10", "predict", 1) in saw_rows(store)
    assert run_of(orch, D1).run.generation == 1


def test_a_repair_re_run_of_a_producer_rebuilds_nothing_beyond_what_its_consumer_does(
    store: Store, clock: ManualClock
) -> None:
    """``parse_extra`` (optional, reads ``extra``) dies; retried with its input, ``extra``
    runs again first (a repair, late in phase 1), then ``parse_extra`` (late in phase 2):
    one rebuild, from phase 3, not a second one from phase 2."""
    parse = Feed(down=True)
    orch = make(store, clock, {"parse_extra": parse})
    orch.start_run(D1, "backfill")
    settle(orch, clock)
    assert run_of(orch, D1).status is RunStatus.COMPLETE
    parse.down = False
    [dead] = manual.dead_letters(store)
    [retried] = manual.retry_with_inputs(store, orch.pipelines, [dead.job_id], now=clock.now())
    assert retried.via == "extra"
    settle(orch, clock)
    state = run_of(orch, D1)
    assert (state.status, state.run.generation) == (RunStatus.COMPLETE, 1)
    assert [k for k, _ in rebuilt_keys(store)] == [
        "t/2025-11-10/backfill/3/features/rebuild/1",
        "t/2025-11-10/backfill/4/predict/rebuild/1",
    ]


# -- a phase that reads the same date's run of another mode ------------------------------


def grade(ctx: JobContext) -> Result:
    """The overnight grading: reads what the same date's same-day predict saw."""
    with ctx.store.read() as conn:
        predicted = conn.execute(
            sa.select(saw.c.extras).where(
                saw.c.data_date == ctx.data_date, saw.c.processor == "predict"
            )
        ).scalar()

    def write(conn: sa.Connection) -> int:
        where = sa.and_(saw.c.data_date == ctx.data_date, saw.c.processor == "grade")
        conn.execute(sa.delete(saw).where(where))
        conn.execute(
            sa.insert(saw).values(
                data_date=ctx.data_date,
                processor="grade",
                extras=-1 if predicted is None else predicted,
            )
        )
        return 1

    return Result(records=1, write=write)


def make_graded(store: Store, clock: ManualClock, feeds: dict[str, Feed]) -> Orchestrator:
    """Same-day: fetch + optional extra | predict (reads extra). Overnight: fetch | (none) |
    grade, which reads the same date's same-day predict."""
    text = yaml.safe_dump(
        {
            "pipeline": "t",
            "modes": ["same_day", "overnight"],
            "defaults": {"processor": {"max_attempts": 1, "timeout_s": 60}},
            "phases": [
                {
                    "phase": 1,
                    "name": "scrape",
                    "processors": [
                        proc("fetch"),
                        proc("extra", critical=False, modes=["same_day"]),
                    ],
                },
                {
                    "phase": 2,
                    "name": "predict",
                    "processors": [proc("predict", modes=["same_day"], params={"reads": "extra"})],
                },
                {
                    "phase": 3,
                    "name": "grade",
                    "depends_on_same_date": {
                        "phase": 2,
                        "modes": ["overnight"],
                        "from_modes": ["same_day"],
                        "no_wait_modes": ["overnight"],
                    },
                    "processors": [proc("grade", modes=["overnight"])],
                },
            ],
        },
        sort_keys=False,
    )
    pipeline = parse_pipeline(text, source="tests/graded.yaml")
    orch = orchestrator_for(
        store, pipeline, {"predict": build, "grade": grade, **feeds}, clock=clock
    )
    store.ensure_schema(SAW_SCHEMA)
    return orch


def test_a_same_day_run_rebuilt_after_its_night_was_graded_has_it_graded_again(
    store: Store, clock: ManualClock
) -> None:
    feed = Feed(down=True)
    orch = make_graded(store, clock, {"extra": feed})
    orch.start_run(D1, "same_day")
    settle(orch, clock)
    orch.start_run(D1, "overnight")
    settle(orch, clock)
    assert saw_rows(store) == [("2025-11-10", "grade", 0), ("2025-11-10", "predict", 0)]
    assert run_of(orch, D1, "overnight").status is RunStatus.COMPLETE

    feed.down = False
    manual.retry_dead(store, None, now=clock.now())
    settle(orch, clock)
    assert saw_rows(store) == [("2025-11-10", "grade", 1), ("2025-11-10", "predict", 1)]
    for mode in ("same_day", "overnight"):
        state = run_of(orch, D1, mode)
        assert (state.status, state.run.generation) == (RunStatus.COMPLETE, 1), mode
    assert [k for k, _ in rebuilt_keys(store)] == [
        "t/2025-11-10/same_day/2/predict/rebuild/1",
        "t/2025-11-10/overnight/3/grade/rebuild/1",
    ]


def test_a_night_graded_before_its_predictions_says_so_and_is_graded_again_after_them(
    store: Store, clock: ManualClock
) -> None:
    orch = make_graded(store, clock, {})
    orch.start_run(D1, "same_day")
    with store.transaction() as conn:  # the same-day run's predictions are not done yet
        conn.execute(sa.update(jobs).where(jobs.c.processor == "fetch").values(run_after=1e12))
    orch.start_run(D1, "overnight")
    settle(orch, clock)
    state = run_of(orch, D1, "overnight")
    assert state.status is RunStatus.COMPLETE_DEGRADED
    assert state.run.outcome == "built without 2025-11-10 (same_day): phase 2 (predict) not reached"
    assert saw_rows(store) == [("2025-11-10", "grade", -1)]

    with store.transaction() as conn:
        conn.execute(sa.update(jobs).where(jobs.c.processor == "fetch").values(run_after=0))
    settle(orch, clock)
    state = run_of(orch, D1, "overnight")
    assert (state.status, state.run.outcome, state.run.generation) == (RunStatus.COMPLETE, None, 1)
    assert saw_rows(store) == [("2025-11-10", "grade", 1), ("2025-11-10", "predict", 1)]


def test_a_same_date_dependency_must_name_other_modes() -> None:
    text = yaml.safe_dump(
        {
            "pipeline": "t",
            "modes": ["same_day", "overnight"],
            "phases": [
                {"phase": 1, "name": "a", "processors": [proc("a")]},
                {
                    "phase": 2,
                    "name": "b",
                    "depends_on_same_date": {"phase": 1, "from_modes": ["same_day"]},
                    "processors": [proc("b")],
                },
            ],
        }
    )
    with pytest.raises(Exception) as err:
        parse_pipeline(text, source="tests/graded.yaml")
    assert "depends_on_same_date.from_modes: name the other modes" in str(err.value)
