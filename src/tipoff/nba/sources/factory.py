"""Build a source by name from settings: ``live``, ``sim`` or ``replay``.

``live`` and ``sim`` share everything above the transport (``WebSource`` over one
``HttpClient`` with its retries, rate limit and persisted breakers); ``sim`` puts the
simulator's ``SimTransport`` (with any configured faults) where the network would be and
sends the moment of each fetch. ``replay`` reads files and needs no HTTP.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from tipoff.engine.clock import Clock
from tipoff.engine.store import Store
from tipoff.errors import ConfigError
from tipoff.nba.documents import SOURCES
from tipoff.nba.settings import NbaSettings
from tipoff.nba.sim.league import DEFAULT_SEASON, DEFAULT_SEED, League
from tipoff.nba.sources.base import Source
from tipoff.nba.sources.faults import FaultConfig, FaultInjector
from tipoff.nba.sources.http import HttpClient, HttpPolicy
from tipoff.nba.sources.proxies import parse_proxies
from tipoff.nba.sources.replay import REPLAY_DATA_DIR_VARIABLE, ReplaySource
from tipoff.nba.sources.sim import SimTransport
from tipoff.nba.sources.web import DEFAULT_UPSTREAMS, STATS_RATE_PER_S, Upstreams, WebSource

# The simulated odds API accepts any key; this one is sent when none is configured.
SIM_ODDS_API_KEY = "tipoff-sim"
SIM_RATE_PER_S = 10_000.0


def source_policy(settings: NbaSettings) -> HttpPolicy:
    """The live source's HTTP policy: timeouts and attempts from the settings, the stats
    host (wherever ``TIPOFF_LIVE_STATS_URL`` puts it) paced at ``STATS_RATE_PER_S``."""
    return HttpPolicy(
        connect_timeout_s=settings.http_connect_timeout_seconds,
        read_timeout_s=settings.http_read_timeout_seconds,
        max_attempts=settings.http_max_attempts,
        host_rates_per_s={urlsplit(settings.live_stats_url).netloc: STATS_RATE_PER_S},
    )


def source_builder(
    settings: NbaSettings,
    *,
    store: Store,
    clock: Clock,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[str], Source]:
    """Build sources by name as the settings configure them: HTTP timeouts and attempts,
    the live upstreams and proxies, the odds API key, the simulator's season, seed and
    faults, the replay folder. ``transport`` replaces the network under ``live`` (tests)."""
    policy = source_policy(settings)
    # the simulator answers in-process: pacing it like a real host only wastes time
    sim_policy = replace(policy, rate_per_s=SIM_RATE_PER_S, host_rates_per_s={})
    upstreams = Upstreams(
        stats=settings.live_stats_url,
        odds=settings.live_odds_url,
        injury=settings.live_injury_url,
    )
    proxies = parse_proxies(settings.http_proxies)

    def build(name: str) -> Source:
        return make_source(
            name,
            store=store,
            clock=clock,
            http_policy=sim_policy if name == "sim" else policy,
            odds_api_key=settings.odds_api_key,
            sim_season=settings.sim_season,
            sim_seed=settings.sim_seed,
            faults=settings.sim_faults if name == "sim" else None,
            replay_dir=settings.replay_data_dir,
            upstreams=upstreams,
            proxies=proxies,
            transport=transport if name == "live" else None,
            sleep=sleep,
        )

    return build


def make_source(
    name: str,
    *,
    store: Store | None = None,
    clock: Clock | None = None,
    http_policy: HttpPolicy | None = None,
    odds_api_key: str | None = None,
    sim_season: str = DEFAULT_SEASON,
    sim_seed: int = DEFAULT_SEED,
    faults: FaultInjector | FaultConfig | Mapping[str, Any] | str | Path | None = None,
    replay_dir: str | Path | None = None,
    sleep: Callable[[float], None] = time.sleep,
    transport: httpx.BaseTransport | None = None,
    upstreams: Upstreams = DEFAULT_UPSTREAMS,
    proxies: Sequence[str] = (),
) -> Source:
    """The source called ``name``; ConfigError names what is missing for it.

    ``store`` and ``clock`` are needed by ``live`` and ``sim`` (the breakers live in the
    database); ``transport`` replaces the network under ``live`` (tests); ``upstreams``
    and ``proxies`` are where ``live`` asks and through what (the simulator always answers
    at the real addresses, in process).
    """
    if name not in SOURCES:
        raise ConfigError(f"unknown source {name!r} (known: {', '.join(SOURCES)})")
    if name == "replay":
        if replay_dir is None:
            raise ConfigError(
                f"the replay source needs a data folder: set {REPLAY_DATA_DIR_VARIABLE}"
            )
        return ReplaySource(replay_dir, clock=clock)
    if store is None or clock is None:
        raise ConfigError(f"the {name} source needs the database store and a clock")
    if name == "sim":
        injector = faults if isinstance(faults, FaultInjector) else FaultInjector(faults)
        transport = SimTransport(League(sim_season, sim_seed), faults=injector)
        odds_api_key = odds_api_key or SIM_ODDS_API_KEY
        upstreams, proxies = DEFAULT_UPSTREAMS, ()
    elif faults:
        raise ConfigError("fault injection is only available with the sim source")
    client = HttpClient(
        store=store,
        clock=clock,
        policy=http_policy,
        transport=transport,
        sleep=sleep,
        proxies=proxies,
    )
    return WebSource(
        client,
        name=name,
        odds_api_key=odds_api_key,
        send_as_of=name == "sim",
        upstreams=upstreams,
    )
