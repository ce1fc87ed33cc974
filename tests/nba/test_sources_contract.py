"""One contract for every source: ``sim``, ``replay`` and ``live`` over real recordings.

Each source fetches one document of every kind through its own stack (``live`` through
the real httpx client, its transport serving the responses of tests/nba/recorded at the
real addresses; ``sim`` through the same client over the simulator; ``replay`` from the
season files) and the same checks run on all three: the document parses without a
problem into the row types of its kind, ids are integers, minutes are minutes, and every
item of the document is accounted for (a row, or counted as left out and why).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import httpx
import pytest

from support.real_data import real_replay
from support.recorded import (
    INJURY_PDF,
    JSON_TYPE,
    NBA_API,
    RecordedTransport,
    cassette,
    encode,
    odds_event_odds,
    odds_events,
    where,
)
from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store
from tipoff.nba.documents import Document, FetchRequest, RawDocument
from tipoff.nba.game_status import ET
from tipoff.nba.names import PlayerLookup, static_player_indexes
from tipoff.nba.parsers import (
    GameLineRow,
    InjuryRow,
    OddsEventRow,
    PlayerBoxRow,
    Problems,
    PropRow,
    RosterRow,
    ScheduleRow,
    TeamBoxRow,
    parse_boxscore,
    parse_game_lines,
    parse_injury_report,
    parse_odds_events,
    parse_player_props,
    parse_roster,
    parse_schedule,
)
from tipoff.nba.parsers.injury_pdf import is_pdf, report_from_pdf
from tipoff.nba.parsers.odds import CONTRADICTIONS_DROPPED, OTHER_DATES
from tipoff.nba.sources.base import Source
from tipoff.nba.sources.factory import make_source

STATS = "stats.nba.com"
GAME_ID = re.compile(r"^\d{10}$")


@dataclass(frozen=True)
class Case:
    """What one source is asked for: a date and part per document kind."""

    source: Source
    requests: dict[Document, FetchRequest]


def _live(store: Store) -> Case:
    """The live source over the recordings, at the addresses the recordings were taken."""
    routes = [
        where(STATS, "/stats/scoreboardv3", {"GameDate": "2025-11-05"},
              cassette(NBA_API / "scoreboardv3_2025-11-05.yaml")),
        where(STATS, "/stats/commonteamroster", {"TeamID": "1610612739", "Season": "2025-26"},
              cassette(NBA_API / "commonteamroster_1610612739_2025-26.yaml")),
        where(STATS, "/stats/boxscoretraditionalv3", {"GameID": "0022200552"},
              cassette(NBA_API / "boxscoretraditionalv3_0022200552.yaml")),
    ]  # fmt: skip
    events, props = encode(odds_events()), odds_event_odds()

    def odds(request: httpx.Request) -> httpx.Response | None:
        path = request.url.path
        if request.url.host != "api.the-odds-api.com":
            return None
        if path.endswith("/events"):
            return httpx.Response(200, content=events, headers={"content-type": JSON_TYPE})
        event = path.split("/")[-2]
        if path.endswith("/odds") and event in props:
            body = encode(props[event])
            return httpx.Response(200, content=body, headers={"content-type": JSON_TYPE})
        return None

    def injury(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/Injury-Report_2021-10-19_12AM.pdf"):
            content = INJURY_PDF.read_bytes()
            return httpx.Response(200, content=content, headers={"content-type": "application/pdf"})
        return None

    source = make_source(
        "live",
        store=store,
        clock=ManualClock(datetime(2021, 10, 19, 0, 40, tzinfo=ET)),  # the report's night
        odds_api_key="recorded",
        transport=RecordedTransport([*routes, odds, injury]),
        sleep=lambda _s: None,
    )
    odds_day = date(2024, 2, 22)
    return Case(
        source,
        {
            Document.SCHEDULE: FetchRequest(Document.SCHEDULE, date(2025, 11, 5)),
            Document.ROSTER: FetchRequest(Document.ROSTER, date(2025, 11, 5), "1610612739"),
            Document.BOXSCORE: FetchRequest(Document.BOXSCORE, date(2023, 1, 2), "0022200552"),
            Document.INJURY_REPORT: FetchRequest(Document.INJURY_REPORT, date(2021, 10, 19)),
            Document.ODDS_EVENTS: FetchRequest(Document.ODDS_EVENTS, odds_day),
            Document.PLAYER_PROPS: FetchRequest(
                Document.PLAYER_PROPS, odds_day, "f9f3f99b5124a4ecf984003f0af23d2e"
            ),
        },
    )


def _first_parts(source: Source, day: date, as_of: datetime | None) -> Case:
    """Every kind for ``day``; the game, team and event are the date's first."""
    board = source.fetch(FetchRequest(Document.SCHEDULE, day, as_of=as_of))
    games = parse_schedule(board.content, source_key=board.key)
    events = source.fetch(FetchRequest(Document.ODDS_EVENTS, day, as_of=as_of))
    event = parse_odds_events(events.content, source_key=events.key, game_date=day)[0]
    ask = {
        Document.SCHEDULE: "all",
        Document.ROSTER: str(games[0].home_team_id),
        Document.BOXSCORE: games[0].game_id,
        Document.INJURY_REPORT: "all",
        Document.ODDS_EVENTS: "all",
        Document.PLAYER_PROPS: event.event_id,
    }
    return Case(source, {d: FetchRequest(d, day, part, as_of=as_of) for d, part in ask.items()})


def _sim(store: Store) -> Case:
    source = make_source("sim", store=store, clock=ManualClock(), sleep=lambda _s: None)
    # the evening of a game day: the injury report is out, the games not yet played
    case = _first_parts(source, date(2025, 11, 12), datetime(2025, 11, 12, 18, tzinfo=ET))
    box = FetchRequest(Document.BOXSCORE, date(2025, 11, 12), case.requests[Document.BOXSCORE].part)
    return Case(source, {**case.requests, Document.BOXSCORE: box})  # as of after the game


def _replay(store: Store) -> Case:
    return _first_parts(real_replay("props", unchecked="replay"), date(2024, 3, 15), None)


CASES: dict[str, Callable[[Store], Case]] = {"live": _live, "sim": _sim, "replay": _replay}


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Case]:
    store = Store(f"sqlite:///{tmp_path / 'contract.db'}")
    store.ensure_schema()
    built = CASES[request.param](store)
    yield built
    built.source.close()
    store.dispose()


def _fetch(case: Case, document: Document) -> tuple[RawDocument, Problems]:
    raw = case.source.fetch(case.requests[document])
    assert raw.status == 200 and raw.content
    assert raw.key.startswith(f"raw/{case.source.name}/{document.value}/")
    return raw, Problems(raw.key)


def test_schedule(case: Case) -> None:
    raw, found = _fetch(case, Document.SCHEDULE)
    rows = parse_schedule(raw.content, source_key=raw.key, problems=found)
    assert not found, found.items
    games = json.loads(raw.content)["scoreboard"]["games"]
    assert len(rows) == len({g["gameId"] for g in games}) > 0
    for r in rows:
        assert type(r) is ScheduleRow and GAME_ID.match(r.game_id)
        assert type(r.home_team_id) is int and type(r.away_team_id) is int
        assert r.status in (1, 2, 3) and (r.status != 3 or type(r.home_pts) is int)


def test_roster(case: Case) -> None:
    raw, found = _fetch(case, Document.ROSTER)
    day = case.requests[Document.ROSTER].day
    rows = parse_roster(raw.content, source_key=raw.key, roster_date=day, problems=found)
    assert not found, found.items
    listed = json.loads(raw.content)["resultSets"][0]["rowSet"]
    assert len(rows) == len(listed) > 0
    team = int(case.requests[Document.ROSTER].part)
    assert all(
        type(r) is RosterRow and type(r.player_id) is int and r.team_id == team for r in rows
    )


def test_boxscore(case: Case) -> None:
    raw, found = _fetch(case, Document.BOXSCORE)
    day = case.requests[Document.BOXSCORE].day
    rows = parse_boxscore(raw.content, source_key=raw.key, game_date=day, problems=found)
    assert not found, found.items
    box = json.loads(raw.content)["boxScoreTraditional"]
    players = [r for r in rows if type(r) is PlayerBoxRow]
    teams = [r for r in rows if type(r) is TeamBoxRow]
    assert len(players) == len(box["homeTeam"]["players"]) + len(box["awayTeam"]["players"])
    assert len(teams) == 2 and len(players) + 2 == len(rows)
    assert all(type(p.player_id) is int and type(p.pts) is int for p in players)
    # minutes are minutes: a player's share of a game, the team's five on the floor
    assert all(0 <= p.minutes <= 70 for p in players) and max(p.minutes for p in players) > 20
    # (game logs round a team's minutes: 239 is seen; seconds or hours would be far off)
    assert all(235 <= t.minutes <= 340 for t in teams)
    for t in teams:
        assert sum(p.minutes for p in players if p.team_id == t.team_id) == pytest.approx(
            t.minutes, abs=1.0
        )


def test_injury_report(case: Case) -> None:
    raw, found = _fetch(case, Document.INJURY_REPORT)
    day = case.requests[Document.INJURY_REPORT].day
    active, everyone = static_player_indexes()
    notes: list[str] = []
    rows = parse_injury_report(
        raw.content,
        source_key=raw.key,
        report_date=day,
        players=PlayerLookup(fallbacks=(active, everyone)),
        warnings=notes,
        problems=found,
    )
    assert not found, found.items
    report = (
        report_from_pdf(raw.content, raw.key) if is_pdf(raw.content) else json.loads(raw.content)
    )
    assert all(type(r) is InjuryRow and type(r.player_id) is int for r in rows)
    # every listed row is a row, or one of the notes' cases (other date, no player, unknown)
    elsewhere = sum(int(n.rsplit(": ", 1)[1]) for n in notes if "left out" in n)
    one_each = sum("left out" not in n for n in notes)
    assert len(rows) + elsewhere + one_each == len(report["rows"])


def test_odds_events(case: Case) -> None:
    raw, found = _fetch(case, Document.ODDS_EVENTS)
    day = case.requests[Document.ODDS_EVENTS].day
    counts: dict[str, int] = {}
    rows = parse_odds_events(
        raw.content, source_key=raw.key, game_date=day, problems=found, counts=counts
    )
    assert not found, found.items
    assert len(rows) + counts.get(OTHER_DATES, 0) == len(json.loads(raw.content)) and rows
    assert all(type(r) is OddsEventRow and r.game_date == day for r in rows)


def test_player_props(case: Case) -> None:
    raw, found = _fetch(case, Document.PLAYER_PROPS)
    day = case.requests[Document.PLAYER_PROPS].day
    counts: dict[str, int] = {}
    active, everyone = static_player_indexes()
    rows = parse_player_props(
        raw.content,
        source_key=raw.key,
        game_date=day,
        players=PlayerLookup(fallbacks=(active, everyone)),
        problems=found,
        counts=counts,
        unmatched_names=set(),
    )
    assert not found, found.items
    event = json.loads(raw.content)
    pairs = {
        (b["key"], o["description"], o["point"])
        for b in event["bookmakers"]
        for m in b["markets"]
        if m["key"] == "player_points"
        for o in m["outcomes"]
    }
    assert len(rows) + counts.get(CONTRADICTIONS_DROPPED, 0) == len(pairs) > 0
    # the same document carries the game's spread and total where the books quote them
    # (the recorded props answers asked for player_points only)
    lines = parse_game_lines(raw.content, source_key=raw.key, game_date=day, problems=found)
    assert not found, found.items
    quoting = [
        b for b in event["bookmakers"] if {"spreads", "totals"} & {m["key"] for m in b["markets"]}
    ]
    assert len(lines) == len(quoting)
    assert all(type(r) is GameLineRow and r.event_id == event["id"] for r in lines)
    assert all(type(r) is PropRow and (r.line * 2).is_integer() for r in rows)
    ided = [r for r in rows if r.player_id is not None]
    assert all(type(r.player_id) is int for r in ided) and len(ided) >= 0.9 * len(rows)
