"""A player's lines as the documents show them: his rows in line order, and his centre.

A prediction (and its grade) is stored as one row per line; the slate and the results
both show each player once, led by his centre line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

Row = Mapping[str, Any]


def player_lines(rows: Iterable[Row]) -> list[tuple[int, list[Row], Row]]:
    """(player id, his rows sorted by line, his centre row) for each player, by id.

    The centre is the row at offset 0 (the book's line, or the model's own when no book
    has one), else his middle line."""
    by_player: dict[int, list[Row]] = defaultdict(list)
    for r in rows:
        by_player[int(r["player_id"])].append(r)
    out = []
    for pid, lines in sorted(by_player.items()):
        lines.sort(key=lambda r: float(r["line"]))
        centre = next((r for r in lines if int(r["line_offset"]) == 0), lines[len(lines) // 2])
        out.append((pid, lines, centre))
    return out
