"""Who was missing from the team's last game: the scoring that has to come from elsewhere.

A player is *missing* from his team's game G when he played for the team in one of its
previous 5 games of the season, did not play in G, and had not played for another team
since (a traded player is gone, not missing). His weight is his season-to-date points and
minutes as of his last game. For a target dated D the features describe the team's last
game before D, which the box scores of D-1 already show, the teammates' absences summed
without the target player himself.

Long absences fade out after 5 team games, by when the teammates' recent averages have
absorbed them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

RECENT_TEAM_GAMES = 5
_KEY = ["team_id", "season", "k"]


def missing_players(players: pd.DataFrame) -> pd.DataFrame:
    """One row per (team game, missing player): team_id, game_date, player_id, pts, minutes.

    ``players`` is the prepared played rows with ``season``; ``pts_season_avg`` and
    ``minutes_season_avg`` are each row's season averages including that game.
    """
    team_games = players[["team_id", "season", "game_id", "game_date"]].drop_duplicates(
        ["team_id", "game_id"]
    )
    team_games = team_games.sort_values(["team_id", "game_date", "game_id"], kind="stable")
    team_games["k"] = team_games.groupby(["team_id", "season"], sort=False).cumcount()
    appearances = players[
        ["team_id", "game_id", "player_id", "game_date", "pts_season_avg", "minutes_season_avg"]
    ].merge(team_games[["team_id", "game_id", "season", "k"]], on=["team_id", "game_id"])
    appearances = appearances.sort_values(["player_id", "game_date"], kind="stable")
    appearances["next_date"] = appearances.groupby("player_id", sort=False)["game_date"].shift(-1)

    expanded = []
    for offset in range(1, RECENT_TEAM_GAMES + 1):
        shifted = appearances[
            [*_KEY, "player_id", "pts_season_avg", "minutes_season_avg", "next_date"]
        ]
        expanded.append(shifted.assign(k=shifted["k"] + offset, offset=offset))
    candidates = pd.concat(expanded, ignore_index=True).sort_values("offset", kind="stable")
    # The most recent appearance (smallest offset) carries the player's current averages.
    candidates = candidates.drop_duplicates([*_KEY, "player_id"], keep="first")
    candidates = candidates.merge(team_games[[*_KEY, "game_date"]], on=_KEY, how="inner")
    present = appearances[[*_KEY, "player_id"]].assign(present=True)
    candidates = candidates.merge(present, on=[*_KEY, "player_id"], how="left")
    absent = candidates["present"].isna().to_numpy()
    still_here = ~(candidates["next_date"] <= candidates["game_date"]).to_numpy()
    missing = candidates[absent & still_here]
    return missing[["team_id", "game_date", "player_id", "pts_season_avg", "minutes_season_avg"]]


def absence_features(
    targets: pd.DataFrame, missing: pd.DataFrame, team_last_date: pd.Series
) -> pd.DataFrame:
    """Teammates missing from each target's team's last game before D (``team_last_date``)."""
    # One row per (team, date, player), even for a team with two games on a date.
    missing = missing.drop_duplicates(["team_id", "game_date", "player_id"])
    totals = missing.groupby(["team_id", "game_date"], as_index=False).agg(
        out_pts=("pts_season_avg", "sum"),
        out_minutes=("minutes_season_avg", "sum"),
        out_count=("player_id", "size"),
    )
    keys = pd.DataFrame(
        {
            "team_id": targets["team_id"].astype("int64").to_numpy(),
            "game_date": team_last_date.to_numpy(),
            "player_id": targets["player_id"].astype("int64").to_numpy(),
        }
    )
    team = keys.merge(totals, on=["team_id", "game_date"], how="left")
    own = keys.merge(
        missing.rename(columns={"pts_season_avg": "own_pts", "minutes_season_avg": "own_min"}),
        on=["team_id", "game_date", "player_id"],
        how="left",
    )
    known = keys["game_date"].notna().to_numpy()
    out = pd.DataFrame(index=targets.index)
    own_pts = own["own_pts"].fillna(0).to_numpy()
    own_min = own["own_min"].fillna(0).to_numpy()
    own_count = own["own_pts"].notna().to_numpy().astype(float)
    out["teammates_out_pts"] = np.where(
        known, team["out_pts"].fillna(0).to_numpy() - own_pts, np.nan
    )
    out["teammates_out_minutes"] = np.where(
        known, team["out_minutes"].fillna(0).to_numpy() - own_min, np.nan
    )
    out["teammates_out_count"] = np.where(
        known, team["out_count"].fillna(0).to_numpy() - own_count, np.nan
    )
    return out
