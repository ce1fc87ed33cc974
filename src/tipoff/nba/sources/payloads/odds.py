"""The Odds API v4: a date's events and one event's odds per bookmaker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from tipoff.nba.sources.payloads.values import rows_of

ODDS_SPORT_KEY = "basketball_nba"
ODDS_SPORT_TITLE = "NBA"
PLAYER_POINTS = "player_points"
SPREADS = "spreads"
TOTALS = "totals"
EVENT_MARKETS = (PLAYER_POINTS, SPREADS, TOTALS)  # what the props request asks for
BOOK_TITLES = {
    "betmgm": "BetMGM",
    "betonlineag": "BetOnline.ag",
    "betrivers": "BetRivers",
    "bovada": "Bovada",
    "draftkings": "DraftKings",
    "fanduel": "FanDuel",
    "mybookieag": "MyBookie.ag",
    "pointsbetus": "PointsBet (US)",
    "unibet_us": "Unibet",
    "williamhill_us": "Caesars",
}


def odds_event(
    event_id: str, commence_time_utc: str, home_team: str, away_team: str
) -> dict[str, Any]:
    """One event of The Odds API (``commence_time`` as ``YYYY-MM-DDTHH:MM:SSZ``)."""
    return {
        "id": event_id,
        "sport_key": ODDS_SPORT_KEY,
        "sport_title": ODDS_SPORT_TITLE,
        "commence_time": commence_time_utc,
        "home_team": home_team,
        "away_team": away_team,
    }


def odds_events(events: pd.DataFrame) -> list[dict[str, Any]]:
    """The events list; ``events``: event_id, commence_time_utc, home_team, away_team."""
    if not len(events):
        return []
    unique = events.drop_duplicates("event_id").sort_values(["commence_time_utc", "event_id"])
    return [
        odds_event(
            str(e["event_id"]),
            str(e["commence_time_utc"]),
            str(e["home_team"]),
            str(e["away_team"]),
        )
        for e in rows_of(unique)
    ]


def event_odds(
    event: Mapping[str, Any],
    quotes: pd.DataFrame,
    game_lines: pd.DataFrame | None = None,
    markets: Sequence[str] = (PLAYER_POINTS,),
) -> dict[str, Any]:
    """One event's odds per bookmaker, the markets asked for (``player_points``,
    ``spreads``, ``totals``) in that order, each with its own ``last_update``.

    ``event``: an :func:`odds_event` dict. ``quotes``: bookmaker, player, line, over_odds,
    under_odds, last_update_utc; each row becomes an Over and an Under outcome.
    ``game_lines``: bookmaker, home_spread, home_spread_price, away_spread_price,
    spread_update_utc, total, over_price, under_price, total_update_utc (one row per book;
    NaN where it has no such market): the spread as one outcome per team (the away team's
    point the home one's negated), the total as an Over and an Under.
    """
    by_book: dict[str, list[dict[str, Any]]] = {}
    if PLAYER_POINTS in markets and len(quotes):
        ordered = quotes.sort_values(["bookmaker", "player", "line"], kind="stable")
        for book, group in ordered.groupby("bookmaker", sort=True):
            last_update = str(group["last_update_utc"].max())
            outcomes = []
            for q in rows_of(group):
                for side, price in (("Over", q["over_odds"]), ("Under", q["under_odds"])):
                    outcomes.append(
                        {
                            "name": side,
                            "description": str(q["player"]),
                            "price": int(price),
                            "point": float(q["line"]),
                        }
                    )
            by_book.setdefault(str(book), []).append(
                {"key": PLAYER_POINTS, "last_update": last_update, "outcomes": outcomes}
            )
    if game_lines is not None and len(game_lines):
        for g in rows_of(game_lines.sort_values("bookmaker", kind="stable")):
            book = str(g["bookmaker"])
            if SPREADS in markets and pd.notna(g["home_spread"]):
                point = float(g["home_spread"])
                by_book.setdefault(book, []).append(
                    {
                        "key": SPREADS,
                        "last_update": str(g["spread_update_utc"]),
                        "outcomes": [
                            {"name": event["home_team"], "price": int(g["home_spread_price"]),
                             "point": point},
                            {"name": event["away_team"], "price": int(g["away_spread_price"]),
                             "point": -point},
                        ],
                    }
                )  # fmt: skip
            if TOTALS in markets and pd.notna(g["total"]):
                total = float(g["total"])
                by_book.setdefault(book, []).append(
                    {
                        "key": TOTALS,
                        "last_update": str(g["total_update_utc"]),
                        "outcomes": [
                            {"name": "Over", "price": int(g["over_price"]), "point": total},
                            {"name": "Under", "price": int(g["under_price"]), "point": total},
                        ],
                    }
                )
    bookmakers = []
    for book in sorted(by_book):
        found = by_book[book]
        found.sort(key=lambda m: list(markets).index(m["key"]))
        bookmakers.append(
            {
                "key": book,
                "title": BOOK_TITLES.get(book, book),
                "last_update": max(str(m["last_update"]) for m in found),
                "markets": found,
            }
        )
    return {**event, "bookmakers": bookmakers}
