"""The NBA pipeline's own ``TIPOFF_*`` settings: its data sources, the simulator, the live
upstreams and the HTTP client, the schedule's staleness, a run's defaults.

Read and checked with the engine's settings by every command (:func:`tipoff.settings.
load_settings`, through the package's ``settings_model``), so a bad value is refused at
once, named by its variable; :func:`nba_settings` gives them to the pipeline's code.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from tipoff.settings import HOUR_S, HTTP_URL, PipelineSettings, Settings

DEFAULT_LIVE_STATS_URL = "https://stats.nba.com/stats"
DEFAULT_LIVE_ODDS_URL = "https://api.the-odds-api.com/v4"
# where NBA.com publishes the official injury report, as PDFs named
# Injury-Report_YYYY-MM-DD_HH_MMAM.pdf / ..._HH_MMPM.pdf (ET; ..._HHPM.pdf before 2025-12-23)
DEFAULT_LIVE_INJURY_URL = "https://ak-static.cms.nba.com/referee/injury"
# seasons the simulator builds (tipoff.nba.sim.calendar.parse_season, which a test holds
# these to): one earlier would pass here and fail in the middle of a run
FIRST_SEASON, LAST_SEASON = 1990, 2098
_PROXY_URL = re.compile(r"^(https?|socks5)://[^/\s]+")


class NbaSettings(PipelineSettings):
    """What an operator can set for the NBA pipeline, with its default."""

    SECRET_FIELDS: ClassVar[frozenset[str]] = frozenset({"odds_api_key", "http_proxies"})

    source: Literal["live", "sim", "replay"] = "sim"
    # a run's prediction mode when neither the run nor its schedule says; unset: the
    # pipeline file's (strict)
    prediction_mode: Literal["strict", "fallback"] | None = None
    odds_api_key: str | None = None
    sim_season: str = "2025-26"
    sim_seed: int = 7
    sim_faults: Path | None = None
    replay_data_dir: Path | None = None
    # the live source's upstreams: a mirror, a proxy or a test server may stand in for them
    live_stats_url: str = DEFAULT_LIVE_STATS_URL
    live_odds_url: str = DEFAULT_LIVE_ODDS_URL
    live_injury_url: str = DEFAULT_LIVE_INJURY_URL
    # comma-separated proxy URLs the live source goes out through, each with a breaker
    http_proxies: str | None = None
    http_connect_timeout_seconds: float = Field(default=5.0, gt=0, le=HOUR_S, allow_inf_nan=False)
    http_read_timeout_seconds: float = Field(default=30.0, gt=0, le=HOUR_S, allow_inf_nan=False)
    http_max_attempts: int = Field(default=4, ge=1, le=100)
    schedule_max_stale_hours: float = Field(default=6.0, gt=0, le=24 * 365, allow_inf_nan=False)
    # a temporary wider limit (NBA.com down); ignored without an expiry, and after it
    schedule_staleness_override_hours: float | None = Field(
        default=None, gt=0, le=24 * 365, allow_inf_nan=False
    )
    schedule_staleness_override_expires: datetime | None = None

    def secret_values(self) -> list[str | None]:
        """The odds API key and the proxies (a proxy URL may carry its login)."""
        proxies = (self.http_proxies or "").split(",")
        return [self.odds_api_key, *proxies, *(urlsplit(p).password for p in proxies)]

    @field_validator("live_stats_url", "live_odds_url", "live_injury_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not HTTP_URL.match(value):
            raise ValueError("must be an http(s) URL, e.g. https://stats.nba.com/stats")
        return value.rstrip("/")

    @field_validator("http_proxies")
    @classmethod
    def _proxy_urls(cls, value: str | None) -> str | None:
        items = [item.strip() for item in (value or "").split(",") if item.strip()]
        bad = [i + 1 for i, item in enumerate(items) if not _PROXY_URL.match(item)]
        if bad:
            raise ValueError(
                f"proxy {', '.join(map(str, bad))} of {len(items)} is not a proxy URL "
                "(http://host:port, https://host:port or socks5://host:port, comma-separated)"
            )
        return ",".join(items) or None

    @field_validator("sim_season")
    @classmethod
    def _season(cls, value: str) -> str:
        start, sep, end = value.partition("-")
        if not (sep and start.isdigit() and len(start) == 4 and end.isdigit() and len(end) == 2):
            raise ValueError("a season is written YYYY-YY, e.g. 2025-26")
        if int(end) != (int(start) + 1) % 100:
            raise ValueError(f"a season ends the year after it starts ({_label(int(start))})")
        if not FIRST_SEASON <= int(start) <= LAST_SEASON:
            raise ValueError(
                f"seasons {_label(FIRST_SEASON)} to {_label(LAST_SEASON)} are supported"
            )
        return value

    @field_validator("schedule_staleness_override_expires")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            from zoneinfo import ZoneInfo

            return value.replace(tzinfo=ZoneInfo("America/New_York"))  # the league's clock
        return value

    @field_validator("sim_faults", "replay_data_dir")
    @classmethod
    def _path_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.exists():
            raise ValueError("no such file or folder")
        return value


def nba_settings(settings: Settings) -> NbaSettings:
    """The NBA settings read with ``settings``."""
    return settings.package_settings(NbaSettings)


def _label(start: int) -> str:
    """The season that starts in ``start``, as YYYY-YY."""
    return f"{start}-{(start + 1) % 100:02d}"
