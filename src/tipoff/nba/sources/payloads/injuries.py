"""The NBA's official injury report, its columns as published."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pandas as pd

from tipoff.nba.game_status import ET
from tipoff.nba.sources.payloads.values import rows_of, split_name


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
    for r in rows_of(rows):
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
