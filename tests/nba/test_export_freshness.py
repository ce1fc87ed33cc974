"""The age of the latest.json files a website polls: a metric, and an alert once a file was
not rewritten by its daily schedule's run (plus two hours' grace), resolved when it is."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from support.inbox import Inbox
from support.web import serving
from tipoff.bucket import Bucket
from tipoff.engine import metrics
from tipoff.engine.alerts import AlertBook
from tipoff.engine.clock import ManualClock
from tipoff.engine.monitor import Monitor
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.store import Store
from tipoff.pipelines import load
from tipoff.web.app import create_app

ET = ZoneInfo("America/New_York")
RESULTS = "v1/results/latest.json"
KEY = f"stale:nba:{RESULTS}"


def write(bucket: Bucket, key: str, at: datetime) -> None:
    bucket.put_bytes(key, json.dumps({"generated_at": at.isoformat()}).encode())


def test_a_latest_file_older_than_its_schedule_allows_alerts_until_rewritten(
    sqlite_store: Store, tmp_path: Path
) -> None:
    written = datetime(2025, 11, 12, 5, 10, tzinfo=ET)  # by the 05:00 results export
    clock = ManualClock(written)
    bucket = Bucket(tmp_path / "bucket")
    loaded = load("nba")
    orch = Orchestrator(
        sqlite_store,
        loaded.definition,
        loaded.registry,
        clock=clock,
        schemas=loaded.schemas,
        resources={"bucket": bucket},
    )
    inbox = Inbox()
    monitor = Monitor(sqlite_store, orch.pipelines, AlertBook(sqlite_store, [inbox], clock=clock),
                      clock=clock)  # fmt: skip
    write(bucket, RESULTS, written)
    write(bucket, "v1/tonight/all-players.json", written + timedelta(hours=8))  # 13:10

    def exposed() -> dict[str, float]:
        text = metrics.render(sqlite_store, clock.now(), orch.pipelines).decode()
        found = {}
        for line in text.splitlines():
            if line.startswith("tipoff_output_"):
                output = line.split('output="')[1].split('"')[0]
                found[f"{line.split('{')[0]}:{output}"] = float(line.split()[-1])
        return found

    clock.set(written + timedelta(hours=25))  # the next morning's export is due, not late
    monitor.check()
    assert KEY not in [k for _, k in inbox.kinds()]
    shown = exposed()
    assert shown[f"tipoff_output_age_seconds:{RESULTS}"] == 25 * 3600
    # since the last 05:00 run whose 2 h of grace are over: yesterday's
    assert shown[f"tipoff_output_max_age_seconds:{RESULTS}"] == 25 * 3600 + 600
    assert "tipoff_output_age_seconds:v1/performance/latest.json" not in shown  # never written
    bucket.put_bytes("v1/performance/latest.json", b"not an export")  # unreadable: no age
    assert "tipoff_output_age_seconds:v1/performance/latest.json" not in exposed()
    bucket.delete("v1/performance/latest.json")
    clock.set(written + timedelta(hours=26, minutes=30))  # 07:40: the 05:00 export missed it
    monitor.check()
    assert ("opened", KEY) in inbox.kinds()
    [alert] = [e.alert for e in inbox.events if e.alert.key == KEY]
    assert alert.message == (
        f"nba {RESULTS} is 26.5 h old, not rewritten since results-export ran at Thu 05:00 "
        "EST (due by 07:00): its producer did not run or did not write it"
    )
    # the tonight slate is written by 13:00: at 07:40 the day before's is still in time
    assert "stale:nba:v1/tonight/all-players.json" not in [k for _, k in inbox.kinds()]
    monitor.check()
    assert inbox.kinds().count(("opened", KEY)) == 1  # once while it lasts
    write(bucket, RESULTS, datetime.fromtimestamp(clock.now(), UTC))
    monitor.check()
    assert ("resolved", KEY) in inbox.kinds()
    assert exposed()[f"tipoff_output_age_seconds:{RESULTS}"] == 0
    # `tipoff serve` exposes the same ages on its /metrics
    with serving(create_app(orch)) as base:
        served = httpx.get(f"{base}/metrics", timeout=10).text
    assert f'tipoff_output_age_seconds{{output="{RESULTS}",pipeline="nba"}}' in served
