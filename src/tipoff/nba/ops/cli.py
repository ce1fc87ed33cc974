"""``tipoff quality``: the confidence distribution of the predictions, date by date.

A Typer sub-application whose commands the main command mounts at its top level. Exit
codes as the main command's: 0 done, 1 no predictions in the dates asked for, 2 bad input
(a bad date, a database without the predictions table), one line on standard error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from tipoff.errors import BadInput, TipoffError

if TYPE_CHECKING:
    from tipoff.nba.ops.prediction_quality import QualityReport

# The statistics (numpy, scipy) load inside the command: every ``tipoff`` command mounts
# this sub-app, and must not pay for them.

EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2
BARS = " ▁▂▃▄▅▆▇█"  # a bin's height relative to the tallest, blank for an empty bin

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except TipoffError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_BAD_INPUT) from None


def sparkline(counts: tuple[int, ...]) -> str:
    """One character per bin, its height relative to the tallest bin."""
    top = max(counts, default=0)
    if not top:
        return " " * len(counts)
    steps = len(BARS) - 1
    return "".join(BARS[0 if not c else max(1, round(c / top * steps))] for c in counts)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _num(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _store(url: str) -> Any:
    import sqlalchemy as sa

    from tipoff.engine.store import existing_store

    store = existing_store(url, "player_prop_predictions")
    if store is None:
        shown = sa.make_url(url).render_as_string(hide_password=True)
        raise BadInput(
            f"no player_prop_predictions table in the database {shown} "
            "(run tipoff db upgrade --pipeline nba)"
        )
    return store


def _print_report(report: QualityReport, alerts: list[Any]) -> None:
    from tipoff.nba.ops import prediction_quality as q
    from tipoff.nba.ops.quality_statistics import BINS
    from tipoff.nba.predict import quality_figures as f

    out.print(
        f"{report.game_date}  {report.predictions} predictions, mean confidence "
        f"{_num(report.mean_confidence)}, fallback {_pct(report.fallback_share)}",
        markup=False,
    )
    counts = " ".join(str(c) for c in report.histogram)
    out.print(
        f"  confidence  0 |{sparkline(report.histogram)}| 1   ({BINS} bins: {counts})",
        markup=False,
    )
    out.print(
        f"  coin flips  {_pct(report.coin_flip_share)} of {report.book_lines} book lines "
        f"with P(over) {f.COIN_FLIP_LOW}-{f.COIN_FLIP_HIGH} (alert above "
        f"{f.COIN_FLIP_ALERT_SHARE:.0%}, from {q.MIN_COIN_FLIP_LINES} lines)",
        markup=False,
    )
    mixed = "mixed" if report.fallback_mixed else "not mixed"
    out.print(
        f"  bimodality  BC {_num(report.bimodality)}, strict vs fallback D "
        f"{_num(report.separation, 1)} (alert when BC > {q.BIMODALITY_ALERT:.3f} and "
        f"D > {q.SEPARATION_ALERT} from {q.MIN_PREDICTIONS} predictions, strict and "
        f"fallback mixed: {mixed})",
        markup=False,
    )
    window = f"{report.trailing_start}..{report.trailing_end}"
    if report.shift_judged:
        out.print(
            f"  shift       PSI {_num(report.psi, 2)} ({report.shift_level}), KS "
            f"{_num(report.ks_statistic, 2)} p={report.ks_pvalue:.2g} vs {window} "
            f"({report.trailing_predictions} predictions; alert when PSI > {q.PSI_ALERT} "
            f"and p < {q.KS_ALERT_P})",
            markup=False,
        )
    else:
        out.print(
            f"  shift       not judged: {report.predictions} predictions (needs "
            f"{q.MIN_PREDICTIONS}), {report.trailing_predictions} in {window} (needs "
            f"{q.MIN_TRAILING_PREDICTIONS})",
            markup=False,
        )
    for a in alerts:
        out.print(f"  ALERT {a.severity.value}: {a.message}", markup=False)
    if not alerts:
        out.print("  no alerts", markup=False)


@app.command("quality")
def quality_command(
    date_: Annotated[
        str | None,
        typer.Argument(
            metavar="DATE",
            help="Game date, YYYY-MM-DD (default: the latest date with predictions).",
        ),
    ] = None,
    days: Annotated[
        int,
        typer.Option("--days", min=1, max=366, help="The N days up to DATE, each on its own."),
    ] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """Prediction quality per date: confidence histogram, coin flips, bimodality, shift.

    The shift is measured against the trailing 14 days; each problem found is printed as
    the alert it raises."""
    from tipoff.dates import parse_data_date
    from tipoff.nba.ops import prediction_quality as q
    from tipoff.nba.ops.quality_alerts import alerts_of
    from tipoff.settings import load_settings

    with _errors():
        last = None
        if date_ is not None:
            try:
                last = parse_data_date(date_, "DATE")
            except ValueError as exc:
                raise BadInput(str(exc)) from None
        store = _store(load_settings().database_url)
        try:
            with store.read() as conn:
                last = last or q.latest_prediction_date(conn)
                reports = (
                    []
                    if last is None
                    else q.quality_reports(conn, last - timedelta(days=days - 1), last)
                )
        finally:
            store.dispose()
    if not reports:
        span = "the database" if last is None else f"the {days} day(s) up to {last}"
        err.print(f"no predictions in {span}", markup=False)
        raise typer.Exit(EXIT_NOT_FOUND)
    pairs = [(r, alerts_of(r)) for r in reports]
    if as_json:
        body = [
            {
                **r.to_json(),
                "alerts": [
                    {
                        "key": a.key,
                        "severity": a.severity.value,
                        "message": a.message,
                        "details": dict(a.details),
                    }
                    for a in alerts
                ],
            }
            for r, alerts in pairs
        ]
        sys.stdout.write(json.dumps(body, indent=2, default=str) + "\n")
        return
    for r, alerts in pairs:
        _print_report(r, alerts)
