"""A simulated season as a model: every component wired together, every game computable alone.

``Season`` owns the season-level draws (ability, form, team styles, rosters, injuries,
schedule), each from its own named stream, and computes per-game things lazily and caches
them: who is available (``availability``), the box score (``box``), when the game ends
(``ends_at``) and the books' quotes (``book_snapshots``). Each per-game draw comes from a
stream keyed by the game id, so any game can be computed first and gives the same answer.
``League`` (``league.py``) puts the as-of query surface on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property

import numpy as np

from tipoff.nba import teams
from tipoff.nba.sim import bookmaker, identities
from tipoff.nba.sim import minutes as mins
from tipoff.nba.sim.calendar import SeasonCalendar, et_at
from tipoff.nba.sim.game import GameBox, simulate
from tipoff.nba.sim.injuries import DOUBTFUL, OUT, InjuryBook, TeamAvailability, draw_injuries
from tipoff.nba.sim.matchups import season_matchups
from tipoff.nba.sim.rosters import Rosters, build_rosters
from tipoff.nba.sim.schedule import Game, build_schedule
from tipoff.nba.sim.scoring import Side, expected_points
from tipoff.nba.sim.streams import stable_hex, stream
from tipoff.nba.sim.talent import Form, Talent, TeamStyle, draw_form, draw_talent

GAME_LENGTH = timedelta(hours=2, minutes=12)
GAME_LENGTH_JITTER = timedelta(minutes=20)  # a regulation game lasts GAME_LENGTH +- this
OVERTIME_LENGTH = timedelta(minutes=14)
STARS = 3  # the top players of a roster, who sometimes rest on back-to-backs


@dataclass(frozen=True)
class Snapshot:
    """What one book shows for one game from ``at`` until its next re-pricing."""

    at: datetime
    quotes: tuple[bookmaker.Quote, ...]


class Season:
    """The deterministic model of one regular season for one seed."""

    def __init__(self, season: str, seed: int) -> None:
        if seed < 0:
            raise ValueError(f"seed must be non-negative, got {seed}")
        self.season = season
        self.seed = seed
        self.cal = SeasonCalendar(season)
        self.cal.start_year  # noqa: B018 - validates the label now, not at first query
        self.teams = teams.teams()
        self.players = identities.players()
        self._availability: dict[tuple[str, int], TeamAvailability] = {}
        self._boxes: dict[str, GameBox] = {}
        self._books: dict[str, dict[str, list[Snapshot]]] = {}
        self._lines: dict[str, dict[str, list[bookmaker.GameLine]]] = {}
        self._means: dict[tuple[str, frozenset[int], frozenset[int]], dict[int, float]] = {}

    # -- season-level draws ---------------------------------------------------------------

    @cached_property
    def talent(self) -> Talent:
        return draw_talent(self.seed, self.players)

    @cached_property
    def form(self) -> Form:
        return draw_form(self.seed, self.season, self.players, len(self.cal.days))

    @cached_property
    def style(self) -> TeamStyle:
        opening = self.cal.opening_day
        strength = np.array(
            [
                np.sort(self.talent.quality[self.roster(t, opening)])[-8:].mean()
                for t in range(len(self.teams))
            ]
        )
        return TeamStyle.draw(self.seed, self.season, self.teams, strength)

    @cached_property
    def rookie(self) -> np.ndarray:
        return np.array([p.is_rookie for p in self.players])

    @cached_property
    def rosters(self) -> Rosters:
        return build_rosters(self.seed, self.cal, self.talent, self.rookie, len(self.teams))

    @cached_property
    def injuries(self) -> InjuryBook:
        spells = draw_injuries(
            self.seed, self.season, self.players, self.talent, len(self.cal.days)
        )
        return InjuryBook(self.seed, self.cal, spells)

    @cached_property
    def games(self) -> tuple[Game, ...]:
        matchups = season_matchups(self.teams, stream(self.seed, self.season, "matchups"))
        rng = stream(self.seed, self.season, "schedule")
        return build_schedule(self.cal, self.teams, matchups, rng)

    @cached_property
    def game_by_id(self) -> dict[str, Game]:
        return {g.game_id: g for g in self.games}

    @cached_property
    def games_by_date(self) -> dict[date, tuple[Game, ...]]:
        out: dict[date, list[Game]] = {}
        for g in self.games:
            out.setdefault(g.game_date, []).append(g)
        return {d: tuple(gs) for d, gs in out.items()}

    @cached_property
    def _team_days(self) -> list[list[int]]:
        days: list[list[int]] = [[] for _ in self.teams]
        for g in self.games:
            for t in (g.home, g.away):
                days[t].append(self.cal.day_index(g.game_date))
        return days

    def previous_game_day(self, team: int, day: int) -> int | None:
        """Calendar day index of ``team``'s last game before ``day``."""
        earlier = [d for d in self._team_days[team] if d < day]
        return earlier[-1] if earlier else None

    # -- per-game computations ------------------------------------------------------------

    def roster(self, team: int, d: date) -> np.ndarray:
        return self.rosters.roster(team, d)

    def availability(self, game: Game, team: int) -> TeamAvailability:
        key = (game.game_id, team)
        if key not in self._availability:
            day = self.cal.day_index(game.game_date)
            roster = self.roster(team, game.game_date)
            quality = self.form.quality(self.talent, day)[roster]
            stars = frozenset(int(p) for p in roster[np.argsort(-quality)[:STARS]])
            self._availability[key] = self.injuries.availability(
                game.game_id,
                game.game_date,
                game.tip_off,
                team,
                roster,
                stars,
                self.previous_game_day(team, day),
            )
        return self._availability[key]

    def side(self, game: Game, team: int, unavailable: frozenset[int]) -> Side:
        """``team``'s inputs for ``game`` with ``unavailable`` players removed."""
        day = self.cal.day_index(game.game_date)
        roster = [int(p) for p in self.roster(team, game.game_date) if int(p) not in unavailable]
        players = np.array(roster, dtype=np.int64)
        quality = self.form.quality(self.talent, day)[players]
        players = players[np.argsort(-quality, kind="stable")]
        t, shoot = self.talent, self.form.shooting(day)[players]
        return Side(
            team=team,
            players=players,
            quality=self.form.quality(self.talent, day)[players],
            minutes_bias=t.minutes_bias[players],
            usage=t.usage[players] * self.form.volume(day)[players],
            p2=t.p2[players] * shoot,
            p3=t.p3[players] * shoot,
            r3=t.r3[players],
            ftr=t.ftr[players],
            ft=t.ft[players],
            oreb=t.oreb[players],
            dreb=t.dreb[players],
            ast=t.ast[players],
            stl=t.stl[players],
            blk=t.blk[players],
            tov=t.tov[players],
            pf=t.pf[players],
            bigness=t.bigness[players],
            pace=float(self.style.pace[team]),
            offense=float(self.style.offense[team]),
            defense=float(self.style.defense[team]),
            home=team == game.home,
            second_night=self.previous_game_day(team, day) == day - 1,
        )

    def box(self, game_id: str) -> GameBox:
        if game_id not in self._boxes:
            game = self.game_by_id[game_id]
            home = self.side(game, game.home, self.availability(game, game.home).out)
            away = self.side(game, game.away, self.availability(game, game.away).out)
            rng = stream(self.seed, self.season, "game", game_id)
            self._boxes[game_id] = simulate(home, away, rng)
        return self._boxes[game_id]

    def ends_at(self, game: Game) -> datetime:
        """When the game goes final: about 2h12m after tip, 14 more minutes per overtime."""
        rng = stream(self.seed, self.season, "clock", game.game_id)
        limit = GAME_LENGTH_JITTER / timedelta(minutes=1)
        jitter = timedelta(minutes=float(np.clip(rng.normal(0.0, 7.0), -limit, limit)))
        overtimes = self.box(game.game_id).periods - 4
        return game.tip_off + GAME_LENGTH + jitter + overtimes * OVERTIME_LENGTH

    # -- bookmakers -----------------------------------------------------------------------

    def event_id(self, game: Game) -> str:
        """The odds feed's id of ``game``: 32 hex digits, stable for (seed, season, game)."""
        return stable_hex(self.seed, self.season, "event", game.game_id)

    def _known_out(self, game: Game, team: int, at: datetime) -> frozenset[int]:
        """Players a book treats as out at ``at``: latest report status Out or Doubtful."""
        latest: dict[int, str] = {}
        for e in sorted(self.availability(game, team).entries, key=lambda e: e.announced_at):
            if e.announced_at <= at:
                latest[e.player] = e.status
        return frozenset(p for p, s in latest.items() if s in (OUT, DOUBTFUL))

    def _estimates(self, game: Game, at: datetime) -> dict[int, float]:
        """Model means of the regular players of both teams, given the news known at ``at``."""
        known = {t: self._known_out(game, t, at) for t in (game.home, game.away)}
        key = (game.game_id, known[game.home], known[game.away])
        if key not in self._means:
            self._means[key] = self._regular_means(game, known)
        return self._means[key]

    def _regular_means(self, game: Game, known: dict[int, frozenset[int]]) -> dict[int, float]:
        out: dict[int, float] = {}
        for team, opp in ((game.home, game.away), (game.away, game.home)):
            side = self.side(game, team, known[team])
            other = self.side(game, opp, known[opp])
            means = expected_points(side, other)
            minutes = mins.plan(side.quality, side.minutes_bias, side.second_night, None).minutes
            for k, player in enumerate(side.players):
                if minutes[k] >= bookmaker.REGULAR_MINUTES:
                    out[int(player)] = float(means[k])
        return out

    def _team_points(self, game: Game, at: datetime) -> tuple[float, float]:
        """Expected points of the home and the away team given the news known at ``at``."""
        known = {t: self._known_out(game, t, at) for t in (game.home, game.away)}
        home = self.side(game, game.home, known[game.home])
        away = self.side(game, game.away, known[game.away])
        return float(expected_points(home, away).sum()), float(expected_points(away, home).sum())

    def game_lines(self, game: Game) -> dict[str, list[bookmaker.GameLine]]:
        """Every book's spread and total of ``game`` at each of its (re)pricings: the
        team points it expects, off by an error shared by the market plus its own."""
        if game.game_id in self._lines:
            return self._lines[game.game_id]
        snapshots = self.book_snapshots(game)
        rng = stream(self.seed, self.season, "game_lines", game.game_id)
        market = (
            rng.normal(0.0, bookmaker.SPREAD_ERROR[0]),
            rng.normal(0.0, bookmaker.TOTAL_ERROR[0]),
        )
        out: dict[str, list[bookmaker.GameLine]] = {}
        for book in sorted(snapshots):
            own = (
                rng.normal(0.0, bookmaker.SPREAD_ERROR[1]),
                rng.normal(0.0, bookmaker.TOTAL_ERROR[1]),
            )
            error = (market[0] + own[0], market[1] + own[1])
            out[book] = [
                bookmaker.game_line(book, *self._team_points(game, s.at), error, s.at)
                for s in snapshots[book]
            ]
        self._lines[game.game_id] = out
        return out

    def book_snapshots(self, game: Game) -> dict[str, list[Snapshot]]:
        """Every book's successive quote sets for ``game``, up to tip-off."""
        if game.game_id in self._books:
            return self._books[game.game_id]
        news = sorted(
            {
                e.announced_at
                for team in (game.home, game.away)
                for e in self.availability(game, team).entries
                if e.status in (OUT, DOUBTFUL)
            }
        )
        roster = sorted(
            {int(p) for t in (game.home, game.away) for p in self.roster(t, game.game_date)}
        )
        morning = et_at(game.game_date, 10, 0)
        plan = bookmaker.plan_books(
            self.seed, self.season, game.game_id, roster, news, morning, game.tip_off
        )
        result = {
            book: [
                Snapshot(
                    at,
                    tuple(bookmaker.quotes_for(book, self._estimates(game, at), plan.errors, at)),
                )
                for at in times
            ]
            for book, times in plan.times.items()
        }
        self._books[game.game_id] = result
        return result
