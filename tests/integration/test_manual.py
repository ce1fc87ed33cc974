"""Manual controls on both databases: re-run, forced phases, dead-letter handling."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from support import db
from support.pipelines import drain, orchestrator_for, pipeline_from, proc, write_effect
from tipoff.engine import manual
from tipoff.engine.clock import ManualClock
from tipoff.engine.registry import JobContext, Result
from tipoff.engine.schema import execution_log, jobs, runs
from tipoff.engine.schema import transitions as transitions_table
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.errors import QueueError

D = date(2025, 12, 29)


def test_rerunning_processors_of_a_started_phase_is_recorded_as_manual(
    store: Store, clock: ManualClock
) -> None:
    orch = orchestrator_for(
        store, pipeline_from([[proc("a"), proc("b")], [proc("c")]]), clock=clock
    )
    orch.start_run(D, "same_day")
    drain(orch, clock)
    clock.advance(10)
    done = manual.trigger_phase(
        store, orch.pipeline(), D, "same_day", 1, now=clock.now(), processors=["b"]
    )
    assert (done.forced_previous, done.enqueued) == (False, ["b"])
    drain(orch, clock)
    with store.read() as conn:
        sources = (
            conn.execute(
                sa.select(execution_log.c.trigger_source)
                .where(execution_log.c.processor == "b")
                .order_by(execution_log.c.finished_at)
            )
            .scalars()
            .all()
        )
    assert sources == ["run", "manual"]
    with pytest.raises(QueueError, match=r"phase 1 in mode same_day has no processor\(s\) zz"):
        manual.trigger_phase(
            store, orch.pipeline(), D, "same_day", 1, now=clock.now(), processors=["zz"]
        )


def test_forcing_a_phase_past_a_stuck_one_needs_the_bypass_and_says_so(
    store: Store, clock: ManualClock
) -> None:
    def never(ctx: JobContext) -> Result:
        raise RuntimeError("upstream is down")

    pipeline = pipeline_from([[proc("a"), proc("stuck")], [proc("c")], [proc("d")]], max_attempts=1)
    orch = orchestrator_for(store, pipeline, {"stuck": never}, clock=clock)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.BLOCKED
    with pytest.raises(
        QueueError,
        match="phase 2 of 2025-12-29 \\(same_day\\) has not started: "
        "phase 1 is not triggered; use --skip-dependency-check",
    ):
        manual.trigger_phase(store, pipeline, D, "same_day", 2, now=clock.now())

    forced = manual.trigger_phase(
        store, pipeline, D, "same_day", 2, now=clock.now(), skip_dependency_check=True
    )
    assert forced.forced_previous and forced.enqueued == ["c"]
    t1 = db.transition(store, run.id, 1)
    assert t1["triggered"] and t1["trigger_reason"] == "manual"
    assert db.job(store, "c")["trigger_source"] == "manual"
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE


def test_dead_letters_can_be_listed_shown_retried_and_purged(
    store: Store, clock: ManualClock
) -> None:
    flaky = {"fail": True}

    def sometimes(ctx: JobContext) -> Result:
        if flaky["fail"]:
            raise RuntimeError("feed returned 0 teams")
        return write_effect(ctx)

    pipeline = pipeline_from(
        [[proc("a"), proc("b")], [proc("c")]], max_attempts=2, retry_base_s=0.001, retry_cap_s=0.001
    )
    orch = orchestrator_for(store, pipeline, {"b": sometimes}, clock=clock)
    run = orch.start_run(D, "same_day")
    for _ in range(3):
        drain(orch, clock)
        clock.advance(1)
    [dead] = manual.dead_letters(store)
    assert (dead.processor, dead.attempts, dead.data_date) == ("b", 2, D)
    assert dead.error == "RuntimeError: feed returned 0 teams"
    detail = manual.dead_letter_detail(store, dead.job_id)
    assert "Traceback" in detail["job"]["last_traceback"]
    assert [a["status"] for a in detail["attempts"]] == ["failed", "dead"]

    flaky["fail"] = False
    assert manual.retry_dead(store, [dead.job_id], now=clock.now()) == 1
    assert db.job(store, "b")["status"] == JobStatus.QUEUED.value
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    assert manual.dead_letters(store) == []

    flaky["fail"] = True
    orch.start_run(date(2025, 12, 30), "same_day")
    for _ in range(3):
        drain(orch, clock)
        clock.advance(1)
    assert len(manual.dead_letters(store)) == 1
    assert manual.purge_dead(store, None) == 1
    assert manual.dead_letters(store) == []
    assert db.count(store, jobs, jobs.c.status == "dead") == 0


def engine_rows(store: Store) -> dict[str, int]:
    return {t.name: db.count(store, t) for t in (runs, transitions_table, jobs)}


def test_a_refused_trigger_changes_nothing(store: Store, clock: ManualClock) -> None:
    """A phase of a date without a run is refused, and leaves no run, phase or job behind."""
    pipeline = pipeline_from([[proc("a")], [proc("b")], [proc("c")]])
    orchestrator_for(store, pipeline, clock=clock)  # prepares the schema
    for phase, bypass in ((3, False), (3, True), (2, False)):
        with pytest.raises(QueueError, match="has not started"):
            manual.trigger_phase(
                store,
                pipeline,
                D,
                "same_day",
                phase,
                now=clock.now(),
                skip_dependency_check=bypass,
            )
        assert engine_rows(store) == {"runs": 0, "transitions": 0, "jobs": 0}


def test_triggering_the_first_phase_of_a_new_date_runs_each_processor_once(
    store: Store, clock: ManualClock
) -> None:
    orch = orchestrator_for(
        store, pipeline_from([[proc("a"), proc("b")], [proc("c")]]), clock=clock
    )
    done = manual.trigger_phase(store, orch.pipeline(), D, "same_day", 1, now=clock.now())
    assert (done.forced_previous, done.enqueued) == (False, ["a", "b"])
    assert engine_rows(store) == {"runs": 1, "transitions": 1, "jobs": 2}
    assert {j["trigger_source"] for j in db.rows(store, sa.select(jobs))} == {"manual"}
    drain(orch, clock)
    assert db.run_status(store, done.run_id) == RunStatus.COMPLETE.value
    assert db.effect_counts(store) == {(D, name): 1 for name in "abc"}
