"""The season schedule: every game's date, tip-off and NBA-style game id.

Matchups (``matchups``) are put on days by ``slotting``; this module gives each game a
tip-off and numbers the season in time order as NBA.com does (``0022500001`` is the first
regular-season game of 2025-26). Tip-offs are local 7:00 or 7:30 PM in the home arena on
weekdays (so 10:00-10:30 PM ET on the West Coast), with weekend matinees, and Christmas's
five fixed national slots with the eastern arenas first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

import numpy as np

from tipoff.nba.sim.calendar import SeasonCalendar, et_at, local_tip
from tipoff.nba.sim.slotting import slot_games
from tipoff.nba.teams import Team

CHRISTMAS_SLOTS = ((12, 0), (14, 30), (17, 0), (20, 0), (22, 30))


@dataclass(frozen=True)
class Game:
    """One scheduled game; ``home``/``away`` index ``teams.teams()``."""

    game_id: str
    serial: int
    game_date: date
    tip_off: datetime
    home: int
    away: int


def _tip(d: date, team: Team, rng: np.random.Generator) -> datetime:
    """A plausible tip-off for a game at ``team``'s arena on ``d``, in ET."""
    weekday = d.weekday()
    u = rng.random()
    if weekday == 6 and u < 0.3:
        hour, minute = [(12, 0), (13, 0), (15, 0), (15, 30)][int(rng.integers(4))]
    elif weekday == 5 and u < 0.15:
        hour, minute = [(15, 0), (17, 0)][int(rng.integers(2))]
    elif weekday >= 5:
        hour, minute = [(18, 0), (19, 0), (19, 30)][int(rng.integers(3))]
    else:
        hour, minute = (19, 0) if u < 0.55 else (19, 30)
    return local_tip(d, team.time_zone, hour, minute)


def build_schedule(
    cal: SeasonCalendar,
    teams: tuple[Team, ...],
    matchups: list[tuple[int, int]],
    rng: np.random.Generator,
) -> tuple[Game, ...]:
    """The whole season in time order, with tip-offs and game ids ``002YY00001``..."""
    dated = slot_games(cal, matchups, len(teams), rng)
    timed: list[tuple[datetime, int, int, date]] = []
    christmas = sorted(
        ((d, h, a) for d, h, a in dated if d == cal.christmas),
        key=lambda g: (_utc_offset_hours(teams[g[1]], cal.christmas), g[1]),
        reverse=True,
    )
    for (d, home, away), (hour, minute) in zip(christmas, CHRISTMAS_SLOTS, strict=False):
        timed.append((et_at(d, hour, minute), home, away, d))
    for d, home, away in dated:
        if d != cal.christmas:
            timed.append((_tip(d, teams[home], rng), home, away, d))
    timed.sort(key=lambda g: (g[0], teams[g[1]].team_id))
    return tuple(
        Game(
            game_id=f"{cal.game_id_prefix}{serial:05d}",
            serial=serial,
            game_date=d,
            tip_off=tip,
            home=home,
            away=away,
        )
        for serial, (tip, home, away, d) in enumerate(timed, start=1)
    )


def _utc_offset_hours(team: Team, d: date) -> float:
    """Hours east of UTC of ``team``'s arena on ``d`` (eastern arenas get earlier slots)."""
    offset = ZoneInfo(team.time_zone).utcoffset(datetime.combine(d, time(12)))
    return offset.total_seconds() / 3600.0 if offset is not None else 0.0


def back_to_backs(games: tuple[Game, ...], n_teams: int) -> np.ndarray:
    """Back-to-back count per team index: games on consecutive dates."""
    dates: list[list[date]] = [[] for _ in range(n_teams)]
    for g in games:
        dates[g.home].append(g.game_date)
        dates[g.away].append(g.game_date)
    out = np.zeros(n_teams, dtype=np.int64)
    for t, ds in enumerate(dates):
        ds.sort()
        out[t] = sum(1 for a, b in pairwise(ds) if (b - a).days == 1)
    return out
