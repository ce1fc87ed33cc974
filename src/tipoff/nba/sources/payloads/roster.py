"""A team's roster: NBA.com's ``commonteamroster`` result sets."""

from __future__ import annotations

from typing import Any

import pandas as pd

from tipoff.nba.sources.payloads.values import (
    LEAGUE_ID,
    columns,
    plain,
    rows_of,
    season_start_year,
    slug,
    stats_payload,
)

# The header lists, exactly as NBA.com sends them (and as nba_api's ``expected_data`` lists
# them).
ROSTER_HEADERS: dict[str, tuple[str, ...]] = {
    "CommonTeamRoster": columns(
        "TeamID SEASON LeagueID PLAYER PLAYER_SLUG NUM POSITION HEIGHT WEIGHT BIRTH_DATE AGE "
        "EXP SCHOOL PLAYER_ID"
    ),
    "Coaches": columns(
        "TEAM_ID SEASON COACH_ID FIRST_NAME LAST_NAME COACH_NAME IS_ASSISTANT COACH_TYPE "
        "SORT_SEQUENCE"
    ),
}


def common_team_roster(team_id: int, season: str, players: pd.DataFrame) -> dict[str, Any]:
    """The ``commonteamroster`` payload of one team.

    ``players``: PLAYER_ID, PLAYER_NAME and optionally NUM, POSITION, HEIGHT, WEIGHT,
    BIRTH_DATE, AGE, EXP, SCHOOL (missing ones are null, as for a two-way signing).
    """
    rows = []
    for p in rows_of(players):
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
    return stats_payload("commonteamroster", parameters, {"CommonTeamRoster": rows}, ROSTER_HEADERS)
