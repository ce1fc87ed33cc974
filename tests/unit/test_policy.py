"""Properties of the transition policy (``policy.decide``), checked with hypothesis."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import assume, given
from hypothesis import strategies as st

from tipoff.engine.policy import Decision, Expected, decide
from tipoff.engine.states import CompletionStatus, TriggerReason

SUCCEEDED = CompletionStatus.SUCCEEDED.value
DEAD = CompletionStatus.DEAD.value
PENDING = None  # no completion recorded yet


@dataclass(frozen=True)
class Case:
    expected: list[Expected]
    completions: dict[str, str]
    now: float
    deadline: float
    quorum: float

    def decide(self) -> Decision:
        return decide(
            self.expected,
            self.completions,
            now=self.now,
            deadline=self.deadline,
            quorum=self.quorum,
        )

    def with_status(self, name: str, status: str) -> Case:
        return Case(
            self.expected, {**self.completions, name: status}, self.now, self.deadline, self.quorum
        )

    def names(self, status: str | None, *, critical: bool | None = None) -> list[str]:
        return [
            e.name
            for e in self.expected
            if self.completions.get(e.name) == status and critical in (None, e.critical)
        ]


@st.composite
def cases(draw: st.DrawFn, *, min_size: int = 0, before_deadline: bool = False) -> Case:
    n = draw(st.integers(min_value=min_size, max_value=10))
    expected = [Expected(f"p{i}", draw(st.booleans())) for i in range(n)]
    statuses = draw(st.lists(st.sampled_from([SUCCEEDED, DEAD, PENDING]), min_size=n, max_size=n))
    completions = {e.name: s for e, s in zip(expected, statuses, strict=True) if s is not None}
    deadline = 1_000.0
    times = [0.0, 999.999] if before_deadline else [0.0, 999.999, 1_000.0, 1_000.001, 5_000.0]
    now = draw(st.sampled_from(times))
    quorum = draw(st.sampled_from([0.0, 0.5, 0.8, 0.99, 1.0]) | st.floats(0.0, 1.0))
    return Case(expected, completions, now, deadline, quorum)


@given(cases())
def test_decision_is_exactly_one_of_trigger_wait_blocked(case: Case) -> None:
    d = case.decide()
    assert [d.trigger, d.is_blocked, d.wait_until is not None].count(True) == 1
    if d.trigger:
        assert d.reason is not None
    if d.wait_until is not None:
        assert d.wait_until == case.deadline


@given(cases(min_size=1))
def test_never_triggers_while_a_critical_processor_has_not_succeeded(case: Case) -> None:
    not_ok = [
        e.name for e in case.expected if e.critical and case.completions.get(e.name) != SUCCEEDED
    ]
    assume(not_ok)
    assert not case.decide().trigger


@given(cases())
def test_all_succeeded_triggers_all_complete(case: Case) -> None:
    done = Case(
        case.expected,
        {e.name: SUCCEEDED for e in case.expected},
        case.now,
        case.deadline,
        case.quorum,
    )
    assert done.decide() == Decision(trigger=True, reason=TriggerReason.ALL_COMPLETE)


@given(cases(min_size=1, before_deadline=True))
def test_before_the_deadline_pending_processors_mean_no_trigger(case: Case) -> None:
    assume(case.names(PENDING))
    assert not case.decide().trigger


@given(cases(min_size=1))
def test_quorum_fraction_is_respected(case: Case) -> None:
    d = case.decide()
    if d.trigger and d.reason is TriggerReason.QUORUM_TIMEOUT and case.names(PENDING):
        # going on without a pending processor needs the quorum and the deadline
        assert len(case.names(SUCCEEDED)) / len(case.expected) >= case.quorum
        assert case.now >= case.deadline
    # below the quorum a phase triggers only once nothing is left pending
    if len(case.names(SUCCEEDED)) / len(case.expected) < case.quorum and case.names(PENDING):
        assert not d.trigger


@st.composite
def quorum_met_after_deadline(draw: st.DrawFn) -> Case:
    """Every critical succeeded, some optional ones did not, the quorum is met, time is up."""
    criticals = draw(st.integers(min_value=0, max_value=5))
    optionals = draw(st.integers(min_value=1, max_value=5))
    expected = [Expected(f"c{i}", True) for i in range(criticals)]
    expected += [Expected(f"o{i}", False) for i in range(optionals)]
    completions = {f"c{i}": SUCCEEDED for i in range(criticals)}
    statuses = draw(
        st.lists(
            st.sampled_from([SUCCEEDED, DEAD, PENDING]), min_size=optionals, max_size=optionals
        )
    )
    assume(any(s != SUCCEEDED for s in statuses))
    completions |= {f"o{i}": s for i, s in enumerate(statuses) if s is not None}
    share = sum(s == SUCCEEDED for s in completions.values()) / len(expected)
    quorum = draw(st.floats(min_value=0.0, max_value=share))
    now = draw(st.sampled_from([1_000.0, 1_000.001, 5_000.0]))
    return Case(expected, completions, now, 1_000.0, quorum)


@given(quorum_met_after_deadline())
def test_quorum_met_after_the_deadline_triggers_quorum_timeout(case: Case) -> None:
    assert case.decide() == Decision(trigger=True, reason=TriggerReason.QUORUM_TIMEOUT)


@given(cases(min_size=1))
def test_a_dead_critical_processor_blocks(case: Case) -> None:
    dead = case.names(DEAD, critical=True)
    assume(dead)
    d = case.decide()
    assert d.is_blocked and not d.trigger
    assert d.blocked is not None
    for name in dead:
        assert name in d.blocked


@given(cases(min_size=1))
def test_a_settled_phase_never_waits(case: Case) -> None:
    assume(not case.names(PENDING))
    d = case.decide()
    assert d.trigger or d.is_blocked


@given(cases(min_size=1))
def test_dead_optional_processors_never_block_once_the_criticals_succeeded(case: Case) -> None:
    """Whatever the quorum and however small the phase: only a critical processor blocks."""
    assume(not case.names(DEAD, critical=True))
    d = case.decide()
    assert not d.is_blocked
    if not case.names(PENDING):
        assert d.trigger


@given(cases(min_size=1))
def test_blocked_only_names_dead_critical_processors(case: Case) -> None:
    d = case.decide()
    if d.is_blocked:
        assert case.names(DEAD, critical=True)


@given(cases(min_size=1), st.data())
def test_adding_a_success_never_turns_a_trigger_into_a_wait(
    case: Case, data: st.DataObject
) -> None:
    before = case.decide()
    candidates = case.names(PENDING) + case.names(DEAD)
    assume(candidates)
    name = data.draw(st.sampled_from(candidates))
    after = case.with_status(name, SUCCEEDED).decide()
    if before.trigger:
        assert after.trigger
    if before.trigger and before.reason is TriggerReason.ALL_COMPLETE:
        assert after.reason is TriggerReason.ALL_COMPLETE
    if after.blocked and "critical" in after.blocked:
        # a success cannot kill a critical processor: it was blocked on it already
        assert before.blocked is not None and "critical" in before.blocked


def test_empty_phase_triggers_at_once() -> None:
    assert decide([], {}, now=0.0, deadline=10.0, quorum=0.8).reason is TriggerReason.ALL_COMPLETE


def test_worked_example_of_the_default_quorum() -> None:
    expected = [Expected(n, n != "e") for n in "abcde"]
    four = {n: SUCCEEDED for n in "abcd"}
    # the optional one is still running: wait until the deadline, then trigger on quorum
    assert decide(expected, four, now=5.0, deadline=10.0, quorum=0.8).wait_until == 10.0
    assert decide(expected, four, now=10.0, deadline=10.0, quorum=0.8).reason is (
        TriggerReason.QUORUM_TIMEOUT
    )
    # the optional one died: nothing left to wait for, trigger at once
    settled = decide(expected, {**four, "e": DEAD}, now=5.0, deadline=10.0, quorum=0.8)
    assert settled.reason is TriggerReason.QUORUM_TIMEOUT
    # a quorum of 100% only decides how long to wait for a running optional processor:
    # once it died there is nothing to wait for, and it cannot hold up the phase
    assert decide(expected, four, now=10.0, deadline=10.0, quorum=1.0).wait_until == 10.0
    settled = decide(expected, {**four, "e": DEAD}, now=5.0, deadline=10.0, quorum=1.0)
    assert settled.reason is TriggerReason.QUORUM_TIMEOUT


def test_one_dead_optional_processor_in_a_phase_of_four_does_not_block() -> None:
    """3/4 succeeded is below the default 80% quorum: the phase still goes on."""
    expected = [Expected("a", True), Expected("b", True), Expected("c", True)]
    expected.append(Expected("opt", False))
    done = {"a": SUCCEEDED, "b": SUCCEEDED, "c": SUCCEEDED, "opt": DEAD}
    for now in (0.0, 10.0, 100.0):
        d = decide(expected, done, now=now, deadline=10.0, quorum=0.8)
        assert d == Decision(trigger=True, reason=TriggerReason.QUORUM_TIMEOUT)
    # still running at the deadline, 3/4 is below the quorum: keep waiting for it
    running = {"a": SUCCEEDED, "b": SUCCEEDED, "c": SUCCEEDED}
    assert decide(expected, running, now=11.0, deadline=10.0, quorum=0.8).wait_until == 10.0
