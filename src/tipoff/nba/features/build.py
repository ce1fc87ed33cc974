"""One feature row per (player, date) from a box-score history: the model's inputs.

:func:`build_features` is pure (frames in, a frame out, no database) and computes every
target at once: per-player and per-team sums after each game on date-sorted rows, joined
to each target through the last game strictly before its date. A game dated D therefore
never reaches the features of D or of any earlier date, whatever else is in the history.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from tipoff.nba.features.absences import absence_features, missing_players
from tipoff.nba.features.asof import state_before
from tipoff.nba.features.columns import (
    PLAYER_HISTORY_COLUMNS,
    TARGET_COLUMNS,
    TEAM_HISTORY_COLUMNS,
    as_bool,
    require_columns,
    with_season,
)
from tipoff.nba.features.logs import team_history_from_players
from tipoff.nba.features.player import WINDOW, player_features, player_states
from tipoff.nba.features.team import (
    TEAM_WINDOW,
    league_levels,
    team_features,
    team_games,
    team_states,
)

# The model's inputs, in order.
FEATURE_COLUMNS: tuple[str, ...] = (
    # player form
    "pts_l5", "pts_l10", "pts_season", "pts_ewma", "pts_ewma_fast", "pts_career", "pts_last",
    "pts_std_l10", "pts_per_minute_l10", "pts_per_minute_season",
    "minutes_l5", "minutes_l10", "minutes_season", "minutes_ewma", "minutes_last",
    "minutes_trend",
    "fga_l5", "fga_l10", "fga_season", "fga_ewma", "fta_l5", "fta_l10", "fta_season",
    "fg3a_l5", "fg3a_l10", "fg3a_season",
    "usage_share_l5", "usage_share_l10", "usage_share_season",
    "starter_share_l10", "starter_last",
    "total_games_available", "season_games",
    # schedule
    "is_home", "days_since_last_game", "team_days_rest", "back_to_back", "opp_back_to_back",
    "changed_team", "missed_last_team_game", "team_games_missed",
    # team and opponent
    "opp_def_rel_l10", "opp_def_rel_season", "opp_pace_rel_l10", "team_pace_rel_l10",
    "team_off_rel_l10", "team_net_l10", "opp_net_l10", "team_net_season", "opp_net_season",
    "team_season_games", "team_win_pct_season", "opp_win_pct_season",
    # teammates missing from the team's last game
    "teammates_out_pts", "teammates_out_minutes", "teammates_out_count",
)  # fmt: skip

KEY_COLUMNS: tuple[str, ...] = (*TARGET_COLUMNS, "season")
QUALITY_COLUMNS: tuple[str, ...] = (
    "games_found", "games_expected", "opp_games_found", "opp_games_expected",
    "feature_quality_score",
)  # fmt: skip
OUTPUT_COLUMNS: tuple[str, ...] = tuple(
    dict.fromkeys((*KEY_COLUMNS, *FEATURE_COLUMNS, *QUALITY_COLUMNS))
)
# Weights of the quality score: the player's window, then the opponent's.
QUALITY_PLAYER_WEIGHT = 70.0
QUALITY_OPPONENT_WEIGHT = 30.0
MAX_TEAM_GAMES_MISSED = 20


def _usage(frame: pd.DataFrame) -> pd.Series:
    """Possessions a player (or team) used: FGA + 0.44 FTA + TOV."""
    return (frame["fga"] + 0.44 * frame["fta"] + frame["tov"]).astype(float)


def with_usage(players: pd.DataFrame, teams: pd.DataFrame) -> pd.DataFrame:
    """Played rows with the player's ``use`` and his team's ``team_use``, sorted by player
    then date."""
    p = players[as_bool(players["played"])].reset_index(drop=True)
    p["use"] = _usage(p)
    team_use = pd.DataFrame(
        {"game_id": teams["game_id"], "team_id": teams["team_id"], "team_use": _usage(teams)}
    ).drop_duplicates(["game_id", "team_id"])
    summed = p.groupby(["game_id", "team_id"], as_index=False).agg(summed_use=("use", "sum"))
    p = p.merge(team_use, on=["game_id", "team_id"], how="left")
    p = p.merge(summed, on=["game_id", "team_id"], how="left")
    # Without a team row, the team's usage is the sum of its players' (complete box score).
    p["team_use"] = p["team_use"].fillna(p["summed_use"])
    p = p.drop(columns="summed_use")
    return p.sort_values(["player_id", "game_date", "game_id"], kind="stable").reset_index(
        drop=True
    )


def prepare_players(players: pd.DataFrame, teams: pd.DataFrame) -> pd.DataFrame:
    """Played rows with ``season``, the player's ``use`` and his team's ``team_use``."""
    p = with_usage(players, teams)
    season_key = [p["player_id"], p["season"]]
    count = p.groupby(season_key, sort=False).cumcount() + 1
    p["pts_season_avg"] = p["pts"].astype(float).groupby(season_key, sort=False).cumsum() / count
    p["minutes_season_avg"] = (
        p["minutes"].astype(float).groupby(season_key, sort=False).cumsum() / count
    )
    return p


def feature_targets(targets: pd.DataFrame) -> pd.DataFrame:
    """The targets with ``season`` and integer ids, as the feature functions take them."""
    require_columns(targets, TARGET_COLUMNS, "feature targets")
    tg = with_season(targets[[*TARGET_COLUMNS, *(["season"] if "season" in targets else [])]])
    return tg.astype({"player_id": "int64", "team_id": "int64", "opponent_team_id": "int64"})


def build_features(
    players: pd.DataFrame, targets: pd.DataFrame, teams: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Feature rows for ``targets`` from the box scores in ``players`` (and ``teams``).

    ``players`` has :data:`PLAYER_HISTORY_COLUMNS`, ``teams`` (optional: summed from the
    players when absent) :data:`TEAM_HISTORY_COLUMNS`, ``targets``
    :data:`TARGET_COLUMNS`; each may carry a ``season``. The result has one row per
    target, in the same order and index, with :data:`OUTPUT_COLUMNS`. A target with no
    earlier game has ``total_games_available`` 0 and missing form features.
    """
    require_columns(players, PLAYER_HISTORY_COLUMNS, "player history")
    tg = feature_targets(targets)
    history = with_season(players)
    if teams is None or teams.empty:
        team_rows = team_history_from_players(history[as_bool(history["played"])])
    else:
        require_columns(teams, TEAM_HISTORY_COLUMNS, "team history")
        team_rows = with_season(teams)
    prepared = prepare_players(history, team_rows)
    games = team_games(team_rows)
    tstates = team_states(games)
    return features_from_states(
        tg,
        player_states(prepared),
        tstates,
        league_levels(games, tg["game_date"]),
        missing_players(prepared),
        tstates[["team_id", "game_date", "team_games"]],
    )


def features_from_states(
    tg: pd.DataFrame,
    pstates: pd.DataFrame,
    tstates: pd.DataFrame,
    league: pd.DataFrame,
    missing: pd.DataFrame,
    team_log: pd.DataFrame,
) -> pd.DataFrame:
    """The feature rows of ``tg`` (:func:`feature_targets`) from the players' and teams'
    states after their games (:func:`player_states`, :func:`team_states`, or only the last
    ones of each before the targets' dates), the league's levels at the targets' dates,
    the teams' missing players (:func:`missing_players`, at least of each team's last
    game) and ``team_log``, the team games played (``team_games``) after each team game
    (every one, or each team's last ``MAX_TEAM_GAMES_MISSED + 1``)."""
    form = player_features(tg, pstates)
    context = team_features(tg, tstates, league)
    own_team = state_before(tg, tstates[["team_id", "game_date", "team_games"]], by="team_id")
    team_last = state_before(tg, tstates[["team_id", "game_date", "last_date"]], by="team_id")
    absences = absence_features(tg, missing, team_last["last_date"])

    out = pd.concat([tg[list(KEY_COLUMNS)], form, context, absences], axis=1)
    out["is_home"] = as_bool(tg["is_home"]).astype(float)
    # Team games played since the player's last game (for the team of the target).
    player_last = pd.DataFrame(
        {
            "team_id": tg["team_id"],
            "game_date": out["__last_date"] + timedelta(days=1),
        },
        index=tg.index,
    )
    has_last = player_last["game_date"].notna()
    through = pd.Series(np.nan, index=tg.index)
    if has_last.any():
        known = player_last[has_last]
        # A player whose last game is older than what team_log holds of his team has
        # missed more than MAX_TEAM_GAMES_MISSED of its games: 0 here gives that too.
        through[has_last] = state_before(known, team_log, by="team_id")["team_games"].fillna(0)
    missed = own_team["team_games"].fillna(0) - through
    out["team_games_missed"] = missed.clip(lower=0, upper=MAX_TEAM_GAMES_MISSED).to_numpy()
    last_player = out["__last_date"]
    out["missed_last_team_game"] = np.where(
        last_player.isna() | team_last["last_date"].isna(),
        np.nan,
        (last_player < team_last["last_date"]).astype(float),
    )
    out["feature_quality_score"] = np.round(
        QUALITY_PLAYER_WEIGHT * out["games_found"] / WINDOW
        + QUALITY_OPPONENT_WEIGHT * out["opp_games_found"] / TEAM_WINDOW,
        1,
    )
    return out[list(OUTPUT_COLUMNS)]


def game_targets(players: pd.DataFrame) -> pd.DataFrame:
    """The targets of every played game of ``players`` (for training and evaluation)."""
    played = players[as_bool(players["played"])]
    columns = [*TARGET_COLUMNS, *(c for c in ("season", "game_id") if c in played.columns)]
    return played[columns].reset_index(drop=True)
