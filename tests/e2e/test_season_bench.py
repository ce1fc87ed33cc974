"""The season benchmark's two sides do the same work: what ``orchestration_share`` compares.

``bench/season.py`` runs each date through the engine and again with the processors called
directly. The direct side must ask the upstream for what the engine's run asks, no more:
a run's scrapers share the documents fetched under its correlation id (the date's
schedule once, not once per scraper), so the direct side's date needs one too.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import season
from tipoff.engine.orchestrator import Orchestrator
from tipoff.nba.demo import DEMO_PARAMS
from tipoff.nba.documents import FetchRequest, RawDocument
from tipoff.nba.sim import League


class Counted:
    """A source that counts the documents asked of it, by kind."""

    def __init__(self, source: Any, asked: Counter[str]) -> None:
        self.source, self.asked = source, asked

    def fetch(self, request: FetchRequest) -> RawDocument:
        self.asked[request.document.value] += 1
        return self.source.fetch(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.source, name)


def counting(orch: Orchestrator) -> Counter[str]:
    """The documents ``orch``'s processors will ask the upstream for."""
    asked: Counter[str] = Counter()
    sources = orch.resources["sources"]
    build = sources.build
    sources.build = lambda name: Counted(build(name), asked)
    return asked


def test_the_direct_side_asks_the_upstream_what_the_engines_run_asks(tmp_path: Path) -> None:
    day = League(season.SEASON, season.SEED).game_dates()[1]
    direct = season.Direct(season.build(f"sqlite:///{tmp_path}/direct.db", f"{tmp_path}/d"))
    engine = season.build(f"sqlite:///{tmp_path}/engine.db", f"{tmp_path}/e")
    direct_asked, engine_asked = counting(direct.orch), counting(engine)
    try:
        direct.run(day)
        [state] = engine.run_dates([day], season.MODE, params=dict(DEMO_PARAMS), concurrency=2)
        assert state.status.value in season.FINISHED_RUN, state
        assert engine_asked["schedule"] == 1, engine_asked
        assert direct_asked == engine_asked
    finally:
        for orch in (engine, direct.orch):
            orch.resources["sources"].close()
            orch.store.dispose()


def test_worker_processes_run_the_engines_side() -> None:
    """``--workers``: the engine's jobs run in worker processes, this process only opens
    each date's run and waits for it; the dates finish and do the direct side's calls."""
    out = season.run("sqlite", 2, 1, workers=1)
    assert out["workers"] == 1
    assert out["jobs"] == out["direct_calls"] > 0
    assert out["cpu_s"]["engine_workers"] > 0
    # the jobs' CPU was spent in the worker process, not here
    assert out["cpu_s"]["engine_workers"] > out["cpu_s"]["engine"] - out["cpu_s"]["engine_workers"]
    assert len(out["peak_rss_mb"]["workers"]) == 1
