"""Settings: one object, read from ``TIPOFF_*`` environment variables by the CLI and web layer.

Library code never reads the environment; the thin layers build :class:`Settings` once
with :func:`load_settings` and pass plain values down. A bad value is reported as the
variable that holds it and what is wrong with it, e.g.::

    invalid settings: TIPOFF_WORKER_CONCURRENCY: Input should be greater than or equal
    to 1 (got '0')
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import sqlalchemy as sa
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tipoff.errors import ConfigError

ENV_PREFIX = "TIPOFF_"
DEFAULT_DATABASE_URL = "sqlite:///tipoff-data/tipoff.db"
DEFAULT_BUCKET_URL = "./tipoff-data/bucket"

DEFAULT_LIVE_STATS_URL = "https://stats.nba.com/stats"
DEFAULT_LIVE_ODDS_URL = "https://api.the-odds-api.com/v4"
# where NBA.com publishes the official injury report, as PDFs named
# Injury-Report_YYYY-MM-DD_HH_MMAM.pdf / ..._HH_MMPM.pdf (ET; ..._HHPM.pdf before 2025-12-23)
DEFAULT_LIVE_INJURY_URL = "https://ak-static.cms.nba.com/referee/injury"
HOUR_S = 3600.0
DAY_S = 86400.0
# seasons the simulator builds (tipoff.nba.sim.calendar.parse_season, which a test holds
# these to): one earlier would pass here and fail in the middle of a run
FIRST_SEASON, LAST_SEASON = 1990, 2098
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
MIN_API_TOKEN_CHARS = 16
_HTTP_URL = re.compile(r"^https?://[^/\s]+")
_PROXY_URL = re.compile(r"^(https?|socks5)://[^/\s]+")
# never echoed back in an error message
SECRET_FIELDS = frozenset(
    {"api_token", "odds_api_key", "alert_smtp_password", "http_proxies", "alert_webhook_url"}
)


class Settings(BaseSettings):
    """Everything an operator can set, with its default."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    bucket_url: str = DEFAULT_BUCKET_URL
    log_level: str = "INFO"
    log_format: Literal["console", "json"] = "console"
    # a pipeline name (example, nba) or a pipeline YAML file; None: the default pipeline
    pipeline: str | None = None
    worker_concurrency: int = Field(default=4, ge=1, le=1024)
    worker_lease_seconds: float = Field(default=30.0, gt=0, le=DAY_S, allow_inf_nan=False)
    worker_poll_seconds: float = Field(default=0.2, gt=0, le=HOUR_S, allow_inf_nan=False)
    # NBA data sources
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
    # alerts: always logged; also to a Slack-compatible webhook and/or by e-mail when set
    alert_webhook_url: str | None = None
    alert_smtp_host: str | None = None
    alert_smtp_port: int = Field(default=25, ge=1, le=65535)
    alert_smtp_starttls: bool = False
    alert_smtp_username: str | None = None
    alert_smtp_password: str | None = None
    alert_email_from: str = "tipoff@localhost"
    alert_email_to: str | None = None  # comma-separated
    monitor_interval_seconds: float = Field(default=30.0, gt=0, le=DAY_S, allow_inf_nan=False)
    # the bearer token of the HTTP service's trigger and heal endpoints; unset: they are off
    api_token: str | None = None
    schedule_max_stale_hours: float = Field(default=6.0, gt=0, le=24 * 365, allow_inf_nan=False)
    # a temporary wider limit (NBA.com down); ignored without an expiry, and after it
    schedule_staleness_override_hours: float | None = Field(
        default=None, gt=0, le=24 * 365, allow_inf_nan=False
    )
    schedule_staleness_override_expires: datetime | None = None

    def secret_values(self) -> list[str | None]:
        """Every value that must never reach a log: tokens, keys, passwords, the alert
        webhook (its path is its secret), the database's and the proxies' passwords."""
        return [
            self.api_token,
            self.odds_api_key,
            self.alert_smtp_password,
            self.alert_webhook_url,
            *(self.http_proxies or "").split(","),  # a proxy URL may carry its login
            sa.make_url(self.database_url).password,
            # a proxy's credentials, if it has any
            *(urlsplit(p).password for p in (self.http_proxies or "").split(",")),
        ]

    @property
    def alert_recipients(self) -> list[str]:
        """The addresses of TIPOFF_ALERT_EMAIL_TO."""
        return [a.strip() for a in (self.alert_email_to or "").split(",") if a.strip()]

    @model_validator(mode="after")
    def _mail_has_recipients(self) -> Settings:
        if self.alert_smtp_host and not self.alert_recipients:
            raise ValueError("TIPOFF_ALERT_SMTP_HOST is set but TIPOFF_ALERT_EMAIL_TO is not")
        return self

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        try:
            url = sa.make_url(value)
        except sa.exc.ArgumentError:
            raise ValueError(
                "not a database URL; use sqlite:///path/to/file.db or "
                "postgresql+psycopg://user@host:5432/dbname"
            ) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ValueError(
                f"unsupported database {url.get_backend_name()!r}; use sqlite:///path or "
                "postgresql+psycopg://user@host:5432/dbname"
            )
        return value

    @field_validator("api_token")
    @classmethod
    def _long_token(cls, value: str | None) -> str | None:
        token = (value or "").strip()
        if not token:
            return None  # unset or blank: the write endpoints are off
        if len(token) < MIN_API_TOKEN_CHARS:
            raise ValueError(
                f"must be at least {MIN_API_TOKEN_CHARS} characters: it alone guards the "
                "HTTP trigger and heal endpoints (e.g. python -c 'import secrets; "
                "print(secrets.token_urlsafe(32))')"
            )
        return token

    @field_validator("live_stats_url", "live_odds_url", "live_injury_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not _HTTP_URL.match(value):
            raise ValueError("must be an http(s) URL, e.g. https://stats.nba.com/stats")
        return value.rstrip("/")

    @field_validator("alert_webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is not None and not _HTTP_URL.match(value):
            raise ValueError("must be an http(s) URL, e.g. https://hooks.slack.com/services/...")
        return value

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

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.upper()

    @field_validator("pipeline")
    @classmethod
    def _pipeline_exists(cls, value: str | None) -> str | None:
        from tipoff.pipelines import installed

        known = installed().packages
        if value is not None and value not in known and not Path(value).is_file():
            raise ValueError(f"neither a pipeline name ({', '.join(known)}) nor a pipeline file")
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


def load_settings(**overrides: Any) -> Settings:
    """Read the environment (plus explicit overrides); raise ConfigError naming the variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            message = err["msg"].removeprefix("Value error, ")
            if not err["loc"]:  # a check of several settings: its message names them
                problems.append(message)
                continue
            field = str(err["loc"][0])
            got = err.get("input")
            secret = field in SECRET_FIELDS
            shown = f" (got {got!r})" if isinstance(got, str | int | float) and not secret else ""
            problems.append(f"{ENV_PREFIX}{field.upper()}: {message}{shown}")
        raise ConfigError("invalid settings: " + "; ".join(problems)) from None


def _label(start: int) -> str:
    """The season that starts in ``start``, as YYYY-YY."""
    return f"{start}-{(start + 1) % 100:02d}"
