"""The latent player and team model: what each player is good at, and how that moves.

Ability is a struct of per-player arrays (row = ``Player.index``). A player's baseline is
drawn from a stream keyed by the seed and his player id alone, so he is the same player in
every season simulated with that seed. Rates are per minute *propensities*: the game engine
draws team totals (shots, rebounds, assists ...) and shares them out in proportion to
minutes x propensity, so only their ratios between teammates matter. Spreads and
correlations are set so that per-36 numbers land where recent seasons put them
(e.g. FGA/36 from ~7 to ~19, three-point rate from ~0 for centres to ~0.7, free-throw
rate 0.09-0.46, 2P% 0.44-0.66, 3P% 0.28-0.42, FT% 0.61-0.90 between the 5th and 95th
percentiles). ``bigness`` (0 guard .. 1 centre) ties them together: big men shoot fewer
threes, make more twos, rebound and block more, pass less.

``Form`` holds what changes over a season: a slow random-walk drift of ability (rookies
also improve on average) and an AR(1) hot/cold state that moves shooting and shot volume.
``TeamStyle`` is what a team adds to its players: pace, an offensive system and a defence
(stronger rosters defend better, which spreads win totals as widely as a real league's).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipoff.nba.sim.identities import Player
from tipoff.nba.sim.streams import stream
from tipoff.nba.teams import Team

DRIFT_SD = 0.25  # ability drift over a whole season, in quality units
ROOKIE_GROWTH = 0.35  # average improvement of a rookie from opening day to the last day
FORM_PHI = 0.93  # day-to-day persistence of the hot/cold state
FORM_SHOOTING = 0.035  # make-probability multiplier per unit of form (log scale)
FORM_USAGE = 0.06  # shot-volume multiplier per unit of form (log scale)
PACE_SD = 0.025  # sd of a team's possessions multiplier
DEFENSE_SD = 0.025  # log-sd of a team's defensive multiplier beyond its roster
DEFENSE_FROM_STRENGTH = 0.035  # per sd of roster strength
OFFENSE_SD = 0.02  # log-sd of a team's offensive system beyond its players
USAGE_PER_QUALITY = 0.28  # log shot volume per unit of quality: stars shoot more
USAGE_RANGE = (0.45, 2.1)  # relative shot volume, least to most


@dataclass(frozen=True)
class Talent:
    """Baseline ability of every player, one array entry per player index."""

    quality: np.ndarray  # overall ability, ~N(0, 1); decides minutes and role
    bigness: np.ndarray  # 0 guard .. 1 centre
    usage: np.ndarray  # relative shot volume per minute (mean ~1)
    p2: np.ndarray  # two-point make probability
    p3: np.ndarray  # three-point make probability
    r3: np.ndarray  # share of field-goal attempts that are threes
    ftr: np.ndarray  # free-throw attempts per field-goal attempt
    ft: np.ndarray  # free-throw make probability
    oreb: np.ndarray  # per-minute propensities from here on
    dreb: np.ndarray
    ast: np.ndarray
    stl: np.ndarray
    blk: np.ndarray
    tov: np.ndarray
    pf: np.ndarray
    minutes_bias: np.ndarray  # coach's trust beyond ability, minutes per game
    fragility: np.ndarray  # injury hazard multiplier

    def position(self, index: int) -> str:
        """A roster position label from bigness (G, G-F, F, F-C, C)."""
        b = float(self.bigness[index])
        for limit, label in ((0.25, "G"), (0.42, "G-F"), (0.6, "F"), (0.78, "F-C")):
            if b < limit:
                return label
        return "C"


def draw_talent(seed: int, players: tuple[Player, ...]) -> Talent:
    """Every player's baseline, each from his own stream (seed, "talent", player id)."""
    n = len(players)
    z = np.empty((n, 16))
    big = np.empty(n)
    for p in players:
        rng = stream(seed, "talent", p.player_id)
        z[p.index] = rng.standard_normal(16)
        big[p.index] = rng.beta(1.1, 1.1)
    rookie = np.array([p.is_rookie for p in players])
    q = np.where(rookie, -0.45 + 0.85 * z[:, 0], z[:, 0])
    b = big - 0.5
    log_usage = USAGE_PER_QUALITY * np.minimum(q, 2.5) + 0.21 * z[:, 1]
    usage = np.clip(np.exp(log_usage - log_usage.mean()), *USAGE_RANGE)
    r3 = np.clip(0.44 - 0.6 * b + 0.08 * z[:, 2], 0.0, 0.82)
    r3 = np.where(big > 0.88, r3 * 0.25, r3)  # the non-shooting centre
    p3 = np.clip(0.355 + 0.008 * q - 0.02 * b + 0.022 * z[:, 4], 0.26, 0.45)
    p3 = np.where(r3 < 0.1, p3 - 0.04, p3)
    ast = np.exp(np.log(3.1) - 1.2 * b + 0.18 * q + 0.3 * z[:, 9])
    return Talent(
        quality=q,
        bigness=big,
        usage=usage,
        p2=np.clip(0.512 + 0.15 * b + 0.012 * q + 0.035 * z[:, 3], 0.42, 0.70),
        p3=p3,
        r3=r3,
        ftr=np.clip(np.exp(np.log(0.22) + 0.4 * b + 0.08 * q + 0.33 * z[:, 5]), 0.05, 0.7),
        ft=np.clip(0.793 - 0.12 * b + 0.05 * z[:, 6], 0.45, 0.93),
        oreb=np.exp(np.log(1.25) + 2.1 * b + 0.3 * z[:, 7]),
        dreb=np.exp(np.log(4.6) + 0.9 * b + 0.18 * z[:, 8]),
        ast=ast,
        stl=np.exp(np.log(1.05) + 0.25 * z[:, 10]),
        blk=np.exp(np.log(0.6) + 1.9 * b + 0.35 * z[:, 11]),
        tov=np.exp(np.log(1.8) + 0.6 * log_usage + 0.2 * np.log(ast / 3.1) + 0.2 * z[:, 12]),
        pf=np.exp(np.log(2.9) + 0.35 * b + 0.18 * z[:, 13]),
        minutes_bias=2.5 * z[:, 14],
        fragility=np.exp(0.4 * z[:, 15]),
    )


@dataclass(frozen=True)
class Form:
    """What moves during a season, as (player, day) arrays over the season's calendar days."""

    drift: np.ndarray  # added to quality
    hot: np.ndarray  # hot/cold state, stationary N(0, 1)

    def quality(self, talent: Talent, day: int) -> np.ndarray:
        return talent.quality + self.drift[:, _clip_day(day, self.drift)]

    def shooting(self, day: int) -> np.ndarray:
        """Make-probability multiplier of every player on ``day``."""
        return np.exp(FORM_SHOOTING * self.hot[:, _clip_day(day, self.hot)])

    def volume(self, day: int) -> np.ndarray:
        """Shot-volume multiplier of every player on ``day`` (drift and hot hand)."""
        d = _clip_day(day, self.hot)
        return np.exp(USAGE_PER_QUALITY * self.drift[:, d] + FORM_USAGE * self.hot[:, d])


def _clip_day(day: int, arr: np.ndarray) -> int:
    return min(max(day, 0), arr.shape[1] - 1)


def draw_form(seed: int, season: str, players: tuple[Player, ...], n_days: int) -> Form:
    """Drift and hot/cold paths of every player over ``n_days`` days of ``season``."""
    n = len(players)
    rng = stream(seed, season, "form")
    steps = rng.normal(0.0, DRIFT_SD / np.sqrt(n_days), size=(n, n_days))
    drift = np.cumsum(steps, axis=1)
    rookie = np.array([p.is_rookie for p in players])
    growth = ROOKIE_GROWTH * np.linspace(0.0, 1.0, n_days)
    drift += np.outer(rookie, growth) * np.exp(rng.normal(0.0, 0.5, size=(n, 1)))
    shocks = rng.standard_normal((n, n_days)) * np.sqrt(1.0 - FORM_PHI**2)
    hot = np.empty((n, n_days))
    hot[:, 0] = rng.standard_normal(n)
    for d in range(1, n_days):
        hot[:, d] = FORM_PHI * hot[:, d - 1] + shocks[:, d]
    return Form(drift=drift, hot=hot)


@dataclass(frozen=True)
class TeamStyle:
    """Per-team pace, offensive system and defence: what a team adds to its players."""

    pace: np.ndarray  # possessions multiplier
    offense: np.ndarray  # multiplier on the team's own make probabilities
    defense: np.ndarray  # multiplier on opponents' make probabilities, ~0.93-1.07

    @classmethod
    def draw(
        cls, seed: int, season: str, teams: tuple[Team, ...], strength: np.ndarray
    ) -> TeamStyle:
        """Styles of all teams; ``strength`` (roster ability) makes good teams defend better.

        Without that link the league's win totals come out too even (real seasons run from
        about 15 to 64 wins, a spread of 10-13 wins).
        """
        z = (strength - strength.mean()) / max(float(strength.std()), 1e-9)
        pace, offense, defense = (np.empty(len(teams)) for _ in range(3))
        for i, team in enumerate(teams):
            rng = stream(seed, season, "team-style", team.team_id)
            pace[i] = rng.normal(1.0, PACE_SD)
            defense[i] = np.exp(-DEFENSE_FROM_STRENGTH * z[i] + rng.normal(0.0, DEFENSE_SD))
            offense[i] = np.exp(rng.normal(0.0, OFFENSE_SD))
        return cls(pace=pace, offense=offense, defense=defense)
