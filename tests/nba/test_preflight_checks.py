"""The NBA pre-flight checks and cut-off on both databases: "3 of 9" fails loudly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from support.rows import placeholder_row
from tipoff.engine.preflight import CheckContext, CheckResult
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics import tables as analytics
from tipoff.nba.ops import preflight as checks

D = date(2025, 12, 29)
NOW = datetime(2025, 12, 29, 15, 0, tzinfo=UTC).timestamp()


def games(store: Store, n: int, *, final: int, box_scores: int) -> list[str]:
    ids = [f"00225004{i:02d}" for i in range(n)]
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw.raw_schedule),
            [
                placeholder_row(
                    D, raw.raw_schedule, game_id=g, game_date=D, status=3 if i < final else 1,
                    status_text="Final" if i < final else f"{7 + i % 3}:{30 * (i % 2):02d} pm ET",
                )
                for i, g in enumerate(ids)
            ],
        )  # fmt: skip
        if box_scores:
            conn.execute(
                sa.insert(raw.raw_player_boxscores),
                [
                    placeholder_row(D, raw.raw_player_boxscores, game_id=g, player_id=p,
                                    game_date=D)
                    for g in ids[:box_scores]
                    for p in (1, 2)
                ],
            )  # fmt: skip
    return ids


def ask(store: Store, fn: Any, mode: str = "overnight", now: float = NOW, **params: Any) -> Any:
    pipeline = nba.pipeline()
    with store.read() as conn:
        result: CheckResult = fn(
            CheckContext(conn=conn, pipeline=pipeline, data_date=D, mode=mode, phase=3,
                         params=params, run_params={}, now=now, trigger_source="transition")
        )  # fmt: skip
    return result


def test_three_of_nine_box_scores_fails_naming_the_missing_games(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    ids = games(store, 9, final=9, box_scores=3)
    result = ask(store, checks.box_scores_complete)
    assert not result.ok
    assert result.detail == (
        f"box scores for 3 of 9 final games of 2025-12-29: missing {', '.join(ids[3:])}"
    )


def test_every_final_game_with_box_scores_passes(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    games(store, 9, final=9, box_scores=9)
    result = ask(store, checks.box_scores_complete)
    assert result.ok and result.detail == "box scores for 9 of 9 final games of 2025-12-29"


def test_games_not_final_in_the_schedule_fail_the_date_even_with_every_final_one_loaded(
    store: Store,
) -> None:
    # 7 final games all with box scores would once have passed, silently leaving out 2
    store.ensure_schema(*nba.schemas)
    ids = games(store, 9, final=7, box_scores=7)
    result = ask(store, checks.box_scores_complete)
    assert not result.ok
    assert result.detail == (
        f"2 of the 9 games of 2025-12-29 are not final in the schedule: {ids[7]}, {ids[8]}; "
        "none has a box score yet (still being played, or a stale schedule)"
    )


def test_a_stale_schedule_with_box_scores_loaded_names_the_repair(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    ids = games(store, 7, final=0, box_scores=7)
    result = ask(store, checks.box_scores_complete)
    assert not result.ok
    assert result.detail == (
        f"7 of the 7 games of 2025-12-29 are not final in the schedule: "
        f"{', '.join(ids[:5])} (+2 more); 7 of them have box scores loaded (a stale "
        "schedule: fix_stale_schedule marks them final)"
    )


def test_a_postponed_game_is_not_owed_a_box_score(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    ids = games(store, 3, final=2, box_scores=2)
    with store.transaction() as conn:
        conn.execute(
            sa.update(raw.raw_schedule)
            .where(raw.raw_schedule.c.game_id == ids[2])
            .values(status_text="PPD")
        )
    result = ask(store, checks.box_scores_complete)
    assert result.ok and result.detail == "box scores for 2 of 2 final games of 2025-12-29"


def test_a_date_without_games_passes(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    for fn in (checks.box_scores_complete, checks.context_ready, checks.features_ready):
        assert ask(store, fn).ok


def test_schedule_freshness_by_the_last_load_of_the_date(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    assert ask(store, checks.schedule_fresh, "same_day").detail == (
        "no schedule document of 2025-12-29 has been loaded"
    )
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw.raw_documents),
            placeholder_row(D, raw.raw_documents, key="raw/sim/schedule/2025-12-29/all.json",
                            document="schedule", data_date=D, processed_at=NOW - 13 * 3600),
        )  # fmt: skip
    stale = ask(store, checks.schedule_fresh, "same_day", max_age_h=12)
    assert not stale.ok
    assert stale.detail == "the schedule of 2025-12-29 was last loaded 13.0 h ago (limit 12 h)"
    assert ask(store, checks.schedule_fresh, "same_day", max_age_h=14).ok


def test_features_must_exist_when_games_are_scheduled(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    games(store, 2, final=0, box_scores=0)
    missing = ask(store, checks.features_ready, "same_day")
    assert not missing.ok
    assert missing.detail == "no feature store rows for 2025-12-29 while 2 games are scheduled"
    with store.transaction() as conn:
        conn.execute(
            sa.insert(analytics.ml_feature_store),
            placeholder_row(D, analytics.ml_feature_store, game_date=D, player_id=1),
        )
    assert ask(store, checks.features_ready, "same_day").ok
    assert not ask(store, checks.context_ready, "same_day").ok  # context rows still missing


def test_first_tipoff_from_the_odds_else_the_schedule_text(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    games(store, 3, final=0, box_scores=0)  # 7:00 pm, 8:30 pm, 9:00 pm ET
    with store.read() as conn:
        assert checks.first_tipoff(conn, D) == datetime(2025, 12, 30, 0, 0, tzinfo=UTC).timestamp()
        assert checks.first_tipoff(conn, date(2025, 12, 30)) is None
    commence = datetime(2025, 12, 29, 22, 0, tzinfo=UTC).timestamp()
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw.raw_odds_events),
            placeholder_row(D, raw.raw_odds_events, event_id="e1", game_date=D,
                            commence_time=commence),
        )  # fmt: skip
    with store.read() as conn:
        assert checks.first_tipoff(conn, D) == commence


def test_the_nba_pipeline_binds_its_checks_and_cut_off() -> None:
    from tipoff.pipelines import load

    loaded = load("nba")
    definition = loaded.definition
    assert set(definition.check_code) == {
        "box_scores_complete", "schedule_fresh", "context_ready", "features_ready",
        "predictions_delivered",
    }  # fmt: skip
    assert definition.cutoff_code is checks.first_tipoff
    assert [c.check for c in definition.preflight(3, "overnight")] == [
        "workers_alive",
        "box_scores_complete",
    ]
    assert [c.check for c in definition.preflight(3, "same_day")] == [
        "workers_alive",
        "schedule_fresh",
    ]
