"""The dashboard in a real headless Chromium: what its JavaScript renders from the API.

Chromium loads the page from a real uvicorn server, runs its script (virtual time lets the
fetches finish) and dumps the resulting DOM. The page as served holds none of the values
asserted here: each was put there by the script from ``/api/...`` answers. Chromium logs
the page's console to stderr: any message there (a script error, a failed fetch) fails
the test, and the page counts its own script errors in ``data-js-errors``.

On the simulated NBA days the page opens on the latest run (a same-day run stuck on its
dead roster scraper), shows the grid of dates x phases, the run's timeline with its
critical path, a backfilled date's predictions (sortable) and performance, and a job's
attempts (its traceback withheld: the page asks without the API token).

Chromium is Debian's ``chromium``; without it the test is skipped, unless
``TIPOFF_REQUIRE_CHROMIUM=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from support.scenes import BREAKER, troubled_day
from support.sim_days import STUCK_PROCESSOR, SimDays
from support.web import serving
from tipoff.engine.schema import jobs
from tipoff.engine.store import Store
from tipoff.nba.ops import views
from tipoff.nba.predict.tables import player_prop_predictions
from tipoff.web import create_app

CHROMIUM_TIMEOUT_S = 90


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        reason = "chromium is not on PATH (apt-get install chromium)"
        if os.environ.get("TIPOFF_REQUIRE_CHROMIUM") == "1":
            pytest.fail(f"TIPOFF_REQUIRE_CHROMIUM=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return found


def dump_dom(chromium: str, url: str, profile: Path) -> str:
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--enable-logging=stderr",  # the page's console goes to stderr
            "--v=0",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=10000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=CHROMIUM_TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    assert not console, console
    assert 'data-js-errors="0"' in result.stdout, re.findall(r'id="js-errors"[^<]*<', result.stdout)
    return result.stdout


def test_the_dashboard_renders_the_state_of_today(
    store: Store, chromium: str, tmp_path: Path
) -> None:
    scene = troubled_day(store)
    with serving(create_app(scene.orch)) as base:
        served = httpx.get(base + "/", timeout=10).text
        dom = dump_dom(chromium, base + "/", tmp_path / "profile")

    # Served, the page only has placeholders; these come from the script.
    assert 'data-state="TRIGGERED"' not in served
    assert 'data-loaded="1"' in dom, dom[-3000:]
    assert 'class="error"' not in dom, re.findall(r'<p class="error">[^<]*', dom)
    phases = re.findall(r'data-mode="same_day" data-phase="(\d)" data-state="([A-Z ]+)"', dom)
    assert phases == [("1", "TRIGGERED"), ("2", "TRIGGERED")]
    assert 'id="run-status-same_day">COMPLETE<' in dom
    assert 'id="dead-letter-count">1<' in dom
    assert 'data-processor="b" data-processor-state="FAILED"' in dom
    assert f'data-breaker="{BREAKER}" data-breaker-state="open"' in dom
    assert 'data-check="dead letters" data-ok="1"' in dom  # b is optional: a warning
    assert 'data-needs-person="1"' in dom
    assert 'id="queue-runnable">0<' in dom
    assert 'id="alert-count">0<' in dom
    retried = re.findall(r'<table id="retries">.*?</table>', dom, re.S)
    assert retried and 'data-processor="flaky"' in retried[0]


def test_the_dashboard_shows_another_date_and_says_when_it_has_no_run(
    store: Store, chromium: str, tmp_path: Path
) -> None:
    scene = troubled_day(store)
    with serving(create_app(scene.orch)) as base:
        dom = dump_dom(chromium, base + "/?date=2025-12-01", tmp_path / "profile")
    assert 'data-loaded="1"' in dom
    assert "No run of t for 2025-12-01." in dom
    assert 'id="dead-letter-count">1<' in dom  # the queue is not per date


# -- the simulated NBA days -----------------------------------------------------------------


def row_of(dom: str, day: object, mode: str) -> str:
    found = re.search(rf'<tr data-date="{day}" data-mode="{mode}"[^>]*>.*?</tr>', dom, re.S)
    assert found, f"no grid row for {day} {mode}"
    return found.group(0)


def test_the_dashboard_opens_on_the_latest_run_and_shows_what_is_stuck(
    simulated_days: SimDays, chromium: str, tmp_path: Path
) -> None:
    d = simulated_days
    with serving(create_app(d.orch)) as base:
        dom = dump_dom(chromium, base + "/", tmp_path / "profile")
    assert 'data-loaded="1"' in dom
    assert '<p class="error">' not in dom, re.findall(r'<p class="error">[^<]*', dom)
    assert f'id="shown-date">{d.stuck}<' in dom  # the latest run, not today

    # the grid: the stuck date is blocked in its first phase, naming the dead processor
    stuck = row_of(dom, d.stuck, "same_day")
    assert 'data-run-status="blocked"' in stuck
    cells = re.findall(r'data-phase="(\d)" data-cell-state="(\w+)" title="([^"]*)"', stuck)
    assert [(p, s) for p, s, _ in cells] == [("1", "blocked")] + [
        (str(n), "waiting") for n in range(2, 7)
    ]
    assert STUCK_PROCESSOR in cells[0][2]
    assert f'href="/?date={d.stuck}"' in stuck
    for day in d.backfilled:
        row = row_of(dom, day, "backfill")
        assert re.findall(r'data-cell-state="(\w+)"', row) == ["done"] * 6
    assert "no run" in dom  # the days between game dates
    # opening night predicted nobody: its row says so
    degraded = row_of(dom, d.backfilled[0], "backfill")
    assert 'data-run-status="complete_degraded"' in degraded
    assert re.search(r"0 of \d+ players predicted", degraded), degraded

    # the date's phases and timeline name the dead processor
    assert f'data-processor="{STUCK_PROCESSOR}" data-processor-state="FAILED"' in dom
    assert re.search(rf'data-bar-status="dead" data-processor="{STUCK_PROCESSOR}"', dom)
    assert 'id="dead-letter-count">1<' in dom
    assert 'data-breaker="http:stats.nba.com" data-breaker-state="open"' in dom
    assert re.findall(r'data-slo="([\w-]+)"', dom) == [
        "predictions-ready",
        "transitions-on-time",
        "exports-fresh",
    ]


def test_a_backfilled_date_shows_its_timeline_predictions_and_performance(
    simulated_days: SimDays, chromium: str, tmp_path: Path
) -> None:
    d = simulated_days
    day = d.backfilled[1]  # its schedule failed once: a retry
    with d.orch.store.read() as conn:
        predicted = conn.execute(
            sa.select(sa.func.count(sa.distinct(player_prop_predictions.c.player_id))).where(
                player_prop_predictions.c.game_date == day
            )
        ).scalar_one()
    # the last 30 days to the date, as the page asks
    mae = views.performance(d.orch.store, day - timedelta(days=29), day)["summary"]["mae"]
    assert predicted > 0 and mae is not None
    with serving(create_app(d.orch)) as base:
        dom = dump_dom(chromium, f"{base}/?date={day}#sort=player:asc", tmp_path / "profile")
    assert '<p class="error">' not in dom, re.findall(r'<p class="error">[^<]*', dom)

    # the timeline: the retried attempt, and a critical path through every phase
    assert re.search(r'data-bar-status="failed" data-processor="scrape_schedule"', dom)
    assert len(re.findall(r'data-critical="1"', dom)) >= 6
    path = re.search(r'<p class="critical-path" data-mode="backfill">(.*?)</p>', dom, re.S)
    assert path and "predict_coordinator" in path.group(1) and "predict_game x" in path.group(1)

    # the predictions: every predicted player once, sorted by name as the link asked
    table = re.search(r'<table id="predictions-table">.*?</table>', dom, re.S)
    assert table
    players = re.findall(r'<tr data-player="\d+" data-pick="\w+"><td>([^<]*)</td>', table.group(0))
    assert len(players) == predicted
    assert players == sorted(players, key=str.lower)
    assert 'data-sort="player" data-dir="asc"' in table.group(0)
    for heading in ("team", "opp", "tip-off", "line", "price", "P(over)", "pick", "EV", "quality"):
        assert f">{heading}</th>" in table.group(0)

    # performance: the reliability diagram and the MAE of the last 30 days
    assert 'id="reliability-chart"' in dom
    assert f'id="performance-mae">{mae:.2f}<' in dom


def test_a_job_link_shows_its_attempts_and_withholds_its_traceback(
    simulated_days: SimDays, chromium: str, tmp_path: Path
) -> None:
    d = simulated_days
    with d.orch.store.read() as conn:
        [dead] = conn.execute(sa.select(jobs.c.id).where(jobs.c.status == "dead")).scalars()
    with serving(create_app(d.orch)) as base:
        dom = dump_dom(chromium, f"{base}/?date={d.stuck}&job={dead}", tmp_path / "profile")
    assert 'data-ready="1"' in dom
    section = re.search(r'<section class="wide" id="job">.*?</section>', dom, re.S)
    assert section, dom[-2000:]
    assert 'data-job-status="dead"' in section.group(0)
    assert re.search(r'<tr data-attempt="1" data-status="dead">', section.group(0))
    assert re.search(r'<tr data-attempt="1" data-status="dead">.*ScrapeFailed', section.group(0))
    # the page reads without the token: the error's first line, no traceback
    assert 'id="job-traceback"' not in section.group(0) and "Traceback" not in section.group(0)
    assert f"shown with the API token only: tipoff dlq show {dead}" in section.group(0)
    assert f"tipoff dlq retry {dead}" in section.group(0)
