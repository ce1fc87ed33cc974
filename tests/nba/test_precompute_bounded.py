"""Phase 4's reads are bounded by the dates since the last one, not by the history.

A simulated season's first weeks of box scores go into the raw tables; phase 4's history
is read date after date, as a backfill does. Each date must fetch only the rows dated
since the previous date read (counted, not timed), and still hold exactly what a full
read gives; a box score rewritten or deleted among the earlier dates is seen.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pandas as pd
import pytest
import sqlalchemy as sa
from test_analytics_fixtures import load_history_frames, prepare

from tipoff.engine.store import Store
from tipoff.nba import raw_tables as raw
from tipoff.nba.features import (
    PLAYER_HISTORY_COLUMNS,
    player_history_from_logs,
    team_history_from_logs,
)
from tipoff.nba.precompute import held, shared
from tipoff.nba.raw import reads
from tipoff.nba.sim import League

DATES = 12  # game dates loaded: enough for the history to outgrow any one date


@pytest.fixture(scope="module")
def frames() -> tuple[pd.DataFrame, pd.DataFrame, list[date]]:
    league = League(season="2025-26", seed=7)
    players = player_history_from_logs(league.player_game_logs())
    teams = team_history_from_logs(league.team_game_logs(), regular_season_only=False)
    days = sorted(pd.to_datetime(teams["game_date"]).dt.date.unique())[:DATES]
    players = players[pd.to_datetime(players["game_date"]).dt.date <= days[-1]]
    teams = teams[pd.to_datetime(teams["game_date"]).dt.date <= days[-1]]
    return players, teams, days


@pytest.fixture
def season(
    store: Store, frames: tuple[pd.DataFrame, pd.DataFrame, list[date]]
) -> Iterator[tuple[Store, list[date]]]:
    players, teams, days = frames
    prepare(store)
    load_history_frames(store, players, teams)
    held.forget()
    yield store, days
    held.forget()


def _sorted(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return frame.sort_values(keys).reset_index(drop=True)


def _full(conn: sa.Connection, day: date) -> tuple[pd.DataFrame, pd.DataFrame]:
    players = reads.player_boxes(conn, before=day, columns=PLAYER_HISTORY_COLUMNS)
    return _sorted(players, ["game_id", "player_id"]), _sorted(
        reads.team_boxes(conn, before=day), ["game_id", "team_id"]
    )


def _rows_on(conn: sa.Connection, start: date, end: date) -> int:
    n = 0
    for table in (raw.raw_player_boxscores, raw.raw_team_boxscores):
        c = table.c
        n += conn.execute(
            sa.select(sa.func.count()).where(c.game_date >= start, c.game_date < end)
        ).scalar_one()
    return n


def test_each_date_reads_only_the_rows_dated_since_the_last_date(
    season: tuple[Store, list[date]],
) -> None:
    store, days = season
    read_per_date = []
    with store.read() as conn:
        for i, day in enumerate(days[1:], start=1):
            got = held.read_history(conn, day, PLAYER_HISTORY_COLUMNS)
            players, teams = _full(conn, day)
            # exactly the rows a full read gives, nothing dated on or after the date
            pd.testing.assert_frame_equal(_sorted(got.players, ["game_id", "player_id"]), players)
            pd.testing.assert_frame_equal(_sorted(got.teams, ["game_id", "team_id"]), teams)
            assert (got.players["game_date"] < day).all() and (got.teams["game_date"] < day).all()
            expected = len(players) + len(teams) if i == 1 else _rows_on(conn, days[i - 1], day)
            assert got.rows_read == expected
            read_per_date.append(got.rows_read)
        history = len(players) + len(teams)
        # the same date again reads nothing new
        assert held.read_history(conn, days[-1], PLAYER_HISTORY_COLUMNS).rows_read == 0
    one_date = max(read_per_date[1:])
    assert history > 5 * one_date, (history, read_per_date)


def test_a_box_score_rewritten_or_deleted_before_the_date_is_read_again(
    season: tuple[Store, list[date]],
) -> None:
    store, days = season
    p = raw.raw_player_boxscores
    with store.read() as conn:
        held.read_history(conn, days[-2], PLAYER_HISTORY_COLUMNS)
    first = days[0]
    with store.transaction() as conn:  # a late correction of the first date's points
        conn.execute(
            sa.update(p).where(p.c.game_date == first).values(pts=p.c.pts + 1, loaded_at=5.0)
        )
    with store.read() as conn:
        got = held.read_history(conn, days[-1], PLAYER_HISTORY_COLUMNS)
        players, _ = _full(conn, days[-1])
    pd.testing.assert_frame_equal(_sorted(got.players, ["game_id", "player_id"]), players)
    assert got.rows_read >= len(players)  # read again in full
    with store.transaction() as conn:  # a player's row of the first date removed
        victim = conn.execute(sa.select(p.c.game_id, p.c.player_id).limit(1)).one()
        conn.execute(
            sa.delete(p).where(p.c.game_id == victim.game_id, p.c.player_id == victim.player_id)
        )
    with store.read() as conn:
        got = held.read_history(conn, days[-1], PLAYER_HISTORY_COLUMNS)
        players, _ = _full(conn, days[-1])
    pd.testing.assert_frame_equal(_sorted(got.players, ["game_id", "player_id"]), players)


def test_a_rewrite_keeping_every_count_and_sum_is_read_again(
    season: tuple[Store, list[date]],
) -> None:
    store, days = season
    p = raw.raw_player_boxscores
    with store.read() as conn:
        held.read_history(conn, days[-2], PLAYER_HISTORY_COLUMNS)
        a, b = conn.execute(
            sa.select(p.c.game_id, p.c.player_id, p.c.pts, p.c.fga, p.c.loaded_at)
            .where(p.c.game_date == days[0], p.c.played.is_(True))
            .order_by(p.c.pts.desc())
            .limit(2)
        ).all()
    assert a.pts != b.pts
    with store.transaction() as conn:  # two players' lines swapped: same rows, same sums
        for row, other in ((a, b), (b, a)):
            conn.execute(
                sa.update(p)
                .where(p.c.game_id == row.game_id, p.c.player_id == row.player_id)
                .values(pts=other.pts, fga=other.fga, loaded_at=row.loaded_at)
            )
    with store.read() as conn:
        got = held.read_history(conn, days[-1], PLAYER_HISTORY_COLUMNS)
        players, _ = _full(conn, days[-1])
    pd.testing.assert_frame_equal(_sorted(got.players, ["game_id", "player_id"]), players)
    assert got.rows_read >= len(players)  # read again in full


@pytest.mark.postgres
def test_a_process_starting_while_box_scores_are_written_does_not_wait_for_the_writer(
    postgres_url: str, frames: tuple[pd.DataFrame, pd.DataFrame, list[date]]
) -> None:
    players, teams, days = frames
    store, starting = Store(postgres_url), Store(postgres_url)
    try:
        prepare(store)
        load_history_frames(store, players, teams)
        box = raw.raw_team_boxscores
        with store.engine.connect() as writer:
            tx = writer.begin()  # a raw load in flight: its rows written, not yet committed
            writer.execute(
                sa.update(box).where(box.c.game_date == days[0]).values(pts=box.c.pts + 1)
            )
            checked = threading.Event()
            thread = threading.Thread(target=lambda: (prepare(starting), checked.set()))
            thread.start()
            try:
                # the counting triggers exist: the schema check must not replace them, which
                # would wait for the writer's transaction
                assert checked.wait(60), "the schema check waited for a writer of box scores"
            finally:
                tx.rollback()
                thread.join(60)
        with store.read() as conn:  # and the writes are still counted
            counts = dict(
                conn.execute(
                    sa.select(
                        raw.raw_box_changes.c.table_name, sa.func.sum(raw.raw_box_changes.c.changes)
                    ).group_by(raw.raw_box_changes.c.table_name)
                ).all()
            )
        assert counts[box.name] >= len(days)
    finally:
        starting.dispose()
        store.dispose()


def test_the_held_date_read_again_extends_nothing(season: tuple[Store, list[date]]) -> None:
    """A date's processors read its history one after another; a read of the held date
    names no extension of itself (its running state would wait on its own lock)."""
    store, days = season
    with store.read() as conn:
        first = held.read_history(conn, days[3], PLAYER_HISTORY_COLUMNS)
        again = held.read_history(conn, days[3], PLAYER_HISTORY_COLUMNS)
    assert again.version == first.version
    assert again.extends is None and again.new is None
    assert again.rows_read == 0


def test_a_state_named_as_its_own_extension_is_built_not_waited_for(
    frames: tuple[pd.DataFrame, pd.DataFrame, list[date]],
) -> None:
    """The running state of a version said to extend itself is built from its rows."""
    players, teams, days = frames
    day = days[-1]
    before = (players[pd.to_datetime(players["game_date"]).dt.date < day],
              teams[pd.to_datetime(teams["game_date"]).dt.date < day])  # fmt: skip
    version = ("self-extension", day)
    shared.forget()
    done = threading.Event()
    got: list[object] = []

    def build() -> None:
        got.append(shared.rolling_state(version, day, *before, version, before))
        done.set()

    threading.Thread(target=build, daemon=True).start()
    try:
        assert done.wait(timeout=120), "the running state waited on itself"
        assert got[0] is not None
    finally:
        shared.forget()
