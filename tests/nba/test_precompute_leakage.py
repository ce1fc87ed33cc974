"""No leakage at the table level, on real data: the features of D never see D or later.

Real box scores (2022-23, and 2023-24 around D; the simulator's season when the shared
data folder is absent) go into the raw tables. Phase 3's backfill context and
every phase 4 table are built for D from the database; then every box score on or after
D is perturbed (points, shots, minutes, rebounds, turnovers; who played is kept, since it
is the backfill universe) and the games after D are deleted outright; the rebuild must
leave every row of D exactly as it was, its ``built_at`` / ``updated_at`` included
(they move only when a value changes).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import sqlalchemy as sa
from test_analytics_fixtures import load_history_frames, prepare, run, table_rows

from tipoff.engine.clock import ManualClock
from tipoff.engine.store import Store
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics import tables as t
from tipoff.nba.analytics.processors import upcoming_player_game_context
from tipoff.nba.features import (
    player_history_from_logs,
    read_player_logs,
    read_team_logs,
    team_history_from_logs,
)
from tipoff.nba.precompute.processors import (
    ml_feature_store,
    player_composite_factors,
    player_daily_cache,
    player_shot_zone_analysis,
    team_defense_zone_analysis,
)
from tipoff.nba.sim import League

REAL_DATA = Path(
    os.environ.get("TIPOFF_NBA_DATA", Path(__file__).resolve().parents[3] / "shared/data/nba")
)
REAL_SEASONS = ("2022-23", "2023-24")
REAL_DAY = date(2023, 12, 1)
SIM_DAY = date(2026, 3, 2)

PHASE_4 = (
    (team_defense_zone_analysis, t.team_defense_zone_analysis, "analysis_date"),
    (player_shot_zone_analysis, t.player_shot_zone_analysis, "analysis_date"),
    (player_composite_factors, t.player_composite_factors, "game_date"),
    (player_daily_cache, t.player_daily_cache, "cache_date"),
    (ml_feature_store, t.ml_feature_store, "game_date"),
)
PERTURBED = {"pts": 13, "fgm": 4, "fga": 9, "fg3m": 1, "fg3a": 5, "ftm": 2, "fta": 3,
             "oreb": 2, "dreb": 4, "reb": 6, "tov": 3}  # fmt: skip


@pytest.fixture(scope="module")
def season() -> tuple[pd.DataFrame, pd.DataFrame, date]:
    """Player and team history frames, and the date D to build."""
    if all((REAL_DATA / "player_logs" / f"player_logs_{s}.csv").is_file() for s in REAL_SEASONS):
        players = read_player_logs(REAL_DATA, REAL_SEASONS)
        return players, read_team_logs(REAL_DATA, REAL_SEASONS), REAL_DAY
    league = League(season="2025-26", seed=7)
    players = player_history_from_logs(league.player_game_logs())
    teams = team_history_from_logs(league.team_game_logs(), regular_season_only=False)
    return players, teams, SIM_DAY


@pytest.fixture(scope="module")
def season_db(
    tmp_path_factory: pytest.TempPathFactory, season: tuple[pd.DataFrame, pd.DataFrame, date]
) -> Path:
    """A SQLite file holding the whole history, loaded once and copied by each test."""
    path = tmp_path_factory.mktemp("season") / "season.db"
    store = Store(f"sqlite:///{path}")
    prepare(store)
    players, teams, _day = season
    load_history_frames(store, players, teams)
    store.dispose()
    return path


@pytest.fixture
def history_store(tmp_path: Path, season_db: Path) -> Iterator[Store]:
    copy = tmp_path / "copy.db"
    shutil.copyfile(season_db, copy)
    store = Store(f"sqlite:///{copy}")
    yield store
    store.dispose()


def _build(store: Store, day: date, clock: ManualClock) -> dict[str, list[dict[str, Any]]]:
    run(store, upcoming_player_game_context, day, mode="backfill", clock=clock)
    out = {"context": table_rows(store, t.upcoming_player_game_context, game_date=day)}
    for fn, table, date_column in PHASE_4:
        run(store, fn, day, mode="backfill", clock=clock)
        out[table.name] = table_rows(store, table, **{date_column: day})
    return out


def _perturb_on_and_after(store: Store, day: date) -> int:
    p, tb = raw.raw_player_boxscores, raw.raw_team_boxscores
    with store.transaction() as conn:
        changed = 0
        for table in (p, tb):
            bump = {c: table.c[c] + n for c, n in PERTURBED.items()}
            bump["minutes"] = table.c.minutes * 0.5 + 3
            changed += conn.execute(
                sa.update(table).where(table.c.game_date >= day).values(**bump)
            ).rowcount
            # and the games after D disappear altogether
            conn.execute(sa.delete(table).where(table.c.game_date > day))
        conn.execute(sa.delete(raw.raw_schedule).where(raw.raw_schedule.c.game_date > day))
    return changed


def test_features_of_d_ignore_everything_on_or_after_d(
    history_store: Store, season: tuple[pd.DataFrame, pd.DataFrame, date]
) -> None:
    players, _teams, day = season
    # Keep the test quick: the history from the February before D (a season's last
    # months, then D's season), which still spans two seasons.
    keep_from = date(day.year - 1, 2, 1)
    with history_store.transaction() as conn:
        for table in (raw.raw_player_boxscores, raw.raw_team_boxscores):
            conn.execute(sa.delete(table).where(table.c.game_date < keep_from))
    clock = ManualClock(1_800_000_000.0)
    before = _build(history_store, day, clock)
    assert all(before.values()), {k: len(v) for k, v in before.items()}

    assert _perturb_on_and_after(history_store, day) > 0
    clock.advance(86_400)
    after = _build(history_store, day, clock)
    assert after == before, "a row of D changed when only games on or after D did"

    # total_games_available counts the player's whole history, across seasons (seeds 003,
    # fix 3): for every target, all his played games in the database before D
    played = players[players["played"].astype(bool)]
    dates = pd.to_datetime(played["game_date"])
    earlier = played[(dates < pd.Timestamp(day)) & (dates >= pd.Timestamp(keep_from))]
    counts = earlier.groupby("player_id").size()
    rows = before["ml_feature_store"]
    assert [r["total_games_available"] for r in rows] == [
        int(counts.get(r["player_id"], 0)) for r in rows
    ]
    if day == REAL_DAY:  # two seasons loaded: careers reach past this season's games
        season_games = [r["features"]["season_games"] for r in rows]
        assert max(r["total_games_available"] for r in rows) > max(season_games)
