"""Who plays and for how long: the coach's rotation for one team in one game.

Minutes come from the depth chart, not from a player's own number: the available players
are ranked by current ability and each rank has a planned share (``PLAN_MINUTES``, close to
the real average minutes of the n-th most-used player of a team-game), nudged by each
player's ``minutes_bias``. When a starter sits, everyone below moves up a rank, which is
how injuries hand minutes (and so shots) to teammates. The last men of the bench appear
only some nights and then for a few garbage-time minutes; together with the injured this
leaves about 10-11 players a night, as in the real league. Team minutes are exact: 240
player-minutes (14,400 player-seconds) in regulation and 25 more per overtime.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

REGULATION_SECONDS = 240 * 60
OVERTIME_SECONDS = 25 * 60
OVERTIME_CAP = 5 * 60
MAX_MINUTES = 44.0
ROTATION = 10  # ranks below this get planned minutes, the rest garbage time
# Planned minutes and chance of appearing, by rank (ranks past the end use the last value).
PLAN_MINUTES = np.array(
    [36.5, 34.5, 32.5, 30.0, 27.5, 23.5, 20.0, 16.5, 12.5, 8.0, 6.0, 5.0, 4.0, 3.5, 3.0]
)
APPEAR = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.99, 0.96, 0.8, 0.42, 0.3, 0.22, 0.18, 0.15])
ROTATION_JITTER = 0.25  # night-to-night wobble of the coach's order, in ability units
GAME_NOISE = 0.15  # log-sd of a rotation player's minutes around his plan
DEEP_SHAPE, DEEP_SCALE = 2.0, 2.6  # garbage-time minutes, mean ~5
CAMEO = 0.05  # share of garbage-time appearances that last under a minute
SECOND_NIGHT_CUT = 1.5  # starters' minutes shaved on the second night of a back-to-back


def _fit_total(minutes: np.ndarray, fixed: np.ndarray, total: float) -> np.ndarray:
    """Scale the non-fixed minutes so the sum is ``total``, capping anyone at MAX_MINUTES."""
    out = minutes.astype(float).copy()
    free = ~fixed & (out > 0)
    for _ in range(6):
        room = total - out[~free].sum()
        scale = room / max(out[free].sum(), 1e-9)
        out[free] *= scale
        over = free & (out > MAX_MINUTES)
        if not over.any():
            break
        out[over] = MAX_MINUTES
        free &= ~over
    return out


def to_seconds(minutes: np.ndarray, total: int) -> np.ndarray:
    """Whole seconds summing exactly to ``total`` (largest remainder rounding)."""
    raw = minutes * 60.0
    raw = raw * (total / max(raw.sum(), 1e-9))
    sec = np.floor(raw).astype(np.int64)
    short = total - int(sec.sum())
    if short > 0:
        order = np.argsort(-(raw - sec), kind="stable")
        sec[order[:short]] += 1
    return sec


@dataclass(frozen=True)
class Rotation:
    """One team's night: who appeared, who started, and everyone's minutes."""

    appear: np.ndarray
    starter: np.ndarray
    minutes: np.ndarray


def plan(
    quality: np.ndarray,
    minutes_bias: np.ndarray,
    second_night: bool,
    rng: np.random.Generator | None,
    garbage: float = 1.0,
) -> Rotation:
    """The rotation of a team's available players from their current ability.

    With ``rng`` the bench order wobbles from night to night (``ROTATION_JITTER``), so the
    6th to 11th men trade places while the starting five holds; with ``rng`` None the
    result is the expectation a bookmaker would compute: ranks by ability, everyone
    "appears" and the deep bench gets its expected garbage time.
    """
    n = len(minutes_bias)
    if n < 5:
        raise ValueError(f"a team needs five available players, has {n}")
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(-quality, kind="stable")] = np.arange(n)
    if rng is not None:  # the starting five holds; the bench order wobbles
        bench = rank >= 5
        score = np.where(bench, quality + rng.normal(0.0, ROTATION_JITTER, size=n), np.inf)
        rank[np.argsort(-score, kind="stable")] = np.arange(n)
    ranks = np.minimum(rank, len(PLAN_MINUTES) - 1)
    base = np.maximum(PLAN_MINUTES[ranks] + minutes_bias, 2.0)
    starter = rank < 5
    if second_night:
        base[starter] -= SECOND_NIGHT_CUT
    rotation = rank < ROTATION
    p_appear = np.where(rotation, APPEAR[ranks], np.minimum(APPEAR[ranks] * garbage, 1.0))
    if rng is None:
        deep = p_appear * DEEP_SHAPE * DEEP_SCALE * garbage
        minutes = np.where(rotation, base * p_appear, deep)
        everyone = np.ones(n, dtype=bool)
        return Rotation(everyone, starter, _fit_total(minutes, ~rotation, 240.0))
    appear = (rng.random(n) < p_appear) | starter
    noise = np.exp(rng.normal(0.0, GAME_NOISE, size=n))
    deep = rng.gamma(DEEP_SHAPE, DEEP_SCALE * garbage, size=n)
    deep = np.where(rng.random(n) < CAMEO, rng.uniform(0.1, 0.9, size=n), deep)
    minutes = np.where(rotation, base * noise, deep) * appear
    return Rotation(appear, starter, _fit_total(minutes, ~rotation, 240.0))


def overtime_seconds(regulation: np.ndarray) -> np.ndarray:
    """One overtime's 1,500 player-seconds, mostly to the regulation's heavy-minute men."""
    weights = regulation.astype(float) ** 2
    out = np.zeros(len(regulation))
    free = weights > 0
    left = float(OVERTIME_SECONDS)
    for _ in range(8):
        share = np.where(free, weights, 0.0)
        if share.sum() <= 0 or left <= 0:
            break
        out += left * share / share.sum()
        over = out > OVERTIME_CAP
        left = float((out[over] - OVERTIME_CAP).sum())
        out[over] = OVERTIME_CAP
        free &= ~over
    return to_seconds(out / 60.0, OVERTIME_SECONDS)
