"""Who plays whom, and where: the NBA's 82-game formula as a list of (home, away) pairs.

Every team plays
- its 4 division rivals 4 times (2 home, 2 away): 16 games,
- 6 of the 10 other teams of its conference 4 times (2 + 2): 24 games,
- the remaining 4 of them 3 times: 12 games,
- each of the 15 teams of the other conference twice (1 + 1): 30 games,
which is 82, and 41 at home once the 3-game series are oriented so that each team hosts
two of them twice and two of them once. The 3-game opponents form, per pair of divisions
of a conference, a 10-cycle (team ``i`` of one division meets teams ``i+s`` and ``i+s+1``
of the other); walking each cycle in one direction gives every team one extra home game
per other division, hence exactly 41 home games.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain, combinations

import numpy as np

from tipoff.nba.teams import Team

GAMES_PER_TEAM = 82


def _divisions(teams: tuple[Team, ...]) -> dict[str, dict[str, list[int]]]:
    """Conference -> division -> team indices (sorted, so the layout is stable)."""
    out: dict[str, dict[str, list[int]]] = {}
    for i, team in enumerate(teams):
        out.setdefault(team.conference, {}).setdefault(team.division, []).append(i)
    for conference, divisions in out.items():
        if len(divisions) != 3 or any(len(d) != 5 for d in divisions.values()):
            raise ValueError(f"conference {conference}: expected 3 divisions of 5 teams")
    return out


def _three_game_cycle(first: list[int], second: list[int], shift: int) -> list[tuple[int, int]]:
    """The 10-cycle of 3-game series between two divisions, as (host twice, host once) pairs.

    The cycle visits a0, b(s+1), a1, b(s+2), ..., a4, b(s+5) = b(s), back to a0, so team
    a_i meets b(i+s) and b(i+s+1); each edge is oriented along the walk, so every team
    hosts one series twice and one once.
    """
    walk: list[int] = []
    for i in range(5):
        walk.append(first[i])
        walk.append(second[(i + shift + 1) % 5])
    return [(walk[k], walk[(k + 1) % len(walk)]) for k in range(len(walk))]


def season_matchups(teams: tuple[Team, ...], rng: np.random.Generator) -> list[tuple[int, int]]:
    """All 1,230 games of a season as (home index, away index) pairs, unordered in time."""
    games: list[tuple[int, int]] = []
    conferences = _divisions(teams)
    for divisions in conferences.values():
        names = sorted(divisions)
        for name in names:
            for a, b in combinations(divisions[name], 2):
                games += [(a, b), (a, b), (b, a), (b, a)]
        for d1, d2 in combinations(names, 2):
            first, second = divisions[d1], divisions[d2]
            shift = int(rng.integers(5))
            three = _three_game_cycle(first, second, shift)
            three_pairs = {frozenset(p) for p in three}
            for host, guest in three:  # host twice, guest once
                games += [(host, guest), (host, guest), (guest, host)]
            for a in first:
                for b in second:
                    if frozenset((a, b)) not in three_pairs:
                        games += [(a, b), (a, b), (b, a), (b, a)]
    east, west = (list(chain.from_iterable(divs.values())) for divs in conferences.values())
    for a in east:
        for b in west:
            games += [(a, b), (b, a)]
    _check(games, len(teams))
    return games


def _check(games: list[tuple[int, int]], n_teams: int) -> None:
    """Fail loudly if the formula above was broken: 82 games and 41 at home for everyone."""
    home = Counter(h for h, _ in games)
    away = Counter(a for _, a in games)
    half = GAMES_PER_TEAM // 2
    for team in range(n_teams):
        if home[team] != half or away[team] != half:
            raise AssertionError(
                f"matchups: team index {team} has {home[team]} home / {away[team]} away games"
            )
