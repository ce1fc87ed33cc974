"""The precompute processors of a date share one feature build per distinct history."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pandas as pd
import pytest

from tipoff.nba.features import PLAYER_HISTORY_COLUMNS, build_features, team_history_from_players
from tipoff.nba.precompute import shared

A, B = 101, 102


def history(points: tuple[int, ...] = (10, 20, 30)) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = []
    for i, pts in enumerate(points):
        day, game = f"2023-11-0{i + 1}", f"g{i}"
        for player, team, opp, home in ((1, A, B, True), (9, B, A, False)):
            row = {c: 0 for c in PLAYER_HISTORY_COLUMNS}
            row.update(
                game_id=game, game_date=day, player_id=player, team_id=team, opponent_team_id=opp,
                is_home=home, starter=True, played=True, minutes=30.0, fga=10, pts=pts,
            )  # fmt: skip
            rows.append(row)
    players = pd.DataFrame(rows)
    return players, team_history_from_players(players)


TARGETS = pd.DataFrame(
    [{"player_id": 1, "team_id": A, "opponent_team_id": B, "is_home": True,
      "game_date": "2023-11-08"}]
)  # fmt: skip


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Count the real builds; start and end with nothing kept."""
    calls: list[int] = []

    def counted(*args: pd.DataFrame) -> pd.DataFrame:
        calls.append(1)
        return build_features(*args)

    monkeypatch.setattr(shared, "build_features", counted)
    shared.forget()
    yield calls
    shared.forget()


def test_the_same_history_read_twice_is_built_once(builds: list[int]) -> None:
    players, teams = history()
    first = shared.shared_features(players, TARGETS, teams)
    first["pts_last"] = -1.0  # a caller's change stays its own
    again = shared.shared_features(players.copy(), TARGETS.copy(), teams.copy())
    assert len(builds) == 1
    pd.testing.assert_frame_equal(again, build_features(players, TARGETS, teams))
    assert again["pts_last"].iloc[0] == 30.0


def test_a_different_history_is_built_anew(builds: list[int]) -> None:
    players, teams = history()
    shared.shared_features(players, TARGETS, teams)
    late, late_teams = history((10, 20, 44))  # a box score corrected since
    changed = shared.shared_features(late, TARGETS, late_teams)
    assert len(builds) == 2
    assert changed["pts_last"].iloc[0] == 44.0
    pd.testing.assert_frame_equal(changed, build_features(late, TARGETS, late_teams))


def test_processors_reading_at_once_share_the_first_build(builds: list[int]) -> None:
    players, teams = history()
    results: list[pd.DataFrame] = []
    threads = [
        threading.Thread(
            target=lambda: results.append(shared.shared_features(players, TARGETS, teams))
        )
        for _ in range(5)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 5
    assert len(builds) == 1
    for r in results:
        pd.testing.assert_frame_equal(r, results[0])


def test_only_the_latest_histories_are_kept(builds: list[int]) -> None:
    for n in range(shared.KEEP + 2):
        players, teams = history((10, 20, n))
        shared.shared_features(players, TARGETS, teams)
    assert len(shared._entries) == shared.KEEP
    players, teams = history((10, 20, 0))  # the oldest, dropped: built again
    shared.shared_features(players, TARGETS, teams)
    assert len(builds) == shared.KEEP + 3


def test_forget_drops_what_was_kept(builds: list[int]) -> None:
    players, teams = history()
    shared.shared_features(players, TARGETS, teams)
    shared.forget()
    shared.shared_features(players, TARGETS, teams)
    assert len(builds) == 2
