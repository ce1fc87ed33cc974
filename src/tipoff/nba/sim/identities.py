"""The simulated league's players: real identities, read from the static table shipped
inside ``nba_api``.

The table is part of the installed package (no network). Players carry no statistics:
their ability is drawn by ``talent``. The newest ids of the active list are the latest draft
class; ``ROOKIES`` of them are flagged as rookies (no NBA history), which is what sends them
through the pipeline's ``needs_bootstrap`` path early in a season. The teams are
``tipoff.nba.teams``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from nba_api.stats.static import players as static_players

ROOKIES = 60


@dataclass(frozen=True)
class Player:
    """One player identity; ``index`` is its row in every per-player array of the league."""

    index: int
    player_id: int
    full_name: str
    first_name: str
    last_name: str
    is_rookie: bool


@cache
def players() -> tuple[Player, ...]:
    """Every active player, ordered by player id; the ``ROOKIES`` newest ids are rookies."""
    rows = sorted(static_players.get_active_players(), key=lambda r: int(r["id"]))
    if len(rows) < 450 + ROOKIES:
        raise ValueError(f"nba_api static players: only {len(rows)} active players")
    first_rookie = len(rows) - ROOKIES
    return tuple(
        Player(
            index=i,
            player_id=int(row["id"]),
            full_name=str(row["full_name"]),
            first_name=str(row["first_name"]),
            last_name=str(row["last_name"]),
            is_rookie=i >= first_rookie,
        )
        for i, row in enumerate(rows)
    )


@cache
def player_index() -> dict[int, int]:
    """Player id -> position in ``players()``."""
    return {p.player_id: p.index for p in players()}
