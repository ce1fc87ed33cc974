"""Settings: one object, read from ``TIPOFF_*`` environment variables by the CLI and web layer.

Library code never reads the environment; the thin layers build :class:`Settings` once
with :func:`load_settings` and pass plain values down. :class:`Settings` holds what the
engine, the CLI and the web layer use; each installed pipeline package may add its own
(a :class:`PipelineSettings` model, same prefix), read and checked with them and reached
through :meth:`Settings.package_settings`. A bad value is reported as the variable that
holds it and what is wrong with it, e.g.::

    invalid settings: TIPOFF_WORKER_CONCURRENCY: Input should be greater than or equal
    to 1 (got '0')
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar, cast

import sqlalchemy as sa
from pydantic import Field, PrivateAttr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tipoff.errors import ConfigError

ENV_PREFIX = "TIPOFF_"
DEFAULT_DATABASE_URL = "sqlite:///tipoff-data/tipoff.db"
DEFAULT_BUCKET_URL = "./tipoff-data/bucket"
HOUR_S = 3600.0
DAY_S = 86400.0
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
MIN_API_TOKEN_CHARS = 16
HTTP_URL = re.compile(r"^https?://[^/\s]+")  # an http(s) URL with a host


class PipelineSettings(BaseSettings):
    """The base of a pipeline package's own settings (its ``settings_model``)."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")
    # never echoed back in an error message
    SECRET_FIELDS: ClassVar[frozenset[str]] = frozenset()

    def secret_values(self) -> list[str | None]:
        """Every value of these that must never reach a log."""
        return [getattr(self, name) for name in sorted(self.SECRET_FIELDS)]


S = TypeVar("S", bound=PipelineSettings)


class Settings(BaseSettings):
    """What an operator can set for the engine, the CLI and the web layer, with its
    default; the installed pipeline packages' own settings are read with it."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")
    SECRET_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"api_token", "alert_smtp_password", "alert_webhook_url"}
    )

    database_url: str = DEFAULT_DATABASE_URL
    bucket_url: str = DEFAULT_BUCKET_URL
    log_level: str = "INFO"
    log_format: Literal["console", "json"] = "console"
    # an installed pipeline's name or a pipeline YAML file; None: the default pipeline
    pipeline: str | None = None
    worker_concurrency: int = Field(default=4, ge=1, le=1024)
    worker_lease_seconds: float = Field(default=30.0, gt=0, le=DAY_S, allow_inf_nan=False)
    worker_poll_seconds: float = Field(default=0.2, gt=0, le=HOUR_S, allow_inf_nan=False)
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
    # the installed packages' settings read with these, by model
    _packages: dict[type[PipelineSettings], PipelineSettings] = PrivateAttr(default_factory=dict)

    def secret_values(self) -> list[str | None]:
        """Every value that must never reach a log: the API token, the SMTP password, the
        alert webhook (its path is its secret), the database's password, and those of the
        installed pipeline packages' settings (keys, proxies' logins)."""
        return [
            self.api_token,
            self.alert_smtp_password,
            self.alert_webhook_url,
            sa.make_url(self.database_url).password,
            *(
                v
                for model in _package_models()
                for v in self.package_settings(model).secret_values()
            ),
        ]

    def package_settings(self, model: type[S]) -> S:
        """A pipeline package's own settings, read with these (from the environment, and the
        overrides :func:`load_settings` was given); ConfigError names a bad one."""
        found = self._packages.get(model)
        if found is None:
            problems: list[str] = []
            found = _validated(model, {}, problems)
            if found is None:
                raise ConfigError("invalid settings: " + "; ".join(problems))
            self._packages[model] = found
        return cast(S, found)

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

    @field_validator("alert_webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is not None and not HTTP_URL.match(value):
            raise ValueError("must be an http(s) URL, e.g. https://hooks.slack.com/services/...")
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


def load_settings(**overrides: Any) -> Settings:
    """Read the environment (plus explicit overrides, each given to the model that has
    it) for the engine and every installed pipeline package; raise ConfigError naming each
    bad variable."""
    models = _package_models()
    problems: list[str] = []
    theirs = {k for model in models for k in model.model_fields}
    settings = _validated(
        Settings, {k: v for k, v in overrides.items() if k not in theirs}, problems
    )
    own = {
        model: _validated(
            model, {k: v for k, v in overrides.items() if k in model.model_fields}, problems
        )
        for model in models
    }
    if settings is None or problems:
        raise ConfigError("invalid settings: " + "; ".join(problems))
    settings._packages.update({m: s for m, s in own.items() if s is not None})
    return settings


M = TypeVar("M", bound=BaseSettings)


def _validated(model: type[M], values: dict[str, Any], problems: list[str]) -> M | None:
    """``model`` read with ``values``; None, with its problems added, when it is invalid."""
    try:
        return model(**values)
    except ValidationError as exc:
        secrets: frozenset[str] = getattr(model, "SECRET_FIELDS", frozenset())
        for err in exc.errors():
            message = err["msg"].removeprefix("Value error, ")
            if not err["loc"]:  # a check of several settings: its message names them
                problems.append(message)
                continue
            field = str(err["loc"][0])
            got = err.get("input")
            secret = field in secrets
            shown = f" (got {got!r})" if isinstance(got, str | int | float) and not secret else ""
            problems.append(f"{ENV_PREFIX}{field.upper()}: {message}{shown}")
        return None


def _package_models() -> list[type[PipelineSettings]]:
    """The settings models of the installed pipeline packages (those that have one)."""
    from tipoff.pipelines import installed

    models = (p.settings_model for p in installed().packages.values())
    return list(dict.fromkeys(m for m in models if m is not None))
