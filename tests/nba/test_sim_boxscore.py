"""Box-score consistency: every simulated line adds up the way a real box score does."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from tipoff.nba.sim import League
from tipoff.nba.sim.game import GameBox, simulate
from tipoff.nba.sim.scoring import Side
from tipoff.nba.sim.streams import stream


def _check_player_rows(rows: pd.DataFrame) -> None:
    """The per-row identities of a box score, on a frame of played rows."""
    assert (rows.PTS == 2 * rows.FGM + rows.FG3M + rows.FTM).all()
    assert (rows.FG3M <= rows.FGM).all() and (rows.FGM <= rows.FGA).all()
    assert (rows.FG3M <= rows.FG3A).all() and (rows.FG3A <= rows.FGA).all()
    assert (rows.FGM - rows.FG3M <= rows.FGA - rows.FG3A).all()
    assert (rows.FTM <= rows.FTA).all()
    assert (rows.REB == rows.OREB + rows.DREB).all()
    assert (rows.PF <= 6).all()
    counts = ["FGM", "FGA", "FG3M", "FG3A", "FTM", "FTA", "OREB", "DREB", "AST", "STL", "BLK"]
    assert (rows[[*counts, "TOV", "PF", "MIN"]] >= 0).all().all()


def test_season_logs_are_internally_consistent(season_logs: pd.DataFrame) -> None:
    _check_player_rows(season_logs)
    assert not season_logs.duplicated(["GAME_ID", "PLAYER_ID"]).any()
    per_game = season_logs.groupby("GAME_ID")
    assert per_game.TEAM_ID.nunique().eq(2).all()
    team = season_logs.groupby(["GAME_ID", "TEAM_ID"]).agg(
        PTS=("PTS", "sum"), PM=("PLUS_MINUS", "sum"), MIN=("MIN", "sum"), WL=("WL", "first")
    )
    both = team.reset_index().groupby("GAME_ID")
    assert both.PTS.nunique().eq(2).all(), "a game ended level"
    assert both.WL.apply(lambda s: sorted(s) == ["L", "W"]).all()
    margin = team.PTS - team.reset_index().groupby("GAME_ID").PTS.transform("sum").to_numpy() / 2
    assert ((2 * margin * 5).round().astype(int) == team.PM).all(), "plus-minus != 5 x margin"
    # Whole minutes are rounded per player: 240 (+25 per OT) within rounding.
    periods = ((team.MIN - 240) / 25).round()
    assert (periods >= 0).all()
    assert ((team.MIN - (240 + 25 * periods)).abs() <= 5).all()
    assert 0.005 < (periods > 0).mean() < 0.12  # overtime happens, occasionally


def test_team_box_equals_sum_of_players(league: League) -> None:
    day = league.game_dates()[40]
    box = league.box_scores(day)
    played = box.players[box.players.COMMENT == ""]
    assert len(box.teams) == 2 * len(league.schedule(day))
    sums = played.groupby(["GAME_ID", "TEAM_ID"])[["PTS", "FGM", "FGA", "REB", "AST", "TOV"]].sum()
    teams = box.teams.set_index(["GAME_ID", "TEAM_ID"])[sums.columns]
    pd.testing.assert_frame_equal(sums.astype("int64"), teams.astype("int64"), check_like=True)
    seconds = played.groupby(["GAME_ID", "TEAM_ID"]).SECONDS.sum()
    assert ((seconds - 14400) % 1500 == 0).all() and (seconds >= 14400).all()
    starters = played.groupby(["GAME_ID", "TEAM_ID"]).STARTER.sum()
    assert (starters == 5).all()


def test_dnp_rows_name_the_reason_and_carry_no_stats(league: League) -> None:
    day = league.game_dates()[60]
    rows = league.box_scores(day).players
    dnp = rows[rows.COMMENT != ""]
    assert len(dnp) > 0
    assert set(dnp.COMMENT) <= {"DNP - Coach's Decision", "DND - Injury/Illness", "DND - Rest"}
    assert dnp.PTS.isna().all() and dnp.MIN.isna().all()
    per_team = rows.groupby(["GAME_ID", "TEAM_ID"]).PLAYER_ID.nunique()
    assert (per_team == 15).all()  # every rostered player has a row


def _side(data: st.DataObject, team: int, home: bool) -> Side:
    n = data.draw(st.integers(min_value=5, max_value=15), label="players")

    def arr(low: float, high: float) -> np.ndarray:
        values = data.draw(st.lists(st.floats(low, high), min_size=n, max_size=n))
        return np.array(values)

    return Side(
        team=team,
        players=np.arange(n) + 100 * team,
        quality=arr(-3.0, 3.0),
        minutes_bias=arr(-5.0, 5.0),
        usage=arr(0.3, 2.5),
        p2=arr(0.3, 0.75),
        p3=arr(0.2, 0.5),
        r3=arr(0.0, 0.85),
        ftr=arr(0.0, 0.8),
        ft=arr(0.4, 0.95),
        oreb=arr(0.1, 4.0),
        dreb=arr(1.0, 9.0),
        ast=arr(0.5, 9.0),
        stl=arr(0.3, 2.5),
        blk=arr(0.05, 3.0),
        tov=arr(0.5, 4.0),
        pf=arr(1.5, 5.0),
        bigness=arr(0.0, 1.0),
        pace=data.draw(st.floats(0.9, 1.1)),
        offense=data.draw(st.floats(0.9, 1.1)),
        defense=data.draw(st.floats(0.9, 1.1)),
        home=home,
        second_night=data.draw(st.booleans()),
    )


def _frame(game: GameBox) -> pd.DataFrame:
    rows = []
    for box in (game.home, game.away):
        for k in range(len(box.players)):
            rows.append(
                {
                    "FGM": box.fgm[k],
                    "FGA": box.fga[k],
                    "FG3M": box.fg3m[k],
                    "FG3A": box.fg3a[k],
                    "FTM": box.ftm[k],
                    "FTA": box.fta[k],
                    "OREB": box.oreb[k],
                    "DREB": box.dreb[k],
                    "REB": box.oreb[k] + box.dreb[k],
                    "AST": box.ast[k],
                    "STL": box.stl[k],
                    "BLK": box.blk[k],
                    "TOV": box.tov[k],
                    "PF": box.pf[k],
                    "PTS": box.pts[k],
                    "MIN": box.seconds[k] // 60,
                }
            )
    return pd.DataFrame(rows)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), seed=st.integers(min_value=0, max_value=2**32))
def test_any_two_sides_give_a_consistent_game(data: st.DataObject, seed: int) -> None:
    game = simulate(_side(data, 0, True), _side(data, 1, False), stream(seed, "property"))
    _check_player_rows(_frame(game))
    assert game.home.score != game.away.score
    assert game.periods >= 4
    for box, other in ((game.home, game.away), (game.away, game.home)):
        assert int(box.seconds.sum()) == 14400 + 1500 * (game.periods - 4)
        assert int(box.plus_minus.sum()) == 5 * (box.score - other.score)
        assert int(box.starter.sum()) == 5
        assert (box.seconds <= (48 + 5 * (game.periods - 4)) * 60).all()
