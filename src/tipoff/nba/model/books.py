"""Sportsbook player-points lines: one consensus line per player and date.

The props files quote each player at up to 10 books, some with ladders of alternate lines.
Only quotes updated before the game's commence time count (a later one would be
hindsight). Per (date, player) each book's main line is its latest main-line quote; the
consensus ``book_line`` is the lower median of the books' main lines, so always a line some
book offers (the pipeline's rule, :func:`tipoff.nba.analytics.context.main_lines`);
``book_p_over`` is the average, over the books quoting that line as their main line, of
their over probability with the margin removed (the multiplicative method of
:mod:`tipoff.nba.prices`); ``books`` counts the books, ``line_spread`` is the highest main
line less the lowest, and ``over_price``/``over_book`` (``under_...``) the best price of
each side at the consensus line and the book offering it. Players are matched on their
name key (accents, punctuation and Jr/II/III removed, plus known aliases, see
:mod:`tipoff.nba.names`) and the date; two players of one date sharing a key are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from tipoff.nba.names import name_key
from tipoff.nba.prices import fair_over

PROPS_COLUMNS = (
    "game_date_et", "commence_time_utc", "bookmaker", "market", "player", "line", "over_odds",
    "under_odds", "last_update_utc", "is_main_line",
)  # fmt: skip
POINTS_MARKET = "player_points"
LINE_COLUMNS = (
    "book_line", "book_p_over", "books", "line_spread", "over_price", "over_book",
    "under_price", "under_book",
)  # fmt: skip


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


def _best(at_line: pd.DataFrame, keys: list[str], price: str) -> pd.DataFrame:
    """The highest American price of one side per key (the best for the bettor), its book."""
    side = price.split("_")[0]
    ranked = at_line.sort_values([*keys, price, "bookmaker"], ascending=[True, True, False, True])
    best = ranked.drop_duplicates(keys, keep="first").set_index(keys)
    return best[[price, "bookmaker"]].rename(
        columns={price: f"{side}_price", "bookmaker": f"{side}_book"}
    )


def consensus_lines(props: pd.DataFrame) -> pd.DataFrame:
    """Per (game_date, name_key) the consensus line and its market (see the module)."""
    out_columns = ["game_date", "name_key", *LINE_COLUMNS]
    main = props[(props["market"] == POINTS_MARKET) & (props["is_main_line"] == 1)].copy()
    updated = pd.to_datetime(main["last_update_utc"], utc=True)
    main = main[(updated < pd.to_datetime(main["commence_time_utc"], utc=True)).to_numpy()]
    if main.empty:
        return pd.DataFrame(columns=out_columns)
    main["updated"] = pd.to_datetime(main["last_update_utc"], utc=True)
    main["game_date"] = pd.to_datetime(main["game_date_et"]).dt.normalize().astype("datetime64[ns]")
    main["name_key"] = main["player"].astype(str).map(name_key)
    main["fair_over"] = fair_over(main["over_odds"].to_numpy(), main["under_odds"].to_numpy())
    keys = ["game_date", "name_key"]
    main = main.sort_values([*keys, "bookmaker", "updated"], kind="stable")
    main = main.drop_duplicates([*keys, "bookmaker"], keep="last")
    grouped = main.groupby(keys)["line"]
    lower = grouped.agg(lambda lines: np.sort(lines.to_numpy())[(len(lines) - 1) // 2])
    main = main.join(lower.rename("book_line"), on=keys)
    at_line = main[np.isclose(main["line"], main["book_line"])]
    fair = at_line.groupby(keys)["fair_over"].mean().rename("book_p_over")
    out = main.groupby(keys).agg(book_line=("book_line", "first"), books=("bookmaker", "nunique"))
    out["line_spread"] = grouped.max() - grouped.min()
    out = out.join(fair)
    out = out.join(_best(at_line.rename(columns={"over_odds": "over_price"}), keys, "over_price"))
    out = out.join(
        _best(at_line.rename(columns={"under_odds": "under_price"}), keys, "under_price")
    )
    return out.reset_index()[out_columns]


def attach_lines(rows: pd.DataFrame, names: pd.DataFrame, lines: pd.DataFrame) -> pd.DataFrame:
    """``rows`` (player_id, game_date, ...) with the consensus line of each, where one exists.

    ``names`` maps ``player_id`` to ``player_name``. Returns the rows that matched, with
    the :data:`LINE_COLUMNS` added, indexed like ``rows``.
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
    matched = matched.set_index("__row")[list(LINE_COLUMNS)]
    matched.index.name = rows.index.name
    return rows.join(matched, how="inner")
