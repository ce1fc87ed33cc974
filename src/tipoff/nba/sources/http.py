"""The HTTP client stack shared by the live and simulated sources.

httpx (pooled connections, timeouts from settings, never hard-coded) under tenacity
(exponential backoff with full jitter; a 429 or 503 waits what ``Retry-After`` says),
an adaptive per-host rate limit (halved on 429, recovering on success), and a circuit
breaker per host persisted in the database (``tipoff.engine.breaker``), so a restart does
not forget that a host is down. The simulator plugs in as an httpx transport beneath
this same code, so tests, demo and production exercise one path.
"""

from __future__ import annotations

import email.utils
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any
from urllib.parse import urlsplit

import httpx
import structlog
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_random_exponential

from tipoff.engine.breaker import BreakerPolicy, CircuitBreaker
from tipoff.engine.clock import Clock
from tipoff.engine.store import Store
from tipoff.errors import CircuitOpen, FetchError, PayloadError
from tipoff.nba.sources.proxies import ProxyPool

log = structlog.get_logger("tipoff.http")


@dataclass(frozen=True)
class HttpPolicy:
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 30.0
    max_attempts: int = 4
    backoff_base_s: float = 0.5
    backoff_cap_s: float = 30.0
    max_retry_after_s: float = 120.0
    rate_per_s: float = 4.0  # starting requests per second per host
    # hosts paced slower than ``rate_per_s`` (host[:port] -> requests per second)
    host_rates_per_s: Mapping[str, float] = field(default_factory=dict)
    min_rate_per_s: float = 0.1
    max_connections: int = 10
    breaker: BreakerPolicy = field(default_factory=BreakerPolicy)


@dataclass(frozen=True)
class Fetched:
    """A response body as received, with what it cost to get it."""

    url: str
    status: int
    content: bytes
    content_type: str
    attempts: int
    elapsed_s: float

    def json(self) -> Any:
        try:
            return json.loads(self.content)
        except ValueError as exc:
            raise PayloadError(f"{self.url}: malformed JSON: {exc}") from exc


class _Retryable(Exception):
    """An attempt failed in a way worth retrying (5xx, 429, timeout, malformed body)."""

    def __init__(self, message: str, status: int | None, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class _Unguarded:
    """No breaker: a probe's call is neither refused nor counted."""

    def before_call(self) -> None:
        pass

    def record_success(self) -> None:
        pass

    def record_failure(self, error: str) -> None:
        pass


class RateLimiter:
    """Per-host pacing that slows down when told to (429) and speeds up again slowly."""

    def __init__(
        self,
        *,
        rate_per_s: float,
        min_rate_per_s: float,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        host_rates: Mapping[str, float] | None = None,
    ) -> None:
        self.max_rate = rate_per_s
        self.host_rates = dict(host_rates or {})
        self.min_rate = min_rate_per_s
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._rate: dict[str, float] = {}
        self._next: dict[str, float] = {}

    def ceiling(self, host: str) -> float:
        return self.host_rates.get(host, self.max_rate)

    def rate(self, host: str) -> float:
        with self._lock:
            return self._rate.get(host, self.ceiling(host))

    def acquire(self, host: str) -> float:
        """Wait for this host's next slot; returns how long it waited."""
        with self._lock:
            now = self._clock()
            rate = self._rate.get(host, self.ceiling(host))
            start = max(now, self._next.get(host, now))
            self._next[host] = start + 1.0 / rate
        wait = start - now
        if wait > 0:
            self._sleep(wait)
        return max(0.0, wait)

    def penalize(self, host: str, retry_after: float | None) -> None:
        with self._lock:
            rate = self._rate.get(host, self.ceiling(host))
            self._rate[host] = max(self.min_rate, rate / 2)
            if retry_after:
                self._next[host] = max(self._next.get(host, 0.0), self._clock() + retry_after)

    def reward(self, host: str) -> None:
        with self._lock:
            rate = self._rate.get(host, self.ceiling(host))
            self._rate[host] = min(self.ceiling(host), rate * 1.1)


class HttpClient:
    """GET with retries, pacing and breakers; one instance per process (pooled)."""

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        policy: HttpPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        proxies: Sequence[str] = (),
    ) -> None:
        self.store = store
        self.clock = clock
        self.policy = policy or HttpPolicy()
        self._sleep = sleep
        self._monotonic = monotonic
        p = self.policy

        def make_client(proxy: str | None = None) -> httpx.Client:
            return httpx.Client(
                transport=transport,
                proxy=proxy,
                timeout=httpx.Timeout(p.read_timeout_s, connect=p.connect_timeout_s),
                limits=httpx.Limits(max_connections=p.max_connections),
                headers=dict(headers or {}),
                follow_redirects=True,
            )

        self._client = make_client()
        self.proxies = (
            ProxyPool(proxies, store=store, clock=clock, policy=p.breaker, make_client=make_client)
            if proxies
            else None
        )
        self.limiter = RateLimiter(
            rate_per_s=p.rate_per_s,
            min_rate_per_s=p.min_rate_per_s,
            clock=monotonic,
            sleep=sleep,
            host_rates=p.host_rates_per_s,
        )

    def close(self) -> None:
        self._client.close()
        if self.proxies is not None:
            self.proxies.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def breaker(self, host: str) -> CircuitBreaker:
        return CircuitBreaker(
            self.store, f"http:{host}", clock=self.clock, policy=self.policy.breaker
        )

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        expect_json: bool = True,
        probe: bool = False,
    ) -> Fetched:
        """Fetch ``url``; retried on 5xx/429/timeouts/malformed JSON; raises FetchError.
        A ``probe`` (is the host back?) makes one attempt, past the host's breaker and
        without counting on it: paced by whoever probes, it must neither be refused while
        the breaker is open nor keep it open (the jobs' own calls open and close it)."""
        host = urlsplit(url).netloc
        breaker: CircuitBreaker | _Unguarded = _Unguarded() if probe else self.breaker(host)
        attempts = 0
        started = self._monotonic()
        malformed: bytes | None = None  # the last malformed body, for the FetchError

        def attempt() -> Fetched:
            nonlocal attempts, malformed
            breaker.before_call()  # CircuitOpen is not retried: the host is known to be down
            attempts += 1
            self.limiter.acquire(host)
            try:
                response = self._send(url, params, headers)
            except httpx.TimeoutException as exc:
                breaker.record_failure(f"timeout: {exc}")
                raise _Retryable(f"timeout after {attempts} attempt(s): {exc}", None) from exc
            except httpx.TransportError as exc:
                breaker.record_failure(f"transport: {exc}")
                raise _Retryable(f"transport error: {exc}", None) from exc
            status = response.status_code
            if status >= 500:
                breaker.record_failure(f"HTTP {status}")
                raise _Retryable(f"HTTP {status}", status, _retry_after(response))
            if status >= 400:
                # The host answered, so it is up: a half-open breaker closes rather than
                # staying half-open (a 429 is the rate limiter's business, a 4xx the
                # request's, neither the breaker's).
                breaker.record_success()
            if status == 429:
                retry_after = _retry_after(response)
                self.limiter.penalize(host, retry_after)
                raise _Retryable(f"HTTP {status}", status, retry_after)
            if status >= 400:
                raise FetchError(
                    f"GET {url} failed: HTTP {status} (not retried)",
                    url=url,
                    status=status,
                    attempts=attempts,
                )
            fetched = Fetched(
                url=str(response.url),
                status=status,
                content=response.content,
                content_type=response.headers.get("content-type", ""),
                attempts=attempts,
                elapsed_s=self._monotonic() - started,
            )
            if expect_json and not _is_json(fetched.content):
                breaker.record_failure("malformed JSON")
                malformed = fetched.content
                raise _Retryable("malformed JSON body", status)
            breaker.record_success()
            self.limiter.reward(host)
            return fetched

        retrying = Retrying(
            stop=stop_after_attempt(1 if probe else self.policy.max_attempts),
            wait=self._wait,
            retry=retry_if_exception(lambda e: isinstance(e, _Retryable)),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            return retrying(attempt)
        except _Retryable as exc:
            raise FetchError(
                f"GET {url} failed after {attempts} attempt(s): {exc}",
                url=url,
                status=exc.status,
                attempts=attempts,
                content=malformed,
            ) from exc
        except CircuitOpen:
            raise
        except FetchError:
            raise

    def _send(
        self, url: str, params: Mapping[str, Any] | None, headers: Mapping[str, str] | None
    ) -> httpx.Response:
        """One GET, directly or through the first proxy that takes it: a proxy failing at
        the transport level is charged on its breaker and the next one is tried at once."""
        if self.proxies is None:
            return self._client.get(url, params=params, headers=headers)
        failed: httpx.TransportError | None = None
        refused: list[str] = []
        for proxy in self.proxies.order():
            try:
                proxy.breaker.before_call()
            except CircuitOpen as exc:
                refused.append(str(exc))
                continue
            try:
                response = proxy.client.get(url, params=params, headers=headers)
            except httpx.TransportError as exc:
                proxy.breaker.record_failure(f"{type(exc).__name__}: {exc}")
                log.warning("proxy_failed", proxy=proxy.label, error=f"{type(exc).__name__}")
                failed = exc
                continue
            proxy.breaker.record_success()
            return response
        if failed is not None:
            raise failed
        raise CircuitOpen("every proxy of TIPOFF_HTTP_PROXIES is open: " + "; ".join(refused))

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            return min(exc.retry_after, self.policy.max_retry_after_s)
        jitter = wait_random_exponential(
            multiplier=self.policy.backoff_base_s, max=self.policy.backoff_cap_s
        )
        return float(jitter(state))


def _is_json(content: bytes) -> bool:
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # unreadable: fall back to the jittered backoff
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return max(0.0, parsed.timestamp() - time.time())
