"""What the NBA pipeline adds to the ``tipoff`` command: its sub-commands (``model``,
``quality`` and the other operations, ``export``, ``sources``), its demo (the simulated
league end to end) and its daily status (``tipoff status --days N``).

:mod:`tipoff.nba.plugin` hands these to the CLI, which imports this module when it
starts, so the heavy parts (the simulator, the model) load only when used.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import sqlalchemy as sa
import typer

from tipoff import progress
from tipoff.engine.states import RunStatus
from tipoff.engine.status import date_status, render_text
from tipoff.errors import BadInput
from tipoff.nba.export.cli import app as export_app
from tipoff.nba.model.cli import app as model_app
from tipoff.nba.ops.cli import app as ops_app
from tipoff.nba.sources.cli import app as sources_app

if TYPE_CHECKING:
    from tipoff.engine.orchestrator import Orchestrator, RunState
    from tipoff.engine.store import Store
    from tipoff.settings import Settings

DEMO_DATES = 10
# every phase ran: a degraded date (opening day predicts nobody: no player has a game
# before it) is named, not a failure of the demo
_RAN_EVERY_PHASE = (RunStatus.COMPLETE, RunStatus.COMPLETE_DEGRADED)

# (name, commands); no name: at the top level (``tipoff quality``)
commands: tuple[tuple[str | None, typer.Typer], ...] = (
    ("model", model_app),
    (None, ops_app),
    ("export", export_app),
    ("sources", sources_app),
)


def demo(
    orch: Orchestrator,
    settings: Settings,
    *,
    dates: int | None,
    concurrency: int,
    show: Callable[[str], None],
    say: Callable[[str], None],
) -> tuple[list[RunState], bool]:
    """The demo of :mod:`tipoff.nba.demo` on the settings' simulated season: ``show`` gets
    the report (standard output), ``say`` the progress. Returns the runs, and whether each
    ran every phase."""
    from tipoff.nba.demo import graded_summary, run_demo
    from tipoff.nba.settings import nba_settings

    own = nba_settings(settings)
    dates = dates or DEMO_DATES
    started = time.perf_counter()
    show(
        f"NBA demo: simulated season {own.sim_season} (seed {own.sim_seed}), "
        f"{dates} backfilled dates then one same-day and overnight date, on "
        f"{orch.store.describe()}, bucket {settings.bucket_url}"
    )
    bar = progress.steps("demo", dates + 3, enabled=progress.wanted(settings.log_format))
    with bar as step:
        days = run_demo(
            orch,
            season=own.sim_season,
            seed=own.sim_seed,
            dates=dates,
            concurrency=concurrency,
            say=say,
            step=step,
        )
    last = days[-1]
    show("")
    show(render_text(date_status(orch.store, orch.pipeline(), last.day)))
    show("")
    summary = graded_summary(orch, sorted({d.day for d in days}))
    complete = sum(d.state.status in _RAN_EVERY_PHASE for d in days)
    degraded = [d for d in days if d.state.status is RunStatus.COMPLETE_DEGRADED]
    bucket = orch.resources["bucket"]
    exports = len(bucket.list("v1/"))
    show(
        f"demo: {complete}/{len(days)} runs complete"
        + (f" ({len(degraded)} {RunStatus.COMPLETE_DEGRADED.value})" if degraded else "")
        + f", {summary['player_predictions']} player "
        f"predictions, graded {summary['wins']} wins / {summary['losses']} losses / "
        f"{summary['pushes']} pushes (hit rate {summary['hit_rate']:.1%}), {exports} export "
        f"files under {settings.bucket_url}/v1, {time.perf_counter() - started:.1f} s"
    )
    return [d.state for d in days], complete == len(days)


def daily_status(store: Store, first: date, last: date, *, as_json: bool, width: int) -> None:
    """The ``daily_phase_status`` rows of ``first..last``, newest first: JSON, or a table
    ``width`` characters wide at least, on standard output."""
    from rich.console import Console
    from rich.table import Table

    from tipoff.nba.ops.daily_status import VIEW, daily_rows

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
    Console(width=width, highlight=False).print(table)
