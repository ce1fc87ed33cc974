"""Team context: pace, offensive and defensive ratings, rest, against the league's level.

Possessions are estimated from the box score, ``FGA + 0.44 FTA - OREB + TOV``, averaged
over both teams of the game; pace is possessions per 48 minutes; ratings are points per 100
possessions. Team windows are the team's last 10 games (across seasons) and its season to
date; the league reference is the last 600 team games (about four weeks of a season) before
the date, so ratings are compared with the scoring level of their time (league scoring
rose by about 10 points a game between 2015 and 2024).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tipoff.nba.features.asof import state_before

TEAM_WINDOW = 10
LEAGUE_WINDOW = 600
_SUMMED = ("poss", "pts_for", "pts_against", "game_minutes", "complete", "win")


def possessions(frame: pd.DataFrame) -> pd.Series:
    return frame["fga"] + 0.44 * frame["fta"] - frame["oreb"] + frame["tov"]


def team_games(teams: pd.DataFrame) -> pd.DataFrame:
    """Per (team, game): possessions, points for and against, game minutes.

    A game whose opponent row is missing counts for rest days but not for the ratings
    (``complete`` 0, its sums zero).
    """
    t = teams.drop_duplicates(["game_id", "team_id"]).reset_index(drop=True)
    own = possessions(t).astype(float)
    opp = pd.DataFrame(
        {"game_id": t["game_id"], "opponent_team_id": t["team_id"], "opp_poss": own,
         "opp_pts": t["pts"].astype(float)}
    )  # fmt: skip
    merged = t[["game_id", "opponent_team_id"]].merge(
        opp, on=["game_id", "opponent_team_id"], how="left"
    )
    complete = merged["opp_pts"].notna().to_numpy()
    minutes = t["minutes"].astype(float).to_numpy() / 5.0  # player-minutes to game minutes
    minutes = np.where(minutes > 0, minutes, 48.0)
    return pd.DataFrame(
        {
            "team_id": t["team_id"].astype("int64"),
            "game_id": t["game_id"],
            "game_date": t["game_date"],
            "season": t["season"],
            "poss": np.where(complete, (own + merged["opp_poss"].to_numpy()) / 2, 0.0),
            "pts_for": np.where(complete, t["pts"].astype(float), 0.0),
            "pts_against": np.where(complete, merged["opp_pts"].to_numpy(), 0.0),
            "game_minutes": np.where(complete, minutes, 0.0),
            "complete": complete.astype(float),
            "win": (complete & (t["pts"].to_numpy() > merged["opp_pts"].to_numpy())).astype(float),
        }
    )


def team_states(games: pd.DataFrame) -> pd.DataFrame:
    """Per (team, game): sums over the last 10 games and the season, this game included."""
    g = games.sort_values(["team_id", "game_date", "game_id"], kind="stable")
    g = g.reset_index(drop=True)
    tid = g["team_id"]
    out = pd.DataFrame(
        {
            "team_id": tid,
            "game_date": g["game_date"],
            "season": g["season"],
            "team_games": tid.groupby(tid, sort=False).cumcount() + 1,
            "last_date": g["game_date"],
        }
    )
    for column in _SUMMED:
        total = g[column].groupby(tid, sort=False).cumsum()
        earlier = total.groupby(tid, sort=False).shift(TEAM_WINDOW, fill_value=0.0)
        out[f"{column}_l10"] = total - earlier
        out[f"{column}_season"] = g[column].groupby([tid, g["season"]], sort=False).cumsum()
    return out


def league_levels(games: pd.DataFrame, dates: pd.Series) -> pd.DataFrame:
    """League offensive rating and pace over the last 600 complete team games before each date."""
    g = league_games(games)
    day = g["game_date"].to_numpy()
    totals = {c: np.concatenate([[0.0], np.cumsum(g[c].to_numpy())]) for c in _LEAGUE}
    end = np.searchsorted(day, dates.to_numpy(), side="left")  # games strictly before D
    start = np.maximum(end - LEAGUE_WINDOW, 0)
    return league_ratios({c: totals[c][end] - totals[c][start] for c in _LEAGUE}, dates.index)


_LEAGUE = ("pts_for", "poss", "game_minutes")


def league_games(games: pd.DataFrame) -> pd.DataFrame:
    """The complete team games in the order the league's running sums add them."""
    return games[games["complete"] > 0].sort_values(["game_date", "game_id", "team_id"])


def league_ratios(spans: dict[str, np.ndarray], index: pd.Index) -> pd.DataFrame:
    """Rating and pace from the league's sums over a span of games (``_LEAGUE`` columns)."""
    d_pts, d_poss, d_min = spans["pts_for"], spans["poss"], spans["game_minutes"]
    with np.errstate(divide="ignore", invalid="ignore"):
        return pd.DataFrame(
            {
                "league_rating": np.where(d_poss > 0, 100 * d_pts / d_poss, np.nan),
                "league_pace": np.where(d_min > 0, 48 * d_poss / d_min, np.nan),
            },
            index=index,
        )


def _rates(s: pd.DataFrame, window: str) -> dict[str, np.ndarray]:
    poss = s[f"poss_{window}"].to_numpy(dtype=float)
    minutes = s[f"game_minutes_{window}"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ok = poss > 0
        return {
            "off": np.where(ok, 100 * s[f"pts_for_{window}"].to_numpy(dtype=float) / poss, np.nan),
            "def": np.where(
                ok, 100 * s[f"pts_against_{window}"].to_numpy(dtype=float) / poss, np.nan
            ),
            "pace": np.where(minutes > 0, 48 * poss / minutes, np.nan),
        }


def team_features(
    targets: pd.DataFrame, states: pd.DataFrame, league: pd.DataFrame
) -> pd.DataFrame:
    """Own team's and opponent's context for each target (prepared, with ``season``).

    ``states`` is :func:`team_states` (or the latest row of each team's), ``league`` the
    :func:`league_levels` of the targets' dates.
    """
    rating = league["league_rating"].to_numpy()
    pace = league["league_pace"].to_numpy()
    own = state_before(targets, states, by="team_id")
    opp = state_before(targets, states, by="team_id", left_by="opponent_team_id")
    out = pd.DataFrame(index=targets.index)
    own_l10, opp_l10 = _rates(own, "l10"), _rates(opp, "l10")
    opp_season_ok = opp["season"].to_numpy() == targets["season"].to_numpy()
    own_season_ok = own["season"].to_numpy() == targets["season"].to_numpy()
    own_season, opp_season = _rates(own, "season"), _rates(opp, "season")
    out["opp_def_rel_l10"] = opp_l10["def"] / rating
    out["opp_def_rel_season"] = np.where(opp_season_ok, opp_season["def"] / rating, np.nan)
    out["opp_pace_rel_l10"] = opp_l10["pace"] / pace
    out["team_pace_rel_l10"] = own_l10["pace"] / pace
    out["team_off_rel_l10"] = own_l10["off"] / rating
    out["team_net_l10"] = own_l10["off"] - own_l10["def"]
    out["opp_net_l10"] = opp_l10["off"] - opp_l10["def"]
    out["team_net_season"] = np.where(own_season_ok, own_season["off"] - own_season["def"], np.nan)
    out["opp_net_season"] = np.where(opp_season_ok, opp_season["off"] - opp_season["def"], np.nan)
    # How far into its season the team is, and its record: late-season games of teams out
    # of contention give young players minutes.
    own_games = np.where(own_season_ok, own["complete_season"].to_numpy(dtype=float), 0.0)
    opp_games = np.where(opp_season_ok, opp["complete_season"].to_numpy(dtype=float), 0.0)
    out["team_season_games"] = own_games
    with np.errstate(divide="ignore", invalid="ignore"):
        out["team_win_pct_season"] = np.where(
            own_games > 0, own["win_season"].to_numpy(dtype=float) / own_games, np.nan
        )
        out["opp_win_pct_season"] = np.where(
            opp_games > 0, opp["win_season"].to_numpy(dtype=float) / opp_games, np.nan
        )
    team_days = (targets["game_date"] - own["last_date"]).dt.days.to_numpy(dtype=float)
    out["team_days_rest"] = np.clip(team_days - 1, 0, None)
    out["back_to_back"] = np.where(np.isnan(team_days), np.nan, (team_days == 1).astype(float))
    opp_days = (targets["game_date"] - opp["last_date"]).dt.days.to_numpy(dtype=float)
    out["opp_back_to_back"] = np.where(np.isnan(opp_days), np.nan, (opp_days == 1).astype(float))
    out["opp_games_found"] = np.minimum(opp["complete_l10"].fillna(0).to_numpy(), TEAM_WINDOW)
    out["opp_games_expected"] = TEAM_WINDOW
    # Team games played before D: how many team games a player has missed since his last.
    out["__team_games"] = own["team_games"].fillna(0).to_numpy()
    return out
