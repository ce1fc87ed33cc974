"""Values as the upstream APIs write them: compact JSON, plain scalars, slugs, names.

Shared by the renderers of every document kind; nothing here knows a document's shape but
the result sets of the stats.nba.com endpoints (``stats_payload``).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

import pandas as pd
from nba_api.stats.static import players as static_players

from tipoff.nba.teams import Team

UTC = ZoneInfo("UTC")
LEAGUE_ID = "00"
# NBA.com's team slugs are the nickname, except where fans' usage won.
_TEAM_SLUGS = {"76ers": "sixers", "Trail Blazers": "blazers"}


def columns(text: str) -> tuple[str, ...]:
    """An endpoint's header list, written as one string of names."""
    return tuple(text.split())


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


def rows_of(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def int_or_none(value: Any) -> int | None:
    v = plain(value)
    return None if v is None else int(v)


def as_float(value: Any, default: float = 0.0) -> float:
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


def clock_text(seconds: int) -> str:
    """Seconds on the floor as boxscoretraditionalv3 writes them: ``"34:07"``."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _result_set(name: str, headers: tuple[str, ...], rows: list[list[Any]]) -> dict[str, Any]:
    return {"name": name, "headers": list(headers), "rowSet": rows}


def stats_payload(
    resource: str, parameters: Mapping[str, Any], sets: dict[str, list[list[Any]]], headers: dict
) -> dict[str, Any]:
    return {
        "resource": resource,
        "parameters": dict(parameters),
        "resultSets": [
            _result_set(name, cols, sets.get(name, [])) for name, cols in headers.items()
        ],
    }
