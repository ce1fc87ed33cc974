"""`tipoff repair DATE`: a same-day run blocked on a roster document that failed validation
(quarantined, raw_roster dead) is fixed by one command once the source serves it right:
the scraper fetches again under a fresh key, raw_roster runs on the new document, and
the date completes."""

from __future__ import annotations

from pathlib import Path

import yaml

from support.cli import run_tipoff, tipoff_env
from tipoff.nba import pipeline as nba
from tipoff.nba.sim import League

D = League(season="2025-26", seed=7).game_dates()[3].isoformat()


def phases_1_and_2(tmp_path: Path) -> Path:
    """nba.yaml's scrape and raw phases, retries milliseconds apart."""
    doc = yaml.safe_load(nba.PIPELINE_FILE.read_text())
    doc["defaults"]["processor"]["retry"] = {"base_s": 0.01, "cap_s": 0.05}
    doc["phases"] = [p for p in doc["phases"] if p["phase"] <= 2]
    doc.pop("schedules")
    doc.pop("outcome")
    doc.pop("slos", None)  # they name the phases and processors left out
    path = tmp_path / "nba-1-2.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def test_repair_re_fetches_the_quarantined_roster_and_completes_the_date(
    tmp_path: Path,
) -> None:
    faults = tmp_path / "faults.yaml"
    drift = {"kind": "schema_drift", "rename": {"PLAYER_ID": "PLAYERID"}}
    faults.write_text(yaml.safe_dump({D: {"roster": [drift]}}))
    base = {
        "TIPOFF_PIPELINE": str(phases_1_and_2(tmp_path)),
        "TIPOFF_BUCKET_URL": str(tmp_path / "bucket"),
    }
    url = f"sqlite:///{tmp_path / 'e2e.db'}"
    broken = tipoff_env(url, **base, TIPOFF_SIM_FAULTS=str(faults))
    ran = run_tipoff(broken, tmp_path, "run", "--date", D, "--source", "sim")
    assert ran.returncode == 3, ran.stderr
    assert "critical processor(s) dead: raw_roster" in ran.stderr

    fixed = tipoff_env(url, **base)  # the source serves the roster right again
    repaired = run_tipoff(fixed, tmp_path, "repair", D, "--mode", "same_day")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    lines = repaired.stdout.splitlines()
    [retried] = [line for line in lines if line.startswith("retried: ")]
    assert "(raw_roster for " in retried and "its input comes from scrape_rosters" in retried
    assert "re-running scrape_rosters under a fresh key" in retried
    assert f"repair: {D} (same_day) complete" in lines
    assert "BLOCKED" not in repaired.stdout

    shown = run_tipoff(fixed, tmp_path, "status", D, "--mode", "same_day")
    assert f"Run nba {D} (same_day): COMPLETE" in shown.stdout
    assert "raw_roster: COMPLETE" in shown.stdout


def test_repair_without_tipoff_tables_has_nothing_to_repair_and_creates_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "none.db"
    result = run_tipoff(tipoff_env(f"sqlite:///{db}"), tmp_path, "repair", "2025-01-06")
    assert result.returncode == 1, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line == (
        "No run of pipeline 'example' for 2025-01-06: nothing to repair "
        "(start one with `tipoff run`)."
    )
    assert not db.exists()
