"""The monitor's "predictions ready by 14:00 ET" watch, on both databases."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from support.rows import placeholder_row
from tipoff.engine.schema import runs, transitions
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba import raw_tables as raw
from tipoff.nba.ops.predictions_ready import watch_predictions
from tipoff.nba.predict import tables as predict

ET = ZoneInfo("America/New_York")
D = date(2025, 12, 29)
AFTERNOON = datetime(2025, 12, 29, 14, 5, tzinfo=ET).timestamp()
KEY = "predictions:nba:2025-12-29"


def given(
    store: Store, *, run: str | None, games: list[str], open_phase: int | None = None
) -> None:
    store.ensure_schema(*nba.schemas)
    with store.transaction() as conn:
        if run is not None:
            run_id = conn.execute(
                sa.insert(runs).values(placeholder_row(
                    D, runs, pipeline="nba", data_date=D, mode="same_day", status=run,
                    started_at=AFTERNOON - 3600,
                ))
            ).inserted_primary_key[0]  # fmt: skip
            if open_phase is not None:
                conn.execute(
                    sa.insert(transitions).values(placeholder_row(
                        D, transitions, run_id=run_id, pipeline="nba", data_date=D,
                        mode="same_day", phase=open_phase, expected=[], triggered=False,
                        started_at=AFTERNOON, deadline_at=AFTERNOON + 600,
                    ))
                )  # fmt: skip
        for i, text in enumerate(games):
            conn.execute(
                sa.insert(raw.raw_schedule).values(placeholder_row(
                    D, raw.raw_schedule, game_id=f"00225000{i:02d}", game_date=D, status=1,
                    status_text=text,
                ))
            )  # fmt: skip


def predicted(store: Store, players: int) -> None:
    with store.transaction() as conn:
        for p in range(players):
            conn.execute(
                sa.insert(predict.player_prop_predictions).values(
                    placeholder_row(D, predict.player_prop_predictions, game_date=D, player_id=p)
                )
            )


def batch(store: Store, **values: Any) -> None:
    with store.transaction() as conn:
        conn.execute(
            sa.insert(predict.prediction_batches).values(
                placeholder_row(D, predict.prediction_batches, game_date=D, **values)
            )
        )


def messages(store: Store, now: float = AFTERNOON) -> list[str]:
    found = watch_predictions(store, now)
    assert all(a.key == KEY for a in found)
    return [a.message for a in found]


def test_nothing_is_said_before_14_00_eastern(store: Store) -> None:
    given(store, run=None, games=["7:00 pm ET"])
    assert messages(store, datetime(2025, 12, 29, 13, 55, tzinfo=ET).timestamp()) == []
    assert messages(store) == [
        "no same-day run of 2025-12-29 by 14:00 ET: is the scheduler running?"
    ]


def test_an_unfinished_run_on_a_game_day_names_the_phase_that_has_not_gone_on(
    store: Store,
) -> None:
    given(store, run="running", games=["7:00 pm ET", "7:30 pm ET"], open_phase=4)
    assert messages(store) == [
        "no predictions for 2025-12-29 by 14:00 ET: 2 games are scheduled and the same-day "
        "run is running (phase 4 has not gone on)"
    ]


def test_a_completed_run_without_one_prediction_says_why(store: Store) -> None:
    given(store, run="complete", games=["7:00 pm ET"])
    batch(store, universe=30, prediction_mode="strict",
          skipped={"needs_bootstrap": [1, 2], "no_book_line": [3, 4, 5]})  # fmt: skip
    assert messages(store) == [
        "no predictions for 2025-12-29 by 14:00 ET: 1 games are scheduled and the same-day "
        "run completed without one (of 30 players in the universe, skipped: no_book_line 3, "
        "needs_bootstrap 2; prediction_mode=fallback predicts from what exists)"
    ]
    predicted(store, 2)
    assert messages(store) == []


def test_an_off_day_or_a_postponed_slate_needs_no_predictions(store: Store) -> None:
    given(store, run="complete", games=[])
    assert messages(store) == []  # an off day
    given(store, run=None, games=["PPD"])  # the same date, now with its one game called off
    assert messages(store) == []
