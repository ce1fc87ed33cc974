"""The dashboard in a real headless Chromium: what its JavaScript renders from the API.

Chromium loads the page from a real uvicorn server, runs its script (virtual time lets the
fetches finish) and dumps the resulting DOM. The page as served holds none of the values
asserted here: each was put there by the script from ``/api/...`` answers.

Chromium is Debian's ``chromium``; without it the test is skipped, unless
``TIPOFF_REQUIRE_CHROMIUM=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from support.scenes import BREAKER, troubled_day
from support.web import serving
from tipoff.engine.store import Store
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
