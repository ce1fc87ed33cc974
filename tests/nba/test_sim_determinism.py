"""Determinism: the same (season, seed) answers identically, whatever is asked first."""

from __future__ import annotations

import pandas as pd
import pytest

from tipoff.nba.sim import League
from tipoff.nba.sim.streams import entropy, stream


def _answers(lg: League, days: list[str]) -> dict[str, pd.DataFrame]:
    out: dict[str, pd.DataFrame] = {}
    for day in days:
        out[f"schedule {day}"] = lg.schedule(day, as_of=f"{day}T20:30")
        out[f"injuries {day}"] = lg.injury_report(day, as_of=f"{day}T18:00")
        out[f"props {day}"] = lg.props(day, as_of=f"{day}T18:00")
        out[f"box {day}"] = lg.box_scores(day).players
        out[f"roster {day}"] = lg.roster(1610612747, day)
    return out


def test_same_seed_same_answers_in_any_order(league: League) -> None:
    days = ["2025-11-05", "2026-01-20", "2026-03-30"]
    fresh = League(season=league.season, seed=league.seed)
    backwards = _answers(fresh, list(reversed(days)))
    forwards = _answers(league, days)
    assert forwards.keys() == backwards.keys()
    for key, frame in forwards.items():
        assert len(frame) > 0, key
        pd.testing.assert_frame_equal(frame, backwards[key], obj=key)


def test_one_game_alone_equals_the_same_game_in_a_full_season(
    league: League, season_logs: pd.DataFrame
) -> None:
    game = league.model.games[700]
    alone = League(season=league.season, seed=league.seed)
    rows = alone.box_scores(game.game_date).players
    rows = rows[(game.game_id == rows.GAME_ID) & (rows.COMMENT == "")]
    full = season_logs[game.game_id == season_logs.GAME_ID]
    left = rows.set_index("PLAYER_ID")[["PTS", "MIN", "AST", "PLUS_MINUS"]].astype("int64")
    right = full.set_index("PLAYER_ID")[["PTS", "MIN", "AST", "PLUS_MINUS"]].astype("int64")
    pd.testing.assert_frame_equal(left.sort_index(), right.sort_index())


def test_different_seeds_differ(league: League) -> None:
    other = League(season=league.season, seed=league.seed + 1)
    day = "2025-12-10"
    assert [g.game_id for g in other.model.games] == [g.game_id for g in league.model.games]
    assert [(g.home, g.away) for g in other.model.games] != [
        (g.home, g.away) for g in league.model.games
    ]
    assert not other.roster(1610612738, day).PLAYER_ID.equals(
        league.roster(1610612738, day).PLAYER_ID
    )
    mine = league.box_scores(day).teams.PTS.tolist()
    theirs = other.box_scores(day).teams.PTS.tolist()
    assert mine != theirs


def test_a_player_keeps_his_ability_across_seasons_of_a_seed(league: League) -> None:
    other = League(season="2024-25", seed=league.seed)
    assert (other.model.talent.quality == league.model.talent.quality).all()
    assert not (other.model.form.hot[:, :50] == league.model.form.hot[:, :50]).all()


def test_streams_are_keyed_not_positional() -> None:
    a = stream(7, "game", "0022500001").random(3)
    b = stream(7, "game", "0022500001").random(3)
    c = stream(7, "game", "0022500002").random(3)
    assert (a == b).all() and not (a == c).any()
    assert entropy(7, "ab") != entropy(7, "a", "b")
    assert entropy(7, 1) != entropy(7, "1")
    with pytest.raises(ValueError):
        stream(-1)
