"""``tipoff model ...``: train the points model, evaluate it, list the saved versions.

A Typer sub-application (``app``) that the main command mounts as ``model``. Exit codes as
the main command's: 0 done, 2 bad input (a missing data folder, an unknown season or model
version), one line on standard error. Reports go to standard output.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from tipoff import progress
from tipoff.bucket import Bucket
from tipoff.errors import TipoffError
from tipoff.nba.model.errors import DataError
from tipoff.settings import load_settings

# The model libraries (LightGBM, pandas) load inside the commands: every ``tipoff``
# command mounts this sub-app, and must not pay seconds of imports for it.
LATEST = "latest"

EXIT_BAD_INPUT = 2
DEFAULT_DATA_DIR = "../shared/data/nba"
DEFAULT_BUCKET = "./tipoff-data/bucket"
DEFAULT_TRAIN_SEASONS = "2015-16..2022-23"
DEFAULT_TEST_SEASON = "2023-24"

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    help="The player-points model: train, evaluate, list versions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DataDirOpt = Annotated[
    str,
    typer.Option(
        "--data-dir",
        envvar="TIPOFF_REPLAY_DATA_DIR",
        help="Folder of the season files (player_logs/, team_logs/, props/).",
    ),
]
BucketOpt = Annotated[
    str,
    typer.Option("--bucket", envvar="TIPOFF_BUCKET_URL", help="Bucket URL of the artefacts."),
]


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except TipoffError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command("train")
def train_command(
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    train_seasons: Annotated[
        str,
        typer.Option("--train-seasons", help="Seasons to train on: FIRST..LAST, or a comma list."),
    ] = DEFAULT_TRAIN_SEASONS,
    bucket: BucketOpt = DEFAULT_BUCKET,
) -> None:
    """Train on the given seasons and save a new version to the bucket."""
    from tipoff.nba.model.artefacts import save_model
    from tipoff.nba.model.books import read_props
    from tipoff.nba.model.data import RealData
    from tipoff.nba.model.train import TRAIN_STEPS, train

    with _errors():
        enabled = progress.wanted(load_settings().log_format)
        with progress.steps("model train", TRAIN_STEPS + 3, enabled=enabled) as step:
            data = RealData.open(data_dir)
            seasons = data.span(train_seasons)
            started = time.monotonic()
            players, teams = data.history(seasons[-1])
            step(f"{len(players)} player games read")
            files = data.props_files()
            props = read_props(files) if files else None
            step(f"{0 if props is None else len(props)} book quotes read")
            model = train(players, teams, seasons, props=props, step=step)
            prefix = save_model(Bucket(bucket), model)
            step("saved")
        validation = model.manifest["validation_metrics"]
        out.print(f"model {model.version}")
        out.print(f"  saved: {bucket.rstrip('/')}/{prefix}")
        out.print(f"  trained on {', '.join(seasons)} ({model.manifest['rows']['total']} games)")
        out.print(
            f"  validation {', '.join(model.manifest['calibration_slice'])} (it picked the "
            f"trees and fitted the calibration: not a hold-out): MAE "
            f"{validation['mae_median']:.3f} (EWMA {validation['mae_ewma']:.3f}) on "
            f"{validation['rows']} games; {time.monotonic() - started:.0f} s"
        )
        blend = model.blend
        fitted = blend.meta.get("fitted_on") if blend.meta.get("fitted") else None
        out.print(
            f"  blend at book lines: market {blend.w_market:.3f}, model {blend.w_model:.3f}, "
            f"bias {blend.bias:+.3f}, point shrink {blend.shrink:.2f} "
            + (
                f"(fitted on {fitted}, {blend.meta['rows']} games)"
                if fitted
                else "(the market alone: no book lines in the validation season)"
            )
        )


@app.command("evaluate")
def evaluate_command(
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    test_season: Annotated[
        str, typer.Option("--test-season", help="The held-out season to evaluate on.")
    ] = DEFAULT_TEST_SEASON,
    model_version: Annotated[
        str, typer.Option("--model", help="Model version, or 'latest'.")
    ] = LATEST,
    bucket: BucketOpt = DEFAULT_BUCKET,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Keep the report beside the model.")
    ] = True,
    fit_before: Annotated[
        str,
        typer.Option(
            "--fit-before",
            help="Book-line games before this date fit the blend with the market and only "
            "later ones are scored; 'auto': the first of the last month with book lines when "
            "the model has no fitted blend; 'none': the model's own blend on every game.",
        ),
    ] = "auto",
    min_ev: Annotated[
        float | None,
        typer.Option(
            "--min-ev", help="Expected value a pick must beat, per unit (default: the pipeline's)."
        ),
    ] = None,
    report_file: Annotated[
        str | None,
        typer.Option("--report", help="Also draw the report as a self-contained HTML page."),
    ] = None,
) -> None:
    """Evaluate a saved model on a held-out season (against three averages and the books)."""
    from tipoff.nba.model.artefacts import load_model, save_evaluation
    from tipoff.nba.model.books import attach_lines, consensus_lines, read_props
    from tipoff.nba.model.data import RealData, parse_season
    from tipoff.nba.model.evaluate import evaluate, evaluation_rows
    from tipoff.nba.prop_lines import DEFAULT_MIN_EV

    with _errors():
        season = parse_season(test_season)
        data = RealData.open(data_dir)
        if season not in data.seasons:
            data.span(season)  # raises, naming the seasons available
        store = Bucket(bucket)
        model = load_model(store, model_version)
        trained = model.manifest.get("train_seasons", [])
        if trained and season <= max(trained):
            raise DataError(
                f"season {season} is not after model {model.version}'s training seasons "
                f"({trained[0]}..{trained[-1]}): evaluate on a later season"
            )
        players, teams = data.history(season)
        features, points = evaluation_rows(players, teams, season)
        book = None
        files = data.props_files()
        if files and "player_name" in players:
            lines = consensus_lines(read_props(files))
            book = attach_lines(features, players[["player_id", "player_name"]], lines)
        split = _fit_before(fit_before, book, fitted=bool(model.blend.meta.get("fitted")))
        threshold = DEFAULT_MIN_EV if min_ev is None else min_ev
        report = evaluate(
            model, features, points, book_lines=book, fit_before=split, min_ev=threshold
        )
        if save:
            report["saved_as"] = save_evaluation(store, model.version, season, report)
        if report_file:
            from tipoff.nba.model.report import write_report

            report["report_file"] = write_report(report, report_file)
    if as_json:
        sys.stdout.write(json.dumps(report, default=_plain) + "\n")
    else:
        _print_report(report)


@app.command("list")
def list_command(bucket: BucketOpt = DEFAULT_BUCKET) -> None:
    """The saved model versions, oldest first."""
    from tipoff.nba.model.artefacts import list_versions

    with _errors():
        versions = list_versions(Bucket(bucket))
    if not versions:
        out.print(f"no model in {bucket}")
        return
    for v in versions:
        out.print(f"{v['version']}  created {v['created_at']}  trained on {v['train_span']}")


def _fit_before(text: str, book: Any, *, fitted: bool) -> date | None:
    """The blend's split date (see ``--fit-before``)."""
    value = text.strip().lower()
    if value == "none" or (value == "auto" and (fitted or book is None or book.empty)):
        return None
    if value == "auto":
        last = book["game_date"].max()
        return date(last.year, last.month, 1)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DataError(f"--fit-before {text!r}: expected a date, auto or none") from None


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def _errors_table(title: str, block: dict[str, Any]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("method", "MAE", "RMSE"):
        table.add_column(column, justify="left" if column == "method" else "right")
    table.add_row("model (median / mean)", f"{block['mae']:.3f}", f"{block['rmse']:.3f}")
    for name, scores in block["baselines"].items():
        table.add_row(name, f"{scores['mae']:.3f}", f"{scores['rmse']:.3f}")
    if "sportsbook" in block:
        book = block["sportsbook"]
        table.add_row("book line", f"{book['mae']:.3f}", f"{book['rmse']:.3f}")
    return table


def _print_block(title: str, block: dict[str, Any]) -> None:
    out.print(_errors_table(f"{title}: {block['rows']} games", block))
    out.print(
        f"MAE {block['mae_improvement_pct']:+.2f}% against the best baseline "
        f"({block['best_baseline']}); P(over): Brier {block['brier']:.4f}, log loss "
        f"{block['log_loss']:.4f}, calibrated: {'yes' if block['calibrated'] else 'no'}; "
        f"hit rate {block['hit_rate']:.3f}"
    )
    calibration = Table(title="calibration of P(over)", title_justify="left")
    for column in ("bucket", "n", "mean prediction", "observed"):
        calibration.add_column(column, justify="right")
    for row in block["calibration"]:
        calibration.add_row(
            row["bucket"], str(row["n"]), f"{row['mean_pred']:.3f}", f"{row['observed']:.3f}"
        )
    out.print(calibration)
    hits = Table(title="hit rate by confidence", title_justify="left")
    for column in ("confidence", "n", "hit rate"):
        hits.add_column(column, justify="right")
    for row in block["hit_rate_by_confidence"]:
        rate = "-" if row["hit_rate"] is None else f"{row['hit_rate']:.3f}"
        hits.add_row(row["bucket"], str(row["n"]), rate)
    out.print(hits)


def _print_report(report: dict[str, Any]) -> None:
    out.print(f"model {report['model']} on {', '.join(report['test_seasons'])}")
    _print_block("all players", report)
    _print_block("players averaging >= 10 points and >= 24 minutes", report["regulars"])
    if "book" in report:
        book = report["book"]
        _print_block(f"games with a book line ({book['dates'][0]}..{book['dates'][1]})", book)
        implied = book["sportsbook"]["implied"]
        out.print(
            f"books' own P(over) (margin removed), {implied['rows']} games: Brier "
            f"{implied['brier']:.4f}, log loss {implied['log_loss']:.4f}"
        )
    if report.get("market", {}).get("rows"):
        _print_market(report["market"])
    if "saved_as" in report:
        out.print(f"report saved as {report['saved_as']}")
    if "report_file" in report:
        out.print(f"report drawn in {report['report_file']}")


def _print_market(block: dict[str, Any]) -> None:
    blend = block["blend"]
    fitted = blend["meta"].get("fitted_on", "-") if blend["meta"].get("fitted") else "none"
    out.print(
        f"\nat the book lines, every method on the same {block['rows']} games "
        f"({block['dates'][0]}..{block['dates'][1]}; blend fitted on {fitted}: market "
        f"{blend['w_market']:.3f}, model {blend['w_model']:.3f}, point shrink "
        f"{blend['shrink']:.2f}; {block['books_mean']:.1f} books a line on average)"
    )
    table = Table(title="point forecast", title_justify="left")
    for column in ("method", "MAE", "RMSE", "MAE regulars"):
        table.add_column(column, justify="left" if column == "method" else "right")
    for name, scores in block["point_forecasts"].items():
        regular = block["point_forecasts_regulars"][name]
        table.add_row(
            name, f"{scores['mae']:.3f}", f"{scores['rmse']:.3f}", f"{regular['mae']:.3f}"
        )
    out.print(table)
    table = Table(title="P(over) at the book line, pushes left out", title_justify="left")
    for column in ("method", "games", "Brier", "log loss"):
        table.add_column(column, justify="left" if column == "method" else "right")
    for name, scores in block["p_over"].items():
        table.add_row(
            name, str(scores["rows"]), f"{scores['brier']:.4f}", f"{scores['log_loss']:.4f}"
        )
    out.print(table)
    table = Table(title="picks at the best quoted price (one unit each)", title_justify="left")
    for column in ("EV above", "picks", "hit rate", "ROI", "95% interval"):
        table.add_column(column, justify="right")
    for threshold, bets in block["picks"].items():
        table.add_row(threshold, *_bet_cells(bets))
    out.print(table)
    table = Table(title="picks by expected value", title_justify="left")
    for column in ("EV", "picks", "hit rate", "ROI", "95% interval"):
        table.add_column(column, justify="right")
    for row in block["by_ev"]:
        table.add_row(row["bucket"], *_bet_cells(row))
    out.print(table)
    out.print(
        f"default threshold {block['default_threshold']:g}: {block['pass_share']:.1%} of the "
        f"games PASS; CLV: {block['clv_note']}"
    )


def _bet_cells(bets: dict[str, Any]) -> list[str]:
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:+.1%}"

    low, high = bets["roi_ci95"]
    rate = "-" if bets["hit_rate"] is None else f"{bets['hit_rate']:.1%}"
    return [str(bets["picks"]), rate, pct(bets["roi"]), f"{pct(low)}..{pct(high)}"]


if __name__ == "__main__":
    app(prog_name="tipoff model")
