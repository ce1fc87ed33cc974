"""The league's clock and a game's state by the schedule, in one place.

Game dates and tip-off times are US Eastern (``ET``); a game's state is NBA.com's
GAME_STATUS_ID and text.

The schedule's status lags: a finished game can stay "scheduled" for hours (seeds fix 4).
Once its date is over, a game that is neither final nor postponed is *overdue*: it was
played, or is still being played, and the schedule has not caught up. The box score
scraper asks for overdue games too, the pre-flight check refuses to call the date
complete while any remain, and ``fix_stale_schedule`` marks them final from their box
scores.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
SCHEDULED, IN_PROGRESS, FINAL = 1, 2, 3

# NBA.com keeps a postponed game at status 1 and says so in the text ("PPD").
_NOT_PLAYED = ("ppd", "postponed", "cancelled", "canceled", "suspended")


def is_postponed(status_text: str | None) -> bool:
    text = (status_text or "").strip().lower()
    return text.startswith(_NOT_PLAYED)


def is_overdue(status: int, status_text: str | None) -> bool:
    """Not final and not called off: on a date that is over, its result is still owed."""
    return status != FINAL and not is_postponed(status_text)
