"""Phases 1-4 under the engine on the simulator: backfill, then a game day, then its night.

The season's first three game dates are backfilled one after the other (each date's
features need the earlier dates' box scores), then the fourth is run as a game day
(same_day: rosters, injuries and lines, no box scores) and as its night (overnight: box
scores and game summaries; phase 4 has nothing to do and passes straight on).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from test_scrape_pipeline import orchestrator

from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.schema import jobs
from tipoff.engine.states import RunStatus
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics import tables as t
from tipoff.nba.sim import League

DATED = {
    t.player_game_summary: "game_date",
    t.team_offense_game_summary: "game_date",
    t.team_defense_game_summary: "game_date",
    t.upcoming_player_game_context: "game_date",
    t.upcoming_team_game_context: "game_date",
    t.team_defense_zone_analysis: "analysis_date",
    t.player_shot_zone_analysis: "analysis_date",
    t.player_composite_factors: "game_date",
    t.player_daily_cache: "cache_date",
    t.ml_feature_store: "game_date",
}


def phases_1_to_4() -> PipelineDef:
    """The NBA pipeline through phase 4, retries seconds apart instead of minutes."""
    text = nba.PIPELINE_FILE.read_text().replace(
        "base_s: 5, cap_s: 300", "base_s: 0.01, cap_s: 0.05"
    )
    full = parse_pipeline(text, source="nba.yaml")
    return dataclasses.replace(full, phases=tuple(p for p in full.phases if p.phase <= 4))


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'nba.db'}")
    yield s
    s.dispose()


def _count(store: Store, table: sa.Table, day: date) -> int:
    column = DATED.get(table, "game_date")
    with store.read() as conn:
        stmt = sa.select(sa.func.count()).select_from(table).where(table.c[column] == day)
        return int(conn.execute(stmt).scalar_one())


def _store_rows(store: Store, day: date) -> list[dict[str, Any]]:
    with store.read() as conn:
        stmt = sa.select(t.ml_feature_store).where(t.ml_feature_store.c.game_date == day)
        return [dict(r._mapping) for r in conn.execute(stmt.order_by("player_id"))]


def test_phases_1_to_4_fill_every_table_over_consecutive_dates(
    sqlite_store: Store, tmp_path: Path, league: League
) -> None:
    store = sqlite_store
    orch = orchestrator(store, tmp_path, pipeline=phases_1_to_4())
    first, second, third, fourth = league.game_dates()[:4]
    for day in (first, second, third):
        (state,) = orch.run_dates(
            [day], "backfill", concurrency=4, timeout_s=120, params={"source": "sim"}
        )
        assert state.status is RunStatus.COMPLETE, (day, state.blocked)
        for table in DATED:
            assert _count(store, table, day) > 0, (table.name, day)
        players = _count(store, raw.raw_player_boxscores, day)
        assert _count(store, t.player_game_summary, day) == players
        context = _count(store, t.upcoming_player_game_context, day)
        assert _count(store, t.ml_feature_store, day) == context
        assert _count(store, t.player_daily_cache, day) == context

    # total_games_available grows, and counts exactly the games each player played
    # before the date (nobody has one before the opener)
    means = []
    for day in (first, second, third):
        rows = _store_rows(store, day)
        with store.read() as conn:
            b = raw.raw_player_boxscores.c
            played: dict[int, int] = dict(
                conn.execute(
                    sa.select(b.player_id, sa.func.count())
                    .where(b.game_date < day, b.played.is_(True))
                    .group_by(b.player_id)
                ).all()
            )
        assert [r["total_games_available"] for r in rows] == [
            played.get(r["player_id"], 0) for r in rows
        ]
        means.append(sum(r["total_games_available"] for r in rows) / len(rows))
    assert means[0] == 0 < means[1] < means[2]
    with store.read() as conn:
        modes = set(
            conn.execute(sa.select(t.upcoming_player_game_context.c.universe_mode)).scalars()
        )
        lines = conn.execute(
            sa.select(sa.func.count()).where(
                t.upcoming_player_game_context.c.book_line.is_not(None)
            )
        ).scalar_one()
    assert modes == {"backfill"} and lines > 0  # props matched on the box score's players

    # a game day: the universe comes from the rosters and the injury report
    (same_day,) = orch.run_dates(
        [fourth], "same_day", concurrency=4, timeout_s=120, params={"source": "sim"}
    )
    assert same_day.status is RunStatus.COMPLETE, same_day.blocked
    with store.read() as conn:
        c = t.upcoming_player_game_context.c
        today = conn.execute(
            sa.select(c.universe_mode, c.roster_date, c.injury_status, c.book_line).where(
                c.game_date == fourth
            )
        ).all()
    assert {m for m, *_ in today} == {"daily"} and {r for _, r, *_ in today} == {fourth}
    assert "out" in {s for *_, s, _ in today} and any(line for *_, line in today)
    assert _count(store, t.ml_feature_store, fourth) == len(today)
    assert _count(store, t.player_game_summary, fourth) == 0  # no game is over yet
    features_before = _store_rows(store, fourth)

    # its night: box scores and summaries; phase 4 is not run, the features stay
    (overnight,) = orch.run_dates(
        [fourth], "overnight", concurrency=4, timeout_s=120, params={"source": "sim"}
    )
    assert overnight.status is RunStatus.COMPLETE, overnight.blocked
    assert _count(store, t.player_game_summary, fourth) > 0
    assert _store_rows(store, fourth) == features_before
    with store.read() as conn:
        phase_4_overnight = conn.execute(
            sa.select(sa.func.count()).where(jobs.c.mode == "overnight", jobs.c.phase == 4)
        ).scalar_one()
    assert phase_4_overnight == 0
