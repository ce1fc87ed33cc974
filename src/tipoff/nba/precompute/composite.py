"""Per-player summaries of a date built on the features: composite factors and the cache.

Composite factors say how the night should move a player's usual scoring: the pace of
both teams against the league's (``pace_adjustment``), the opponent's points allowed per
100 possessions against the league's (``defense_adjustment``), and his shot mix against
what the opponent allows of each kind of shot (``shot_zone_adjustment``). Each is a ratio
around 1.0; ``composite_adjustment`` is their product, a missing factor counting as 1.0.

The daily cache is what the exports and the predictions look up about a player without
recomputing: averages, the last game, and his last ten points and minutes, newest first.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tipoff.nba.precompute.history import History
from tipoff.nba.precompute.zones import WINDOW

FROM_FEATURES = (
    "usage_share_l10", "usage_share_season", "minutes_l5", "minutes_l10", "minutes_trend",
)  # fmt: skip


def composite_factors(
    history: History, player_zones: pd.DataFrame, team_zones: pd.DataFrame
) -> pd.DataFrame:
    """One row per target: the ``player_composite_factors`` columns."""
    tg = history.targets
    if tg.empty:
        return pd.DataFrame()
    f = history.features
    out = tg[["game_date", "player_id", "team_id", "opponent_team_id"]].copy()
    for column in FROM_FEATURES:
        out[column] = f[column].to_numpy(dtype=float)
    paces = np.vstack(
        [f["team_pace_rel_l10"].to_numpy(float), f["opp_pace_rel_l10"].to_numpy(float)]
    )
    with np.errstate(invalid="ignore"):
        both = np.isnan(paces).all(axis=0)
        out["pace_adjustment"] = np.where(
            both, np.nan, np.nanmean(np.where(both, 0.0, paces), axis=0)
        )
    out["defense_adjustment"] = f["opp_def_rel_l10"].to_numpy(dtype=float)
    mix = out[["player_id", "opponent_team_id"]].merge(
        player_zones[["player_id", "pts2_share", "pts3_share", "ft_share"]],
        on="player_id", how="left",
    ).merge(
        team_zones[["team_id", "fg2_pct_vs_league", "fg3_pct_vs_league", "fta_rate_vs_league"]],
        left_on="opponent_team_id", right_on="team_id", how="left",
    )  # fmt: skip
    out["shot_zone_adjustment"] = (
        mix["pts2_share"] * mix["fg2_pct_vs_league"]
        + mix["pts3_share"] * mix["fg3_pct_vs_league"]
        + mix["ft_share"] * mix["fta_rate_vs_league"]
    ).to_numpy(dtype=float)
    factors = out[["pace_adjustment", "defense_adjustment", "shot_zone_adjustment"]]
    out["composite_adjustment"] = factors.fillna(1.0).prod(axis=1).to_numpy(dtype=float)
    return out


def _recent(played: pd.DataFrame, column: str) -> pd.Series:
    """player → his last ``WINDOW`` values of ``column``, newest first."""
    if played.empty:
        return pd.Series(dtype=object)
    last = played.groupby("player_id", sort=False).tail(WINDOW)
    values = last[column].astype(float)
    return values.groupby(last["player_id"], sort=False).agg(lambda s: s.tolist()[::-1])


def daily_cache(history: History) -> pd.DataFrame:
    """One row per target: the ``player_daily_cache`` columns (``cache_date`` the date)."""
    tg = history.targets
    if tg.empty:
        return pd.DataFrame()
    f = history.features
    out = pd.DataFrame(
        {
            "cache_date": tg["game_date"].to_numpy(),
            "player_id": tg["player_id"].to_numpy(),
            "team_id": tg["team_id"].to_numpy(),
            "player_name": tg["player_name"].to_numpy(),
            "total_games": f["total_games_available"].to_numpy(dtype=int),
            "season_games": f["season_games"].to_numpy(dtype=int),
            "pts_last": f["pts_last"].to_numpy(dtype=float),
            "pts_avg_l5": f["pts_l5"].to_numpy(dtype=float),
            "pts_avg_l10": f["pts_l10"].to_numpy(dtype=float),
            "pts_avg_season": f["pts_season"].to_numpy(dtype=float),
            "pts_std_l10": f["pts_std_l10"].to_numpy(dtype=float),
            "minutes_avg_l10": f["minutes_l10"].to_numpy(dtype=float),
        }
    )
    played = history.played
    last_date = played.groupby("player_id")["game_date"].max() if not played.empty else None
    out["last_game_date"] = out["player_id"].map(last_date) if last_date is not None else None
    points, minutes = _recent(played, "pts"), _recent(played, "minutes")
    out["recent_points"] = [points.get(p, []) for p in out["player_id"]]
    out["recent_minutes"] = [minutes.get(p, []) for p in out["player_id"]]
    return out
