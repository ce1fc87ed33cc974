"""``odds_events`` and ``player_props``: The Odds API v4 → :class:`OddsEventRow`, :class:`PropRow`.

The events list names teams in full ("Boston Celtics"); an event is tied to its NBA.com
game through the two team ids when the date's schedule is known. A props document is one
event's ``player_points`` market per bookmaker, with an "Over" and an "Under" outcome per
player and line; the two are paired into one row per (event, bookmaker, player, line).
Players are named the sportsbook's way and matched to ids by their name key
(``tipoff.nba.names``); a name that matches nobody keeps its row with no player id and is
reported in ``warnings``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from tipoff.nba.names import PlayerLookup, team_id
from tipoff.nba.parsers.common import Problems, Reader, Skip, load_json, show
from tipoff.nba.parsers.rows import OddsEventRow, PropRow

MARKET = "player_points"
SIDES = ("Over", "Under")


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
) -> list[OddsEventRow]:
    """Rows of ``raw_odds_events``; ``games`` maps (home team id, away team id) to a game id."""
    own = problems is None
    found = Problems(source_key) if problems is None else problems
    notes = [] if warnings is None else warnings
    rows: dict[str, OddsEventRow] = {}
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
        rows.setdefault(row.event_id, row)
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
) -> list[PropRow]:
    """Rows of ``raw_player_props`` from one event's odds (see ``parse_schedule``)."""
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
    for _, book in books:
        try:
            for row in _book_rows(book, event_id, game_date, source_key, found):
                if players is not None:
                    player_id = players.match(row.player_name, teams)
                    if player_id is None:
                        unmatched.setdefault(row.player_name, row.origin)
                    row = replace(row, player_id=player_id)
                rows.append(row)
        except Skip:
            continue
    for player, where in unmatched.items():
        notes.append(f"{source_key}: {where}.description: no player {player!r} in the rosters")
    if own:
        found.raise_if_any()
    return rows


def _book_rows(
    book: Reader, event_id: str, game_date: date, source_key: str, found: Problems
) -> list[PropRow]:
    """One bookmaker's player points rows (player ids not matched yet)."""
    bookmaker = book.req_str("key", empty=False).strip()
    book_update = book.instant("last_update", optional=True)
    rows = []
    for _, market in book.children("markets"):
        if market.req_str("key") != MARKET:
            continue
        updated = market.instant("last_update", optional=True)
        for (player, line), (over, under, where) in _pair(market, found).items():
            rows.append(
                PropRow(
                    source_key=source_key,
                    origin=where,
                    event_id=event_id,
                    bookmaker=bookmaker,
                    player_name=player,
                    line=line,
                    game_date=game_date,
                    player_id=None,
                    over_price=over,
                    under_price=under,
                    last_update=updated if updated is not None else book_update,
                )
            )
    return rows


def _pair(
    market: Reader, found: Problems
) -> dict[tuple[str, float], tuple[int | None, int | None, str]]:
    """(player, line) → (over price, under price, path of the first outcome)."""
    pairs: dict[tuple[str, float], tuple[int | None, int | None, str]] = {}
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
        over, under, where = pairs.get((player, line), (None, None, o.path))
        if (over if side == "Over" else under) is not None:
            found.add(o.path, f"a second {side} price for {player} {line}")
            continue
        if side == "Over":
            over = price
        else:
            under = price
        pairs[(player, line)] = (over, under, where)
    return pairs
