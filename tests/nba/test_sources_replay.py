"""ReplaySource on the real season files: the numbers it serves are the files' numbers."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from support.real_data import real_replay
from tipoff.errors import ConfigError, FetchError, SourceError
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.parsers.schedule import season_of_game
from tipoff.nba.sim.calendar import ET
from tipoff.nba.sources.replay import ReplaySource

# The shared data folder beside the repository, unless the environment points elsewhere.
REAL_DATA = Path(
    os.environ.get("TIPOFF_REPLAY_DATA_DIR")
    or os.environ.get("TIPOFF_NBA_DATA")
    or Path(__file__).resolve().parents[3] / "shared/data/nba"
)
BUSY_DAY = date(2023, 12, 15)
PROPS_DAY = date(2024, 3, 15)  # covered by the props file: tip-offs and lines are known


@pytest.fixture(scope="module")
def replay() -> ReplaySource:
    return real_replay(unchecked="replay", data=REAL_DATA)


@pytest.fixture(scope="module")
def team_logs() -> pd.DataFrame:
    logs = pd.read_csv(
        REAL_DATA / "team_logs" / "nba_games_2023_24.csv", dtype={"GAME_ID": str, "SEASON_ID": str}
    )
    return logs[logs["SEASON_ID"].str.startswith("2")].drop_duplicates(["GAME_ID", "TEAM_ID"])


def _json(replay: ReplaySource, document: Document, day: date, part: str = "all", **kw: Any) -> Any:
    return json.loads(replay.fetch(FetchRequest(document, day, part, **kw)).content)


def _game_rows(board: Any) -> list[dict[str, Any]]:
    """The scoreboardv3 games, under the names of the schedule's columns."""
    return [
        {"GAME_ID": g["gameId"], "GAME_STATUS_ID": g["gameStatus"],
         "GAME_STATUS_TEXT": g["gameStatusText"], "HOME_PTS": g["homeTeam"]["score"]}
        for g in board["scoreboard"]["games"]
    ]  # fmt: skip


def test_schedule_lists_the_files_games_as_final(
    replay: ReplaySource, team_logs: pd.DataFrame
) -> None:
    games = _game_rows(_json(replay, Document.SCHEDULE, BUSY_DAY))
    expected = team_logs[team_logs["GAME_DATE"] == BUSY_DAY.isoformat()]
    assert len(games) == expected["GAME_ID"].nunique() == len(expected) // 2
    assert {g["GAME_ID"] for g in games} == set(expected["GAME_ID"])
    assert {g["GAME_STATUS_ID"] for g in games} == {3}
    assert {season_of_game(g["GAME_ID"]) for g in games} == {"2023-24"}
    assert all(g["HOME_PTS"] > 0 for g in games)


def test_boxscore_points_add_up_to_the_team_logs(
    replay: ReplaySource, team_logs: pd.DataFrame
) -> None:
    day_logs = team_logs[team_logs["GAME_DATE"] == BUSY_DAY.isoformat()]
    checked = 0
    for game_id, sides in day_logs.groupby("GAME_ID"):
        box = _json(replay, Document.BOXSCORE, BUSY_DAY, str(game_id))["boxScoreTraditional"]
        home = sides[sides["MATCHUP"].str.contains("vs.", regex=False)]
        assert box["homeTeamId"] == int(home["TEAM_ID"].item())
        for side in ("homeTeam", "awayTeam"):
            team = box[side]
            truth = sides[sides["TEAM_ID"] == team["teamId"]]["PTS"].item()
            assert sum(p["statistics"]["points"] for p in team["players"]) == truth
            assert team["statistics"]["points"] == truth
            assert {p["position"] for p in team["players"]} == {""}  # starters unknown
            assert all(p["statistics"]["minutes"].endswith(":00") for p in team["players"])
            checked += 1
    assert checked == len(day_logs) >= 16


def test_before_tip_off_the_schedule_is_scheduled_and_boxscores_empty(
    replay: ReplaySource,
) -> None:
    noon = datetime(2024, 3, 15, 12, 0, tzinfo=ET)
    games = _game_rows(_json(replay, Document.SCHEDULE, PROPS_DAY, as_of=noon))
    assert games and {g["GAME_STATUS_ID"] for g in games} == {1}
    assert all(g["GAME_STATUS_TEXT"].endswith("pm ET") for g in games)
    box = _json(replay, Document.BOXSCORE, PROPS_DAY, games[0]["GAME_ID"], as_of=noon)
    assert box["boxScoreTraditional"]["homeTeam"]["players"] == []
    after = _game_rows(
        _json(replay, Document.SCHEDULE, PROPS_DAY, as_of=datetime(2024, 3, 16, 9, tzinfo=ET))
    )
    assert {g["GAME_STATUS_ID"] for g in after} == {3}


def test_without_tip_offs_games_are_final_once_the_date_is_over(replay: ReplaySource) -> None:
    evening = datetime(2023, 12, 15, 23, 0, tzinfo=ET)
    assert {g["GAME_STATUS_ID"] for g in _game_rows(
        _json(replay, Document.SCHEDULE, BUSY_DAY, as_of=evening)
    )} == {1}  # fmt: skip
    morning = datetime(2023, 12, 16, 0, 0, tzinfo=ET)
    assert {g["GAME_STATUS_ID"] for g in _game_rows(
        _json(replay, Document.SCHEDULE, BUSY_DAY, as_of=morning)
    )} == {3}  # fmt: skip


def test_roster_is_who_played_for_the_team_lately(replay: ReplaySource) -> None:
    team = 1610612738  # Boston
    roster = _json(replay, Document.ROSTER, BUSY_DAY, str(team))["resultSets"][0]
    rows = [dict(zip(roster["headers"], r, strict=True)) for r in roster["rowSet"]]
    assert 10 <= len(rows) <= 20
    logs = pd.read_csv(REAL_DATA / "player_logs" / "player_logs_2023-24.csv")
    recent = logs[
        (logs["TEAM_ID"] == team)
        & (logs["GAME_DATE"] >= "2023-11-15")
        & (logs["GAME_DATE"] < BUSY_DAY.isoformat())
    ]
    assert {r["PLAYER_ID"] for r in rows} <= set(recent["PLAYER_ID"])
    assert "Jayson Tatum" in {r["PLAYER"] for r in rows}


def test_injury_report_is_empty(replay: ReplaySource) -> None:
    assert _json(replay, Document.INJURY_REPORT, BUSY_DAY)["rows"] == []


def test_odds_events_and_props_come_from_the_props_file(replay: ReplaySource) -> None:
    events = _json(replay, Document.ODDS_EVENTS, PROPS_DAY)
    assert len(events) == len(_game_rows(_json(replay, Document.SCHEDULE, PROPS_DAY)))
    event_id = events[0]["id"]
    closing = _json(replay, Document.PLAYER_PROPS, PROPS_DAY, event_id)
    assert closing["id"] == event_id and closing["bookmakers"]
    # The file's quotes for that day were pulled just before 9 AM ET: none before, some during.
    early = _json(
        replay,
        Document.PLAYER_PROPS,
        PROPS_DAY,
        event_id,
        as_of=datetime(2024, 3, 15, 7, tzinfo=ET),
    )
    assert early["bookmakers"] == []
    during = _json(
        replay,
        Document.PLAYER_PROPS,
        PROPS_DAY,
        event_id,
        as_of=datetime(2024, 3, 15, 8, 58, 30, tzinfo=ET),
    )

    def count(odds: Any) -> int:
        return sum(len(m["outcomes"]) for b in odds["bookmakers"] for m in b["markets"])

    assert 0 < count(during) < count(closing)
    for book in closing["bookmakers"]:  # one main line per player and book
        players = [o["description"] for o in book["markets"][0]["outcomes"]]
        assert len(players) == 2 * len(set(players))
    assert _json(replay, Document.ODDS_EVENTS, BUSY_DAY) == []  # outside the props dates


def test_unknown_game_or_event_is_a_404(replay: ReplaySource) -> None:
    with pytest.raises(FetchError) as info:
        replay.fetch(FetchRequest(Document.BOXSCORE, BUSY_DAY, "0022399999"))
    assert info.value.status == 404
    with pytest.raises(FetchError, match="no odds event"):
        replay.fetch(FetchRequest(Document.PLAYER_PROPS, PROPS_DAY, "f" * 32))


def test_a_season_without_files_is_a_source_error(replay: ReplaySource) -> None:
    with pytest.raises(SourceError, match="no data for season 2031-32"):
        replay.fetch(FetchRequest(Document.SCHEDULE, date(2031, 12, 1)))


def test_documents_carry_the_live_url(replay: ReplaySource) -> None:
    doc = replay.fetch(FetchRequest(Document.SCHEDULE, BUSY_DAY))
    assert doc.source == "replay"
    assert doc.url.startswith("https://stats.nba.com/stats/scoreboardv3?GameDate=2023-12-15")
    odds = replay.fetch(FetchRequest(Document.ODDS_EVENTS, PROPS_DAY))
    assert "apiKey=REDACTED" in odds.url


def test_a_date_is_served_from_memory_once_loaded(
    replay: ReplaySource, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a season is loaded, another date's schedule and box scores read no file (the
    season files take seconds to read; a date from memory takes milliseconds)."""
    replay.fetch(FetchRequest(Document.SCHEDULE, BUSY_DAY))  # loads the season

    def no_reading(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a season file was read again: {args[:1]}")

    monkeypatch.setattr(pd, "read_csv", no_reading)
    day = date(2024, 1, 10)
    board = _json(replay, Document.SCHEDULE, day)
    games = _game_rows(board)
    for g in games:
        replay.fetch(FetchRequest(Document.BOXSCORE, day, g["GAME_ID"]))
    assert len(games) >= 5


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TIPOFF_REPLAY_DATA_DIR"):
        ReplaySource(tmp_path / "absent")
