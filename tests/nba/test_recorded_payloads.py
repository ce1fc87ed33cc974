"""Real responses recorded by others, read by tipoff's parsers (see tests/nba/recorded).

Each test names what the recording proves about the live shape: scoreboardv3 carries the
status and scores of 2025-26 games, scoreboardv2 still parses, a real roster and box
score load with integer ids and minutes in minutes, and real Odds API event odds with a
bookmaker quoting every player twice lose only that bookmaker's pairs.
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from support import db
from support.jobs import job_context
from support.recorded import (
    INJURY_PDF,
    NBA_API,
    RecordedTransport,
    at,
    cassette,
    encode,
    odds_event_odds,
    odds_events,
)
from tipoff.bucket import Bucket
from tipoff.engine.clock import ManualClock
from tipoff.engine.registry import JobContext
from tipoff.engine.store import Store
from tipoff.errors import FetchError, PayloadError
from tipoff.nba import raw_tables as tables
from tipoff.nba.documents import Document, FetchRequest
from tipoff.nba.game_status import ET, FINAL, SCHEDULED, is_overdue, is_postponed
from tipoff.nba.names import PlayerLookup, static_player_indexes
from tipoff.nba.parsers import (
    PlayerBoxRow,
    Problems,
    PropRow,
    TeamBoxRow,
    parse_boxscore,
    parse_injury_report,
    parse_odds_events,
    parse_player_props,
    parse_roster,
    parse_schedule,
)
from tipoff.nba.parsers.injury_pdf import report_from_pdf
from tipoff.nba.parsers.odds import CONTRADICTIONS_DROPPED, DUPLICATES_MERGED, OTHER_DATES
from tipoff.nba.raw import validate
from tipoff.nba.raw.processors import raw_player_props
from tipoff.nba.sources.http import HttpClient, HttpPolicy
from tipoff.nba.sources.web import INJURY_PROBES, WebSource

V3_DAY = date(2025, 11, 5)
ODDS_DAY = date(2024, 2, 22)  # ET: the recorded events of 2024-02-23 00:00-03:10 UTC
ORL_CLE = "f54c4a22568ce9dc33fb410d1b0e75e9"
PDF_TYPE = "application/pdf"
BKN_TOR = "f9f3f99b5124a4ecf984003f0af23d2e"


def _scoreboard_v3() -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(cassette(NBA_API / "scoreboardv3_2025-11-05.yaml").content)
    return payload


# -- schedule ----------------------------------------------------------------------------


def test_scoreboard_v3_of_2025_26_has_final_games_with_scores() -> None:
    recording = cassette(NBA_API / "scoreboardv3_2025-11-05.yaml")
    assert recording.url.startswith("https://stats.nba.com/stats/scoreboardv3?")
    rows = parse_schedule(recording.content, source_key="v3.json")
    assert len(rows) == 11
    assert {r.status for r in rows} == {FINAL}
    assert {r.season for r in rows} == {"2025-26"} and {r.game_date for r in rows} == {V3_DAY}
    cle = next(r for r in rows if r.game_id == "0022500171")
    assert (cle.home_tricode, cle.away_tricode, cle.home_pts, cle.away_pts) == (
        "CLE",
        "PHI",
        132,
        121,
    )
    assert all(isinstance(r.home_team_id, int) and r.home_pts is not None for r in rows)
    assert validate.validate_schedule(rows, source_key="v3.json", day=V3_DAY) == []


def test_scoreboard_v3_with_final_live_and_postponed_games() -> None:
    """The recorded date, with two of its games set as NBA.com shows a game in progress
    (status 2, the running score) and a postponed one (status 1, "PPD", score 0)."""
    payload = _scoreboard_v3()
    games = payload["scoreboard"]["games"]
    live, ppd = copy.deepcopy(games[1]), copy.deepcopy(games[2])
    live.update(gameStatus=2, gameStatusText="Q3 5:12", period=3, gameClock="PT05M12.00S")
    live["homeTeam"]["score"], live["awayTeam"]["score"] = 71, 64
    ppd.update(gameStatus=1, gameStatusText="PPD", period=0)
    ppd["homeTeam"]["score"] = ppd["awayTeam"]["score"] = 0
    games[1], games[2] = live, ppd
    rows = {r.game_id: r for r in parse_schedule(encode(payload), source_key="v3.json")}
    assert (rows[live["gameId"]].status, rows[live["gameId"]].home_pts) == (2, 71)
    postponed = rows[ppd["gameId"]]
    assert (postponed.status, postponed.home_pts, postponed.away_pts) == (SCHEDULED, None, None)
    assert is_postponed(postponed.status_text) and not is_overdue(
        postponed.status, postponed.status_text
    )
    assert is_overdue(rows[live["gameId"]].status, rows[live["gameId"]].status_text)
    assert sum(r.status == FINAL for r in rows.values()) == 9
    assert validate.validate_schedule(list(rows.values()), source_key="v3", day=V3_DAY) == []


def test_scoreboard_v3_problems_name_the_game_and_field() -> None:
    payload = _scoreboard_v3()
    payload["scoreboard"]["games"][3]["homeTeam"]["teamId"] = "CLE"
    found = Problems("v3.json")
    rows = parse_schedule(encode(payload), source_key="v3.json", problems=found)
    assert len(rows) == 10
    assert found.items == [
        "v3.json: scoreboard.games[3].homeTeam.teamId: expected an integer, got 'CLE'"
    ]


def test_scoreboard_v2_still_parses_for_old_documents() -> None:
    recording = cassette(NBA_API / "scoreboardv2_2026-02-22.yaml")
    rows = parse_schedule(recording.content, source_key="v2.json")
    assert len(rows) == 11
    assert {r.season for r in rows} == {"2025-26"}
    assert all(r.home_tricode and r.away_tricode for r in rows)


# -- roster and box score ----------------------------------------------------------------


def test_recorded_roster_loads_every_player_with_integer_ids() -> None:
    recording = cassette(NBA_API / "commonteamroster_1610612739_2025-26.yaml")
    listed = json.loads(recording.content)["resultSets"][0]["rowSet"]
    rows = parse_roster(recording.content, source_key="r.json", roster_date=date(2026, 2, 21))
    assert len(rows) == len(listed) == 19  # nothing dropped: two-way players have no NUM
    assert all(type(r.player_id) is int and r.team_id == 1610612739 for r in rows)
    assert "Dennis Schröder" in {r.player_name for r in rows}
    assert validate.validate_roster(rows, source_key="r.json", team_id=1610612739) == []


def test_recorded_box_score_loads_with_minutes_in_minutes() -> None:
    """Cleveland-Chicago, 2 January 2023: an overtime game (Mitchell's 71 points)."""
    recording = cassette(NBA_API / "boxscoretraditionalv3_0022200552.yaml")
    box = json.loads(recording.content)["boxScoreTraditional"]
    listed = len(box["homeTeam"]["players"]) + len(box["awayTeam"]["players"])
    rows = parse_boxscore(recording.content, source_key="b.json", game_date=date(2023, 1, 2))
    players = [r for r in rows if isinstance(r, PlayerBoxRow)]
    teams = [r for r in rows if isinstance(r, TeamBoxRow)]
    assert len(players) == listed and len(teams) == 2
    mitchell = next(p for p in players if p.player_id == 1628378)
    assert (mitchell.pts, mitchell.starter, mitchell.played) == (71, True, True)
    assert 45 < mitchell.minutes < 53  # "50:10"-like clock text, read as minutes
    assert {t.minutes for t in teams} == {265.0}  # 240 + one overtime of 25 (5 x 5)
    assert all(type(p.player_id) is int for p in players)
    assert all(not p.played and p.minutes == 0 for p in players if p.dnp_reason)
    assert validate.validate_boxscore(rows, source_key="b.json", game_id="0022200552") == []


# -- odds --------------------------------------------------------------------------------


def test_recorded_events_keep_the_date_and_count_the_others() -> None:
    counts: dict[str, int] = {}
    notes: list[str] = []
    rows = parse_odds_events(
        encode(odds_events()), source_key="e.json", game_date=ODDS_DAY, warnings=notes,
        counts=counts,
    )  # fmt: skip
    assert len(rows) == 12 and counts == {OTHER_DATES: 9}
    assert notes == ["e.json: events on other dates than 2024-02-22 left out: 9"]
    assert validate.validate_odds_events(rows, source_key="e.json") == []


def _props(event_id: str, counts: dict[str, int], notes: list[str]) -> list[PropRow]:
    return parse_player_props(
        encode(odds_event_odds()[event_id]),
        source_key=f"{event_id}.json",
        game_date=ODDS_DAY,
        warnings=notes,
        counts=counts,
    )


def test_a_book_quoting_every_player_twice_loses_only_its_own_pairs() -> None:
    """Recorded Nets-Raptors odds: williamhill_us lists each of its 14 pairs twice, at
    different prices under one last_update. Those 14 are dropped, counted and named; the
    nine other books load in full."""
    event = odds_event_odds()[BKN_TOR]
    counts: dict[str, int] = {}
    notes: list[str] = []
    rows = _props(BKN_TOR, counts, notes)
    by_book: dict[str, int] = {}
    for r in rows:
        by_book[r.bookmaker] = by_book.get(r.bookmaker, 0) + 1
    assert "williamhill_us" not in by_book
    for book in event["bookmakers"]:
        if book["key"] != "williamhill_us":
            pairs = {(o["description"], o["point"]) for o in book["markets"][0]["outcomes"]}
            assert by_book[book["key"]] == len(pairs)  # nothing else lost
    assert counts[CONTRADICTIONS_DROPPED] == 14 and counts[DUPLICATES_MERGED] == 28
    [note] = notes
    assert "(williamhill_us): 14 pair(s) quoted twice at different prices" in note
    assert validate.validate_player_props(rows, source_key="p.json") == []


def test_a_later_quote_wins_over_an_earlier_one() -> None:
    event = copy.deepcopy(odds_event_odds()[BKN_TOR])
    book = next(b for b in event["bookmakers"] if b["key"] == "williamhill_us")
    market = book["markets"][0]
    half = len(market["outcomes"]) // 2  # the book's second listing, as a later update
    later = {**market, "last_update": "2024-02-23T00:08:00Z", "outcomes": market["outcomes"][half:]}
    market["outcomes"] = market["outcomes"][:half]
    book["markets"].append(later)
    counts: dict[str, int] = {}
    rows = parse_player_props(encode(event), source_key="p.json", game_date=ODDS_DAY, counts=counts)
    wh = {r.player_name: r for r in rows if r.bookmaker == "williamhill_us"}
    assert len(wh) == 14 and CONTRADICTIONS_DROPPED not in counts
    simmons = next(o for o in later["outcomes"] if o["description"] == "Ben Simmons")
    assert wh["Ben Simmons"].over_price == simmons["price"] == -112
    assert counts[DUPLICATES_MERGED] == 28  # every quote of the second listing, once


def test_an_earlier_quote_listed_after_a_later_one_still_loses() -> None:
    """The same two listings in the other order: what the book said last wins wherever it
    stands in the document, and the repeats are counted alike."""
    event = copy.deepcopy(odds_event_odds()[BKN_TOR])
    book = next(b for b in event["bookmakers"] if b["key"] == "williamhill_us")
    market = book["markets"][0]
    half = len(market["outcomes"]) // 2
    earlier = {
        **market,
        "last_update": "2024-02-22T20:00:00Z",
        "outcomes": market["outcomes"][half:],
    }
    market["outcomes"] = market["outcomes"][:half]
    book["markets"].append(earlier)
    counts: dict[str, int] = {}
    rows = parse_player_props(encode(event), source_key="p.json", game_date=ODDS_DAY, counts=counts)
    wh = {r.player_name: r for r in rows if r.bookmaker == "williamhill_us"}
    assert len(wh) == 14 and CONTRADICTIONS_DROPPED not in counts
    simmons = next(o for o in market["outcomes"] if o["description"] == "Ben Simmons")
    assert wh["Ben Simmons"].over_price == simmons["price"]
    assert simmons["price"] != next(
        o["price"] for o in earlier["outcomes"] if o["description"] == "Ben Simmons"
    )
    assert counts[DUPLICATES_MERGED] == 28


def test_clean_recorded_event_odds_load_every_pair() -> None:
    counts: dict[str, int] = {}
    notes: list[str] = []
    rows = _props(ORL_CLE, counts, notes)
    event = odds_event_odds()[ORL_CLE]
    expected = sum(len(b["markets"][0]["outcomes"]) // 2 for b in event["bookmakers"])
    assert len(rows) == expected and counts == {} and notes == []
    assert {r.line * 2 % 2 for r in rows} == {1.0}  # half points
    assert validate.validate_player_props(rows, source_key="p.json") == []


def _context(store: Store, bucket: Bucket) -> JobContext:
    return job_context(
        store,
        "raw_player_props",
        ODDS_DAY,
        params={"source": "live"},
        resources={"bucket": bucket},
    )


def test_one_bad_event_document_is_quarantined_alone(store: Store, tmp_path: Path) -> None:
    """Both recorded events and a third, broken one: the broken one is quarantined by
    itself; the duplicated quotes lose only their book's pairs; the rest is written."""
    store.ensure_schema(tables.NBA_RAW_SCHEMA)
    bucket = Bucket(tmp_path / "bucket")
    prefix = f"raw/live/player_props/{ODDS_DAY.isoformat()}"
    for event_id, event in odds_event_odds().items():
        bucket.put_bytes(f"{prefix}/{event_id}.json", encode(event))
    bad_key = f"{prefix}/badbadbad.json"
    bucket.put_bytes(bad_key, b'{"id": "badbadbad", "bookmakers": [')
    result = raw_player_props(_context(store, bucket))
    assert result is not None and result.write is not None
    with store.transaction() as conn:
        written = result.write(conn)
    expected = len(_props(ORL_CLE, {}, [])) + len(_props(BKN_TOR, {}, []))
    assert written == result.records == expected == db.count(store, tables.raw_player_props)
    assert result.detail["counts"][CONTRADICTIONS_DROPPED] == 14
    assert result.detail["counts"]["documents_quarantined"] == 1
    audit = {
        r.key: r.status
        for r in db.rows(store, tables.raw_documents.select())  # type: ignore[arg-type]
    }
    assert audit[bad_key] == "quarantined"
    assert {audit[f"{prefix}/{e}.json"] for e in (ORL_CLE, BKN_TOR)} == {"processed"}
    assert any("1 of 3 documents quarantined alone" in w for w in result.detail["warnings"])


def test_every_event_document_bad_still_fails_the_job(store: Store, tmp_path: Path) -> None:
    store.ensure_schema(tables.NBA_RAW_SCHEMA)
    bucket = Bucket(tmp_path / "bucket")
    bucket.put_bytes(f"raw/live/player_props/{ODDS_DAY.isoformat()}/x.json", b"[")
    with pytest.raises(Exception, match="1 of 1 documents failed validation"):
        raw_player_props(_context(store, bucket))


# -- the official injury report PDF ------------------------------------------------------

INJURY_DAY = date(2021, 10, 19)


def test_the_official_injury_report_pdf_parses_to_rows() -> None:
    """The real report of 19 October 2021, 12:30 AM: 14 players listed for that night's
    two games, every team of the next day's games "NOT YET SUBMITTED"."""
    content = INJURY_PDF.read_bytes()
    report = report_from_pdf(content, "r.pdf")
    assert report["reportTime"] == "2021-10-19T00:30:00-04:00"
    assert len(report["rows"]) == 36  # nothing dropped in the reading
    active, everyone = static_player_indexes()
    notes: list[str] = []
    rows = parse_injury_report(
        content,
        source_key="r.pdf",
        report_date=INJURY_DAY,
        players=PlayerLookup(fallbacks=(active, everyone)),  # no rosters: nba_api's table
        games={"BKN@MIL": "0022100001", "GSW@LAL": "0022100002"},
        warnings=notes,
    )
    assert len(rows) == 14
    by_name = {r.player_name: r for r in rows}
    irving = by_name["Kyrie Irving"]
    assert (irving.player_id, irving.team_id, irving.status, irving.game_id) == (
        202681, 1610612751, "out", "0022100001",
    )  # fmt: skip
    assert by_name["Malik Monk"].status == "probable"
    assert by_name["Kendrick Nunn"].reason == "Injury/Illness - Right Ankle; Sprain"
    assert by_name["Talen Horton-Tucker"].team_id == 1610612747
    assert all(type(r.player_id) is int for r in rows)
    assert notes == [
        "r.pdf: rows of games on other dates than 2021-10-19 left out: 22",
    ]
    assert validate.validate_injury_report(rows, source_key="r.pdf") == []


def test_a_damaged_pdf_is_a_payload_error_naming_the_file() -> None:
    content = INJURY_PDF.read_bytes()
    with pytest.raises(PayloadError, match=r"r\.pdf: not a readable PDF"):
        report_from_pdf(content[: len(content) // 3], "r.pdf")


def _text_pdf(*lines: str) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica, written out by hand."""
    shown = " ".join(f"({line}) '" for line in lines)
    stream = f"BT /F1 10 Tf 40 560 Td 14 TL {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 792 612] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@pytest.mark.parametrize(
    ("title", "stamp"),
    [
        ("Injury Report: 10/19/21 12:30 AM", "2021-10-19T00:30:00-04:00"),
        ("Injury Report: 01/05/2026 05:00 PM", "2026-01-05T17:00:00-05:00"),
    ],
)
def test_the_report_time_is_read_with_a_short_or_long_year(title: str, stamp: str) -> None:
    assert report_from_pdf(_text_pdf(title), "r.pdf") == {"reportTime": stamp, "rows": []}


def test_a_title_that_is_no_real_date_is_a_payload_error_not_a_crash() -> None:
    """The title's shape matches but no such day exists: the document is refused, naming
    the file and the title, as every other unreadable report is (a ValueError escaped)."""
    content = _text_pdf("Injury Report: 13/45/21 12:30 AM")
    with pytest.raises(PayloadError, match=r"r\.pdf: page 1: title .*13/45/21.* real date"):
        report_from_pdf(content, "r.pdf")
    with pytest.raises(PayloadError, match=r"r\.pdf: page 1"):
        parse_injury_report(
            content, source_key="r.pdf", report_date=INJURY_DAY, players=PlayerLookup()
        )


def _injury_source(store: Store, now: datetime, transport: RecordedTransport) -> WebSource:
    client = HttpClient(
        store=store,
        clock=ManualClock(now),
        policy=HttpPolicy(rate_per_s=1e9),
        transport=transport,
        sleep=lambda s: None,
    )
    return WebSource(client, name="live")


PDF_PATH = "/referee/injury/Injury-Report_2021-10-19_12AM.pdf"


def test_live_source_finds_the_latest_report_of_the_date(sqlite_store: Store) -> None:
    """At 02:10 ET the 02AM and 01AM publications are not there (403, as the host answers);
    the 12AM one is, and it is kept as the PDF it is."""
    transport = RecordedTransport(
        [at("ak-static.cms.nba.com", PDF_PATH, INJURY_PDF.read_bytes(), content_type=PDF_TYPE)]
    )
    transport.routes.insert(0, lambda r: httpx.Response(403) if "12AM" not in r.url.path else None)
    source = _injury_source(sqlite_store, datetime(2021, 10, 19, 2, 10, tzinfo=ET), transport)
    try:
        raw = source.fetch(FetchRequest(Document.INJURY_REPORT, INJURY_DAY))
    finally:
        source.close()
    assert [r.url.path.rsplit("_", 1)[-1] for r in transport.seen] == [
        "02AM.pdf", "01AM.pdf", "12AM.pdf",
    ]  # fmt: skip
    assert raw.url == f"https://ak-static.cms.nba.com{PDF_PATH}"
    assert raw.content == INJURY_PDF.read_bytes() and raw.http_attempts == 3
    assert raw.key == "raw/live/injury_report/2021-10-19/all.pdf"


def test_no_report_published_is_a_fetch_error_saying_what_was_tried(
    sqlite_store: Store,
) -> None:
    transport = RecordedTransport([])
    source = _injury_source(sqlite_store, datetime(2026, 1, 13, 13, 40, tzinfo=ET), transport)
    try:
        with pytest.raises(FetchError) as info:
            source.fetch(FetchRequest(Document.INJURY_REPORT, date(2026, 1, 13)))
    finally:
        source.close()
    # since December 2025 the file names carry minutes: a publication every 15 minutes
    assert transport.seen[0].url.path.endswith("Injury-Report_2026-01-13_01_30PM.pdf")
    assert len(transport.seen) == INJURY_PROBES and info.value.status == 404
    assert "no injury report of 2026-01-13 published between 11_45AM and 01_30PM" in str(info.value)
