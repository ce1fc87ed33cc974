"""The points model on the real seasons: train, then evaluate on the next season.

Two runs by default, each a model trained on the seasons before its test season:

- ``2015-16..2021-22`` → ``2022-23``: the validation run, on which the modelling choices
  were made;
- ``2015-16..2022-23`` → ``2023-24``: the held-out test, with the sportsbook lines of
  2024-03-02..2024-04-14.

Prints one JSON object: per run the model version, training and evaluation times and the
whole evaluation report (as ``tipoff model evaluate --json`` prints it). Models go to a
temporary bucket unless ``--bucket`` names one.

Usage: ``python bench/model_eval.py [--data-dir ../shared/data/nba] [--runs A..B:C,...]``
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from typing import Any

from _common import peak_rss_mb, run_main
from tipoff.bucket import Bucket
from tipoff.nba.model.artefacts import save_evaluation, save_model
from tipoff.nba.model.books import attach_lines, consensus_lines, read_props
from tipoff.nba.model.data import RealData
from tipoff.nba.model.evaluate import evaluate, evaluation_rows
from tipoff.nba.model.train import train

DEFAULT_RUNS = "2015-16..2021-22:2022-23,2015-16..2022-23:2023-24"


def one_run(data: RealData, bucket: Bucket, span: str, season: str) -> dict[str, Any]:
    seasons = data.span(span)
    players, teams = data.history(season)
    started = time.perf_counter()
    model = train(players, teams, seasons)
    trained = time.perf_counter()
    save_model(bucket, model)
    features, points = evaluation_rows(players, teams, season)
    lines = consensus_lines(read_props(data.props_files()))
    book = attach_lines(features, players[["player_id", "player_name"]], lines)
    report = evaluate(model, features, points, book_lines=book)
    save_evaluation(bucket, model.version, season, report)
    return {
        "train_seasons": span,
        "test_season": season,
        "version": model.version,
        "train_s": round(trained - started, 1),
        "evaluate_s": round(time.perf_counter() - trained, 1),
        "report": report,
    }


def main() -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", default=os.environ.get("TIPOFF_REPLAY_DATA_DIR",
                                                        "../shared/data/nba"))  # fmt: skip
    p.add_argument("--runs", default=DEFAULT_RUNS, help="TRAIN_SPAN:TEST_SEASON, comma-separated")
    p.add_argument("--bucket", default=None, help="bucket URL (default: a temporary folder)")
    args = p.parse_args()
    data = RealData.open(args.data_dir)
    with tempfile.TemporaryDirectory() as tmp:
        bucket = Bucket(args.bucket or tmp)
        runs = []
        for spec in args.runs.split(","):
            span, season = spec.split(":")
            runs.append(one_run(data, bucket, span, season))
    return {"bench": "model_eval", "runs": runs, "peak_rss_mb": peak_rss_mb()}


if __name__ == "__main__":
    run_main(main)
