"""``odds_events`` and ``player_props``: The Odds API v4 → :class:`OddsEventRow`, :class:`PropRow`.

The events list names teams in full ("Boston Celtics"); an event is tied to its NBA.com
game through the two team ids when the date's schedule is known. A props document is one
event's ``player_points`` market per bookmaker, with an "Over" and an "Under" outcome per
player and line; the two are paired into one row per (event, bookmaker, player, line).
Players are named the sportsbook's way and matched to ids by their name key
(``tipoff.nba.names``); a name that matches nobody keeps its row with no player id and is
counted in ``warnings`` (one line per document, not one per name).

Real documents are not always clean, and one bookmaker's mess must not cost the others
their lines. The rules:

- An events listing may hold events of other dates (the API answers whatever it was
  asked; a listing without a commence window holds the next days too): they are left
  out, and counted.
- A bookmaker may quote the same player, line and side twice (seen in real event odds:
  a book listing every player of a game twice with different prices, under one
  ``last_update``). Identical repeats are one quote. Otherwise the quote with the later
  ``last_update`` (its market's, else its bookmaker's) wins; when neither is later, that
  bookmaker's pair for that player and line is dropped. Either way it is counted
  (``DUPLICATES_MERGED``, ``CONTRADICTIONS_DROPPED``) and noted once per bookmaker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from tipoff.nba.game_status import ET
from tipoff.nba.names import PlayerLookup, team_id
from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, show
from tipoff.nba.parsers.rows import OddsEventRow, PropRow

MARKET = "player_points"
SIDES = ("Over", "Under")
DUPLICATES_MERGED = "duplicate_quotes_merged"  # a repeat or an older quote, resolved
CONTRADICTIONS_DROPPED = "contradictory_pairs_dropped"  # a book's pair lost to a tie
OTHER_DATES = "events_of_other_dates"


def _event_rows(payload: object, found: Problems) -> list[tuple[int, Reader]]:
    if not isinstance(payload, list):
        found.add("", f"expected a list of events, got {show(payload)}")
        return []
    out = []
    for i, item in enumerate(payload):
        if not isinstance(item, dict):
            found.add(f"[{i}]", f"expected an object, got {show(item)}")
            continue
        out.append((i, Reader(item, f"[{i}]", found)))
    return out


def parse_odds_events(
    content: bytes,
    *,
    source_key: str,
    game_date: date,
    games: Mapping[tuple[int, int], str] | None = None,
    warnings: list[str] | None = None,
    problems: Problems | None = None,
    counts: MutableMapping[str, int] | None = None,
) -> list[OddsEventRow]:
    """Rows of ``raw_odds_events`` of ``game_date`` (US Eastern); ``games`` maps (home team
    id, away team id) to a game id. Events of other dates are counted in ``counts``."""
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    notes = [] if warnings is None else warnings
    rows: dict[str, OddsEventRow] = {}
    elsewhere = 0
    for _, r in _event_rows(load_json(content, source_key), found):
        try:
            home = r.req_str("home_team", empty=False).strip()
            away = r.req_str("away_team", empty=False).strip()
            row = OddsEventRow(
                source_key=source_key,
                origin=r.path,
                event_id=r.req_str("id", empty=False).strip(),
                game_date=game_date,
                commence_time=r.req_instant("commence_time"),
                home_team=home,
                away_team=away,
                game_id=_game_id(home, away, games, notes, f"{source_key}: {r.path}"),
            )
        except Skip:
            continue
        if _eastern_date(row.commence_time) != game_date:
            elsewhere += 1
            continue
        rows.setdefault(row.event_id, row)
    if elsewhere:
        notes.append(f"{source_key}: events on other dates than {game_date} left out: {elsewhere}")
        if counts is not None:
            counts[OTHER_DATES] = counts.get(OTHER_DATES, 0) + elsewhere
    if own:
        found.raise_if_any()
    return list(rows.values())


def _game_id(
    home: str,
    away: str,
    games: Mapping[tuple[int, int], str] | None,
    notes: list[str],
    where: str,
) -> str | None:
    if games is None:
        return None
    ids = team_id(home), team_id(away)
    if ids[0] is None or ids[1] is None:
        notes.append(f"{where}: unknown team name in {away!r} at {home!r}")
        return None
    game = games.get((ids[0], ids[1]))
    if game is None:
        notes.append(f"{where}: no scheduled game {away} at {home}")
    return game


def parse_player_props(
    content: bytes,
    *,
    source_key: str,
    game_date: date,
    players: PlayerLookup | None = None,
    warnings: list[str] | None = None,
    problems: Problems | None = None,
    counts: MutableMapping[str, int] | None = None,
    unmatched_names: set[str] | None = None,
) -> list[PropRow]:
    """Rows of ``raw_player_props`` from one event's odds (see ``parse_schedule``).

    Duplicate quotes are resolved as the module says and counted in ``counts``. Names
    that match no player go to ``unmatched_names`` when given (a caller reading many
    documents says them once), else to one line of ``warnings``.
    """
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    notes = [] if warnings is None else warnings
    payload = load_json(content, source_key)
    if not isinstance(payload, dict):
        found.add("", f"expected an event object, got {show(payload)}")
        payload = {}
    event = Reader(payload, "", found)
    rows: list[PropRow] = []
    try:
        event_id = event.req_str("id", empty=False).strip()
        names = event.req_str("home_team"), event.req_str("away_team")
        books = list(event.children("bookmakers"))
    except Skip:
        event_id, names, books = "", ("", ""), []
    teams = [t for t in map(team_id, names) if t is not None]
    unmatched: dict[str, str] = {}
    tally: Counter[str] = Counter()
    for _, book in books:
        try:
            for row in _book_rows(book, event_id, game_date, source_key, found, tally, notes):
                if players is not None:
                    player_id = players.match(row.player_name, teams)
                    if player_id is None:
                        unmatched.setdefault(row.player_name, row.origin)
                    row = replace(row, player_id=player_id)
                rows.append(row)
        except Skip:
            continue
    if unmatched_names is not None:
        unmatched_names.update(unmatched)
    elif unmatched:
        shown = ", ".join(sorted(unmatched)[:10])
        more = f" and {len(unmatched) - 10} more" if len(unmatched) > 10 else ""
        notes.append(f"{source_key}: {len(unmatched)} unmatched player name(s): {shown}{more}")
    if counts is not None:
        for key, n in tally.items():
            counts[key] = counts.get(key, 0) + n
    if own:
        found.raise_if_any()
    return rows


@dataclass(frozen=True)
class _Quote:
    """One bookmaker's Over/Under prices for a player and line, and when it said so."""

    over: int | None
    under: int | None
    where: str
    updated: float | None
    contradictory: bool = False  # the book gave two different prices, neither later


def _book_rows(
    book: Reader,
    event_id: str,
    game_date: date,
    source_key: str,
    found: Problems,
    tally: Counter[str],
    notes: list[str],
) -> list[PropRow]:
    """One bookmaker's player points rows (player ids not matched yet), duplicates resolved."""
    bookmaker = book.req_str("key", empty=False).strip()
    book_update = book.instant("last_update", optional=True)
    quotes: dict[tuple[str, float], _Quote] = {}
    for _, market in book.children("markets"):
        if market.req_str("key") != MARKET:
            continue
        updated = market.instant("last_update", optional=True)
        stamp = updated if updated is not None else book_update
        for key, quote in _pairs(market, stamp, tally).items():
            earlier = quotes.get(key)
            quotes[key] = quote if earlier is None else _merge(earlier, quote, tally)
    dropped = sorted(player for (player, _), q in quotes.items() if q.contradictory)
    if dropped:
        tally[CONTRADICTIONS_DROPPED] += len(dropped)
        notes.append(
            f"{source_key}: {book.path} ({bookmaker}): {len(dropped)} pair(s) quoted twice "
            f"at different prices with no later update, dropped: {', '.join(dropped[:10])}"
            + (f" and {len(dropped) - 10} more" if len(dropped) > 10 else "")
        )
    return [
        PropRow(
            source_key=source_key,
            origin=q.where,
            event_id=event_id,
            bookmaker=bookmaker,
            player_name=player,
            line=line,
            game_date=game_date,
            player_id=None,
            over_price=q.over,
            under_price=q.under,
            last_update=q.updated,
        )
        for (player, line), q in quotes.items()
        if not q.contradictory
    ]


def _pairs(
    market: Reader, updated: float | None, tally: Counter[str]
) -> dict[tuple[str, float], _Quote]:
    """(player, line) → the Over and Under prices of one market, repeats merged."""
    pairs: dict[tuple[str, float], _Quote] = {}
    for _, o in market.children("outcomes"):
        try:
            side = o.req_str("name").strip()
            if side not in SIDES:
                raise o.fail("name", f"expected Over or Under, got {show(o.obj['name'])}")
            player = o.req_str("description", empty=False).strip()
            line = o.number("point")
            price = o.req_int("price")
        except Skip:
            continue
        assert line is not None
        over, under = (price, None) if side == "Over" else (None, price)
        quote = _Quote(over, under, o.path, updated)
        earlier = pairs.get((player, line))
        pairs[(player, line)] = quote if earlier is None else _merge(earlier, quote, tally)
    return pairs


def _merge(a: _Quote, b: _Quote, tally: Counter[str]) -> _Quote:
    """What one book says of a player and line, given what it said before (``a``) and a
    further quote (``b``: an outcome of the same market, or a pair of another market):
    the rule of the module docstring, in one place.

    Quotes of different sides are the two halves of one pair. A side quoted again is a
    duplicate (each counted): the later quote wins; at one time (or with no time), equal
    prices are one quote and different ones make the pair contradictory.
    """
    combined = replace(
        a,
        over=a.over if a.over is not None else b.over,
        under=a.under if a.under is not None else b.under,
        contradictory=a.contradictory or b.contradictory,
    )
    repeated = [(x, y) for x, y in ((a.over, b.over), (a.under, b.under)) if None not in (x, y)]
    if not repeated:
        return combined
    tally[DUPLICATES_MERGED] += len(repeated)
    if a.updated is not None and b.updated is not None and a.updated != b.updated:
        return a if a.updated > b.updated else b
    if any(x != y for x, y in repeated):
        return replace(combined, contradictory=True)
    return combined


def _eastern_date(ts: float) -> date:
    return datetime.fromtimestamp(ts, tz=UTC).astimezone(ET).date()
