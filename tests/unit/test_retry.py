"""Retry decisions: full-jitter delays within their bounds, give up at the last attempt."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tipoff.engine.pipeline import RetryPolicy
from tipoff.engine.retry import RetryDecision, backoff_ceiling, decide_retry


@pytest.mark.parametrize(
    ("attempt", "ceiling"),
    [(1, 2.0), (2, 4.0), (3, 8.0), (4, 16.0), (5, 20.0), (30, 20.0), (2_000, 20.0)],
)
def test_ceiling_doubles_then_caps(attempt: int, ceiling: float) -> None:
    assert backoff_ceiling(RetryPolicy(base_s=2.0, cap_s=20.0), attempt) == ceiling


@given(
    base=st.floats(min_value=0.001, max_value=100.0),
    cap=st.floats(min_value=0.001, max_value=10_000.0),
    attempt=st.integers(min_value=1, max_value=60),
    extra=st.integers(min_value=1, max_value=5),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_delay_within_full_jitter_bounds(
    base: float, cap: float, attempt: int, extra: int, seed: int
) -> None:
    decision = decide_retry(
        RetryPolicy(base_s=base, cap_s=cap),
        attempt=attempt,
        max_attempts=attempt + extra,
        rng=random.Random(seed),
    )
    assert decision.retry
    assert 0.0 <= decision.delay_s <= min(cap, base * 2 ** (attempt - 1))


def test_delays_are_jittered_across_the_whole_range() -> None:
    policy = RetryPolicy(base_s=1.0, cap_s=100.0)
    rng = random.Random(7)
    delays = [decide_retry(policy, attempt=4, max_attempts=9, rng=rng).delay_s for _ in range(500)]
    assert all(0.0 <= d <= 8.0 for d in delays)
    # full jitter: spread over [0, 8], not clustered at the ceiling (plain exponential)
    assert min(delays) < 1.0 and max(delays) > 7.0
    assert len({round(d, 6) for d in delays}) > 450


@pytest.mark.parametrize(("attempt", "max_attempts"), [(3, 3), (4, 3), (1, 1)])
def test_gives_up_at_max_attempts(attempt: int, max_attempts: int) -> None:
    decision = decide_retry(RetryPolicy(), attempt=attempt, max_attempts=max_attempts)
    assert decision == RetryDecision(retry=False)


def test_retries_before_max_attempts() -> None:
    for attempt in (1, 2):
        assert decide_retry(RetryPolicy(), attempt=attempt, max_attempts=3).retry


def test_decision_is_a_value() -> None:
    a = decide_retry(RetryPolicy(), attempt=1, max_attempts=3, rng=random.Random(1))
    b = decide_retry(RetryPolicy(), attempt=1, max_attempts=3, rng=random.Random(1))
    assert a == b
