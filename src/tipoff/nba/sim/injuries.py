"""Injuries and the official injury report: who cannot play, and what was said when.

Each player's season is a sequence of injuries drawn from his own stream: a hazard per day
(scaled by his fragility), durations from a mixture of minor (days), moderate (weeks) and
major (a month or more, sometimes the season) injuries, and a few players who start the
season hurt. An injury covers calendar days ``[start, end)``; in that span he does not play.

For every team-game, ``availability`` turns that into the truth (who will not play) and
the report as it unfolds, each entry stamped with the moment it was announced:
- known injuries are listed ``Out`` at 5 PM ET the day before (the league's deadline);
  a fresh one is sometimes ``Doubtful``/``Questionable`` first and downgraded on game day;
- an injury that starts on game day is announced in the early-afternoon report, or late,
  in the hour before tip-off;
- a returning player is often ``Questionable``/``Probable`` for his first game back, and
  healthy players pick up knocks (game-time decisions); both mostly play, sometimes sit;
- stars rest on the second night of some back-to-backs, and a few players are scratched
  late without being listed before.
``Out`` always means the player sits. The other statuses are honest odds, not promises: a
``Questionable`` player plays about half the time and a ``Probable`` one now and then sits,
and the final status is not always updated to match what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np

from tipoff.nba.sim.calendar import SeasonCalendar, et_at
from tipoff.nba.sim.identities import Player
from tipoff.nba.sim.streams import stream
from tipoff.nba.sim.talent import Talent

OUT, DOUBTFUL, QUESTIONABLE, PROBABLE, AVAILABLE = (
    "Out",
    "Doubtful",
    "Questionable",
    "Probable",
    "Available",
)
HAZARD = 0.016  # injuries per player per day, before fragility
PRESEASON_INJURED = 0.06
KNOCK = 0.035  # chance a healthy player is a game-time decision
REST = 0.07  # chance a top-3 player rests on the second night of a back-to-back
SCRATCH = 0.006  # chance of a late scratch nobody listed
LATE = 0.3  # share of game-day announcements that come in the last hour or so

# Status of a game-time decision -> (probability of that status, probability he plays)
GAME_TIME = {PROBABLE: (0.35, 0.93), QUESTIONABLE: (0.45, 0.55), DOUBTFUL: (0.20, 0.12)}

_MINOR = (
    "Left Ankle; Sprain",
    "Right Ankle; Sprain",
    "Lower Back; Soreness",
    "Left Knee; Soreness",
    "Right Hamstring; Tightness",
    "Illness",
    "Left Hip; Contusion",
    "Right Wrist; Sprain",
    "Left Calf; Tightness",
    "Right Foot; Soreness",
    "Right Knee; Soreness",
    "Neck; Spasms",
)
_MODERATE = (
    "Right Hamstring; Strain",
    "Left Calf; Strain",
    "Left Ankle; Sprain",
    "Concussion Protocol",
    "Right Knee; Bone Bruise",
    "Left Foot; Plantar Fasciitis",
    "Right Groin; Strain",
    "Left Shoulder; Sprain",
    "Right Thumb; Sprain",
)
_MAJOR = (
    "Left Knee; MCL Sprain",
    "Right Foot; Fracture",
    "Left Hand; Fracture",
    "Right Knee; Meniscus Tear",
    "Left Achilles; Tendon Rupture",
    "Lower Back; Disc Herniation",
)
Say = Callable[[int, str, str, datetime], None]  # player, status, reason, announced at

# severity -> (share, median days, log sd, reasons)
_SEVERITY = (
    (0.55, 2.5, 0.6, _MINOR),
    (0.33, 10.0, 0.5, _MODERATE),
    (0.12, 35.0, 0.6, _MAJOR),
)


@dataclass(frozen=True)
class Injury:
    """A span of calendar days ``[start, end)`` in which the player cannot play."""

    player: int
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class ReportEntry:
    """One line of the injury report, as announced at ``announced_at``."""

    player: int
    team: int
    status: str
    reason: str
    announced_at: datetime


@dataclass(frozen=True)
class TeamAvailability:
    """The truth for one team-game and the report entries that led up to it."""

    out: frozenset[int]  # player indices who will not play
    rested: frozenset[int]  # the subset of ``out`` sitting for rest
    entries: tuple[ReportEntry, ...]


def _draw_injury(player: int, start: int, rng: np.random.Generator) -> Injury:
    u = rng.random()
    shares = np.cumsum([severity[0] for severity in _SEVERITY])
    _, median, sd, reasons = _SEVERITY[min(int(np.searchsorted(shares, u)), len(_SEVERITY) - 1)]
    days = max(1, round(float(np.exp(rng.normal(np.log(median), sd)))))
    reason = "Injury/Illness - " + reasons[int(rng.integers(len(reasons)))]
    return Injury(player, start, start + days, reason)


def draw_injuries(
    seed: int, season: str, players: tuple[Player, ...], talent: Talent, n_days: int
) -> list[list[Injury]]:
    """Every player's injuries over the season, each from his own stream."""
    out: list[list[Injury]] = []
    for p in players:
        rng = stream(seed, season, "injuries", p.player_id)
        hazard = HAZARD * float(talent.fragility[p.index])
        spells: list[Injury] = []
        day = 0
        if rng.random() < PRESEASON_INJURED:
            spell = _draw_injury(p.index, 0, rng)
            spell = Injury(p.index, 0, spell.end + int(rng.integers(5, 25)), spell.reason)
            spells.append(spell)
            day = spell.end
        while True:
            day += 1 + int(rng.exponential(1.0 / hazard))
            if day >= n_days:
                break
            spell = _draw_injury(p.index, day, rng)
            spells.append(spell)
            day = spell.end
        out.append(spells)
    return out


class InjuryBook:
    """Answers availability per team-game from the season's injuries and per-game draws."""

    def __init__(self, seed: int, cal: SeasonCalendar, spells: list[list[Injury]]) -> None:
        self.seed = seed
        self.cal = cal
        self.spells = spells

    def injury_on(self, player: int, day: int) -> Injury | None:
        for spell in self.spells[player]:
            if spell.start <= day < spell.end:
                return spell
        return None

    def returning(self, player: int, day: int, prev_day: int | None) -> Injury | None:
        """The injury this game is the first one back from, if any (4+ days out)."""
        if prev_day is None:
            return None
        for spell in self.spells[player]:
            if prev_day < spell.end <= day and spell.end - spell.start >= 4:
                return spell
        return None

    def availability(
        self,
        game_id: str,
        game_date: date,
        tip_off: datetime,
        team: int,
        roster: np.ndarray,
        stars: frozenset[int],
        prev_day: int | None,
    ) -> TeamAvailability:
        """Truth and report entries for ``team``'s ``roster`` in one game."""
        rng = stream(self.seed, self.cal.season, "availability", game_id, team)
        day = self.cal.day_index(game_date)
        eve = et_at(game_date - timedelta(days=1), 17, 0)
        # The game-day report comes early in the afternoon, or 4 hours before a matinee.
        afternoon = min(et_at(game_date, 13, 0), tip_off - timedelta(hours=4))
        last_word = tip_off - timedelta(minutes=5)
        second_night = prev_day == day - 1
        u = rng.random((len(roster), 8))
        out: set[int] = set()
        rested: set[int] = set()
        entries: list[ReportEntry] = []

        def say(player: int, status: str, reason: str, at: datetime) -> None:
            entries.append(ReportEntry(player, team, status, reason, min(at, last_word)))

        def game_day(v: float, w: float) -> datetime:
            """The afternoon report, or (share ``LATE``) 20-75 minutes before tip-off."""
            if v < LATE:
                return tip_off - timedelta(minutes=int(20 + 55 * w))
            return afternoon + timedelta(minutes=int(150 * w))

        for k, player in enumerate(int(p) for p in roster):
            r = u[k]
            injury = self.injury_on(player, day)
            if injury is not None:
                out.add(player)
                if injury.start == day:
                    say(player, OUT, injury.reason, game_day(r[0], r[1]))
                elif day - injury.start <= 1 and r[2] < 0.35:
                    first = DOUBTFUL if r[3] < 0.6 else QUESTIONABLE
                    say(player, first, injury.reason, eve + timedelta(minutes=int(40 * r[1])))
                    say(player, OUT, injury.reason, game_day(r[0], r[4]))
                else:
                    say(player, OUT, injury.reason, eve + timedelta(minutes=int(40 * r[1])))
                continue
            back = self.returning(player, day, prev_day)
            if back is not None and r[0] < 0.7:
                status = QUESTIONABLE if r[1] < 0.6 else PROBABLE
                plays = r[2] < (0.75 if status == QUESTIONABLE else 0.92)
                self._decide(
                    player, status, back.reason, plays, eve, afternoon, tip_off, r, say, out
                )
                continue
            if r[0] < KNOCK:
                status, plays = self._game_time(r[1], r[2])
                reason = "Injury/Illness - " + _MINOR[int(r[5] * len(_MINOR))]
                self._decide(player, status, reason, plays, eve, afternoon, tip_off, r, say, out)
            elif second_night and player in stars and r[6] < REST:
                out.add(player)
                rested.add(player)
                say(player, OUT, "Rest", game_day(r[3], r[4]))
            elif r[7] < SCRATCH:
                out.add(player)
                say(
                    player,
                    OUT,
                    "Injury/Illness - Illness",
                    tip_off - timedelta(minutes=int(10 + 40 * r[4])),
                )
        return TeamAvailability(frozenset(out), frozenset(rested), tuple(entries))

    @staticmethod
    def _game_time(v: float, w: float) -> tuple[str, bool]:
        for status, (share, play) in GAME_TIME.items():
            if v < share:
                return status, w < play
            v -= share
        return QUESTIONABLE, w < GAME_TIME[QUESTIONABLE][1]

    @staticmethod
    def _decide(
        player: int,
        status: str,
        reason: str,
        plays: bool,
        eve: datetime,
        afternoon: datetime,
        tip_off: datetime,
        r: np.ndarray,
        say: Say,
        out: set[int],
    ) -> None:
        """List a game-time decision the evening before, and sometimes settle it late."""
        first = (
            eve + timedelta(minutes=int(40 * r[3]))
            if r[4] < 0.7
            else afternoon + timedelta(minutes=int(90 * r[3]))
        )
        say(player, status, reason, first)
        settle = tip_off - timedelta(minutes=int(30 + 90 * r[6]))
        if plays:
            if r[7] < 0.5:
                say(player, AVAILABLE, reason, max(settle, first + timedelta(minutes=5)))
        else:
            out.add(player)
            if r[7] < 0.75:
                say(player, OUT, reason, max(settle, first + timedelta(minutes=5)))
