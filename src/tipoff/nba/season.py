"""The NBA season a date belongs to, decided in one place.

A season's label is its start year and the next one's last two digits (``"2025-26"``).
Dates take the label of the season whose games they can hold: a new label starts on
October 12, since every regular season since 2015 opened later in October and the 2019-20
season's last games (the 2020 bubble) ended on October 11. So a date's games, the features
and context read from its history, and the exports all agree on the season of one date.

The stats site's roster endpoint files rosters under another split: from July 1 a team's
roster is the coming season's (free agency and training camp build it), so a roster asked
for in the summer or in preseason names the coming season (:func:`roster_season`). Only
requests to that endpoint use it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

SEASON_START = (10, 12)  # month, day: the first day of a season's label
ROSTER_SEASON_START = (7, 1)  # month, day: the stats site's rosters turn to the coming season


def season_label(start_year: int) -> str:
    """The label of the season that starts in ``start_year``: 2025 → ``"2025-26"``."""
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def season_start(day: date) -> date:
    """The first day of ``day``'s season label (October 12 of its start year)."""
    month, dom = SEASON_START
    year = day.year if (day.month, day.day) >= SEASON_START else day.year - 1
    return date(year, month, dom)


def season_of(day: date | pd.Timestamp) -> str:
    """The season label of a date: 2023-10-24 → ``"2023-24"``, 2024-04-14 → ``"2023-24"``,
    2020-10-11 (the bubble's last game) → ``"2019-20"``."""
    return season_label(day.year if (day.month, day.day) >= SEASON_START else day.year - 1)


def seasons_of(dates: pd.Series) -> pd.Series:
    """:func:`season_of` for a column of datetimes (vectorised)."""
    month_day = dates.dt.month * 100 + dates.dt.day
    start = dates.dt.year - (month_day < SEASON_START[0] * 100 + SEASON_START[1]).astype(int)
    labels = start.astype(str) + "-" + ((start + 1) % 100).astype(str).str.zfill(2)
    return labels.astype(object)


def roster_season(day: date) -> str:
    """The season the stats site files ``day``'s team rosters under: from July 1 the coming
    one (2025-07-01 → ``"2025-26"``), so it differs from :func:`season_of` in July to
    October 11."""
    return season_label(day.year if (day.month, day.day) >= ROSTER_SEASON_START else day.year - 1)
