"""Shooting splits before a date: how a team defends each kind of shot, how a player scores.

The sources give three kinds of shot, not court zones: twos (FGM - FG3M of FGA - FG3A),
threes and free throws. A team's window is its last 10 games before the date, a player's
his last 10 played games; the league's level is every team game of the season before the
date, so "vs league" ratios are 1.0 for an average defence.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from tipoff.nba.analytics import stats
from tipoff.nba.precompute.history import History
from tipoff.nba.season import season_start

WINDOW = 10

TEAM_ZONE_COLUMNS = (
    "team_id", "games", "opp_fg2a_pg", "opp_fg2_pct", "opp_fg3a_pg", "opp_fg3_pct",
    "opp_fta_pg", "opp_ft_pct", "pts_allowed_pg", "pts2_allowed_pg", "pts3_allowed_pg",
    "ftpts_allowed_pg", "def_rating", "fg2_pct_vs_league", "fg3_pct_vs_league",
    "fta_rate_vs_league", "def_rating_vs_league",
)  # fmt: skip
PLAYER_ZONE_COLUMNS = (
    "player_id", "games", "fg2m_pg", "fg2a_pg", "fg2_pct", "fg3m_pg", "fg3a_pg", "fg3_pct",
    "ftm_pg", "fta_pg", "ft_pct", "pts2_share", "pts3_share", "ft_share", "fg3a_rate",
    "fta_rate",
)  # fmt: skip


def _last(frame: pd.DataFrame, by: str, n: int) -> pd.DataFrame:
    f = frame.sort_values([by, "game_date", "game_id"], kind="stable")
    return f.groupby(by, sort=False).tail(n)


def _team_sums(history: History) -> tuple[pd.DataFrame, pd.Series]:
    """Every team's opponents' sums over its last 10 games, and the league's of the season."""
    g = stats.team_games(history.teams)
    g["game_date"] = pd.to_datetime(g["game_date"])
    g["opp_fg2m"] = g["opp_fgm"] - g["opp_fg3m"]
    g["opp_fg2a"] = g["opp_fga"] - g["opp_fg3a"]
    summed = ["opp_fg2m", "opp_fg2a", "opp_fg3m", "opp_fg3a", "opp_ftm", "opp_fta", "opp_fga",
              "opp_pts", "game_possessions"]  # fmt: skip
    last = _last(g, "team_id", WINDOW)
    w = last.groupby("team_id")[summed].sum()
    w["games"] = last.groupby("team_id").size()
    season = g[g["game_date"] >= pd.Timestamp(season_start(history.day))]
    return w, season[summed].sum()


def team_defense_zones(history: History, team_ids: Iterable[int]) -> pd.DataFrame:
    """One row per team of ``team_ids``: its opponents' shooting over its last 10 games."""
    ids = pd.Index(sorted({int(x) for x in team_ids}), name="team_id")
    if history.teams.empty:
        empty = pd.DataFrame({"team_id": ids, "games": 0})
        return empty.reindex(columns=TEAM_ZONE_COLUMNS)
    every, league = history.memo.get("team_zone_sums", lambda: _team_sums(history))
    w = every.reindex(ids)
    games = w["games"].fillna(0)
    league_fg2 = stats.ratio(league["opp_fg2m"], league["opp_fg2a"])
    league_fg3 = stats.ratio(league["opp_fg3m"], league["opp_fg3a"])
    league_fta_rate = stats.ratio(league["opp_fta"], league["opp_fga"])
    league_rating = stats.ratio(league["opp_pts"], league["game_possessions"], 100.0)
    out = pd.DataFrame({"team_id": ids, "games": games.astype(int).to_numpy()})
    per_game = {
        "opp_fg2a_pg": w["opp_fg2a"], "opp_fg3a_pg": w["opp_fg3a"], "opp_fta_pg": w["opp_fta"],
        "pts_allowed_pg": w["opp_pts"], "pts2_allowed_pg": 2 * w["opp_fg2m"],
        "pts3_allowed_pg": 3 * w["opp_fg3m"], "ftpts_allowed_pg": w["opp_ftm"],
    }  # fmt: skip
    for name, total in per_game.items():
        out[name] = stats.ratio(total, games)
    out["opp_fg2_pct"] = stats.ratio(w["opp_fg2m"], w["opp_fg2a"])
    out["opp_fg3_pct"] = stats.ratio(w["opp_fg3m"], w["opp_fg3a"])
    out["opp_ft_pct"] = stats.ratio(w["opp_ftm"], w["opp_fta"])
    out["def_rating"] = stats.ratio(w["opp_pts"], w["game_possessions"], 100.0)
    out["fg2_pct_vs_league"] = stats.ratio(out["opp_fg2_pct"], np.full(len(out), league_fg2))
    out["fg3_pct_vs_league"] = stats.ratio(out["opp_fg3_pct"], np.full(len(out), league_fg3))
    fta_rate = stats.ratio(w["opp_fta"], w["opp_fga"])
    out["fta_rate_vs_league"] = stats.ratio(fta_rate, np.full(len(out), league_fta_rate))
    out["def_rating_vs_league"] = stats.ratio(out["def_rating"], np.full(len(out), league_rating))
    return out[list(TEAM_ZONE_COLUMNS)]


_PLAYER_SUMMED = ["fg2m", "fg2a", "fg3m", "fg3a", "ftm", "fta", "fga"]


def _player_sums(history: History) -> pd.DataFrame:
    """Every player's sums over his last 10 played games."""
    last = history.played.groupby("player_id", sort=False).tail(WINDOW).copy()
    last["fg2m"] = last["fgm"] - last["fg3m"]
    last["fg2a"] = last["fga"] - last["fg3a"]
    w = last.groupby("player_id")[_PLAYER_SUMMED].sum().astype(float)
    w["games"] = last.groupby("player_id").size()
    return w


def player_shot_zones(history: History, player_ids: Iterable[int]) -> pd.DataFrame:
    """One row per player of ``player_ids``: his shooting over his last 10 played games."""
    ids = pd.Index(sorted({int(x) for x in player_ids}), name="player_id")
    if history.played.empty:
        w = pd.DataFrame(index=ids, columns=[*_PLAYER_SUMMED, "games"], dtype=float)
    else:
        w = history.memo.get("player_zone_sums", lambda: _player_sums(history)).reindex(ids)
    games = w["games"].fillna(0)
    out = pd.DataFrame({"player_id": ids, "games": games.astype(int).to_numpy()})
    for stat in ("fg2m", "fg2a", "fg3m", "fg3a", "ftm", "fta"):
        out[f"{stat}_pg"] = stats.ratio(w[stat], games)
    out["fg2_pct"] = stats.ratio(w["fg2m"], w["fg2a"])
    out["fg3_pct"] = stats.ratio(w["fg3m"], w["fg3a"])
    out["ft_pct"] = stats.ratio(w["ftm"], w["fta"])
    pts2, pts3, ft = 2 * w["fg2m"], 3 * w["fg3m"], w["ftm"]
    total = pts2 + pts3 + ft
    out["pts2_share"] = stats.ratio(pts2, total)
    out["pts3_share"] = stats.ratio(pts3, total)
    out["ft_share"] = stats.ratio(ft, total)
    out["fg3a_rate"] = stats.ratio(w["fg3a"], w["fga"])
    out["fta_rate"] = stats.ratio(w["fta"], w["fga"])
    return out[list(PLAYER_ZONE_COLUMNS)]
