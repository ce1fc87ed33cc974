"""As-of behaviour: each query returns only what a source could have known at that moment."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import pytest

from tipoff.nba.sim import League
from tipoff.nba.sim.bookmaker import REPRICE_DELAY
from tipoff.nba.sim.injuries import OUT, PROBABLE, QUESTIONABLE, ReportEntry
from tipoff.nba.sim.schedule import Game


def _game(league: League, k: int = 300) -> Game:
    return league.model.games[k]


def test_game_status_and_box_scores_follow_the_clock(league: League) -> None:
    game = _game(league)
    day = game.game_date
    end = league.model.ends_at(game)

    def status(at: datetime) -> pd.Series:
        frame = league.schedule(day, as_of=at)
        return frame.set_index("GAME_ID").loc[game.game_id]

    def has_box(at: datetime) -> bool:
        return game.game_id in set(league.box_scores(day, as_of=at).players.GAME_ID)

    before = game.tip_off - timedelta(minutes=1)
    assert status(before).GAME_STATUS_ID == 1 and pd.isna(status(before).HOME_PTS)
    assert status(before).GAME_STATUS_TEXT.endswith("ET")
    assert not has_box(before)
    during = game.tip_off + timedelta(minutes=50)
    assert status(during).GAME_STATUS_ID == 2 and not has_box(during)
    assert not has_box(end - timedelta(minutes=1))
    after = end + timedelta(minutes=1)
    assert status(after).GAME_STATUS_ID == 3 and status(after).GAME_STATUS_TEXT.startswith("Final")
    assert has_box(after)
    assert timedelta(hours=1, minutes=50) < end - game.tip_off < timedelta(hours=4)
    # Naive instants are Eastern time; ISO strings work too.
    naive = after.replace(tzinfo=None)
    assert league.schedule(day, as_of=naive).equals(league.schedule(day, as_of=after.isoformat()))


def test_box_scores_for_the_next_morning_include_every_game(league: League) -> None:
    day = league.game_dates()[30]
    morning = datetime.combine(day + timedelta(days=1), datetime.min.time()).replace(hour=9)
    box = league.box_scores(day, as_of=morning)
    assert set(box.teams.GAME_ID) == set(league.schedule(day).GAME_ID)


def _report_entries(league: League) -> list[tuple[Game, int, ReportEntry]]:
    out = []
    for game in league.model.games[:600]:
        for team in (game.home, game.away):
            for entry in league.model.availability(game, team).entries:
                out.append((game, team, entry))
    return out


def test_late_announcements_appear_only_in_later_reports(league: League) -> None:
    late = [
        (g, e)
        for g, _, e in _report_entries(league)
        if e.status == OUT and g.tip_off - e.announced_at < timedelta(minutes=80)
    ]
    assert len(late) > 20, "no late scratches in 600 games"
    for game, entry in late[:15]:
        pid = league.model.players[entry.player].player_id
        at = entry.announced_at
        earlier = league.injury_report(game.game_date, as_of=at - timedelta(minutes=1))
        later = league.injury_report(game.game_date, as_of=at)
        mine_before = earlier[pid == earlier.PLAYER_ID].CURRENT_STATUS.tolist()
        mine_after = later[pid == later.PLAYER_ID].CURRENT_STATUS.tolist()
        assert mine_after == [OUT]
        assert mine_before != [OUT]
    report = league.injury_report(late[0][0].game_date)
    assert (pd.Timestamp(late[0][0].tip_off) > report.ANNOUNCED_AT).any()


def test_status_relates_to_availability(league: League) -> None:
    wrong = {"questionable plays": 0, "probable sits": 0}
    for game in league.model.games[:600]:
        box = league.model.box(game.game_id)
        played = {int(p) for p in box.home.players} | {int(p) for p in box.away.players}
        for team in (game.home, game.away):
            avail = league.model.availability(game, team)
            assert not avail.out & played
            latest = {}
            for e in sorted(avail.entries, key=lambda e: e.announced_at):
                assert e.announced_at < game.tip_off
                latest[e.player] = e.status
            for player, status in latest.items():
                if status == OUT:
                    assert player in avail.out and player not in played
                if status == QUESTIONABLE and player in played:
                    wrong["questionable plays"] += 1
                if status == PROBABLE and player in avail.out:
                    wrong["probable sits"] += 1
    assert wrong["questionable plays"] > 10 and wrong["probable sits"] > 0, wrong


def test_trades_change_rosters_from_their_date(league: League, season_logs: pd.DataFrame) -> None:
    moves = league.transactions()
    trades = moves[moves.TRANSACTION_TYPE == "trade"]
    assert len(trades) >= 5
    assert len(moves[moves.TRANSACTION_TYPE == "signing"]) >= 5
    move = trades.iloc[0]
    day = pd.Timestamp(move.EFFECTIVE_DATE).date()
    before = day - timedelta(days=1)
    assert move.PLAYER_ID in set(league.roster(int(move.FROM_TEAM_ID), before).PLAYER_ID)
    assert move.PLAYER_ID not in set(league.roster(int(move.TO_TEAM_ID), before).PLAYER_ID)
    assert move.PLAYER_ID in set(league.roster(int(move.TO_TEAM_ID), day).PLAYER_ID)
    assert move.PLAYER_ID not in set(league.roster(int(move.FROM_TEAM_ID), day).PLAYER_ID)
    games = season_logs[season_logs.PLAYER_ID == move.PLAYER_ID]
    early = games[games.GAME_DATE < move.EFFECTIVE_DATE].TEAM_ID
    late = games[games.GAME_DATE >= move.EFFECTIVE_DATE].TEAM_ID
    assert set(early) <= {move.FROM_TEAM_ID} and set(late) <= {move.TO_TEAM_ID}
    assert len(early) + len(late) > 0
    assert len(league.transactions(as_of=before)) < len(moves)
    for team_id in league.teams().TEAM_ID:
        assert len(league.roster(int(team_id), day)) == 15


@pytest.mark.parametrize("k", [120, 900])
def test_props_appear_once_posted_and_freeze_at_tip(league: League, k: int) -> None:
    game = _game(league, k)
    day = game.game_date

    def quotes(at: datetime | None) -> pd.DataFrame:
        frame = league.props(day, as_of=at)
        return frame[frame.game_id == game.game_id].reset_index(drop=True)

    morning = datetime.combine(day, datetime.min.time()).replace(hour=9)
    assert quotes(morning).empty
    pre = quotes(game.tip_off - timedelta(minutes=10))
    assert len(pre) > 20
    assert (pd.to_datetime(pre.last_update_utc) < pd.Timestamp(game.tip_off)).all()
    pd.testing.assert_frame_equal(pre, quotes(game.tip_off + timedelta(hours=3)))
    pd.testing.assert_frame_equal(pre, quotes(None))


def test_players_ruled_out_are_pulled_from_the_board(league: League) -> None:
    pulled = 0
    for game, _, entry in _report_entries(league)[:4000]:
        at = entry.announced_at
        if entry.status != OUT or game.tip_off - at < timedelta(minutes=REPRICE_DELAY[1] + 5):
            continue
        pid = league.model.players[entry.player].player_id
        board = league.props(game.game_date, as_of=game.tip_off - timedelta(minutes=1))
        assert pid not in set(board[board.game_id == game.game_id].player_id)
        pulled += 1
        if pulled >= 10:
            break
    assert pulled >= 10
