"""Pre-flight checks on both databases: a failed check holds the trigger with backoff and
an alert, is asked again when the hold expires, and releases the phase when it passes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from support import db
from support.inbox import Inbox
from support.pipelines import drain, orchestrator_for, pipeline_from, proc
from tipoff.engine import deadline_sweep, schema, status, transitions
from tipoff.engine.alerts import AlertBook
from tipoff.engine.clock import ManualClock
from tipoff.engine.heal import heal
from tipoff.engine.heartbeats import record_beat
from tipoff.engine.manual import trigger_phase
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.preflight import CheckContext, CheckResult
from tipoff.engine.registry import Blueprint, Registry
from tipoff.engine.scheduler import Scheduler
from tipoff.engine.schema import jobs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.errors import UnknownProcessor

D = date(2025, 12, 29)
HELD_KEY = "preflight:t:2025-12-29:same_day:1"


def sweep(orch: Orchestrator, clock: ManualClock) -> int:
    return deadline_sweep.sweep_deadlines(orch.store, orch.pipelines, now=clock.now())


class Gate:
    """A check whose answer the test controls, counting how often it was asked."""

    def __init__(self) -> None:
        self.ok = False
        self.asked: list[tuple[date, str, int, str]] = []

    def __call__(self, ctx: CheckContext) -> CheckResult:
        self.asked.append((ctx.data_date, ctx.mode, ctx.phase, ctx.trigger_source))
        if self.ok:
            return CheckResult.passed("all 3 files in")
        return CheckResult.failed(f"2 of 3 files for {ctx.data_date}")


def gated(store: Store, clock: ManualClock, gate: Any, **kw: Any) -> Orchestrator:
    pipeline = pipeline_from(
        [[proc("a")], [proc("b")]], preflight={2: [{"check": "upstream_in"}]}, **kw
    )
    return orchestrator_for(store, pipeline, clock=clock, checks={"upstream_in": gate})


def test_a_failed_check_holds_backs_off_alerts_once_and_releases_when_it_passes(
    store: Store, clock: ManualClock
) -> None:
    gate = Gate()
    orch = gated(store, clock, gate)
    inbox = Inbox()
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [inbox], clock=clock), clock=clock)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)

    t1 = db.transition(store, run.id, 1)
    assert gate.asked == [(D, "same_day", 2, "transition")]
    assert not t1["triggered"] and t1["holds"] == 1
    assert t1["hold_reason"] == "upstream_in: 2 of 3 files for 2025-12-29"
    assert t1["held_until"] == pytest.approx(clock.now() + 30, abs=0.01)  # the default base backoff
    assert db.count(store, jobs, jobs.c.processor == "b") == 0  # phase 2 did not open
    assert orch.run_state(run.id).held == ["phase 1: upstream_in: 2 of 3 files for 2025-12-29"]

    shown = status.date_status(store, orch.pipeline(), D)
    held_line = (
        "  _triggered: FALSE (held by pre-flight: upstream_in: 2 of 3 files for 2025-12-29; "
        "1 failed check(s), next try "
    )
    assert held_line in status.render_text(shown)
    [phase1] = [ph for ph in status.to_json(shown)["runs"][0]["phases"] if ph["phase"] == 1]
    assert (phase1["hold_reason"], phase1["holds"], phase1["bypassed"]) == (
        "upstream_in: 2 of 3 files for 2025-12-29",
        1,
        False,
    )

    report = monitor.check()
    assert [k for k in report.opened if k.startswith("preflight:")] == [HELD_KEY]
    assert "phase 2 for 2025-12-29 (same_day) is held: upstream_in: 2 of 3" in (
        inbox.events[-1].alert.message
    )

    clock.advance(10)  # the hold has not expired: the sweep leaves it alone
    assert sweep(orch, clock) == 0 and len(gate.asked) == 1

    clock.advance(25)  # expired, still failing: held again for twice as long
    assert sweep(orch, clock) == 0
    t1 = db.transition(store, run.id, 1)
    assert t1["holds"] == 2 and t1["held_until"] == pytest.approx(clock.now() + 60, abs=0.01)
    assert monitor.check().opened == []  # the same problem: no second alert

    gate.ok = True
    clock.advance(61)
    assert sweep(orch, clock) == 1
    t1 = db.transition(store, run.id, 1)
    assert t1["triggered"] and t1["trigger_reason"] == "all_complete"
    assert t1["hold_reason"] is None and t1["held_until"] is None and not t1["bypassed"]
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    assert HELD_KEY in monitor.check().resolved
    assert [k for k in inbox.kinds() if k[1] == HELD_KEY] == [
        ("opened", HELD_KEY),
        ("resolved", HELD_KEY),
    ]


def test_backoff_is_capped_by_the_policy(store: Store, clock: ManualClock) -> None:
    orch = gated(store, clock, Gate())
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    waits = []
    for _ in range(6):
        t1 = db.transition(store, run.id, 1)
        waits.append(round(t1["held_until"] - clock.now()))
        clock.set(t1["held_until"])
        sweep(orch, clock)
    assert waits == [30, 60, 120, 240, 480, 600]


def test_a_phase_held_a_thousand_times_still_waits_the_cap(
    store: Store, clock: ManualClock
) -> None:
    """A date can stay held for weeks (an earlier date never repaired: six holds an hour);
    the backoff's doubling must not overflow past the cap and break the workers' sweep."""
    orch = gated(store, clock, Gate())
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    t1 = db.transition(store, run.id, 1)
    with store.transaction() as conn:
        conn.execute(
            sa.update(schema.transitions)
            .where(schema.transitions.c.id == t1["id"])
            .values(holds=5_000)
        )
    clock.set(t1["held_until"])
    sweep(orch, clock)
    after = db.transition(store, run.id, 1)
    assert after["holds"] == 5_001
    assert after["held_until"] == pytest.approx(clock.now() + 600, abs=0.01)


def test_a_check_that_raises_holds_rather_than_passing(store: Store, clock: ManualClock) -> None:
    def broken(ctx: CheckContext) -> CheckResult:
        raise KeyError("missing_table")

    orch = gated(store, clock, broken)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    t1 = db.transition(store, run.id, 1)
    assert not t1["triggered"]
    assert t1["hold_reason"] == ("upstream_in: the check itself failed: KeyError: 'missing_table'")


def test_checks_apply_only_in_their_modes(store: Store, clock: ManualClock) -> None:
    gate = Gate()
    pipeline = pipeline_from(
        [[proc("a")], [proc("b")]],
        preflight={2: [{"check": "upstream_in", "modes": ["overnight"]}]},
    )
    orch = orchestrator_for(store, pipeline, clock=clock, checks={"upstream_in": gate})
    same_day = orch.start_run(D, "same_day")
    overnight = orch.start_run(D, "overnight")
    drain(orch, clock)
    assert orch.run_state(same_day.id).status is RunStatus.COMPLETE
    assert orch.run_state(overnight.id).status is RunStatus.RUNNING
    assert [a[1] for a in gate.asked] == ["overnight"]


def test_workers_alive_holds_a_schedule_trigger_until_a_worker_beats(
    store: Store, clock: ManualClock
) -> None:
    def slow(ctx: Any) -> Any:
        raise RuntimeError("optional feed down")

    pipeline = pipeline_from(
        [[proc("a"), proc("opt", critical=False)], [proc("b")]],
        quorum=1.0,
        max_attempts=5,
        retry_base_s=3600,
        retry_cap_s=3600,
        preflight={2: [{"check": "workers_alive", "params": {"stale_s": 60}}]},
        schedules=[
            {"name": "backup", "cron": "*/5 * * * *", "action": "trigger_phase", "phase": 2,
             "mode": "same_day"},
        ],
    )  # fmt: skip
    orch = orchestrator_for(store, pipeline, {"opt": slow}, clock=clock)
    clock.set(datetime(2025, 12, 29, 15, 0, 30, tzinfo=UTC))
    run = orch.start_run(D, "same_day")
    drain(orch, clock)  # a succeeds, opt fails and retries an hour later: phase 1 waits
    assert orch.run_state(run.id).status is RunStatus.RUNNING
    assert not db.transition(store, run.id, 1)["triggered"]

    sched = Scheduler(store, orch.pipelines, clock=clock, holder="s1")
    try:
        check_schedule_holds(store, clock, sched, run.id)
    finally:
        sched.release()


def check_schedule_holds(store: Store, clock: ManualClock, sched: Scheduler, run_id: int) -> None:
    assert sched.tick() == []  # the first sight of a schedule only records a baseline
    clock.advance(5 * 60)
    [fired] = sched.tick()
    assert fired.outcome.startswith("phase 2 2025-12-29 same_day: held by pre-flight: ")
    assert "no worker has sent a heartbeat in the last 60 s" in fired.outcome
    assert not db.transition(store, run_id, 1)["triggered"]

    record_beat(store, beat_id="w-1", kind="worker", now=clock.now(), started_at=clock.now())
    clock.advance(5 * 60 - 30)  # the beat is 270 s old by the next tick: still too old
    assert "held by pre-flight" in sched.tick()[0].outcome
    clock.advance(5 * 60 - 15)
    record_beat(store, beat_id="w-1", kind="worker", now=clock.now(), started_at=clock.now())
    clock.advance(15)  # the next tick, with a beat 15 s old
    assert sched.tick()[0].outcome == "phase 2 2025-12-29 same_day: triggered (schedule)"
    t1 = db.transition(store, run_id, 1)
    assert t1["triggered"] and t1["trigger_reason"] == "schedule" and t1["hold_reason"] is None


def test_forcing_past_the_dependencies_skips_the_checks_and_is_marked(
    store: Store, clock: ManualClock
) -> None:
    gate = Gate()
    orch = gated(store, clock, gate)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    assert db.transition(store, run.id, 1)["hold_reason"] is not None
    asked = len(gate.asked)

    trigger_phase(store, orch.pipeline(), D, "same_day", 2, now=clock.now(),
                  skip_dependency_check=True)  # fmt: skip
    assert len(gate.asked) == asked  # not asked again
    t1 = db.transition(store, run.id, 1)
    assert t1["triggered"] and t1["bypassed"] and t1["trigger_reason"] == "manual"
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    with store.read() as conn:
        assert transitions.bypassed_phases(conn, "t", D, "same_day") == [1]
        assert transitions.bypassed_phases(conn, "t", D, "overnight") == []


def test_self_heal_forces_an_unfinished_run_once_its_cut_off_nears(
    store: Store, clock: ManualClock
) -> None:
    first_game = datetime(2025, 12, 29, 19, 0, tzinfo=UTC).timestamp()
    seen: list[date] = []

    def cutoff(conn: sa.Connection, day: date) -> float | None:
        seen.append(day)
        return first_game if day == D else None

    pipeline = pipeline_from(
        [[proc("a")], [proc("b")], [proc("c")]],
        preflight={2: [{"check": "upstream_in"}]},
        self_heal={"force_before_cutoff_s": 1800, "force_modes": ["same_day"]},
    )
    orch = orchestrator_for(
        store, pipeline, clock=clock, checks={"upstream_in": Gate()}, cutoff=cutoff
    )
    clock.set(first_game - 3600)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)  # held by the failing check

    early = heal(store, orch.pipelines, clock=clock, dates=[D])
    assert early.forced == [] and early.cutoff == [] and seen == [D]
    assert not db.transition(store, run.id, 1)["triggered"]

    clock.set(first_game - 1500)  # 25 min before the first game: inside the 30 min window
    report = heal(store, orch.pipelines, clock=clock, dates=[D])
    assert report.forced == ["t 2025-12-29 same_day phase 1"]
    assert report.cutoff == [
        "t 2025-12-29 same_day: cut-off 19:00 UTC is 25 min away (force 30 min before): "
        "remaining phases forced"
    ]
    t1 = db.transition(store, run.id, 1)
    assert t1["triggered"] and t1["bypassed"] and t1["trigger_reason"] == "self_heal"
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE


def test_a_hold_is_not_asked_again_before_it_expires_even_past_the_deadline(
    store: Store, clock: ManualClock
) -> None:
    gate = Gate()
    orch = gated(store, clock, gate, deadline_floor_s=5.0)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    assert len(gate.asked) == 1 and db.transition(store, run.id, 1)["holds"] == 1

    for _ in range(5):  # past the phase's deadline, inside the 30 s hold: the sweep waits
        clock.advance(4)
        sweep(orch, clock)
    assert len(gate.asked) == 1 and db.transition(store, run.id, 1)["holds"] == 1

    clock.advance(11)  # the hold expired: asked once more, held for twice as long
    sweep(orch, clock)
    assert len(gate.asked) == 2 and db.transition(store, run.id, 1)["holds"] == 2


def test_the_monitor_forces_a_held_run_phase_by_phase_once_its_cut_off_nears(
    store: Store, clock: ManualClock
) -> None:
    # the scheduled self-heal runs at 14:15; the first game is at 19:00: only the monitor's
    # turns can meet the cut-off (18:30 here) in time
    first_game = datetime(2025, 12, 29, 19, 0, tzinfo=UTC).timestamp()
    pipeline = pipeline_from(
        [[proc("a")], [proc("b")], [proc("c")]],
        preflight={2: [{"check": "upstream_in"}], 3: [{"check": "upstream_in"}]},
        self_heal={"force_before_cutoff_s": 1800, "force_modes": ["same_day"]},
    )
    gate = Gate()
    orch = orchestrator_for(
        store, pipeline, clock=clock, checks={"upstream_in": gate},
        cutoff=lambda _conn, day: first_game if day == D else None,
    )  # fmt: skip
    monitor = Monitor(store, orch.pipelines, AlertBook(store, [Inbox()], clock=clock), clock=clock)
    clock.set(first_game - 3 * 3600)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    assert monitor.check().forced == []  # hours before: held, alerted, not forced
    assert not db.transition(store, run.id, 1)["triggered"]

    clock.set(first_game - 1700)
    assert monitor.check().forced == ["t 2025-12-29 same_day phase 1"]
    # phase 2's job is queued: its work is under way, so the next turn leaves it alone
    assert monitor.check().forced == []
    drain(orch, clock)  # b runs; phase 2 is then held by its own check
    assert db.transition(store, run.id, 2)["hold_reason"] is not None
    assert monitor.check().forced == ["t 2025-12-29 same_day phase 2"]
    drain(orch, clock)
    assert orch.run_state(run.id).status is RunStatus.COMPLETE
    for phase in (1, 2):
        t = db.transition(store, run.id, phase)
        assert t["triggered"] and t["bypassed"] and t["trigger_reason"] == "self_heal"


def test_an_unregistered_check_is_refused_naming_the_file_and_key() -> None:
    pipeline = pipeline_from([[proc("a")], [proc("b")]], preflight={2: [{"check": "nope"}]})
    bp = Blueprint("x")
    bp.add("a", lambda ctx: None)
    bp.add("b", lambda ctx: None)
    with pytest.raises(UnknownProcessor) as err:
        Registry(bp).check(pipeline)
    assert str(err.value) == (
        "tests/inline.yaml: phases[1].preflight[0].check: unknown check 'nope': no blueprint "
        "registers it (the engine provides: workers_alive)"
    )


def test_a_run_stopped_as_its_hold_expires_still_says_what_holds_it(
    store: Store, clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """The moment a hold expires (its checks not asked again yet) the run is neither
    listed as held nor blocked; the stuck line of `tipoff run` names the hold all the same."""
    from tipoff.cli.run import print_stuck

    gate = Gate()
    orch = gated(store, clock, gate)
    run = orch.start_run(D, "same_day")
    drain(orch, clock)
    clock.advance(30)  # the hold is due: a worker's sweep would ask the check again now
    state = orch.run_state(run.id)
    assert (state.held, state.blocked, state.pending_jobs) == ([], [], 0)
    assert state.rechecking == ["phase 1: upstream_in: 2 of 3 files for 2025-12-29"]
    print_stuck([state])
    assert capsys.readouterr().err.splitlines() == [
        "held: 2025-12-29 (same_day) phase 1: upstream_in: 2 of 3 files for 2025-12-29 "
        "(its checks are due again now)"
    ]
