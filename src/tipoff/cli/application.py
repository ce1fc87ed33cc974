"""The ``tipoff`` Typer application: its commands, the pipelines' commands mounted on it,
and :func:`main`, which turns every refusal into one line on standard error and an exit
code (see :mod:`tipoff.cli`)."""

from __future__ import annotations

import sys
from typing import NoReturn

import sqlalchemy as sa
import typer

# Typer (0.26 on) ships its own copy of Click; its exceptions are what a bad command line
# raises (the package exports only BadParameter of them).
from typer._click import exceptions as click

from tipoff import pipelines
from tipoff.cli import admin, run, status, workers
from tipoff.cli.common import EXIT_BAD_INPUT, EXIT_OK, out, warn
from tipoff.cli.dlq import dlq_app
from tipoff.errors import ConfigError, TipoffError

app = typer.Typer(
    name="tipoff",
    help="Run, watch and operate tipoff pipelines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(admin.config_app, name="config")
app.add_typer(admin.db_app, name="db")
app.add_typer(dlq_app, name="dlq")


def _mount_pipeline_commands() -> list[str]:
    """Mount each installed pipeline package's own commands; a line for each package whose
    commands cannot be loaded (reported by :func:`main`, as is a broken entry point)."""
    unmounted: list[str] = []
    for package in pipelines.installed().packages.values():
        try:
            mounts = package.commands()
        except Exception as exc:  # any error of third-party code: report, never crash
            line = pipelines.error_line(exc)
            unmounted.append(f"pipeline package {package.name!r}: its commands: {line}")
            continue
        for name, commands in mounts:
            if name is None:
                app.add_typer(commands)  # at the top level
            else:
                app.add_typer(commands, name=name)
    return unmounted


_UNMOUNTED = _mount_pipeline_commands()

for _command in (
    run.demo,
    run.run,
    run.backfill,
    workers.worker,
    workers.scheduler,
    run.trigger,
    run.repair,
    workers.monitor,
    workers.heal,
    status.health,
    status.status,
    admin.metrics,
    admin.serve,
    admin.version,
):
    app.command()(_command)


def _fail(message: str, code: int) -> NoReturn:
    warn(f"error: {message}")
    sys.exit(code)


def main(args: list[str] | None = None) -> None:
    """Run the command; every refusal is one line on standard error and an exit code."""
    try:
        pipelines.packages()  # an installed pipeline package that cannot load: say which
        if _UNMOUNTED:
            raise ConfigError(_UNMOUNTED[0])
        code = app(args=args, prog_name="tipoff", standalone_mode=False)
    except click.NoArgsIsHelpError as exc:  # ``tipoff`` or ``tipoff dlq`` alone
        out.print(exc.format_message(), markup=False)
        sys.exit(EXIT_BAD_INPUT)
    except click.UsageError as exc:  # an unknown option, a missing or malformed value
        where = f" (see {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
        _fail(" ".join(exc.format_message().split()) + where, EXIT_BAD_INPUT)
    except click.ClickException as exc:
        _fail(" ".join(exc.format_message().split()), exc.exit_code)
    except typer.Abort:
        _fail("interrupted", 130)
    except TipoffError as exc:
        _fail(str(exc), EXIT_BAD_INPUT)
    except sa.exc.SQLAlchemyError as exc:
        text = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
        _fail(f"database: {text.splitlines()[0]}", EXIT_BAD_INPUT)
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        _fail(f"{exc.strerror or exc}{where}", EXIT_BAD_INPUT)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
