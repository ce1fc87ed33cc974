"""The points model on the real seasons: a quick model, its evaluation report, the CLI.

The full run (eight training seasons, the whole of 2023-24) is ``bench/model_eval.py``;
these tests train a small model on one season and evaluate it on the book-line weeks of
the next. Skipped, with the reason, when the shared data folder is absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from tipoff.bucket import Bucket
from tipoff.nba.model.artefacts import save_model
from tipoff.nba.model.books import attach_lines, consensus_lines, read_props
from tipoff.nba.model.cli import app
from tipoff.nba.model.data import RealData
from tipoff.nba.model.evaluate import evaluate, evaluation_rows
from tipoff.nba.model.points import PointsModel
from tipoff.nba.model.train import train

REAL_DATA = Path(
    os.environ.get("TIPOFF_NBA_DATA", Path(__file__).resolve().parents[3] / "shared/data/nba")
)
TRAIN, TEST = "2022-23", "2023-24"
BOOK_WEEKS = ("2024-03-02", "2024-04-14")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> RealData:
    """A data folder holding only the two seasons the tests use (links to the real files)."""
    needed = [
        Path("player_logs") / f"player_logs_{TRAIN}.csv",
        Path("player_logs") / f"player_logs_{TEST}.csv",
        Path("team_logs") / "nba_games_2021_22.csv",
        Path("team_logs") / "nba_games_2022_23.csv",
        Path("team_logs") / "nba_games_2023_24.csv",
        Path("props") / "player_points_props_2024-03-02_to_2024-05-24.csv",
    ]
    missing = [str(REAL_DATA / p) for p in needed if not (REAL_DATA / p).exists()]
    if missing:
        pytest.skip(f"real NBA data not found ({', '.join(missing)}): set TIPOFF_NBA_DATA")
    root = tmp_path_factory.mktemp("nba")
    for part in needed:
        (root / part.parent).mkdir(exist_ok=True)
        (root / part).symlink_to(REAL_DATA / part)
    return RealData.open(root)


@pytest.fixture(scope="module")
def history(data: RealData) -> tuple[pd.DataFrame, pd.DataFrame]:
    return data.history(TEST)


@pytest.fixture(scope="module")
def model(history: tuple[pd.DataFrame, pd.DataFrame]) -> PointsModel:
    players, teams = history
    return train(players, teams, [TRAIN], max_trees=60, spread_trees=30, threads=1)


@pytest.fixture(scope="module")
def report(
    data: RealData, history: tuple[pd.DataFrame, pd.DataFrame], model: PointsModel
) -> dict[str, Any]:
    players, teams = history
    features, points = evaluation_rows(players, teams, TEST)
    weeks = features["game_date"].between(*BOOK_WEEKS).to_numpy()
    features, points = features[weeks].reset_index(drop=True), points[weeks]
    lines = consensus_lines(read_props(data.props_files()))
    book = attach_lines(features, players[["player_id", "player_name"]], lines)
    return evaluate(model, features, points, book_lines=book)


def _check_block(block: dict[str, Any]) -> None:
    assert block["rows"] > 500
    assert 3.0 < block["mae"] < 7.5
    assert block["rmse"] > block["mae"]
    for name in ("season_avg", "last10", "ewma"):
        assert 3.0 < block["baselines"][name]["mae"] < 8.0
        assert block["baselines"][name]["rmse"] > block["baselines"][name]["mae"]
    assert block["best_baseline"] in block["baselines"]
    assert 0.15 < block["brier"] < 0.3
    assert 0.45 < block["log_loss"] < 0.8
    assert sum(row["n"] for row in block["calibration"]) == block["decided"]
    for row in block["calibration"]:
        low, high = (float(x) for x in row["bucket"].split("-"))
        assert low <= row["mean_pred"] <= high
        assert 0.0 <= row["observed"] <= 1.0
    assert sum(row["n"] for row in block["hit_rate_by_confidence"]) == block["decided"]
    assert 0.4 < block["hit_rate"] < 0.8


def test_evaluation_report_has_every_part(report: dict[str, Any], model: PointsModel) -> None:
    assert report["model"] == model.version
    assert report["test_seasons"] == [TEST]
    _check_block(report)
    _check_block(report["regulars"])
    assert report["regulars"]["rows"] < report["rows"]
    json.dumps(report)  # plain JSON all the way down


def test_the_model_beats_the_averages_on_the_slice(report: dict[str, Any]) -> None:
    best = min(b["mae"] for b in report["baselines"].values())
    assert report["mae"] < best


def test_book_block(report: dict[str, Any]) -> None:
    book = report["book"]
    assert BOOK_WEEKS[0] <= book["dates"][0] <= book["dates"][1] <= BOOK_WEEKS[1]
    assert 500 < book["rows"] < report["rows"]
    # Sportsbook lines miss real points by about 5 (README of the data).
    assert 4.0 < book["sportsbook"]["mae"] < 6.5
    implied = book["sportsbook"]["implied"]
    assert implied["rows"] > 0.9 * book["decided"]
    assert 0.2 < implied["brier"] < 0.26
    _check_block(book)


def test_consensus_line_and_names(data: RealData) -> None:
    lines = consensus_lines(read_props(data.props_files()))
    assert not lines.duplicated(["game_date", "name_key"]).any()
    assert (lines["book_line"] * 2 % 1 == 0).all()
    assert lines["book_p_over"].dropna().between(0.05, 0.95).all()
    # Sportsbook spellings meet NBA.com's through the name key and aliases.
    names = pd.DataFrame({"player_id": [1, 2], "player_name": ["Nic Claxton", "Luka Dončić"]})
    rows = pd.DataFrame({"player_id": [1, 2], "game_date": pd.to_datetime(["2024-03-02"] * 2)})
    rows["game_date"] = rows["game_date"].astype("datetime64[ns]")
    matched = attach_lines(rows, names, lines)
    assert len(matched) >= 1
    assert np.isfinite(matched["book_line"]).all()


runner = CliRunner()


def _run(*args: str) -> Any:
    return runner.invoke(app, list(args))


def test_cli_evaluate_json(data: RealData, model: PointsModel, tmp_path: Path) -> None:
    bucket = str(tmp_path / "bucket")
    save_model(Bucket(bucket), model)
    page = tmp_path / "report.html"
    result = _run(
        "evaluate", "--data-dir", str(data.root), "--test-season", TEST, "--bucket", bucket,
        "--json", "--report", str(page),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    # the model has no blend of its own: March fits it, April alone is scored
    market = report["market"]
    assert market["fit_before"] == "2024-04-01" and market["dates"][0] >= "2024-04-01"
    assert market["blend"]["meta"]["fitted"] and market["rows"] > 500
    assert {s["rows"] for s in market["p_over"].values()} == {market["decided"]}
    assert market["p_over"]["market"]["brier"] < 0.2525
    assert page.read_text().count("<svg") >= 5
    for key in ("rows", "mae", "rmse", "baselines", "brier", "log_loss", "calibration"):
        assert key in report
    assert set(report["baselines"]) == {"season_avg", "last10", "ewma"}
    assert all("mae" in b for b in report["baselines"].values())
    assert report["rows"] > 15_000
    assert "book" in report and "regulars" in report
    assert Bucket(bucket).exists(report["saved_as"])


def test_cli_errors_name_the_problem(data: RealData, model: PointsModel, tmp_path: Path) -> None:
    bucket = str(tmp_path / "bucket")
    result = _run("train", "--data-dir", str(tmp_path / "nowhere"), "--bucket", bucket)
    assert result.exit_code == 2
    assert "nowhere: not found" in result.stderr
    result = _run("train", "--data-dir", str(data.root), "--train-seasons", "2009-10..2022-23",
                  "--bucket", bucket)  # fmt: skip
    assert result.exit_code == 2
    assert "season 2009-10: no player log" in result.stderr
    result = _run("evaluate", "--data-dir", str(data.root), "--bucket", bucket)
    assert result.exit_code == 2
    assert "no model under models/points" in result.stderr
    save_model(Bucket(bucket), model)
    result = _run("evaluate", "--data-dir", str(data.root), "--bucket", bucket,
                  "--model", "points-v1-unknown")  # fmt: skip
    assert result.exit_code == 2
    assert "no model 'points-v1-unknown'" in result.stderr
    result = _run("evaluate", "--data-dir", str(data.root), "--bucket", bucket,
                  "--test-season", TRAIN)  # fmt: skip
    assert result.exit_code == 2
    assert "not after model" in result.stderr
    result = _run("evaluate", "--data-dir", str(data.root), "--bucket", bucket,
                  "--test-season", "2024-26")  # fmt: skip
    assert result.exit_code == 2
    assert "expected a label such as 2023-24" in result.stderr
