"""The points model: predictions at five lines, strict and fallback modes, artefacts.

A small synthetic league (two seasons, six teams) trains a small model in a second; the
predictions and the bucket round trip are checked on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tipoff.bucket import Bucket
from tipoff.nba.features import PLAYER_HISTORY_COLUMNS, build_features
from tipoff.nba.model.artefacts import (
    MANIFEST_FILE,
    PREFIX,
    list_versions,
    load_model,
    resolve_version,
    save_model,
)
from tipoff.nba.model.errors import ModelError, ModelNotFound
from tipoff.nba.model.points import PointsModel
from tipoff.nba.model.predict import (
    FALLBACK_CONFIDENCE,
    LINE_OFFSETS,
    PredictionMode,
    predict,
    side_and_confidence,
)
from tipoff.nba.model.train import TRAIN_STEPS, train

TEAMS = tuple(range(1, 7))
SEASONS = {"2021-22": pd.Timestamp("2021-10-20"), "2022-23": pd.Timestamp("2022-10-19")}
DATES_PER_SEASON = 50
ROOKIE, NEWCOMER = 999, 998  # 2 and 5 games, on team 1


def synthetic_league(seed: int = 5) -> pd.DataFrame:
    """Players whose points are negative binomial around their own level (mean m, var 3m)."""
    rng = np.random.default_rng(seed)
    players = np.array([t * 100 + i for t in TEAMS for i in range(10)])
    level = dict(zip(players, rng.uniform(3, 25, len(players)), strict=True))
    games = []
    for season, start in SEASONS.items():
        for d in range(DATES_PER_SEASON):
            order = rng.permutation(TEAMS)
            for g in range(3):
                home, away = int(order[2 * g]), int(order[2 * g + 1])
                day = start + pd.Timedelta(days=2 * d)
                game = f"{season[:4]}{d:03d}{g}"
                games += [
                    (game, day, home, away, True, season),
                    (game, day, away, home, False, season),
                ]
    sides = pd.DataFrame(games, columns=["game_id", "game_date", "team_id", "opponent_team_id",
                                         "is_home", "season"])  # fmt: skip
    frame = sides.loc[sides.index.repeat(10)].reset_index(drop=True)
    slot = np.tile(np.arange(10), len(sides))
    frame["player_id"] = frame["team_id"] * 100 + slot
    mu = frame["player_id"].map(level).to_numpy()
    played = rng.uniform(0, 1, len(frame)) > 0.05
    pts = np.where(played, rng.negative_binomial(mu / 2, 1 / 3), 0)
    frame["starter"] = slot < 5
    frame["played"] = played
    frame["minutes"] = np.where(played, 12.0 + pts, 0.0)
    for column in PLAYER_HISTORY_COLUMNS:
        if column not in frame:
            frame[column] = 0
    frame["pts"] = pts
    frame["fga"] = np.round(pts / 1.3).astype(int)
    frame["fta"] = np.round(pts / 5).astype(int)
    frame["tov"] = played.astype(int)
    frame["oreb"] = 1
    return frame


@pytest.fixture(scope="module")
def league() -> pd.DataFrame:
    history = synthetic_league()
    # The two newcomers join team 1 for its last 2 and 5 games.
    template = history[history["player_id"] == 100].sort_values("game_date")
    rookie = template.tail(2).assign(player_id=ROOKIE, pts=8, starter=False, played=True)
    newcomer = template.tail(5).assign(player_id=NEWCOMER, pts=14, played=True)
    extra = pd.concat([rookie, newcomer]).assign(minutes=20.0, fga=6)
    return pd.concat([history, extra], ignore_index=True)


STAGES: list[str] = []  # what training reported as it went, for `model train`'s bar


@pytest.fixture(scope="module")
def model(league: pd.DataFrame) -> PointsModel:
    return train(
        league, None, list(SEASONS), max_trees=40, spread_trees=30, threads=1, step=STAGES.append
    )


def test_training_reports_each_of_its_stages_as_it_ends(model: PointsModel) -> None:
    assert len(STAGES) == TRAIN_STEPS, STAGES  # the bar's total is exact
    assert STAGES[0].endswith(" feature rows") and STAGES[1].startswith("mean model: ")
    assert STAGES[-1] == "market blend"


@pytest.fixture(scope="module")
def tonight(league: pd.DataFrame) -> pd.DataFrame:
    """Feature rows of every team-1 player (and the two new ones) the day after the last game."""
    day = league["game_date"].max() + pd.Timedelta(days=1)
    players = sorted({*range(100, 110), ROOKIE, NEWCOMER})
    targets = pd.DataFrame(
        {"player_id": players, "team_id": 1, "opponent_team_id": 2, "is_home": True,
         "game_date": day}
    )  # fmt: skip
    return build_features(league, targets)


def test_training_records_what_it_did(model: PointsModel) -> None:
    m = model.manifest
    assert model.version.startswith("points-v1-2021-22-to-2022-23-")
    assert m["version"] == model.version
    assert m["train_seasons"] == list(SEASONS)
    assert m["calibration_slice"] == ["2022-23"]
    assert m["rows"]["fit"] + m["rows"]["calibration"] == m["rows"]["total"]
    assert m["distribution"] == "negative_binomial"
    assert 1 <= m["mean_model"]["trees"] <= 40
    assert m["validation_metrics"]["rows"] == m["rows"]["calibration"]


def test_training_needs_enough_games(league: pd.DataFrame) -> None:
    few = league[league["game_date"] < "2021-11-01"]
    with pytest.raises(ModelError, match="too few games"):
        train(few, None, ["2021-22"], max_trees=5, spread_trees=5, threads=1)


def test_five_lines_around_the_book_line(model: PointsModel, tonight: pd.DataFrame) -> None:
    book = pd.Series(np.where(tonight["player_id"] == 100, 17.5, np.nan))
    out = predict(model, tonight, book, mode="fallback")
    star = out.rows[out.rows["player_id"] == 100]
    assert list(star["offset"]) == list(LINE_OFFSETS)
    assert list(star["line"]) == [15.5, 16.5, 17.5, 18.5, 19.5]
    assert set(star["line_source"]) == {"book"}
    assert (np.diff(star["p_over"].to_numpy()) <= 0).all()
    assert (np.diff(star["p_under"].to_numpy()) >= 0).all()
    other = out.rows[out.rows["player_id"] == 101]
    assert set(other["line_source"]) == {"baseline"}
    centre = other.loc[other["offset"] == 0, "line"].iloc[0]
    assert centre % 1 == 0.5
    total = out.rows["p_over"] + out.rows["p_under"] + out.rows["p_push"]
    assert np.allclose(total, 1.0)
    assert (out.rows["confidence"].between(0, 1)).all()
    assert (out.rows["spread"] > 0).all() and (out.rows["mean"] > 0).all()
    assert set(out.rows["model_version"]) == {model.version}


def test_whole_book_lines_can_push(model: PointsModel, tonight: pd.DataFrame) -> None:
    out = predict(model, tonight, pd.Series(np.full(len(tonight), 12.0)), mode="fallback")
    assert (out.rows["p_push"] > 0).all()
    assert np.allclose(out.rows["p_over"] + out.rows["p_under"] + out.rows["p_push"], 1.0)


def test_side_and_confidence() -> None:
    side, p_side, confidence = side_and_confidence(np.array([0.6, 0.3, 0.45]),
                                                   np.array([0.4, 0.6, 0.45]))  # fmt: skip
    assert list(side) == ["over", "under", "over"]
    assert p_side == pytest.approx([0.6, 2 / 3, 0.5])
    assert confidence == pytest.approx([0.2, 1 / 3, 0.0])


def test_players_without_three_games_need_bootstrap(
    model: PointsModel, tonight: pd.DataFrame
) -> None:
    for mode in PredictionMode:
        out = predict(model, tonight, mode=mode)
        assert ROOKIE not in set(out.rows["player_id"])
        skipped = out.skipped.set_index("player_id")["reason"]
        assert skipped[ROOKIE] == "needs_bootstrap"
        assert out.counts()["needs_bootstrap"] == 1


def test_strict_skips_incomplete_features_and_fallback_scales_confidence(
    model: PointsModel, tonight: pd.DataFrame
) -> None:
    quality = tonight.set_index("player_id")["feature_quality_score"]
    assert quality[NEWCOMER] < 100 and quality[100] == 100
    strict = predict(model, tonight, mode="strict")
    assert NEWCOMER not in set(strict.rows["player_id"])
    assert strict.skipped.set_index("player_id")["reason"][NEWCOMER] == "incomplete_features"
    assert strict.counts() == {"predicted": 10, "needs_bootstrap": 1, "incomplete_features": 1}
    fallback = predict(model, tonight, mode="fallback")
    rows = fallback.rows[fallback.rows["player_id"] == NEWCOMER]
    assert len(rows) == len(LINE_OFFSETS)
    _, _, full = side_and_confidence(rows["p_over"].to_numpy(), rows["p_under"].to_numpy())
    assert rows["confidence"].to_numpy() == pytest.approx(FALLBACK_CONFIDENCE * full)
    complete = fallback.rows[fallback.rows["player_id"] == 100]
    _, _, unscaled = side_and_confidence(
        complete["p_over"].to_numpy(), complete["p_under"].to_numpy()
    )
    assert complete["confidence"].to_numpy() == pytest.approx(unscaled)


def test_save_and_load_give_identical_predictions(
    model: PointsModel, tonight: pd.DataFrame, tmp_path: Path
) -> None:
    bucket = Bucket(str(tmp_path / "bucket"))
    prefix = save_model(bucket, model)
    assert prefix == f"{PREFIX}/{model.version}/"
    loaded = load_model(bucket, model.version)
    assert loaded.version == model.version
    assert loaded.manifest == json.loads(json.dumps(model.manifest, default=str))
    assert loaded.calibrator == model.calibrator
    lines = pd.Series(np.linspace(5.5, 25.5, len(tonight)))
    before = predict(model, tonight, lines, mode="fallback").rows
    after = predict(loaded, tonight, lines, mode="fallback").rows
    pd.testing.assert_frame_equal(before, after, check_exact=True)
    assert resolve_version(bucket) == model.version
    assert load_model(bucket).version == model.version


def test_versions_need_a_manifest_and_unknown_ones_are_named(
    model: PointsModel, tmp_path: Path
) -> None:
    bucket = Bucket(str(tmp_path / "bucket"))
    with pytest.raises(ModelNotFound, match="no model under models/points"):
        load_model(bucket)
    save_model(bucket, model)
    bucket.put_bytes(f"{PREFIX}/points-v1-half-written/mean_model.txt", b"partial")
    assert [v["version"] for v in list_versions(bucket)] == [model.version]
    with pytest.raises(ModelNotFound, match="no model 'points-v1-nope'"):
        load_model(bucket, "points-v1-nope")
    assert bucket.exists(f"{PREFIX}/{model.version}/{MANIFEST_FILE}")


def test_a_pipeline_process_loads_lightgbm_only_to_load_or_train_a_model() -> None:
    # lightgbm brings scikit-learn: 25 MB of every worker's memory for nothing until a
    # model is loaded (the predictions' fallback and the other phases never need it)
    code = (
        "import sys, tipoff.nba.pipeline, tipoff.nba.demo, tipoff.nba.model.predict; "
        "print('lightgbm' in sys.modules, 'sklearn' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == ["False", "False"]
