"""A game's context from the betting market: the consensus spread and total, and what they
imply for each team's points.

The books' spread and total say how many points the market expects each team to score:
with a total ``T`` and the home team's spread ``S`` (negative when it is favoured), the
home team's implied total is ``T/2 - S/2`` and the away team's ``T/2 + S/2`` (a total of
220.5 with the home team at -4.5: 112.5 and 108.0). The absolute spread is the blowout
risk: the larger it is, the likelier the starters sit a lopsided fourth quarter.

Per game, each book's latest quote of each market counts only when it was made before the
game's commence time (a later one is an in-play price that knows the score; a quote with
an unknown time is kept, as for the player props); the consensus is the median over those
books, each market on its own (a book may quote one and not the other). ``raw_game_lines``
holds each book's quote as last scraped: a props scrape after tip-off replaces a book's
pre-game quote with an in-play one, and that book then counts no more for the game (never
the other way round). The same function
serves the pipeline (raw ``raw_game_lines`` rows) and the evaluation (the shared game-lines
file, already one consensus row per game).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

CONSENSUS_COLUMNS = (
    "event_id", "home_spread", "spread_books", "total", "total_books", "home_implied",
    "away_implied",
)  # fmt: skip


def implied_totals(total: ArrayLike, home_spread: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """(home, away) implied team totals; NaN where either input is missing."""
    t = np.asarray(total, dtype=float)
    s = np.asarray(home_spread, dtype=float)
    return t / 2.0 - s / 2.0, t / 2.0 + s / 2.0


def _pre_game(quotes: pd.DataFrame, updated: str) -> pd.Series:
    at = pd.to_numeric(quotes[updated], errors="coerce")
    start = pd.to_numeric(quotes["commence_time"], errors="coerce")
    return at.isna() | start.isna() | (at < start)


def consensus(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per event from per-book quotes (see the module docstring).

    ``quotes``: event_id, bookmaker, commence_time, home_spread, spread_update, total,
    total_update (times as epoch seconds). Returns :data:`CONSENSUS_COLUMNS`.
    """
    if quotes.empty:
        return pd.DataFrame(columns=list(CONSENSUS_COLUMNS))
    out = pd.DataFrame(index=pd.Index(sorted(quotes["event_id"].unique()), name="event_id"))
    for point, updated, books in (
        ("home_spread", "spread_update", "spread_books"),
        ("total", "total_update", "total_books"),
    ):
        usable = quotes[_pre_game(quotes, updated) & quotes[point].notna()]
        latest = usable.sort_values(
            ["event_id", "bookmaker", updated], kind="stable", na_position="first"
        ).drop_duplicates(["event_id", "bookmaker"], keep="last")
        grouped = latest.groupby("event_id")[point]
        out[point] = grouped.median()
        out[books] = grouped.size()
        out[books] = out[books].fillna(0).astype(int)
    out["home_implied"], out["away_implied"] = implied_totals(out["total"], out["home_spread"])
    return out.reset_index()[list(CONSENSUS_COLUMNS)]


def team_lines(games: pd.DataFrame) -> pd.DataFrame:
    """Per team of each game: its spread, the game total, its implied total.

    ``games``: game_id, home_team_id, away_team_id, home_spread, total (one consensus row
    per game). Returns game_id, team_id, team_spread (negative: favoured), game_total,
    implied_team_total, abs_spread.
    """
    home_total, away_total = implied_totals(games["total"], games["home_spread"])
    home = pd.DataFrame(
        {"game_id": games["game_id"], "team_id": games["home_team_id"],
         "team_spread": games["home_spread"], "implied_team_total": home_total}
    )  # fmt: skip
    away = pd.DataFrame(
        {"game_id": games["game_id"], "team_id": games["away_team_id"],
         "team_spread": -games["home_spread"], "implied_team_total": away_total}
    )  # fmt: skip
    both = pd.concat([home, away], ignore_index=True)
    both["game_total"] = np.concatenate([games["total"].to_numpy(float)] * 2)
    both["abs_spread"] = both["team_spread"].abs()
    return both
