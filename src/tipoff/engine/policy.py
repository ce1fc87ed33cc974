"""The transition policy as a pure function: trigger (with a reason), wait, or blocked.

Given a phase's expected processors (with their critical flag), the completions recorded
so far, the deadline and the clock, it decides:

- every expected processor succeeded                     → trigger ``all_complete``
- a critical processor is dead                           → blocked (a person or self-heal)
- all critical succeeded, succeeded share ≥ quorum, and
  either the deadline passed or nothing is left pending  → trigger ``quorum_timeout``
- nothing pending but the quorum can no longer be met    → blocked
- otherwise                                              → wait until the deadline
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tipoff.engine.states import CompletionStatus, TriggerReason


@dataclass(frozen=True)
class Expected:
    name: str
    critical: bool


@dataclass(frozen=True)
class Decision:
    trigger: bool
    reason: TriggerReason | None = None
    wait_until: float | None = None
    blocked: str | None = None

    @property
    def is_blocked(self) -> bool:
        return self.blocked is not None


def decide(
    expected: Sequence[Expected],
    completions: Mapping[str, str],
    *,
    now: float,
    deadline: float,
    quorum: float,
) -> Decision:
    names = [e.name for e in expected]
    succeeded = [n for n in names if completions.get(n) == CompletionStatus.SUCCEEDED]
    if len(succeeded) == len(names):
        return Decision(trigger=True, reason=TriggerReason.ALL_COMPLETE)
    dead_critical = sorted(
        e.name for e in expected if e.critical and completions.get(e.name) == CompletionStatus.DEAD
    )
    if dead_critical:
        return Decision(
            trigger=False, blocked=f"critical processor(s) dead: {', '.join(dead_critical)}"
        )
    criticals_ok = all(
        completions.get(e.name) == CompletionStatus.SUCCEEDED for e in expected if e.critical
    )
    pending = [n for n in names if n not in completions]
    share = len(succeeded) / len(names)
    if criticals_ok and share >= quorum and (now >= deadline or not pending):
        return Decision(trigger=True, reason=TriggerReason.QUORUM_TIMEOUT)
    if not pending:
        return Decision(
            trigger=False,
            blocked=f"quorum not reachable: {len(succeeded)}/{len(names)} succeeded, "
            f"quorum {quorum:.0%}",
        )
    return Decision(trigger=False, wait_until=deadline)
