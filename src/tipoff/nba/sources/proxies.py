"""A pool of HTTP proxies, each behind its own circuit breaker.

A deployment whose address an upstream refuses (stats.nba.com stalls requests from many
cloud ranges) goes out through proxies (``TIPOFF_HTTP_PROXIES``). A proxy that fails at
the transport level (refused, reset, timed out) is charged on its breaker and the same
attempt moves on to the next proxy; once its breaker opens, the proxy is skipped by every
process until the breaker's trial time, instead of being retried in turn on every request
(the earlier system lost hours cycling through dead proxies).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from tipoff.engine.breaker import BreakerPolicy, CircuitBreaker
from tipoff.engine.clock import Clock
from tipoff.engine.store import Store
from tipoff.errors import ConfigError

BREAKER_PREFIX = "proxy:"


def proxy_label(url: str) -> str:
    """``host:port`` of a proxy URL: its name in breakers and messages (never its
    credentials)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "socks5") or not parts.hostname:
        raise ConfigError(
            f"TIPOFF_HTTP_PROXIES: {parts.scheme or '?'}://{parts.hostname or '?'} is not a "
            "proxy URL (http://host:port, https://host:port)"
        )
    return f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname


@dataclass(frozen=True)
class Proxy:
    label: str
    client: httpx.Client
    breaker: CircuitBreaker


class ProxyPool:
    """Proxies in turn, skipping those whose breaker is open."""

    def __init__(
        self,
        urls: Sequence[str],
        *,
        store: Store,
        clock: Clock,
        policy: BreakerPolicy,
        make_client: Callable[[str], httpx.Client],
    ) -> None:
        if not urls:
            raise ConfigError("a proxy pool needs at least one proxy")
        self.proxies = [
            Proxy(
                label,
                make_client(url),
                CircuitBreaker(store, f"{BREAKER_PREFIX}{label}", clock=clock, policy=policy),
            )
            for url, label in ((u, proxy_label(u)) for u in urls)
        ]
        self._next = 0
        self._lock = threading.Lock()

    def order(self) -> list[Proxy]:
        """Every proxy, starting with the next in turn (spreads the load)."""
        with self._lock:
            start = self._next
            self._next = (self._next + 1) % len(self.proxies)
        return self.proxies[start:] + self.proxies[:start]

    def close(self) -> None:
        for proxy in self.proxies:
            proxy.client.close()


def parse_proxies(value: str | Sequence[str] | None) -> list[str]:
    """A comma-separated list (or a list) of proxy URLs; checked, never echoed whole."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    urls = [item.strip() for item in items if item.strip()]
    for url in urls:
        proxy_label(url)
    return urls
