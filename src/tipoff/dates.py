"""Data dates as people type them: ISO dates within the range tipoff supports.

A date far outside any league's calendar (``0001-01-01``, ``9999-12-31``) is a typo, and
letting it through only moves the failure later, into a dead letter or an overflow in
date arithmetic (a 7-day window ending on 0001-01-01). So it is refused where it comes in,
naming the option or field that held it.
"""

from __future__ import annotations

from datetime import date

FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2099, 12, 31)


def check_data_date(day: date, where: str) -> date:
    """``day`` if it is within the supported range, else ValueError naming ``where``."""
    if not FIRST_DATE <= day <= LAST_DATE:
        raise ValueError(
            f"{where}: {day.isoformat()} is outside the supported dates "
            f"{FIRST_DATE.isoformat()}..{LAST_DATE.isoformat()}"
        )
    return day


def parse_data_date(value: str, where: str) -> date:
    """An ISO date (YYYY-MM-DD) within the supported range; ValueError naming ``where``."""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"{where}: {value!r} is not a valid date ({exc}); expected YYYY-MM-DD"
        ) from None
    return check_data_date(day, where)
