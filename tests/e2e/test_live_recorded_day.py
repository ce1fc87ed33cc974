"""A live same-day run over real responses, served at the real addresses, through six phases.

22 February 2024 (ET), as The Odds API answered it that evening: the events listing and
two events' ``player_points`` odds recorded by others (tests/nba/recorded; one of them
with a bookmaker quoting every player twice at different prices). Nobody recorded
NBA.com's scoreboard and rosters of that date, so those two are rendered from the real
2023-24 game logs by the replay source, byte for byte what it serves, and put at the
stats.nba.com addresses; the injury report was not published at any of the times asked
(403, as the host answers). Everything goes through the live source's real client stack
(a transport under httpx). The season's box scores before the date are loaded first, as
earlier runs would have loaded them.

The run must complete all six phases with a prediction for every player who has a line
and a history, the lines' players identified without help from the rosters' names, the
duplicated quotes costing only their bookmaker, the events without recorded odds skipped,
and the missing injury report a warning, not a dead letter.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from support.real_data import real_replay
from support.recorded import JSON_TYPE, RecordedTransport, encode, odds_event_odds, odds_events
from tipoff.bucket import Bucket
from tipoff.engine.clock import SystemClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import Registry
from tipoff.engine.schema import jobs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba import raw_tables as t
from tipoff.nba.analytics.tables import upcoming_player_game_context
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.game_status import ET
from tipoff.nba.parsers import parse_boxscore
from tipoff.nba.predict.tables import player_prop_predictions
from tipoff.nba.raw.writer import write_rows
from tipoff.nba.sim_deployment import PREDICTOR
from tipoff.nba.sources.factory import make_source
from tipoff.nba.sources.replay import ReplaySource

pytestmark = pytest.mark.slow

DAY = date(2024, 2, 22)
AS_OF = datetime(2024, 2, 22, 18, 0, tzinfo=ET)  # before the first tip-off (19:00 ET)
SEASON_START = "2023-10-24"
ODDS = "api.the-odds-api.com"
ORL_CLE, BKN_TOR = "f54c4a22568ce9dc33fb410d1b0e75e9", "f9f3f99b5124a4ecf984003f0af23d2e"
EVENT_ODDS = re.compile(r"^/v4/sports/basketball_nba/events/([^/]+)/odds$")


@pytest.fixture(scope="module")
def replay() -> ReplaySource:
    return real_replay(unchecked="live day")


def _stats_routes(replay: ReplaySource) -> Any:
    """scoreboardv3 and commonteamroster of DAY at stats.nba.com, rendered by replay."""
    board = replay.fetch(FetchRequest(Document.SCHEDULE, DAY, as_of=AS_OF)).content

    def route(request: httpx.Request) -> httpx.Response | None:
        if request.url.host != "stats.nba.com":
            return None
        params = request.url.params
        if request.url.path == "/stats/scoreboardv3" and params.get("GameDate") == str(DAY):
            return httpx.Response(200, content=board, headers={"content-type": JSON_TYPE})
        if request.url.path == "/stats/commonteamroster" and params.get("Season") == "2023-24":
            team = params.get("TeamID", "")
            doc = replay.fetch(FetchRequest(Document.ROSTER, DAY, team))
            return httpx.Response(200, content=doc.content, headers={"content-type": JSON_TYPE})
        return None

    return route


def _odds_routes() -> Any:
    """The recorded events listing and event odds; other events are gone (404)."""
    recorded = odds_event_odds()
    listing = encode(odds_events())

    def route(request: httpx.Request) -> httpx.Response | None:
        if request.url.host != ODDS:
            return None
        if request.url.path == "/v4/sports/basketball_nba/events":
            return httpx.Response(200, content=listing, headers={"content-type": JSON_TYPE})
        match = EVENT_ODDS.match(request.url.path)
        if match and match.group(1) in recorded:
            body = encode(recorded[match.group(1)])
            return httpx.Response(200, content=body, headers={"content-type": JSON_TYPE})
        if match:
            return httpx.Response(
                404, json={"message": "Event not found.", "error_code": "EVENT_NOT_FOUND"}
            )
        return None

    return route


def _injury_route(request: httpx.Request) -> httpx.Response | None:
    if request.url.host == "ak-static.cms.nba.com":
        return httpx.Response(403, text="AccessDenied")
    return None


def _load_history(store: Store, replay: ReplaySource) -> int:
    """The season's box scores before DAY, parsed and written as phase 2 writes them."""
    games = replay.season("2023-24").games
    earlier = games[(games["GAME_DATE"] >= SEASON_START) & (games["GAME_DATE"] < str(DAY))]
    rows: list[Any] = []
    for game_id, day in zip(earlier["GAME_ID"], earlier["GAME_DATE"], strict=True):
        doc = replay.fetch(FetchRequest(Document.BOXSCORE, date.fromisoformat(day), game_id))
        rows.extend(parse_boxscore(doc.content, source_key=doc.key, game_date=doc.request.day))
    with store.transaction() as conn:
        return write_rows(
            store,
            conn,
            rows,
            document_keys=[],
            now=0.0,
            tables=(t.raw_player_boxscores, t.raw_team_boxscores),
        )


def test_a_live_day_over_real_responses_completes_with_predictions_for_the_lines(
    sqlite_store: Store, tmp_path: Path, replay: ReplaySource
) -> None:
    store = sqlite_store
    transport = RecordedTransport([_stats_routes(replay), _odds_routes(), _injury_route])
    text = nba.PIPELINE_FILE.read_text().replace(
        "base_s: 5, cap_s: 300", "base_s: 0.01, cap_s: 0.05"
    )
    definition = parse_pipeline(text, source="nba.yaml")
    clock = SystemClock()

    def build(name: str) -> Any:
        assert name == "live", name
        return make_source(
            "live", store=store, clock=clock, odds_api_key="recorded-key", transport=transport,
            sleep=lambda _s: None,
        )  # fmt: skip

    orch = Orchestrator(
        store,
        dataclasses.replace(definition, schedules=()),
        Registry(*nba.blueprints),
        clock=clock,
        schemas=nba.schemas,
        resources={
            "bucket": Bucket(tmp_path / "bucket"),
            "sources": nba.Sources(build),
            "points_predictor": PREDICTOR,
        },
    )
    store.ensure_schema(*nba.schemas)
    assert _load_history(store, replay) > 10_000

    (state,) = orch.run_dates(
        [DAY], "same_day", concurrency=2, timeout_s=240,
        params={"source": "live", "as_of": AS_OF.isoformat()},
    )  # fmt: skip
    assert state.status is RunStatus.COMPLETE, (state.blocked, state.held)

    # Only the real addresses were asked, and only the date's commence window for events.
    hosts = {r.url.host for r in transport.seen}
    assert hosts == {"stats.nba.com", ODDS, "ak-static.cms.nba.com"}
    events_asked = [r for r in transport.seen if r.url.path.endswith("/events")]
    windows = {
        (r.url.params["commenceTimeFrom"], r.url.params["commenceTimeTo"]) for r in events_asked
    }
    assert windows == {("2024-02-22T05:00:00Z", "2024-02-23T04:59:59Z")}
    # The 12 events of the date were asked for their odds; 2 answered, 10 were gone.
    odds_asked = {m.group(1) for r in transport.seen if (m := EVENT_ODDS.match(r.url.path))}
    assert len(odds_asked) == 12 and set(odds_event_odds()) <= odds_asked

    with store.read() as conn:
        dead = conn.execute(sa.select(jobs.c.processor).where(jobs.c.status == "dead")).all()
        props = conn.execute(
            sa.select(
                t.raw_player_props.c.player_name,
                t.raw_player_props.c.player_id,
                t.raw_player_props.c.bookmaker,
                t.raw_player_props.c.event_id,
            ).where(t.raw_player_props.c.game_date == DAY)
        ).all()
        predicted = {
            int(p)
            for (p,) in conn.execute(
                sa.select(player_prop_predictions.c.player_id).where(
                    player_prop_predictions.c.game_date == DAY
                )
            )
        }
        injuries_known = (
            conn.execute(
                sa.select(upcoming_player_game_context.c.injury_status).where(
                    upcoming_player_game_context.c.game_date == DAY
                )
            )
            .scalars()
            .all()
        )
        injury_log = conn.execute(
            sa.select(t.scraper_execution_log.c.status, t.scraper_execution_log.c.error).where(
                t.scraper_execution_log.c.scraper == "scrape_injury_report"
            )
        ).all()
    assert dead == []  # the missing injury report and the gone events are no dead letters
    assert [s for s, _ in injury_log] == ["skipped"] and "no injury report" in injury_log[0][1]
    # ... and the context says injuries are unknown (null), not that everyone is available
    assert injuries_known and set(injuries_known) == {None}

    # Every line's player is identified (rosters' names are the logs', books' their own).
    assert props and all(pid is not None for _, pid, _, _ in props)
    # williamhill_us quoted every Nets-Raptors pair twice: only there did it lose its lines
    books = {(event, book) for _, _, book, event in props}
    assert (ORL_CLE, "williamhill_us") in books and (BKN_TOR, "williamhill_us") not in books
    assert {event for event, _ in books} == {ORL_CLE, BKN_TOR}
    with_lines = {int(pid) for _, pid, _, _ in props}
    logs = replay.season("2023-24").players
    played_before = set(logs[logs["GAME_DATE"] < str(DAY)]["PLAYER_ID"].astype(int))
    expected = with_lines & played_before
    assert len(expected) >= 30
    assert predicted == expected, (sorted(expected - predicted), sorted(predicted - expected))
    # the books' own spellings: a short first name, a long one, an initial
    ids = {name: pid for name, pid, _, _ in props}
    assert ids["Cam Johnson"] == 1629661  # NBA.com's Cameron Johnson
    assert ids["Cameron Thomas"] == 1630560  # NBA.com's Cam Thomas
    assert ids["J. Isaac"] == 1628371  # Jonathan Isaac, the only J. Isaac of the game
