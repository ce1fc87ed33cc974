"""What the state of things is: ``status`` (a date's phases, or the pipeline's daily
status over N days) and ``health`` (the morning check). ``status`` of one date reads the
pipeline file alone, not its code, so it answers fast."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tipoff import pipelines
from tipoff.cli.common import (
    EXIT_NOT_FOUND,
    PipelineOpt,
    check_mode,
    orchestrator,
    out,
    parse_date,
    read_settings,
    say,
    tipoff_store,
)
from tipoff.engine.status import DateStatus, date_status, recent_runs, render_text, to_json
from tipoff.engine.store import existing_store
from tipoff.errors import BadInput
from tipoff.redact import redact_url

if TYPE_CHECKING:
    from tipoff.engine.orchestrator import Orchestrator


def health(
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """The morning health check; exit 1 when something needs a person."""
    from tipoff.engine.health import health as run_health

    settings = read_settings()
    orch = orchestrator(settings, pipeline)
    extra = health_extra(orch)
    report = run_health(orch.store, orch.pipelines, clock=orch.clock, extra=extra)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        for c in report.checks:
            say(f"{'ok  ' if c.ok else 'FAIL'} {c.name}: {c.detail}")
        say("needs a person" if report.needs_person else "healthy")
    if report.needs_person:
        raise typer.Exit(1)


def health_extra(orch: Orchestrator) -> list[Any]:
    """The pipelines' own lines of the health check (registered with their code)."""
    from tipoff.engine.health import pipeline_checks

    return pipeline_checks(orch.store, orch.pipelines, now=orch.clock.now())


def status(
    date_: Annotated[
        str | None, typer.Argument(metavar="DATE", help="Data date, YYYY-MM-DD (default: today).")
    ] = None,
    mode: Annotated[str | None, typer.Option("--mode", help="Only this mode.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    days: Annotated[
        int | None,
        typer.Option(
            "--days",
            min=1,
            max=366,
            help="The pipeline's daily status of the N days up to DATE (its phases, "
            "records and predictions a day) instead of one date's detail.",
        ),
    ] = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Show every phase and expected processor of a date: what is done, what is missing."""
    day = parse_date(date_, "DATE") if date_ is not None else None
    settings = read_settings()
    definition = pipelines.load_definition(pipeline or settings.pipeline)
    if mode is not None:
        check_mode(definition.modes, mode)
    if day is None:
        day = datetime.now(definition.zone).date()
    if days is not None:
        tables = tipoff_store(settings)
        daily = pipelines.package(definition.pipeline).daily_status()
        if daily is None:
            raise BadInput(f"--days: pipeline {definition.pipeline!r} has no daily status")
        daily(
            tables,
            day - timedelta(days=days - 1),
            day,
            as_json=as_json,
            width=max(out.width, 110),
        )
        return
    store = existing_store(settings.database_url, secrets=settings.secret_values())
    if store is None:
        if as_json:
            empty = DateStatus(
                pipeline=definition.pipeline,
                data_date=day,
                timezone=definition.timezone,
                runs=(),
            )
            # with no tables there is nothing to say about retries or breakers either
            shown = empty.model_dump(mode="json", by_alias=True, exclude={"retries", "breakers"})
            sys.stdout.write(json.dumps(shown, indent=2) + "\n")
        else:
            say(
                f"No run of pipeline {definition.pipeline!r} for {day.isoformat()}: "
                f"the database {redact_url(settings.database_url)} has no tipoff tables yet."
            )
        raise typer.Exit(EXIT_NOT_FOUND)
    report = date_status(store, definition, day, mode=mode)
    if as_json:
        sys.stdout.write(json.dumps(to_json(report), indent=2) + "\n")
    else:
        say(render_text(report))
        if not report.runs:
            recent = recent_runs(store, definition.pipeline)
            if recent:
                listed = ", ".join(
                    f"{r.data_date.isoformat()} ({r.mode}, {r.status.value})" for r in recent
                )
                say(f"Latest runs: {listed}")
    if not report.runs:
        raise typer.Exit(EXIT_NOT_FOUND)
