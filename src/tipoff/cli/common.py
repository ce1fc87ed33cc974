"""What every command shares: the consoles, the exit codes, the common options, and the
way from settings to a store, a pipeline and its orchestrator.

The settings are read here (the only place besides the web layer that reads the
environment); a bad value anywhere becomes a :class:`~tipoff.errors.BadInput`, which
``main`` turns into one line and exit 2.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from tipoff import pipelines
from tipoff.dates import check_data_date, parse_data_date
from tipoff.engine.status import date_status
from tipoff.engine.store import Store, existing_store
from tipoff.errors import BadInput, ConfigError
from tipoff.logs import configure_logging
from tipoff.logs import stderr as redacted_stderr
from tipoff.redact import redact_url
from tipoff.settings import Settings, load_settings

if TYPE_CHECKING:
    from tipoff.engine.orchestrator import Orchestrator

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2
EXIT_STUCK = 3

out = Console(highlight=False, soft_wrap=True)
# every message on standard error passes the log's redaction of the settings' secrets
err = Console(file=redacted_stderr, highlight=False, soft_wrap=True)  # type: ignore[arg-type]

# ``--source`` is the run param ``source``: the values the installed pipelines' runs take
SOURCES: tuple[str, ...] = tuple(
    dict.fromkeys(s for p in pipelines.installed().packages.values() for s in p.sources)
)


def say(message: str) -> None:
    """One line on standard output, as written (no markup)."""
    out.print(message, markup=False)


def warn(message: str) -> None:
    """One line on standard error, as written (no markup)."""
    err.print(message, markup=False)


def finite(value: float | None) -> float | None:
    """Typer callback: a float option must be a number (not inf or nan)."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"{value} is not a finite number")
    return value


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _default_pipeline() -> str:
    """The default pipeline's name for the help texts (``main`` reports why there is none)."""
    try:
        return pipelines.default_name()
    except ConfigError:
        return "default"


DEFAULT_PIPELINE = _default_pipeline()
_PIPELINE_NAMES = ", ".join(
    sorted(pipelines.installed().packages, key=lambda n: n != DEFAULT_PIPELINE)
)
PIPELINE_HELP = (
    f"Pipeline name ({_PIPELINE_NAMES}) or YAML file (default: TIPOFF_PIPELINE, else the "
    f"{DEFAULT_PIPELINE} pipeline)."
)

PipelineOpt = Annotated[str | None, typer.Option("--pipeline", help=PIPELINE_HELP)]
SourceOpt = Annotated[
    str | None,
    typer.Option(
        "--source",
        help=f"Data source of the run: {_either(list(SOURCES))} (default: TIPOFF_SOURCE)."
        if SOURCES
        else "Data source of the run (its param source).",
    ),
]
ParamOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        help="KEY=VALUE given to every job of the run, over the processors' defaults "
        "(e.g. prediction_mode=fallback). Repeatable.",
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="The instant the run stands for, ISO 8601: every job's as_of param (default: "
        "the pipeline's own, if it has one).",
    ),
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option(
        "--concurrency", min=1, help="Jobs run at once (default: TIPOFF_WORKER_CONCURRENCY)."
    ),
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        min=0,
        callback=finite,
        help="Give up waiting after this many seconds (exit 3).",
    ),
]


def read_settings() -> Settings:
    """The settings, with the logging set up from them (their secrets redacted)."""
    settings = load_settings()
    configure_logging(
        level=settings.log_level, fmt=settings.log_format, secrets=settings.secret_values()
    )
    return settings


def parse_date(value: str, option: str) -> date:
    try:
        return parse_data_date(value, option)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def check_mode(modes: tuple[str, ...], mode: str) -> None:
    if mode not in modes:
        raise BadInput(f"--mode: unknown mode {mode!r} (known: {', '.join(modes)})")


def orchestrator(
    settings: Settings,
    pipeline: str | None,
    *,
    mode: str | None = None,
    store: Store | None = None,
    prepare: bool = True,
) -> Orchestrator:
    """The orchestrator on ``store`` (default: the settings' database); ``prepare`` creates
    or upgrades its schema, which a command acting on existing work leaves alone."""
    # The orchestrator is imported when built: it pulls in the queue and worker, which
    # ``status`` and ``config validate`` do not need, and those should answer fast.
    loaded = pipelines.load(pipeline or settings.pipeline)
    if mode is not None:
        check_mode(loaded.definition.modes, mode)
    return loaded.orchestrator(settings, store or new_store(settings), prepare=prepare)


def new_store(settings: Settings) -> Store:
    """The settings' database; the errors it stores have the settings' secrets blanked."""
    return Store(settings.database_url, secrets=settings.secret_values())


def tipoff_store(settings: Settings) -> Store:
    """The database's store if it holds tipoff's tables; a read-only command never creates
    one (nor the empty SQLite file)."""
    store = existing_store(settings.database_url, secrets=settings.secret_values())
    if store is None:
        raise BadInput(
            f"the database {redact_url(settings.database_url)} has no tipoff tables yet "
            "(run tipoff db upgrade)"
        )
    return store


def check_run(orch: Orchestrator, params: dict[str, str]) -> None:
    """The pipeline's checks of a run before its first job (e.g. that its data source can be
    built), so a missing setting fails at once."""
    pipelines.package(orch.pipeline().pipeline).check_run(orch.resources, params)


def run_params(
    source: str | None, as_of: str | None, extra: list[str] | None = None
) -> dict[str, str]:
    """What the command says explicitly for every job of the run; the engine resolves the
    rest once, when the run is created (its schedule's params, then the settings)."""
    params: dict[str, str] = {}
    for item in extra or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise BadInput(f"--param: {item!r} is not KEY=VALUE")
        params[key.strip()] = value.strip()
    if source is not None:
        params["source"] = source
    if SOURCES and params.get("source", SOURCES[0]) not in SOURCES:
        raise BadInput(f"--source: unknown source {params['source']!r} ({_either(list(SOURCES))})")
    if as_of is not None:
        try:
            instant = datetime.fromisoformat(as_of)
        except ValueError as exc:
            raise BadInput(f"--as-of: {as_of!r} is not an ISO 8601 instant ({exc})") from None
        try:
            check_data_date(instant.date(), "--as-of")
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        params["as_of"] = as_of
    return params


def status_of(orch: Orchestrator, day: date, mode: str | None) -> Any:
    """A date's status report, read again if the connection drops (the run goes on)."""
    return orch.store.retrying(
        lambda: date_status(orch.store, orch.pipeline(), day, mode=mode),
        what=f"read the status of {day.isoformat()}",
    )


def today(orch: Orchestrator) -> date:
    return datetime.now(orch.pipeline().zone).date()
