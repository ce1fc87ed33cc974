"""Realism: a simulated season measured against real NBA seasons (2022-23 and 2023-24).

Each measure is computed the same way on the simulated season and on every real season,
and must fall inside the span of the real seasons widened by the stated tolerance. The
assertion messages carry the measured numbers. Skipped when the shared data is absent.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest

Measure = Callable[[pd.DataFrame], float]


def _team_games(logs: pd.DataFrame) -> pd.DataFrame:
    return logs.groupby(["GAME_ID", "TEAM_ID"]).agg(
        PTS=("PTS", "sum"),
        N=("PLAYER_ID", "size"),
        FGA=("FGA", "sum"),
        FG3A=("FG3A", "sum"),
        FTA=("FTA", "sum"),
        FGM=("FGM", "sum"),
        FG3M=("FG3M", "sum"),
        FTM=("FTM", "sum"),
        REB=("REB", "sum"),
        AST=("AST", "sum"),
        TOV=("TOV", "sum"),
    )


def _player_averages(logs: pd.DataFrame) -> pd.DataFrame:
    """Season averages of players with at least 20 games."""
    per = logs.groupby("PLAYER_ID").agg(
        G=("GAME_ID", "size"), PTS=("PTS", "mean"), MIN=("MIN", "mean")
    )
    return per[per.G >= 20]


def _ppg(q: float) -> Measure:
    return lambda logs: float(np.percentile(_player_averages(logs).PTS, q))


def _rotation_mpg(q: float) -> Measure:
    def measure(logs: pd.DataFrame) -> float:
        players = _player_averages(logs)
        return float(np.percentile(players[players.MIN >= 10].MIN, q))

    return measure


# name -> (measure, tolerance, relative?) : inside [min(real) - tol, max(real) + tol]
MEASURES: dict[str, tuple[Measure, float, bool]] = {
    "team points per game (mean)": (lambda df: float(_team_games(df).PTS.mean()), 4.0, False),
    "team points per game (sd)": (lambda df: float(_team_games(df).PTS.std()), 0.15, True),
    "player PPG p25 (>= 20 games)": (_ppg(25), 0.15, True),
    "player PPG p50 (>= 20 games)": (_ppg(50), 0.15, True),
    "player PPG p75 (>= 20 games)": (_ppg(75), 0.15, True),
    "player PPG p90 (>= 20 games)": (_ppg(90), 0.15, True),
    "rotation MPG p25 (>= 20 games, >= 10 mpg)": (_rotation_mpg(25), 0.15, True),
    "rotation MPG p50": (_rotation_mpg(50), 0.15, True),
    "rotation MPG p75": (_rotation_mpg(75), 0.15, True),
    "rotation MPG p90": (_rotation_mpg(90), 0.15, True),
    "players appearing per team-game": (lambda df: float(_team_games(df).N.mean()), 0.75, False),
    "share of 0-minute appearances": (lambda df: float((df.MIN == 0).mean()), 0.5, True),
    "FG3A share of FGA": (lambda df: float(df.FG3A.sum() / df.FGA.sum()), 0.03, False),
    "FTA per FGA": (lambda df: float(df.FTA.sum() / df.FGA.sum()), 0.03, False),
    "FG%": (lambda df: float(df.FGM.sum() / df.FGA.sum()), 0.015, False),
    "3P%": (lambda df: float(df.FG3M.sum() / df.FG3A.sum()), 0.015, False),
    "FT%": (lambda df: float(df.FTM.sum() / df.FTA.sum()), 0.02, False),
    "rebounds per team-game": (lambda df: float(_team_games(df).REB.mean()), 0.08, True),
    "assists per team-game": (lambda df: float(_team_games(df).AST.mean()), 0.08, True),
    "turnovers per team-game": (lambda df: float(_team_games(df).TOV.mean()), 0.08, True),
}


@pytest.mark.parametrize("name", list(MEASURES))
def test_simulated_season_looks_real(
    name: str, season_logs: pd.DataFrame, real_logs: dict[str, pd.DataFrame]
) -> None:
    measure, tolerance, relative = MEASURES[name]
    real = {season: measure(logs) for season, logs in real_logs.items()}
    simulated = measure(season_logs)
    lo, hi = min(real.values()), max(real.values())
    if relative:
        lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
    else:
        lo, hi = lo - tolerance, hi + tolerance
    shown = ", ".join(f"{s} {v:.4g}" for s, v in real.items())
    assert lo <= simulated <= hi, (
        f"{name}: simulated {simulated:.4g}, real {shown}, allowed [{lo:.4g}, {hi:.4g}]"
    )


def test_real_and_simulated_logs_share_the_layout(
    season_logs: pd.DataFrame, real_logs: dict[str, pd.DataFrame]
) -> None:
    for season, logs in real_logs.items():
        assert list(season_logs.columns) == list(logs.columns), season
    assert season_logs.GAME_ID.str.fullmatch(r"002\d{7}").all()
    assert season_logs.MATCHUP.str.fullmatch(r"[A-Z]{3} (vs\.|@) [A-Z]{3}").all()
    assert set(season_logs.WL) == {"W", "L"}
    assert season_logs.GAME_ID.nunique() == 1230
    assert season_logs.FG3_PCT[season_logs.FG3A == 0].isna().all()


def test_win_totals_spread_like_a_real_league(
    season_logs: pd.DataFrame, real_logs: dict[str, pd.DataFrame]
) -> None:
    def wins(logs: pd.DataFrame) -> pd.Series:
        games = logs.groupby(["GAME_ID", "TEAM_ID"]).WL.first().reset_index()
        return games[games.WL == "W"].groupby("TEAM_ID").size()

    real = {s: float(wins(df).std()) for s, df in real_logs.items()}
    simulated = wins(season_logs)
    assert simulated.sum() == 1230
    assert 0.75 * min(real.values()) <= simulated.std() <= 1.15 * max(real.values()), (
        f"win totals sd: simulated {simulated.std():.1f}, real {real}"
    )
    home = season_logs[season_logs.MATCHUP.str.contains("vs.")].groupby("GAME_ID").WL.first()
    assert 0.52 <= (home == "W").mean() <= 0.62  # real: 0.543-0.580
