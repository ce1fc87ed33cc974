"""A player's form: rolling windows, season-to-date, exponentially weighted averages.

Everything is computed once per player game as sums *including* that game (cumulative sums
differenced ``w`` games apart, per player, on rows sorted by date), then read for a target
date through :func:`tipoff.nba.features.asof.state_before`. Only games the player played
count: a DNP row is neither a game of the window nor a zero.

Windows run across seasons (a player's last 10 games in October include April's);
season-to-date averages restart with each season; the exponentially weighted averages run
over the player's whole history with a half-life counted in games: 7 games, which predicted
points best on the seasons 2015-16 to 2021-22 among half-lives of 5 to 20 games, and a fast
one of 3 games.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tipoff.nba.features.asof import state_before

WINDOWS = (5, 10)
WINDOW = 10  # the window of games_found / games_expected and of the quality score
EWMA_HALF_LIFE = 7.0  # games: a game 7 games ago weighs half as much as the last one
EWMA_FAST_HALF_LIFE = 3.0
# The statistics averaged over the windows ("use" is the player's FGA + 0.44 FTA + TOV,
# "team_use" the same for his team in that game: their ratio is his usage share).
ROLLING = ("pts", "minutes", "fga", "fta", "fg3a", "use", "team_use", "starter", "pts_sq")
SEASONAL = ("pts", "minutes", "fga", "fta", "fg3a", "use", "team_use")
EWMA = ("pts", "minutes", "fga")


def _window_sums(values: pd.Series, groups: pd.Series, window: int) -> pd.Series:
    """Sum of the last ``window`` values of each group, this row included."""
    total = values.groupby(groups, sort=False).cumsum()
    earlier = total.groupby(groups, sort=False).shift(window, fill_value=0.0)
    return total - earlier


def player_states(players: pd.DataFrame) -> pd.DataFrame:
    """One row per played game: the player's sums after it. ``players`` is prepared.

    ``players`` needs ``use`` and ``team_use`` beside the history columns (see
    :func:`tipoff.nba.features.build.build_features`).
    """
    p = players.sort_values(["player_id", "game_date", "game_id"], kind="stable")
    p = p.reset_index(drop=True)
    pid = p["player_id"]
    stats = pd.DataFrame(
        {
            "pts": p["pts"].astype(float),
            "minutes": p["minutes"].astype(float),
            "fga": p["fga"].astype(float),
            "fta": p["fta"].astype(float),
            "fg3a": p["fg3a"].astype(float),
            "use": p["use"].astype(float),
            "team_use": p["team_use"].astype(float),
            "starter": p["starter"].astype(float),
            "pts_sq": p["pts"].astype(float) ** 2,
        }
    )
    out = pd.DataFrame(
        {
            "player_id": pid,
            "game_date": p["game_date"],
            "season": p["season"],
            "games": pid.groupby(pid, sort=False).cumcount() + 1,
            "last_date": p["game_date"],
            "last_team": p["team_id"],
            "last_pts": stats["pts"],
            "last_minutes": stats["minutes"],
            "last_starter": stats["starter"],
        }
    )
    for window in WINDOWS:
        for stat in ROLLING:
            out[f"{stat}_sum{window}"] = _window_sums(stats[stat], pid, window)
    season_key = [pid, p["season"]]
    out["season_games"] = pid.groupby(season_key, sort=False).cumcount() + 1
    for stat in SEASONAL:
        out[f"{stat}_season_sum"] = stats[stat].groupby(season_key, sort=False).cumsum()
    out["pts_career_sum"] = stats["pts"].groupby(pid, sort=False).cumsum()
    for stat in EWMA:
        for name, half_life in (("ewma", EWMA_HALF_LIFE), ("ewma_fast", EWMA_FAST_HALF_LIFE)):
            if name == "ewma_fast" and stat != "pts":
                continue
            ewm = stats[stat].groupby(pid, sort=False).ewm(halflife=half_life).mean()
            out[f"{stat}_{name}"] = ewm.reset_index(level=0, drop=True).sort_index()
    return out


def _ratio(num: pd.Series | np.ndarray, den: pd.Series | np.ndarray) -> np.ndarray:
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def player_features(targets: pd.DataFrame, states: pd.DataFrame) -> pd.DataFrame:
    """The player-form features of each target (prepared, with ``season``)."""
    s = state_before(targets, states, by="player_id")
    games = s["games"].fillna(0).to_numpy()
    out = pd.DataFrame(index=targets.index)
    out["total_games_available"] = games.astype(int)
    out["games_found"] = np.minimum(games, WINDOW).astype(int)
    out["games_expected"] = WINDOW
    for window in WINDOWS:
        found = np.minimum(games, window)
        for stat in ("pts", "minutes", "fga", "fta", "fg3a"):
            out[f"{stat}_l{window}"] = _ratio(s[f"{stat}_sum{window}"], found)
        out[f"usage_share_l{window}"] = _ratio(s[f"use_sum{window}"], s[f"team_use_sum{window}"])
    out["starter_share_l10"] = _ratio(s["starter_sum10"], np.minimum(games, 10))
    mean10 = out["pts_l10"].to_numpy()
    found10 = np.minimum(games, 10)
    var10 = _ratio(s["pts_sq_sum10"], found10) - mean10**2
    bessel = _ratio(found10, found10 - 1)
    out["pts_std_l10"] = np.sqrt(np.clip(var10, 0.0, None) * bessel)
    out["pts_per_minute_l10"] = _ratio(s["pts_sum10"], s["minutes_sum10"])

    same_season = (s["season"].to_numpy() == targets["season"].to_numpy()) & (games > 0)
    season_games = np.where(same_season, s["season_games"].fillna(0).to_numpy(), 0)
    out["season_games"] = season_games.astype(int)
    for stat in ("pts", "minutes", "fga", "fta", "fg3a"):
        out[f"{stat}_season"] = np.where(
            same_season, _ratio(s[f"{stat}_season_sum"], season_games), np.nan
        )
    out["usage_share_season"] = np.where(
        same_season, _ratio(s["use_season_sum"], s["team_use_season_sum"]), np.nan
    )
    out["pts_per_minute_season"] = np.where(
        same_season, _ratio(s["pts_season_sum"], s["minutes_season_sum"]), np.nan
    )
    out["pts_career"] = _ratio(s["pts_career_sum"], games)
    for column in ("pts_ewma", "pts_ewma_fast", "minutes_ewma", "fga_ewma"):
        out[column] = s[column].to_numpy()
    out["pts_last"] = s["last_pts"].to_numpy()
    out["minutes_last"] = s["last_minutes"].to_numpy()
    out["starter_last"] = s["last_starter"].to_numpy()
    out["minutes_trend"] = out["minutes_l5"] - out["minutes_l10"]
    days = (targets["game_date"] - s["last_date"]).dt.days
    out["days_since_last_game"] = days.to_numpy(dtype=float)
    out["changed_team"] = np.where(
        games > 0,
        (s["last_team"].to_numpy() != targets["team_id"].to_numpy()).astype(float),
        np.nan,
    )
    out["__last_date"] = s["last_date"].to_numpy()
    return out
