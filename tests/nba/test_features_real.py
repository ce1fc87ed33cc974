"""Features on the real seasons: the adapter, and no leakage from the date onwards.

Skipped, with the reason, when the shared data folder is absent (set TIPOFF_NBA_DATA to
point elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tipoff.nba.features import (
    FEATURE_COLUMNS,
    build_features,
    game_targets,
    read_player_logs,
    read_team_logs,
)

REAL_DATA = Path(
    os.environ.get("TIPOFF_NBA_DATA", Path(__file__).resolve().parents[3] / "shared/data/nba")
)
SEASONS = ("2022-23", "2023-24")
CLE, IND = 1610612739, 1610612754
PERTURBED = ("pts", "minutes", "fga", "fta", "fg3a", "tov", "oreb")


@pytest.fixture(scope="module")
def history() -> tuple[pd.DataFrame, pd.DataFrame]:
    files = [REAL_DATA / "player_logs" / f"player_logs_{s}.csv" for s in SEASONS]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        pytest.skip(f"real NBA data not found ({', '.join(missing)}): set TIPOFF_NBA_DATA")
    return read_player_logs(REAL_DATA, SEASONS), read_team_logs(REAL_DATA, SEASONS)


def test_adapter_reads_the_game_log_layout(history: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    players, teams = history
    wade = players[(players["player_name"] == "Dean Wade") & (players["game_id"] == "0022300091")]
    assert len(wade) == 1
    first = wade.iloc[0]
    assert (first["team_id"], first["opponent_team_id"], first["is_home"]) == (CLE, IND, True)
    assert (first["minutes"], first["pts"], first["season"]) == (37.0, 6, "2023-24")
    assert players["played"].all()
    starters = players.groupby(["game_id", "team_id"])["starter"].sum()
    assert (starters == 5).all()
    # Regular season only, one row per team and game, points adding up to the players'.
    assert teams["game_id"].str.startswith("002").all()
    assert not teams.duplicated(["game_id", "team_id"]).any()
    summed = players.groupby(["game_id", "team_id"])["pts"].sum()
    team_pts = teams.set_index(["game_id", "team_id"])["pts"]
    assert (summed.reindex(team_pts.index) == team_pts).all()
    home = teams.groupby("game_id")["is_home"].sum()
    assert (home == 1).all()


def _perturb(frame: pd.DataFrame, day: pd.Timestamp, seed: int, ids: str | None) -> pd.DataFrame:
    """Every row dated ``day`` or later changed beyond recognition, and all rows shuffled."""
    rng = np.random.default_rng(seed)
    out = frame.copy()
    late = (out["game_date"] >= day).to_numpy()
    for column in PERTURBED:
        if column in out:
            out.loc[late, column] = out.loc[late, column] * 3 + 1
    if ids is not None:
        out.loc[late, ids] = rng.permutation(out.loc[late, ids].to_numpy())
    if "starter" in out:
        out.loc[late, "starter"] = ~out.loc[late, "starter"].astype(bool)
    return out.sample(frac=1.0, random_state=seed).reset_index(drop=True)


@pytest.mark.parametrize("day", ["2022-11-20", "2023-10-24", "2024-02-01", "2024-04-14"])
def test_features_of_a_date_ignore_that_date_and_later(
    history: tuple[pd.DataFrame, pd.DataFrame], day: str
) -> None:
    players, teams = history
    cut = pd.Timestamp(day)
    targets = game_targets(players)
    dates = pd.to_datetime(targets["game_date"])
    until = targets[dates <= cut].reset_index(drop=True)
    later = targets[dates > cut].head(400).reset_index(drop=True)
    asked = pd.concat([until, later], ignore_index=True)

    before = build_features(players, asked, teams)
    changed = build_features(
        _perturb(players, cut, 1, "player_id"), asked, _perturb(teams, cut, 2, None)
    )
    n = len(until)
    assert n > 1000
    pd.testing.assert_frame_equal(before.iloc[:n], changed.iloc[:n], check_exact=True)
    if len(later):
        # The perturbation is strong enough to show after the date.
        columns = list(FEATURE_COLUMNS)
        assert not before.iloc[n:][columns].equals(changed.iloc[n:][columns])


def test_a_season_of_features_is_quick_enough(history: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    import time

    players, teams = history
    started = time.perf_counter()
    out = build_features(players, game_targets(players), teams)
    elapsed = time.perf_counter() - started
    assert len(out) == len(players) > 50_000
    assert out["total_games_available"].max() > 150
    assert elapsed < 30, f"two seasons of features took {elapsed:.1f} s"
