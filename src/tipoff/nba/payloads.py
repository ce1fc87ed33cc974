"""The upstream payload shapes of ``tipoff.nba.documents``, rendered from plain data.

The simulator's transport and the replay source both answer through these functions, so
what they serve has the keys, header lists and value formats a live fetch returns and one
parser per document kind reads all three. Inputs are pandas frames in NBA.com's column
layouts (the simulator's ``frames`` and the ``nba_api`` game logs) or plain dicts; outputs
are JSON-ready dicts, turned into bytes by :func:`encode`.

What the inputs cannot know is filled as the real endpoint does when it has nothing:
``None`` for quarter scores, arena, broadcasters and a player's height or school; ``""``
for a jersey number or a bench player's position.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

import pandas as pd
from nba_api.stats.static import players as static_players

from tipoff.nba.game_status import ET
from tipoff.nba.teams import Team, team_by_id

UTC = ZoneInfo("UTC")
LEAGUE_ID = "00"
ODDS_SPORT_KEY = "basketball_nba"
ODDS_SPORT_TITLE = "NBA"
PLAYER_POINTS = "player_points"
SPREADS = "spreads"
TOTALS = "totals"
EVENT_MARKETS = (PLAYER_POINTS, SPREADS, TOTALS)  # what the props request asks for


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Header lists of the stats endpoints, exactly as NBA.com sends them (and as nba_api's
# ``expected_data`` lists them).
SCOREBOARD_HEADERS: dict[str, tuple[str, ...]] = {
    "GameHeader": _names(
        "GAME_DATE_EST GAME_SEQUENCE GAME_ID GAME_STATUS_ID GAME_STATUS_TEXT GAMECODE "
        "HOME_TEAM_ID VISITOR_TEAM_ID SEASON LIVE_PERIOD LIVE_PC_TIME "
        "NATL_TV_BROADCASTER_ABBREVIATION HOME_TV_BROADCASTER_ABBREVIATION "
        "AWAY_TV_BROADCASTER_ABBREVIATION LIVE_PERIOD_TIME_BCAST ARENA_NAME WH_STATUS"
    ),
    "LineScore": _names(
        "GAME_DATE_EST GAME_SEQUENCE GAME_ID TEAM_ID TEAM_ABBREVIATION TEAM_CITY_NAME "
        "TEAM_NAME TEAM_WINS_LOSSES PTS_QTR1 PTS_QTR2 PTS_QTR3 PTS_QTR4 PTS_OT1 PTS_OT2 "
        "PTS_OT3 PTS_OT4 PTS_OT5 PTS_OT6 PTS_OT7 PTS_OT8 PTS_OT9 PTS_OT10 PTS FG_PCT "
        "FT_PCT FG3_PCT AST REB TOV"
    ),
    "SeriesStandings": _names(
        "GAME_ID HOME_TEAM_ID VISITOR_TEAM_ID GAME_DATE_EST HOME_TEAM_WINS HOME_TEAM_LOSSES "
        "SERIES_LEADER"
    ),
    "LastMeeting": _names(
        "GAME_ID LAST_GAME_ID LAST_GAME_DATE_EST LAST_GAME_HOME_TEAM_ID "
        "LAST_GAME_HOME_TEAM_CITY LAST_GAME_HOME_TEAM_NAME LAST_GAME_HOME_TEAM_ABBREVIATION "
        "LAST_GAME_HOME_TEAM_POINTS LAST_GAME_VISITOR_TEAM_ID LAST_GAME_VISITOR_TEAM_CITY "
        "LAST_GAME_VISITOR_TEAM_NAME LAST_GAME_VISITOR_TEAM_CITY1 LAST_GAME_VISITOR_TEAM_POINTS"
    ),
    "EastConfStandingsByDay": _names(
        "TEAM_ID LEAGUE_ID SEASON_ID STANDINGSDATE CONFERENCE TEAM G W L W_PCT HOME_RECORD "
        "ROAD_RECORD RETURNTOPLAY"
    ),
    "WestConfStandingsByDay": _names(
        "TEAM_ID LEAGUE_ID SEASON_ID STANDINGSDATE CONFERENCE TEAM G W L W_PCT HOME_RECORD "
        "ROAD_RECORD"
    ),
    "Available": _names("GAME_ID PT_AVAILABLE"),
    "TeamLeaders": _names(
        "GAME_ID TEAM_ID TEAM_CITY TEAM_NICKNAME TEAM_ABBREVIATION PTS_PLAYER_ID "
        "PTS_PLAYER_NAME PTS REB_PLAYER_ID REB_PLAYER_NAME REB AST_PLAYER_ID AST_PLAYER_NAME AST"
    ),
    "TicketLinks": _names("GAME_ID LEAG_TIX"),
    "WinProbability": (),
}
ROSTER_HEADERS: dict[str, tuple[str, ...]] = {
    "CommonTeamRoster": _names(
        "TeamID SEASON LeagueID PLAYER PLAYER_SLUG NUM POSITION HEIGHT WEIGHT BIRTH_DATE AGE "
        "EXP SCHOOL PLAYER_ID"
    ),
    "Coaches": _names(
        "TEAM_ID SEASON COACH_ID FIRST_NAME LAST_NAME COACH_NAME IS_ASSISTANT COACH_TYPE "
        "SORT_SEQUENCE"
    ),
}
# boxscoretraditionalv3's per-player and per-team statistics, in the endpoint's key order.
BOX_STAT_KEYS = _names(
    "minutes fieldGoalsMade fieldGoalsAttempted fieldGoalsPercentage threePointersMade "
    "threePointersAttempted threePointersPercentage freeThrowsMade freeThrowsAttempted "
    "freeThrowsPercentage reboundsOffensive reboundsDefensive reboundsTotal assists steals "
    "blocks turnovers foulsPersonal points plusMinusPoints"
)
# NBA.com column -> boxscoretraditionalv3 key, for the counting statistics.
_BOX_COUNTS = {
    "FGM": "fieldGoalsMade",
    "FGA": "fieldGoalsAttempted",
    "FG3M": "threePointersMade",
    "FG3A": "threePointersAttempted",
    "FTM": "freeThrowsMade",
    "FTA": "freeThrowsAttempted",
    "OREB": "reboundsOffensive",
    "DREB": "reboundsDefensive",
    "REB": "reboundsTotal",
    "AST": "assists",
    "STL": "steals",
    "BLK": "blocks",
    "TOV": "turnovers",
    "PF": "foulsPersonal",
    "PTS": "points",
}
_BOX_PCTS = (
    ("fieldGoalsPercentage", "fieldGoalsMade", "fieldGoalsAttempted"),
    ("threePointersPercentage", "threePointersMade", "threePointersAttempted"),
    ("freeThrowsPercentage", "freeThrowsMade", "freeThrowsAttempted"),
)
BOOK_TITLES = {
    "betmgm": "BetMGM",
    "betonlineag": "BetOnline.ag",
    "betrivers": "BetRivers",
    "bovada": "Bovada",
    "draftkings": "DraftKings",
    "fanduel": "FanDuel",
    "mybookieag": "MyBookie.ag",
    "pointsbetus": "PointsBet (US)",
    "unibet_us": "Unibet",
    "williamhill_us": "Caesars",
}
# NBA.com's team slugs are the nickname, except where fans' usage won.
_TEAM_SLUGS = {"76ers": "sixers", "Trail Blazers": "blazers"}


# -- values -------------------------------------------------------------------------------


def encode(payload: Any) -> bytes:
    """Compact UTF-8 JSON, as the upstream APIs send it (never NaN: missing is null)."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def plain(value: Any) -> Any:
    """A JSON-ready scalar: numpy/pandas numbers to int/float, NaN/NA/NaT to None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _int(value: Any) -> int | None:
    v = plain(value)
    return None if v is None else int(v)


def _num(value: Any, default: float = 0.0) -> float:
    v = plain(value)
    return default if v is None else float(v)


def season_start_year(season: str) -> str:
    """``"2025-26"`` -> ``"2025"``, NBA.com's SEASON column of scoreboards and rosters."""
    return season[:4]


def slug(text: str) -> str:
    """``"Nikola Jokić"`` -> ``"nikola-jokic"``, NBA.com's url slugs."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def team_slug(team: Team) -> str:
    return _TEAM_SLUGS.get(team.nickname, slug(team.nickname))


@cache
def _static_names() -> dict[int, tuple[str, str]]:
    """Every player NBA.com ever listed: id -> (first, last), from nba_api's static table."""
    return {
        int(p["id"]): (str(p["first_name"]), str(p["last_name"]))
        for p in static_players.get_players()
    }


def split_name(player_id: int, full_name: str) -> tuple[str, str]:
    """(first, family) name: NBA.com's own split when known, else at the first space."""
    known = _static_names().get(int(player_id))
    if known is not None and f"{known[0]} {known[1]}".strip() == full_name.strip():
        return known
    first, _, family = full_name.strip().partition(" ")
    return (first, family) if family else ("", first)


def _clock(seconds: int) -> str:
    """Seconds on the floor as boxscoretraditionalv3 writes them: ``"34:07"``."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _result_set(name: str, headers: tuple[str, ...], rows: list[list[Any]]) -> dict[str, Any]:
    return {"name": name, "headers": list(headers), "rowSet": rows}


def _stats_payload(
    resource: str, parameters: Mapping[str, Any], sets: dict[str, list[list[Any]]], headers: dict
) -> dict[str, Any]:
    return {
        "resource": resource,
        "parameters": dict(parameters),
        "resultSets": [
            _result_set(name, cols, sets.get(name, [])) for name, cols in headers.items()
        ],
    }


# -- schedule: scoreboardv2 ---------------------------------------------------------------


def scoreboard_v2(
    day: date,
    games: pd.DataFrame,
    team_lines: pd.DataFrame | None = None,
    *,
    records: Mapping[int, str] | None = None,
) -> dict[str, Any]:
    """The ``scoreboardv2`` payload of ``day``.

    ``games``: one row per game with GAME_ID, GAME_STATUS_ID, GAME_STATUS_TEXT,
    HOME_TEAM_ID, VISITOR_TEAM_ID, HOME_PTS, VISITOR_PTS, SEASON and optionally
    GAME_DATETIME_ET (orders the games) and PERIODS. ``team_lines``: final games' team
    totals in the game-log layout (GAME_ID, TEAM_ID, FG_PCT, FT_PCT, FG3_PCT, AST, REB,
    TOV). ``records``: team id -> "W-L" as of the scoreboard. Scores and totals are shown
    only for final games, as NBA.com does before a game starts.
    """
    date_est = f"{day.isoformat()}T00:00:00"
    ordered = games
    if len(games) and "GAME_DATETIME_ET" in games.columns:
        ordered = games.sort_values(["GAME_DATETIME_ET", "GAME_ID"], kind="stable")
    elif len(games):
        ordered = games.sort_values("GAME_ID", kind="stable")
    lines: dict[tuple[str, int], dict[str, Any]] = {}
    if team_lines is not None and len(team_lines):
        for row in _records(team_lines):
            lines[(str(row["GAME_ID"]), int(row["TEAM_ID"]))] = row
    records = records or {}
    header_rows: list[list[Any]] = []
    line_rows: list[list[Any]] = []
    for sequence, g in enumerate(_records(ordered), start=1):
        game_id = str(g["GAME_ID"])
        status = int(g["GAME_STATUS_ID"])
        home, away = team_by_id(int(g["HOME_TEAM_ID"])), team_by_id(int(g["VISITOR_TEAM_ID"]))
        periods = _int(g.get("PERIODS"))
        live_period = 0 if status == 1 else periods if periods is not None else 4
        header_rows.append(
            [
                date_est,
                sequence,
                game_id,
                status,
                str(g["GAME_STATUS_TEXT"]),
                f"{day:%Y%m%d}/{away.abbreviation}{home.abbreviation}",
                home.team_id,
                away.team_id,
                season_start_year(str(g["SEASON"])),
                live_period,
                "",
                None,
                None,
                None,
                f"Q{live_period}       - " if live_period else "",
                None,
                1,
            ]
        )
        for team, pts_column in ((away, "VISITOR_PTS"), (home, "HOME_PTS")):
            final = status == 3
            line = lines.get((game_id, team.team_id), {}) if final else {}
            line_rows.append(
                [
                    date_est,
                    sequence,
                    game_id,
                    team.team_id,
                    team.abbreviation,
                    team.city,
                    team.nickname,
                    records.get(team.team_id),
                    *([None] * 14),  # quarter and overtime splits
                    _int(g.get(pts_column)) if final else None,
                    *(plain(line.get(c)) for c in ("FG_PCT", "FT_PCT", "FG3_PCT")),
                    *(_int(line.get(c)) for c in ("AST", "REB", "TOV")),
                ]
            )
    parameters = {"GameDate": day.isoformat(), "LeagueID": LEAGUE_ID, "DayOffset": "0"}
    return _stats_payload(
        "scoreboardV2",
        parameters,
        {"GameHeader": header_rows, "LineScore": line_rows},
        SCOREBOARD_HEADERS,
    )


# -- schedule: scoreboardv3 ---------------------------------------------------------------


def _v3_team(team: Team, record: str | None, score: int | None) -> dict[str, Any]:
    wins, _, losses = (record or "").partition("-")
    return {
        "teamId": team.team_id,
        "teamName": team.nickname,
        "teamCity": team.city,
        "teamTricode": team.abbreviation,
        "teamSlug": team_slug(team),
        "wins": int(wins) if wins.isdigit() else 0,
        "losses": int(losses) if losses.isdigit() else 0,
        "score": score or 0,
        "seed": None,
        "inBonus": None,
        "timeoutsRemaining": 0,
        "periods": [],
    }


def scoreboard_v3(
    day: date, games: pd.DataFrame, *, records: Mapping[int, str] | None = None
) -> dict[str, Any]:
    """The ``scoreboardv3`` payload of ``day``, from the same ``games`` as :func:`scoreboard_v2`.

    A score is 0 until a game starts, as NBA.com writes it; the inputs know points only
    for final games, so a game in progress shows 0 too. Quarter scores, leaders and
    broadcasters are left out (nothing reads them).
    """
    ordered = games
    if len(games) and "GAME_DATETIME_ET" in games.columns:
        ordered = games.sort_values(["GAME_DATETIME_ET", "GAME_ID"], kind="stable")
    elif len(games):
        ordered = games.sort_values("GAME_ID", kind="stable")
    records = records or {}
    out = []
    for g in _records(ordered):
        status = int(g["GAME_STATUS_ID"])
        home, away = team_by_id(int(g["HOME_TEAM_ID"])), team_by_id(int(g["VISITOR_TEAM_ID"]))
        periods = _int(g.get("PERIODS"))
        tip = g.get("GAME_DATETIME_ET")
        if tip is pd.NaT or not isinstance(tip, datetime):
            tip = None
        elif tip.tzinfo is None:
            tip = tip.replace(tzinfo=ET)
        final = status == 3
        out.append(
            {
                "gameId": str(g["GAME_ID"]),
                "gameCode": f"{day:%Y%m%d}/{away.abbreviation}{home.abbreviation}",
                "gameStatus": status,
                "gameStatusText": str(g["GAME_STATUS_TEXT"]),
                "period": 0 if status == 1 else periods if periods is not None else 4,
                "gameClock": "",
                "gameTimeUTC": _utc_text(tip) if tip is not None else "",
                # NBA.com writes the ET wall clock with a "Z", as it is kept here.
                "gameEt": f"{tip.astimezone(ET):%Y-%m-%dT%H:%M:%S}Z" if tip is not None else "",
                "regulationPeriods": 4,
                "seriesGameNumber": "",
                "gameLabel": "",
                "gameSubLabel": "",
                "seriesText": "",
                "ifNecessary": False,
                "seriesConference": "",
                "poRoundDesc": "",
                "gameSubtype": "",
                "isNeutral": False,
                "homeTeam": _v3_team(
                    home, records.get(home.team_id), _int(g.get("HOME_PTS")) if final else None
                ),
                "awayTeam": _v3_team(
                    away, records.get(away.team_id), _int(g.get("VISITOR_PTS")) if final else None
                ),
            }
        )
    return {
        "meta": {
            "version": 1,
            "request": f"http://nba.cloud/league/{LEAGUE_ID}/{day:%Y/%m/%d}/scoreboard?Format=json",
            "time": f"{day.isoformat()}T00:00:00.0000Z",
        },
        "scoreboard": {
            "gameDate": day.isoformat(),
            "leagueId": LEAGUE_ID,
            "leagueName": "National Basketball Association",
            "games": out,
        },
    }


# -- roster: commonteamroster -------------------------------------------------------------


def common_team_roster(team_id: int, season: str, players: pd.DataFrame) -> dict[str, Any]:
    """The ``commonteamroster`` payload of one team.

    ``players``: PLAYER_ID, PLAYER_NAME and optionally NUM, POSITION, HEIGHT, WEIGHT,
    BIRTH_DATE, AGE, EXP, SCHOOL (missing ones are null, as for a two-way signing).
    """
    rows = []
    for p in _records(players):
        name = str(p["PLAYER_NAME"])
        rows.append(
            [
                int(team_id),
                season_start_year(season),
                LEAGUE_ID,
                name,
                slug(name),
                str(plain(p.get("NUM")) or ""),
                str(plain(p.get("POSITION")) or ""),
                plain(p.get("HEIGHT")),
                plain(p.get("WEIGHT")),
                plain(p.get("BIRTH_DATE")),
                plain(p.get("AGE")),
                plain(p.get("EXP")),
                plain(p.get("SCHOOL")),
                int(p["PLAYER_ID"]),
            ]
        )
    parameters = {"TeamID": int(team_id), "LeagueID": LEAGUE_ID, "Season": season}
    return _stats_payload(
        "commonteamroster", parameters, {"CommonTeamRoster": rows}, ROSTER_HEADERS
    )


# -- boxscore: boxscoretraditionalv3 ------------------------------------------------------


def _player_statistics(row: Mapping[str, Any], played: bool) -> dict[str, Any]:
    stats: dict[str, Any] = {"minutes": ""}
    if played:
        seconds = _int(row.get("SECONDS"))
        if seconds is None:
            seconds = 60 * (_int(row.get("MIN")) or 0)
        stats["minutes"] = _clock(seconds)
    for column, key in _BOX_COUNTS.items():
        stats[key] = (_int(row.get(column)) or 0) if played else 0
    if played and _int(row.get("REB")) is None:
        stats["reboundsTotal"] = stats["reboundsOffensive"] + stats["reboundsDefensive"]
    stats["plusMinusPoints"] = _num(row.get("PLUS_MINUS")) if played else 0.0
    return _with_percentages(stats)


def _with_percentages(stats: dict[str, Any]) -> dict[str, Any]:
    for pct, made, attempted in _BOX_PCTS:
        stats[pct] = round(stats[made] / stats[attempted], 3) if stats[attempted] else 0.0
    return {key: stats[key] for key in BOX_STAT_KEYS}


def _totals(stats: Iterable[dict[str, Any]], minutes: str, plus_minus: float) -> dict[str, Any]:
    total: dict[str, Any] = {key: 0 for key in _BOX_COUNTS.values()}
    for s in stats:
        for key in total:
            total[key] += s[key]
    total["minutes"] = minutes
    total["plusMinusPoints"] = plus_minus
    return _with_percentages(total)


def _sum_minutes(stats: Iterable[dict[str, Any]]) -> str:
    seconds = 0
    for s in stats:
        if s["minutes"]:
            mm, ss = s["minutes"].split(":")
            seconds += int(mm) * 60 + int(ss)
    return _clock(seconds)


def _box_team(
    team: Team,
    players: list[dict[str, Any]],
    line: Mapping[str, Any] | None,
    jerseys: Mapping[int, str],
) -> dict[str, Any]:
    rendered: list[dict[str, Any]] = []
    starters: list[dict[str, Any]] = []
    bench: list[dict[str, Any]] = []
    for row in players:
        comment = str(plain(row.get("COMMENT")) or "")
        played = not comment and plain(row.get("PTS")) is not None
        person = int(row["PLAYER_ID"])
        name = str(row["PLAYER_NAME"])
        first, family = split_name(person, name)
        position = str(plain(row.get("START_POSITION")) or "")
        stats = _player_statistics(row, played)
        (starters if position else bench).append(stats)
        rendered.append(
            {
                "personId": person,
                "firstName": first,
                "familyName": family,
                "nameI": f"{first[:1]}. {family}" if first else family,
                "playerSlug": slug(name),
                "position": position,
                "comment": comment,
                "jerseyNum": jerseys.get(person, ""),
                "statistics": stats,
            }
        )
    all_stats = [p["statistics"] for p in rendered]
    if line is not None:
        minutes = f"{_int(line.get('MIN')) or 0}:00"
        team_stats = _totals(all_stats, minutes, _num(line.get("PLUS_MINUS")))
        for column, key in _BOX_COUNTS.items():  # the official line wins over the sum
            if _int(line.get(column)) is not None:
                team_stats[key] = _int(line.get(column))
        team_stats = _with_percentages(team_stats)
    else:
        team_stats = _totals(all_stats, _sum_minutes(all_stats), 0.0)
    out: dict[str, Any] = {
        "teamId": team.team_id,
        "teamCity": team.city,
        "teamName": team.nickname,
        "teamTricode": team.abbreviation,
        "teamSlug": team_slug(team),
        "players": rendered,
        "statistics": team_stats,
    }
    if starters:  # unknown in game logs: left out rather than shown as zeros
        for key, group in (("starters", starters), ("bench", bench)):
            totals = _totals(group, _sum_minutes(group), 0.0)
            del totals["plusMinusPoints"]
            out[key] = totals
    return out


def boxscore_traditional_v3(
    game_id: str,
    home_team_id: int,
    away_team_id: int,
    players: pd.DataFrame,
    team_lines: pd.DataFrame | None = None,
    *,
    jerseys: Mapping[int, str] | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """The ``boxscoretraditionalv3`` payload of one game.

    ``players``: TEAM_ID, PLAYER_ID, PLAYER_NAME, START_POSITION ("" off the bench),
    COMMENT ("" or why he did not play; his statistics are then missing), SECONDS or MIN,
    and the counting columns FGM..PTS, PLUS_MINUS. ``team_lines``: the official team
    totals (TEAM_ID, MIN, counting columns, PLUS_MINUS); without them the players are
    summed. An empty ``players`` frame renders the two teams with no players, as NBA.com
    does before a game has started.
    """
    by_team: dict[int, list[dict[str, Any]]] = {home_team_id: [], away_team_id: []}
    for row in _records(players):
        by_team.setdefault(int(row["TEAM_ID"]), []).append(row)
    lines: dict[int, dict[str, Any]] = {}
    if team_lines is not None:
        lines = {int(r["TEAM_ID"]): r for r in _records(team_lines)}
    moment = generated_at or datetime(2000, 1, 1, tzinfo=UTC)
    sides = {
        key: _box_team(team_by_id(team_id), by_team[team_id], lines.get(team_id), jerseys or {})
        for key, team_id in (("homeTeam", home_team_id), ("awayTeam", away_team_id))
    }
    return {
        "meta": {
            "version": 1,
            "request": f"http://nba.cloud/games/{game_id}/boxscoretraditional?Format=json",
            "time": moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-2],
        },
        "boxScoreTraditional": {
            "gameId": game_id,
            "awayTeamId": int(away_team_id),
            "homeTeamId": int(home_team_id),
            **sides,
        },
    }


# -- injury report ------------------------------------------------------------------------


def _game_time(hhmm: str) -> str:
    """``"19:30"`` -> ``"07:30 (ET)"``, the report's 12-hour clock without am/pm."""
    hour, minute = (int(x) for x in hhmm.split(":")[:2])
    return f"{hour % 12 or 12:02d}:{minute:02d} (ET)"


def injury_report(report_time: datetime, rows: pd.DataFrame) -> dict[str, Any]:
    """The official injury report as of ``report_time``.

    ``rows``: GAME_DATE (ISO), GAME_TIME_ET ("19:30"), MATCHUP ("BOS@NYK"), TEAM_NAME,
    PLAYER_ID, PLAYER_NAME, CURRENT_STATUS, REASON. Names are written "Last, First".
    """
    out = []
    for r in _records(rows):
        first, family = split_name(int(r["PLAYER_ID"]), str(r["PLAYER_NAME"]))
        out.append(
            {
                "gameDate": date.fromisoformat(str(r["GAME_DATE"])).strftime("%m/%d/%Y"),
                "gameTime": _game_time(str(r["GAME_TIME_ET"])),
                "matchup": str(r["MATCHUP"]),
                "team": str(r["TEAM_NAME"]),
                "playerName": f"{family}, {first}" if first else family,
                "currentStatus": str(r["CURRENT_STATUS"]),
                "reason": str(r["REASON"]),
            }
        )
    return {"reportTime": report_time.astimezone(ET).isoformat(), "rows": out}


# -- odds ---------------------------------------------------------------------------------


def odds_event(
    event_id: str, commence_time_utc: str, home_team: str, away_team: str
) -> dict[str, Any]:
    """One event of The Odds API (``commence_time`` as ``YYYY-MM-DDTHH:MM:SSZ``)."""
    return {
        "id": event_id,
        "sport_key": ODDS_SPORT_KEY,
        "sport_title": ODDS_SPORT_TITLE,
        "commence_time": commence_time_utc,
        "home_team": home_team,
        "away_team": away_team,
    }


def odds_events(events: pd.DataFrame) -> list[dict[str, Any]]:
    """The events list; ``events``: event_id, commence_time_utc, home_team, away_team."""
    if not len(events):
        return []
    unique = events.drop_duplicates("event_id").sort_values(["commence_time_utc", "event_id"])
    return [
        odds_event(
            str(e["event_id"]),
            str(e["commence_time_utc"]),
            str(e["home_team"]),
            str(e["away_team"]),
        )
        for e in _records(unique)
    ]


def event_odds(
    event: Mapping[str, Any],
    quotes: pd.DataFrame,
    game_lines: pd.DataFrame | None = None,
    markets: Sequence[str] = (PLAYER_POINTS,),
) -> dict[str, Any]:
    """One event's odds per bookmaker, the markets asked for (``player_points``,
    ``spreads``, ``totals``) in that order, each with its own ``last_update``.

    ``event``: an :func:`odds_event` dict. ``quotes``: bookmaker, player, line, over_odds,
    under_odds, last_update_utc; each row becomes an Over and an Under outcome.
    ``game_lines``: bookmaker, home_spread, home_spread_price, away_spread_price,
    spread_update_utc, total, over_price, under_price, total_update_utc (one row per book;
    NaN where it has no such market): the spread as one outcome per team (the away team's
    point the home one's negated), the total as an Over and an Under.
    """
    by_book: dict[str, list[dict[str, Any]]] = {}
    if PLAYER_POINTS in markets and len(quotes):
        ordered = quotes.sort_values(["bookmaker", "player", "line"], kind="stable")
        for book, group in ordered.groupby("bookmaker", sort=True):
            last_update = str(group["last_update_utc"].max())
            outcomes = []
            for q in _records(group):
                for side, price in (("Over", q["over_odds"]), ("Under", q["under_odds"])):
                    outcomes.append(
                        {
                            "name": side,
                            "description": str(q["player"]),
                            "price": int(price),
                            "point": float(q["line"]),
                        }
                    )
            by_book.setdefault(str(book), []).append(
                {"key": PLAYER_POINTS, "last_update": last_update, "outcomes": outcomes}
            )
    if game_lines is not None and len(game_lines):
        for g in _records(game_lines.sort_values("bookmaker", kind="stable")):
            book = str(g["bookmaker"])
            if SPREADS in markets and pd.notna(g["home_spread"]):
                point = float(g["home_spread"])
                by_book.setdefault(book, []).append(
                    {
                        "key": SPREADS,
                        "last_update": str(g["spread_update_utc"]),
                        "outcomes": [
                            {"name": event["home_team"], "price": int(g["home_spread_price"]),
                             "point": point},
                            {"name": event["away_team"], "price": int(g["away_spread_price"]),
                             "point": -point},
                        ],
                    }
                )  # fmt: skip
            if TOTALS in markets and pd.notna(g["total"]):
                total = float(g["total"])
                by_book.setdefault(book, []).append(
                    {
                        "key": TOTALS,
                        "last_update": str(g["total_update_utc"]),
                        "outcomes": [
                            {"name": "Over", "price": int(g["over_price"]), "point": total},
                            {"name": "Under", "price": int(g["under_price"]), "point": total},
                        ],
                    }
                )
    bookmakers = []
    for book in sorted(by_book):
        found = by_book[book]
        found.sort(key=lambda m: list(markets).index(m["key"]))
        bookmakers.append(
            {
                "key": book,
                "title": BOOK_TITLES.get(book, book),
                "last_update": max(str(m["last_update"]) for m in found),
                "markets": found,
            }
        )
    return {**event, "bookmakers": bookmakers}
