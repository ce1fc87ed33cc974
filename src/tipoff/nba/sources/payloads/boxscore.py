"""A game's box score: NBA.com's ``boxscoretraditionalv3`` (nested JSON)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import pandas as pd

from tipoff.nba.sources.payloads.values import (
    UTC,
    as_float,
    clock_text,
    columns,
    int_or_none,
    plain,
    rows_of,
    slug,
    split_name,
    team_slug,
)
from tipoff.nba.teams import Team, team_by_id

# boxscoretraditionalv3's per-player and per-team statistics, in the endpoint's key order.
BOX_STAT_KEYS = columns(
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


def _player_statistics(row: Mapping[str, Any], played: bool) -> dict[str, Any]:
    stats: dict[str, Any] = {"minutes": ""}
    if played:
        seconds = int_or_none(row.get("SECONDS"))
        if seconds is None:
            seconds = 60 * (int_or_none(row.get("MIN")) or 0)
        stats["minutes"] = clock_text(seconds)
    for column, key in _BOX_COUNTS.items():
        stats[key] = (int_or_none(row.get(column)) or 0) if played else 0
    if played and int_or_none(row.get("REB")) is None:
        stats["reboundsTotal"] = stats["reboundsOffensive"] + stats["reboundsDefensive"]
    stats["plusMinusPoints"] = as_float(row.get("PLUS_MINUS")) if played else 0.0
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
    return clock_text(seconds)


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
        minutes = f"{int_or_none(line.get('MIN')) or 0}:00"
        team_stats = _totals(all_stats, minutes, as_float(line.get("PLUS_MINUS")))
        for column, key in _BOX_COUNTS.items():  # the official line wins over the sum
            if int_or_none(line.get(column)) is not None:
                team_stats[key] = int_or_none(line.get(column))
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
    for row in rows_of(players):
        by_team.setdefault(int(row["TEAM_ID"]), []).append(row)
    lines: dict[int, dict[str, Any]] = {}
    if team_lines is not None:
        lines = {int(r["TEAM_ID"]): r for r in rows_of(team_lines)}
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
