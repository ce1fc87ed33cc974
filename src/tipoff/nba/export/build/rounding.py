"""How many digits the export documents carry: one place decides for every document."""

from __future__ import annotations

from typing import Any

DIGITS = 4


def rounded_or_none(value: Any) -> float | None:
    return None if value is None else round(float(value), DIGITS)


def rounded(value: Any) -> float:
    return round(float(value), DIGITS)
