"""A few simulated NBA days for the dashboard: backfilled dates and a stuck same-day run.

The first game dates of the simulated season are backfilled one after another (scrape,
load, analyse, predict, export, grade), so the later ones have predictions and graded
results; then the next game date's same-day run starts with its roster feed answering 500
every time: the critical roster scraper is dead-lettered and the run is blocked in its
first phase. The second date's schedule fails once (a retry). Cheaper than the simulated
week, and it has what the week lacks this early in the season: predictions (fallback
mode, from a single earlier game) and grades.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tipoff.engine.clock import SystemClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba.sim import League
from tipoff.nba.sim_deployment import sim_orchestrator
from tipoff.nba.sources.faults import FaultInjector

SEASON, SEED = "2025-26", 7
PARAMS = {"source": "sim", "prediction_mode": "fallback", "min_games": 1}
STUCK_PROCESSOR = "scrape_rosters"


@dataclass(frozen=True)
class SimDays:
    orch: Orchestrator
    backfilled: list[date]
    stuck: date  # its same-day run is blocked: the roster scraper is dead


def sim_days(folder: Path, *, backfill: int = 3, url: str | None = None) -> SimDays:
    game_dates = League(SEASON, SEED).game_dates()
    days, stuck = game_dates[:backfill], game_dates[backfill]
    faults = FaultInjector(
        {
            # the second date's schedule fails its first fetch's four tries: one retry
            days[1].isoformat(): {"schedule": [{"kind": "http_500", "times": 4}]},
            stuck.isoformat(): {"roster": [{"kind": "http_500"}]},
        }
    )
    text = nba.PIPELINE_FILE.read_text().replace(
        "base_s: 5, cap_s: 300", "base_s: 0.01, cap_s: 0.05"
    )
    # one attempt: dead-lettered at once, with no minute-long wait for the next trial of
    # the circuit breaker its failures open
    text = text.replace(
        f"- name: {STUCK_PROCESSOR}\n", f"- name: {STUCK_PROCESSOR}\n        max_attempts: 1\n"
    )
    orch = sim_orchestrator(
        Store(url or f"sqlite:///{folder / 'days.db'}"),
        SystemClock(),
        folder / "bucket",
        faults=faults,
        season=SEASON,
        seed=SEED,
        definition=parse_pipeline(text, source="nba.yaml"),
    )
    for day in days:
        orch.run_dates([day], "backfill", concurrency=2, timeout_s=300, params=PARAMS)
    orch.run_dates([stuck], "same_day", concurrency=2, timeout_s=300, params=PARAMS)
    return SimDays(orch, days, stuck)
