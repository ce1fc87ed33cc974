"""The Odds API ``spreads`` and ``totals`` markets → :class:`GameLineRow`, one per book and game.

The player props request asks for ``markets=player_points,spreads,totals``, so one event
odds document carries both the players' lines and the game's; the same shape (an event
with ``bookmakers`` → ``markets`` → ``outcomes``) is also what the ``/odds`` listing
returns per event, so a list of events reads too (events of other dates left out).

``spreads``: one outcome per team, ``name`` the team's full name, ``point`` its handicap
(the favourite's is negative) and ``price``; the row keeps the home team's point (from the
away team's, negated, when only that one is given). ``totals``: an ``Over`` and an
``Under`` at the same ``point``. A market whose outcomes contradict themselves (two points
for one team, Over and Under at different totals) is left out for that book and counted.
Each market keeps its own update time (its ``last_update``, else the bookmaker's), which
is what later tells a pre-game quote from one made after tip-off.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import date

from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, show
from tipoff.nba.parsers.odds import _eastern_date
from tipoff.nba.parsers.rows import GameLineRow

SPREADS = "spreads"
TOTALS = "totals"
CONTRADICTORY = "contradictory_game_lines_dropped"

_Quote = tuple[float | None, int | None, int | None, float | None]  # point, price, price, at
_NONE: _Quote = (None, None, None, None)


def parse_game_lines(
    content: bytes,
    *,
    source_key: str,
    game_date: date,
    problems: Problems | None = None,
    counts: MutableMapping[str, int] | None = None,
) -> list[GameLineRow]:
    """Rows of ``raw_game_lines`` from one event's odds, or from a list of events."""
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    payload = load_json(content, source_key)
    listing = isinstance(payload, list)
    events = payload if listing else [payload]
    rows: list[GameLineRow] = []
    for i, item in enumerate(events):
        where = f"[{i}]" if listing else ""
        if not isinstance(item, dict):
            found.add(where, f"expected an event object, got {show(item)}")
            continue
        event = Reader(item, where, found)
        try:
            event_id = event.req_str("id", empty=False).strip()
            home = event.req_str("home_team", empty=False).strip()
            away = event.req_str("away_team", empty=False).strip()
            if listing and _eastern_date(event.req_instant("commence_time")) != game_date:
                continue
            books = list(event.children("bookmakers")) if "bookmakers" in item else []
        except Skip:
            continue
        for _, book in books:
            try:
                row = _book_row(book, event_id, home, away, game_date, source_key, counts)
            except Skip:
                continue
            if row is not None:
                rows.append(row)
    if own:
        found.raise_if_any()
    return rows


def _book_row(
    book: Reader,
    event_id: str,
    home: str,
    away: str,
    game_date: date,
    source_key: str,
    counts: MutableMapping[str, int] | None,
) -> GameLineRow | None:
    bookmaker = book.req_str("key", empty=False).strip()
    book_update = book.instant("last_update", optional=True)
    spread, total = _NONE, _NONE
    for _, market in book.children("markets"):
        key = market.req_str("key")
        if key not in (SPREADS, TOTALS):
            continue
        updated = market.instant("last_update", optional=True)
        stamp = updated if updated is not None else book_update
        sides = _outcomes(market)
        if sides is None:
            if counts is not None:
                counts[CONTRADICTORY] = counts.get(CONTRADICTORY, 0) + 1
            continue
        if key == SPREADS:
            spread = _spread(sides, home, away, stamp)
        else:
            total = _total(sides, stamp)
    if spread[0] is None and total[0] is None:
        return None
    return GameLineRow(
        source_key=source_key,
        origin=book.path,
        event_id=event_id,
        bookmaker=bookmaker,
        game_date=game_date,
        home_spread=spread[0],
        home_spread_price=spread[1],
        away_spread_price=spread[2],
        spread_update=spread[3],
        total=total[0],
        over_price=total[1],
        under_price=total[2],
        total_update=total[3],
    )


def _outcomes(market: Reader) -> dict[str, tuple[float, int]] | None:
    """name → (point, price); None when one name is given two different quotes."""
    out: dict[str, tuple[float, int]] = {}
    for _, o in market.children("outcomes"):
        try:
            name = o.req_str("name").strip()
            point = o.number("point")
            price = o.req_int("price")
        except Skip:
            continue
        if point is None:
            continue
        if name in out and out[name] != (point, price):
            return None
        out[name] = (point, price)
    return out


def _spread(sides: dict[str, tuple[float, int]], home: str, away: str, at: float | None) -> _Quote:
    h, a = sides.get(home), sides.get(away)
    if h is not None:
        return (h[0], h[1], None if a is None else a[1], at)
    if a is not None:
        return (-a[0], None, a[1], at)
    return _NONE


def _total(sides: dict[str, tuple[float, int]], at: float | None) -> _Quote:
    over, under = sides.get("Over"), sides.get("Under")
    if over is not None and under is not None and over[0] != under[0]:
        return _NONE
    point = over[0] if over is not None else (under[0] if under is not None else None)
    if point is None:
        return _NONE
    return (
        point,
        None if over is None else over[1],
        None if under is None else under[1],
        at,
    )
