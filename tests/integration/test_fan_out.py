"""Fan-out batches on both databases: a processor's children decide its phase completion."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from support import db
from support.pipelines import drain, orchestrator_for, pipeline_from, proc, write_effect
from tipoff.engine import batches, manual
from tipoff.engine.clock import ManualClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.registry import Child, FanOut, JobContext, ProcessorFn, Result
from tipoff.engine.schema import batches as batches_table
from tipoff.engine.schema import completions, jobs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store

D = date(2025, 3, 4)


def coordinator(n: int, threshold: float = 0.8) -> ProcessorFn:
    def fn(ctx: JobContext) -> Result:
        children = [Child("child", f"p{i}", {"i": i}) for i in range(n)]
        return Result(records=n, fan_out=FanOut(children, threshold=threshold))

    return fn


def child_failing_below(k: int) -> ProcessorFn:
    def fn(ctx: JobContext) -> Result:
        if int(ctx.params["i"]) < k:
            raise RuntimeError(f"child {ctx.params['i']} cannot predict")
        return write_effect(ctx)

    return fn


def child_down_while(down: set[str]) -> ProcessorFn:
    """A child that fails while its key (p0, p1, ...) is in ``down``: a test clears it to
    let retried children succeed."""

    def fn(ctx: JobContext) -> Result:
        if f"p{ctx.params['i']}" in down:
            raise RuntimeError(f"child {ctx.params['i']} cannot predict")
        return write_effect(ctx)

    return fn


def build(store: Store, *, n: int, failing: int = 0, threshold: float = 0.8) -> Orchestrator:
    pipeline = pipeline_from(
        [[proc("coord"), proc("other")], [proc("export")]],
        tasks=[{"name": "child", "max_attempts": 2}],
        retry_base_s=0.001,
        retry_cap_s=0.01,
    )
    return orchestrator_for(
        store,
        pipeline,
        {"coord": coordinator(n, threshold), "child": child_failing_below(failing)},
    )


def test_the_parent_completes_for_its_phase_when_its_children_have_settled(store: Store) -> None:
    orch = build(store, n=12)
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE
    with store.read() as conn:
        [progress] = batches.progress(conn, state.run.id)
        children = conn.execute(
            sa.select(jobs.c.key, jobs.c.phase, jobs.c.finished_at).where(
                jobs.c.processor == "child"
            )
        ).all()
    assert (progress.expected, progress.succeeded, progress.failed, progress.pending) == (
        12,
        12,
        0,
        0,
    )
    assert progress.settled and progress.completion_pct == 100.0
    assert len(children) == 12 and {c.phase for c in children} == {1}
    assert sorted(c.key.rsplit("/", 1)[1] for c in children) == sorted(f"p{i}" for i in range(12))
    # the export phase started only after the last child: its job was queued after them all
    export = db.job(store, "export")
    last_child = max(c.finished_at for c in children)
    assert export["queued_at"] >= last_child
    t1 = db.transition(store, state.run.id, 1)
    assert t1["trigger_reason"] == "all_complete"


def test_enough_children_succeed_so_the_phase_goes_on_despite_failures(store: Store) -> None:
    orch = build(store, n=10, failing=2)  # 8/10 = 80% >= threshold 0.8
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE
    with store.read() as conn:
        [progress] = batches.progress(conn, state.run.id)
    assert (progress.succeeded, progress.failed) == (8, 2)


def test_too_few_children_succeed_so_a_critical_parent_blocks_the_run(store: Store) -> None:
    orch = build(store, n=10, failing=3)  # 70% < 80%
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.BLOCKED
    assert state.blocked == ["phase 1: critical processor(s) dead: coord"]
    with store.read() as conn:
        dead_children = conn.execute(
            sa.select(sa.func.count())
            .select_from(jobs)
            .where(jobs.c.processor == "child", jobs.c.status == "dead")
        ).scalar_one()
    assert dead_children == 3
    assert db.count(store, jobs, jobs.c.processor == "export") == 0


def test_a_fan_out_with_no_children_completes_at_once(store: Store) -> None:
    orch = build(store, n=0)
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.status is RunStatus.COMPLETE


def test_status_shows_a_fan_out_waiting_for_its_children(store: Store) -> None:
    from tipoff.engine import queue
    from tipoff.engine.status import ProcessorState, date_status, render_text

    orch = build(store, n=5)
    ex = orch.executor("w")
    orch.start_run(D, "same_day")
    first = queue.claim(store, worker_id="w", limit=10, now=orch.clock.now(), lease_s=60)
    for job in first:
        ex.run(job)

    report = date_status(store, orch.pipeline(), D).runs[0]
    coord = next(p for p in report.phases[0].processors if p.name == "coord")
    assert coord.state is ProcessorState.RUNNING
    assert coord.fan_out is not None
    assert (coord.fan_out.expected, coord.fan_out.pending, coord.fan_out.settled) == (5, 5, False)
    text = render_text(date_status(store, orch.pipeline(), D))
    expected = (
        "coord: RUNNING (attempt 1/3) "
        "[fan-out: 0/5 succeeded, 0 failed, 5 pending, 0.0% of 80% needed]"
    )
    assert expected in text

    children = queue.claim(store, worker_id="w", limit=10, now=orch.clock.now(), lease_s=60)
    assert sorted(j.processor for j in children) == ["child"] * 5
    for job in children:
        ex.run(job)
    report = date_status(store, orch.pipeline(), D).runs[0]
    coord = next(p for p in report.phases[0].processors if p.name == "coord")
    assert coord.state is ProcessorState.COMPLETE and coord.records == 5
    assert report.phases[0].triggered


def export_jobs(store: Store) -> list[tuple[str, str]]:
    stmt = sa.select(jobs.c.trigger_source, jobs.c.status).where(jobs.c.processor == "export")
    return sorted(
        (r["trigger_source"], r["status"]) for r in db.rows(store, stmt.order_by(jobs.c.id))
    )


def test_children_retried_after_the_next_phase_started_rerun_it_once_per_change(
    store: Store, clock: ManualClock
) -> None:
    """Two children die, the phase goes on (8/10), the export runs; each dead letter put
    back and succeeding brings the batch's counts up to date and re-runs the export once."""
    down = {"p0", "p1"}

    child = child_down_while(down)

    pipeline = pipeline_from(
        [[proc("coord")], [proc("export")]],
        tasks=[{"name": "child", "max_attempts": 1}],
        rerun_on_late={2},
    )
    orch = orchestrator_for(
        store, pipeline, {"coord": coordinator(10), "child": child}, clock=clock
    )
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value
    assert export_jobs(store) == [("transition", "succeeded")]

    def counts() -> tuple[int, int, int, int]:
        [b] = db.rows(store, sa.select(batches_table))
        t1 = db.transition(store, run.id, 1)
        [c] = db.rows(store, sa.select(completions).where(completions.c.transition_id == t1["id"]))
        return b["succeeded"], b["failed"], c["records"], len(export_jobs(store))

    assert counts() == (8, 2, 8, 1)
    dead = {d.job_id: d for d in manual.dead_letters(store)}
    assert len(dead) == 2
    for job_id, expected in zip(sorted(dead), [(9, 1, 9, 2), (10, 0, 10, 3)], strict=True):
        down.discard(
            db.rows(store, sa.select(jobs).where(jobs.c.id == job_id))[0]["key"].rsplit("/", 1)[1]
        )
        clock.advance(1)
        assert manual.retry_dead(store, [job_id], now=clock.now()) == 1
        drain(orch, clock)
        assert counts() == expected
        clock.advance(1)
        drain(orch, clock)  # nothing more: the same change never re-runs twice
        assert counts() == expected
    assert export_jobs(store) == [("late", "succeeded")] * 2 + [("transition", "succeeded")]
    with store.read() as conn:
        [progress] = batches.progress(conn, run.id)
    assert (progress.succeeded, progress.failed, progress.pending) == (10, 0, 0)


def test_a_phase_not_declared_rerun_on_late_is_left_alone(store: Store, clock: ManualClock) -> None:
    down = {"p0"}

    child = child_down_while(down)

    pipeline = pipeline_from(
        [[proc("coord")], [proc("export")]], tasks=[{"name": "child", "max_attempts": 1}]
    )
    orch = orchestrator_for(
        store, pipeline, {"coord": coordinator(10), "child": child}, clock=clock
    )
    orch.start_run(D, "same_day")
    drain(orch, clock)
    down.clear()
    [dead] = manual.dead_letters(store)
    manual.retry_dead(store, [dead.job_id], now=clock.now())
    drain(orch, clock)
    [b] = db.rows(store, sa.select(batches_table))
    assert (b["succeeded"], b["failed"]) == (10, 0)  # the counts are true all the same
    assert export_jobs(store) == [("transition", "succeeded")]


def test_a_critical_fan_out_below_its_threshold_goes_on_once_retried_children_lift_it(
    store: Store, clock: ManualClock
) -> None:
    down = {"p0", "p1", "p2"}

    child = child_down_while(down)

    pipeline = pipeline_from(
        [[proc("coord")], [proc("export")]], tasks=[{"name": "child", "max_attempts": 1}]
    )
    orch = orchestrator_for(
        store, pipeline, {"coord": coordinator(10), "child": child}, clock=clock
    )
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    assert db.run_status(store, run.id) == RunStatus.BLOCKED.value  # 7/10 < 80%
    down.clear()
    assert manual.retry_dead(store, None, now=clock.now()) == 3
    drain(orch, clock)
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value
    assert export_jobs(store) == [("transition", "succeeded")]


def chunked_coordinator(sizes: list[int], threshold: float = 0.8) -> ProcessorFn:
    """Children doing several items each (``sizes``: items per child)."""

    def fn(ctx: JobContext) -> Result:
        children = [Child("child", f"c{i}", {"i": i, "n": n}, items=n) for i, n in enumerate(sizes)]
        return Result(records=sum(sizes), fan_out=FanOut(children, threshold=threshold))

    return fn


def chunk_failing(failing: dict[int, int], dying: frozenset[int]) -> ProcessorFn:
    """Child i fails ``failing[i]`` of its items (and succeeds), or dies when in ``dying``."""

    def fn(ctx: JobContext) -> Result:
        i = int(ctx.params["i"])
        if i in dying:
            raise RuntimeError(f"chunk {i} cannot be read")
        done = write_effect(ctx)
        done.failed_items = failing.get(i, 0)
        return done

    return fn


def build_chunked(
    store: Store, sizes: list[int], failing: dict[int, int], dying: frozenset[int] = frozenset()
) -> Orchestrator:
    pipeline = pipeline_from(
        [[proc("coord")], [proc("export")]],
        tasks=[{"name": "child", "max_attempts": 1}],
        retry_base_s=0.001,
        retry_cap_s=0.01,
    )
    return orchestrator_for(
        store,
        pipeline,
        {"coord": chunked_coordinator(sizes), "child": chunk_failing(failing, dying)},
    )


def test_a_batch_counts_its_children_s_items_one_failed_item_failing_alone(store: Store) -> None:
    """Three children of 4 items; one fails 1 of its 4 and succeeds: 11 of 12 succeeded."""
    orch = build_chunked(store, [4, 4, 4], failing={1: 1})
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    with store.read() as conn:
        [progress] = batches.progress(conn, state.run.id)
        children = conn.execute(
            sa.select(jobs.c.status, jobs.c["items"], jobs.c.items_failed)
            .where(jobs.c.processor == "child")
            .order_by(jobs.c.key)
        ).all()
    assert (progress.expected, progress.succeeded, progress.failed) == (12, 11, 1)
    assert children == [("succeeded", 4, 0), ("succeeded", 4, 1), ("succeeded", 4, 0)]


def test_a_dead_child_fails_all_its_items_and_the_threshold_is_in_items(store: Store) -> None:
    """A dead child of 3 items and a child failing 1 of its 5: 4 of 8 is under 80%."""
    orch = build_chunked(store, [3, 5], failing={1: 1}, dying=frozenset({0}))
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.status is RunStatus.BLOCKED
    with store.read() as conn:
        [progress] = batches.progress(conn, state.run.id)
    assert (progress.expected, progress.succeeded, progress.failed) == (8, 4, 4)
    assert progress.completion_pct == 50.0
