"""Bookmakers: a points line and over/under prices per regular player, as they stand at a time.

A book prices a player from its own estimate of his mean: the model's expected points given
the line-up the book believes in (players already reported out or doubtful are removed and
their minutes and shots go to teammates) times a log-normal error. Part of the error is
shared by every book (the market's view of the player) and part is each book's own; the
total is set so that closing lines miss by about 5 points on average, as real books do.
The line is the x.5 nearest the estimated median; the prices split the book's probability
of the over around it and add the book's margin, so a line right at the median is
-110/-110 at DraftKings' margin and one above it makes the under the favourite.

Books post in the late morning of game day and re-price a game when injury news lands
(a player ruled out is pulled, his teammates' lines move); at tip-off the quotes freeze, so
asking later returns the closing lines. Names are the sportsbooks' spellings, without
accents, as the real feeds have them.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

import numpy as np

from tipoff.nba.sim.streams import stream

# Bookmaker key -> (margin over a fair book, share of regular players it covers)
BOOKS: dict[str, tuple[float, float]] = {
    "draftkings": (0.048, 0.92),
    "fanduel": (0.062, 0.9),
    "betmgm": (0.068, 0.85),
    "williamhill_us": (0.072, 0.82),
    "betrivers": (0.078, 0.8),
}
MARKET_ERROR = 0.08  # log-sd of the error every book shares
BOOK_ERROR = 0.03  # log-sd of each book's own error
SKEW = 0.025  # median = mean x (1 - SKEW) for a player's points
REGULAR_MINUTES = 22.0  # players expected to play at least this long get a line
REPRICE_DELAY = (5, 25)  # minutes between injury news and the book's re-pricing
SPREAD_ERROR = (2.0, 0.7)  # sd in points of the market's and each book's spread error
TOTAL_ERROR = (4.0, 1.5)  # the same for the game total


@dataclass(frozen=True)
class Quote:
    """One book's over/under on one player's points."""

    book: str
    player: int
    line: float
    over_odds: int
    under_odds: int
    updated_at: datetime


@cache
def book_name(full_name: str) -> str:
    """The name as sportsbooks print it: accents removed."""
    text = unicodedata.normalize("NFKD", full_name)
    return "".join(c for c in text if not unicodedata.combining(c))


def american(probability: float) -> int:
    """American odds for an implied probability, rounded to 5 as US books quote them."""
    if probability >= 0.5:
        raw = -100.0 * probability / (1.0 - probability)
    else:
        raw = 100.0 * (1.0 - probability) / probability
    odds = int(5 * round(raw / 5))
    if -100 < odds < 100:  # -100 and +100 are the same price; never quote inside them
        odds = 100 if raw > 0 else -100
    return odds


def _normal_sf(x: float) -> float:
    return 0.5 * math.erfc(x / math.sqrt(2.0))


def price(estimate: float, margin: float) -> tuple[float, int, int]:
    """Line (the x.5 nearest the estimated median) and American odds with ``margin``.

    Points are right-skewed (a player's mean sits above his median), so the book works
    from the median, ``estimate`` less ``SKEW``: the line is the nearest half point and the
    prices split the chance of the over around the median (a median of 20.5 gives 20.5 at
    -110/-110 with DraftKings' margin, one of 20.1 gives 20.5 with the under favoured).
    """
    median = estimate * (1.0 - SKEW)
    line = math.floor(median) + 0.5
    spread = 1.5 + 0.38 * estimate  # the book's view of a player's game-to-game sd
    p_over = _normal_sf((line - median) / spread)
    p_over = min(max(p_over, 0.3), 0.7)
    return (
        line,
        american(p_over * (1.0 + margin)),
        american((1.0 - p_over) * (1.0 + margin)),
    )


@dataclass(frozen=True)
class GameLine:
    """One book's spread (the home team's handicap) and total of a game, from ``updated_at``."""

    book: str
    home_spread: float
    spread_price: int  # both sides of the spread at this price
    total: float
    total_price: int  # over and under alike
    updated_at: datetime


def game_line(
    book: str, home_points: float, away_points: float, error: tuple[float, float], at: datetime
) -> GameLine:
    """A book's game line from the team points it expects, off by ``error`` (spread, total):
    both on the nearest half point, each side priced at even chances plus the margin."""
    margin = BOOKS[book][0]
    spread = -(home_points - away_points) + error[0]
    total = home_points + away_points + error[1]
    even = american(0.5 * (1.0 + margin))
    return GameLine(book, round(spread * 2) / 2, even, round(total * 2) / 2, even, at)


@dataclass(frozen=True)
class BookPlan:
    """For one game: when each book (re)prices, and each book's log error per player."""

    times: dict[str, tuple[datetime, ...]]
    errors: dict[int, dict[str, float]]  # player index -> book -> error (NaN: not offered)


def plan_books(
    seed: int,
    season: str,
    game_id: str,
    players: list[int],
    news: list[datetime],
    morning: datetime,
    tip_off: datetime,
) -> BookPlan:
    """Posting times, re-pricing times after each piece of ``news``, and pricing errors.

    Books post within three hours of ``morning``; each re-prices a few minutes after news
    that breaks after it posted and before tip-off. An error has a market part shared by
    all books and a part of the book's own; a book skips some regular players.
    """
    rng = stream(seed, season, "books", game_id)
    names = list(BOOKS)
    posted = [morning + timedelta(minutes=int(m)) for m in rng.integers(0, 180, size=len(names))]
    delays = rng.integers(*REPRICE_DELAY, size=(len(news), len(names)))
    market = rng.normal(0.0, MARKET_ERROR, size=len(players))
    own = rng.normal(0.0, BOOK_ERROR, size=(len(players), len(names)))
    covered = rng.random((len(players), len(names))) < [BOOKS[n][1] for n in names]
    times: dict[str, tuple[datetime, ...]] = {}
    for b, name in enumerate(names):
        first = min(posted[b], tip_off - timedelta(minutes=30))
        later = {t + timedelta(minutes=int(delays[k, b])) for k, t in enumerate(news)}
        times[name] = (first, *sorted(t for t in later if first < t < tip_off))
    errors = {
        player: {
            name: float(market[k] + own[k, b]) if covered[k, b] else math.nan
            for b, name in enumerate(names)
        }
        for k, player in enumerate(players)
    }
    return BookPlan(times=times, errors=errors)


def quotes_for(
    book: str,
    estimates: dict[int, float],
    errors_by_player: dict[int, dict[str, float]],
    at: datetime,
) -> list[Quote]:
    """The quotes ``book`` shows at ``at`` given the model means it believes (by player index)."""
    margin = BOOKS[book][0]
    out = []
    for player, mean in estimates.items():
        err = errors_by_player[player][book]
        if math.isnan(err) or mean <= 0:
            continue
        line, over, under = price(mean * float(np.exp(err)), margin)
        out.append(Quote(book, player, line, over, under, at))
    return out
