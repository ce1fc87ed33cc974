"""Prediction quality checks on both databases: coin flips, bimodality, shift, the CLI."""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from tipoff.cli import app
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba import prop_lines as L
from tipoff.nba.model.blend import Blend
from tipoff.nba.ops import prediction_quality as q
from tipoff.nba.ops import quality_alerts as qa
from tipoff.nba.ops import quality_statistics as stats
from tipoff.nba.predict.tables import player_prop_predictions

D = date(2025, 12, 29)
FALLBACK_MULTIPLIER = 0.7
# the blend fitted on March 2024's book lines (README, model evaluation)
BLEND = Blend(w_market=1.052, w_model=0.198, bias=-0.084)
PRICE = -110  # both sides of every book line


def stored_confidence(p_over: float, multiplier: float) -> float:
    """The confidence the pipeline stores at a priced book line: the pick's expected value
    at -110/-110 (fair 0.5) over FULL_EV, the model blended with the market."""
    p = L.LineProbability(20.5, p_over, 1.0 - p_over, 0.0)
    p_blend = float(BLEND.p_over(np.array([p_over]), np.array([0.5]))[0])
    return L.pick(
        p, p_blend, PRICE, PRICE, p_model=p_over, p_market=0.5, multiplier=multiplier
    ).confidence


def prediction_rows(
    day: date,
    player_id: int,
    p_side: float,
    *,
    mode: str = "strict",
    book: bool = True,
    over: bool = True,
) -> list[dict[str, Any]]:
    """A player's centre line with P(side) = ``p_side``, plus a line either side of it
    (whose figures must not count), stored as the pipeline stores them: a book centre
    line's confidence is its pick's, the other lines' the model's certainty."""
    multiplier = FALLBACK_MULTIPLIER if mode == "fallback" else 1.0
    raw = max(0.0, min(1.0, 2.0 * p_side - 1.0))
    p_over = p_side if over else 1.0 - p_side
    out = []
    for offset in (-1, 0, 1):
        is_centre = offset == 0
        out.append(
            {
                "game_date": day,
                "player_id": player_id,
                "line": 20.5 + offset,
                "game_id": "0022500001",
                "team_id": 1,
                "opponent_team_id": 2,
                "is_home": True,
                "line_offset": offset,
                "is_book_line": book and is_centre,
                "line_source": "book" if book else "model",
                "book_line": 20.5 if book else None,
                "mean": 21.0,
                "spread": 6.0,
                # the side lines sit far out, so they would be neither coin flips nor alike
                "p_over": p_over if is_centre else (0.9 if offset < 0 else 0.1),
                "p_under": (1.0 - p_over) if is_centre else (0.1 if offset < 0 else 0.9),
                "p_push": 0.0,
                "recommendation": "OVER" if over else "UNDER",
                "raw_confidence": raw if is_centre else 0.8,
                "confidence": (
                    stored_confidence(p_over, multiplier)
                    if book and is_centre
                    else (raw if is_centre else 0.8) * multiplier
                ),
                "confidence_multiplier": multiplier,
                "model_version": "test",
                "features_complete": mode == "strict",
                "prediction_mode": mode,
                "run_mode": "backfill",
                "predicted_at": 0.0,
            }
        )
    return out


def insert(store: Store, rows: Sequence[dict[str, Any]]) -> None:
    with store.transaction() as conn:
        conn.execute(sa.insert(player_prop_predictions), list(rows))


def healthy_day(day: date, n: int, seed: int, first_player: int = 1) -> list[dict[str, Any]]:
    """``n`` strict predictions whose side probability is 0.5 + |N(0, 0.12)|."""
    rng = np.random.default_rng(seed)
    out: list[dict[str, Any]] = []
    for i in range(n):
        p_side = min(0.99, 0.5 + abs(float(rng.normal(0.0, 0.12))))
        out += prediction_rows(day, first_player + i, p_side, over=i % 2 == 0)
    return out


def with_history(store: Store, day: date, *, days: int = 14, per_day: int = 80) -> None:
    rows: list[dict[str, Any]] = []
    for back in range(1, days + 1):
        rows += healthy_day(day - timedelta(days=back), per_day, seed=back)
    insert(store, rows)


@pytest.fixture
def nba_store(store: Store) -> Store:
    store.ensure_schema(*nba.schemas)
    return store


def keys(alerts: Sequence[Any]) -> list[str]:
    return sorted(a.key.rsplit(":", 1)[1] for a in alerts)


# -- on the database -----------------------------------------------------------------------


def test_a_healthy_date_raises_nothing(nba_store: Store) -> None:
    with_history(nba_store, D)
    insert(nba_store, healthy_day(D, 80, seed=100))

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)

    assert report.predictions == 80 and sum(report.histogram) == 80
    assert len(report.histogram) == stats.BINS
    assert report.book_lines == 80 and report.fallback_share == 0.0
    assert report.coin_flip_share is not None and report.coin_flip_share < 0.15
    assert report.trailing_predictions == 14 * 80
    assert report.psi is not None and report.psi < q.PSI_NOTE
    assert report.ks_pvalue is not None and report.ks_pvalue > 0.05
    assert qa.quality_alerts(nba_store, D) == []


def test_most_book_lines_at_a_coin_flip_raise_exactly_the_coin_flip_alert(
    nba_store: Store,
) -> None:
    rows: list[dict[str, Any]] = []
    for i in range(40):
        p_side = 0.5 + 0.0025 * (i % 5) if i < 30 else 0.62 + 0.005 * i
        rows += prediction_rows(D, i + 1, p_side, over=i % 2 == 0)
    insert(nba_store, rows)

    [alert] = qa.quality_alerts(nba_store, D)

    assert alert.key == "quality:2025-12-29:coin_flip"
    assert alert.details["coin_flip_share"] == 0.75 and alert.details["book_lines"] == 40
    assert "75% of 40 book lines" in alert.message and "threshold 25%" in alert.message
    assert alert.state == {"coin_flip_share": ">=0.75"}


def test_model_lines_at_the_mean_are_not_coin_flips(nba_store: Store) -> None:
    rows: list[dict[str, Any]] = []
    for i in range(40):
        rows += prediction_rows(D, i + 1, 0.5 + 0.001 * (i % 10), book=False)
    insert(nba_store, rows)

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)

    assert report.book_lines == 0 and report.coin_flip_share is None
    assert qa.quality_alerts(nba_store, D) == []


def test_strict_and_fallback_in_two_clusters_raise_bimodal(nba_store: Store) -> None:
    rng = np.random.default_rng(3)
    rows: list[dict[str, Any]] = []
    for i in range(40):  # strict: confidence about 0.5
        rows += prediction_rows(D, i + 1, 0.75 + float(rng.normal(0, 0.015)))
    for i in range(30):  # fallback: confidence about 0.05
        rows += prediction_rows(D, 100 + i, 0.536 + float(rng.normal(0, 0.01)), mode="fallback")
    insert(nba_store, rows)

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)
    alerts = qa.quality_alerts(nba_store, D)

    assert report.fallback_mixed and report.fallback_share == pytest.approx(30 / 70)
    assert report.bimodality is not None and report.bimodality > 0.8
    assert report.separation is not None and report.separation > 10
    assert keys(alerts) == ["bimodal"]
    [alert] = alerts
    assert alert.key == "quality:2025-12-29:bimodal"
    assert "threshold 0.556" in alert.message and "43% fallback of 70" in alert.message
    assert alert.details["separation"] == report.separation


def test_mixed_modes_in_one_cluster_are_not_bimodal(nba_store: Store) -> None:
    rng = np.random.default_rng(4)
    rows: list[dict[str, Any]] = []
    for i in range(60):
        mode = "fallback" if i % 3 == 0 else "strict"
        confidence = 0.3 + float(rng.normal(0, 0.05))
        raw = confidence / (FALLBACK_MULTIPLIER if mode == "fallback" else 1.0)
        rows += prediction_rows(D, i + 1, 0.5 + raw / 2, mode=mode)
    insert(nba_store, rows)

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)

    assert report.fallback_mixed
    assert report.bimodality is not None and report.bimodality < q.BIMODALITY_ALERT
    assert qa.quality_alerts(nba_store, D) == []


def test_a_skewed_healthy_mixture_tops_the_coefficient_but_is_not_bimodal(
    nba_store: Store,
) -> None:
    # the usual shape: confidence |N(0, 0.24)|, a third of it scaled by the fallback
    # multiplier; skew alone lifts Sarle's coefficient over 5/9 in such a slate
    rng = np.random.default_rng(3)
    rows: list[dict[str, Any]] = []
    for i in range(60):
        mode = "fallback" if i % 3 == 0 else "strict"
        raw = min(0.98, abs(float(rng.normal(0, 0.24))))
        rows += prediction_rows(D, i + 1, 0.5 + raw / 2, mode=mode)
    insert(nba_store, rows)

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)

    assert report.fallback_mixed
    assert report.bimodality is not None and report.bimodality > q.BIMODALITY_ALERT
    assert report.separation is not None and report.separation < 1.0
    assert qa.quality_alerts(nba_store, D) == []


def test_a_healthy_mix_of_priced_book_lines_and_fallback_model_lines_is_not_bimodal(
    nba_store: Store,
) -> None:
    # the same certainties as above, but the strict players' book lines stored with their
    # picks' confidences (mostly 0) and the fallback players on model lines: the stored
    # confidences fall in two groups that say nothing about the model
    rng = np.random.default_rng(3)
    rows: list[dict[str, Any]] = []
    for i in range(60):
        fallback = i % 3 == 0
        raw = min(0.98, abs(float(rng.normal(0, 0.24))))
        rows += prediction_rows(
            D, i + 1, 0.5 + raw / 2, mode="fallback" if fallback else "strict", book=not fallback
        )
    insert(nba_store, rows)

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)

    assert report.fallback_mixed and report.book_lines == 40
    assert report.separation is not None and report.separation < 1.0
    assert qa.quality_alerts(nba_store, D) == []


def confident_day(day: date, n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` strict predictions far more confident than the healthy ones (about 0.6)."""
    rng = np.random.default_rng(seed)
    out: list[dict[str, Any]] = []
    for i in range(n):
        out += prediction_rows(day, 1 + i, 0.8 + float(rng.normal(0, 0.04)))
    return out


def test_a_date_far_from_its_trailing_14_days_raises_shift(nba_store: Store) -> None:
    with_history(nba_store, D)
    insert(nba_store, confident_day(D, 60, seed=5))

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)
    alerts = qa.quality_alerts(nba_store, D)

    assert report.psi is not None and report.psi > q.PSI_ALERT
    assert report.ks_pvalue is not None and report.ks_pvalue < q.KS_ALERT_P
    assert keys(alerts) == ["shift"]
    [alert] = alerts
    assert alert.message.startswith(
        f"predictions for 2025-12-29: PSI {report.psi:.2f} vs the trailing 14 days "
        "(threshold 0.25), KS "
    )
    assert alert.details["trailing_predictions"] == 14 * 80
    assert alert.details["trailing_start"] == "2025-12-15"
    assert alert.details["trailing_end"] == "2025-12-28"


def test_a_date_without_enough_trailing_predictions_does_not_judge_shift(
    nba_store: Store,
) -> None:
    with_history(nba_store, D, days=3, per_day=15)  # 45 < 50 predictions before D
    insert(nba_store, confident_day(D, 60, seed=5))

    with nba_store.read() as conn:
        report = q.quality_report(conn, D)

    assert report.trailing_predictions == 45
    assert not report.shift_judged and report.psi is None and report.ks_pvalue is None
    assert qa.quality_alerts(nba_store, D) == []


def test_the_trailing_window_holds_only_the_14_dates_before(nba_store: Store) -> None:
    with_history(nba_store, D)
    insert(nba_store, healthy_day(D, 80, seed=100))
    with nba_store.read() as conn:
        before = q.quality_report(conn, D)

    # the date after, and the 15th day back, are far off: neither may reach the window
    insert(nba_store, confident_day(D + timedelta(days=1), 200, seed=6))
    insert(nba_store, confident_day(D - timedelta(days=15), 200, seed=7))
    with nba_store.read() as conn:
        after = q.quality_report(conn, D)
        next_day = q.quality_report(conn, D + timedelta(days=1))

    assert after == before
    assert before.trailing_predictions == 14 * 80  # D's own 80 are not in it
    # the next date's window is D-13 .. D: it holds D, and drops D-14
    assert next_day.trailing_predictions == 14 * 80
    assert next_day.trailing_start == D - timedelta(days=13) and next_day.trailing_end == D
    assert next_day.shift_alarm
    # the reports of a span, read at once, are each date's own report (the 15th day back
    # is before the span and has its own report only when asked for)
    with nba_store.read() as conn:
        span = q.quality_reports(conn, D, D + timedelta(days=1))
    assert span == [after, next_day]


def test_the_cli_prints_the_figures_of_each_date(
    nba_store: Store, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_history(nba_store, D, days=2, per_day=40)
    insert(nba_store, confident_day(D, 40, seed=5))
    monkeypatch.setenv("TIPOFF_DATABASE_URL", db_url)
    runner = CliRunner()

    text = runner.invoke(app, ["quality", "--days", "3"])  # up to the latest date, D

    assert text.exit_code == 0, text.output
    for day in ("2025-12-27", "2025-12-28", "2025-12-29"):
        assert day in text.output
    assert "2025-12-29  40 predictions" in text.output
    assert "coin flips  0% of 40 book lines" in text.output
    assert "(significant), KS " in text.output  # 80 trailing predictions on D
    assert "ALERT warning: predictions for 2025-12-29: PSI " in text.output
    assert "shift       not judged" in text.output  # D-2 has no trailing sample

    as_json = runner.invoke(app, ["quality", "2025-12-29", "--json"])
    assert as_json.exit_code == 0, as_json.output
    [body] = json.loads(as_json.output)
    assert body["game_date"] == "2025-12-29" and body["predictions"] == 40
    assert body["trailing_predictions"] == 80 and body["psi"] > q.PSI_ALERT
    assert [a["key"] for a in body["alerts"]] == ["quality:2025-12-29:shift"]

    empty = runner.invoke(app, ["quality", "2025-06-01"])
    assert empty.exit_code == 1
    bad = runner.invoke(app, ["quality", "29/12/2025"])
    assert bad.exit_code == 2


# -- pure parts ------------------------------------------------------------------------------


def test_statistics_of_known_shapes() -> None:
    uniform = [i / 999 for i in range(1000)]
    bc = stats.bimodality_coefficient(uniform)
    assert bc == pytest.approx(5 / 9, abs=0.005)
    two = [0.1] * 50 + [0.9] * 50
    assert stats.bimodality_coefficient(two) == pytest.approx(0.95, abs=0.01)  # n = 100
    assert stats.bimodality_coefficient([0.3] * 10) is None
    assert stats.histogram([0.0, 0.05, 0.1, 0.99, 1.0]) == (2, 1, 0, 0, 0, 0, 0, 0, 0, 2)
    assert stats.psi((5, 5, 0), (5, 5, 0)) == 0.0
    # empty bins are floored at PSI_EPSILON: finite, and exactly the two floored terms
    floored = 2 * (1 - stats.PSI_EPSILON) * math.log(1 / stats.PSI_EPSILON)
    assert stats.psi((10, 0, 0), (0, 0, 10)) == pytest.approx(floored)


def test_a_small_change_keeps_the_alert_state_a_big_one_changes_it() -> None:
    report = q.QualityReport(
        game_date=D,
        predictions=80,
        histogram=(0,) * 10,
        mean_confidence=0.5,
        book_lines=80,
        coin_flip_share=0.0,
        fallback_share=0.0,
        bimodality=0.4,
        separation=None,
        trailing_start=D - timedelta(days=14),
        trailing_end=D - timedelta(days=1),
        trailing_predictions=1000,
        psi=0.31,
        ks_statistic=0.3,
        ks_pvalue=0.0001,
    )
    [a] = qa.alerts_of(report)
    [b] = qa.alerts_of(dataclasses.replace(report, psi=0.34, ks_pvalue=0.0002))
    [c] = qa.alerts_of(dataclasses.replace(report, psi=0.8))
    assert a.message != b.message and a.fingerprint == b.fingerprint
    assert c.fingerprint != a.fingerprint
    # PSI over the threshold, but the KS test cannot tell the samples apart: no alert
    assert qa.alerts_of(dataclasses.replace(report, ks_pvalue=0.2)) == []


def test_the_monitor_runs_the_quality_watch_alerting_once_and_resolving(
    nba_store: Store,
) -> None:
    from datetime import UTC, datetime

    from support.inbox import Inbox
    from tipoff.engine.alerts import AlertBook
    from tipoff.engine.clock import ManualClock
    from tipoff.engine.monitor import Monitor
    from tipoff.pipelines import load

    rows: list[dict[str, Any]] = []
    for i in range(40):
        rows += prediction_rows(D, i + 1, 0.5 if i < 30 else 0.7, over=i % 2 == 0)
    insert(nba_store, rows)
    clock = ManualClock(datetime(2025, 12, 29, 18, 0, tzinfo=UTC))
    inbox = Inbox()
    pipelines = {"nba": load("nba").definition}
    monitor = Monitor(nba_store, pipelines, AlertBook(nba_store, [inbox], clock=clock), clock=clock)

    assert monitor.check().opened == ["quality:2025-12-29:coin_flip"]
    assert monitor.check().opened == []  # the same problem: told once
    with nba_store.transaction() as conn:  # the date re-predicted with real opinions
        conn.execute(sa.delete(player_prop_predictions))
    insert(nba_store, healthy_day(D, 80, seed=100))
    assert monitor.check().resolved == ["quality:2025-12-29:coin_flip"]
    assert inbox.kinds() == [
        ("opened", "quality:2025-12-29:coin_flip"),
        ("resolved", "quality:2025-12-29:coin_flip"),
    ]
