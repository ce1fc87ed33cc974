"""Scoring: one team's shots, putbacks and free throws in a period, and their expectation.

A period gives a team a budget of shots (league rate x the game's pace). Trips to the
free-throw line come first, shared by seconds x usage x free-throw rate; every trip that
is not an and-one uses up a possession that would otherwise have been a shot. The rest
of the budget are first-chance shots shared by seconds x usage; each player's threes and
makes are binomial draws from his rates, moved by his hot/cold form, the team's shooting
night and system, the opponent's defence and home court. Misses feed offensive rebounds
and the rebounder's putbacks. ``expected_points`` is the same process in expectation,
which is what a perfectly informed bookmaker would price.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipoff.nba.sim import minutes as mins

SHOT_BUDGET = 87.6  # shots or shooting-foul trips per team per regulation game at pace 1
MAX_PUTBACK_ROUNDS = 6
PUTBACK_THREES = 0.35  # three-point rate of a second chance relative to the shooter's own
PUTBACK_BONUS = 0.05  # make-probability boost of a putback two (close to the rim)
HOME_EDGE = 1.012  # make-probability multiplier at home (and its inverse away)
HOME_FT = 1.04  # free-throw trips multiplier at home
OREB_RATE = 0.228  # share of a team's misses it rebounds itself
FOUL_NIGHT = 0.07  # log-sd of a team's trips to the line on a given night (the referees)
AND_ONE = 0.12  # share of free-throw trips that are and-ones (one shot, possession used)
THREE_SHOT = 0.08  # share of the other trips that are three-shot fouls
FT_PER_TRIP = 2.0 - AND_ONE + (1 - AND_ONE) * THREE_SHOT


@dataclass(frozen=True)
class Side:
    """One team's inputs: its available players, best first, and their rates today."""

    team: int
    players: np.ndarray
    quality: np.ndarray
    minutes_bias: np.ndarray
    usage: np.ndarray
    p2: np.ndarray
    p3: np.ndarray
    r3: np.ndarray
    ftr: np.ndarray
    ft: np.ndarray
    oreb: np.ndarray
    dreb: np.ndarray
    ast: np.ndarray
    stl: np.ndarray
    blk: np.ndarray
    tov: np.ndarray
    pf: np.ndarray
    bigness: np.ndarray
    pace: float
    offense: float
    defense: float
    home: bool
    second_night: bool


@dataclass
class Shooting:
    """Running scoring totals of the players on the floor for one team."""

    fga: np.ndarray
    fg3a: np.ndarray
    fg3m: np.ndarray
    fg2m: np.ndarray
    fta: np.ndarray
    ftm: np.ndarray
    oreb: np.ndarray

    def points(self) -> int:
        return int(2 * self.fg2m.sum() + 3 * self.fg3m.sum() + self.ftm.sum())


class Night:
    """A team's game-level luck: shooting night, three-point appetite, foul environment."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.make = float(np.exp(rng.normal(0.0, 0.01)))
        self.threes = float(np.exp(rng.normal(0.0, 0.05)))
        self.fouls = float(np.exp(rng.normal(0.0, FOUL_NIGHT)))


def free_throw_trips(
    side: Side,
    night: Night,
    share: np.ndarray,
    budget: float,
    on_floor: np.ndarray,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each player's free-throw trips, the and-ones among them, and his free throws."""
    home = HOME_FT if side.home else 1.0
    lam = side.ftr * (share * budget + 0.3 * on_floor) * night.fouls * home / FT_PER_TRIP
    trips = rng.poisson(lam)
    and_ones = rng.binomial(trips, AND_ONE)
    fta = 2 * trips - and_ones + rng.binomial(trips - and_ones, THREE_SHOT)
    return trips, and_ones, fta


def shoot(
    side: Side,
    opp: Side,
    night: Night,
    seconds: np.ndarray,
    budget: float,
    rng: np.random.Generator,
) -> Shooting:
    """One period's scoring: free-throw trips, first-chance shots, putbacks.

    ``budget`` is the shots the period's possessions allow. A shooting foul (other than an
    and-one) ends a possession at the line instead of with a shot, and misses feed offensive
    rebounds and the rebounder's putbacks, so a team that lives at the line shoots less and
    a cold team shoots more. These trades are what keep real team scores tighter (sd ~12-13
    points a game) than independent shots and free throws would (~15).
    """
    edge = HOME_EDGE if side.home else 1.0 / HOME_EDGE
    mult = night.make * side.offense * opp.defense * edge
    p2 = np.clip(side.p2 * mult, 0.01, 0.95)
    p3 = np.clip(side.p3 * mult, 0.01, 0.95)
    n = len(seconds)
    fga, fg3a, fg3m, fg2m, oreb = (np.zeros(n, dtype=np.int64) for _ in range(5))
    weights = seconds * side.usage
    share = weights / weights.sum()
    trips, and_ones, fta = free_throw_trips(side, night, share, budget, seconds > 0, rng)
    first = max(round(budget) - int((trips - and_ones).sum()), 0)
    chances = rng.multinomial(first, share)
    rebounders = seconds * side.oreb
    rebounders = rebounders / rebounders.sum()
    kick_out = 1.0
    for _ in range(MAX_PUTBACK_ROUNDS):
        threes = rng.binomial(chances, np.clip(side.r3 * night.threes * kick_out, 0.0, 0.95))
        made3 = rng.binomial(threes, p3)
        made2 = rng.binomial(
            chances - threes, np.clip(p2 + PUTBACK_BONUS * (kick_out < 1), 0.01, 0.95)
        )
        fga += chances
        fg3a += threes
        fg3m += made3
        fg2m += made2
        boards = int(rng.binomial(int((chances - made3 - made2).sum()), OREB_RATE))
        if boards == 0:
            break
        chances = rng.multinomial(boards, rebounders)
        oreb += chances
        kick_out = PUTBACK_THREES  # most second chances are close to the rim
    ftm = rng.binomial(fta, side.ft)
    return Shooting(fga, fg3a, fg3m, fg2m, fta, ftm, oreb)


def add(a: Shooting, b: Shooting) -> Shooting:
    return Shooting(
        a.fga + b.fga,
        a.fg3a + b.fg3a,
        a.fg3m + b.fg3m,
        a.fg2m + b.fg2m,
        a.fta + b.fta,
        a.ftm + b.ftm,
        a.oreb + b.oreb,
    )


def expected_points(side: Side, opp: Side) -> np.ndarray:
    """Mean points of each of ``side``'s players under the model, without the game's luck.

    This is the quantity a perfectly informed bookmaker would price; real books see it
    through noise (``bookmaker``). It mirrors ``simulate``: expected minutes from the plan,
    trips to the line and first-chance shots shared by seconds x usage, putbacks by
    seconds x offensive rebounding, makes at the matchup's rates.
    """
    minutes = mins.plan(side.quality, side.minutes_bias, side.second_night, None).minutes
    budget = SHOT_BUDGET * 0.5 * (side.pace + opp.pace)
    edge = HOME_EDGE if side.home else 1.0 / HOME_EDGE
    mult = side.offense * opp.defense * edge
    p2, p3 = side.p2 * mult, side.p3 * mult
    share = minutes * side.usage
    share = share / share.sum()
    fouls = (HOME_FT if side.home else 1.0) * np.exp(FOUL_NIGHT**2 / 2)
    trips = side.ftr * (share * budget + 0.3) * fouls / FT_PER_TRIP
    first = share * (budget - float(trips.sum()) * (1 - AND_ONE))
    miss = 1.0 - float((first * ((1 - side.r3) * p2 + side.r3 * p3)).sum() / first.sum())
    rebounds = minutes * side.oreb
    putbacks = first.sum() * (1.0 / (1.0 - OREB_RATE * miss) - 1.0) * rebounds / rebounds.sum()
    r3_put = side.r3 * PUTBACK_THREES
    per_first = (1 - side.r3) * 2 * p2 + side.r3 * 3 * p3
    per_put = (1 - r3_put) * 2 * np.minimum(p2 + PUTBACK_BONUS, 0.95) + r3_put * 3 * p3
    return np.asarray(first * per_first + putbacks * per_put + trips * FT_PER_TRIP * side.ft)
