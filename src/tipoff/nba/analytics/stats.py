"""Per-game summaries from box scores: pure functions of frames, one row per player or team.

The formulas (Dean Oliver's box-score estimates, as NBA.com and Basketball-Reference use):

- possessions of a team: ``FGA + 0.44 FTA - OREB + TOV``; a game's possessions are the
  mean of both teams' estimates, so both teams of a game share pace and possessions;
- pace: possessions per 48 minutes, game minutes being the team's player-minutes / 5
  (overtime counts);
- offensive / defensive rating: points scored / allowed per 100 game possessions;
- true shooting: ``PTS / (2 (FGA + 0.44 FTA))``; effective FG: ``(FGM + 0.5 FG3M) / FGA``;
- usage rate: ``100 (FGA + 0.44 FTA + TOV) (team minutes / 5) / (minutes x team's same)``.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

FT_WEIGHT = 0.44
POSITION_GROUPS = {"G": "guards", "F": "forwards", "C": "centers"}


def ratio(
    num: pd.Series | np.ndarray, den: pd.Series | np.ndarray, scale: float = 1.0
) -> np.ndarray:
    """``scale * num / den``, NaN where ``den`` is not positive."""
    n = np.asarray(num, dtype=float)
    d = np.asarray(den, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(d > 0, scale * n / np.where(d > 0, d, 1.0), np.nan)


def possessions(frame: pd.DataFrame) -> pd.Series:
    """FGA + 0.44 FTA - OREB + TOV."""
    return (frame["fga"] + FT_WEIGHT * frame["fta"] - frame["oreb"] + frame["tov"]).astype(float)


def position_group(position: str | None) -> str:
    """guards, forwards, centers (by the first letter: "G-F" is a guard) or unknown."""
    if not position:
        return "unknown"
    return POSITION_GROUPS.get(position.strip()[:1].upper(), "unknown")


def team_games(teams: pd.DataFrame) -> pd.DataFrame:
    """Team box rows joined to their opponent's row: one row per (game, team).

    Adds ``possessions``, ``opp_*`` for every stat, ``game_possessions``, ``pace``,
    ``off_rating`` and ``def_rating``. Rows whose opponent row is missing are dropped
    (the box score processor never loads half a game).
    """
    t = teams.drop_duplicates(["game_id", "team_id"]).reset_index(drop=True).copy()
    t["possessions"] = possessions(t)
    stats = [c for c in t.columns if c not in ("game_id", "game_date", "opponent_team_id",
                                                "is_home", "team_id")]  # fmt: skip
    opp = t[["game_id", "team_id", *stats]].rename(
        columns={"team_id": "opponent_team_id", **{c: f"opp_{c}" for c in stats}}
    )
    g = t.merge(opp, on=["game_id", "opponent_team_id"], how="inner")
    g["game_possessions"] = (g["possessions"] + g["opp_possessions"]) / 2
    game_minutes = g["minutes"].astype(float) / 5.0
    g["pace"] = ratio(48.0 * g["game_possessions"], game_minutes)
    g["off_rating"] = ratio(g["pts"], g["game_possessions"], 100.0)
    g["def_rating"] = ratio(g["opp_pts"], g["game_possessions"], 100.0)
    return g


def shooting(frame: pd.DataFrame, prefix: str = "") -> dict[str, np.ndarray]:
    """Two-point makes and attempts, effective FG% and true shooting of ``prefix`` stats."""
    fgm, fga = frame[f"{prefix}fgm"], frame[f"{prefix}fga"]
    fg3m, fg3a = frame[f"{prefix}fg3m"], frame[f"{prefix}fg3a"]
    fta, pts = frame[f"{prefix}fta"], frame[f"{prefix}pts"]
    return {
        "fg2m": (fgm - fg3m).to_numpy(),
        "fg2a": (fga - fg3a).to_numpy(),
        "efg_pct": ratio(fgm + 0.5 * fg3m, fga),
        "ts_pct": ratio(pts, 2.0 * (fga + FT_WEIGHT * fta)),
    }


def team_offense(teams: pd.DataFrame) -> pd.DataFrame:
    """The ``team_offense_game_summary`` rows of the games in ``teams``."""
    g = team_games(teams)
    shots = shooting(g)
    return pd.DataFrame(
        {
            "game_id": g["game_id"],
            "team_id": g["team_id"],
            "game_date": g["game_date"],
            "opponent_team_id": g["opponent_team_id"],
            "is_home": g["is_home"].astype(bool),
            "pts": g["pts"],
            "opp_pts": g["opp_pts"],
            "win": g["pts"] > g["opp_pts"],
            "fgm": g["fgm"],
            "fga": g["fga"],
            "fg2m": shots["fg2m"],
            "fg2a": shots["fg2a"],
            "fg3m": g["fg3m"],
            "fg3a": g["fg3a"],
            "ftm": g["ftm"],
            "fta": g["fta"],
            "oreb": g["oreb"],
            "ast": g["ast"],
            "tov": g["tov"],
            "minutes": g["minutes"].astype(float),
            "possessions": g["possessions"],
            "game_possessions": g["game_possessions"],
            "pace": g["pace"],
            "off_rating": g["off_rating"],
            "def_rating": g["def_rating"],
            "efg_pct": shots["efg_pct"],
            "ts_pct": shots["ts_pct"],
            "tov_pct": ratio(g["tov"], g["possessions"], 100.0),
        }
    )


def team_defense(
    teams: pd.DataFrame, players: pd.DataFrame, positions: Mapping[int, str]
) -> pd.DataFrame:
    """The ``team_defense_game_summary`` rows: each team against the opponent's offence.

    ``players`` are the games' player box rows; ``positions`` player → roster position.
    """
    g = team_games(teams)
    opp_shots = shooting(g, prefix="opp_")
    by_group = _points_by_position(players, positions)
    out = pd.DataFrame(
        {
            "game_id": g["game_id"],
            "team_id": g["team_id"],
            "game_date": g["game_date"],
            "opponent_team_id": g["opponent_team_id"],
            "is_home": g["is_home"].astype(bool),
            "pts_allowed": g["opp_pts"],
            "opp_fgm": g["opp_fgm"],
            "opp_fga": g["opp_fga"],
            "opp_fg2m": opp_shots["fg2m"],
            "opp_fg2a": opp_shots["fg2a"],
            "opp_fg3m": g["opp_fg3m"],
            "opp_fg3a": g["opp_fg3a"],
            "opp_ftm": g["opp_ftm"],
            "opp_fta": g["opp_fta"],
            "opp_oreb": g["opp_oreb"],
            "opp_tov": g["opp_tov"],
            "dreb": g["dreb"],
            "stl": g["stl"],
            "blk": g["blk"],
            "opp_possessions": g["opp_possessions"],
            "game_possessions": g["game_possessions"],
            "pace": g["pace"],
            "def_rating": g["def_rating"],
            "opp_efg_pct": opp_shots["efg_pct"],
        }
    )
    # The opponent's players' points, keyed by (game, the team they scored against).
    out = out.merge(
        by_group, left_on=["game_id", "opponent_team_id"], right_on=["game_id", "team_id"],
        how="left", suffixes=("", "_scoring"),
    ).drop(columns="team_id_scoring")  # fmt: skip
    for group in (*POSITION_GROUPS.values(), "unknown"):
        out[f"pts_allowed_{group}"] = out[f"pts_allowed_{group}"].fillna(0).astype(int)
    return out


def _points_by_position(players: pd.DataFrame, positions: Mapping[int, str]) -> pd.DataFrame:
    groups = [*POSITION_GROUPS.values(), "unknown"]
    columns = ["game_id", "team_id", *(f"pts_allowed_{g}" for g in groups)]
    if players.empty:
        return pd.DataFrame(columns=columns)
    p = players[["game_id", "team_id", "player_id", "pts"]].copy()
    p["group"] = [position_group(positions.get(int(pid))) for pid in p["player_id"]]
    pivot = p.pivot_table(
        index=["game_id", "team_id"], columns="group", values="pts", aggfunc="sum", fill_value=0
    )
    pivot = pivot.reindex(columns=groups, fill_value=0)
    pivot.columns = [f"pts_allowed_{g}" for g in pivot.columns]
    return pivot.reset_index()[columns]


def player_games(
    players: pd.DataFrame, teams: pd.DataFrame, positions: Mapping[int, str]
) -> pd.DataFrame:
    """The ``player_game_summary`` rows of the player box rows in ``players``."""
    p = players.reset_index(drop=True)
    shots = shooting(p)
    team = teams[["game_id", "team_id", "minutes", "fga", "fta", "tov"]].rename(
        columns={"minutes": "t_min", "fga": "t_fga", "fta": "t_fta", "tov": "t_tov"}
    )
    merged = p[["game_id", "team_id"]].merge(team, on=["game_id", "team_id"], how="left")
    used = p["fga"] + FT_WEIGHT * p["fta"] + p["tov"]
    team_used = merged["t_fga"] + FT_WEIGHT * merged["t_fta"] + merged["t_tov"]
    usage = ratio(
        100.0 * used.to_numpy() * (merged["t_min"].to_numpy() / 5.0),
        p["minutes"].to_numpy(dtype=float) * team_used.to_numpy(),
    )
    return pd.DataFrame(
        {
            "game_id": p["game_id"],
            "player_id": p["player_id"],
            "game_date": p["game_date"],
            "team_id": p["team_id"],
            "opponent_team_id": p["opponent_team_id"],
            "is_home": p["is_home"].astype(bool),
            "player_name": p["player_name"],
            "position": [positions.get(int(pid)) for pid in p["player_id"]],
            "starter": p["starter"].astype(bool),
            "played": p["played"].astype(bool),
            "dnp_reason": p["dnp_reason"],
            "minutes": p["minutes"].astype(float),
            "pts": p["pts"],
            "fgm": p["fgm"],
            "fga": p["fga"],
            "fg2m": shots["fg2m"],
            "fg2a": shots["fg2a"],
            "fg3m": p["fg3m"],
            "fg3a": p["fg3a"],
            "ftm": p["ftm"],
            "fta": p["fta"],
            "oreb": p["oreb"],
            "dreb": p["dreb"],
            "reb": p["reb"],
            "ast": p["ast"],
            "stl": p["stl"],
            "blk": p["blk"],
            "tov": p["tov"],
            "pf": p["pf"],
            "plus_minus": p["plus_minus"],
            "ts_pct": shots["ts_pct"],
            "efg_pct": shots["efg_pct"],
            "usage_rate": usage,
        }
    )
