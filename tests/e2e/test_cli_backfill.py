"""`tipoff backfill` past a date whose box scores are late: exit 3, naming that date as
what the later dates wait for, instead of every date reading complete."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import yaml

from support.cli import run_tipoff, tipoff_env
from tipoff.nba import pipeline as nba
from tipoff.nba.sim import League

D1, D2, D3 = (d.isoformat() for d in League(season="2025-26", seed=7).game_dates()[:3])


def phases_1_to_4(tmp_path: Path) -> Path:
    """nba.yaml through the features (no model needed), retries milliseconds apart."""
    doc = yaml.safe_load(nba.PIPELINE_FILE.read_text())
    doc["defaults"]["processor"]["retry"] = {"base_s": 0.01, "cap_s": 0.05}
    doc["phases"] = [p for p in doc["phases"] if p["phase"] <= 4]
    doc.pop("schedules")
    doc.pop("slos", None)  # they name the phases and processors left out
    path = tmp_path / "nba-1-4.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def test_a_backfill_past_a_late_date_exits_3_naming_it(tmp_path: Path) -> None:
    faults = tmp_path / "faults.yaml"
    faults.write_text(yaml.safe_dump({D2: {"boxscore": [{"kind": "late", "times": 10_000}]}}))
    env = tipoff_env(
        f"sqlite:///{tmp_path / 'e2e.db'}",
        TIPOFF_PIPELINE=str(phases_1_to_4(tmp_path)),
        TIPOFF_SIM_FAULTS=str(faults),
        TIPOFF_BUCKET_URL=str(tmp_path / "bucket"),
    )

    result = run_tipoff(env, tmp_path, "backfill", "--start", D1, "--end", D3, "--source", "sim")

    assert result.returncode == 3, result.stderr
    days = [date.fromisoformat(D1) + timedelta(days=i) for i in range(4)]  # an off day too
    assert [d.isoformat() for d in days[::3]] == [D1, D3]
    assert "backfill: 1/4 dates complete" in result.stdout
    stuck = [line for line in result.stderr.splitlines() if line.startswith(("blocked:", "held:"))]
    waits = f"waits for earlier date {D2} (backfill): phase 2 (raw) not reached"
    # why D2 did not reach it is in the reason when the hold was last asked after D2's
    # phase 1 was blocked; a hold placed while D2 was still scraping says only the above
    cause = r"(: phase 1 is blocked: critical processor\(s\) dead: scrape_boxscores)?"
    assert stuck[0] == (
        f"blocked: {D2} (backfill) phase 1: critical processor(s) dead: scrape_boxscores"
    )
    assert len(stuck) == 3, stuck
    assert re.fullmatch(re.escape(f"held: {days[2]} (backfill) phase 2: {waits}") + cause, stuck[1])
    assert re.fullmatch(
        re.escape(f"held: {D3} (backfill) phase 2: {waits}")
        + cause
        + re.escape("; 1 more earlier date(s) not done"),
        stuck[2],
    )
    shown = run_tipoff(env, tmp_path, "status", D3, "--mode", "backfill", "--json")
    (run,) = json.loads(shown.stdout)["runs"]
    assert run["status"] == "running"
    raw = next(p for p in run["phases"] if p["phase"] == 2)
    assert raw["hold_reason"].startswith(f"waits for earlier date {D2} (backfill)")
    assert not next(p for p in run["phases"] if p["phase"] == 3)["started"]
