"""Operating the installation: ``config validate``, ``db upgrade``, ``metrics``, ``serve``
and ``version``."""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Annotated

import typer

from tipoff import __version__, pipelines
from tipoff.cli.common import (
    DEFAULT_PIPELINE,
    PipelineOpt,
    new_store,
    orchestrator,
    read_settings,
    say,
    tipoff_store,
    warn,
)
from tipoff.cli.status import health_extra
from tipoff.engine import migrations
from tipoff.engine.store import ENGINE_SCHEMA
from tipoff.errors import BadInput
from tipoff.redact import redact_url

config_app = typer.Typer(help="Pipeline files.", no_args_is_help=True)
db_app = typer.Typer(help="The database schema.", no_args_is_help=True)


@config_app.command("validate")
def config_validate(
    file: Annotated[
        Path | None,
        typer.Argument(
            help=f"Pipeline YAML (default: TIPOFF_PIPELINE, else the {DEFAULT_PIPELINE} pipeline)."
        ),
    ] = None,
) -> None:
    """Check a pipeline file: its structure, names, modes, schedules and processor code."""
    settings = read_settings()
    loaded = pipelines.load(file or settings.pipeline)
    d = loaded.definition
    say(
        f"ok: {d.source}: pipeline {d.pipeline!r}, {len(d.phases)} phases, "
        f"{len(d.processor_names())} processors, modes {', '.join(d.modes)}, "
        f"{len(d.schedules)} schedule{'s' * (len(d.schedules) != 1)}"
    )


@db_app.command("upgrade")
def db_upgrade(pipeline: PipelineOpt = None) -> None:
    """Create the database schema, or upgrade it in place (keeps every row)."""
    settings = read_settings()
    loaded = pipelines.load(pipeline or settings.pipeline)
    store = new_store(settings)
    store.ensure_schema(*loaded.schemas)
    with store.read() as conn:
        versions = [
            f"{c.name} v{migrations.current_version(conn, c.name)}"
            for c in (ENGINE_SCHEMA, *loaded.schemas)
        ]
    say(f"database {store.describe()} is up to date: {', '.join(versions)}")


def metrics() -> None:
    """Print the Prometheus metrics: the engine's (what the service's /metrics serves) and
    the age of each output the pipeline publishes (its latest files in the bucket)."""
    from tipoff.engine.clock import SystemClock
    from tipoff.engine.metrics import render

    settings = read_settings()
    store = tipoff_store(settings)
    # the pipeline with its resources: the ages of what it publishes (its bucket's files)
    orch = orchestrator(settings, None, store=store, prepare=False)
    sys.stdout.write(render(store, SystemClock().now(), orch.pipelines).decode())


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8080,
    pipeline: PipelineOpt = None,
) -> None:
    """Serve /health, /ready, /metrics, the JSON API and the dashboard until Ctrl-C."""
    import uvicorn

    from tipoff.web.app import create_app

    settings = read_settings()
    _check_listen(host, port)
    web = create_app(settings, pipeline=pipeline, health_extra=health_extra)
    writes = "token required" if settings.api_token else "disabled (no TIPOFF_API_TOKEN)"
    warn(
        f"serving http://{host}:{port}/ on {redact_url(settings.database_url)}; "
        f"manual triggers: {writes}"
    )
    uvicorn.run(web, host=host, port=port, log_config=None, log_level=settings.log_level.lower())


def _check_listen(host: str, port: int) -> None:
    """Refuse an address the server could not listen on, in one line (uvicorn would log the
    error and exit 3, which means "stuck" here)."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise BadInput(
            f"--host/--port: cannot listen on {host}:{port}: {exc.strerror or exc}"
        ) from None


def version() -> None:
    """Print the version."""
    say(f"tipoff {__version__}")
