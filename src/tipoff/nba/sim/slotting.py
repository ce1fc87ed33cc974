"""Putting 1,230 matchups on ~165 game days: a greedy day-by-day pass, then local repair.

The greedy pass walks the calendar. Each day takes a share of the games left proportional
to its weekday weight (Wednesdays and Fridays are busy, Thursdays light) and picks them by
urgency: a team whose games left approach its days left goes first, so few games are
stranded at the end. A team accepts the second night of a back-to-back with a probability
that rises when it is behind its season pace of back-to-backs and falls when it is ahead.

The repair pass places the few stranded games on days both teams are idle, then moves
single games between idle days while that lowers a penalty: three games in three days
(never allowed in the NBA) and back-to-back counts outside ``B2B_MIN..B2B_MAX``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import numpy as np

from tipoff.nba.sim.calendar import CHRISTMAS_GAMES, OPENING_NIGHT_GAMES, SeasonCalendar
from tipoff.nba.sim.matchups import GAMES_PER_TEAM

# Relative number of games by weekday (Monday first), as in recent seasons.
WEEKDAY_WEIGHTS = (1.0, 0.8, 1.35, 0.7, 1.25, 1.05, 0.95)
B2B_MIN = 12
B2B_MAX = 16
B2B_PACE = 12.5  # the greedy pass aims a little low: stranded games add back-to-backs
REPAIR_ROUNDS = 400


def _near(days: set[int], d: int) -> tuple[int, int]:
    """Back-to-backs and 3-in-3 windows that day ``d`` takes part in, given the other days."""
    b2b = (d - 1 in days) + (d + 1 in days)
    triples = sum(all(x + i == d or x + i in days for i in range(3)) for x in (d - 2, d - 1, d))
    return b2b, triples


class Slotter:
    """Mutable state of the assignment: games placed so far and each team's game days."""

    def __init__(self, matchups: list[tuple[int, int]], n_teams: int) -> None:
        self.left: Counter[tuple[int, int]] = Counter(matchups)
        self.team_left = np.zeros(n_teams, dtype=np.int64)
        for home, away in matchups:
            self.team_left[home] += 1
            self.team_left[away] += 1
        self.days: list[set[int]] = [set() for _ in range(n_teams)]
        self.b2b = np.zeros(n_teams, dtype=np.int64)
        self.triples = np.zeros(n_teams, dtype=np.int64)
        self.placed: list[list[int]] = []  # [day, home, away], mutable for repairs
        self.last_met: dict[frozenset[int], int] = {}

    def games_left(self) -> int:
        return int(self.team_left.sum() // 2)

    def _add(self, team: int, day: int) -> None:
        b2b, triples = _near(self.days[team], day)
        self.days[team].add(day)
        self.b2b[team] += b2b
        self.triples[team] += triples

    def _remove(self, team: int, day: int) -> None:
        self.days[team].discard(day)
        b2b, triples = _near(self.days[team], day)
        self.b2b[team] -= b2b
        self.triples[team] -= triples

    def place(self, day: int, home: int, away: int) -> None:
        self.left[(home, away)] -= 1
        for team in (home, away):
            self.team_left[team] -= 1
            self._add(team, day)
        self.placed.append([day, home, away])
        self.last_met[frozenset((home, away))] = day

    def penalty(self, team: int) -> int:
        b2b = int(self.b2b[team])
        over = max(0, b2b - B2B_MAX) + max(0, B2B_MIN - b2b)
        return 100 * int(self.triples[team]) + 10 * over

    # -- greedy pass ---------------------------------------------------------------------

    def pick(self, day: int, target: int, days_left: int, rng: np.random.Generator) -> None:
        """Place up to ``target`` games on calendar day index ``day``."""
        urgency = self.team_left / max(days_left, 1)
        forced = urgency > 0.55  # about two days in three is the most a team can play
        played = GAMES_PER_TEAM - self.team_left
        deficit = B2B_PACE * played / GAMES_PER_TEAM - self.b2b
        accepts = (rng.random(len(urgency)) < np.clip(0.12 + 0.15 * deficit, 0.0, 0.7)) | forced
        pairs = sorted(p for p, n in self.left.items() if n > 0)
        noise = rng.random(len(pairs))
        candidates: list[tuple[float, int, int]] = []
        for k, (home, away) in enumerate(pairs):
            fits = True
            for team in (home, away):
                days = self.days[team]
                if day - 1 in days and (day - 2 in days or not accepts[team]):
                    fits = False
                    break
                if day - 1 in days and self.b2b[team] >= B2B_MAX:
                    fits = False
                    break
            if not fits:
                continue
            score = urgency[home] + urgency[away] + 0.35 * noise[k]
            met = self.last_met.get(frozenset((home, away)))
            if met is not None and day - met < 12:
                score -= 0.5
            candidates.append((-score, home, away))
        candidates.sort()
        used: set[int] = set()
        count = 0
        for _, home, away in candidates:
            if count >= target:
                break
            if home in used or away in used:
                continue
            self.place(day, home, away)
            used.update((home, away))
            count += 1

    # -- repair pass ---------------------------------------------------------------------

    def _move_gain(self, game: list[int], new_day: int) -> int:
        """Penalty decrease from moving ``game`` to ``new_day`` (both teams must be idle)."""
        day, home, away = game
        before = self.penalty(home) + self.penalty(away)
        for team in (home, away):
            self._remove(team, day)
            self._add(team, new_day)
        after = self.penalty(home) + self.penalty(away)
        for team in (home, away):
            self._remove(team, new_day)
            self._add(team, day)
        return before - after

    def place_stranded(self, days: list[int], rng: np.random.Generator) -> None:
        """Put every game the greedy pass left on the least harmful day both teams are idle."""
        for home, away in sorted(p for p, n in self.left.items() for _ in range(n)):
            idle = [d for d in days if d not in self.days[home] and d not in self.days[away]]
            if not idle:
                raise RuntimeError(f"schedule: teams {home} and {away} share no idle day")
            costs = []
            for d in idle:
                cost = 0
                for team in (home, away):
                    b2b, triples = _near(self.days[team], d)
                    cost += 100 * triples + b2b * (1 + 9 * (self.b2b[team] + b2b > B2B_MAX))
                costs.append(cost)
            best = min(costs)
            choices = [d for d, c in zip(idle, costs, strict=True) if c == best]
            self.place(choices[int(rng.integers(len(choices)))], home, away)

    def repair(self, days: list[int], rng: np.random.Generator) -> None:
        """Move single games to idle days while that lowers the total penalty."""
        movable = set(days)
        for _ in range(REPAIR_ROUNDS):
            bad = [t for t in range(len(self.days)) if self.penalty(t) > 0]
            if not bad:
                return
            team = bad[int(rng.integers(len(bad)))]
            mine = self.days[team]
            # Only moves that can help this team: off a back-to-back when it has too many
            # (or a 3-in-3), next to another game when it has too few. A dense stretch may
            # have no idle day free of neighbours, so a surplus may also move sideways.
            too_few = self.b2b[team] < B2B_MIN and not self.triples[team]
            targets = [d for d in days if d not in mine and (not too_few or _near(mine, d)[0] > 0)]
            best_gain = -1
            best: list[tuple[int, int]] = []  # (game position, new day)
            for pos, game in enumerate(self.placed):
                day, home, away = game
                if team not in (home, away) or day not in movable:
                    continue
                if (_near(mine, day)[0] > 0) == too_few:
                    continue
                for new_day in targets:
                    if new_day in self.days[home] or new_day in self.days[away]:
                        continue
                    gain = self._move_gain(game, new_day)
                    if gain > best_gain:
                        best_gain, best = gain, []
                    if gain == best_gain:
                        best.append((pos, new_day))
            # Neutral moves are allowed: they pass a surplus to another team, which can
            # often shed it where this one could not.
            if best_gain < 0 or not best:
                continue
            pos, new_day = best[int(rng.integers(len(best)))]
            game = self.placed[pos]
            day, home, away = game
            for t in (home, away):
                self._remove(t, day)
                self._add(t, new_day)
            game[0] = new_day


def slot_games(
    cal: SeasonCalendar,
    matchups: list[tuple[int, int]],
    n_teams: int,
    rng: np.random.Generator,
) -> list[tuple[date, int, int]]:
    """Every matchup as (date, home, away)."""
    slotter = Slotter(matchups, n_teams)
    special = {cal.opening_day, cal.christmas}
    weights = {d: WEEKDAY_WEIGHTS[d.weekday()] for d in cal.game_days if d not in special}
    weight_left = sum(weights.values())
    for k, d in enumerate(cal.game_days):
        if d == cal.opening_day:
            target = OPENING_NIGHT_GAMES
        elif d == cal.christmas:
            target = CHRISTMAS_GAMES
        else:
            share = slotter.games_left() * weights[d] / weight_left
            weight_left -= weights[d]
            target = int(np.clip(round(share + rng.normal(0.0, 1.2)), 1, n_teams // 2))
        slotter.pick(cal.day_index(d), target, len(cal.game_days) - k, rng)
    movable = [cal.day_index(d) for d in cal.game_days if d not in special]
    slotter.place_stranded(movable, rng)
    slotter.repair(movable, rng)
    if slotter.triples.any():
        raise RuntimeError(f"schedule {cal.season}: a team plays three games in three days")
    return [(cal.opening_day + timedelta(days=day), h, a) for day, h, a in slotter.placed]
