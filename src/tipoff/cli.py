"""The ``tipoff`` command: a thin layer over the engine.

It reads the settings (the only place besides the web layer that reads the environment),
loads the pipeline and its processor code, and calls the orchestrator. Exit codes:

- 0: done (the run completed, the file is valid, ...)
- 1: nothing to show (``status`` of a date without a run)
- 2: bad input: a bad option or date, an invalid pipeline file or setting, a database
  error (one line, no traceback)
- 3: a run is stuck: blocked, or still running when ``--timeout`` ran out
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import signal
import socket
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

# Typer (0.26 on) ships its own copy of Click; its exceptions are what a bad command line
# raises (the package exports only BadParameter of them).
from typer._click import exceptions as click

from tipoff import __version__, pipelines, progress
from tipoff.dates import check_data_date, parse_data_date
from tipoff.engine import migrations
from tipoff.engine.heartbeats import WORKER_STALE_S, live_workers
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.status import date_status, recent_runs, render_text, to_json
from tipoff.engine.store import ENGINE_SCHEMA, Store, existing_store
from tipoff.errors import BadInput, TipoffError
from tipoff.logs import configure_logging
from tipoff.logs import stderr as redacted_stderr
from tipoff.nba.documents import SOURCES
from tipoff.redact import redact_url
from tipoff.settings import DAY_S, HOUR_S, Settings, load_settings

if TYPE_CHECKING:
    from tipoff.engine.orchestrator import Orchestrator, RunState

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2
EXIT_STUCK = 3

MAX_BACKFILL_DAYS = 366

out = Console(highlight=False, soft_wrap=True)
# every message on standard error passes the log's redaction of the settings' secrets
err = Console(file=redacted_stderr, highlight=False, soft_wrap=True)  # type: ignore[arg-type]

app = typer.Typer(
    name="tipoff",
    help="Run, watch and operate tipoff pipelines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
config_app = typer.Typer(help="Pipeline files.", no_args_is_help=True)
db_app = typer.Typer(help="The database schema.", no_args_is_help=True)
dlq_app = typer.Typer(
    help="Dead letters: jobs that failed their last attempt.", no_args_is_help=True
)
app.add_typer(config_app, name="config")
app.add_typer(db_app, name="db")
app.add_typer(dlq_app, name="dlq")


def _mount_model_commands() -> None:
    from tipoff.nba.model.cli import app as model_app

    app.add_typer(model_app, name="model")


def _mount_ops_commands() -> None:
    from tipoff.nba.ops.cli import app as ops_app

    app.add_typer(ops_app)  # no name: ``tipoff quality``, at the top level


def _mount_export_commands() -> None:
    from tipoff.nba.export.cli import app as export_app

    app.add_typer(export_app, name="export")


def _mount_sources_commands() -> None:
    from tipoff.nba.sources.cli import app as sources_app

    app.add_typer(sources_app, name="sources")


_mount_model_commands()
_mount_ops_commands()
_mount_export_commands()
_mount_sources_commands()


def _finite(value: float | None) -> float | None:
    """Typer callback: a float option must be a number (not inf or nan)."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"{value} is not a finite number")
    return value


PipelineOpt = Annotated[
    str | None,
    typer.Option(
        "--pipeline",
        help="Pipeline name (nba, example) or YAML file (default: TIPOFF_PIPELINE, else the "
        "nba pipeline).",
    ),
]
SourceOpt = Annotated[
    str | None,
    typer.Option(
        "--source",
        help="Data source for the NBA pipeline: live, sim or replay (default: TIPOFF_SOURCE).",
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
        help="The instant the run stands for, ISO 8601 (sim source; default: the morning "
        "of the date for same_day, the next morning for overnight).",
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
        callback=_finite,
        help="Give up waiting after this many seconds (exit 3).",
    ),
]


# -- plumbing -----------------------------------------------------------------------------


def _settings() -> Settings:
    settings = load_settings()
    configure_logging(
        level=settings.log_level, fmt=settings.log_format, secrets=settings.secret_values()
    )
    return settings


def _parse_date(value: str, option: str) -> date:
    try:
        return parse_data_date(value, option)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def _orchestrator(
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
        _check_mode(loaded.definition.modes, mode)
    return loaded.orchestrator(settings, store or _store(settings), prepare=prepare)


def _check_source(orch: Orchestrator, settings: Settings, params: dict[str, str]) -> None:
    """Build the run's data source now, so a missing setting fails before any job runs."""
    sources = orch.resources.get("sources")
    if sources is not None:
        sources.get(params.get("source") or settings.source)


def _run_params(
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
    if params.get("source", "sim") not in SOURCES:
        raise BadInput(f"--source: unknown source {params['source']!r} (live, sim or replay)")
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


def _check_mode(modes: tuple[str, ...], mode: str) -> None:
    if mode not in modes:
        raise BadInput(f"--mode: unknown mode {mode!r} (known: {', '.join(modes)})")


def _run_dates(
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


def _status_of(orch: Orchestrator, day: date, mode: str | None) -> Any:
    """A date's status report, read again if the connection drops (the run goes on)."""
    return orch.store.retrying(
        lambda: date_status(orch.store, orch.pipeline(), day, mode=mode),
        what=f"read the status of {day.isoformat()}",
    )


def _jobs_of(orch: Orchestrator, states: list[RunState]) -> tuple[int, int]:
    """(all jobs, dead letters) of these runs."""
    total = dead = 0
    for s in states:
        for report in _status_of(orch, s.run.data_date, s.run.mode).runs:
            total += sum(report.jobs.values())
            dead += report.dead_letters
    return total, dead


def _print_stuck(states: list[RunState]) -> None:
    for s in states:
        if s.status is RunStatus.COMPLETE:
            continue
        day = s.run.data_date.isoformat()
        if s.status is RunStatus.COMPLETE_DEGRADED:
            err.print(
                f"outcome missed: {day} ({s.run.mode}) ran every phase, but {s.outcome}",
                markup=False,
            )
        elif s.blocked or s.held or s.rechecking:
            for reason in s.blocked:
                err.print(f"blocked: {day} ({s.run.mode}) {reason}", markup=False)
            for reason in s.held:
                err.print(f"held: {day} ({s.run.mode}) {reason}", markup=False)
            for reason in s.rechecking:
                err.print(
                    f"held: {day} ({s.run.mode}) {reason} (its checks are due again now)",
                    markup=False,
                )
        else:
            err.print(
                f"not finished: {day} ({s.run.mode}) is {s.status.value}, "
                f"{s.pending_jobs} job(s) still queued or running",
                markup=False,
            )


def _today(orch: Orchestrator) -> date:
    return datetime.now(orch.pipeline().zone).date()


# -- commands -----------------------------------------------------------------------------


@app.command()
def demo(
    dates: Annotated[
        int | None,
        typer.Option("--dates", min=1, max=60, help="How many dates (nba: 10, example: 3)."),
    ] = None,
    concurrency: ConcurrencyOpt = None,
    pipeline_name: Annotated[
        str | None,
        typer.Option(
            "--pipeline",
            help="nba (the default: the simulated league end to end) "
            "or example (six phases of no-op processors).",
        ),
    ] = None,
) -> None:
    """Run a pipeline end to end on generated data and show what it produced."""
    settings = _settings()
    orch = _orchestrator(settings, pipeline_name or settings.pipeline)
    pipeline = orch.pipeline()
    if pipeline.pipeline == "nba":
        _nba_demo(orch, settings, dates or 10, concurrency or settings.worker_concurrency)
        return
    dates = dates or 3
    mode = "backfill" if "backfill" in pipeline.modes else pipeline.modes[0]
    yesterday = _today(orch) - timedelta(days=1)
    days = [yesterday - timedelta(days=i) for i in range(dates - 1, -1, -1)]
    done_before = sum(
        any(r.status is RunStatus.COMPLETE for r in date_status(orch.store, pipeline, d).runs)
        for d in days
    )
    out.print(
        f"Running pipeline {pipeline.pipeline!r} ({len(pipeline.phases)} phases, "
        f"{len(pipeline.processor_names())} processors) for {len(days)} date(s) "
        f"{days[0].isoformat()}..{days[-1].isoformat()} in {mode} mode "
        f"on {orch.store.describe()}",
        markup=False,
    )
    with progress.steps("demo", len(days), enabled=progress.wanted(settings.log_format)) as step:
        states, wall = _run_dates(
            orch,
            settings,
            days,
            mode,
            concurrency=concurrency,
            timeout=None,
            on_finished=lambda s: step(f"{s.run.data_date.isoformat()} {s.status.value}"),
        )
    out.print()
    out.print(render_text(date_status(orch.store, pipeline, days[-1], mode=mode)), markup=False)
    out.print()
    complete = sum(s.status is RunStatus.COMPLETE for s in states)
    jobs, dead = _jobs_of(orch, states)
    again = f", {done_before} already complete before" if done_before else ""
    out.print(
        f"demo: {complete}/{len(days)} dates complete, {jobs} jobs, {dead} dead letters, "
        f"{wall:.2f} s wall time{again}",
        markup=False,
    )
    if complete != len(days):
        _print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


_RAN_EVERY_PHASE = (RunStatus.COMPLETE, RunStatus.COMPLETE_DEGRADED)


def _nba_demo(orch: Orchestrator, settings: Settings, dates: int, concurrency: int) -> None:
    from tipoff.nba.demo import graded_summary, run_demo

    started = time.perf_counter()
    out.print(
        f"NBA demo: simulated season {settings.sim_season} (seed {settings.sim_seed}), "
        f"{dates} backfilled dates then one same-day and overnight date, on "
        f"{orch.store.describe()}, bucket {settings.bucket_url}",
        markup=False,
    )
    bar = progress.steps("demo", dates + 3, enabled=progress.wanted(settings.log_format))
    with bar as step:
        days = run_demo(
            orch,
            season=settings.sim_season,
            seed=settings.sim_seed,
            dates=dates,
            concurrency=concurrency,
            say=lambda m: err.print(m, markup=False),
            step=step,
        )
    last = days[-1]
    out.print()
    out.print(render_text(date_status(orch.store, orch.pipeline(), last.day)), markup=False)
    out.print()
    summary = graded_summary(orch, sorted({d.day for d in days}))
    # every phase ran; a degraded date (opening day predicts nobody: no player has a game
    # before it) is named, not a failure of the demo
    complete = sum(d.state.status in _RAN_EVERY_PHASE for d in days)
    degraded = [d for d in days if d.state.status is RunStatus.COMPLETE_DEGRADED]
    bucket = orch.resources["bucket"]
    exports = len(bucket.list("v1/"))
    out.print(
        f"demo: {complete}/{len(days)} runs complete"
        + (f" ({len(degraded)} {RunStatus.COMPLETE_DEGRADED.value})" if degraded else "")
        + f", {summary['player_predictions']} player "
        f"predictions, graded {summary['wins']} wins / {summary['losses']} losses / "
        f"{summary['pushes']} pushes (hit rate {summary['hit_rate']:.1%}), {exports} export "
        f"files under {settings.bucket_url}/v1, {time.perf_counter() - started:.1f} s",
        markup=False,
    )
    if complete != len(days):
        _print_stuck([d.state for d in days])
        raise typer.Exit(EXIT_STUCK)


@app.command()
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
    day = _parse_date(date_, "--date")
    settings = _settings()
    params = _run_params(source, as_of, param)
    orch = _orchestrator(settings, pipeline, mode=mode)
    _check_source(orch, settings, params)
    states, wall = _run_dates(
        orch, settings, [day], mode, concurrency=concurrency, timeout=timeout, params=params
    )
    out.print(render_text(_status_of(orch, day, mode)), markup=False)
    out.print()
    jobs, dead = _jobs_of(orch, states)
    state = states[0]
    out.print(
        f"run: {day.isoformat()} ({mode}) {state.status.value}, {jobs} jobs, "
        f"{dead} dead letters, {wall:.2f} s",
        markup=False,
    )
    if state.status is not RunStatus.COMPLETE:
        _print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


@app.command()
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
    first, last = _parse_date(start, "--start"), _parse_date(end, "--end")
    if last < first:
        raise BadInput(f"--end {last.isoformat()} is before --start {first.isoformat()}")
    span = (last - first).days + 1
    if span > MAX_BACKFILL_DAYS:
        raise BadInput(f"{span} dates is more than {MAX_BACKFILL_DAYS}; split the range")
    settings = _settings()
    params = _run_params(source, None, param)
    orch = _orchestrator(settings, pipeline, mode=mode)
    _check_source(orch, settings, params)
    days = [first + timedelta(days=i) for i in range(span)]
    bar = progress.steps("backfill", len(days), enabled=progress.wanted(settings.log_format))
    with bar as date_done:

        def finished(state: RunState) -> None:
            date_done(f"{state.run.data_date.isoformat()} {state.status.value}")

        if parallel or ahead:
            # in order (ahead): the phase that reads earlier dates, and those after it, go
            # one date after another; a date after a stuck one goes as far as it can
            # without it
            states, wall = _run_dates(
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
                done, took = _run_dates(
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
        jobs, dead = _jobs_of(orch, [s])
        total_jobs += jobs
        total_dead += dead
        shown = "held" if s.held and s.status is RunStatus.RUNNING else s.status.value
        table.add_row(s.run.data_date.isoformat(), mode, shown, str(jobs), str(dead))
    out.print(table)
    complete = sum(s.status is RunStatus.COMPLETE for s in states)
    degraded = sum(s.status is RunStatus.COMPLETE_DEGRADED for s in states)
    out.print(
        f"backfill: {complete}/{len(days)} dates complete"
        + (f" ({degraded} {RunStatus.COMPLETE_DEGRADED.value})" if degraded else "")
        + f", {total_jobs} jobs, "
        f"{total_dead} dead letters, {wall:.2f} s",
        markup=False,
    )
    if complete != len(days):
        _print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


@app.command()
def worker(
    concurrency: ConcurrencyOpt = None,
    lease: Annotated[
        float | None,
        typer.Option(
            "--lease",
            min=0.1,
            max=DAY_S,
            callback=_finite,
            help="Lease seconds (default: TIPOFF_WORKER_LEASE_SECONDS).",
        ),
    ] = None,
    poll: Annotated[
        float | None,
        typer.Option(
            "--poll",
            min=0.01,
            max=HOUR_S,
            callback=_finite,
            help="Idle poll seconds (default: TIPOFF_WORKER_POLL_SECONDS).",
        ),
    ] = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Claim and run jobs until SIGTERM or Ctrl-C, then stop gracefully."""
    settings = _settings()
    orch = _orchestrator(settings, pipeline)
    w = orch.worker(
        concurrency=concurrency or settings.worker_concurrency,
        lease_s=lease or settings.worker_lease_seconds,
        poll_s=poll or settings.worker_poll_seconds,
    )
    with _stop_on_signal() as stop:
        w.start()
        err.print(
            f"worker {w.worker_id} running {w.concurrency} at a time on "
            f"{orch.store.describe()}; SIGTERM or Ctrl-C stops it",
            markup=False,
        )
        while not stop.wait(0.5):
            pass
        err.print("stopping: finishing running jobs, releasing the rest", markup=False)
        w.stop()
    err.print(f"worker stopped after {w.processed} job(s)", markup=False)


@app.command()
def scheduler(
    interval: Annotated[
        float,
        typer.Option(
            "--interval", min=0.1, max=DAY_S, callback=_finite, help="Seconds between turns."
        ),
    ] = 15.0,
    once: Annotated[bool, typer.Option("--once", help="One turn, then exit.")] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """Fire the pipeline's cron schedules (one leader at a time) until SIGTERM or Ctrl-C."""
    from tipoff.engine.scheduler import Scheduler
    from tipoff.engine.worker import new_worker_id

    settings = _settings()
    orch = _orchestrator(settings, pipeline)
    sched = Scheduler(
        orch.store,
        orch.pipelines,
        clock=orch.clock,
        holder=new_worker_id("scheduler"),
        lease_s=max(60.0, 4 * interval),
        book=_alert_book(settings, orch.store, orch.clock),
    )
    leading: list[bool | None] = [None]

    def turn() -> None:
        fired = sched.tick()
        for f in fired:
            out.print(
                f"{f.instant.isoformat()} {f.pipeline}/{f.schedule} ({f.action}): {f.outcome}",
                markup=False,
            )
        now_leading = sched.acquire()
        if once:
            _print_schedules(sched, fired, leading=now_leading)
        if now_leading != leading[0]:
            err.print(
                "scheduler: leading"
                if now_leading
                else "scheduler: another scheduler leads; standing by",
                markup=False,
            )
            leading[0] = now_leading

    try:
        _supervised("scheduler", turn, interval, once, orch)
    finally:
        sched.release()


def _print_schedules(sched: Any, fired: list[Any], *, leading: bool) -> None:
    """After a single turn: what it did, and when each schedule fires next."""
    if not leading:
        out.print("another scheduler leads: nothing fired here", markup=False)
    elif sched.baselined:
        out.print(
            f"{len(sched.baselined)} schedule(s) seen for the first time: baseline recorded, "
            "each fires from its next instant on (none fires for the past)",
            markup=False,
        )
    elif not fired:
        out.print("nothing was due", markup=False)
    upcoming = sched.upcoming()
    width = max((len(f"{u.pipeline}/{u.schedule}") for u in upcoming), default=0)
    for u in upcoming:
        name = f"{u.pipeline}/{u.schedule}".ljust(width)
        out.print(f"next {u.instant:%Y-%m-%d %H:%M %Z}  {name}  {u.action}", markup=False)


@app.command()
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

    day = _parse_date(date_, "--date")
    settings = _settings()
    orch = _orchestrator(settings, pipeline, mode=mode)
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
    out.print(
        f"phase {phase} of {day.isoformat()} ({mode}): enqueued "
        f"{', '.join(done.enqueued) or 'nothing'}{forced}; a worker runs them",
        markup=False,
    )
    if done.enqueued and not _workers_alive(orch):
        err.print(
            f"warning: no worker has sent a heartbeat in the last {WORKER_STALE_S:.0f} s: "
            "nothing will run them until one starts (`tipoff worker`)",
            markup=False,
        )


def _workers_alive(orch: Orchestrator) -> int:
    with orch.store.read() as conn:
        return live_workers(conn, now=orch.clock.now())


@dlq_app.command("list")
def dlq_list(
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    wide: Annotated[
        bool,
        typer.Option("--wide", help="One line per job, the error's first line in full."),
    ] = False,
) -> None:
    """Dead-lettered jobs, newest first: each job on a line, its error on the next lines
    (wrapped between words to the terminal's width)."""
    from tipoff.engine.manual import dead_letters

    store = _tipoff_store(_settings())
    dead = dead_letters(store, limit=limit)
    if as_json:
        out.print_json(json.dumps([{**d.__dict__, "data_date": str(d.data_date)} for d in dead]))
        return
    if not dead:
        out.print("no dead letters", markup=False)
        return
    out.print(f"{len(dead)} dead letter(s), newest first", markup=False)
    for line in _dead_letter_lines(dead, width=None if wide else max(out.width, 40)):
        out.print(line, markup=False)  # soft wrap: a --wide line is never folded


def _dead_letter_lines(dead: list[Any], *, width: int | None) -> list[str]:
    """Each dead letter's job on a line (columns aligned while they fit) and its error's
    first line under it, wrapped between words to ``width``; ``None``: one line a job."""
    rows = [
        (
            f"job {d.job_id}",
            f"{d.pipeline}/{d.processor}",
            f"phase {d.phase or '-'}",
            str(d.data_date or "-"),
            d.mode or "-",
            f"{d.attempts} attempt(s)",
        )
        for d in dead
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines: list[str] = []
    for d, row in zip(dead, rows, strict=True):
        head = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        error = (d.error or "").strip()
        first = error.splitlines()[0] if error else ""
        if width is None:
            lines.append(f"{head}  {first}".rstrip())
            continue
        if len(head) > width:
            head = " ".join(row)
        # a word longer than a line (a document's path) stays whole, on a line of its own
        wrap = functools.partial(
            textwrap.wrap, width=width, break_long_words=False, break_on_hyphens=False
        )
        lines += wrap(head, subsequent_indent="  ")
        error_line = first or "(no error recorded)"
        lines += wrap(error_line, initial_indent=" " * 4, subsequent_indent=" " * 4)
    return lines


@dlq_app.command("show")
def dlq_show(job_id: Annotated[int, typer.Argument(help="Job id.")]) -> None:
    """One dead letter: its error, traceback and every attempt."""
    from tipoff.engine.manual import dead_letter_detail

    detail = dead_letter_detail(_tipoff_store(_settings()), job_id)
    job = detail["job"]
    out.print(
        f"job {job['id']} {job['pipeline']}/{job['processor']} {job['data_date']} "
        f"({job['mode']}): {job['status']} after {job['attempts']} attempt(s)"
        + (
            f" and {job['infra_attempts']} lost to infrastructure (not counted)"
            if job["infra_attempts"]
            else ""
        ),
        markup=False,
    )
    for a in detail["attempts"]:
        out.print(f"  attempt {a['attempt']}: {a['status']} {a['error'] or ''}", markup=False)
    if job["last_traceback"]:
        out.print(job["last_traceback"], markup=False)


def _store(settings: Settings) -> Store:
    """The settings' database; the errors it stores have the settings' secrets blanked."""
    return Store(settings.database_url, secrets=settings.secret_values())


def _tipoff_store(settings: Settings) -> Store:
    """The database's store if it holds tipoff's tables; a read-only command never creates
    one (nor the empty SQLite file)."""
    store = existing_store(settings.database_url, secrets=settings.secret_values())
    if store is None:
        raise BadInput(
            f"the database {redact_url(settings.database_url)} has no tipoff tables yet "
            "(run tipoff db upgrade)"
        )
    return store


def _dead_letter_target(
    settings: Settings, job_ids: list[int] | None, all_: bool
) -> tuple[Store, list[int] | None]:
    """The store and the dead letters a command acts on (None: all of them)."""
    if not job_ids and not all_:
        raise BadInput("name job ids or --all")
    return _tipoff_store(settings), None if all_ else job_ids


@dlq_app.command("retry")
def dlq_retry(
    job_ids: Annotated[list[int] | None, typer.Argument(help="Job ids.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every dead letter.")] = False,
) -> None:
    """Put dead letters back in the queue with fresh attempts; a job that reads another
    processor's output (input_from) has that one re-run first, under a fresh key."""
    from tipoff.engine.manual import retry_with_inputs

    settings = _settings()
    store, targets = _dead_letter_target(settings, job_ids, all_)
    # the pipelines say which jobs read another's output; the schema is left as it is
    orch = _orchestrator(settings, None, store=store, prepare=False)
    done = retry_with_inputs(orch.store, orch.pipelines, targets, now=orch.clock.now())
    for r in done:
        out.print(f"retry: {r.describe()}", markup=False)
    out.print(f"requeued {len(done)} dead letter(s)", markup=False)


@app.command()
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

    day = _parse_date(date_, "DATE")
    settings = _settings()
    existing = existing_store(settings.database_url, secrets=settings.secret_values())
    if existing is None:  # no tipoff tables, no run: nothing to repair, and none created
        definition = pipelines.load_definition(pipeline or settings.pipeline)
        if mode is not None:
            _check_mode(definition.modes, mode)
        _nothing_to_repair(definition.pipeline, day, mode)
    # its schema upgraded in place, as ``run`` does: the date's runs go on below
    orch = _orchestrator(settings, pipeline, mode=mode, store=existing)
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
        out.print(f"retried: {r.describe()}", markup=False)
    healed = run_heal(orch.store, orch.pipelines, clock=orch.clock, dates=[day])
    for label, items in (("triggered", healed.triggered), ("requeued", healed.requeued)):
        for item in items:
            out.print(f"{label}: {item}", markup=False)
    if not dead and not healed.acted:
        out.print("nothing to retry or re-drive; running the date's runs on", markup=False)
    states = []
    for run_mode in sorted({r.mode for r in found}):
        done, _ = _run_dates(
            orch, settings, [day], run_mode, concurrency=concurrency, timeout=timeout
        )
        states += done
    out.print(render_text(_status_of(orch, day, mode)), markup=False)
    out.print()
    for s in states:
        out.print(f"repair: {day.isoformat()} ({s.run.mode}) {s.status.value}", markup=False)
    if any(s.status is not RunStatus.COMPLETE for s in states):
        _print_stuck(states)
        raise typer.Exit(EXIT_STUCK)


def _nothing_to_repair(pipeline: str, day: date, mode: str | None) -> NoReturn:
    err.print(
        f"No run of pipeline {pipeline!r} for {day.isoformat()}"
        + (f" ({mode})" if mode else "")
        + ": nothing to repair (start one with `tipoff run`).",
        markup=False,
    )
    raise typer.Exit(EXIT_NOT_FOUND)


@dlq_app.command("purge")
def dlq_purge(
    job_ids: Annotated[list[int] | None, typer.Argument(help="Job ids.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every dead letter.")] = False,
) -> None:
    """Delete dead letters (their execution-log rows stay)."""
    from tipoff.engine.manual import purge_dead

    store, ids = _dead_letter_target(_settings(), job_ids, all_)
    n = purge_dead(store, ids)
    out.print(f"purged {n} dead letter(s)", markup=False)


def _supervised(name: str, turn: Any, interval: float, once: bool, orch: Orchestrator) -> None:
    """Run ``turn`` every ``interval`` seconds until SIGTERM/SIGINT on a supervised loop
    (``tipoff.engine.daemon``): a failed turn is reported and the loop goes on, backing off
    while the turns keep failing; a TipoffError stops it. Each turn of a loop leaves a
    heartbeat the health check reads; a single turn (``--once``) leaves none, so it is
    never taken for a running loop."""
    from tipoff.engine.daemon import Daemon, describe
    from tipoff.engine.worker import new_worker_id

    def report(what: str, exc: BaseException) -> None:
        err.print(f"{name}: {what} failed: {describe(exc)}", markup=False)

    with _stop_on_signal() as stop:
        loop = Daemon(
            name,
            turn,
            interval_s=interval,
            clock=orch.clock,
            store=None if once else orch.store,
            beat_id=new_worker_id(name),
            on_error=report,
            fatal=(TipoffError,),
            stop=stop,
        )
        if once:
            loop.turn()
        else:
            loop.run()


@contextlib.contextmanager
def _stop_on_signal() -> Iterator[threading.Event]:
    """An event that SIGTERM or SIGINT sets while the block runs (the handlers before it
    are put back after)."""
    stop = threading.Event()

    def _on_signal(signum: int, _frame: Any) -> None:
        stop.set()

    previous = {s: signal.signal(s, _on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _daily_status(store: Store, last: date, days: int, as_json: bool) -> None:
    from tipoff.nba.ops.daily_status import VIEW, daily_rows

    first = last - timedelta(days=days - 1)
    try:
        with store.read() as conn:
            rows = daily_rows(conn, first, last)
    except sa.exc.DBAPIError as exc:
        raise BadInput(
            f"no {VIEW} view in the database (run tipoff db upgrade --pipeline nba): "
            f"{str(exc.orig).splitlines()[0]}"
        ) from None
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, default=str) + "\n")
        return
    table = Table(
        "date",
        "games",
        "phase 2",
        "phase 3",
        "phase 4",
        "quality",
        "predictions",
        "pipeline_status",
        title=f"{VIEW}, {first} .. {last}",
    )
    for r in rows:
        quality = "-" if r["avg_quality"] is None else f"{float(r['avg_quality']):.1f}"
        table.add_row(
            str(r["game_date"]),
            str(r["games_scheduled"]),
            str(r["phase2_records"]),
            str(r["phase3_records"]),
            str(r["phase4_records"]),
            quality,
            str(r["predictions"]),
            r["pipeline_status"],
        )
    Console(width=max(out.width, 110), highlight=False).print(table)


def _alert_book(settings: Settings, store: Store, clock: Any) -> Any:
    """The alert book with the notifiers the settings ask for (the log always)."""
    from tipoff.engine.alerts import (
        AlertBook,
        EmailNotifier,
        LogNotifier,
        Notifier,
        WebhookNotifier,
    )

    notifiers: list[Notifier] = [LogNotifier()]
    if settings.alert_webhook_url:
        notifiers.append(WebhookNotifier(settings.alert_webhook_url))
    if settings.alert_smtp_host:
        notifiers.append(
            EmailNotifier(
                host=settings.alert_smtp_host,
                port=settings.alert_smtp_port,
                sender=settings.alert_email_from,
                recipients=settings.alert_recipients,
                username=settings.alert_smtp_username,
                password=settings.alert_smtp_password,
                starttls=settings.alert_smtp_starttls,
            )
        )
    return AlertBook(store, notifiers, clock=clock)


@app.command()
def monitor(
    interval: Annotated[
        float | None,
        typer.Option(
            "--interval",
            min=0.1,
            max=DAY_S,
            callback=_finite,
            help="Seconds between checks (default: TIPOFF_MONITOR_INTERVAL_SECONDS).",
        ),
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="One check, then exit.")] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """Watch for stuck phases, stalled jobs, dead letters and slow phases; alert and resolve."""
    from tipoff.engine.monitor import Monitor

    settings = _settings()
    orch = _orchestrator(settings, pipeline)
    book = _alert_book(settings, orch.store, orch.clock)
    mon = Monitor(orch.store, orch.pipelines, book, clock=orch.clock)

    def turn() -> None:
        out.print(mon.check().summary(), markup=False)

    _supervised("monitor", turn, interval or settings.monitor_interval_seconds, once, orch)


@app.command()
def heal(
    date_: Annotated[
        str | None, typer.Option("--date", help="Data date (default: today and tomorrow).")
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Push every remaining phase through, dependency checks "
            "bypassed (reason self_heal).",
        ),
    ] = False,
    max_heals: Annotated[int, typer.Option("--max-heals", min=1)] = 3,
    pipeline: PipelineOpt = None,
) -> None:
    """Re-drive stuck work of a date: trigger settled phases, requeue missing processors."""
    from tipoff.engine.heal import heal as run_heal

    day = _parse_date(date_, "--date") if date_ else None
    settings = _settings()
    orch = _orchestrator(settings, pipeline)
    report = run_heal(
        orch.store,
        orch.pipelines,
        clock=orch.clock,
        dates=[day] if day else None,
        max_heals=max_heals,
        force=force,
    )
    for label, items in (
        ("triggered", report.triggered),
        ("requeued", report.requeued),
        ("forced", report.forced),
        ("gave up", report.gave_up),
    ):
        for item in items:
            out.print(f"{label}: {item}", markup=False)
    if not (report.acted or report.gave_up):
        out.print("nothing to heal", markup=False)
    if report.gave_up:
        raise typer.Exit(EXIT_STUCK)


@app.command()
def health(
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """The morning health check; exit 1 when something needs a person."""
    from tipoff.engine.health import health as run_health

    settings = _settings()
    orch = _orchestrator(settings, pipeline)
    extra = _health_extra(orch)
    report = run_health(orch.store, orch.pipelines, clock=orch.clock, extra=extra)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        for c in report.checks:
            out.print(f"{'ok  ' if c.ok else 'FAIL'} {c.name}: {c.detail}", markup=False)
        out.print("needs a person" if report.needs_person else "healthy", markup=False)
    if report.needs_person:
        raise typer.Exit(1)


def _health_extra(orch: Orchestrator) -> list[Any]:
    """The pipelines' own lines of the health check (NBA: games against predictions)."""
    from tipoff.engine.health import pipeline_checks

    return pipeline_checks(orch.store, orch.pipelines, now=orch.clock.now())


@app.command()
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
            help="The daily phase status of the N days up "
            "to DATE (the daily_phase_status view) instead of one date's detail.",
        ),
    ] = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Show every phase and expected processor of a date: what is done, what is missing."""
    day = _parse_date(date_, "DATE") if date_ is not None else None
    settings = _settings()
    definition = pipelines.load_definition(pipeline or settings.pipeline)
    if mode is not None:
        _check_mode(definition.modes, mode)
    if day is None:
        day = datetime.now(definition.zone).date()
    if days is not None:
        _daily_status(_tipoff_store(settings), day, days, as_json)
        return
    store = existing_store(settings.database_url, secrets=settings.secret_values())
    if store is None:
        if as_json:
            empty = {
                "pipeline": definition.pipeline,
                "date": day.isoformat(),
                "timezone": definition.timezone,
                "runs": [],
            }
            sys.stdout.write(json.dumps(empty, indent=2) + "\n")
        else:
            out.print(
                f"No run of pipeline {definition.pipeline!r} for {day.isoformat()}: "
                f"the database {redact_url(settings.database_url)} has no tipoff tables yet.",
                markup=False,
            )
        raise typer.Exit(EXIT_NOT_FOUND)
    report = date_status(store, definition, day, mode=mode)
    if as_json:
        sys.stdout.write(json.dumps(to_json(report), indent=2) + "\n")
    else:
        out.print(render_text(report), markup=False)
        if not report.runs:
            recent = recent_runs(store, definition.pipeline)
            if recent:
                listed = ", ".join(
                    f"{r.data_date.isoformat()} ({r.mode}, {r.status.value})" for r in recent
                )
                out.print(f"Latest runs: {listed}", markup=False)
    if not report.runs:
        raise typer.Exit(EXIT_NOT_FOUND)


@config_app.command("validate")
def config_validate(
    file: Annotated[
        Path | None,
        typer.Argument(help="Pipeline YAML (default: TIPOFF_PIPELINE, else the nba pipeline)."),
    ] = None,
) -> None:
    """Check a pipeline file: its structure, names, modes, schedules and processor code."""
    settings = _settings()
    loaded = pipelines.load(file or settings.pipeline)
    d = loaded.definition
    out.print(
        f"ok: {d.source}: pipeline {d.pipeline!r}, {len(d.phases)} phases, "
        f"{len(d.processor_names())} processors, modes {', '.join(d.modes)}, "
        f"{len(d.schedules)} schedule{'s' * (len(d.schedules) != 1)}",
        markup=False,
    )


@db_app.command("upgrade")
def db_upgrade(pipeline: PipelineOpt = None) -> None:
    """Create the database schema, or upgrade it in place (keeps every row)."""
    settings = _settings()
    loaded = pipelines.load(pipeline or settings.pipeline)
    store = _store(settings)
    store.ensure_schema(*loaded.schemas)
    with store.read() as conn:
        versions = [
            f"{c.name} v{migrations.current_version(conn, c.name)}"
            for c in (ENGINE_SCHEMA, *loaded.schemas)
        ]
    out.print(f"database {store.describe()} is up to date: {', '.join(versions)}", markup=False)


@app.command()
def metrics() -> None:
    """Print the Prometheus metrics: the engine's (what the service's /metrics serves) and
    the age of each output the pipeline publishes (NBA: the latest.json files)."""
    from tipoff.engine.clock import SystemClock
    from tipoff.engine.metrics import render

    settings = _settings()
    store = _tipoff_store(settings)
    # the pipeline with its resources: the ages of what it publishes (its bucket's files)
    orch = _orchestrator(settings, None, store=store, prepare=False)
    sys.stdout.write(render(store, SystemClock().now(), orch.pipelines).decode())


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8080,
    pipeline: PipelineOpt = None,
) -> None:
    """Serve /health, /ready, /metrics, the JSON API and the dashboard until Ctrl-C."""
    import uvicorn

    from tipoff.web.app import create_app

    settings = _settings()
    _check_listen(host, port)
    web = create_app(settings, pipeline=pipeline, health_extra=_health_extra)
    writes = "token required" if settings.api_token else "disabled (no TIPOFF_API_TOKEN)"
    err.print(
        f"serving http://{host}:{port}/ on {redact_url(settings.database_url)}; "
        f"manual triggers: {writes}",
        markup=False,
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


@app.command()
def version() -> None:
    """Print the version."""
    out.print(f"tipoff {__version__}", markup=False)


def _fail(message: str, code: int) -> NoReturn:
    err.print(f"error: {message}", markup=False)
    sys.exit(code)


def main(args: list[str] | None = None) -> None:
    """Run the command; every refusal is one line on standard error and an exit code."""
    try:
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


if __name__ == "__main__":
    main()
