"""``tipoff sources check``: fetch one document of each kind and say how it went.

Exit codes as the main command's: 0 every kind fetched and parsed (or had nothing to ask
for on the date), 1 some kind failed, 2 bad input (a bad option or date, a source that
cannot be built, a bad setting), one line on standard error: a refusal is raised as a
:class:`~tipoff.errors.TipoffError` and printed by the main command, secrets blanked.
"""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tipoff.errors import ConfigError
from tipoff.nba.documents import SOURCES

EXIT_FAILED = 1

out = Console(highlight=False, soft_wrap=True)

app = typer.Typer(
    help="The data sources of the NBA pipeline.", no_args_is_help=True, add_completion=False
)


@app.command()
def check(
    source: Annotated[
        str | None,
        typer.Option("--source", help="live, sim or replay (default: TIPOFF_SOURCE)."),
    ] = None,
    date_: Annotated[
        str | None,
        typer.Option("--date", help="The date, YYYY-MM-DD (default: today, New York time)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON document.")] = False,
) -> None:
    """Fetch one document of each kind through the real client stack and report, per
    kind, the address, HTTP status, bytes, parse result and row count."""
    from tipoff.dates import parse_data_date
    from tipoff.engine.clock import SystemClock
    from tipoff.engine.store import Store
    from tipoff.logs import configure_logging
    from tipoff.nba.game_status import ET
    from tipoff.nba.settings import nba_settings
    from tipoff.nba.sources.check import check_source, render
    from tipoff.nba.sources.factory import source_builder
    from tipoff.settings import load_settings

    settings = load_settings()
    configure_logging(
        level=settings.log_level, fmt=settings.log_format, secrets=settings.secret_values()
    )
    own = nba_settings(settings)
    name = source or own.source
    if name not in SOURCES:
        raise ConfigError(f"--source: unknown source {name!r} (live, sim or replay)")
    try:
        day = parse_data_date(date_, "--date") if date_ else datetime.now(ET).date()
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    # The breakers of a check live in a database of its own: a check neither trips the
    # deployment's breakers nor is refused by one that is open.
    with tempfile.TemporaryDirectory(prefix="tipoff-check-") as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'check.db'}")
        try:
            store.ensure_schema()
            built = source_builder(own, store=store, clock=SystemClock())(name)
            try:
                checks = check_source(built, day)
            finally:
                built.close()
        finally:
            store.dispose()
    if as_json:
        doc = {
            "source": name,
            "date": day.isoformat(),
            "ok": all(c.ok for c in checks),
            "kinds": [c.to_json() for c in checks],
        }
        out.print(json.dumps(doc, indent=2), markup=False)
    else:
        out.print(render(name, day, checks), markup=False)
    if not all(c.ok for c in checks):
        raise typer.Exit(EXIT_FAILED)
