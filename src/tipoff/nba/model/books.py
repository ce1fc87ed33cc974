"""Sportsbook player-points lines: one consensus line per player and date.

The props files quote each player at up to 10 books, some with ladders of alternate lines.
Per (date, player) the consensus is the median of the books' main lines, on the nearest
half point; its implied probability of the over is the average, over the books quoting
that line as their main line, of their over price with the margin removed
(``p_over / (p_over + p_under)``). Players are matched on their name key (accents,
punctuation and Jr/II/III removed, plus known aliases, see :mod:`tipoff.nba.names`) and
the date; two players of one date sharing a key are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from tipoff.nba.names import name_key

PROPS_COLUMNS = (
    "game_date_et", "bookmaker", "market", "player", "line", "over_odds", "under_odds",
    "is_main_line",
)  # fmt: skip
POINTS_MARKET = "player_points"


def implied_probability(american: pd.Series) -> pd.Series:
    """An American price as the probability it implies (margin included)."""
    odds = american.astype(float)
    return pd.Series(
        np.where(odds < 0, -odds / (100.0 - odds), 100.0 / (odds + 100.0)), index=american.index
    )


def read_props(paths: Iterable[Path]) -> pd.DataFrame:
    frames = []
    for path in paths:
        frame = pd.read_csv(path)
        missing = [c for c in PROPS_COLUMNS if c not in frame.columns]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        frames.append(frame[list(PROPS_COLUMNS)])
    if not frames:
        return pd.DataFrame(columns=list(PROPS_COLUMNS))
    return pd.concat(frames, ignore_index=True)


def consensus_lines(props: pd.DataFrame) -> pd.DataFrame:
    """Per (game_date, name_key): ``book_line``, ``book_p_over`` and ``books``."""
    main = props[(props["market"] == POINTS_MARKET) & (props["is_main_line"] == 1)].copy()
    if main.empty:
        return pd.DataFrame(columns=["game_date", "name_key", "book_line", "book_p_over", "books"])
    main["game_date"] = pd.to_datetime(main["game_date_et"]).dt.normalize().astype("datetime64[ns]")
    main["name_key"] = main["player"].astype(str).map(name_key)
    over = implied_probability(main["over_odds"])
    under = implied_probability(main["under_odds"])
    main["fair_over"] = over / (over + under)
    main = main.drop_duplicates(["game_date", "name_key", "bookmaker"], keep="last")
    keys = ["game_date", "name_key"]
    median = main.groupby(keys)["line"].median().rename("median_line")
    main = main.join(median, on=keys)
    main["book_line"] = np.round(main["median_line"] * 2) / 2
    at_line = main[np.isclose(main["line"], main["book_line"])]
    fair = at_line.groupby(keys)["fair_over"].mean().rename("book_p_over")
    out = main.groupby(keys).agg(book_line=("book_line", "first"), books=("bookmaker", "nunique"))
    return out.join(fair).reset_index()


def attach_lines(rows: pd.DataFrame, names: pd.DataFrame, lines: pd.DataFrame) -> pd.DataFrame:
    """``rows`` (player_id, game_date, ...) with the consensus line of each, where one exists.

    ``names`` maps ``player_id`` to ``player_name``. Returns the rows that matched, with
    ``book_line``, ``book_p_over`` and ``books`` added, indexed like ``rows``.
    """
    ids = names.drop_duplicates("player_id", keep="last")[["player_id", "player_name"]]
    ids = ids.assign(name_key=ids["player_name"].astype(str).map(name_key))
    keyed = (
        rows[["player_id", "game_date"]]
        .rename_axis("__row")
        .reset_index()
        .merge(ids, on="player_id", how="left")
    )
    # A name key two players of the same date share identifies neither.
    clash = keyed.groupby(["game_date", "name_key"])["player_id"].transform("nunique") > 1
    keyed = keyed[~clash]
    matched = keyed.merge(lines, on=["game_date", "name_key"], how="inner")
    matched = matched.set_index("__row")[["book_line", "book_p_over", "books"]]
    matched.index.name = rows.index.name
    return rows.join(matched, how="inner")
