"""The transition policy as a pure function: trigger (with a reason), wait, or blocked.

Given a phase's expected processors (with their critical flag), the completions recorded
so far, the deadline and the clock, it decides:

- every expected processor succeeded                     → trigger ``all_complete``
- a critical processor is dead                           → blocked (a person or self-heal)
- all critical succeeded and nothing is left pending     → trigger ``quorum_timeout``
  (dead optional processors never hold a phase up, however few its processors)
- all critical succeeded, the deadline passed and the
  succeeded share ≥ quorum                               → trigger ``quorum_timeout``
- otherwise                                              → wait until the deadline

The quorum is therefore how much of a phase must have succeeded before it stops waiting,
at its deadline, for optional processors that are still running or retrying. It never
turns a dead optional processor into a blocker: in a phase of four, one dead optional
processor is 75% succeeded, below an 80% quorum, and the phase must still go on.
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
    if criticals_ok and (not pending or (now >= deadline and share >= quorum)):
        return Decision(trigger=True, reason=TriggerReason.QUORUM_TIMEOUT)
    # Some processor is still pending (a critical one, or optional ones below the quorum
    # past the deadline): every processor settled with the criticals done triggers above,
    # and a dead critical one blocks, so nothing here can wait forever.
    return Decision(trigger=False, wait_until=deadline)
