"""A run's outcome on both databases: every phase ran, but did the day deliver?

The pipeline declares outcome checks; a run whose last phase triggers while one fails is
``complete_degraded`` (with why), everywhere its status is read; a later re-run of the last
phase that delivers makes it complete.
"""

from __future__ import annotations

from datetime import date

from support.inbox import Inbox
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import status
from tipoff.engine.alerts import AlertBook, Severity
from tipoff.engine.clock import ManualClock
from tipoff.engine.manual import trigger_phase
from tipoff.engine.monitor import Monitor
from tipoff.engine.preflight import CheckContext, CheckResult
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store

D = date(2025, 12, 29)


class Delivered:
    """An outcome check the test answers; it records the modes it was asked for."""

    def __init__(self) -> None:
        self.ok = False
        self.asked: list[tuple[str, int]] = []

    def __call__(self, ctx: CheckContext) -> CheckResult:
        self.asked.append((ctx.mode, ctx.phase))
        if self.ok:
            return CheckResult.passed("12 players predicted")
        return CheckResult.failed(
            f"0 of 12 players predicted (skipped: min_share {ctx.params['min_share']})"
        )


def test_a_run_that_misses_its_outcome_is_complete_degraded_until_a_rerun_delivers(
    store: Store, clock: ManualClock
) -> None:
    check = Delivered()
    pipeline = pipeline_from(
        [[proc("a")], [proc("b")]],
        outcome=[{"check": "delivered", "modes": ["same_day"], "params": {"min_share": 0.5}}],
    )
    orch = orchestrator_for(store, pipeline, clock=clock, checks={"delivered": check})
    run = orch.start_run(D, "same_day")
    drain(orch, clock)

    state = orch.run_state(run.id)
    assert state.status is RunStatus.COMPLETE_DEGRADED and state.finished
    why = "delivered: 0 of 12 players predicted (skipped: min_share 0.5)"
    assert state.outcome == why
    assert check.asked == [("same_day", 2)]  # once, when the last phase triggered
    report = status.date_status(store, orch.pipeline(), D)
    text = status.render_text(report)
    assert "Run t 2025-12-29 (same_day): COMPLETE_DEGRADED" in text
    assert f"  outcome missed: {why}" in text
    assert status.to_json(report)["runs"][0]["outcome"] == why

    # the monitor alerts once for the date (not again on its next turn)
    inbox = Inbox()
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock)
    assert monitor.check().opened == ["outcome:t:2025-12-29:same_day"]
    clock.advance(60)
    assert monitor.check().opened == []
    [event] = inbox.events
    assert event.alert.severity is Severity.WARNING and why in event.alert.message

    # the last phase runs again and now delivers: the run is complete, the reason gone
    check.ok = True
    trigger_phase(store, orch.pipeline(), D, "same_day", 2, now=clock.now(), processors=["b"])
    drain(orch, clock)
    state = orch.run_state(run.id)
    assert state.status is RunStatus.COMPLETE and state.outcome is None
    assert status.date_status(store, orch.pipeline(), D).runs[0].outcome is None
    assert monitor.check().resolved == ["outcome:t:2025-12-29:same_day"]


def test_modes_the_outcome_does_not_name_complete_without_asking(
    store: Store, clock: ManualClock
) -> None:
    check = Delivered()
    pipeline = pipeline_from([[proc("a")]], outcome=[{"check": "delivered", "modes": ["same_day"]}])
    orch = orchestrator_for(store, pipeline, clock=clock, checks={"delivered": check})
    run = orch.start_run(D, "overnight")
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    assert check.asked == []


def test_an_outcome_check_that_raises_misses_the_outcome_instead_of_passing(
    store: Store, clock: ManualClock
) -> None:
    def broken(ctx: CheckContext) -> CheckResult:
        raise RuntimeError("predictions table is gone")

    pipeline = pipeline_from([[proc("a")]], outcome=[{"check": "delivered"}])
    orch = orchestrator_for(store, pipeline, clock=clock, checks={"delivered": broken})
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    state = orch.run_state(run.id)
    assert state.status is RunStatus.COMPLETE_DEGRADED
    assert (
        state.outcome
        == "delivered: the check itself failed: RuntimeError: predictions table is gone"
    )
