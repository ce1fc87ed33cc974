"""Fixtures of the end-to-end tests shared by several modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.sim_days import SimDays, sim_days


@pytest.fixture(scope="session")
def simulated_days(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimDays]:
    """Three backfilled NBA dates and a stuck same-day run on the simulator (SQLite)."""
    days = sim_days(tmp_path_factory.mktemp("sim-days"))
    try:
        yield days
    finally:
        days.orch.store.dispose()
