"""Raw processors under the real engine: loads, re-runs, quarantines and coverage failures.

Fixture documents go into a bucket under a temporary folder; an Orchestrator runs phase 2
with embedded workers on SQLite and PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from support import db
from support.jobs import job_context
from tipoff.bucket import Bucket
from tipoff.engine import queue
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import JobContext, Registry
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.nba import raw_tables as tables
from tipoff.nba.raw.processors import raw_blueprint, raw_injury_report, raw_player_props

FIXTURES = Path(__file__).resolve().parent / "fixtures"
D = date(2025, 11, 12)
BOS, NYK = 1610612738, 1610612752
EVENT = "3f2b8d9c1e6a47f0b5d2c8e1a9f4b7d3"
PREFIX = "raw/sim"
BOX_KEY = f"{PREFIX}/boxscore/2025-11-12/0022500123.json"
RAW_TABLES = (
    tables.raw_schedule,
    tables.raw_rosters,
    tables.raw_injury_report,
    tables.raw_player_boxscores,
    tables.raw_team_boxscores,
    tables.raw_odds_events,
    tables.raw_player_props,
)

PIPELINE = """
pipeline: nba_raw_test
modes: [overnight, backfill]
defaults:
  processor: {timeout_s: 60, max_attempts: 2, retry: {base_s: 0.01, cap_s: 0.02}}
  policy: {deadline_floor_s: 3600}
phases:
  - phase: 2
    name: raw
    processors:
      - {name: raw_schedule}
      - {name: raw_roster}
      - {name: raw_injury_report}
      - {name: raw_boxscore}
      - {name: raw_odds_events}
      - {name: raw_player_props}
tasks:
  - {name: cleanup_unprocessed}
"""


def pipeline() -> PipelineDef:
    return parse_pipeline(PIPELINE, source="tests/nba/raw.yaml")


def orchestrator(store: Store, bucket: Bucket) -> Orchestrator:
    return Orchestrator(
        store,
        pipeline(),
        Registry(raw_blueprint),
        resources={"bucket": bucket},
        schemas=[tables.NBA_RAW_SCHEMA],
    )


def run(orch: Orchestrator, mode: str = "overnight") -> Any:
    [state] = orch.run_dates(
        [D], mode, params={"source": "sim"}, timeout_s=60, poll_s=0.02, sweep_s=0.1
    )
    assert state.finished, state
    return state


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def boxscore_for(game_id: str, edit: Any = None) -> bytes:
    payload = json.loads(fixture_bytes("boxscoretraditionalv3_0022500123.json"))
    payload["boxScoreTraditional"]["gameId"] = game_id
    if edit is not None:
        edit(payload["boxScoreTraditional"])
    return json.dumps(payload).encode()


def put_date(bucket: Bucket) -> dict[str, bytes]:
    docs = {
        f"{PREFIX}/schedule/2025-11-12/all.json": fixture_bytes("scoreboardv2_2025-11-12.json"),
        f"{PREFIX}/roster/2025-11-12/{BOS}.json": fixture_bytes(f"commonteamroster_{BOS}.json"),
        f"{PREFIX}/roster/2025-11-12/{NYK}.json": fixture_bytes(f"commonteamroster_{NYK}.json"),
        f"{PREFIX}/injury_report/2025-11-12/all.json": fixture_bytes(
            "injury_report_2025-11-12.json"
        ),
        BOX_KEY: fixture_bytes("boxscoretraditionalv3_0022500123.json"),
        f"{PREFIX}/odds_events/2025-11-12/all.json": fixture_bytes("odds_events_2025-11-12.json"),
        f"{PREFIX}/player_props/2025-11-12/{EVENT}.json": fixture_bytes(f"event_odds_{EVENT}.json"),
    }
    for key, content in docs.items():
        bucket.put_bytes(key, content)
    return docs


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.read() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(sa.select(t).order_by(*t.primary_key))]
            for t in RAW_TABLES
        }


def documents(store: Store) -> dict[str, Any]:
    return {r["key"]: r for r in db.rows(store, sa.select(tables.raw_documents))}


def test_a_date_loads_every_document_kind_and_a_rerun_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    bucket = Bucket(tmp_path / "bucket")
    docs = put_date(bucket)
    orch = orchestrator(store, bucket)

    assert run(orch).status is RunStatus.COMPLETE
    first = snapshot(store)
    assert {name: len(rows) for name, rows in first.items()} == {
        "raw_schedule": 2,
        "raw_rosters": 19,
        "raw_injury_report": 3,
        "raw_player_boxscores": 18,
        "raw_team_boxscores": 2,
        "raw_odds_events": 2,
        "raw_player_props": 8,
    }
    assert db.job(store, "raw_boxscore")["records"] == 20
    tatum = db.rows(
        store,
        sa.select(tables.raw_player_boxscores).where(
            tables.raw_player_boxscores.c.player_id == 1628369
        ),
    )[0]
    assert (tatum["pts"], tatum["minutes"], tatum["starter"], tatum["source_key"]) == (
        32,
        pytest.approx(38.2),
        True,
        BOX_KEY,
    )
    odds = db.rows(store, sa.select(tables.raw_odds_events).order_by("commence_time"))
    assert [e["game_id"] for e in odds] == ["0022500123", "0022500124"]  # tied to the schedule
    audit = documents(store)
    assert set(audit) == set(docs)
    assert {r["status"] for r in audit.values()} == {"processed"}
    assert audit[BOX_KEY]["bytes"] == len(docs[BOX_KEY]) and len(audit[BOX_KEY]["sha256"]) == 64

    # The same date again (another mode, so another run): same rows, same values.
    assert run(orch, "backfill").status is RunStatus.COMPLETE
    assert snapshot(store) == first
    assert {r["attempts"] for r in documents(store).values()} == {2}


def test_a_document_no_longer_listing_a_row_removes_it(store: Store, tmp_path: Path) -> None:
    bucket = Bucket(tmp_path / "bucket")
    put_date(bucket)
    orch = orchestrator(store, bucket)
    run(orch)
    key = f"{PREFIX}/injury_report/2025-11-12/all.json"
    report = json.loads(bucket.get_bytes(key))
    report["rows"] = [r for r in report["rows"] if not r["playerName"].startswith("Robinson")]
    bucket.put_bytes(key, json.dumps(report).encode())  # a later report: Robinson cleared
    run(orch, "backfill")
    injured = db.rows(store, sa.select(tables.raw_injury_report.c.player_id))
    assert sorted(r["player_id"] for r in injured) == [1627764, 1642345]


def test_a_bad_document_is_quarantined_and_its_job_dead_lettered(
    store: Store, tmp_path: Path
) -> None:
    bucket = Bucket(tmp_path / "bucket")
    put_date(bucket)

    def bad_points(box: dict[str, Any]) -> None:
        box["homeTeam"]["players"][4]["statistics"]["points"] = "abc"

    bad_key = f"{PREFIX}/boxscore/2025-11-12/0022500124.json"
    bad = boxscore_for("0022500124", bad_points)
    bucket.put_bytes(bad_key, bad)
    orch = orchestrator(store, bucket)

    state = run(orch)
    assert state.status is RunStatus.BLOCKED
    job = db.job(store, "raw_boxscore")
    assert (job["status"], job["attempts"]) == (JobStatus.DEAD.value, 2)
    problem = f"{bad_key}: homeTeam.players[4].statistics.points: expected an integer, got 'abc'"
    assert job["last_error"].splitlines() == [
        "PayloadError: boxscore of 2025-11-12 from 'sim': 1 of 2 documents failed "
        "validation and are quarantined; nothing written",
        problem,
    ]
    audit = documents(store)
    assert (audit[bad_key]["status"], audit[bad_key]["error"]) == ("quarantined", problem)
    assert BOX_KEY not in audit  # the good document of the same kind is not processed either
    assert db.count(store, tables.raw_player_boxscores) == 0
    assert db.count(store, tables.raw_team_boxscores) == 0
    assert bucket.get_bytes(bad_key) == bad  # the evidence stays as it came
    assert db.count(store, tables.raw_schedule) == 2  # other kinds are not held back

    # A re-scrape fixes the file; the dead letter, retried, loads the date and completes it.
    bucket.put_bytes(bad_key, boxscore_for("0022500124"))
    assert queue.requeue_dead(store, [job["id"]], now=time.time()) == 1
    [again] = queue.claim(store, worker_id="w", limit=1, now=time.time(), lease_s=60)
    report = orch.executor("w").run(again)
    assert report.status is JobStatus.SUCCEEDED
    assert report.outcome.run_status is RunStatus.COMPLETE
    assert db.count(store, tables.raw_player_boxscores) == 36
    assert {documents(store)[k]["status"] for k in (bad_key, BOX_KEY)} == {"processed"}
    assert documents(store)[bad_key]["error"] is None


def _nine_game_schedule() -> bytes:
    payload = json.loads(fixture_bytes("scoreboardv2_2025-11-12.json"))
    header = next(rs for rs in payload["resultSets"] if rs["name"] == "GameHeader")
    lines = next(rs for rs in payload["resultSets"] if rs["name"] == "LineScore")
    template_game, template_lines = header["rowSet"][0], lines["rowSet"][:2]
    header["rowSet"], lines["rowSet"] = [], []
    teams = [1610612737 + i for i in range(18)]
    for n in range(9):
        game_id = f"00225001{23 + n:02d}"
        home, away = teams[2 * n], teams[2 * n + 1]
        header["rowSet"].append(
            [*template_game[:2], game_id, *template_game[3:6], home, away, *template_game[8:]]
        )
        for line, team in zip(template_lines, (home, away), strict=True):
            lines["rowSet"].append([*line[:2], game_id, team, *line[4:]])
    return json.dumps(payload).encode()


def test_box_scores_for_three_of_nine_final_games_fail_naming_the_missing_six(
    store: Store, tmp_path: Path
) -> None:
    bucket = Bucket(tmp_path / "bucket")
    bucket.put_bytes(f"{PREFIX}/schedule/2025-11-12/all.json", _nine_game_schedule())
    for game_id in ("0022500123", "0022500124", "0022500125"):
        bucket.put_bytes(f"{PREFIX}/boxscore/2025-11-12/{game_id}.json", boxscore_for(game_id))

    state = run(orchestrator(store, bucket))
    assert state.status is RunStatus.BLOCKED
    job = db.job(store, "raw_boxscore")
    assert job["status"] == JobStatus.DEAD.value
    assert job["last_error"] == (
        "PayloadError: raw/sim/boxscore/2025-11-12/: box scores for 3 of 9 final games of "
        "2025-11-12: missing 0022500126, 0022500127, 0022500128, 0022500129, 0022500130, "
        "0022500131"
    )
    assert db.count(store, tables.raw_player_boxscores) == 0  # never a partial success
    assert db.count(store, tables.raw_schedule) == 9


def test_no_schedule_document_is_a_failure_other_kinds_may_be_empty(
    store: Store, tmp_path: Path
) -> None:
    bucket = Bucket(tmp_path / "bucket")
    bucket.put_bytes(BOX_KEY, fixture_bytes("boxscoretraditionalv3_0022500123.json"))
    state = run(orchestrator(store, bucket))
    assert state.status is RunStatus.BLOCKED
    schedule = db.job(store, "raw_schedule")
    assert schedule["status"] == JobStatus.DEAD.value
    assert schedule["last_error"] == (
        "PayloadError: raw/sim/schedule/2025-11-12/: no schedule document for 2025-11-12 "
        "from source 'sim'"
    )
    # Without a schedule the box scores load, their coverage unchecked (and said so).
    box = db.job(store, "raw_boxscore")
    assert (box["status"], box["records"]) == (JobStatus.SUCCEEDED.value, 20)
    assert db.job(store, "raw_player_props")["records"] == 0


def _context(store: Store, bucket: Bucket, processor: str) -> JobContext:
    return job_context(store, processor, D, params={"source": "sim"}, resources={"bucket": bucket})


def test_unmatched_names_are_reported_not_dropped_in_silence(store: Store, tmp_path: Path) -> None:
    bucket = Bucket(tmp_path / "bucket")
    put_date(bucket)
    key = f"{PREFIX}/player_props/2025-11-12/{EVENT}.json"
    event = json.loads(bucket.get_bytes(key))
    for outcome in event["bookmakers"][1]["markets"][0]["outcomes"]:
        if outcome["description"] == "Jordan Walsh":
            outcome["description"] = "Jordan Walshe"  # a name NBA.com never listed
    bucket.put_bytes(key, json.dumps(event).encode())
    store.ensure_schema(tables.NBA_RAW_SCHEMA)
    # The rosters come from the bucket: the roster processor need not have run yet.
    injuries = raw_injury_report(_context(store, bucket, "raw_injury_report"))
    assert injuries is not None and injuries.records == 3
    assert any("'Doe, John' of Boston Celtics" in w for w in injuries.detail["warnings"])
    props = raw_player_props(_context(store, bucket, "raw_player_props"))
    assert props is not None and props.records == 8
    assert props.detail["warnings"] == [
        "player_props of 2025-11-12: 1 player name(s) matched no player: Jordan Walshe"
    ]
    assert props.detail["counts"] == {"unmatched_names": 1}
    assert props.write is not None
    with store.transaction() as conn:
        assert props.write(conn) == 8
    walsh = db.rows(
        store,
        sa.select(tables.raw_player_props).where(
            tables.raw_player_props.c.player_name == "Jordan Walshe"
        ),
    )
    assert [(r["player_id"], r["over_price"], r["under_price"]) for r in walsh] == [
        (None, 110, -140)
    ]


def test_a_player_missing_from_the_rosters_is_found_in_nba_api_s_table(
    store: Store, tmp_path: Path
) -> None:
    """Jordan Walsh is on no roster of the date, but NBA.com lists him: his line gets his id."""
    bucket = Bucket(tmp_path / "bucket")
    put_date(bucket)
    store.ensure_schema(tables.NBA_RAW_SCHEMA)
    props = raw_player_props(_context(store, bucket, "raw_player_props"))
    assert props is not None and "warnings" not in props.detail
    assert props.write is not None
    with store.transaction() as conn:
        props.write(conn)
    ids = db.rows(
        store,
        sa.select(tables.raw_player_props.c.player_id).where(
            tables.raw_player_props.c.player_name == "Jordan Walsh"
        ),
    )
    assert {r["player_id"] for r in ids} == {1641775}


def test_the_game_lines_load_with_the_props_and_a_bad_one_costs_only_itself(
    store: Store, tmp_path: Path
) -> None:
    """The props document also carries each book's spread and total: they load into
    raw_game_lines; a malformed quote among them is left out and named, and the player
    lines of the document load all the same."""
    bucket = Bucket(tmp_path / "bucket")
    put_date(bucket)
    key = f"{PREFIX}/player_props/2025-11-12/{EVENT}.json"
    event = json.loads(bucket.get_bytes(key))
    home, away = event["home_team"], event["away_team"]
    spreads = {"key": "spreads", "last_update": "2025-11-12T22:00:00Z", "outcomes": [
        {"name": home, "price": -110, "point": -3.5}, {"name": away, "price": -110, "point": 3.5},
    ]}  # fmt: skip
    totals = {"key": "totals", "last_update": "2025-11-12T22:05:00Z", "outcomes": [
        {"name": "Over", "price": -112, "point": 228.5},
        {"name": "Under", "price": "evens", "point": 228.5},  # not a price
    ]}  # fmt: skip
    event["bookmakers"][0]["markets"] += [spreads, totals]
    event["bookmakers"][1]["markets"] += [{**spreads, "outcomes": spreads["outcomes"][1:]}]
    bucket.put_bytes(key, json.dumps(event).encode())
    store.ensure_schema(tables.NBA_RAW_SCHEMA)
    props = raw_player_props(_context(store, bucket, "raw_player_props"))
    assert props is not None and props.write is not None
    with store.transaction() as conn:
        assert props.write(conn) == 8 + 2  # the player lines, and a game line per book
    assert props.detail["counts"]["game_line_quotes_left_out"] == 1
    [warning] = [w for w in props.detail["warnings"] if "game lines" in w]
    assert "bookmakers[0].markets[2].outcomes[1].price" in warning
    lines = {
        r["bookmaker"]: r
        for r in db.rows(store, sa.select(tables.raw_game_lines).order_by("bookmaker"))
    }
    dk, fd = lines["draftkings"], lines["fanduel"]
    assert (dk["home_spread"], dk["total"], dk["over_price"], dk["under_price"]) == (
        -3.5, 228.5, -112, None,
    )  # fmt: skip
    # fanduel gave the away team's handicap only: the home one is its negation
    assert (fd["home_spread"], fd["home_spread_price"], fd["away_spread_price"]) == (
        -3.5,
        None,
        -110,
    )
    assert fd["total"] is None
    assert len(db.rows(store, sa.select(tables.raw_player_props))) == 8
