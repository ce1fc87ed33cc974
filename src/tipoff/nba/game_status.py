"""The league's clock and a game's state by the schedule, in one place.

Game dates and tip-off times are US Eastern (``ET``); a game's state is NBA.com's
GAME_STATUS_ID and text. A run of a date stands for one instant of that clock
(``default_as_of``): the run settings give it to every job, and the scrapers read it.

The schedule's status lags: a finished game can stay "scheduled" for hours (seeds fix 4).
Once its date is over, a game that is neither final nor postponed is *overdue*: it was
played, or is still being played, and the schedule has not caught up. The box score
scraper asks for overdue games too, the pre-flight check refuses to call the date
complete while any remain, and ``fix_stale_schedule`` marks them final from their box
scores.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
SCHEDULED, IN_PROGRESS, FINAL = 1, 2, 3

# When a mode stands, on the data date, if no explicit as-of time is given: same-day work
# happens in the morning before tip-off; overnight work the next morning after the games.
_DEFAULT_AS_OF = {"same_day": (0, time(12, 0)), "overnight": (1, time(6, 0))}

# NBA.com keeps a postponed game at status 1 and says so in the text ("PPD").
_NOT_PLAYED = ("ppd", "postponed", "cancelled", "canceled", "suspended")


_TIP_TEXT = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*([ap])m\s*ET", re.IGNORECASE)


def scheduled_tip_off(day: date, status_text: str | None) -> float | None:
    """Epoch seconds of a game's start from a scheduled game's text ("7:30 pm ET"), else
    None (once a game has started, the text is its state, not its time)."""
    m = _TIP_TEXT.match(status_text or "")
    if not m:
        return None
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return datetime.combine(day, time(hour, int(m.group(2))), tzinfo=ET).timestamp()


def is_postponed(status_text: str | None) -> bool:
    text = (status_text or "").strip().lower()
    return text.startswith(_NOT_PLAYED)


def is_overdue(status: int, status_text: str | None) -> bool:
    """Not final and not called off: on a date that is over, its result is still owed."""
    return status != FINAL and not is_postponed(status_text)


def default_as_of(day: date, mode: str) -> datetime | None:
    """The instant a run of ``mode`` for ``day`` stands for (None: after everything)."""
    if mode not in _DEFAULT_AS_OF:
        return None
    days, at = _DEFAULT_AS_OF[mode]
    return datetime.combine(day + timedelta(days=days), at, tzinfo=ET)
