"""The game's spread and total: parsed from real Odds API answers, made a consensus of
pre-game quotes only, turned into implied team totals, and served by the simulator in the
same shape.

The recording (tests/nba/recorded/hedge_fund_update/data.js) is The Odds API's NBA
``/odds`` answer with ``h2h,spreads,totals`` taken at about 01:05 UTC on 23 November 2022:
14 events, two of them already under way (their books' quotes are in-play prices), the
others that evening's and the next day's games. Each event object has the shape the event
odds endpoint returns, which the props request now asks for with ``spreads,totals``.
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
import pytest

from support.recorded import RECORDED, RecordedTransport, at, encode, exported_objects
from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store
from tipoff.nba import game_lines
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.game_status import ET
from tipoff.nba.parsers import parse_game_lines, parse_player_props
from tipoff.nba.parsers.common import parse_instant
from tipoff.nba.sources.http import HttpClient, HttpPolicy
from tipoff.nba.sources.web import WebSource

LISTING = RECORDED / "hedge_fund_update" / "data.js"
DAY = date(2022, 11, 22)  # ET: the four games of the listing that tipped off on the 22nd
PHI_BKN = "63330b334dfcd7aa56e69624617bc273"  # tipped off 00:32:18 UTC: every quote in-play
ODDS_HOST = "api.the-odds-api.com"


def listing() -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = exported_objects(LISTING)["oddsAPIData"]
    return events


def quotes(rows: list[Any], events: list[dict[str, Any]]) -> pd.DataFrame:
    """Parsed rows with their event's commence time: the consensus's input."""
    start = {e["id"]: parse_instant(e["commence_time"]) for e in events}
    frame = pd.DataFrame([r.values() for r in rows])
    frame["commence_time"] = frame["event_id"].map(start)
    return frame


# -- the recorded answer ------------------------------------------------------------------


def test_the_listing_reads_one_row_per_book_with_the_home_teams_spread() -> None:
    events = listing()
    rows = parse_game_lines(encode(events), source_key="odds.json", game_date=DAY)
    assert {r.event_id for r in rows} == {e["id"] for e in events[:4]}  # the 22nd's games only
    fanduel = next(r for r in rows if r.event_id == PHI_BKN and r.bookmaker == "fanduel")
    # Nets -2.5 at -110, 76ers (home) +2.5 at -118; total 219.5, over -115, under -113
    assert (fanduel.home_spread, fanduel.home_spread_price, fanduel.away_spread_price) == (
        2.5, -118, -110,
    )  # fmt: skip
    assert (fanduel.total, fanduel.over_price, fanduel.under_price) == (219.5, -115, -113)
    # no market has its own last_update in this older answer: the bookmaker's is used
    assert fanduel.spread_update == fanduel.total_update == parse_instant("2022-11-23T01:05:10Z")
    # betfair quotes only h2h and h2h_lay: no game line from it
    assert not any(r.bookmaker == "betfair" for r in rows)
    # one event object is what the event odds endpoint answers: the same rows for it
    one = parse_game_lines(encode(events[0]), source_key="odds.json", game_date=DAY)
    assert one == [r for r in rows if r.event_id == PHI_BKN]
    # ... and the props parser finds no player points in it (and does not choke)
    assert parse_player_props(encode(events[0]), source_key="e.json", game_date=DAY) == []


def test_the_live_source_fetches_an_event_with_its_game_lines(sqlite_store: Store) -> None:
    """Through the real client stack: the props request of an event, answered with the
    recorded event, carries the game's spread and total."""
    event = listing()[3]  # Lakers at Suns, 03:00 UTC: every quote before tip-off
    path = f"/v4/sports/basketball_nba/events/{event['id']}/odds"
    transport = RecordedTransport([at(ODDS_HOST, path, encode(event))])
    client = HttpClient(
        store=sqlite_store,
        clock=ManualClock(datetime(2022, 11, 22, 20, 5, tzinfo=ET)),
        policy=HttpPolicy(rate_per_s=1e9),
        transport=transport,
        sleep=lambda s: None,
    )
    source = WebSource(client, name="live", odds_api_key="k")
    try:
        raw = source.fetch(FetchRequest(Document.PLAYER_PROPS, DAY, event["id"]))
    finally:
        source.close()
    [sent] = transport.seen
    assert sent.url.params["markets"] == "player_points,spreads,totals"
    rows = parse_game_lines(raw.content, source_key=raw.key, game_date=DAY)
    books = [
        b for b in event["bookmakers"] if {"spreads", "totals"} & {m["key"] for m in b["markets"]}
    ]
    assert len(rows) == len(books) > 10
    agreed = game_lines.consensus(quotes(rows, [event])).iloc[0]
    assert agreed["spread_books"] == len(books)
    # the Suns at home favoured: a negative spread, and more points implied for them
    assert agreed["home_spread"] < 0 and agreed["home_implied"] > agreed["away_implied"]
    assert agreed["home_implied"] + agreed["away_implied"] == pytest.approx(agreed["total"])


# -- consensus and implied totals -------------------------------------------------------------


def test_implied_team_totals_worked_examples() -> None:
    # 220.5 with the home team at -4.5: 112.5 at home, 108 away
    home, away = game_lines.implied_totals([220.5, 231.0, np.nan], [-4.5, 3.0, -2.0])
    assert home[:2].tolist() == [112.5, 114.0] and away[:2].tolist() == [108.0, 117.0]
    assert np.isnan(home[2]) and np.isnan(away[2])
    teams = game_lines.team_lines(
        pd.DataFrame(
            {
                "game_id": ["g"],
                "home_team_id": [1],
                "away_team_id": [2],
                "home_spread": [-4.5],
                "total": [220.5],
            }
        )
    ).set_index("team_id")
    assert teams.loc[1, "team_spread"] == -4.5 and teams.loc[2, "team_spread"] == 4.5
    assert (teams.loc[1, "implied_team_total"], teams.loc[2, "implied_team_total"]) == (
        112.5,
        108.0,
    )
    assert teams["abs_spread"].tolist() == [4.5, 4.5]


def test_the_consensus_is_the_median_of_the_books_pre_game_quotes() -> None:
    events = listing()
    rows = parse_game_lines(encode(events), source_key="odds.json", game_date=DAY)
    agreed = game_lines.consensus(quotes(rows, events)).set_index("event_id")
    # 76ers-Nets: every book's quote is from after the 00:32:18 tip-off: no consensus
    assert agreed.loc[PHI_BKN, "spread_books"] == 0 and np.isnan(agreed.loc[PHI_BKN, "total"])
    for e in events[1:4]:
        start = parse_instant(e["commence_time"])
        assert start is not None
        before = [r for r in rows if r.event_id == e["id"] and (r.spread_update or 0) < start]
        spreads = [r.home_spread for r in before if r.home_spread is not None]
        assert agreed.loc[e["id"], "spread_books"] == len(spreads)
        if spreads:
            assert agreed.loc[e["id"], "home_spread"] == np.median(spreads)
    # Kings at Grizzlies tipped off at 01:05:00 while the books were being read: some of
    # their quotes are before it, some after
    mem = events[1]["id"]
    total_books = sum(1 for r in rows if r.event_id == mem and r.total is not None)
    assert 0 < agreed.loc[mem, "total_books"] < total_books


def test_no_quote_from_after_tip_off_moves_the_consensus() -> None:
    """Every quote made at or after its game's commence time is changed beyond recognition
    (points tripled, prices flipped) and a later quote of a new book is added: the
    consensus of every game stays what it was."""
    events = listing()
    rows = parse_game_lines(encode(events), source_key="odds.json", game_date=DAY)
    frame = quotes(rows, events)
    before = game_lines.consensus(frame)
    moved = frame.copy()
    late_spread = moved["spread_update"] >= moved["commence_time"]
    late_total = moved["total_update"] >= moved["commence_time"]
    assert late_spread.any() and (~late_spread).any()
    moved.loc[late_spread, "home_spread"] = moved.loc[late_spread, "home_spread"] * 3 + 11
    moved.loc[late_total, "total"] = moved.loc[late_total, "total"] * 3
    extra = moved.drop_duplicates("event_id").assign(
        bookmaker="latebook",
        home_spread=-30.0,
        total=400.0,
        spread_update=lambda f: f["commence_time"] + 60,
        total_update=lambda f: f["commence_time"],
    )
    after = game_lines.consensus(pd.concat([moved, extra], ignore_index=True))
    pd.testing.assert_frame_equal(before, after)


def test_a_market_contradicting_itself_is_dropped_for_that_book_only() -> None:
    event = copy.deepcopy(listing()[3])
    clean = parse_game_lines(encode(event), source_key="e.json", game_date=DAY)
    book = event["bookmakers"][0]
    totals = next(m for m in book["markets"] if m["key"] == "totals")
    totals["outcomes"][1]["point"] = totals["outcomes"][0]["point"] + 1  # over 230, under 231
    counts: dict[str, int] = {}
    rows = parse_game_lines(encode(event), source_key="e.json", game_date=DAY, counts=counts)
    first = next(r for r in rows if r.bookmaker == book["key"])
    assert first.total is None and first.home_spread is not None
    assert sum(r.total is not None for r in rows) == sum(r.total is not None for r in clean) - 1
    dup = copy.deepcopy(listing()[3])
    spreads = next(m for m in dup["bookmakers"][0]["markets"] if m["key"] == "spreads")
    spreads["outcomes"].append({**spreads["outcomes"][0], "point": 99})
    rows = parse_game_lines(encode(dup), source_key="e.json", game_date=DAY, counts=counts)
    assert next(r for r in rows if r.bookmaker == book["key"]).home_spread is None
    assert counts == {"contradictory_game_lines_dropped": 1}


# -- the simulator speaks the same shape --------------------------------------------------


def test_the_simulator_serves_spreads_and_totals_in_the_recorded_shape() -> None:
    from tipoff.nba.sim.league import League

    league = League()
    day = league.game_dates()[30]
    lines = league.game_lines(day)
    props = league.props(day)
    event_id = str(props["event_id"].iloc[0])
    from tipoff.nba.sources import payloads

    game = props[props["event_id"] == event_id].iloc[0]
    event = payloads.odds_event(
        event_id, str(game["commence_time_utc"]), str(game["home_team"]), str(game["away_team"])
    )
    payload = payloads.event_odds(
        event,
        props[props["event_id"] == event_id],
        lines[lines["event_id"] == event_id],
        payloads.EVENT_MARKETS,
    )
    recorded = listing()[3]["bookmakers"][0]
    for book in payload["bookmakers"]:
        keys = [m["key"] for m in book["markets"]]
        assert keys == ["player_points", "spreads", "totals"]
        spreads, totals = book["markets"][1], book["markets"][2]
        real_spreads = next(m for m in recorded["markets"] if m["key"] == "spreads")
        assert {k for o in spreads["outcomes"] for k in o} == {
            k for o in real_spreads["outcomes"] for k in o
        }
        assert {o["name"] for o in spreads["outcomes"]} == {game["home_team"], game["away_team"]}
        assert {o["name"] for o in totals["outcomes"]} == {"Over", "Under"}
    rows = parse_game_lines(json.dumps(payload).encode(), source_key="s.json", game_date=day)
    assert len(rows) == len(payload["bookmakers"])
    start = parse_instant(str(game["commence_time_utc"]))
    assert start is not None
    assert all(r.spread_update is not None and r.spread_update < start for r in rows)


def test_the_simulators_implied_totals_track_the_scores() -> None:
    """The books' implied team totals miss the simulated scores by about what real ones
    miss real scores (a team's points: sd about 12) and are unbiased."""
    from tipoff.nba.sim.league import League

    league = League()
    misses = []
    for day in league.game_dates()[40:46]:
        lines = league.game_lines(day)
        agreed = lines.groupby("event_id")[["home_spread", "total"]].median()
        schedule = league.schedule(day)
        props = league.props(day).drop_duplicates("event_id").set_index("event_id")
        for event_id, row in agreed.iterrows():
            game = schedule[schedule["GAME_ID"] == props.loc[event_id, "game_id"]].iloc[0]
            home, away = game_lines.implied_totals(row["total"], row["home_spread"])
            misses += [
                float(game["HOME_PTS"]) - float(home),
                float(game["VISITOR_PTS"]) - float(away),
            ]
    assert len(misses) > 60
    assert abs(np.mean(misses)) < 4.0 and 7.0 < np.std(misses) < 18.0
