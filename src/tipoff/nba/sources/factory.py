"""Build a source by name from settings: ``live``, ``sim`` or ``replay``.

``live`` and ``sim`` share everything above the transport (``WebSource`` over one
``HttpClient`` with its retries, rate limit and persisted breakers); ``sim`` puts the
simulator's ``SimTransport`` (with any configured faults) where the network would be and
sends the moment of each fetch. ``replay`` reads files and needs no HTTP.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

from tipoff.engine.clock import Clock
from tipoff.engine.store import Store
from tipoff.errors import ConfigError
from tipoff.nba.documents import SOURCES
from tipoff.nba.sim.league import DEFAULT_SEASON, DEFAULT_SEED, League
from tipoff.nba.sources.base import Source
from tipoff.nba.sources.faults import FaultConfig, FaultInjector
from tipoff.nba.sources.http import HttpClient, HttpPolicy
from tipoff.nba.sources.replay import REPLAY_DATA_DIR_VARIABLE, ReplaySource
from tipoff.nba.sources.sim import SimTransport
from tipoff.nba.sources.web import WebSource

# The simulated odds API accepts any key; this one is sent when none is configured.
SIM_ODDS_API_KEY = "tipoff-sim"


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
) -> Source:
    """The source called ``name``; ConfigError names what is missing for it.

    ``store`` and ``clock`` are needed by ``live`` and ``sim`` (the breakers live in the
    database); ``transport`` replaces the network under ``live`` (tests).
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
    elif faults:
        raise ConfigError("fault injection is only available with the sim source")
    client = HttpClient(
        store=store, clock=clock, policy=http_policy, transport=transport, sleep=sleep
    )
    return WebSource(client, name=name, odds_api_key=odds_api_key, send_as_of=name == "sim")
