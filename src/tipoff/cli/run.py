"""Commands that run dates: ``demo``, ``run``, ``backfill``, ``trigger`` and ``repair``,
and how they report a run that did not finish (exit 3)."""

from __future__ import annotations

import time
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import sqlalchemy as sa
import typer
from rich.table import Table

from tipoff import pipelines, progress
from tipoff.cli.common import (
    DEFAULT_PIPELINE,
    EXIT_NOT_FOUND,
    EXIT_STUCK,
    PIPELINE_HELP,
    AsOfOpt,
    ConcurrencyOpt,
    ParamOpt,
    PipelineOpt,
    SourceOpt,
    TimeoutOpt,
    check_mode,
    check_run,
    err,
    orchestrator,
    out,
    parse_date,
    read_settings,
    run_params,
    say,
    status_of,
    today,
    warn,
)
from tipoff.engine.heartbeats import WORKER_STALE_S, live_workers
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.status import date_status, render_text
from tipoff.engine.store import existing_store
from tipoff.errors import BadInput
from tipoff.settings import Settings

if TYPE_CHECKING:
    from tipoff.engine.orchestrator import Orchestrator, RunState

MAX_BACKFILL_DAYS = 366
GENERIC_DEMO_DATES = 3


def run_dates(
    orch: Orchestrator,
    settings: Settings,
    dates: list[date],
    mode: str,
    *,
    concurrency: int | None,
    timeout: float | None,
    params: dict[str, str] | None = None,
    on_finished: Any = None,
    ahead: int = 0,
) -> tuple[list[RunState], float]:
    started = time.perf_counter()
    states = orch.run_dates(
        dates,
        mode,
        concurrency=concurrency or settings.worker_concurrency,
        timeout_s=timeout,
        params=params,
        on_finished=on_finished,
        ahead=ahead,
        lease_s=settings.worker_lease_seconds,
        poll_s=settings.worker_poll_seconds,
    )
    return states, time.perf_counter() - started


def jobs_of(orch: Orchestrator, states: list[RunState]) -> tuple[int, int]:
    """(all jobs, dead letters) of these runs."""
    total = dead = 0
    for s in states:
        for report in status_of(orch, s.run.data_date, s.run.mode).runs:
            total += sum(report.jobs.values())
            dead += report.dead_letters
    return total, dead


def print_stuck(states: list[RunState]) -> None:
    """On standard error, why each run that is not complete is not."""
    for s in states:
        if s.status is RunStatus.COMPLETE:
            continue
        day = s.run.data_date.isoformat()
        if s.status is RunStatus.COMPLETE_DEGRADED:
            warn(f"outcome missed: {day} ({s.run.mode}) ran every phase, but {s.outcome}")
        elif s.blocked or s.held or s.rechecking:
            for reason in s.blocked:
                warn(f"blocked: {day} ({s.run.mode}) {reason}")
            for reason in s.held:
                warn(f"held: {day} ({s.run.mode}) {reason}")
            for reason in s.rechecking:
                warn(f"held: {day} ({s.run.mode}) {reason} (its checks are due again now)")
        else:
            warn(
                f"not finished: {day} ({s.run.mode}) is {s.status.value}, "
                f"{s.pending_jobs} job(s) still queued or running"
            )


def demo(
    dates: Annotated[
        int | None,
        typer.Option(
            "--dates",
            min=1,
            max=60,
            help=f"How many dates (default: the pipeline demo's own; {GENERIC_DEMO_DATES} "
            "for a pipeline without one).",
        ),
    ] = None,
    concurrency: ConcurrencyOpt = None,
    pipeline_name: Annotated[
        str | None,
        typer.Option(
            "--pipeline",
            help=f"{PIPELINE_HELP} A pipeline with a demo of its own runs it (the "
            f"{DEFAULT_PIPELINE} pipeline: its simulated data end to end); any "
            "other runs its dates up to yesterday.",
        ),
    ] = None,
) -> None:
    """Run a pipeline end to end on generated data and show what it produced."""
    settings = read_settings()
    orch = orchestrator(settings, pipeline_name or settings.pipeline)
    own_demo = pipelines.package(orch.pipeline().pipeline).demo()
    if own_demo is None:
        states, ok = _generic_demo(orch, settings, dates=dates, concurrency=concurrency)
    else:
        states, ok = own_demo(
            orch,
            settings,
            dates=dates,
            concurrency=concurrency or settings.worker_concurrency,
            show=say,
            say=warn,
        )
    if not ok:
        print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


def _generic_demo(
    orch: Orchestrator, settings: Settings, *, dates: int | None, concurrency: int | None
) -> tuple[list[RunState], bool]:
    """The dates up to yesterday, in the pipeline's backfill mode (else its first)."""
    dates = dates or GENERIC_DEMO_DATES
    pipeline = orch.pipeline()
    mode = "backfill" if "backfill" in pipeline.modes else pipeline.modes[0]
    yesterday = today(orch) - timedelta(days=1)
    days = [yesterday - timedelta(days=i) for i in range(dates - 1, -1, -1)]
    done_before = sum(
        any(r.status is RunStatus.COMPLETE for r in date_status(orch.store, pipeline, d).runs)
        for d in days
    )
    say(
        f"Running pipeline {pipeline.pipeline!r} ({len(pipeline.phases)} phases, "
        f"{len(pipeline.processor_names())} processors) for {len(days)} date(s) "
        f"{days[0].isoformat()}..{days[-1].isoformat()} in {mode} mode "
        f"on {orch.store.describe()}"
    )
    with progress.steps("demo", len(days), enabled=progress.wanted(settings.log_format)) as step:
        states, wall = run_dates(
            orch,
            settings,
            days,
            mode,
            concurrency=concurrency,
            timeout=None,
            on_finished=lambda s: step(f"{s.run.data_date.isoformat()} {s.status.value}"),
        )
    out.print()
    say(render_text(date_status(orch.store, pipeline, days[-1], mode=mode)))
    out.print()
    complete = sum(s.status is RunStatus.COMPLETE for s in states)
    jobs, dead = jobs_of(orch, states)
    again = f", {done_before} already complete before" if done_before else ""
    say(
        f"demo: {complete}/{len(days)} dates complete, {jobs} jobs, {dead} dead letters, "
        f"{wall:.2f} s wall time{again}"
    )
    return states, complete == len(days)


def run(
    date_: Annotated[str, typer.Option("--date", help="Data date, YYYY-MM-DD.")],
    mode: Annotated[str, typer.Option("--mode", help="same_day, overnight or backfill.")] = (
        "same_day"
    ),
    pipeline: PipelineOpt = None,
    concurrency: ConcurrencyOpt = None,
    timeout: TimeoutOpt = None,
    source: SourceOpt = None,
    as_of: AsOfOpt = None,
    param: ParamOpt = None,
) -> None:
    """Run one date through the pipeline with embedded workers."""
    day = parse_date(date_, "--date")
    settings = read_settings()
    params = run_params(source, as_of, param)
    orch = orchestrator(settings, pipeline, mode=mode)
    check_run(orch, params)
    states, wall = run_dates(
        orch, settings, [day], mode, concurrency=concurrency, timeout=timeout, params=params
    )
    say(render_text(status_of(orch, day, mode)))
    out.print()
    jobs, dead = jobs_of(orch, states)
    state = states[0]
    say(
        f"run: {day.isoformat()} ({mode}) {state.status.value}, {jobs} jobs, "
        f"{dead} dead letters, {wall:.2f} s"
    )
    if state.status is not RunStatus.COMPLETE:
        print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


def backfill(
    start: Annotated[str, typer.Option("--start", help="First date, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option("--end", help="Last date (inclusive), YYYY-MM-DD.")],
    mode: Annotated[str, typer.Option("--mode")] = "backfill",
    pipeline: PipelineOpt = None,
    concurrency: ConcurrencyOpt = None,
    timeout: TimeoutOpt = None,
    source: SourceOpt = None,
    param: ParamOpt = None,
    parallel: Annotated[
        bool,
        typer.Option(
            "--parallel",
            help="Start the dates at once; a phase that reads earlier dates "
            "(depends_on_earlier_dates in the pipeline file) still waits for them.",
        ),
    ] = False,
    ahead: Annotated[
        int,
        typer.Option(
            "--ahead",
            min=0,
            max=MAX_BACKFILL_DAYS,
            help="Dates whose scrapes and raw loads start while an earlier date's later "
            "phases run (0: one date after another).",
        ),
    ] = 1,
) -> None:
    """Run a range of dates through the pipeline with embedded workers, in date order."""
    first, last = parse_date(start, "--start"), parse_date(end, "--end")
    if last < first:
        raise BadInput(f"--end {last.isoformat()} is before --start {first.isoformat()}")
    span = (last - first).days + 1
    if span > MAX_BACKFILL_DAYS:
        raise BadInput(f"{span} dates is more than {MAX_BACKFILL_DAYS}; split the range")
    settings = read_settings()
    params = run_params(source, None, param)
    orch = orchestrator(settings, pipeline, mode=mode)
    check_run(orch, params)
    days = [first + timedelta(days=i) for i in range(span)]
    bar = progress.steps("backfill", len(days), enabled=progress.wanted(settings.log_format))
    with bar as date_done:

        def finished(state: RunState) -> None:
            date_done(f"{state.run.data_date.isoformat()} {state.status.value}")

        if parallel or ahead:
            # in order (ahead): the phase that reads earlier dates, and those after it, go
            # one date after another; a date after a stuck one goes as far as it can
            # without it
            states, wall = run_dates(
                orch,
                settings,
                days,
                mode,
                concurrency=concurrency,
                timeout=timeout,
                params=params,
                on_finished=finished,
                ahead=0 if parallel else ahead,
            )
        else:  # one after another; a date after a stuck one goes as far as it can without it
            states, wall = [], 0.0
            for day in days:
                done, took = run_dates(
                    orch,
                    settings,
                    [day],
                    mode,
                    concurrency=concurrency,
                    timeout=timeout,
                    params=params,
                    on_finished=finished,
                )
                states += done
                wall += took
    table = Table("date", "mode", "status", "jobs", "dead letters", title="backfill")
    total_jobs = total_dead = 0
    for s in states:
        jobs, dead = jobs_of(orch, [s])
        total_jobs += jobs
        total_dead += dead
        shown = "held" if s.held and s.status is RunStatus.RUNNING else s.status.value
        table.add_row(s.run.data_date.isoformat(), mode, shown, str(jobs), str(dead))
    out.print(table)
    complete = sum(s.status is RunStatus.COMPLETE for s in states)
    degraded = sum(s.status is RunStatus.COMPLETE_DEGRADED for s in states)
    say(
        f"backfill: {complete}/{len(days)} dates complete"
        + (f" ({degraded} {RunStatus.COMPLETE_DEGRADED.value})" if degraded else "")
        + f", {total_jobs} jobs, "
        f"{total_dead} dead letters, {wall:.2f} s"
    )
    if complete != len(days):
        print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


def trigger(
    phase: Annotated[int, typer.Option("--phase", help="The phase to run.")],
    date_: Annotated[str, typer.Option("--date", help="Data date, YYYY-MM-DD.")],
    mode: Annotated[str, typer.Option("--mode", help="same_day, overnight or backfill.")] = (
        "same_day"
    ),
    processors: Annotated[
        str | None, typer.Option("--processors", help="Comma-separated subset (default: all).")
    ] = None,
    skip_dependency_check: Annotated[
        bool,
        typer.Option(
            "--skip-dependency-check",
            help="Start the phase even though the previous one has not triggered (recorded "
            "as a manual trigger).",
        ),
    ] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """Run a phase (or some of its processors) of a date now; workers pick the jobs up."""
    from tipoff.engine.manual import trigger_phase

    day = parse_date(date_, "--date")
    settings = read_settings()
    orch = orchestrator(settings, pipeline, mode=mode)
    names = [p.strip() for p in processors.split(",") if p.strip()] if processors else None
    done = trigger_phase(
        orch.store,
        orch.pipeline(),
        day,
        mode,
        phase,
        now=orch.clock.now(),
        processors=names,
        skip_dependency_check=skip_dependency_check,
    )
    forced = " (previous phase forced: reason manual)" if done.forced_previous else ""
    say(
        f"phase {phase} of {day.isoformat()} ({mode}): enqueued "
        f"{', '.join(done.enqueued) or 'nothing'}{forced}; a worker runs them"
    )
    if done.enqueued and not _workers_alive(orch):
        warn(
            f"warning: no worker has sent a heartbeat in the last {WORKER_STALE_S:.0f} s: "
            "nothing will run them until one starts (`tipoff worker`)"
        )


def _workers_alive(orch: Orchestrator) -> int:
    with orch.store.read() as conn:
        return live_workers(conn, now=orch.clock.now())


def repair(
    date_: Annotated[str, typer.Argument(metavar="DATE", help="Data date, YYYY-MM-DD.")],
    mode: Annotated[
        str | None, typer.Option("--mode", help="Only this mode's runs (default: every mode).")
    ] = None,
    pipeline: PipelineOpt = None,
    concurrency: ConcurrencyOpt = None,
    timeout: TimeoutOpt = None,
) -> None:
    """Repair a date in one step: retry its dead letters (re-fetching the inputs of those that
    read another processor's output), re-drive missing processors and settled phases, then
    run the date's runs with embedded workers until they finish, and print what it did."""
    from tipoff.engine.heal import heal as run_heal
    from tipoff.engine.manual import retry_with_inputs
    from tipoff.engine.schema import jobs, runs

    day = parse_date(date_, "DATE")
    settings = read_settings()
    existing = existing_store(settings.database_url, secrets=settings.secret_values())
    if existing is None:  # no tipoff tables, no run: nothing to repair, and none created
        definition = pipelines.load_definition(pipeline or settings.pipeline)
        if mode is not None:
            check_mode(definition.modes, mode)
        _nothing_to_repair(definition.pipeline, day, mode)
    # its schema upgraded in place, as ``run`` does: the date's runs go on below
    orch = orchestrator(settings, pipeline, mode=mode, store=existing)
    definition = orch.pipeline()
    with orch.store.read() as conn:
        query = sa.select(runs.c.id, runs.c.mode).where(
            runs.c.pipeline == definition.pipeline, runs.c.data_date == day
        )
        if mode is not None:
            query = query.where(runs.c.mode == mode)
        found = conn.execute(query).all()
        dead = list(
            conn.execute(
                sa.select(jobs.c.id)
                .where(
                    jobs.c.run_id.in_([r.id for r in found]),
                    jobs.c.status == JobStatus.DEAD.value,
                )
                .order_by(jobs.c.id)
            ).scalars()
        )
    if not found:
        _nothing_to_repair(definition.pipeline, day, mode)
    for r in retry_with_inputs(orch.store, orch.pipelines, dead, now=orch.clock.now()):
        say(f"retried: {r.describe()}")
    healed = run_heal(orch.store, orch.pipelines, clock=orch.clock, dates=[day])
    for label, items in (("triggered", healed.triggered), ("requeued", healed.requeued)):
        for item in items:
            say(f"{label}: {item}")
    if not dead and not healed.acted:
        say("nothing to retry or re-drive; running the date's runs on")
    states = []
    for run_mode in sorted({r.mode for r in found}):
        done, _ = run_dates(
            orch, settings, [day], run_mode, concurrency=concurrency, timeout=timeout
        )
        states += done
    say(render_text(status_of(orch, day, mode)))
    out.print()
    for s in states:
        say(f"repair: {day.isoformat()} ({s.run.mode}) {s.status.value}")
    if any(s.status is not RunStatus.COMPLETE for s in states):
        print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


def _nothing_to_repair(pipeline: str, day: date, mode: str | None) -> NoReturn:
    err.print(
        f"No run of pipeline {pipeline!r} for {day.isoformat()}"
        + (f" ({mode})" if mode else "")
        + ": nothing to repair (start one with `tipoff run`).",
        markup=False,
    )
    raise typer.Exit(EXIT_NOT_FOUND)
