"""Who is on which team on which day: opening-night rosters and the season's transactions.

Opening rosters take the 450 best players (rookies get a bonus: first-round picks make
rosters) and deal them out tier by tier, 30 at a time, so every team has one player of
each tier; a hidden team strength decides who picks first in each tier, which makes some
rosters deep and some thin without leaving any team without a rotation. During the season,
a few trades (mid-December to the trade deadline, never a team's two best players) and
signings (a free agent signed, the roster's last man waived) change rosters from their
effective date on. Rosters stay at ``ROSTER_SIZE`` throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from tipoff.nba.sim.calendar import SeasonCalendar
from tipoff.nba.sim.streams import stream
from tipoff.nba.sim.talent import Talent

ROSTER_SIZE = 15
FREE_AGENT = -1
TRADES = (5, 9)  # low (inclusive), high (exclusive)
SIGNINGS = (10, 16)


@dataclass(frozen=True)
class Transaction:
    """One player's move; the moves of one deal share ``deal``."""

    effective: date  # on the new team for games of this date on
    kind: str  # "trade", "signing" or "waiver"
    player: int  # player index
    from_team: int  # team index, FREE_AGENT for a signing
    to_team: int  # team index, FREE_AGENT for a waiver
    deal: int


@dataclass(frozen=True)
class Rosters:
    """Team membership per (player, calendar day) and the moves that changed it."""

    team_of: np.ndarray  # (players, days) team index or FREE_AGENT
    transactions: tuple[Transaction, ...]
    cal: SeasonCalendar

    def _day(self, d: date) -> int:
        return min(max(self.cal.day_index(d), 0), self.team_of.shape[1] - 1)

    def roster(self, team: int, d: date) -> np.ndarray:
        """Player indices on ``team`` on date ``d`` (before opening day: opening rosters)."""
        return np.flatnonzero(self.team_of[:, self._day(d)] == team)

    def team_on(self, player: int, d: date) -> int:
        return int(self.team_of[player, self._day(d)])

    def joined(self, player: int, d: date) -> int:
        """Day index on which the player's current stint began (0 for opening rosters)."""
        day = self._day(d)
        row = self.team_of[player, : day + 1]
        changes = np.flatnonzero(row != row[-1])
        return int(changes[-1]) + 1 if changes.size else 0


def _opening_rosters(
    talent: Talent, rookie: np.ndarray, n_teams: int, rng: np.random.Generator
) -> np.ndarray:
    """Team index (or FREE_AGENT) of every player on opening night."""
    n = len(talent.quality)
    keep = n_teams * ROSTER_SIZE
    score = talent.quality + 0.6 * rookie + rng.normal(0.0, 0.3, size=n)
    chosen = np.argsort(-score, kind="stable")[:keep]
    chosen = chosen[np.argsort(-talent.quality[chosen], kind="stable")]
    strength = rng.normal(size=n_teams)
    team = np.full(n, FREE_AGENT, dtype=np.int64)
    for tier in range(ROSTER_SIZE):
        members = chosen[tier * n_teams : (tier + 1) * n_teams]
        order = np.argsort(-(2.0 * strength + rng.normal(size=n_teams)), kind="stable")
        team[members] = order
    return team


def build_rosters(
    seed: int,
    cal: SeasonCalendar,
    talent: Talent,
    rookie: np.ndarray,
    n_teams: int,
) -> Rosters:
    """Opening rosters plus the season's trades and signings, as a (player, day) table."""
    rng = stream(seed, cal.season, "rosters")
    n_days = len(cal.days)
    opening = _opening_rosters(talent, rookie, n_teams, rng)
    team_of = np.repeat(opening[:, None], n_days, axis=1)

    def window(first: date, last: date, count: int) -> list[int]:
        lo, hi = cal.day_index(first), cal.day_index(last)
        return sorted(int(x) for x in rng.integers(lo, hi + 1, size=count))

    year = cal.start_year
    trade_days = window(date(year, 12, 15), cal.trade_deadline, int(rng.integers(*TRADES)))
    signing_days = window(date(year, 11, 10), date(year + 1, 3, 25), int(rng.integers(*SIGNINGS)))
    events = sorted([(d, "trade") for d in trade_days] + [(d, "signing") for d in signing_days])
    moves: list[Transaction] = []

    def move(day: int, kind: str, player: int, to_team: int, deal: int) -> None:
        effective = cal.opening_day + timedelta(days=day)
        from_team = int(team_of[player, day])
        team_of[player, day:] = to_team
        moves.append(Transaction(effective, kind, int(player), from_team, to_team, deal))

    for deal, (day, kind) in enumerate(events):
        current = team_of[:, day]
        if kind == "trade":
            a, b = (int(t) for t in rng.choice(n_teams, size=2, replace=False))
            count = 2 if rng.random() < 0.35 else 1
            sides = []
            for t in (a, b):
                members = np.flatnonzero(current == t)
                members = members[np.argsort(-talent.quality[members], kind="stable")]
                sides.append(rng.choice(members[2:12], size=count, replace=False))
            for p in sides[0]:
                move(day, "trade", int(p), b, deal)
            for p in sides[1]:
                move(day, "trade", int(p), a, deal)
        else:
            t = int(rng.integers(n_teams))
            members = np.flatnonzero(current == t)
            last = int(members[np.argmin(talent.quality[members])])
            pool = np.flatnonzero(current == FREE_AGENT)
            pick = int(pool[np.argmax(talent.quality[pool] + rng.normal(0.0, 0.4, pool.size))])
            move(day, "waiver", last, FREE_AGENT, deal)
            move(day, "signing", pick, t, deal)
    return Rosters(team_of=team_of, transactions=tuple(moves), cal=cal)


def jersey_numbers(
    seed: int, roster: list[int], joined: list[int], player_ids: list[int]
) -> list[int]:
    """Distinct jersey numbers for a roster; whoever joined first keeps his preferred one."""
    order = sorted(range(len(roster)), key=lambda k: (joined[k], player_ids[k]))
    taken: set[int] = set()
    out = [0] * len(roster)
    for k in order:
        preferred = int(stream(seed, "jersey", player_ids[k]).integers(0, 100))
        number = preferred
        while number in taken:
            number = (number + 1) % 100
        taken.add(number)
        out[k] = number
    return out
