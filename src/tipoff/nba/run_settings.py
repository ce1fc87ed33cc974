"""The NBA run's settings the engine resolves once per run: source, as-of, prediction mode.

Registered as the pipeline's run defaults (``tipoff.engine.run_params``): what neither the
run nor its schedule says comes from the ``TIPOFF_*`` settings, read by the CLI or the web
layer and kept in the resources under :data:`RUN_DEFAULTS_RESOURCE`. Every job of the run
then carries ``source`` (and ``as_of`` for same-day and overnight runs), so no processor
needs a default source of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tipoff.engine.registry import Blueprint
from tipoff.engine.run_params import Default, RunRequest
from tipoff.errors import ConfigError
from tipoff.nba.documents import SOURCES
from tipoff.nba.game_status import default_as_of
from tipoff.nba.predict.settings import predict_settings
from tipoff.nba.settings import NbaSettings

RUN_DEFAULTS_RESOURCE = "run_defaults"
# a pipeline bound without settings (a library caller, a test) runs as unset settings would
DEFAULT_SOURCE = "sim"

run_blueprint = Blueprint("nba.run")


@dataclass(frozen=True)
class RunDefaults:
    """What the settings say a run should use when it does not say itself."""

    source: str = DEFAULT_SOURCE
    prediction_mode: str | None = None  # None: the predict coordinator's own param
    origin: str = "default"  # "settings": the values are TIPOFF_* settings

    @classmethod
    def from_settings(cls, settings: NbaSettings) -> RunDefaults:
        return cls(
            source=settings.source,
            prediction_mode=settings.prediction_mode,
            origin="settings",
        )


@run_blueprint.run_defaults
def nba_run_defaults(request: RunRequest, resources: Mapping[str, Any]) -> dict[str, Default]:
    _check_given(request.given)
    found = resources.get(RUN_DEFAULTS_RESOURCE)
    defaults = found if isinstance(found, RunDefaults) else RunDefaults()

    def origin(variable: str) -> str:
        return variable if defaults.origin == "settings" else "default"

    out = {"source": Default(defaults.source, origin("TIPOFF_SOURCE"))}
    if defaults.prediction_mode is not None:
        out["prediction_mode"] = Default(defaults.prediction_mode, origin("TIPOFF_PREDICTION_MODE"))
    as_of = default_as_of(request.data_date, request.mode)
    if as_of is not None:
        out["as_of"] = Default(as_of.isoformat(), f"{request.mode} default")
    return out


def _check_given(given: Mapping[str, Any]) -> None:
    """Refuse a run whose own params are wrong before it exists: a bad ``source`` or a
    phase-5 setting (``prediction_mode=weird``) would otherwise surface hours later as a
    dead letter, after four phases of work."""
    source = given.get("source")
    if source is not None and source not in SOURCES:
        raise ConfigError(f"run params: unknown source {source!r} (known: {', '.join(SOURCES)})")
    predict_settings(given, processor="run params")
