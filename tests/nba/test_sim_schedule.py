"""Schedule invariants: the NBA's 82-game format laid on a real-looking calendar."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, time

import pytest

from tipoff.nba.sim import League
from tipoff.nba.sim.calendar import SeasonCalendar
from tipoff.nba.sim.schedule import back_to_backs

B2B_RANGE = (12, 16)


@pytest.fixture(
    scope="module",
    params=[("2025-26", 7), ("2023-24", 3), ("2024-25", 11)],
    ids=lambda p: f"{p[0]}-seed{p[1]}",
)
def schedule_league(request: pytest.FixtureRequest, league: League) -> League:
    season, seed = request.param
    if (season, seed) == (league.season, league.seed):
        return league
    return League(season=season, seed=seed)


def test_every_team_plays_82_games_41_at_home(schedule_league: League) -> None:
    games = schedule_league.model.games
    assert len(games) == 1230
    home = Counter(g.home for g in games)
    away = Counter(g.away for g in games)
    assert sorted(home.values()) == [41] * 30, home
    assert sorted(away.values()) == [41] * 30, away
    pairs = Counter(frozenset((g.home, g.away)) for g in games)
    assert sorted(Counter(pairs.values()).items()) == [(2, 225), (3, 60), (4, 150)]


def test_no_team_plays_twice_on_a_date_nor_three_days_running(schedule_league: League) -> None:
    seen: Counter[tuple[int, date]] = Counter()
    for g in schedule_league.model.games:
        seen[(g.home, g.game_date)] += 1
        seen[(g.away, g.game_date)] += 1
    assert max(seen.values()) == 1
    days: dict[int, set[int]] = {}
    for team, d in seen:
        days.setdefault(team, set()).add(d.toordinal())
    for team, ds in days.items():
        triples = [d for d in ds if d + 1 in ds and d + 2 in ds]
        assert not triples, f"team {team} plays three days running from {triples[:3]}"


def test_back_to_backs_per_team_in_range(schedule_league: League) -> None:
    counts = back_to_backs(schedule_league.model.games, 30)
    lo, hi = B2B_RANGE
    assert lo <= counts.min() and counts.max() <= hi, f"back-to-backs per team: {sorted(counts)}"
    assert 12.5 <= counts.mean() <= 15.5


def test_calendar_dates_ids_and_tip_offs(schedule_league: League) -> None:
    cal = SeasonCalendar(schedule_league.season)
    games = schedule_league.model.games
    assert games[0].game_date == cal.opening_day and games[-1].game_date == cal.last_day
    assert cal.opening_day.weekday() == 1 and cal.opening_day.month == 10
    assert cal.last_day.weekday() == 6 and cal.last_day.month == 4
    per_day = Counter(g.game_date for g in games)
    assert not set(per_day) & cal.off_days
    assert max(per_day.values()) <= 15
    assert per_day[cal.christmas] == 5
    assert per_day[cal.thanksgiving] == 0
    yy = cal.start_year % 100
    ids = [g.game_id for g in games]
    assert ids == [f"002{yy:02d}{k:05d}" for k in range(1, 1231)]
    assert all(re.fullmatch(r"002\d{7}", i) for i in ids)
    tips = [g.tip_off for g in games]
    assert tips == sorted(tips)
    assert all(str(t.tzinfo) == "America/New_York" for t in tips)
    assert all(t.date() == g.game_date for t, g in zip(tips, games, strict=True))
    evening = sum(time(19, 0) <= t.time() <= time(22, 30) for t in tips)
    assert evening / len(tips) > 0.85, f"only {evening} of {len(tips)} tip between 7 and 10:30 PM"
    assert sum(t.time() < time(18, 0) for t in tips) > 10  # weekend matinees exist


def test_west_coast_home_games_tip_late(league: League) -> None:
    teams, christmas = league.model.teams, league.model.cal.christmas
    west = [
        g.tip_off.time()
        for g in league.model.games
        if teams[g.home].time_zone == "America/Los_Angeles"
        and g.game_date.weekday() < 5
        and g.game_date != christmas
    ]
    assert west and all(t >= time(22, 0) for t in west)


def test_season_label_is_validated() -> None:
    with pytest.raises(ValueError, match="2025-26"):
        League(season="2025")
    with pytest.raises(ValueError, match="follow"):
        League(season="2025-27")
    with pytest.raises(ValueError, match="non-negative"):
        League(seed=-1)
