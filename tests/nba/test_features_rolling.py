"""The running feature state gives what ``build_features`` gives, value for value.

Date after date of a simulated season (and across a season boundary on the real seasons,
skipped without the shared data folder), the state advanced by each date's box scores
must give exactly the features ``build_features`` computes from the whole history before
the date; so must a state built at once from a long history. Anything the state cannot
reproduce is refused, never answered differently.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from tipoff.nba.features import (
    TARGET_COLUMNS,
    build_features,
    player_history_from_logs,
    read_player_logs,
    read_team_logs,
    team_history_from_logs,
)
from tipoff.nba.features.rolling import NotRolling, Rolling
from tipoff.nba.sim import League

REAL_DATA = Path(
    os.environ.get("TIPOFF_NBA_DATA", Path(__file__).resolve().parents[3] / "shared/data/nba")
)

Frames = tuple[pd.DataFrame, pd.DataFrame]


@pytest.fixture(scope="module")
def sim() -> Frames:
    league = League(season="2025-26", seed=7)
    players = player_history_from_logs(league.player_game_logs())
    teams = team_history_from_logs(league.team_game_logs(), regular_season_only=False)
    return players, teams


def _days(frame: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(frame["game_date"]).dt.date


def _between(frame: pd.DataFrame, start: date | None, end: date) -> pd.DataFrame:
    days = _days(frame)
    keep = days < end if start is None else (days >= start) & (days < end)
    return frame[keep]


def _targets(players: pd.DataFrame, day: date) -> pd.DataFrame:
    return players[_days(players) == day][list(TARGET_COLUMNS)].reset_index(drop=True)


def _walk(players: pd.DataFrame, teams: pd.DataFrame, start: date, days: list[date]) -> int:
    """State built at once before ``start``, then advanced date by date; every date
    compared with the full build. Returns the dates compared."""
    state = Rolling().advance(_between(players, None, start), _between(teams, None, start), start)
    previous, compared = start, 0
    for day in [start, *days]:
        if day != start:
            state = state.advance(
                _between(players, previous, day), _between(teams, previous, day), day
            )
            previous = day
        targets = _targets(players, day)
        want = build_features(_between(players, None, day), targets, _between(teams, None, day))
        pd.testing.assert_frame_equal(state.features(targets), want, check_exact=True)
        compared += 1
    return compared


def test_date_after_date_of_a_season_the_features_are_the_full_builds(sim: Frames) -> None:
    players, teams = sim
    days = sorted(set(_days(teams)))
    # from the second date (nobody has a game yet at the first) through four weeks, then
    # a state built at once from three months, stepped through the next dates
    assert _walk(players, teams, days[1], days[2:28]) == 27
    assert _walk(players, teams, days[100], days[101:105]) == 5


def test_a_date_without_games_and_two_dates_at_once(sim: Frames) -> None:
    players, teams = sim
    days = sorted(set(_days(teams)))
    k = next(i for i in range(20, len(days)) if (days[i + 1] - days[i]).days > 1)
    off = days[k] + timedelta(days=1)  # no game on this date
    state = Rolling().advance(
        _between(players, None, days[k]), _between(teams, None, days[k]), days[k]
    )
    state = state.advance(_between(players, days[k], off), _between(teams, days[k], off), off)
    assert state.through == off
    # the next two dates of box scores in one step
    end = days[k + 3]
    state = state.advance(_between(players, off, end), _between(teams, off, end), end)
    targets = _targets(players, end)
    want = build_features(_between(players, None, end), targets, _between(teams, None, end))
    pd.testing.assert_frame_equal(state.features(targets), want, check_exact=True)


def test_across_a_season_boundary_on_the_real_seasons() -> None:
    seasons = ("2022-23", "2023-24")
    files = [REAL_DATA / "player_logs" / f"player_logs_{s}.csv" for s in seasons]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        pytest.skip(f"real NBA data not found ({', '.join(missing)}): set TIPOFF_NBA_DATA")
    players, teams = read_player_logs(REAL_DATA, seasons), read_team_logs(REAL_DATA, seasons)
    days = sorted(set(_days(teams)))
    opening = next(d for d in days if d >= date(2023, 10, 1))
    at = days.index(opening)
    # the last week of 2022-23, the summer, then the first two weeks of 2023-24
    assert _walk(players, teams, days[at - 6], days[at - 5 : at + 12]) == 18


def test_what_the_state_cannot_reproduce_is_refused(sim: Frames) -> None:
    players, teams = sim
    days = sorted(set(_days(teams)))
    state = Rolling().advance(
        _between(players, None, days[5]), _between(teams, None, days[5]), days[5]
    )
    with pytest.raises(NotRolling, match="before"):
        state.features(_targets(players, days[4]))  # a date the state has passed
    with pytest.raises(NotRolling, match="outside"):
        state.advance(_between(players, None, days[6]), teams.iloc[:0], days[6])  # again
    with pytest.raises(NotRolling, match="go back"):
        state.advance(players.iloc[:0], teams.iloc[:0], days[4])
    with pytest.raises(NotRolling, match="team rows"):
        Rolling().advance(_between(players, None, days[5]), teams.iloc[:0], days[5])
    gap = _between(players, days[5], days[6]).copy()
    gap.loc[gap.index[0], "minutes"] = float("nan")
    with pytest.raises(NotRolling, match="missing"):
        state.advance(gap, _between(teams, days[5], days[6]), days[6])
