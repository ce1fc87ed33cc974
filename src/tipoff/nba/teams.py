"""The 30 NBA teams as NBA.com identifies them, from the static table shipped in ``nba_api``.

The table is part of the installed package (no network). It carries no conference,
division or arena, so those come from the constants below. A leaf module: the simulator
builds its league on these teams, and the sources render payloads that name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from nba_api.stats.static import teams as static_teams

# Conference, division and the arena's time zone, by NBA.com abbreviation.
_TEAM_PLACES: dict[str, tuple[str, str, str]] = {
    "BOS": ("East", "Atlantic", "America/New_York"),
    "BKN": ("East", "Atlantic", "America/New_York"),
    "NYK": ("East", "Atlantic", "America/New_York"),
    "PHI": ("East", "Atlantic", "America/New_York"),
    "TOR": ("East", "Atlantic", "America/Toronto"),
    "CHI": ("East", "Central", "America/Chicago"),
    "CLE": ("East", "Central", "America/New_York"),
    "DET": ("East", "Central", "America/Detroit"),
    "IND": ("East", "Central", "America/Indiana/Indianapolis"),
    "MIL": ("East", "Central", "America/Chicago"),
    "ATL": ("East", "Southeast", "America/New_York"),
    "CHA": ("East", "Southeast", "America/New_York"),
    "MIA": ("East", "Southeast", "America/New_York"),
    "ORL": ("East", "Southeast", "America/New_York"),
    "WAS": ("East", "Southeast", "America/New_York"),
    "DEN": ("West", "Northwest", "America/Denver"),
    "MIN": ("West", "Northwest", "America/Chicago"),
    "OKC": ("West", "Northwest", "America/Chicago"),
    "POR": ("West", "Northwest", "America/Los_Angeles"),
    "UTA": ("West", "Northwest", "America/Denver"),
    "GSW": ("West", "Pacific", "America/Los_Angeles"),
    "LAC": ("West", "Pacific", "America/Los_Angeles"),
    "LAL": ("West", "Pacific", "America/Los_Angeles"),
    "PHX": ("West", "Pacific", "America/Phoenix"),
    "SAC": ("West", "Pacific", "America/Los_Angeles"),
    "DAL": ("West", "Southwest", "America/Chicago"),
    "HOU": ("West", "Southwest", "America/Chicago"),
    "MEM": ("West", "Southwest", "America/Chicago"),
    "NOP": ("West", "Southwest", "America/Chicago"),
    "SAS": ("West", "Southwest", "America/Chicago"),
}


@dataclass(frozen=True)
class Team:
    """One franchise as NBA.com names it, with where it plays."""

    team_id: int
    abbreviation: str
    full_name: str
    city: str
    nickname: str
    conference: str
    division: str
    time_zone: str


@cache
def teams() -> tuple[Team, ...]:
    """The 30 teams, ordered by team id (index = position in every per-team array)."""
    out = []
    for row in sorted(static_teams.get_teams(), key=lambda r: int(r["id"])):
        abbr = str(row["abbreviation"])
        if abbr not in _TEAM_PLACES:
            raise ValueError(f"nba_api static teams: unknown abbreviation {abbr!r}")
        conference, division, zone = _TEAM_PLACES[abbr]
        out.append(
            Team(
                team_id=int(row["id"]),
                abbreviation=abbr,
                full_name=str(row["full_name"]),
                city=str(row["city"]),
                nickname=str(row["nickname"]),
                conference=conference,
                division=division,
                time_zone=zone,
            )
        )
    if len(out) != 30:
        raise ValueError(f"nba_api static teams: expected 30 teams, found {len(out)}")
    return tuple(out)


@cache
def team_index() -> dict[int, int]:
    """Team id -> position in ``teams()``."""
    return {t.team_id: i for i, t in enumerate(teams())}


def team_by_id(team_id: int) -> Team:
    """The team with NBA.com id ``team_id``; a clear error for an unknown id."""
    try:
        return teams()[team_index()[team_id]]
    except KeyError:
        raise KeyError(f"no NBA team with id {team_id}") from None
