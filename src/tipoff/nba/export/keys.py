"""Bucket keys of the exports, built only from validated ids (positive ints, real dates).

A player id that is not an int (a string from a payload, a float, a bool) or not
positive, or a date that is not a ``date``, is a ValueError before any key exists, so no
export can be written outside its folder whatever the data says.
"""

from __future__ import annotations

import numbers
from datetime import date, datetime

PREFIX = "v1"


def player_id(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"export key: player id {value!r} is not an integer")
    pid = int(value)
    if pid <= 0:
        raise ValueError(f"export key: player id {pid} is not positive")
    return pid


def day(value: object) -> str:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValueError(f"export key: {value!r} is not a date")
    return value.isoformat()


def tonight_all_players() -> str:
    return f"{PREFIX}/tonight/all-players.json"


def tonight_player(pid: object) -> str:
    return f"{PREFIX}/tonight/players/{player_id(pid)}.json"


def predictions(d: object) -> str:
    return f"{PREFIX}/predictions/{day(d)}.json"


def streaks(d: object) -> str:
    return f"{PREFIX}/streaks/{day(d)}.json"


def results(d: object) -> str:
    return f"{PREFIX}/results/{day(d)}.json"


def results_latest() -> str:
    return f"{PREFIX}/results/latest.json"


def performance_latest() -> str:
    return f"{PREFIX}/performance/latest.json"


def best_bets(d: object) -> str:
    return f"{PREFIX}/best-bets/{day(d)}.json"


def player_profile(pid: object) -> str:
    return f"{PREFIX}/players/{player_id(pid)}.json"
