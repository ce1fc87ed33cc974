"""Schedule staleness (with its temporary override) and the stale-status repair job."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from tipoff.engine.registry import Registry
from tipoff.engine.store import Store
from tipoff.nba import raw_tables as t
from tipoff.nba.raw.staleness import StalenessPolicy, schedule_freshness, staleness_blueprint
from tipoff.nba.raw_tables import NBA_RAW_SCHEMA
from tipoff.nba.scrape.context import ET

DAY = date(2025, 11, 12)
NOW = datetime(2025, 11, 12, 12, 0, tzinfo=ET)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'nba.db'}")
    s.ensure_schema(NBA_RAW_SCHEMA)
    yield s
    s.dispose()


def add_game(
    store: Store,
    game_id: str,
    *,
    day: date,
    status: int,
    loaded: datetime,
    box: tuple[int, int] | None = None,
) -> None:
    with store.transaction() as conn:
        conn.execute(
            sa.insert(t.raw_schedule).values(
                game_id=game_id,
                game_date=day,
                season="2025",
                home_team_id=1,
                away_team_id=2,
                home_tricode="AAA",
                away_tricode="BBB",
                status=status,
                status_text="7:30 pm ET" if status == 1 else "Final",
                home_pts=None,
                away_pts=None,
                source_key=f"raw/sim/schedule/{day}/all.json",
                loaded_at=loaded.timestamp(),
            )
        )
        if box is None:
            return
        for team, opp, home, pts in ((1, 2, True, box[0]), (2, 1, False, box[1])):
            conn.execute(
                sa.insert(t.raw_team_boxscores).values(
                    game_id=game_id,
                    team_id=team,
                    game_date=day,
                    opponent_team_id=opp,
                    is_home=home,
                    minutes=240.0,
                    fgm=40,
                    fga=85,
                    fg3m=12,
                    fg3a=33,
                    ftm=pts - 92,
                    fta=pts - 88,
                    oreb=10,
                    dreb=33,
                    reb=43,
                    ast=25,
                    stl=7,
                    blk=5,
                    tov=13,
                    pf=19,
                    pts=pts,
                    source_key=f"raw/sim/boxscore/{day}/{game_id}.json",
                    loaded_at=loaded.timestamp(),
                )
            )


def test_a_schedule_loaded_seven_hours_ago_is_stale_under_the_default(store: Store) -> None:
    add_game(store, "0022500001", day=DAY, status=1, loaded=NOW - timedelta(hours=7))
    with store.read() as conn:
        f = schedule_freshness(conn, DAY, now=NOW, policy=StalenessPolicy())
        missing = schedule_freshness(
            conn, DAY + timedelta(days=1), now=NOW, policy=StalenessPolicy()
        )
    assert not f.fresh and f.games == 1 and f.max_hours == 6
    assert f.describe() == ("schedule for 2025-11-12: STALE, 1 games, loaded 7.0 h ago (limit 6 h)")
    assert not missing.fresh and missing.describe() == "schedule for 2025-11-13: not loaded"


def test_the_override_widens_the_limit_until_it_expires(store: Store) -> None:
    add_game(store, "0022500001", day=DAY, status=1, loaded=NOW - timedelta(hours=7))
    policy = StalenessPolicy(override_hours=12, override_expires=NOW + timedelta(hours=1))
    with store.read() as conn:
        during = schedule_freshness(conn, DAY, now=NOW, policy=policy)
        after = schedule_freshness(conn, DAY, now=NOW + timedelta(hours=2), policy=policy)
    assert during.fresh and during.max_hours == 12
    assert not after.fresh and after.max_hours == 6  # reverted by itself
    # an override without an expiry is ignored: it could otherwise hide staleness for good
    assert StalenessPolicy(override_hours=12).effective_max_hours(NOW) == 6


def test_fix_stale_schedule_marks_games_final_from_their_box_scores(store: Store) -> None:
    yesterday = DAY - timedelta(days=1)
    add_game(store, "0022500001", day=yesterday, status=1, loaded=NOW, box=(112, 104))
    add_game(store, "0022500002", day=yesterday, status=1, loaded=NOW)  # no box score yet
    add_game(store, "0022500003", day=DAY, status=1, loaded=NOW, box=(99, 98))  # today: leave
    fn = Registry(staleness_blueprint).get("fix_stale_schedule")

    class Ctx:
        data_date = DAY
        clock = None

    result = fn(Ctx())  # type: ignore[arg-type]
    assert result is not None and result.write is not None
    with store.transaction() as conn:
        fixed = result.write(conn)
    with store.read() as conn:
        rows = {
            r.game_id: (r.status, r.status_text, r.home_pts, r.away_pts)
            for r in conn.execute(sa.select(t.raw_schedule))
        }
    assert fixed == 1
    assert rows["0022500001"] == (3, "Final", 112, 104)
    assert rows["0022500002"][0] == 1
    assert rows["0022500003"][0] == 1
