"""HttpClient and its breaker on their own, over httpx's MockTransport (no sleeping, no network)."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from tipoff.engine.breaker import BreakerPolicy, BreakerState, CircuitBreaker
from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen, FetchError
from tipoff.nba.settings import nba_settings
from tipoff.nba.sources.factory import source_policy
from tipoff.nba.sources.http import HttpClient, HttpPolicy
from tipoff.settings import load_settings

URL = "https://api.example.test/v1/thing"
HOST = "api.example.test"


@dataclass
class FakeTime:
    now: float = 50.0
    sleeps: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def ready_store(store: Store) -> Store:
    store.ensure_schema()
    return store


@pytest.fixture
def client_for(ready_store: Store) -> Iterator[Callable[..., tuple[HttpClient, FakeTime]]]:
    clients: list[HttpClient] = []

    def make(
        handler: Callable[[httpx.Request], httpx.Response],
        *,
        policy: HttpPolicy | None = None,
        clock: ManualClock | None = None,
    ) -> tuple[HttpClient, FakeTime]:
        fake = FakeTime()
        client = HttpClient(
            store=ready_store,
            clock=clock or ManualClock(),
            policy=policy or HttpPolicy(rate_per_s=1e9),
            transport=httpx.MockTransport(handler),
            sleep=fake.sleep,
            monotonic=fake.monotonic,
        )
        clients.append(client)
        return client, fake

    yield make
    for c in clients:
        c.close()


def _sequence(*responses: httpx.Response | Exception) -> Callable[[httpx.Request], httpx.Response]:
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler


def test_a_404_is_not_retried_and_names_the_status(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    client, fake = client_for(_sequence(httpx.Response(404, text="Not Found")))
    with pytest.raises(FetchError, match="HTTP 404") as info:
        client.get(URL)
    assert (info.value.status, info.value.attempts) == (404, 1)
    assert fake.sleeps == []


def test_retry_after_as_an_http_date(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    client, fake = client_for(
        _sequence(httpx.Response(503, headers={"Retry-After": later}), httpx.Response(200, json={}))
    )
    assert client.get(URL).attempts == 2
    assert 25 <= fake.sleeps[0] <= 31


def test_unreadable_retry_after_falls_back_to_jittered_backoff(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    client, fake = client_for(
        _sequence(
            httpx.Response(503, headers={"Retry-After": "soon"}), httpx.Response(200, json={})
        )
    )
    assert client.get(URL).attempts == 2
    assert 0 <= fake.sleeps[0] <= HttpPolicy().backoff_base_s


def test_retry_after_is_capped(client_for: Callable[..., tuple[HttpClient, FakeTime]]) -> None:
    policy = HttpPolicy(rate_per_s=1e9, max_retry_after_s=10.0)
    client, fake = client_for(
        _sequence(
            httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200, json={})
        ),
        policy=policy,
    )
    client.get(URL)
    assert fake.sleeps[0] == 10.0


def test_backoff_never_exceeds_the_cap(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    policy = HttpPolicy(
        rate_per_s=1e9,
        max_attempts=8,
        backoff_base_s=1.0,
        backoff_cap_s=4.0,
        breaker=BreakerPolicy(failure_threshold=100),
    )
    client, fake = client_for(_sequence(httpx.Response(500)), policy=policy)
    with pytest.raises(FetchError):
        client.get(URL)
    assert len(fake.sleeps) == 7
    assert all(0 <= s <= min(4.0, 2.0**n) for n, s in enumerate(fake.sleeps))


def test_connection_errors_are_retried_and_count_against_the_breaker(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    client, _ = client_for(
        _sequence(httpx.ConnectError("refused"), httpx.Response(200, json={"ok": True}))
    )
    fetched = client.get(URL)
    assert (fetched.attempts, fetched.json()) == (2, {"ok": True})
    assert client.breaker(HOST).snapshot().failures == 0  # the success reset the count


def test_pacing_spreads_requests_to_one_host(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    client, fake = client_for(
        _sequence(httpx.Response(200, json={})), policy=HttpPolicy(rate_per_s=4.0)
    )
    for _ in range(3):
        client.get(URL)
    assert fake.sleeps == pytest.approx([0.25, 0.25])


def test_the_stats_host_is_paced_slower_than_the_others(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    policy = source_policy(nba_settings(load_settings()))
    assert policy.host_rates_per_s == {"stats.nba.com": 1.0}
    client, fake = client_for(_sequence(httpx.Response(200, json={})), policy=policy)
    for _ in range(3):
        client.get("https://stats.nba.com/stats/scoreboardv3")
    assert fake.sleeps == pytest.approx([1.0, 1.0])  # and a success never speeds it up
    fake.sleeps.clear()
    for _ in range(2):
        client.get("https://api.the-odds-api.com/v4/sports")
    assert fake.sleeps == pytest.approx([0.25])


def test_half_open_lets_one_trial_through_at_a_time(ready_store: Store) -> None:
    clock = ManualClock()
    policy = BreakerPolicy(failure_threshold=1, reset_timeout_s=30.0)
    a = CircuitBreaker(ready_store, "http:h", clock=clock, policy=policy)
    b = CircuitBreaker(ready_store, "http:h", clock=clock, policy=policy)
    a.record_failure("boom")
    clock.advance(31)
    a.before_call()  # takes the trial
    assert a.snapshot().state is BreakerState.HALF_OPEN
    with pytest.raises(CircuitOpen, match="trial call is running"):
        b.before_call()
    clock.advance(31)  # the trial never reported back: another caller may take over
    b.before_call()
    b.record_success()
    assert a.snapshot().state is BreakerState.CLOSED


def test_a_client_error_during_the_trial_closes_the_breaker(
    ready_store: Store, client_for: Callable[..., tuple[HttpClient, FakeTime]]
) -> None:
    clock = ManualClock()
    policy = HttpPolicy(rate_per_s=1e9, breaker=BreakerPolicy(failure_threshold=1))
    client, _ = client_for(_sequence(httpx.Response(404)), policy=policy, clock=clock)
    client.breaker(HOST).record_failure("down")
    clock.advance(policy.breaker.reset_timeout_s + 1)
    with pytest.raises(FetchError):
        client.get(URL)
    assert client.breaker(HOST).snapshot().state is BreakerState.CLOSED


def test_a_probe_asks_once_past_an_open_breaker_without_counting_on_it(
    client_for: Callable[..., tuple[HttpClient, FakeTime]],
) -> None:
    calls: list[str] = []
    answers = [httpx.Response(500), httpx.Response(200, json={"ok": True})]

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return answers.pop(0)

    policy = HttpPolicy(rate_per_s=1e9, breaker=BreakerPolicy(failure_threshold=1))
    client, fake = client_for(handler, policy=policy)
    client.breaker(HOST).record_failure("down")  # open, its trial a minute away
    with pytest.raises(CircuitOpen):
        client.get(URL)
    assert calls == []
    with pytest.raises(FetchError, match=r"after 1 attempt\(s\)"):
        client.get(URL, probe=True)  # one attempt, no retry, no back-off
    assert (len(calls), fake.sleeps) == (1, [])
    assert client.get(URL, probe=True).status == 200
    # the jobs' calls decide the breaker: a probe neither keeps it open nor closes it
    snap = client.breaker(HOST).snapshot()
    assert (snap.state, snap.failures) == (BreakerState.OPEN, 1)
