"""``League``: the simulator's query surface, answering as a source would at a given moment.

Every query takes a date (an ET calendar date, ``date`` or ISO string) and, where time
matters, an ``as_of`` instant (aware, or naive meaning ET; ``None`` means "after the season",
i.e. everything final and announced). What a query returns depends only on (season, seed,
arguments): games are final only once they have ended, box scores exist only for final
games, injury-report lines and prop quotes appear only once announced or posted, rosters
change on the effective date of a move. Results are pandas frames in NBA.com's column
layout (``frames``), except the odds, which follow the odds feed's field names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from tipoff.nba.game_status import FINAL, IN_PROGRESS, SCHEDULED
from tipoff.nba.sim import bookmaker, frames
from tipoff.nba.sim.calendar import ET, UTC, coerce_date, coerce_instant
from tipoff.nba.sim.frames import TeamGame
from tipoff.nba.sim.rosters import FREE_AGENT, jersey_numbers
from tipoff.nba.sim.schedule import Game
from tipoff.nba.sim.season import GAME_LENGTH, GAME_LENGTH_JITTER, Season
from tipoff.nba.teams import team_index

DEFAULT_SEASON = "2025-26"
DEFAULT_SEED = 7
AFTER_EVERYTHING = datetime(9000, 1, 1, tzinfo=ET)


@dataclass(frozen=True)
class BoxScores:
    """The box scores of a date's final games: player rows (DNPs included) and team rows."""

    players: pd.DataFrame
    teams: pd.DataFrame


DateLike = date | datetime | str
InstantLike = datetime | str | None


class League:
    """A deterministic NBA regular season: same (season, seed), same answers, in any order."""

    def __init__(self, season: str = DEFAULT_SEASON, seed: int = DEFAULT_SEED) -> None:
        self.model = Season(season, seed)

    @property
    def season(self) -> str:
        return self.model.season

    @property
    def seed(self) -> int:
        return self.model.seed

    # -- identities -----------------------------------------------------------------------

    def teams(self) -> pd.DataFrame:
        """The 30 teams: TEAM_ID, ABBREVIATION, TEAM_NAME, CITY, NICKNAME, CONFERENCE, ..."""
        return pd.DataFrame(
            [
                {
                    "TEAM_ID": t.team_id,
                    "ABBREVIATION": t.abbreviation,
                    "TEAM_NAME": t.full_name,
                    "CITY": t.city,
                    "NICKNAME": t.nickname,
                    "CONFERENCE": t.conference,
                    "DIVISION": t.division,
                    "TIME_ZONE": t.time_zone,
                }
                for t in self.model.teams
            ]
        )

    def players(self) -> pd.DataFrame:
        """Every player of the universe with his rookie flag and position."""
        talent = self.model.talent
        return pd.DataFrame(
            [
                {
                    "PLAYER_ID": p.player_id,
                    "PLAYER_NAME": p.full_name,
                    "FIRST_NAME": p.first_name,
                    "LAST_NAME": p.last_name,
                    "IS_ROOKIE": p.is_rookie,
                    "POSITION": talent.position(p.index),
                }
                for p in self.model.players
            ]
        )

    # -- schedule -------------------------------------------------------------------------

    def game_dates(self) -> list[date]:
        """Dates with at least one game, in order."""
        return sorted(self.model.games_by_date)

    def _games(self, day: DateLike) -> tuple[Game, ...]:
        return self.model.games_by_date.get(coerce_date(day), ())

    def _status(self, game: Game, as_of: datetime) -> tuple[int, str]:
        """NBA.com's GAME_STATUS_ID and text for ``game`` at ``as_of``."""
        if as_of < game.tip_off:
            tip = game.tip_off
            return (
                SCHEDULED,
                f"{tip.hour % 12 or 12}:{tip:%M} {'pm' if tip.hour >= 12 else 'am'} ET",
            )
        # Until the shortest possible game is over, no need to simulate it to know.
        if as_of < game.tip_off + GAME_LENGTH - GAME_LENGTH_JITTER:
            return IN_PROGRESS, self._period_text(game, as_of)
        end = self.model.ends_at(game)
        if as_of < end:
            return IN_PROGRESS, self._period_text(game, as_of)
        overtimes = self.model.box(game.game_id).periods - 4
        suffix = "" if overtimes == 0 else "/OT" if overtimes == 1 else f"/{overtimes}OT"
        return FINAL, "Final" + suffix

    def _period_text(self, game: Game, as_of: datetime) -> str:
        """A rough live clock: quarters by elapsed time, "OT" late in a game that went long."""
        minutes = (as_of - game.tip_off).total_seconds() / 60.0
        for limit, text in ((32, "Q1"), (62, "Q2"), (78, "Halftime"), (108, "Q3"), (140, "Q4")):
            if minutes < limit:
                return text
        return "OT" if self.model.box(game.game_id).periods > 4 else "Q4"

    def is_final(self, game_id: str, as_of: InstantLike = None) -> bool:
        game = self.model.game_by_id[game_id]
        return self._status(game, _instant(as_of))[0] == FINAL

    def schedule(self, day: DateLike, as_of: InstantLike = None) -> pd.DataFrame:
        """The games of ``day`` with their status at ``as_of``; scores only once final."""
        at = _instant(as_of)
        rows = []
        for g in self._games(day):
            status, text = self._status(g, at)
            home, away = self.model.teams[g.home], self.model.teams[g.away]
            final = status == FINAL
            box = self.model.box(g.game_id) if final else None
            rows.append(
                {
                    "GAME_ID": g.game_id,
                    "GAME_DATE": g.game_date.isoformat(),
                    "GAME_DATETIME_ET": pd.Timestamp(g.tip_off),
                    "GAME_STATUS_ID": status,
                    "GAME_STATUS_TEXT": text,
                    "HOME_TEAM_ID": home.team_id,
                    "HOME_TEAM_ABBREVIATION": home.abbreviation,
                    "VISITOR_TEAM_ID": away.team_id,
                    "VISITOR_TEAM_ABBREVIATION": away.abbreviation,
                    "HOME_PTS": box.home.score if box else None,
                    "VISITOR_PTS": box.away.score if box else None,
                    "PERIODS": box.periods if box else None,
                    "SEASON": self.season,
                }
            )
        out = frames.frame(rows, frames.SCHEDULE_COLUMNS)
        for column in ("HOME_PTS", "VISITOR_PTS", "PERIODS"):
            out[column] = pd.array(out[column].tolist(), dtype="Int64")
        return out

    def season_schedule(self) -> pd.DataFrame:
        """Every game of the season (ids, dates, tip-offs, teams), without status."""
        return pd.DataFrame(
            [
                {
                    "GAME_ID": g.game_id,
                    "GAME_DATE": g.game_date.isoformat(),
                    "GAME_DATETIME_ET": pd.Timestamp(g.tip_off),
                    "HOME_TEAM_ID": self.model.teams[g.home].team_id,
                    "VISITOR_TEAM_ID": self.model.teams[g.away].team_id,
                }
                for g in self.model.games
            ]
        )

    # -- box scores -----------------------------------------------------------------------

    def _team_games(self, game: Game) -> tuple[TeamGame, TeamGame]:
        box = self.model.box(game.game_id)
        teams = self.model.teams
        home = TeamGame(
            box.home, game.game_id, game.game_date, teams[game.home], teams[game.away],
            home=True, won=box.home.score > box.away.score, opponent_score=box.away.score,
        )  # fmt: skip
        away = TeamGame(
            box.away, game.game_id, game.game_date, teams[game.away], teams[game.home],
            home=False, won=box.away.score > box.home.score, opponent_score=box.home.score,
        )  # fmt: skip
        return home, away

    def box_scores(self, day: DateLike, as_of: InstantLike = None) -> BoxScores:
        """Box scores of the games of ``day`` that are final at ``as_of`` (others absent)."""
        at = _instant(as_of)
        sides: list[TeamGame] = []
        dnp: list[dict[str, object]] = []
        for g in self._games(day):
            if self._status(g, at)[0] != FINAL:
                continue
            for tg, team in zip(self._team_games(g), (g.home, g.away), strict=True):
                sides.append(tg)
                avail = self.model.availability(g, team)
                roster = self.model.roster(team, g.game_date)
                dnp += frames.dnp_rows(tg, roster, avail.out, avail.rested, self.model.players)
        players = frames.box_player_frame(sides, dnp, self.model.players)
        teams = frames.frame([frames.team_row(tg) for tg in sides], frames.TEAM_BOX_COLUMNS)
        return BoxScores(players=players, teams=teams)

    def player_game_logs(self, through: DateLike | None = None) -> pd.DataFrame:
        """Every appearance of the season up to ``through`` in the LeagueGameLog layout."""
        last = coerce_date(through) if through is not None else self.model.cal.last_day
        sides = [tg for g in self.model.games if g.game_date <= last for tg in self._team_games(g)]
        return frames.player_log_frame(
            sides, self.model.players, self.model.cal.season_id, self.season
        )

    def team_game_logs(self, through: DateLike | None = None) -> pd.DataFrame:
        """Every team-game of the season up to ``through`` in the team-log layout."""
        last = coerce_date(through) if through is not None else self.model.cal.last_day
        rows = [
            frames.team_row(tg)
            for g in self.model.games
            if g.game_date <= last
            for tg in self._team_games(g)
        ]
        out = frames.frame(rows, frames.TEAM_LOG_COLUMNS)
        out["SEASON_ID"] = self.model.cal.season_id
        out["SEASON"] = self.season
        return out

    # -- rosters and moves ----------------------------------------------------------------

    def roster(self, team_id: int, day: DateLike) -> pd.DataFrame:
        """``team_id``'s players on ``day``, with jersey, position and the date they joined."""
        d = coerce_date(day)
        team = team_index()[team_id]
        members = [int(p) for p in self.model.roster(team, d)]
        rosters, players = self.model.rosters, self.model.players
        joined = [rosters.joined(p, d) for p in members]
        numbers = jersey_numbers(
            self.seed, members, joined, [players[p].player_id for p in members]
        )
        abbreviation = self.model.teams[team].abbreviation
        cal = self.model.cal
        return frames.frame(
            [
                {
                    "TEAM_ID": team_id,
                    "TEAM_ABBREVIATION": abbreviation,
                    "SEASON": self.season,
                    "PLAYER_ID": players[p].player_id,
                    "PLAYER_NAME": players[p].full_name,
                    "NUM": str(numbers[k]),
                    "POSITION": self.model.talent.position(p),
                    "IS_ROOKIE": players[p].is_rookie,
                    "SINCE": (cal.opening_day + timedelta(days=joined[k])).isoformat(),
                }
                for k, p in enumerate(members)
            ],
            frames.ROSTER_COLUMNS,
        )

    def transactions(self, as_of: DateLike | None = None) -> pd.DataFrame:
        """Trades, signings and waivers effective on or before ``as_of`` (default: all)."""
        last = coerce_date(as_of) if as_of is not None else self.model.cal.last_day
        teams, players = self.model.teams, self.model.players

        def team_field(t: int, field: str) -> object:
            if t == FREE_AGENT:
                return None
            return teams[t].team_id if field == "id" else teams[t].abbreviation

        out = frames.frame(
            [
                {
                    "EFFECTIVE_DATE": m.effective.isoformat(),
                    "TRANSACTION_TYPE": m.kind,
                    "PLAYER_ID": players[m.player].player_id,
                    "PLAYER_NAME": players[m.player].full_name,
                    "FROM_TEAM_ID": team_field(m.from_team, "id"),
                    "FROM_TEAM_ABBREVIATION": team_field(m.from_team, "abbr"),
                    "TO_TEAM_ID": team_field(m.to_team, "id"),
                    "TO_TEAM_ABBREVIATION": team_field(m.to_team, "abbr"),
                    "DEAL_ID": m.deal,
                }
                for m in self.model.rosters.transactions
                if m.effective <= last
            ],
            frames.TRANSACTION_COLUMNS,
        )
        for column in ("FROM_TEAM_ID", "TO_TEAM_ID"):
            out[column] = pd.array(out[column].tolist(), dtype="Int64")
        return out

    # -- injury report --------------------------------------------------------------------

    def injury_report(self, day: DateLike, as_of: InstantLike = None) -> pd.DataFrame:
        """The report for ``day``'s games as it stood at ``as_of``: latest status per player."""
        at = _instant(as_of)
        rows = []
        for g in self._games(day):
            home, away = self.model.teams[g.home], self.model.teams[g.away]
            for team in (g.home, g.away):
                latest = {}
                for e in sorted(
                    self.model.availability(g, team).entries, key=lambda e: e.announced_at
                ):
                    if e.announced_at <= at:
                        latest[e.player] = e
                t = self.model.teams[team]
                for p, e in sorted(latest.items()):
                    rows.append(
                        {
                            "GAME_DATE": g.game_date.isoformat(),
                            "GAME_ID": g.game_id,
                            "GAME_TIME_ET": g.tip_off.strftime("%H:%M"),
                            "MATCHUP": f"{away.abbreviation}@{home.abbreviation}",
                            "TEAM_ID": t.team_id,
                            "TEAM_ABBREVIATION": t.abbreviation,
                            "TEAM_NAME": t.full_name,
                            "PLAYER_ID": self.model.players[p].player_id,
                            "PLAYER_NAME": self.model.players[p].full_name,
                            "CURRENT_STATUS": e.status,
                            "REASON": e.reason,
                            "ANNOUNCED_AT": pd.Timestamp(e.announced_at),
                        }
                    )
        return frames.frame(rows, frames.INJURY_COLUMNS)

    # -- odds -----------------------------------------------------------------------------

    def props(self, day: DateLike, as_of: InstantLike = None) -> pd.DataFrame:
        """Player-points quotes of every book for ``day``'s games as they stood at ``as_of``.

        Quotes freeze at tip-off: asking after it returns the closing lines.
        """
        at = _instant(as_of)
        rows = []
        for g in self._games(day):
            cutoff = min(at, g.tip_off - timedelta(microseconds=1))
            home, away = self.model.teams[g.home], self.model.teams[g.away]
            event_id = self.model.event_id(g)
            for book, snapshots in self.model.book_snapshots(g).items():
                shown = [s for s in snapshots if s.at <= cutoff]
                if not shown:
                    continue
                for q in shown[-1].quotes:
                    player = self.model.players[q.player]
                    rows.append(
                        {
                            "game_date_et": g.game_date.isoformat(),
                            "commence_time_utc": _utc(g.tip_off),
                            "event_id": event_id,
                            "home_team": home.full_name,
                            "away_team": away.full_name,
                            "bookmaker": book,
                            "market": "player_points",
                            "player": bookmaker.book_name(player.full_name),
                            "line": q.line,
                            "over_odds": q.over_odds,
                            "under_odds": q.under_odds,
                            "last_update_utc": _utc(q.updated_at),
                            "game_id": g.game_id,
                            "player_id": player.player_id,
                        }
                    )
        return frames.frame(rows, frames.PROPS_COLUMNS)

    def game_lines(self, day: DateLike, as_of: InstantLike = None) -> pd.DataFrame:
        """Every book's spread and total of ``day``'s games as they stood at ``as_of``
        (frozen at tip-off, like the props): one row per event and book."""
        at = _instant(as_of)
        rows = []
        for g in self._games(day):
            cutoff = min(at, g.tip_off - timedelta(microseconds=1))
            for book, lines in self.model.game_lines(g).items():
                shown = [x for x in lines if x.updated_at <= cutoff]
                if not shown:
                    continue
                x = shown[-1]
                rows.append(
                    {
                        "event_id": self.model.event_id(g),
                        "bookmaker": book,
                        "home_spread": x.home_spread,
                        "home_spread_price": x.spread_price,
                        "away_spread_price": x.spread_price,
                        "spread_update_utc": _utc(x.updated_at),
                        "total": x.total,
                        "over_price": x.total_price,
                        "under_price": x.total_price,
                        "total_update_utc": _utc(x.updated_at),
                    }
                )
        return pd.DataFrame(rows, columns=list(GAME_LINE_COLUMNS))


GAME_LINE_COLUMNS = (
    "event_id", "bookmaker", "home_spread", "home_spread_price", "away_spread_price",
    "spread_update_utc", "total", "over_price", "under_price", "total_update_utc",
)  # fmt: skip


def _instant(value: InstantLike) -> datetime:
    return AFTER_EVERYTHING if value is None else coerce_instant(value)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
