"""The schedule: NBA.com's ``scoreboardv2`` (result sets) and ``scoreboardv3`` (nested JSON)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import pandas as pd

from tipoff.nba.game_status import ET
from tipoff.nba.sources.payloads.values import (
    LEAGUE_ID,
    columns,
    int_or_none,
    plain,
    rows_of,
    season_start_year,
    stats_payload,
    team_slug,
    utc_text,
)
from tipoff.nba.teams import Team, team_by_id

# Header lists of the stats endpoints, exactly as NBA.com sends them (and as nba_api's
# ``expected_data`` lists them).
SCOREBOARD_HEADERS: dict[str, tuple[str, ...]] = {
    "GameHeader": columns(
        "GAME_DATE_EST GAME_SEQUENCE GAME_ID GAME_STATUS_ID GAME_STATUS_TEXT GAMECODE "
        "HOME_TEAM_ID VISITOR_TEAM_ID SEASON LIVE_PERIOD LIVE_PC_TIME "
        "NATL_TV_BROADCASTER_ABBREVIATION HOME_TV_BROADCASTER_ABBREVIATION "
        "AWAY_TV_BROADCASTER_ABBREVIATION LIVE_PERIOD_TIME_BCAST ARENA_NAME WH_STATUS"
    ),
    "LineScore": columns(
        "GAME_DATE_EST GAME_SEQUENCE GAME_ID TEAM_ID TEAM_ABBREVIATION TEAM_CITY_NAME "
        "TEAM_NAME TEAM_WINS_LOSSES PTS_QTR1 PTS_QTR2 PTS_QTR3 PTS_QTR4 PTS_OT1 PTS_OT2 "
        "PTS_OT3 PTS_OT4 PTS_OT5 PTS_OT6 PTS_OT7 PTS_OT8 PTS_OT9 PTS_OT10 PTS FG_PCT "
        "FT_PCT FG3_PCT AST REB TOV"
    ),
    "SeriesStandings": columns(
        "GAME_ID HOME_TEAM_ID VISITOR_TEAM_ID GAME_DATE_EST HOME_TEAM_WINS HOME_TEAM_LOSSES "
        "SERIES_LEADER"
    ),
    "LastMeeting": columns(
        "GAME_ID LAST_GAME_ID LAST_GAME_DATE_EST LAST_GAME_HOME_TEAM_ID "
        "LAST_GAME_HOME_TEAM_CITY LAST_GAME_HOME_TEAM_NAME LAST_GAME_HOME_TEAM_ABBREVIATION "
        "LAST_GAME_HOME_TEAM_POINTS LAST_GAME_VISITOR_TEAM_ID LAST_GAME_VISITOR_TEAM_CITY "
        "LAST_GAME_VISITOR_TEAM_NAME LAST_GAME_VISITOR_TEAM_CITY1 LAST_GAME_VISITOR_TEAM_POINTS"
    ),
    "EastConfStandingsByDay": columns(
        "TEAM_ID LEAGUE_ID SEASON_ID STANDINGSDATE CONFERENCE TEAM G W L W_PCT HOME_RECORD "
        "ROAD_RECORD RETURNTOPLAY"
    ),
    "WestConfStandingsByDay": columns(
        "TEAM_ID LEAGUE_ID SEASON_ID STANDINGSDATE CONFERENCE TEAM G W L W_PCT HOME_RECORD "
        "ROAD_RECORD"
    ),
    "Available": columns("GAME_ID PT_AVAILABLE"),
    "TeamLeaders": columns(
        "GAME_ID TEAM_ID TEAM_CITY TEAM_NICKNAME TEAM_ABBREVIATION PTS_PLAYER_ID "
        "PTS_PLAYER_NAME PTS REB_PLAYER_ID REB_PLAYER_NAME REB AST_PLAYER_ID AST_PLAYER_NAME AST"
    ),
    "TicketLinks": columns("GAME_ID LEAG_TIX"),
    "WinProbability": (),
}


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
        for row in rows_of(team_lines):
            lines[(str(row["GAME_ID"]), int(row["TEAM_ID"]))] = row
    records = records or {}
    header_rows: list[list[Any]] = []
    line_rows: list[list[Any]] = []
    for sequence, g in enumerate(rows_of(ordered), start=1):
        game_id = str(g["GAME_ID"])
        status = int(g["GAME_STATUS_ID"])
        home, away = team_by_id(int(g["HOME_TEAM_ID"])), team_by_id(int(g["VISITOR_TEAM_ID"]))
        periods = int_or_none(g.get("PERIODS"))
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
                    int_or_none(g.get(pts_column)) if final else None,
                    *(plain(line.get(c)) for c in ("FG_PCT", "FT_PCT", "FG3_PCT")),
                    *(int_or_none(line.get(c)) for c in ("AST", "REB", "TOV")),
                ]
            )
    parameters = {"GameDate": day.isoformat(), "LeagueID": LEAGUE_ID, "DayOffset": "0"}
    return stats_payload(
        "scoreboardV2",
        parameters,
        {"GameHeader": header_rows, "LineScore": line_rows},
        SCOREBOARD_HEADERS,
    )


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
    for g in rows_of(ordered):
        status = int(g["GAME_STATUS_ID"])
        home, away = team_by_id(int(g["HOME_TEAM_ID"])), team_by_id(int(g["VISITOR_TEAM_ID"]))
        periods = int_or_none(g.get("PERIODS"))
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
                "gameTimeUTC": utc_text(tip) if tip is not None else "",
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
                    home,
                    records.get(home.team_id),
                    int_or_none(g.get("HOME_PTS")) if final else None,
                ),
                "awayTeam": _v3_team(
                    away,
                    records.get(away.team_id),
                    int_or_none(g.get("VISITOR_PTS")) if final else None,
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
