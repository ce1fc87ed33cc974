"""The supervised loop on a manual clock: its waits move the clock instead of sleeping."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tipoff.engine.clock import ManualClock
from tipoff.engine.daemon import BEAT_ERRORS, KEPT_ERRORS, Daemon, backoff_delay, describe
from tipoff.engine.schema import heartbeats
from tipoff.engine.store import Store
from tipoff.errors import ConfigError, TipoffError

INTERVAL_S = 10.0


class Scripted:
    """A loop whose turns raise or work as ``outcomes`` say, stopped after the last one;
    each turn first reads the heartbeat the turn before it left."""

    def __init__(
        self,
        clock: ManualClock,
        outcomes: Sequence[Exception | None],
        store: Store | None = None,
        *,
        read_beats: bool = True,
        **options: Any,
    ) -> None:
        self.clock, self.store, self.outcomes = clock, store, list(outcomes)
        self.read_beats = read_beats
        self.waits: list[float] = []
        self.reported: list[tuple[str, str]] = []
        self.beats_seen: list[dict[str, Any] | None] = []
        self.loop = Daemon(
            "scheduler",
            self.turn,
            interval_s=INTERVAL_S,
            clock=clock,
            store=store,
            beat_id="scheduler:test",
            on_error=lambda what, exc: self.reported.append((what, describe(exc))),
            wait=self.wait,
            **options,
        )

    def turn(self) -> None:
        if self.read_beats:
            self.beats_seen.append(self.beat())
        outcome = self.outcomes[self.loop.turns]
        if outcome is not None:
            raise outcome

    def wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        self.clock.advance(seconds)
        return self.loop.turns >= len(self.outcomes)

    def beat(self) -> dict[str, Any] | None:
        if self.store is None:
            return None
        with self.store.read() as conn:
            row = conn.execute(sa.select(heartbeats)).mappings().one_or_none()
        return None if row is None else dict(row)


@pytest.fixture
def prepared(tmp_path: Path) -> Any:
    s = Store(f"sqlite:///{tmp_path / 'tipoff.db'}")
    s.ensure_schema()
    yield s
    s.dispose()


def test_a_turn_that_raises_is_survived_reported_and_beats(prepared: Store) -> None:
    clock = ManualClock(1_000.0)
    run = Scripted(clock, [None, RuntimeError("feed down"), None], prepared)
    run.loop.run()

    assert run.loop.turns == 3
    assert run.reported == [("turn", "RuntimeError: feed down")]
    # the heartbeat after each turn, the failed one too, at the clock's time then
    before_second, before_third = run.beats_seen[1], run.beats_seen[2]
    assert before_second is not None and before_third is not None
    assert (before_second["beat_at"], before_second["info"]) == (1_000.0, {"errors": []})
    assert before_third["beat_at"] == 1_010.0
    assert before_third["info"] == {"errors": ["RuntimeError: feed down"]}
    assert (before_third["kind"], before_third["id"]) == ("scheduler", "scheduler:test")
    last = run.beat()
    assert last is not None and last["beat_at"] == 1_020.0


def test_the_errors_a_heartbeat_stores_carry_no_secret(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'tipoff.db'}", secrets=["s3cret-odds-key"])
    store.ensure_schema()
    try:
        failing = RuntimeError(
            "GET https://odds.example/v4?apiKey=s3cret-odds-key failed; "
            "retry postgresql://app:hunter22@db.internal/tipoff"
        )
        run = Scripted(ManualClock(1_000.0), [failing], store)
        run.loop.run()
        beat = run.beat()
        assert beat is not None
        [stored] = beat["info"]["errors"]
        assert "s3cret-odds-key" not in stored and "hunter22" not in stored
        assert stored.startswith("RuntimeError: GET https://odds.example/v4?apiKey=***")
    finally:
        store.dispose()


def test_failures_in_a_row_back_off_and_a_turn_that_works_resets_the_wait() -> None:
    boom = RuntimeError("database away")
    run = Scripted(ManualClock(), [boom, boom, boom, boom, None, None], backoff_cap_s=35.0)
    run.loop.run()
    assert run.waits == [10.0, 20.0, 35.0, 35.0, 10.0, 10.0]
    assert run.loop.failures == 0
    assert len(run.reported) == 4


def test_backoff_never_waits_less_than_the_interval() -> None:
    assert backoff_delay(10.0, 0, cap_s=300.0) == 10.0
    assert backoff_delay(10.0, 1, cap_s=300.0) == 10.0
    assert backoff_delay(10.0, 6, cap_s=300.0) == 300.0
    assert backoff_delay(10.0, 10_000, cap_s=300.0) == 300.0
    assert backoff_delay(10.0, 3, cap_s=1.0) == 10.0  # a cap below the interval: no back-off


def test_the_loop_keeps_the_last_errors_and_beats_the_most_recent(prepared: Store) -> None:
    failures = [RuntimeError(f"failure {i}") for i in range(KEPT_ERRORS + 5)]
    run = Scripted(ManualClock(), failures, prepared)
    run.loop.run()
    assert run.loop.errors == [describe(e) for e in failures[-KEPT_ERRORS:]]
    last = run.beat()
    assert last is not None
    assert last["info"]["errors"] == [describe(e) for e in failures[-BEAT_ERRORS:]]


def test_a_fatal_error_ends_the_loop_and_leaves_that_turn_without_a_heartbeat(
    prepared: Store,
) -> None:
    clock = ManualClock(1_000.0)
    run = Scripted(clock, [None, ConfigError("bad pipeline"), None], prepared, fatal=(TipoffError,))
    with pytest.raises(ConfigError, match="bad pipeline"):
        run.loop.run()
    assert run.loop.turns == 2
    assert run.reported == []
    last = run.beat()
    assert last is not None and last["beat_at"] == 1_000.0  # the first turn's, no later


def test_a_heartbeat_that_fails_is_reported_and_the_loop_goes_on(tmp_path: Path) -> None:
    unprepared = Store(f"sqlite:///{tmp_path / 'empty.db'}")  # no heartbeats table
    try:
        run = Scripted(ManualClock(), [None, None], unprepared, read_beats=False)
        run.loop.run()
    finally:
        unprepared.dispose()
    assert run.loop.turns == 2
    assert [what for what, _ in run.reported] == ["heartbeat", "heartbeat"]
    assert len(run.loop.errors) == 2
    assert run.loop.failures == 0  # the turns themselves worked: no back-off
    assert run.waits == [INTERVAL_S, INTERVAL_S]


def test_stop_ends_a_waiting_loop_at_once() -> None:
    turned = threading.Event()
    loop = Daemon("monitor", turned.set, interval_s=3600.0, clock=ManualClock())
    thread = threading.Thread(target=loop.run)
    thread.start()
    try:
        assert turned.wait(10), "the first turn never came"
        loop.stop.set()  # an hour before the next turn
        thread.join(timeout=10)
        assert not thread.is_alive(), "the loop went on waiting after stop"
    finally:
        loop.stop.set()
        thread.join()
    assert loop.turns == 1


def test_wait_first_waits_before_the_first_turn() -> None:
    clock = ManualClock(0.0)
    seen: list[float] = []
    loop: Daemon

    def wait(seconds: float) -> bool:
        clock.advance(seconds)
        return loop.turns >= 2

    loop = Daemon(
        "heartbeat", lambda: seen.append(clock.now()), interval_s=5.0, clock=clock, wait=wait
    )
    loop.run(wait_first=True)
    assert seen == [5.0, 10.0]
