"""Supervised loops: a turn every interval until stopped, surviving the turns that fail.

The scheduler and the monitor (``tipoff scheduler``, ``tipoff monitor``) and each worker's
heartbeat run on :class:`Daemon`. A turn that raises is remembered (the last errors are
kept and go out with the heartbeat), reported (``on_error``), and the loop goes on; turns
that fail in a row wait longer each time (the interval, then twice it, four times...,
never more than ``backoff_cap_s``), so a loop whose database is away does not hammer it.
After every turn, whether it worked or not, the loop writes its heartbeat (in ``finally``),
which the health check and the dashboard read: a loop that keeps failing is alive and says
why. An error of a kind named in ``fatal`` ends the loop and leaves that turn without a
heartbeat, so the loop is soon seen gone. Setting ``stop`` ends the loop between turns at
once: the wait between turns is a wait on that event.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from tipoff.engine.heartbeats import record_beat
from tipoff.engine.pipeline import RetryPolicy
from tipoff.engine.retry import backoff_ceiling

if TYPE_CHECKING:
    from tipoff.engine.clock import Clock
    from tipoff.engine.store import Store

DEFAULT_BACKOFF_CAP_S = 300.0
KEPT_ERRORS = 20  # the errors a loop remembers
BEAT_ERRORS = 5  # the most recent of them, in its heartbeat

TurnFn = Callable[[], None]
# (what failed: "turn" or "heartbeat", the error); called inside the ``except`` block, so
# a logger's ``exception()`` finds the traceback
ErrorFn = Callable[[str, BaseException], None]
# wait up to this many seconds; True when the loop is to stop
WaitFn = Callable[[float], bool]
InfoFn = Callable[[], Mapping[str, Any]]


def describe(exc: BaseException) -> str:
    """An error as a loop remembers it: ``"ClassName: message"``."""
    return f"{type(exc).__name__}: {exc}"


def remember(errors: list[str], exc: BaseException, *, keep: int = KEPT_ERRORS) -> None:
    """Append ``exc`` to ``errors`` and drop all but the last ``keep``."""
    errors.append(describe(exc))
    del errors[:-keep]


def backoff_delay(interval_s: float, failures: int, *, cap_s: float) -> float:
    """The wait before the next turn after ``failures`` failed turns in a row: the interval
    while the turns work or after one failure, then doubling, up to ``cap_s`` (never below
    the interval)."""
    policy = RetryPolicy(base_s=interval_s, cap_s=max(interval_s, cap_s))
    return backoff_ceiling(policy, failures)


class Daemon:
    """Run ``turn`` every ``interval_s`` seconds until ``stop`` is set.

    With a ``store``, each turn ends with a heartbeat row (``beat_id``, ``kind``, default
    the loop's name) whose info is ``info()`` plus the last errors. ``errors`` may be a list
    the caller shares with other loops of the same process (a worker's), so the heartbeat
    tells all of them. ``wait`` replaces the wait between turns (tests move a manual clock
    there instead of sleeping).
    """

    def __init__(
        self,
        name: str,
        turn: TurnFn,
        *,
        interval_s: float,
        clock: Clock,
        store: Store | None = None,
        beat_id: str | None = None,
        kind: str | None = None,
        started_at: float | None = None,
        info: InfoFn | None = None,
        on_error: ErrorFn | None = None,
        fatal: tuple[type[BaseException], ...] = (),
        backoff_cap_s: float = DEFAULT_BACKOFF_CAP_S,
        stop: threading.Event | None = None,
        errors: list[str] | None = None,
        wait: WaitFn | None = None,
    ) -> None:
        if interval_s <= 0:
            raise ValueError(f"{name}: the interval must be positive, got {interval_s}")
        self.name = name
        self.interval_s = interval_s
        self.clock = clock
        self.store = store
        self.beat_id = beat_id or name
        self.kind = kind or name
        self.started_at = time.time() if started_at is None else started_at
        self.backoff_cap_s = backoff_cap_s
        self.stop = stop if stop is not None else threading.Event()
        self.errors: list[str] = errors if errors is not None else []
        self.failures = 0  # failed turns in a row
        self.turns = 0
        self._turn = turn
        self._info = info
        self._on_error = on_error
        self._fatal = fatal
        self._wait = wait or self.stop.wait

    def run(self, *, wait_first: bool = False) -> None:
        """Turn, wait, turn... until ``stop`` is set; ``wait_first`` waits before the first
        turn. An error of a ``fatal`` kind propagates."""
        if wait_first and self._wait(self.delay()):
            return
        while not self.stop.is_set():
            self.turn()
            if self._wait(self.delay()):
                return

    def turn(self) -> bool:
        """One turn and its heartbeat; False if the turn failed (it was reported)."""
        ended = False
        try:
            self._turn()
            ok = True
        except self._fatal:
            ended = True
            raise
        except Exception as exc:
            ok = False
            self._failed("turn", exc)
        finally:
            self.turns += 1
            if not ended:
                self.beat()
        self.failures = 0 if ok else self.failures + 1
        return ok

    def delay(self) -> float:
        """The wait before the next turn (longer after failures in a row)."""
        return backoff_delay(self.interval_s, self.failures, cap_s=self.backoff_cap_s)

    def beat(self) -> None:
        """Write the heartbeat now; a failure is reported and remembered, never raised."""
        try:
            self.write_beat()
        except Exception as exc:
            self._failed("heartbeat", exc)

    def write_beat(self) -> None:
        """Write the heartbeat now (nothing without a store); a failure raises."""
        if self.store is None:
            return
        # stored like a job's error: what the dashboard and `health` show, without secrets
        errors = [self.store.redact(e) for e in self.errors[-BEAT_ERRORS:]]
        info = {**(self._info() if self._info else {}), "errors": errors}
        record_beat(
            self.store,
            beat_id=self.beat_id,
            kind=self.kind,
            now=self.clock.now(),
            started_at=self.started_at,
            info=info,
        )

    def _failed(self, what: str, exc: Exception) -> None:
        remember(self.errors, exc)
        if self._on_error is not None:
            self._on_error(what, exc)
