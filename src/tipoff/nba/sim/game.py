"""One game: both teams' box scores from their inputs, overtime included.

Scoring comes period by period from ``scoring``; a tie after regulation goes to overtime,
period by period, until there is a winner (a team down 1-3 at the end sometimes forces the
tie, as real teams do). Defensive rebounds, assists, steals, blocks, turnovers and fouls
are drawn once for the whole game from the team totals they depend on (misses, makes, the
opponent's turnovers and free throws) and shared by seconds x propensity. Plus-minus
spreads the final margin over the players by their time on court, with noise, summing
exactly to five times the margin. Totals are sums of players by construction, so the
invariants (PTS = 2 FGM + FG3M + FTM, FG3M <= FGM <= FGA, FTM <= FTA, 240 team minutes
+ 25 per OT) hold for every draw.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipoff.nba.sim import minutes as mins
from tipoff.nba.sim.scoring import SHOT_BUDGET, Night, Shooting, Side, add, shoot

GAME_PACE_SD = 0.03  # night-to-night pace, shared by both teams (it ties their scores)
FGA_SD = 0.8  # sd of the shot budget around what the pace implies
DREB_RATE = 0.93  # share of the opponent's remaining misses credited as defensive boards
AST_RATE = 0.615
TOV_RATE = 13.1
STL_RATE = 0.565
BLK_RATE = 0.205
PF_BASE, PF_PER_FTA = 11.5, 0.35
MAX_OVERTIMES = 6
LATE_EQUALIZER = 0.22  # chance a team down 1-3 at the end of regulation ties it
FOUL_OUT = 6


@dataclass(frozen=True)
class Box:
    """One team's box score: a row per player who appeared, starters first, then by minutes."""

    team: int
    players: np.ndarray
    seconds: np.ndarray
    fgm: np.ndarray
    fga: np.ndarray
    fg3m: np.ndarray
    fg3a: np.ndarray
    ftm: np.ndarray
    fta: np.ndarray
    oreb: np.ndarray
    dreb: np.ndarray
    ast: np.ndarray
    stl: np.ndarray
    blk: np.ndarray
    tov: np.ndarray
    pf: np.ndarray
    pts: np.ndarray
    plus_minus: np.ndarray
    starter: np.ndarray
    start_position: tuple[str, ...]

    @property
    def score(self) -> int:
        return int(self.pts.sum())


@dataclass(frozen=True)
class GameBox:
    home: Box
    away: Box
    periods: int  # 4, or 4 + overtimes


def _share(total: int, weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    if total <= 0 or weights.sum() <= 0:
        return np.zeros(len(weights), dtype=np.int64)
    return rng.multinomial(total, weights / weights.sum())


def _fouls(total: int, weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Personal fouls shared out, nobody above six (the excess goes to teammates)."""
    pf = _share(total, weights, rng)
    for _ in range(10):
        over = pf > FOUL_OUT
        if not over.any():
            break
        excess = int((pf[over] - FOUL_OUT).sum())
        pf[over] = FOUL_OUT
        room = np.where(pf < FOUL_OUT, weights, 0.0)
        if room.sum() <= 0:
            break
        pf += _share(excess, room, rng)
    return pf


def _plus_minus(seconds: np.ndarray, margin: int, rng: np.random.Generator) -> np.ndarray:
    """Integers summing to 5 x margin, each near margin x his share of the floor time."""
    share = seconds / seconds.sum()
    noise = rng.normal(0.0, 6.0, size=len(seconds)) * np.sqrt(seconds / 2880.0)
    noise -= share * noise.sum()
    raw = 5.0 * margin * share + noise
    out = np.floor(raw).astype(np.int64)
    short = 5 * margin - int(out.sum())
    order = np.argsort(-(raw - out), kind="stable")
    out[order[:short]] += 1
    return out


def _positions(bigness: np.ndarray, starter: np.ndarray) -> tuple[str, ...]:
    """G, G, F, F, C for the five starters by bigness; blank for the bench."""
    labels = [""] * len(bigness)
    starters = np.flatnonzero(starter)
    for label, k in zip(
        "GGFFC", starters[np.argsort(bigness[starters], kind="stable")], strict=False
    ):
        labels[k] = label
    return tuple(labels)


def _late_equalizer(
    sides: tuple[Side, Side],
    shots: list[Shooting],
    seconds: list[np.ndarray],
    rng: np.random.Generator,
) -> None:
    """Sometimes the team trailing by 1-3 at the end ties it with a last basket.

    Independent shots tie a game about 2.5% of the time; real games go to overtime twice as
    often (5-7%) because the trailing team plays for the tie (fouls, a last three).
    """
    margin = shots[0].points() - shots[1].points()
    if not 1 <= abs(margin) <= 3 or rng.random() >= LATE_EQUALIZER:
        return
    k = 1 if margin > 0 else 0
    t, need = shots[k], abs(margin)
    j = int(np.argmax(seconds[k] * sides[k].usage))  # the go-to player takes it
    if need == 1:
        t.fta[j] += 1
        t.ftm[j] += 1
        return
    t.fga[j] += 1
    if need == 3:
        t.fg3a[j] += 1
        t.fg3m[j] += 1
    else:
        t.fg2m[j] += 1


def simulate(home: Side, away: Side, rng: np.random.Generator) -> GameBox:
    """Both box scores of one game, from ``rng`` alone given the two sides."""
    garbage = float(np.exp(rng.normal(0.0, 0.35)))
    pace = 0.5 * (home.pace + away.pace) * float(np.exp(rng.normal(0.0, GAME_PACE_SD)))
    sides = (home, away)
    appear, starters, seconds, nights, shots = [], [], [], [], []
    for side in sides:
        rotation = mins.plan(side.quality, side.minutes_bias, side.second_night, rng, garbage)
        appear.append(rotation.appear)
        starters.append(rotation.starter)
        seconds.append(mins.to_seconds(rotation.minutes, mins.REGULATION_SECONDS))
        nights.append(Night(rng))
    for k, side in enumerate(sides):
        budget = rng.normal(SHOT_BUDGET * pace, FGA_SD)
        shots.append(shoot(side, sides[1 - k], nights[k], seconds[k], budget, rng))
    _late_equalizer(sides, shots, seconds, rng)
    overtimes = 0
    while shots[0].points() == shots[1].points() and overtimes < MAX_OVERTIMES:
        overtimes += 1
        for k, side in enumerate(sides):
            ot = mins.overtime_seconds(seconds[k] * appear[k])
            budget = rng.normal(SHOT_BUDGET * pace * 5 / 48, 1.0)
            extra = shoot(side, sides[1 - k], nights[k], ot, max(budget, 4.0), rng)
            seconds[k] = seconds[k] + ot
            shots[k] = add(shots[k], extra)
    if shots[0].points() == shots[1].points():  # six overtimes and still level: a free throw
        top = int(np.argmax(seconds[0]))
        shots[0].fta[top] += 1
        shots[0].ftm[top] += 1
    periods_factor = 1.0 + overtimes * 5 / 48
    misses = [int(t.fga.sum() - t.fg3m.sum() - t.fg2m.sum()) for t in shots]
    oreb = [int(t.oreb.sum()) for t in shots]
    tov = [int(rng.poisson(TOV_RATE * pace * periods_factor)) for _ in sides]
    boxes = [
        _box(
            sides[k],
            shots[k],
            shots[1 - k],
            seconds[k],
            appear[k],
            starters[k],
            rng,
            dreb=int(rng.binomial(misses[1 - k] - oreb[1 - k], DREB_RATE)),
            tov=tov[k],
            stl=int(rng.binomial(tov[1 - k], STL_RATE)),
        )
        for k in range(2)
    ]
    return GameBox(home=boxes[0], away=boxes[1], periods=4 + overtimes)


def _box(
    side: Side,
    own: Shooting,
    opp: Shooting,
    seconds: np.ndarray,
    played: np.ndarray,
    starter: np.ndarray,
    rng: np.random.Generator,
    *,
    dreb: int,
    tov: int,
    stl: int,
) -> Box:
    """One team's rows: scoring from its shots, the rest shared by seconds x propensity."""
    w = seconds.astype(float)
    fgm = own.fg2m + own.fg3m
    opp_2miss = int((opp.fga - opp.fg3a).sum() - opp.fg2m.sum())
    positions = _positions(side.bigness, starter)
    keep = np.flatnonzero(played)
    keep = keep[np.lexsort((-seconds[keep], ~starter[keep]))]
    ast = int(rng.binomial(int(fgm.sum()), AST_RATE))
    blk = int(rng.binomial(max(opp_2miss, 0), BLK_RATE))
    pf = int(rng.poisson(PF_BASE + PF_PER_FTA * opp.fta.sum()))
    return Box(
        team=side.team,
        players=side.players[keep],
        seconds=seconds[keep],
        fgm=fgm[keep],
        fga=own.fga[keep],
        fg3m=own.fg3m[keep],
        fg3a=own.fg3a[keep],
        ftm=own.ftm[keep],
        fta=own.fta[keep],
        oreb=own.oreb[keep],
        dreb=_share(dreb, w * side.dreb, rng)[keep],
        ast=_share(ast, w * side.ast, rng)[keep],
        stl=_share(stl, w * side.stl, rng)[keep],
        blk=_share(blk, w * side.blk, rng)[keep],
        tov=_share(tov, w * side.tov, rng)[keep],
        pf=_fouls(pf, w * side.pf, rng)[keep],
        pts=(2 * fgm + own.fg3m + own.ftm)[keep],
        plus_minus=_plus_minus(w, own.points() - opp.points(), rng)[keep],
        starter=starter[keep],
        start_position=tuple(positions[j] for j in keep),
    )
