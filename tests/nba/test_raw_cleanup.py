"""Cleanup of unprocessed documents: re-enqueue their raw processor once, and only theirs."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from support import db
from tipoff.bucket import Bucket
from tipoff.engine import queue
from tipoff.engine.clock import ManualClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.queue import JobSpec
from tipoff.engine.registry import Registry
from tipoff.engine.schema import jobs
from tipoff.engine.states import JobStatus
from tipoff.engine.store import Store
from tipoff.nba import raw_tables as tables
from tipoff.nba.raw.processors import raw_blueprint

FIXTURES = Path(__file__).resolve().parent / "fixtures"
T = 1_763_020_800.0  # 2025-11-13 08:00 UTC, the morning after the games
MIN = 60.0
PIPELINE = """
pipeline: nba_raw_test
modes: [overnight]
phases:
  - phase: 2
    name: raw
    processors: [{name: raw_schedule}, {name: raw_roster}, {name: raw_injury_report},
                 {name: raw_boxscore}, {name: raw_odds_events}, {name: raw_player_props}]
tasks:
  - {name: cleanup_unprocessed}
"""
BOX_1 = "raw/sim/boxscore/2025-11-12/0022500123.json"
BOX_2 = "raw/sim/boxscore/2025-11-12/0022500124.json"
SCHEDULE = "raw/sim/schedule/2025-11-12/all.json"
OLD_ROSTER = "raw/sim/roster/2025-11-05/1610612738.json"
YOUNG_EVENTS = "raw/sim/odds_events/2025-11-12/all.json"
BAD_ROSTER = "raw/sim/roster/2025-11-12/1610612752.json"
ORPHAN_REPORT = "raw/sim/injury_report/2025-11-12/all.json"
OLD_ORPHAN = "raw/sim/player_props/2025-11-11/3f2b8d9c1e6a47f0b5d2c8e1a9f4b7d3.json"


def _audit(key: str, status: str, fetched_at: float) -> dict[str, object]:
    _, source, document, day, part = key.removesuffix(".json").split("/")
    return {
        "key": key,
        "source": source,
        "document": document,
        "data_date": date.fromisoformat(day),
        "part": part,
        "sha256": "0" * 64,
        "bytes": 1,
        "fetched_at": fetched_at,
        "status": status,
        "attempts": 0,
    }


def _setup(store: Store, tmp_path: Path, clock: ManualClock) -> Orchestrator:
    bucket = Bucket(tmp_path / "bucket")
    box = (FIXTURES / "boxscoretraditionalv3_0022500123.json").read_bytes()
    files = {
        BOX_1: (box, T - 45 * MIN),
        BOX_2: (box.replace(b'"0022500123"', b'"0022500124"'), T - 40 * MIN),
        SCHEDULE: ((FIXTURES / "scoreboardv2_2025-11-12.json").read_bytes(), T - 45 * MIN),
        OLD_ROSTER: (b"{}", T - 8 * 60 * MIN),
        YOUNG_EVENTS: (b"[]", T - 10 * MIN),
        BAD_ROSTER: (b"{}", T - 60 * MIN),
        ORPHAN_REPORT: ((FIXTURES / "injury_report_2025-11-12.json").read_bytes(), T - 120 * MIN),
        OLD_ORPHAN: (b"{}", T - 7 * 60 * MIN),
    }
    for key, (content, mtime) in files.items():
        bucket.put_bytes(key, content)
        os.utime(bucket.path(key), (mtime, mtime))
    orch = Orchestrator(
        store,
        parse_pipeline(PIPELINE, source="tests/nba/cleanup.yaml"),
        Registry(raw_blueprint),
        clock=clock,
        resources={"bucket": bucket},
        schemas=[tables.NBA_RAW_SCHEMA],
    )
    with store.transaction() as conn:
        conn.execute(
            sa.insert(tables.raw_documents),
            [
                _audit(BOX_1, "stored", T - 45 * MIN),  # due: stored, 45 minutes old
                _audit(BOX_2, "stored", T - 40 * MIN),  # due, same kind and date as BOX_1
                _audit(SCHEDULE, "processed", T - 45 * MIN),
                _audit(OLD_ROSTER, "stored", T - 8 * 60 * MIN),  # beyond the lookback
                _audit(YOUNG_EVENTS, "stored", T - 10 * MIN),  # too young
                _audit(BAD_ROSTER, "quarantined", T - 60 * MIN),
            ],
        )
    return orch


def _cleanup(orch: Orchestrator, store: Store, clock: ManualClock, name: str) -> int:
    """Run one cleanup job through the executor; the number of jobs it re-enqueued."""
    spec = JobSpec(
        key=f"test/{name}",
        pipeline="nba_raw_test",
        processor="cleanup_unprocessed",
        max_attempts=3,
        timeout_s=60,
        trigger_source="schedule",
        mode="overnight",
        params={"min_age_minutes": 30, "lookback_hours": 6},
        priority=-1,  # claimed before the raw jobs it may have left waiting
    )
    with store.transaction() as conn:
        queue.enqueue(store, conn, [spec], now=clock.now())
    [job] = queue.claim(store, worker_id="w", limit=1, now=clock.now(), lease_s=60)
    assert job.processor == "cleanup_unprocessed"
    report = orch.executor("w").run(job)
    assert report.status is JobStatus.SUCCEEDED
    return int(db.scalar(store, sa.select(jobs.c.records).where(jobs.c.id == job.id)))


def _raw_jobs(store: Store) -> list[tuple[str, str, date, dict[str, object]]]:
    found = db.rows(
        store,
        sa.select(jobs.c.key, jobs.c.processor, jobs.c.data_date, jobs.c.params)
        .where(jobs.c.processor != "cleanup_unprocessed")
        .order_by(jobs.c.key),
    )
    return [(r["key"], r["processor"], r["data_date"], r["params"]) for r in found]


def test_cleanup_reenqueues_unprocessed_documents_once(
    store: Store, tmp_path: Path, clock: ManualClock
) -> None:
    clock.set(T)
    orch = _setup(store, tmp_path, clock)
    minute = int(T // 60)
    # a writer killed between writing and renaming left its temporary file an hour ago
    leftover = tmp_path / "bucket" / f"{BOX_1}.tmp-0123456789ab"
    leftover.write_bytes(b"half")
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))

    assert _cleanup(orch, store, clock, "first") == 2
    assert not leftover.exists()
    expected = [
        (f"cleanup/boxscore/2025-11-12/sim/{minute}", "raw_boxscore", date(2025, 11, 12),
         {"source": "sim"}),
        (f"cleanup/injury_report/2025-11-12/sim/{minute}", "raw_injury_report",
         date(2025, 11, 12), {"source": "sim"}),
    ]  # fmt: skip
    assert _raw_jobs(store) == expected

    # Again in the same minute, and a minute later while those jobs still wait: no more.
    assert _cleanup(orch, store, clock, "second") == 0
    clock.advance(MIN)
    assert _cleanup(orch, store, clock, "third") == 0
    assert _raw_jobs(store) == expected

    # The re-enqueued jobs run and process their documents; nothing is left to clean up.
    claimed = queue.claim(store, worker_id="w", limit=5, now=clock.now(), lease_s=60)
    assert sorted(j.processor for j in claimed) == ["raw_boxscore", "raw_injury_report"]
    ex = orch.executor("w")
    assert [ex.run(j).status for j in claimed] == [JobStatus.SUCCEEDED] * 2
    audit = {r["key"]: r["status"] for r in db.rows(store, sa.select(tables.raw_documents))}
    assert (audit[BOX_1], audit[BOX_2], audit[ORPHAN_REPORT]) == ("processed",) * 3
    assert audit[OLD_ROSTER] == audit[YOUNG_EVENTS] == "stored"
    assert OLD_ORPHAN not in audit
    assert db.count(store, tables.raw_team_boxscores) == 4
    clock.advance(MIN)
    assert _cleanup(orch, store, clock, "fourth") == 0


def test_cleanup_looks_further_back_when_told(
    store: Store, tmp_path: Path, clock: ManualClock
) -> None:
    clock.set(T)
    orch = _setup(store, tmp_path, clock)
    spec = JobSpec(
        key="test/wide",
        pipeline="nba_raw_test",
        processor="cleanup_unprocessed",
        max_attempts=1,
        timeout_s=60,
        trigger_source="manual",
        params={"min_age_minutes": 5, "lookback_hours": 12, "source": "sim"},
    )
    with store.transaction() as conn:
        queue.enqueue(store, conn, [spec], now=clock.now())
    [job] = queue.claim(store, worker_id="w", limit=1, now=clock.now(), lease_s=60)
    assert orch.executor("w").run(job).status is JobStatus.SUCCEEDED
    assert [processor for _, processor, _, _ in _raw_jobs(store)] == [
        "raw_boxscore",
        "raw_injury_report",
        "raw_odds_events",  # 10 minutes old is old enough now
        "raw_player_props",  # the 7-hour-old orphan is within 12 hours
        "raw_roster",  # the 8-hour-old stored roster too
    ]


def _scrape_boxscores(store: Store, orch: Orchestrator, clock: ManualClock, name: str) -> JobStatus:
    """A box-score scraper job of the date, run once (no scraper code here: it dies)."""
    spec = JobSpec(
        key=f"test/scrape/{name}",
        pipeline="nba_raw_test",
        processor="scrape_boxscores",
        max_attempts=1,
        timeout_s=60,
        trigger_source="schedule",
        mode="overnight",
        data_date=date(2025, 11, 12),
        params={"source": "sim"},
        priority=-1,
    )
    with store.transaction() as conn:
        queue.enqueue(store, conn, [spec], now=clock.now())
    [job] = queue.claim(store, worker_id="w", limit=1, now=clock.now(), lease_s=60)
    report = orch.executor("w").run(job)
    assert report.status is not None
    return report.status


def test_cleanup_leaves_the_fragments_of_an_unfinished_scrape_to_its_run(
    store: Store, tmp_path: Path, clock: ManualClock
) -> None:
    # The box-score scraper of the date died part way (its upstream answering 500): the
    # two box scores it fetched are not orphans, and a loader now would die on the
    # incomplete set, once per cleanup tick.
    clock.set(T)
    orch = _setup(store, tmp_path, clock)
    assert _scrape_boxscores(store, orch, clock, "dead") is JobStatus.DEAD
    assert _cleanup(orch, store, clock, "first") == 1
    assert [p for _, p, _, _ in _raw_jobs(store)] == ["raw_injury_report", "scrape_boxscores"]
    # a later scrape of the date succeeded (a retry): its documents are due again
    with store.transaction() as conn:
        queue.enqueue(
            store,
            conn,
            [
                JobSpec(
                    key="test/scrape/retried",
                    pipeline="nba_raw_test",
                    processor="scrape_boxscores",
                    max_attempts=1,
                    timeout_s=60,
                    trigger_source="manual",
                    data_date=date(2025, 11, 12),
                    params={"source": "sim"},
                    priority=-1,  # claimed before the loader left waiting
                )
            ],
            now=clock.now(),
        )
    [job] = queue.claim(store, worker_id="w", limit=1, now=clock.now(), lease_s=60)
    assert job.processor == "scrape_boxscores"
    with store.transaction() as conn:
        queue.mark_succeeded(conn, job, now=clock.now(), records=0)
    clock.advance(MIN)
    assert _cleanup(orch, store, clock, "second") == 1
    assert "raw_boxscore" in [p for _, p, _, _ in _raw_jobs(store)]
