"""Circuit breakers whose state lives in the database, so a restart keeps an open breaker.

closed ──(failure_threshold consecutive failures)──▶ open ──(reset_timeout_s)──▶ half_open
half_open ──(a trial call succeeds)──▶ closed;  half_open ──(it fails)──▶ open again

Every process shares a breaker by name (e.g. one per host), so a dependency that is down
is left alone by all workers, not only by the one that noticed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa

from tipoff.engine.clock import Clock
from tipoff.engine.schema import circuit_breakers
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen


class BreakerState(StrEnum):
    CLOSED = "closed"  # calls flow; consecutive failures are counted
    OPEN = "open"  # calls are refused until reset_timeout_s has passed
    HALF_OPEN = "half_open"  # one trial call at a time decides between closed and open


@dataclass(frozen=True)
class BreakerPolicy:
    failure_threshold: int = 5
    reset_timeout_s: float = 60.0


@dataclass(frozen=True)
class BreakerSnapshot:
    name: str
    state: BreakerState
    failures: int
    opened_at: float | None
    last_error: str | None
    updated_at: float | None


class CircuitBreaker:
    def __init__(
        self, store: Store, name: str, *, clock: Clock, policy: BreakerPolicy | None = None
    ) -> None:
        self.store = store
        self.name = name
        self.clock = clock
        self.policy = policy or BreakerPolicy()

    def snapshot(self) -> BreakerSnapshot:
        with self.store.read() as conn:
            return _load(conn, self.name)

    def before_call(self) -> None:
        """Raise CircuitOpen unless a call may go ahead now (may move open → half_open)."""
        snap = self.snapshot()
        if snap.state is BreakerState.CLOSED:
            return
        now = self.clock.now()
        if snap.state is BreakerState.OPEN:
            retry_at = (snap.opened_at or now) + self.policy.reset_timeout_s
            if now < retry_at:
                raise CircuitOpen(
                    f"circuit {self.name!r} is open after {snap.failures} consecutive "
                    f"failures (last: {snap.last_error}); next trial in {retry_at - now:.0f}s",
                    retry_at=retry_at,
                )
        else:
            # Half-open: one trial call decides. A trial that never reported back (its
            # process died) is taken over once reset_timeout_s has passed since it began.
            trial_since = snap.updated_at if snap.updated_at is not None else now
            if now < trial_since + self.policy.reset_timeout_s:
                raise CircuitOpen(
                    f"circuit {self.name!r} is half-open: a trial call is running",
                    retry_at=trial_since + self.policy.reset_timeout_s,
                )
        with self.store.transaction() as conn:
            moved = conn.execute(
                sa.update(circuit_breakers)
                .where(
                    circuit_breakers.c.name == self.name,
                    circuit_breakers.c.state == snap.state.value,
                    circuit_breakers.c.updated_at == snap.updated_at,
                )
                .values(state=BreakerState.HALF_OPEN.value, updated_at=now)
            ).rowcount
        if moved != 1:  # another process took the trial call
            raise CircuitOpen(
                f"circuit {self.name!r} is half-open: a trial call is running",
                retry_at=now + self.policy.reset_timeout_s,
            )

    def record_success(self) -> None:
        snap = self.snapshot()
        if snap.state is BreakerState.CLOSED and snap.failures == 0:
            return  # nothing to write on the common path
        self._save(BreakerState.CLOSED, failures=0, opened_at=None, error=snap.last_error)

    def record_failure(self, error: str) -> BreakerState:
        snap = self.snapshot()
        failures = snap.failures + 1
        now = self.clock.now()
        if snap.state is BreakerState.HALF_OPEN or failures >= self.policy.failure_threshold:
            self._save(BreakerState.OPEN, failures=failures, opened_at=now, error=error)
            return BreakerState.OPEN
        self._save(snap.state, failures=failures, opened_at=snap.opened_at, error=error)
        return snap.state

    def reset(self) -> None:
        self._save(BreakerState.CLOSED, failures=0, opened_at=None, error=None)

    def _save(
        self, state: BreakerState, *, failures: int, opened_at: float | None, error: str | None
    ) -> None:
        now = self.clock.now()
        values = {
            "state": state.value,
            "failures": failures,
            "opened_at": opened_at,
            # shown by status and the dashboard: redacted as a job's error is
            "last_error": None if error is None else self.store.redact(error)[:1000],
            "updated_at": now,
        }
        stmt = self.store.upsert_insert(circuit_breakers)
        with self.store.transaction() as conn:
            conn.execute(
                stmt.on_conflict_do_update(index_elements=["name"], set_=values),
                {"name": self.name, **values},
            )


def _load(conn: sa.Connection, name: str) -> BreakerSnapshot:
    row = conn.execute(sa.select(circuit_breakers).where(circuit_breakers.c.name == name)).first()
    if row is None:
        return BreakerSnapshot(name, BreakerState.CLOSED, 0, None, None, None)
    m = row._mapping
    return BreakerSnapshot(
        name=m["name"],
        state=BreakerState(m["state"]),
        failures=m["failures"],
        opened_at=m["opened_at"],
        last_error=m["last_error"],
        updated_at=m["updated_at"],
    )


def all_breakers(store: Store) -> list[BreakerSnapshot]:
    with store.read() as conn:
        names = conn.execute(
            sa.select(circuit_breakers.c.name).order_by(circuit_breakers.c.name)
        ).scalars()
        return [_load(conn, n) for n in names]
