"""The long-running commands: ``worker``, ``scheduler``, ``monitor`` and ``heal``, each
stopped by SIGTERM or Ctrl-C; the loops run supervised (``tipoff.engine.daemon``)."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tipoff.cli.common import (
    EXIT_STUCK,
    ConcurrencyOpt,
    PipelineOpt,
    finite,
    orchestrator,
    parse_date,
    read_settings,
    say,
    warn,
)
from tipoff.cli.notifiers import alert_book
from tipoff.errors import TipoffError
from tipoff.settings import DAY_S, HOUR_S

if TYPE_CHECKING:
    from tipoff.engine.orchestrator import Orchestrator


def worker(
    concurrency: ConcurrencyOpt = None,
    lease: Annotated[
        float | None,
        typer.Option(
            "--lease",
            min=0.1,
            max=DAY_S,
            callback=finite,
            help="Lease seconds (default: TIPOFF_WORKER_LEASE_SECONDS).",
        ),
    ] = None,
    poll: Annotated[
        float | None,
        typer.Option(
            "--poll",
            min=0.01,
            max=HOUR_S,
            callback=finite,
            help="Idle poll seconds (default: TIPOFF_WORKER_POLL_SECONDS).",
        ),
    ] = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Claim and run jobs until SIGTERM or Ctrl-C, then stop gracefully."""
    settings = read_settings()
    orch = orchestrator(settings, pipeline)
    w = orch.worker(
        concurrency=concurrency or settings.worker_concurrency,
        lease_s=lease or settings.worker_lease_seconds,
        poll_s=poll or settings.worker_poll_seconds,
    )
    with _stop_on_signal() as stop:
        w.start()
        warn(
            f"worker {w.worker_id} running {w.concurrency} at a time on "
            f"{orch.store.describe()}; SIGTERM or Ctrl-C stops it"
        )
        while not stop.wait(0.5):
            pass
        warn("stopping: finishing running jobs, releasing the rest")
        w.stop()
    warn(f"worker stopped after {w.processed} job(s)")


def scheduler(
    interval: Annotated[
        float,
        typer.Option(
            "--interval", min=0.1, max=DAY_S, callback=finite, help="Seconds between turns."
        ),
    ] = 15.0,
    once: Annotated[bool, typer.Option("--once", help="One turn, then exit.")] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """Fire the pipeline's cron schedules (one leader at a time) until SIGTERM or Ctrl-C."""
    from tipoff.engine.scheduler import Scheduler
    from tipoff.engine.worker import new_worker_id

    settings = read_settings()
    orch = orchestrator(settings, pipeline)
    sched = Scheduler(
        orch.store,
        orch.pipelines,
        clock=orch.clock,
        holder=new_worker_id("scheduler"),
        lease_s=max(60.0, 4 * interval),
        book=alert_book(settings, orch.store, orch.clock),
    )
    leading: list[bool | None] = [None]

    def turn() -> None:
        fired = sched.tick()
        for f in fired:
            say(f"{f.instant.isoformat()} {f.pipeline}/{f.schedule} ({f.action}): {f.outcome}")
        now_leading = sched.acquire()
        if once:
            _print_schedules(sched, fired, leading=now_leading)
        if now_leading != leading[0]:
            warn(
                "scheduler: leading"
                if now_leading
                else "scheduler: another scheduler leads; standing by"
            )
            leading[0] = now_leading

    try:
        _supervised("scheduler", turn, interval, once, orch)
    finally:
        sched.release()


def _print_schedules(sched: Any, fired: list[Any], *, leading: bool) -> None:
    """After a single turn: what it did, and when each schedule fires next."""
    if not leading:
        say("another scheduler leads: nothing fired here")
    elif sched.baselined:
        say(
            f"{len(sched.baselined)} schedule(s) seen for the first time: baseline recorded, "
            "each fires from its next instant on (none fires for the past)"
        )
    elif not fired:
        say("nothing was due")
    upcoming = sched.upcoming()
    width = max((len(f"{u.pipeline}/{u.schedule}") for u in upcoming), default=0)
    for u in upcoming:
        name = f"{u.pipeline}/{u.schedule}".ljust(width)
        say(f"next {u.instant:%Y-%m-%d %H:%M %Z}  {name}  {u.action}")


def monitor(
    interval: Annotated[
        float | None,
        typer.Option(
            "--interval",
            min=0.1,
            max=DAY_S,
            callback=finite,
            help="Seconds between checks (default: TIPOFF_MONITOR_INTERVAL_SECONDS).",
        ),
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="One check, then exit.")] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """Watch for stuck phases, stalled jobs, dead letters and slow phases; alert and resolve."""
    from tipoff.engine.monitor import Monitor

    settings = read_settings()
    orch = orchestrator(settings, pipeline)
    book = alert_book(settings, orch.store, orch.clock)
    mon = Monitor(orch.store, orch.pipelines, book, clock=orch.clock)

    def turn() -> None:
        say(mon.check().summary())

    _supervised("monitor", turn, interval or settings.monitor_interval_seconds, once, orch)


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

    day = parse_date(date_, "--date") if date_ else None
    settings = read_settings()
    orch = orchestrator(settings, pipeline)
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
            say(f"{label}: {item}")
    if not (report.acted or report.gave_up):
        say("nothing to heal")
    if report.gave_up:
        raise typer.Exit(EXIT_STUCK)


def _supervised(name: str, turn: Any, interval: float, once: bool, orch: Orchestrator) -> None:
    """Run ``turn`` every ``interval`` seconds until SIGTERM/SIGINT on a supervised loop
    (``tipoff.engine.daemon``): a failed turn is reported and the loop goes on, backing off
    while the turns keep failing; a TipoffError stops it. Each turn of a loop leaves a
    heartbeat the health check reads; a single turn (``--once``) leaves none, so it is
    never taken for a running loop."""
    from tipoff.engine.daemon import Daemon, describe
    from tipoff.engine.worker import new_worker_id

    def report(what: str, exc: BaseException) -> None:
        warn(f"{name}: {what} failed: {describe(exc)}")

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
