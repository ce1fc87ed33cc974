"""TIPOFF_SOURCE=live reaches every run, however it was started.

A run started by the scheduler, re-driven by self-heal, or opened by a manual trigger used
to carry ``params={}``, and the scrapers fell back to the simulator. Here the settings say
``live``; the live source runs over the real client stack with a transport beneath it that
serves recorded documents and notes every address asked, and the sources the processors
ask for are counted (a ``sim`` source must never be built).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import sqlalchemy as sa

from support.pipelines import drain
from support.recordings import RecordedTransport
from support.web import serving
from tipoff import pipelines
from tipoff.engine import manual
from tipoff.engine.clock import ManualClock
from tipoff.engine.heal import heal
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.scheduler import Scheduler
from tipoff.engine.schema import jobs, runs
from tipoff.engine.status import date_status, render_text, to_json
from tipoff.engine.store import Store
from tipoff.errors import ConfigError
from tipoff.nba import pipeline as nba
from tipoff.nba.game_status import ET
from tipoff.nba.raw_tables import raw_documents
from tipoff.nba.settings import nba_settings
from tipoff.nba.sources.base import Source
from tipoff.nba.sources.factory import source_builder
from tipoff.settings import load_settings
from tipoff.web.app import create_app

DAY = date(2025, 11, 5)  # a date whose scoreboardv3 answer is recorded (11 games)
LIVE_HOSTS = {"stats.nba.com", "api.the-odds-api.com", "ak-static.cms.nba.com"}
ODDS_KEY = "recorded-odds-key-1"
TOKEN = "a-token-of-sixteen-or-more"


def noop(_seconds: float) -> None:
    """No pacing: the recordings answer at once."""


@dataclass
class LiveWorld:
    orch: Orchestrator
    clock: ManualClock
    transport: RecordedTransport
    built: list[str]


@pytest.fixture
def world(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveWorld]:
    monkeypatch.setenv("TIPOFF_SOURCE", "live")
    monkeypatch.setenv("TIPOFF_ODDS_API_KEY", ODDS_KEY)
    settings = load_settings(bucket_url=str(tmp_path / "bucket"))
    clock = ManualClock(datetime(2025, 11, 5, 8, 59, 30, tzinfo=ET))
    loaded = pipelines.load("nba")
    transport = RecordedTransport()
    built: list[str] = []

    live = source_builder(
        nba_settings(settings), store=store, clock=clock, transport=transport, sleep=noop
    )

    def build(name: str) -> Source:
        built.append(name)
        return live(name)

    resources = loaded.resources(settings, store, clock)  # the settings' run defaults
    resources["sources"] = nba.Sources(build)
    orch = Orchestrator(
        store,
        loaded.definition,
        loaded.registry,
        clock=clock,
        resources=resources,
        schemas=loaded.schemas,
    )
    yield LiveWorld(orch, clock, transport, built)
    resources["sources"].close()


def _run_row(store: Store, mode: str = "same_day") -> sa.Row[tuple[object, ...]]:
    with store.read() as conn:
        return conn.execute(
            sa.select(runs).where(runs.c.data_date == DAY, runs.c.mode == mode)
        ).one()


def _stored_keys(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(conn.execute(sa.select(raw_documents.c.key)).scalars())


def _assert_live(w: LiveWorld) -> None:
    assert w.built == ["live"], f"sources built: {w.built}"
    assert w.transport.asked, "no address was asked"
    assert w.transport.hosts() <= LIVE_HOSTS, w.transport.hosts()
    schedule = [u for u in w.transport.asked if urlsplit(u).path == "/stats/scoreboardv3"]
    assert schedule, w.transport.asked
    assert dict(parse_qsl(urlsplit(schedule[0]).query))["GameDate"] == "2025-11-05"
    keys = _stored_keys(w.orch.store)
    assert keys and all(k.startswith("raw/live/") for k in keys), keys


def test_a_run_the_scheduler_starts_scrapes_the_live_source(
    world: LiveWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    sched = Scheduler(w.orch.store, w.orch.pipelines, clock=w.clock, holder="s")
    # Leadership is not the subject here, and on PostgreSQL it is one advisory lock per
    # server, which any other scheduler on that server may hold: this one leads.
    monkeypatch.setattr(sched, "acquire", lambda: True)
    try:
        sched.tick()  # first sight: baselines
        w.clock.set(datetime(2025, 11, 5, 9, 0, 30, tzinfo=ET))
        fired = {f.schedule: f.outcome for f in sched.tick()}
    finally:
        sched.release()
    assert fired["same-day-morning"].startswith("run 2025-11-05 same_day")

    run = _run_row(w.orch.store)
    assert run.trigger_source == "schedule"
    assert run.params["source"] == "live"
    assert run.param_origins["source"] == "TIPOFF_SOURCE"
    assert run.params["as_of"] == "2025-11-05T12:00:00-05:00"
    drain(w.orch, w.clock)
    _assert_live(w)

    text = render_text(date_status(w.orch.store, w.orch.pipeline(), DAY, mode="same_day"))
    assert "source=live (TIPOFF_SOURCE)" in text
    [report] = to_json(date_status(w.orch.store, w.orch.pipeline(), DAY))["runs"]
    assert (report["params"]["source"], report["param_origins"]["source"]) == (
        "live",
        "TIPOFF_SOURCE",
    )


def test_a_manual_trigger_opens_a_run_on_the_live_source(world: LiveWorld) -> None:
    w = world
    done = manual.trigger_phase(
        w.orch.store, w.orch.pipeline(), DAY, "same_day", 1, now=w.clock.now()
    )
    assert done.phase == 1
    run = _run_row(w.orch.store)
    assert (run.trigger_source, run.params["source"]) == ("manual", "live")
    drain(w.orch, w.clock)
    _assert_live(w)


def test_self_heal_re_drives_a_scraper_on_the_run_s_live_source(world: LiveWorld) -> None:
    w = world
    # The schedule is down: its scraper fails every attempt and is dead-lettered.
    w.transport.down = {"/stats/scoreboardv3"}
    w.orch.start_run(DAY, "same_day", trigger_source="schedule")
    drain(w.orch, w.clock, advance_s=600)
    with w.orch.store.read() as conn:
        dead = (
            conn.execute(sa.select(jobs.c.processor).where(jobs.c.status == "dead")).scalars().all()
        )
    assert "scrape_schedule" in dead
    asked_before = len(w.transport.asked)

    w.transport.down = set()
    report = heal(w.orch.store, w.orch.pipelines, clock=w.clock, dates=[DAY])
    assert any("scrape_schedule" in r for r in report.requeued), report
    drain(w.orch, w.clock)
    with w.orch.store.read() as conn:
        healed = conn.execute(
            sa.select(jobs.c.params, jobs.c.status).where(
                jobs.c.processor == "scrape_schedule", jobs.c.trigger_source == "self_heal"
            )
        ).one()
    assert healed.params["source"] == "live"
    assert healed.status == "succeeded"
    after = w.transport.asked[asked_before:]
    assert any(urlsplit(u).path == "/stats/scoreboardv3" for u in after), after
    _assert_live(w)


def test_an_explicit_source_beats_the_settings_and_is_shown_as_the_run_s(
    world: LiveWorld,
) -> None:
    w = world
    w.orch.start_run(DAY, "backfill", params={"source": "replay", "prediction_mode": "fallback"})
    run = _run_row(w.orch.store, "backfill")
    assert run.params == {"source": "replay", "prediction_mode": "fallback"}
    assert run.param_origins == {"source": "run", "prediction_mode": "run"}


def test_a_run_opened_over_http_takes_the_settings_source_and_the_api_shows_it(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIPOFF_SOURCE", "live")
    settings = load_settings(
        database_url=db_url, bucket_url=str(tmp_path / "bucket"), api_token=TOKEN, pipeline="nba"
    )
    loaded = pipelines.load("nba")
    upgraded = Store(db_url)
    upgraded.ensure_schema(*loaded.schemas)  # tipoff db upgrade
    upgraded.dispose()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with (
        serving(create_app(settings)) as base,
        httpx.Client(base_url=base, timeout=10) as http,
    ):
        done = http.post("/api/trigger", json={"phase": 1, "date": DAY.isoformat()}, headers=auth)
        assert done.status_code == 202, done.text
        [run] = http.get(f"/api/status/{DAY.isoformat()}").json()["runs"]
    assert run["params"]["source"] == "live"
    assert run["param_origins"]["source"] == "TIPOFF_SOURCE"


def test_the_prediction_mode_setting_reaches_a_run_that_does_not_say(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIPOFF_PREDICTION_MODE", "fallback")
    monkeypatch.delenv("TIPOFF_SOURCE", raising=False)
    loaded = pipelines.load("nba")
    orch = Orchestrator(
        store,
        loaded.definition,
        loaded.registry,
        clock=ManualClock(datetime(2025, 11, 5, 9, 0, tzinfo=ET)),
        resources=loaded.run_resources(load_settings()),
        schemas=loaded.schemas,
    )
    orch.start_run(DAY, "backfill")
    orch.start_run(DAY, "same_day", params={"prediction_mode": "strict"})
    backfill, same_day = _run_row(store, "backfill"), _run_row(store, "same_day")
    assert backfill.params == {"source": "sim", "prediction_mode": "fallback"}
    assert backfill.param_origins == {
        "source": "TIPOFF_SOURCE",
        "prediction_mode": "TIPOFF_PREDICTION_MODE",
    }
    assert (same_day.params["prediction_mode"], same_day.param_origins["prediction_mode"]) == (
        "strict",
        "run",
    )


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({"prediction_mode": "weird"}, "params.prediction_mode"),
        ({"source": "bogus"}, "unknown source 'bogus'"),
        ({"min_ev": "2"}, "params.min_ev"),
    ],
)
def test_a_run_whose_own_params_are_wrong_is_refused_before_it_exists(
    world: LiveWorld, params: dict[str, str], problem: str
) -> None:
    """A bad phase-5 setting used to be accepted, run four phases, and dead-letter there."""
    with pytest.raises(ConfigError, match=re.escape(problem)):
        world.orch.start_run(DAY, "same_day", params=params)
    with world.orch.store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(runs)).scalar_one() == 0
        assert conn.execute(sa.select(sa.func.count()).select_from(jobs)).scalar_one() == 0
