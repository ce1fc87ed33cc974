"""Retry decisions as values: a pure strategy returns 'retry after d seconds' or 'give up'."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tipoff.engine.pipeline import RetryPolicy


@dataclass(frozen=True)
class RetryDecision:
    retry: bool
    delay_s: float = 0.0


def decide_retry(
    policy: RetryPolicy, *, attempt: int, max_attempts: int, rng: random.Random | None = None
) -> RetryDecision:
    """After failed attempt number ``attempt`` (1-based): retry with full jitter, or give up.

    Full jitter (delay uniform in [0, min(cap, base * 2**(attempt-1))]) spreads the retries
    of many jobs that failed together instead of having them stampede at the same instant.
    """
    if attempt >= max_attempts:
        return RetryDecision(retry=False)
    ceiling = backoff_ceiling(policy, attempt)
    return RetryDecision(retry=True, delay_s=(rng or random).uniform(0.0, ceiling))


def backoff_ceiling(policy: RetryPolicy, attempt: int) -> float:
    # the exponent stops at 60: a pipeline may allow thousands of attempts, and 2**1024 no
    # longer converts to a float
    return float(min(policy.cap_s, policy.base_s * 2 ** min(max(0, attempt - 1), 60)))
