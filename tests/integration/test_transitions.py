"""Phase transitions on both databases: deadlines, quorum, mode-specific expected sets."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import drain, orchestrator_for, pipeline_from, proc, write_effect
from tipoff.engine import deadline_sweep, queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import completions, jobs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import JobStatus, RunStatus, TriggerReason
from tipoff.engine.store import Store

D = date(2025, 2, 3)


def phase_jobs(store: Store, phase: int) -> list[str]:
    stmt = sa.select(jobs.c.processor).where(jobs.c.phase == phase).order_by(jobs.c.processor)
    return [r["processor"] for r in db.rows(store, stmt)]


def test_quorum_timeout_triggers_only_after_the_deadline(store: Store, clock: ManualClock) -> None:
    pipeline = pipeline_from(
        [
            [proc("a"), proc("b"), proc("c"), proc("d"), proc("slow", critical=False)],
            [proc("next")],
        ],
        quorum=0.8,
        deadline_floor_s=600,
    )
    orch = orchestrator_for(store, pipeline, clock=clock)
    ex = orch.executor("w")
    started = clock.now()
    run = orch.start_run(D, "same_day")

    claimed = queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=3600)
    by_name = {j.processor: j for j in claimed}
    assert set(by_name) == {"a", "b", "c", "d", "slow"}
    for name in "abcd":
        assert ex.run(by_name[name]).status is JobStatus.SUCCEEDED
    # 4 of 5 succeeded (the quorum), the optional one is still running: wait for the deadline
    t1 = db.transition(store, run.id, 1)
    assert t1["deadline_at"] == started + 600
    assert not t1["triggered"]

    for step in (0.0, 300.0, 299.9):
        clock.advance(step)
        assert deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now()) == 0
        assert not db.transition(store, run.id, 1)["triggered"]
        assert phase_jobs(store, 2) == []

    clock.advance(0.1)  # now == deadline
    assert deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now()) == 1
    t1 = db.transition(store, run.id, 1)
    assert t1["triggered"]
    assert t1["trigger_reason"] == TriggerReason.QUORUM_TIMEOUT.value
    assert t1["triggered_at"] == clock.now()
    assert phase_jobs(store, 2) == ["next"]

    # a second sweep and the straggler's late success change nothing
    assert deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now() + 1) == 0
    assert ex.run(by_name["slow"]).status is JobStatus.SUCCEEDED
    t1 = db.transition(store, run.id, 1)
    assert (t1["trigger_reason"], t1["triggered_at"]) == (
        TriggerReason.QUORUM_TIMEOUT.value,
        clock.now(),
    )
    assert phase_jobs(store, 2) == ["next"]
    assert db.count(store, completions, completions.c.transition_id == t1["id"]) == 5

    [nxt] = queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=60)
    assert ex.run(nxt).outcome.run_status is RunStatus.COMPLETE
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value


def test_deadline_does_not_trigger_while_a_critical_processor_is_pending(
    store: Store, clock: ManualClock
) -> None:
    pipeline = pipeline_from(
        [[proc("a"), proc("b"), proc("c"), proc("d"), proc("e", critical=False)], [proc("z")]],
        quorum=0.5,
        deadline_floor_s=60,
    )
    orch = orchestrator_for(store, pipeline, clock=clock)
    ex = orch.executor("w")
    run = orch.start_run(D, "same_day")
    by_name = {
        j.processor: j
        for j in queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=3600)
    }
    for name in "bcde":
        ex.run(by_name[name])
    clock.advance(3600)
    assert deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now()) == 0
    assert not db.transition(store, run.id, 1)["triggered"]
    ex.run(by_name["a"])
    assert db.transition(store, run.id, 1)["trigger_reason"] == TriggerReason.ALL_COMPLETE.value


def test_expected_processors_depend_on_the_mode(store: Store) -> None:
    overnight_only = {"modes": ["overnight"]}
    pipeline = pipeline_from(
        [
            [proc("box_scores", **overnight_only)],  # empty in same_day: skipped at start
            [proc("schedule"), proc("grading", **overnight_only)],
            [proc("results", **overnight_only)],  # empty in same_day: skipped mid-run
            [proc("features", modes=["same_day", "overnight"])],
            [proc("export_results", **overnight_only)],  # empty last phase: run completes
        ],
        modes=("same_day", "overnight"),
    )
    orch = orchestrator_for(store, pipeline)
    states = orch.run_dates([D], "same_day", timeout_s=120, poll_s=0.02)
    states += orch.run_dates([D], "overnight", timeout_s=120, poll_s=0.02)
    assert [s.status for s in states] == [RunStatus.COMPLETE, RunStatus.COMPLETE]
    same_day, overnight = (s.run for s in states)

    def ran(mode: str) -> set[str]:
        stmt = sa.select(jobs.c.processor).where(jobs.c.mode == mode)
        return {r["processor"] for r in db.rows(store, stmt)}

    assert ran("same_day") == {"schedule", "features"}
    assert ran("overnight") == {
        "box_scores",
        "schedule",
        "grading",
        "results",
        "features",
        "export_results",
    }
    assert db.effect_counts_by_mode(store) == {
        **{("same_day", name): 1 for name in ran("same_day")},
        **{("overnight", name): 1 for name in ran("overnight")},
    }

    def expected(run_id: int) -> dict[int, list[str]]:
        stmt = (
            sa.select(transitions_table.c.phase, transitions_table.c.expected)
            .where(transitions_table.c.run_id == run_id)
            .order_by(transitions_table.c.phase)
        )
        return {r["phase"]: [e["name"] for e in r["expected"]] for r in db.rows(store, stmt)}

    assert expected(same_day.id) == {
        1: [],
        2: ["schedule"],
        3: [],
        4: ["features"],
        5: [],
    }
    assert expected(overnight.id) == {
        1: ["box_scores"],
        2: ["schedule", "grading"],
        3: ["results"],
        4: ["features"],
        5: ["export_results"],
    }
    # the skipped phases triggered by themselves, each once, as complete
    for phase in (1, 3, 5):
        t = db.transition(store, same_day.id, phase)
        assert t["triggered"] and t["trigger_reason"] == TriggerReason.ALL_COMPLETE.value


def test_the_expected_set_is_a_snapshot_taken_when_the_phase_starts(
    store: Store, clock: ManualClock
) -> None:
    v1 = pipeline_from([[proc("a"), proc("b")], [proc("c")]])
    orch = orchestrator_for(store, v1, clock=clock)
    run = orch.start_run(D, "same_day")
    # the definition changes while the phase is open: "b" is dropped
    v2 = pipeline_from([[proc("a")], [proc("c")]])
    orch2 = orchestrator_for(store, v2, clock=clock)
    ex = orch2.executor("w")
    a = next(
        j
        for j in queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=60)
        if j.processor == "a"
    )
    ex.run(a)
    # the open phase still waits for what it expected when it started
    t1 = db.transition(store, run.id, 1)
    assert [e["name"] for e in t1["expected"]] == ["a", "b"]
    assert not t1["triggered"]


def test_run_params_reach_every_job_of_the_run(store: Store, clock: ManualClock) -> None:
    pipeline = pipeline_from([[proc("a", params={"kind": "x"})], [proc("b")]])
    orch = orchestrator_for(store, pipeline, clock=clock)
    ex = orch.executor("w")
    run = orch.start_run(D, "same_day", params={"source": "replay"})
    assert run.params == {"source": "replay"}

    seen: dict[str, dict[str, object]] = {}
    for _ in range(2):
        for job in queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=60):
            seen[job.processor] = dict(job.params)
            assert ex.run(job).status is JobStatus.SUCCEEDED
    # the run's params are added to the processor's own, in both phases (and win a clash)
    assert seen == {"a": {"source": "replay", "kind": "x"}, "b": {"source": "replay"}}


def test_a_dead_optional_processor_does_not_block_a_phase_of_four(
    store: Store, clock: ManualClock
) -> None:
    """3 of 4 succeeded is below the 80% quorum; the dead one is optional: the run goes on."""

    def down(ctx: object) -> None:
        raise RuntimeError("optional feed down")

    pipeline = pipeline_from(
        [[proc("a"), proc("b"), proc("c"), proc("opt", critical=False)], [proc("z")]],
        quorum=0.8,
        max_attempts=1,
    )
    orch = orchestrator_for(store, pipeline, {"opt": down}, clock=clock)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    t1 = db.transition(store, run.id, 1)
    assert t1["blocked_reason"] is None
    assert (t1["triggered"], t1["trigger_reason"]) == (True, TriggerReason.QUORUM_TIMEOUT.value)
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value
    assert db.job(store, "opt")["status"] == JobStatus.DEAD.value


def test_a_straggler_after_a_quorum_trigger_reruns_a_chain_of_rerun_on_late_phases_once(
    store: Store, clock: ManualClock
) -> None:
    """The optional processor succeeds an hour after its phase went on without it: phase 2
    runs again with its output, and phase 2's late completion runs phase 3 again, once."""
    calls: list[int] = []

    def slow(ctx: JobContext) -> Result:
        calls.append(ctx.attempt)
        if len(calls) == 1:
            raise RuntimeError("feed not there yet")
        return write_effect(ctx)

    pipeline = pipeline_from(
        [[proc("a"), proc("slow", critical=False)], [proc("b")], [proc("c")]],
        quorum=0.5,
        deadline_floor_s=60,
        retry_base_s=3600,
        retry_cap_s=3600,
        rerun_on_late={2, 3},
    )
    orch = orchestrator_for(store, pipeline, {"slow": slow}, clock=clock)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    clock.advance(61)
    assert deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now()) == 1
    drain(orch, clock)
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value
    assert db.effect_counts(store) == {(D, "a"): 1, (D, "b"): 1, (D, "c"): 1}

    clock.advance(3600)
    drain(orch, clock)  # the straggler, then the re-runs it causes
    assert db.effect_counts(store) == {(D, "a"): 1, (D, "slow"): 1, (D, "b"): 2, (D, "c"): 2}
    sources = db.rows(
        store,
        sa.select(jobs.c.processor, jobs.c.trigger_source)
        .where(jobs.c.processor.in_(["b", "c"]))
        .order_by(jobs.c.processor, jobs.c.id),
    )
    assert [(r["processor"], r["trigger_source"]) for r in sources] == [
        ("b", "transition"),
        ("b", "late"),
        ("c", "transition"),
        ("c", "late"),
    ]
    clock.advance(3600)
    drain(orch, clock)
    assert db.count(store, jobs) == 6  # nothing more
    assert db.run_status(store, run.id) == RunStatus.COMPLETE.value


def test_a_transition_that_cannot_be_evaluated_does_not_starve_the_deadlines_behind_it(
    store: Store, clock: ManualClock
) -> None:
    pipeline = pipeline_from(
        [[proc("a"), proc("slow", critical=False)], [proc("next")]],
        quorum=0.5,
        deadline_floor_s=60,
    )
    orch = orchestrator_for(store, pipeline, clock=clock)
    ex = orch.executor("w")
    later = date(2025, 2, 4)
    poisoned, healthy = orch.start_run(D, "same_day"), orch.start_run(later, "same_day")
    for job in queue.claim(store, worker_id="w", limit=10, now=clock.now(), lease_s=3600):
        if job.processor == "a":
            assert ex.run(job).status is JobStatus.SUCCEEDED
    # a row the policy cannot read (hand-edited, or written by a future version)
    bad = db.transition(store, poisoned.id, 1)["id"]
    with store.transaction() as conn:
        conn.execute(
            sa.update(transitions_table)
            .where(transitions_table.c.id == bad)
            .values(expected=[{"bogus": 1}])
        )

    clock.advance(61)
    for due in (2, 1):  # the poisoned row stays; each sweep still reaches the rest, once
        with pytest.raises(deadline_sweep.SweepIncomplete, match=f"1 of {due} .*transition {bad}"):
            deadline_sweep.sweep_deadlines(store, orch.pipelines, now=clock.now())
        assert db.transition(store, healthy.id, 1)["triggered"]
        assert not db.transition(store, poisoned.id, 1)["triggered"]
        assert phase_jobs(store, 2) == ["next"]
