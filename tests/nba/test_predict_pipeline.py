"""Phases 5 and 6 under the engine: the fan-out, the modes, the threshold and the files.

The pipeline is nba.yaml's phases 5 and 6 with their tasks (the processors and params as
declared, retries milliseconds apart). The date's contract rows (upcoming-game context,
feature store) are written directly, and predictions come from a small deterministic
predictor: mean = the ``pts_avg`` feature (else half the ``minutes_avg``), spread 2 + a
quarter of the mean; a row whose ``explode`` feature is 1 makes it raise, so that
player's prediction job fails on every attempt.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import sqlalchemy as sa
import yaml
from structlog.testing import capture_logs

from tipoff.bucket import Bucket
from tipoff.engine import batches, manual, queue, status
from tipoff.engine.clock import Clock, ManualClock, SystemClock
from tipoff.engine.orchestrator import Orchestrator
from tipoff.engine.pipeline import PipelineDef
from tipoff.engine.pipeline_loading import parse_pipeline
from tipoff.engine.registry import Registry
from tipoff.engine.schema import batches as batches_table
from tipoff.engine.schema import jobs
from tipoff.engine.states import JobStatus, RunStatus
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba.analytics.tables import (
    ml_feature_store,
    upcoming_player_game_context,
    upcoming_team_game_context,
)
from tipoff.nba.export import export_blueprint
from tipoff.nba.export import models as m
from tipoff.nba.grade import grade_blueprint
from tipoff.nba.grade.tables import prediction_grades, prediction_performance
from tipoff.nba.model.blend import Blend
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.ops.daily_status import daily_rows
from tipoff.nba.predict import NormalPredictor, predict_blueprint
from tipoff.nba.predict.tables import player_prop_predictions, prediction_batches
from tipoff.nba.raw_tables import (
    raw_injury_report,
    raw_odds_events,
    raw_player_boxscores,
    raw_player_props,
    raw_rosters,
    raw_schedule,
)

D = date(2025, 11, 12)


def game_of(day: date) -> str:
    return f"00225{day.toordinal() % 100_000:05d}"


GAME = game_of(D)
HOME, AWAY = 1610612738, 1610612752
FEATURES = ("pts_avg", "minutes_avg")
STATS = ("fgm", "fga", "fg3m", "fg3a", "ftm", "fta", "oreb", "dreb", "reb", "ast", "stl",
         "blk", "tov", "pf")  # fmt: skip


def _distribution(frame: pd.DataFrame) -> tuple[Sequence[float], Sequence[float]]:
    if "explode" in frame and (frame["explode"] == 1.0).any():
        raise RuntimeError("model failure for this player")
    pts = frame["pts_avg"].astype(float)
    mean = pts.where(np.isfinite(pts), frame["minutes_avg"].astype(float) * 0.5)
    return list(mean), list(2.0 + 0.25 * mean)


# the model and the market weighed equally at book lines
PREDICTOR = NormalPredictor(
    "test-normal-1", FEATURES, _distribution, blend=Blend(w_market=0.5, w_model=0.5)
)


def phases_5_6(**replace: str) -> PipelineDef:
    raw = yaml.safe_load(nba.PIPELINE_FILE.read_text())
    mine = {"predict_game", "export_results", "export_player_profiles"}
    doc = {
        "pipeline": raw["pipeline"],
        "timezone": raw["timezone"],
        "modes": raw["modes"],
        "defaults": {
            **raw["defaults"],
            "processor": {
                **raw["defaults"]["processor"],
                "retry": {"base_s": 0.001, "cap_s": 0.01},
            },
        },
        "phases": [p for p in raw["phases"] if p["phase"] in (5, 6)],
        "tasks": [t for t in raw["tasks"] if t["name"] in mine],
        "outcome": raw["outcome"],
    }
    text = yaml.safe_dump(doc, sort_keys=False)
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    return parse_pipeline(text, source="nba.yaml[phases 5-6]")


def orchestrator(
    store: Store, tmp: Path, pipeline: PipelineDef | None = None, *, clock: Clock | None = None
) -> Orchestrator:
    return Orchestrator(
        store,
        pipeline or phases_5_6(),
        Registry(predict_blueprint, export_blueprint, grade_blueprint, ops_blueprint),
        clock=clock or SystemClock(),
        schemas=nba.schemas,
        resources={"bucket": Bucket(tmp / "bucket"), "points_predictor": PREDICTOR},
    )


def player(
    pid: int,
    *,
    pts: float | None = 20.0,
    line: float | None = 20.5,
    games: int = 12,
    complete: bool = True,
    explode: bool = False,
    injury: str | None = None,
    home: bool = True,
    under_price: int | None = 100,
) -> dict[str, Any]:
    return {
        "pid": pid, "pts": pts, "line": line, "games": games, "complete": complete,
        "explode": explode, "injury": injury, "home": home, "under_price": under_price,
    }  # fmt: skip


def seed(
    store: Store, day: date, players: Iterable[dict[str, Any]], *, features: bool = True
) -> None:
    """The date's contract rows (phases 3-4 output) for ``players``."""
    ctx_rows, fs_rows = [], []
    for p in players:
        team, opp = (HOME, AWAY) if p["home"] else (AWAY, HOME)
        common = {
            "game_date": day, "player_id": p["pid"], "game_id": game_of(day), "team_id": team,
            "opponent_team_id": opp, "is_home": p["home"],
        }  # fmt: skip
        ctx_rows.append(
            common
            | {
                "player_name": f"Player {p['pid']}",
                "injury_status": p["injury"],
                "games_played_season": p["games"],
                "teammates_out": 0,
                "book_line": p["line"],
                "book_over_price": None if p["line"] is None else -120,
                "book_under_price": None if p["line"] is None else p["under_price"],
                "bookmaker": None if p["line"] is None else "draftkings",
                "under_bookmaker": None if p["line"] is None else "draftkings",
                "books_quoting": 0 if p["line"] is None else 1,
                "universe_mode": "daily",
                "updated_at": 1.0,
            }
        )
        values: dict[str, Any] = {"pts_avg": p["pts"], "minutes_avg": 30.0}
        if p["explode"]:
            values["explode"] = 1.0
        fs_rows.append(
            common
            | {
                "features": values,
                "games_found": 10 if p["complete"] else 6,
                "games_expected": 10,
                "total_games_available": p["games"],
                "feature_quality_score": 100.0 if p["complete"] else 60.0,
                "built_at": 1.0,
            }
        )
    with store.transaction() as conn:
        conn.execute(sa.insert(upcoming_player_game_context), ctx_rows)
        if features:
            conn.execute(sa.insert(ml_feature_store), fs_rows)


def box_scores(store: Store, day: date, points: dict[int, int | None], home: set[int]) -> None:
    """Final box scores of the date; None points: on the box score, did not play."""
    rows = []
    for pid, pts in points.items():
        team, opp = (HOME, AWAY) if pid in home else (AWAY, HOME)
        rows.append(
            {
                "game_id": game_of(day),
                "player_id": pid,
                "game_date": day,
                "team_id": team,
                "opponent_team_id": opp,
                "is_home": pid in home,
                "player_name": f"Player {pid}",
                "starter": True,
                "played": pts is not None,
                "dnp_reason": None if pts is not None else "Coach's decision",
                "minutes": 30.0 if pts is not None else 0.0,
                "pts": pts or 0,
                **{s: 0 for s in STATS},
                "plus_minus": 0,
                "source_key": f"raw/sim/boxscore/{day}/{game_of(day)}.json",
                "loaded_at": 1.0,
            }
        )
    with store.transaction() as conn:
        conn.execute(sa.insert(raw_player_boxscores), rows)


def predictions(store: Store, day: date = D) -> pd.DataFrame:
    with store.read() as conn:
        rows = conn.execute(
            sa.select(player_prop_predictions).where(player_prop_predictions.c.game_date == day)
        ).all()
    return pd.DataFrame([dict(r._mapping) for r in rows])


def batch_row(store: Store, day: date = D) -> dict[str, Any]:
    with store.read() as conn:
        row = conn.execute(
            sa.select(prediction_batches).where(prediction_batches.c.game_date == day)
        ).one()
    return dict(row._mapping)


def read_json(tmp: Path, key: str) -> bytes:
    return (tmp / "bucket" / key).read_bytes()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Any:
    s = Store(f"sqlite:///{tmp_path / 'nba.db'}")
    yield s
    s.dispose()


# -- phase 5 ----------------------------------------------------------------------------


def test_players_with_fewer_than_3_games_are_skipped_counted_and_logged(
    sqlite_store: Store, tmp_path: Path
) -> None:
    orch = orchestrator(sqlite_store, tmp_path)
    seed(
        sqlite_store,
        D,
        [player(1), player(2, games=2), player(3, games=0, pts=None), player(4, games=3)],
    )
    with capture_logs() as logs:
        (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    rows = predictions(sqlite_store)
    assert sorted(rows["player_id"].unique()) == [1, 4]  # 3 games is enough
    batch = batch_row(sqlite_store)
    assert (batch["universe"], batch["expected"], batch["needs_bootstrap"]) == (4, 2, 2)
    assert batch["skipped"] == {"needs_bootstrap": [2, 3]}
    [event] = [e for e in logs if e["event"] == "predict_skipped_needs_bootstrap"]
    assert event["count"] == 2 and event["player_ids"] == [2, 3]
    # no default line anywhere: the skipped players have no row at all
    assert not rows["player_id"].isin([2, 3]).any()


def test_a_game_day_where_every_player_needs_bootstrap_is_complete_degraded(
    store: Store, tmp_path: Path
) -> None:
    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(100 + i, games=1) for i in range(5)])
    with store.transaction() as conn:  # the game, for the daily status view
        conn.execute(
            sa.insert(raw_schedule).values(
                game_id=GAME,
                game_date=D,
                season="2025-26",
                home_team_id=HOME,
                away_team_id=AWAY,
                status=1,
                status_text="7:00 pm ET",
                source_key="t",
                loaded_at=0.0,
            )
        )
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    # every phase ran (the exports are written), yet nobody was predicted
    assert state.status is RunStatus.COMPLETE_DEGRADED and state.finished, state
    assert state.outcome == (
        "predictions_delivered: 0 of 5 players predicted (skipped: needs_bootstrap 5)"
    )
    shown = status.date_status(store, orch.pipeline(), D)
    assert shown.runs[0].outcome == state.outcome
    text = status.render_text(shown)
    assert "(same_day): COMPLETE_DEGRADED" in text
    assert f"  outcome missed: {state.outcome}" in text
    assert status.to_json(shown)["runs"][0]["status"] == "complete_degraded"
    tonight = m.TonightAllPlayers.model_validate_json(
        read_json(tmp_path, "v1/tonight/all-players.json")
    )
    assert tonight.completion.outcome == "complete_degraded"
    assert tonight.completion.completion_pct == 0.0  # not 100% of nothing
    assert (
        tonight.completion.outcome_reason == "0 of 5 players predicted (skipped: needs_bootstrap 5)"
    )
    with store.read() as conn:
        [row] = daily_rows(conn, D, D)
    assert row["pipeline_status"] == "COMPLETE_DEGRADED"


def test_strict_mode_without_book_lines_is_complete_degraded(store: Store, tmp_path: Path) -> None:
    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(100 + i, line=None) for i in range(4)])
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.status is RunStatus.COMPLETE_DEGRADED, state
    assert state.outcome == (
        "predictions_delivered: 0 of 4 players predicted (skipped: no_book_line 4)"
    )


def test_strict_mode_skips_a_player_without_a_line_or_complete_features(
    sqlite_store: Store, tmp_path: Path
) -> None:
    orch = orchestrator(sqlite_store, tmp_path)
    seed(sqlite_store, D, [player(1), player(2, line=None), player(3, complete=False)])
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    rows = predictions(sqlite_store)
    assert sorted(rows["player_id"].unique()) == [1]
    assert set(rows["prediction_mode"]) == {"strict"} and set(rows["confidence_multiplier"]) == {
        1.0
    }
    assert batch_row(sqlite_store)["skipped"] == {
        "incomplete_features": [3],
        "no_book_line": [2],
    }


def test_fallback_mode_predicts_them_with_confidence_times_0_7(
    sqlite_store: Store, tmp_path: Path
) -> None:
    orch = orchestrator(
        sqlite_store,
        tmp_path,
        phases_5_6(**{"prediction_mode: strict": "prediction_mode: fallback"}),
    )
    seed(
        sqlite_store,
        D,
        [player(1, pts=24.0), player(2, line=None, pts=24.0), player(3, complete=False, pts=24.0)],
    )
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    rows = predictions(sqlite_store).set_index(["player_id", "line_offset"])
    assert sorted({p for p, _ in rows.index}) == [1, 2, 3]
    full, partial, no_line = rows.loc[(1, 0)], rows.loc[(3, 0)], rows.loc[(2, 0)]
    # at a priced book line the confidence is the pick's expected value over 0.25
    assert full["prediction_mode"] == "strict"
    assert full["confidence"] == pytest.approx(full["ev"] / 0.25)
    assert partial["prediction_mode"] == no_line["prediction_mode"] == "fallback"
    assert no_line["confidence"] == pytest.approx(0.7 * no_line["raw_confidence"])
    # same inputs, same line: the fallback confidence is 0.7 of the full one
    assert partial["confidence"] == pytest.approx(0.7 * full["confidence"])
    # 24 points expected against 20.5, blended with the market's 0.52 at -120/+100
    assert full["recommendation"] == "OVER" and full["price"] == -120
    assert full["ev"] > 0.03
    # no book line: lines around the model's own half line, nothing to bet on
    assert no_line["line_source"] == "model" and no_line["line"] == 24.5
    assert not bool(no_line["is_book_line"]) and no_line["recommendation"] == "PASS"
    assert int(no_line["features_complete"]) == 1 and int(partial["features_complete"]) == 0


def test_five_lines_around_the_book_line(sqlite_store: Store, tmp_path: Path) -> None:
    orch = orchestrator(sqlite_store, tmp_path)
    seed(sqlite_store, D, [player(1, pts=20.0, line=20.5), player(2, pts=15.0, line=16.0)])
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    rows = predictions(sqlite_store).sort_values(["player_id", "line"])
    one = rows[rows.player_id == 1]
    assert list(one["line"]) == [18.5, 19.5, 20.5, 21.5, 22.5]
    assert list(one["line_offset"]) == [-2, -1, 0, 1, 2]
    assert list(one["is_book_line"].astype(bool)) == [False, False, True, False, False]
    assert set(one["p_push"]) == {0.0}
    assert list(one["p_over"]) == sorted(one["p_over"], reverse=True)
    two = rows[rows.player_id == 2]
    assert list(two["line"]) == [14.0, 15.0, 16.0, 17.0, 18.0]
    assert (two["p_push"] > 0).all()  # integer lines can push
    for _, r in rows.iterrows():
        assert r["p_over"] + r["p_under"] + r["p_push"] == pytest.approx(1.0)
    book = one[one.line_offset == 0].iloc[0]
    assert book["model_version"] == "test-normal-1" and book["feature_quality_score"] == 100.0
    assert (book["over_price"], book["under_price"], book["bookmaker"]) == (-120, 100, "draftkings")
    # the market's vig-free over at -120/+100, blended half and half with the model's
    market = (120 / 220) / (120 / 220 + 0.5)
    model = book["p_over"] / (book["p_over"] + book["p_under"])
    z = 0.5 * math.log(market / (1 - market)) + 0.5 * math.log(model / (1 - model))
    blended = 1 / (1 + math.exp(-z))
    assert book["p_market"] == pytest.approx(market) and book["p_blend"] == pytest.approx(blended)
    # the under (model 0.5 at 20.5 under a market of 0.52 over) is the better side at +100
    assert book["price"] == 100 and book["ev"] == pytest.approx(2 * (1 - blended) - 1)
    assert book["edge"] == pytest.approx((1 - blended) - (1 - market))
    assert book["recommendation"] == "PASS"  # an expected value of 1.3%: below the 3% margin


def test_one_line_when_multiple_lines_are_off(sqlite_store: Store, tmp_path: Path) -> None:
    orch = orchestrator(
        sqlite_store,
        tmp_path,
        phases_5_6(**{"use_multiple_lines: true": "use_multiple_lines: false"}),
    )
    seed(sqlite_store, D, [player(1)])
    orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert list(predictions(sqlite_store)["line"]) == [20.5]


# -- the 80% threshold --------------------------------------------------------------------


def test_three_of_ten_predictions_failing_blocks_the_export(store: Store, tmp_path: Path) -> None:
    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(100 + i, explode=i < 3) for i in range(10)])
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.BLOCKED
    assert state.blocked == ["phase 5: critical processor(s) dead: predict_coordinator"]
    with store.read() as conn:
        [progress] = batches.progress(conn, state.run.id)
        exports = conn.execute(
            sa.select(sa.func.count()).select_from(jobs).where(jobs.c.phase == 6)
        ).scalar_one()
    assert (progress.expected, progress.succeeded, progress.failed) == (10, 7, 3)
    assert progress.completion_pct == 70.0
    assert exports == 0
    assert not (tmp_path / "bucket" / "v1").exists()


def test_exports_of_a_run_forced_past_its_checks_say_so(store: Store, tmp_path: Path) -> None:
    from tipoff.engine.manual import trigger_phase

    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(100 + i) for i in range(4)])
    run = orch.start_run(D, "same_day")
    # the export phase forced before the predictions settled (the seeds' force path)
    trigger_phase(store, orch.pipeline(), D, "same_day", 6, now=time.time(),
                  skip_dependency_check=True)  # fmt: skip
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.run.id == run.id and state.status is RunStatus.COMPLETE, state
    tonight = m.TonightAllPlayers.model_validate_json(
        read_json(tmp_path, "v1/tonight/all-players.json")
    )
    assert tonight.completion.forced_phases == [5]
    archive = m.PredictionsFile.model_validate_json(read_json(tmp_path, f"v1/predictions/{D}.json"))
    assert archive.completion.forced_phases == [5]


def test_two_of_ten_failing_is_80_percent_and_the_exports_are_written(
    store: Store, tmp_path: Path
) -> None:
    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(100 + i, explode=i < 2, home=i % 2 == 0) for i in range(10)])
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    with store.read() as conn:
        [progress] = batches.progress(conn, state.run.id)
    assert (progress.succeeded, progress.failed, progress.completion_pct) == (8, 2, 80.0)
    with store.read() as conn:  # one job for the game's ten players: two failed, not it
        game_jobs = conn.execute(
            sa.select(jobs.c.status, jobs.c["items"], jobs.c.items_failed).where(
                jobs.c.processor == "predict_game"
            )
        ).all()
    assert game_jobs == [("succeeded", 10, 2)]
    tonight = m.TonightAllPlayers.model_validate_json(
        read_json(tmp_path, "v1/tonight/all-players.json")
    )
    c = tonight.completion
    assert (c.universe, c.expected, c.predicted, c.failed, c.completion_pct) == (10, 10, 8, 2, 80.0)
    assert c.forced_phases == []  # every phase went through its checks
    q = tonight.quality  # the confidence distribution of the 8 centre lines
    assert q.predictions == 8 and sum(q.confidence_histogram.values()) == 8
    assert q.fallback_share == 0.0 and q.coin_flip_share is not None
    [game] = tonight.games
    assert (game.game_id, game.home_team_id, game.away_team_id) == (GAME, HOME, AWAY)
    assert sorted(p.player_id for p in game.players) == list(range(102, 110))
    assert all(len(p.lines) == 5 for p in game.players)
    for pid in range(102, 110):
        one = m.TonightPlayer.model_validate_json(
            read_json(tmp_path, f"v1/tonight/players/{pid}.json")
        )
        assert one.prediction.player_id == pid
    files = sorted(
        str(p.relative_to(tmp_path / "bucket")) for p in (tmp_path / "bucket").rglob("*.json")
    )
    assert f"v1/predictions/{D}.json" in files and f"v1/streaks/{D}.json" in files
    assert f"v1/best-bets/{D}.json" in files


def test_predictions_redone_after_the_export_reach_the_exports(
    store: Store, tmp_path: Path
) -> None:
    """Two players fail, the exports go out with 8 of 10; once the model is mended and the
    coordinator run again, the new batch counts 10 and the export runs again with all 10."""
    broken = [True]

    def distribution(frame: pd.DataFrame) -> tuple[Sequence[float], Sequence[float]]:
        if broken:
            return _distribution(frame)
        return _distribution(frame.drop(columns=["explode"], errors="ignore"))

    orch = Orchestrator(
        store,
        phases_5_6(),
        Registry(predict_blueprint, export_blueprint, grade_blueprint, ops_blueprint),
        clock=SystemClock(),
        schemas=nba.schemas,
        resources={
            "bucket": Bucket(tmp_path / "bucket"),
            "points_predictor": NormalPredictor("test-normal-1", FEATURES, distribution),
        },
    )
    seed(store, D, [player(100 + i, explode=i < 2, home=i % 2 == 0) for i in range(10)])
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked

    def archive() -> m.PredictionsFile:
        key = f"v1/predictions/{D}.json"
        return m.PredictionsFile.model_validate_json(read_json(tmp_path, key))

    assert {p.player_id for p in archive().predictions} == set(range(102, 110))
    broken.clear()
    manual.trigger_phase(store, orch.pipeline(), D, "same_day", 5, now=time.time(),
                         processors=["predict_coordinator"])  # fmt: skip
    ex = orch.executor("w")
    while pending := queue.claim(store, worker_id="w", limit=20, now=time.time(), lease_s=60):
        for job in pending:
            ex.run(job)
    assert {p.player_id for p in archive().predictions} == set(range(100, 110))
    c = archive().completion
    assert (c.expected, c.predicted, c.failed, c.completion_pct) == (10, 10, 0, 100.0)
    with store.read() as conn:
        first, again = conn.execute(sa.select(batches_table).order_by(batches_table.c.id)).all()
        exports = conn.execute(
            sa.select(jobs.c.trigger_source).where(jobs.c.processor == "export_tonight")
        ).scalars()
        assert sorted(exports) == ["late", "transition"]
    assert (first.expected, first.succeeded, first.failed) == (10, 8, 2)
    assert (again.expected, again.succeeded, again.failed) == (10, 10, 0)


# -- grading, results, performance and the modes ------------------------------------------


def test_overnight_grades_the_same_day_predictions_and_exports_results(
    store: Store, tmp_path: Path
) -> None:
    orch = orchestrator(store, tmp_path)
    seed(
        store,
        D,
        [
            player(1, pts=24.0, line=20.5),
            player(2, pts=12.0, line=16.0),
            player(3, pts=20.0, line=20.5, home=False),
            player(4, pts=22.0, line=17.5),
        ],
    )
    (same_day,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    assert same_day.status is RunStatus.COMPLETE, same_day.blocked
    bets = m.BestBetsFile.model_validate_json(read_json(tmp_path, f"v1/best-bets/{D}.json"))
    assert bets.picks and bets.record is None
    assert [b.ev for b in bets.picks] == sorted((b.ev for b in bets.picks), reverse=True)
    assert all(b.confidence >= 0.2 and b.ev > 0.03 for b in bets.picks)
    assert {(b.player_id, b.side, b.price, b.bookmaker) for b in bets.picks} >= {
        (1, "OVER", -120, "draftkings"), (2, "UNDER", 100, "draftkings"),
    }  # fmt: skip
    # every pick of the predictions export names its price, book and expected value
    archive = m.PredictionsFile.model_validate_json(read_json(tmp_path, f"v1/predictions/{D}.json"))
    picks = [p for p in archive.predictions if p.recommendation != "PASS"]
    assert {p.player_id for p in picks} == {1, 2, 4}
    for p in picks:
        assert p.price is not None and p.bookmaker == "draftkings" and p.ev is not None
        assert p.ev > 0.03 and p.p_blend is not None and p.p_market is not None
        assert p.price == (p.over_price if p.recommendation == "OVER" else p.under_price)

    # draftkings moved player 1's over to -140/+120 after the pick (the same line, later):
    # the over taken at -120 beat the close
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw_player_props).values(
                event_id="ev", bookmaker="draftkings", player_name="Player 1", line=20.5,
                game_date=D, player_id=1, over_price=-140, under_price=120,
                last_update=time.time() + 60, source_key="test", loaded_at=time.time(),
            )
        )  # fmt: skip
        # player 4's line requoted after his game tipped off: an in-play price, no close
        now = time.time()
        conn.execute(
            sa.insert(raw_odds_events).values(
                event_id="ev4", game_date=D, commence_time=now + 30, home_team="Home",
                away_team="Away", game_id=GAME, source_key="test", loaded_at=now,
            )
        )  # fmt: skip
        conn.execute(
            sa.insert(raw_player_props).values(
                event_id="ev4", bookmaker="draftkings", player_name="Player 4", line=17.5,
                game_date=D, player_id=4, over_price=-400, under_price=300,
                last_update=now + 60, source_key="test", loaded_at=now,
            )
        )  # fmt: skip
    # last night's finals: 21 over 20.5 (OVER wins), 16 on 16 (push), 3 did not play
    box_scores(store, D, {1: 21, 2: 16, 3: None, 4: 10}, home={1, 2, 4})
    (overnight,) = orch.run_dates([D], "overnight", concurrency=4, timeout_s=60)
    assert overnight.status is RunStatus.COMPLETE, overnight.blocked
    with store.read() as conn:
        grades = {
            (r.player_id, r.line): r
            for r in conn.execute(
                sa.select(prediction_grades).where(prediction_grades.c.game_date == D)
            )
        }
        perf = conn.execute(
            sa.select(sa.func.count()).select_from(prediction_performance)
        ).scalar_one()
    assert len(grades) == 20 and perf > 0
    g1 = grades[(1, 20.5)]
    assert (g1.recommendation, g1.actual_points, g1.actual_side, g1.outcome) == (
        "OVER",
        21,
        "OVER",
        "WIN",
    )
    assert g1.abs_error == pytest.approx(3.0)
    # graded as a bet: one unit at -120 wins 0.8333; a push returns the stake; a loss is -1
    assert (g1.price, g1.bookmaker) == (-120, "draftkings")
    assert g1.profit == pytest.approx(100 / 120, abs=1e-4)
    close = (140 / 240) / (140 / 240 + 100 / 220)
    assert (g1.closing_over_price, g1.closing_under_price) == (-140, 120)
    assert g1.clv == pytest.approx(close * (1 + 100 / 120) - 1)
    g4 = grades[(4, 17.5)]  # its later quote came after tip-off: not a closing line
    assert (g4.bookmaker, g4.closing_over_price, g4.clv) == ("draftkings", None, None)
    g2 = grades[(2, 16.0)]
    assert (g2.recommendation, g2.actual_side, g2.outcome) == ("UNDER", "PUSH", "PUSH")
    assert (g2.price, g2.profit) == (100, 0.0)
    # lines without a price are never bets
    assert grades[(2, 17.0)].outcome == grades[(2, 15.0)].outcome == "NO_ACTION"
    assert grades[(2, 17.0)].profit is None
    g3 = grades[(3, 20.5)]
    assert (g3.played, g3.actual_points, g3.outcome) == (False, None, "NO_ACTION")
    assert g3.profit is None
    assert (grades[(4, 17.5)].outcome, grades[(4, 17.5)].profit) == ("LOSS", -1.0)

    results = m.ResultsFile.model_validate_json(read_json(tmp_path, f"v1/results/{D}.json"))
    assert read_json(tmp_path, "v1/results/latest.json") == read_json(
        tmp_path, f"v1/results/{D}.json"
    )
    s = results.summary
    assert (s.predictions, s.wins, s.losses, s.pushes, s.no_action) == (4, 1, 1, 1, 1)
    assert s.hit_rate == 0.5 and s.mae == pytest.approx((3 + 4 + 12) / 3, abs=1e-4)
    assert s.staked == 3 and s.profit == pytest.approx(100 / 120 - 1, abs=1e-4)
    assert s.roi == pytest.approx((100 / 120 - 1) / 3, abs=1e-4)
    assert s.roi_ci_low is not None and s.roi_ci_high is not None
    assert s.roi_ci_low < s.roi < s.roi_ci_high
    assert s.clv_count == 1 and s.clv == pytest.approx(g1.clv, abs=1e-4)
    assert [b.bucket for b in results.by_line_offset] == ["-2", "-1", "0", "+1", "+2"]
    assert {p.player_id: p.outcome for p in results.players} == {
        1: "WIN", 2: "PUSH", 3: "NO_ACTION", 4: "LOSS",
    }  # fmt: skip
    perf_doc = m.PerformanceFile.model_validate_json(
        read_json(tmp_path, "v1/performance/latest.json")
    )
    assert [w.name for w in perf_doc.windows] == ["last_7_days", "last_30_days", "season"]
    assert perf_doc.windows[0].summary == s
    graded_bets = m.BestBetsFile.model_validate_json(read_json(tmp_path, f"v1/best-bets/{D}.json"))
    assert graded_bets.record is not None and all(b.outcome for b in graded_bets.picks)


def test_predictions_re_made_after_tip_off_keep_their_time_and_are_graded_at_the_close(
    store: Store, tmp_path: Path
) -> None:
    # The date rebuilt overnight (a late injury report): its predictions are made again after
    # the games, from the same quotes of before tip-off. Graded, they must equal the
    # predictions made that morning, closing-line value included.
    start = datetime(2025, 11, 12, 14, 0, tzinfo=UTC).timestamp()
    tip_off = start + 6 * 3600
    clock = ManualClock(start)
    orch = orchestrator(store, tmp_path, clock=clock)
    seed(store, D, [player(1, pts=24.0, line=20.5), player(2, pts=12.0, line=16.0)])
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw_odds_events).values(
                event_id="ev", game_date=D, commence_time=tip_off, home_team="Home",
                away_team="Away", game_id=GAME, source_key="test", loaded_at=start,
            )
        )  # fmt: skip
        # draftkings moved player 1's over after the morning's pick, before tip-off
        conn.execute(
            sa.insert(raw_player_props).values(
                event_id="ev", bookmaker="draftkings", player_name="Player 1", line=20.5,
                game_date=D, player_id=1, over_price=-140, under_price=120,
                last_update=start + 3600, source_key="test", loaded_at=start + 3600,
            )
        )  # fmt: skip
    (same_day,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert same_day.status is RunStatus.COMPLETE, same_day.blocked
    box_scores(store, D, {1: 21, 2: 14}, home={1, 2})

    clock.set(tip_off + 5 * 3600)  # past midnight: the games are over
    (rebuilt,) = orch.run_dates([D], "backfill", concurrency=2, timeout_s=60)
    assert rebuilt.status is RunStatus.COMPLETE, rebuilt.blocked
    rows = predictions(store)
    assert set(rows["run_mode"]) == {"backfill"} and set(rows["predicted_at"]) == {start}
    with store.read() as conn:
        g1 = conn.execute(
            sa.select(prediction_grades).where(
                prediction_grades.c.game_date == D,
                prediction_grades.c.player_id == 1,
                prediction_grades.c.line == 20.5,
            )
        ).one()
    close = (140 / 240) / (140 / 240 + 100 / 220)
    assert (g1.recommendation, g1.price, g1.closing_over_price) == ("OVER", -120, -140)
    assert g1.clv == pytest.approx(close * (1 + 100 / 120) - 1)
    results = m.ResultsFile.model_validate_json(read_json(tmp_path, f"v1/results/{D}.json"))
    assert results.summary.clv_count == 1


def test_a_backfill_predicts_exports_and_grades_a_past_date_in_one_run(
    sqlite_store: Store, tmp_path: Path
) -> None:
    orch = orchestrator(sqlite_store, tmp_path)
    today, past = D, D - timedelta(days=30)
    seed(sqlite_store, past, [player(1, pts=24.0), player(2, pts=14.0, line=15.5)])
    box_scores(sqlite_store, past, {1: 26, 2: 15}, home={1, 2})
    # tonight's slate and the latest results are newer than the backfilled date
    (tmp_path / "bucket" / "v1/tonight").mkdir(parents=True)
    (tmp_path / "bucket" / "v1/tonight/all-players.json").write_text("{}")
    (tmp_path / "bucket" / "v1/results").mkdir(parents=True)
    (tmp_path / "bucket" / "v1/results/latest.json").write_text(
        json.dumps({"game_date": str(today)})
    )
    (state,) = orch.run_dates([past], "backfill", concurrency=4, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    assert set(predictions(sqlite_store, past)["run_mode"]) == {"backfill"}
    results = m.ResultsFile.model_validate_json(read_json(tmp_path, f"v1/results/{past}.json"))
    assert (results.summary.wins, results.summary.losses) == (2, 0)
    m.PredictionsFile.model_validate_json(read_json(tmp_path, f"v1/predictions/{past}.json"))
    m.StreaksFile.model_validate_json(read_json(tmp_path, f"v1/streaks/{past}.json"))
    m.BestBetsFile.model_validate_json(read_json(tmp_path, f"v1/best-bets/{past}.json"))
    m.PerformanceFile.model_validate_json(read_json(tmp_path, "v1/performance/latest.json"))
    # the newer files were left alone
    assert read_json(tmp_path, "v1/tonight/all-players.json") == b"{}"
    assert json.loads(read_json(tmp_path, "v1/results/latest.json")) == {"game_date": str(today)}
    assert not (tmp_path / "bucket" / "v1/tonight/players").exists()


def test_a_re_run_replaces_the_date_s_rows(sqlite_store: Store, tmp_path: Path) -> None:
    orch = orchestrator(sqlite_store, tmp_path)
    seed(sqlite_store, D, [player(1), player(2)])
    orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert len(predictions(sqlite_store)) == 10
    with sqlite_store.transaction() as conn:  # player 2 is ruled out since
        conn.execute(
            sa.update(upcoming_player_game_context)
            .where(upcoming_player_game_context.c.player_id == 2)
            .values(injury_status="out")
        )
    # a second run of the date (a backfill of it, here) rewrites the date's predictions
    (again,) = orch.run_dates([D], "backfill", concurrency=2, timeout_s=60)
    assert again.status is RunStatus.COMPLETE, again.blocked
    rows = predictions(sqlite_store)
    assert sorted(rows["player_id"].unique()) == [1] and len(rows) == 5
    assert batch_row(sqlite_store)["skipped"] == {"out": [2]}


# -- weekly player profiles ---------------------------------------------------------------


def test_player_profiles_for_players_with_enough_games(sqlite_store: Store, tmp_path: Path) -> None:
    orch = orchestrator(sqlite_store, tmp_path)
    for i in range(6):
        box_scores(
            sqlite_store,
            D - timedelta(days=2 * (i + 1)),
            {7: 10 + i, 8: 5 if i < 2 else None},
            home={7, 8},
        )
    spec = queue.JobSpec(
        key="profiles/test", pipeline="nba", processor="export_player_profiles",
        max_attempts=1, timeout_s=60, trigger_source="schedule", data_date=D,
        params={"profile_min_games": 5},
    )  # fmt: skip
    with sqlite_store.transaction() as conn:
        queue.enqueue(sqlite_store, conn, [spec], now=orch.clock.now())
    [job] = queue.claim(sqlite_store, worker_id="w", limit=1, now=orch.clock.now(), lease_s=60)
    assert orch.executor("w").run(job).status is JobStatus.SUCCEEDED
    profile = m.PlayerProfile.model_validate_json(read_json(tmp_path, "v1/players/7.json"))
    assert (profile.games, profile.points_avg, profile.season) == (6, 12.5, "2025-26")
    assert profile.recent_games[0].points == 10 and profile.player_name == "Player 7"
    assert not (tmp_path / "bucket" / "v1/players/8.json").exists()  # 2 games played
    assert math.isclose(profile.points_last_10_avg, 12.5)


def test_the_exports_judge_the_outcome_by_the_declared_share(store: Store, tmp_path: Path) -> None:
    """8 of 10 predicted misses a declared share of 90%: the run and its exports agree."""
    orch = orchestrator(store, tmp_path, phases_5_6(**{"min_share: 0.5": "min_share: 0.9"}))
    seed(store, D, [player(100 + i, explode=i < 2) for i in range(10)])
    (state,) = orch.run_dates([D], "same_day", concurrency=4, timeout_s=60)
    reason = "8 of 10 players with book lines predicted, under the 90% required"
    assert state.status is RunStatus.COMPLETE_DEGRADED, state
    assert state.outcome == f"predictions_delivered: {reason}"
    tonight = m.TonightAllPlayers.model_validate_json(
        read_json(tmp_path, "v1/tonight/all-players.json")
    )
    assert tonight.completion.outcome == "complete_degraded"
    assert tonight.completion.outcome_reason == reason


def test_nba_yaml_declares_one_share_for_the_outcome_and_the_exports() -> None:
    definition = nba.pipeline()
    [check] = [c for c in definition.outcome if c.check == "predictions_delivered"]
    [export] = [p for phase in definition.phases for p in phase.processors
                if p.name == "export_tonight"]  # fmt: skip
    assert export.params["min_share"] == check.params["min_share"] == 0.5


def test_a_book_line_without_the_market_s_probability_is_no_pick(
    store: Store, tmp_path: Path
) -> None:
    """Only the over is quoted (no vig-free probability): the model alone picks nothing."""
    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(1, pts=30.0), player(2, pts=30.0, under_price=None)])
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    rows = predictions(store).set_index(["player_id", "line_offset"])
    assert rows.loc[(1, 0), "recommendation"] == "OVER"  # 30 points against 20.5, priced
    lone = rows.loc[(2, 0)]
    assert lone["recommendation"] == "PASS" and lone["over_price"] == -120
    assert pd.isna(lone["p_market"]) and pd.isna(lone["p_blend"]) and pd.isna(lone["ev"])


def test_tonight_and_predictions_name_teams_tip_off_position_and_injury(
    store: Store, tmp_path: Path
) -> None:
    """What a page shows without lookups of its own: NYK at BOS at 7:30 pm ET (the books'
    start where an odds event was matched), the roster's position, the injury report."""
    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(101), player(102, home=False), player(103)])
    tip = datetime(2025, 11, 13, 0, 40, tzinfo=UTC)  # 7:40 pm ET, the books' start
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw_schedule).values(
                game_id=GAME, game_date=D, season="2025-26", home_team_id=HOME,
                away_team_id=AWAY, home_tricode="BOS", away_tricode="NYK", status=1,
                status_text="7:30 pm ET", source_key="t", loaded_at=0.0,
            )
        )  # fmt: skip
        conn.execute(
            sa.insert(raw_rosters),
            [
                {"roster_date": D - timedelta(days=2), "team_id": HOME, "player_id": 101,
                 "player_name": "Player 101", "position": "C", "source_key": "t",
                 "loaded_at": 0.0},
                {"roster_date": D, "team_id": HOME, "player_id": 101, "player_name": "Player 101",
                 "position": "F-C", "source_key": "t", "loaded_at": 0.0},
                {"roster_date": D + timedelta(days=1), "team_id": HOME, "player_id": 103,
                 "player_name": "Player 103", "position": "G", "source_key": "t",
                 "loaded_at": 0.0},  # a roster of the day after: not known on the date
            ],
        )  # fmt: skip
        conn.execute(
            sa.insert(raw_injury_report).values(
                report_date=D, player_id=102, team_id=AWAY, game_id=GAME,
                player_name="Player 102", status="questionable", reason="Left ankle sprain",
                source_key="t", loaded_at=0.0,
            )
        )  # fmt: skip
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    tonight = m.TonightAllPlayers.model_validate_json(
        read_json(tmp_path, "v1/tonight/all-players.json")
    )
    [game] = tonight.games
    assert (game.home_tricode, game.home_team_name) == ("BOS", "Boston Celtics")
    assert (game.away_tricode, game.away_team_name) == ("NYK", "New York Knicks")
    assert game.tip_off == datetime(2025, 11, 13, 0, 30, tzinfo=UTC)  # 7:30 pm ET
    by_id = {p.player_id: p for p in game.players}
    big, guest, guard = by_id[101], by_id[102], by_id[103]
    assert (big.team_tricode, big.team_name, big.opponent_tricode, big.opponent_name) == (
        "BOS", "Boston Celtics", "NYK", "New York Knicks",
    )  # fmt: skip
    assert (guest.team_tricode, guest.opponent_tricode) == ("NYK", "BOS")
    assert (big.position, big.injury_status, big.injury_reason) == ("F-C", None, None)
    assert (guest.injury_status, guest.injury_reason) == ("questionable", "Left ankle sprain")
    assert guard.position is None  # the next day's roster is not read
    archive = m.PredictionsFile.model_validate_json(read_json(tmp_path, f"v1/predictions/{D}.json"))
    assert [p.model_dump() for p in archive.predictions] == [
        by_id[pid].model_dump() for pid in (101, 102, 103)
    ]
    # the books' start time wins over the schedule's text once an odds event is matched
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw_odds_events).values(
                event_id="ev", game_date=D, commence_time=tip.timestamp(), home_team="Boston",
                away_team="New York", game_id=GAME, source_key="t", loaded_at=0.0,
            )
        )  # fmt: skip
    manual.trigger_phase(store, orch.pipeline(), D, "same_day", 6, now=time.time())
    orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    one = m.TonightPlayer.model_validate_json(read_json(tmp_path, "v1/tonight/players/101.json"))
    assert one.prediction.tip_off == tip


def test_a_pick_names_the_book_of_its_price_and_the_exports_the_game_s_lines(
    store: Store, tmp_path: Path
) -> None:
    """Each side is priced at the best book: the over at draftkings, the under at fanduel;
    a pick records the book of the price it was made at. The predictions export shows
    each player's team spread, the game total and the team's implied total."""
    orch = orchestrator(store, tmp_path)
    seed(store, D, [player(1, pts=24.0, line=20.5), player(2, pts=12.0, line=16.0),
                    player(3, pts=20.0, line=20.5, home=False)])  # fmt: skip
    common = {
        "game_date": D, "game_id": GAME, "games_played": 10, "wins": 5, "losses": 5,
        "games_l10": 10, "players": 2, "players_out": 0, "players_doubtful_or_questionable": 0,
        "universe_mode": "daily", "updated_at": 1.0, "game_total": 220.5, "game_line_books": 6,
    }  # fmt: skip
    with store.transaction() as conn:
        conn.execute(sa.update(upcoming_player_game_context).values(under_bookmaker="fanduel"))
        conn.execute(
            sa.insert(upcoming_team_game_context),
            [
                {**common, "team_id": HOME, "opponent_team_id": AWAY, "is_home": True,
                 "team_spread": -4.5, "implied_team_total": 112.5},
                {**common, "team_id": AWAY, "opponent_team_id": HOME, "is_home": False,
                 "team_spread": 4.5, "implied_team_total": 108.0},
            ],
        )  # fmt: skip
    (state,) = orch.run_dates([D], "same_day", concurrency=2, timeout_s=60)
    assert state.status is RunStatus.COMPLETE, state.blocked
    archive = m.PredictionsFile.model_validate_json(read_json(tmp_path, f"v1/predictions/{D}.json"))
    by_id = {p.player_id: p for p in archive.predictions}
    over, under, away = by_id[1], by_id[2], by_id[3]
    assert (over.recommendation, over.price, over.bookmaker) == ("OVER", -120, "draftkings")
    assert (under.recommendation, under.price, under.bookmaker) == ("UNDER", 100, "fanduel")
    for p in (over, under):
        assert (p.team_spread, p.game_total, p.implied_team_total) == (-4.5, 220.5, 112.5)
    assert (away.team_spread, away.game_total, away.implied_team_total) == (4.5, 220.5, 108.0)
    bets = m.BestBetsFile.model_validate_json(read_json(tmp_path, f"v1/best-bets/{D}.json"))
    assert {(b.player_id, b.bookmaker) for b in bets.picks} >= {(1, "draftkings"), (2, "fanduel")}
