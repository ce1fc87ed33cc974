"""Validation of parsed documents: value ranges, consistency, volume and coverage.

The parsers already refuse what cannot be read (a result set or a column missing, a wrong
type, malformed JSON). The checks here are about what was read: a shooting line that
does not add up, a team whose points are not the sum of its players', a game with five
players, a schedule with fewer games than expected, box scores for 3 of 9 final games.
Every function returns ALL the problems it finds, each naming file, field and row::

    raw/sim/boxscore/2025-11-12/0022500123.json: homeTeam.players[4].statistics.points:
        18 is not 2*FGM + FG3M + FTM = 2*6 + 2 + 2 = 16 (personId 1628369, Jayson Tatum)

They are pure functions of rows, so the raw processors, the phase checks and the tests
share them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from tipoff.nba.game_status import ET, FINAL
from tipoff.nba.parsers.rows import (
    InjuryRow,
    OddsEventRow,
    PlayerBoxRow,
    PropRow,
    RawRow,
    RosterRow,
    ScheduleRow,
    TeamBoxRow,
)

MAX_MINUTES = 70.0  # a player in a quadruple-overtime game stays below this
MAX_POINTS = 100
# listed players of a team in a game: five on the floor at least. The live box score lists
# DNPs too (13-17 a team); season game logs list only those who played, and a short-handed
# team played 6 or 7 on 16 nights of 2020-21 to 2022-23
MIN_PLAYERS_PER_TEAM = 5
MAX_PLAYERS_PER_TEAM = 20
MAX_ROSTER = 30
STATUSES = (1, 2, 3)  # scheduled, in progress, final


def _at(row: RawRow, column: str, message: str) -> str:
    return f"{row.source_key}: {row.where(column)}: {message}"


def _duplicates(rows: Sequence[RawRow], what: str) -> list[str]:
    """One problem per natural key that occurs more than once."""
    seen: dict[tuple[object, ...], RawRow] = {}
    problems = []
    for row in rows:
        key = row.key()
        if key in seen:
            first = seen[key].origin
            problems.append(f"{row.source_key}: {row.origin}: {what} listed twice (see {first})")
        else:
            seen[key] = row
    return problems


# -- schedule ---------------------------------------------------------------------------


def validate_schedule(
    rows: Sequence[ScheduleRow],
    *,
    source_key: str,
    day: date,
    expected_games: int | None = None,
) -> list[str]:
    """Status 1-3, the document's date, two different teams, finals with points.

    A date without games is normal (off days, the All-Star break); zero or too few games
    is a problem only when the caller knows how many to expect (``expected_games``).
    """
    problems = _duplicates(rows, "game")
    for row in rows:
        game = f"(game {row.game_id})"
        if row.status not in STATUSES:
            problems.append(_at(row, "status", f"expected 1, 2 or 3, got {row.status} {game}"))
        if row.game_date != day:
            problems.append(
                _at(row, "game_date", f"game of {row.game_date} in the schedule of {day} {game}")
            )
        if row.home_team_id == row.away_team_id:
            problems.append(
                _at(row, "away_team_id", f"home and visitor are both {row.home_team_id} {game}")
            )
        for column, pts in (("home_pts", row.home_pts), ("away_pts", row.away_pts)):
            side = "home" if column == "home_pts" else "visitor"
            if row.status == FINAL and pts is None:
                problems.append(_at(row, column, f"final game without {side} points {game}"))
            elif pts is not None and not 0 <= pts <= 250:
                problems.append(_at(row, column, f"{side} points {pts} out of 0-250 {game}"))
    if expected_games is not None and len(rows) != expected_games:
        problems.append(
            f"{source_key}: games: expected {expected_games} games on {day}, found {len(rows)}"
        )
    return problems


# -- rosters ----------------------------------------------------------------------------


def validate_roster(
    rows: Sequence[RosterRow], *, source_key: str, team_id: int | None = None
) -> list[str]:
    """One team's players: at least one, at most ``MAX_ROSTER``, all of that team."""
    problems = _duplicates(rows, "player")
    where = f"{source_key}: resultSets[CommonTeamRoster].rowSet"
    if not rows:
        problems.append(f"{where}: no players")
    elif len(rows) > MAX_ROSTER:
        problems.append(f"{where}: {len(rows)} players, more than {MAX_ROSTER}")
    teams = Counter(r.team_id for r in rows)
    expected = team_id if team_id is not None else (teams.most_common(1)[0][0] if teams else None)
    for row in rows:
        if row.team_id != expected:
            problems.append(
                _at(
                    row,
                    "team_id",
                    f"player {row.player_id} of team {row.team_id} in the "
                    f"roster of team {expected}",
                )
            )
        if row.player_id <= 0:
            problems.append(_at(row, "player_id", f"expected a positive id, got {row.player_id}"))
    return problems


# -- box scores -------------------------------------------------------------------------


def _label(row: PlayerBoxRow | TeamBoxRow) -> str:
    if isinstance(row, PlayerBoxRow):
        return f"(personId {row.player_id}, {row.player_name})"
    return f"(teamId {row.team_id})"


def _shooting(row: PlayerBoxRow | TeamBoxRow) -> list[str]:
    """The counting-stat identities every box score line obeys."""
    who = _label(row)
    problems = []
    for column in (
        "fgm",
        "fga",
        "fg3m",
        "fg3a",
        "ftm",
        "fta",
        "oreb",
        "dreb",
        "reb",
        "ast",
        "stl",
        "blk",
        "tov",
        "pf",
        "pts",
    ):
        value = getattr(row, column)
        if value < 0:
            problems.append(_at(row, column, f"negative value {value} {who}"))
    pairs = (("fgm", "fga"), ("fg3m", "fg3a"), ("fg3a", "fga"), ("fg3m", "fgm"), ("ftm", "fta"))
    for made, tried in pairs:
        a, b = getattr(row, made), getattr(row, tried)
        if a > b:
            problems.append(_at(row, made, f"{made.upper()} {a} > {tried.upper()} {b} {who}"))
    expected = 2 * row.fgm + row.fg3m + row.ftm
    if row.pts != expected:
        problems.append(
            _at(
                row,
                "pts",
                f"{row.pts} is not 2*FGM + FG3M + FTM = "
                f"2*{row.fgm} + {row.fg3m} + {row.ftm} = {expected} {who}",
            )
        )
    if row.oreb + row.dreb != row.reb:
        problems.append(
            _at(row, "reb", f"{row.reb} is not OREB + DREB = {row.oreb} + {row.dreb} {who}")
        )
    return problems


def validate_boxscore(
    rows: Sequence[PlayerBoxRow | TeamBoxRow],
    *,
    source_key: str,
    game_id: str | None = None,
) -> list[str]:
    """Ranges and identities per player, team totals against players, players per team."""
    players = [r for r in rows if isinstance(r, PlayerBoxRow)]
    teams = [r for r in rows if isinstance(r, TeamBoxRow)]
    problems = _duplicates(players, "player") + _duplicates(teams, "team")
    for row in rows:
        if game_id is not None and row.game_id != game_id:
            problems.append(
                f"{source_key}: gameId: document of game {game_id} holds game {row.game_id}"
            )
            break
    for p in players:
        who = _label(p)
        if not 0.0 <= p.minutes <= MAX_MINUTES:
            problems.append(_at(p, "minutes", f"{p.minutes:g} minutes out of 0-70 {who}"))
        if not 0 <= p.pts <= MAX_POINTS:
            problems.append(_at(p, "pts", f"{p.pts} points out of 0-100 {who}"))
        problems.extend(_shooting(p))
    by_team: dict[int, list[PlayerBoxRow]] = defaultdict(list)
    for p in players:
        by_team[p.team_id].append(p)
    if len(teams) != 2 or {t.is_home for t in teams} != {True, False}:
        problems.append(
            f"{source_key}: homeTeam/awayTeam: expected a home and an away team, "
            f"found {len(teams)} team lines"
        )
    for team in teams:
        listed = by_team.get(team.team_id, [])
        side = "homeTeam" if team.is_home else "awayTeam"
        if not MIN_PLAYERS_PER_TEAM <= len(listed) <= MAX_PLAYERS_PER_TEAM:
            problems.append(
                f"{source_key}: {side}.players: {len(listed)} players listed, expected "
                f"{MIN_PLAYERS_PER_TEAM}-{MAX_PLAYERS_PER_TEAM} (teamId {team.team_id})"
            )
        total = sum(p.pts for p in listed)
        if total != team.pts:
            problems.append(
                _at(
                    team,
                    "pts",
                    f"team points {team.pts} are not the sum of its players' "
                    f"points {total} (teamId {team.team_id})",
                )
            )
        problems.extend(_shooting(team))
    return problems


# -- coverage ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """Box scores found for the final games of a date: what a "success" must account for."""

    day: date
    expected: tuple[str, ...]  # final games of the date, by the schedule
    found: tuple[str, ...]  # games with a box score
    missing: tuple[str, ...]  # expected without a box score
    extra: tuple[str, ...]  # box scores of games the schedule does not list as final

    @property
    def ok(self) -> bool:
        return not self.missing

    @property
    def message(self) -> str:
        have = len(self.expected) - len(self.missing)
        text = f"box scores for {have} of {len(self.expected)} final games of {self.day}"
        if self.missing:
            text += f": missing {', '.join(self.missing)}"
        return text


def boxscore_coverage(
    day: date, final_game_ids: Iterable[str], boxscore_game_ids: Iterable[str]
) -> Coverage:
    """Compare the games with box scores to the final games of the date."""
    expected = sorted(set(final_game_ids))
    found = sorted(set(boxscore_game_ids))
    return Coverage(
        day=day,
        expected=tuple(expected),
        found=tuple(found),
        missing=tuple(g for g in expected if g not in found),
        extra=tuple(g for g in found if g not in expected),
    )


# -- injury report, odds ----------------------------------------------------------------


def validate_injury_report(rows: Sequence[InjuryRow], *, source_key: str) -> list[str]:
    """Known statuses; a player once per report (the parser keeps the first listing)."""
    problems = _duplicates(rows, "player")
    allowed = ("out", "doubtful", "questionable", "probable", "available")
    for row in rows:
        if row.status not in allowed:
            problems.append(_at(row, "status", f"unknown status {row.status!r}"))
    return problems


def _eastern_date(ts: float) -> date:
    return datetime.fromtimestamp(ts, tz=UTC).astimezone(ET).date()


def validate_odds_events(rows: Sequence[OddsEventRow], *, source_key: str) -> list[str]:
    """Events of the document's date (US Eastern) between two different teams."""
    problems = _duplicates(rows, "event")
    for row in rows:
        when = _eastern_date(row.commence_time)
        if when != row.game_date:
            problems.append(
                _at(
                    row,
                    "commence_time",
                    f"event {row.event_id} starts on {when} (US Eastern), not on {row.game_date}",
                )
            )
        if row.home_team == row.away_team:
            problems.append(_at(row, "away_team", f"home and away are both {row.home_team!r}"))
    return problems


def _american(price: int) -> bool:
    return abs(price) >= 100


def validate_player_props(rows: Sequence[PropRow], *, source_key: str) -> list[str]:
    """Half-point lines in 0-100 and American prices (at least +/-100)."""
    problems = _duplicates(rows, "line")
    for row in rows:
        who = f"({row.bookmaker}, {row.player_name} {row.line:g})"
        if not 0 < row.line < MAX_POINTS or not (row.line * 2).is_integer():
            problems.append(
                _at(row, "line", f"line {row.line:g} is not a half point in 0-100 {who}")
            )
        for column, price in (("over_price", row.over_price), ("under_price", row.under_price)):
            if price is not None and not _american(price):
                problems.append(_at(row, column, f"{price} is not an American price {who}"))
    return problems
