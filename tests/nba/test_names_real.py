"""Prop names of a replayed season get player ids without rosters (the real props file).

A backfill scrapes no rosters, so a prop line's player is found the way the raw processor
falls back: the players seen in earlier box scores, then nba_api's static table. Every
sportsbook name whose player is in the season's game logs must come out with that
player's NBA.com id; the rest are counted per date.
"""

from __future__ import annotations

from datetime import date

import pytest

from support.real_data import real_replay
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.names import NameIndex, PlayerLookup, name_key, static_player_indexes
from tipoff.nba.parsers import parse_odds_events, parse_player_props
from tipoff.nba.sources.replay import ReplaySource

SEASON_END = date(2024, 4, 14)  # the props file's regular season: 2024-03-02 to here


@pytest.fixture(scope="module")
def replay() -> ReplaySource:
    return real_replay(
        "props/player_points_props_2024-03-02_to_2024-05-24.csv", unchecked="name resolution"
    )


@pytest.mark.slow
def test_a_replay_backfill_resolves_every_prop_name_that_is_in_the_logs(
    replay: ReplaySource,
) -> None:
    logs = replay.season("2023-24").players
    by_key = logs.drop_duplicates("PLAYER_ID").assign(KEY=lambda f: f["PLAYER_NAME"].map(name_key))
    truth = dict(zip(by_key["KEY"], by_key["PLAYER_ID"].astype(int), strict=True))
    props = replay.props()
    assert props is not None
    days = sorted(
        date.fromisoformat(d) for d in props.quotes["game_date_et"].unique()
        if d <= SEASON_END.isoformat()
    )  # fmt: skip
    active, everyone = static_player_indexes()
    checked = 0
    unmatched_per_day: dict[date, int] = {}
    for day in days:
        earlier = logs[logs["GAME_DATE"] < day.isoformat()]
        seen = NameIndex(zip(earlier["PLAYER_ID"].astype(int), earlier["PLAYER_NAME"], strict=True))
        lookup = PlayerLookup(fallbacks=(seen, active, everyone))  # no rosters
        events = replay.fetch(FetchRequest(Document.ODDS_EVENTS, day))
        unmatched: set[str] = set()
        for event in parse_odds_events(events.content, source_key=events.key, game_date=day):
            doc = replay.fetch(FetchRequest(Document.PLAYER_PROPS, day, event.event_id))
            rows = parse_player_props(
                doc.content, source_key=doc.key, game_date=day, players=lookup,
                unmatched_names=unmatched,
            )  # fmt: skip
            for row in rows:
                expected = truth.get(name_key(row.player_name))
                if expected is not None:
                    assert row.player_id == expected, (day, row.player_name)
                    checked += 1
        unmatched_per_day[day] = len(unmatched)
        # a name left unmatched is one the season's logs do not have either
        assert not {n for n in unmatched if name_key(n) in truth}, day
    assert len(days) >= 35 and checked > 20_000
    # Nearly every name is a player of the logs; the few others are counted, not lost.
    assert sum(unmatched_per_day.values()) < 0.02 * checked
