"""The daily_phase_status view on both databases: one status per date, as the seeds' view."""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from support.plans import plans_reading, recording
from support.rows import placeholder_row
from tipoff.engine.migrations import schema_versions
from tipoff.engine.store import Store
from tipoff.nba import pipeline as nba
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics import tables as analytics
from tipoff.nba.ops.daily_status import daily_rows
from tipoff.nba.predict import tables as predict

D = date(2025, 12, 22)


def test_each_date_gets_the_status_of_the_last_phase_with_rows(store: Store) -> None:
    store.ensure_schema(*nba.schemas)
    days = [D + timedelta(days=i) for i in range(5)]  # D .. D+4; D+5 has no games
    with store.transaction() as conn:
        # D+5's schedule was fetched and lists no game; D+6's was never fetched (D+7's was,
        # but its document was quarantined: still not known)
        for offset, status in ((5, "processed"), (7, "quarantined")):
            conn.execute(
                sa.insert(raw.raw_documents),
                placeholder_row(
                    D,
                    raw.raw_documents,
                    key=f"raw/sim/schedule/{offset}.json",
                    document="schedule",
                    data_date=D + timedelta(days=offset),
                    status=status,
                ),
            )
        for i, day in enumerate(days):
            conn.execute(
                sa.insert(raw.raw_schedule),
                [
                    placeholder_row(D, raw.raw_schedule, game_id=f"00225{i}{g}", game_date=day)
                    for g in range(2)
                ],
            )
            if i >= 1:
                conn.execute(
                    sa.insert(raw.raw_rosters),
                    [
                        placeholder_row(D, raw.raw_rosters, roster_date=day, team_id=1, player_id=p)
                        for p in (1, 2, 3)
                    ],
                )
            if i >= 2:
                conn.execute(
                    sa.insert(analytics.upcoming_player_game_context),
                    [
                        placeholder_row(
                            D, analytics.upcoming_player_game_context, game_date=day, player_id=p
                        )
                        for p in (1, 2)
                    ],
                )
            if i >= 3:
                conn.execute(
                    sa.insert(analytics.ml_feature_store),
                    [
                        placeholder_row(
                            D,
                            analytics.ml_feature_store,
                            game_date=day,
                            player_id=p,
                            feature_quality_score=q,
                        )
                        for p, q in ((1, 90.0), (2, 70.0))
                    ],
                )
            if i >= 4:
                conn.execute(
                    sa.insert(predict.player_prop_predictions),
                    [
                        placeholder_row(
                            D, predict.player_prop_predictions, game_date=day, player_id=1, line=ln
                        )
                        for ln in (18.5, 19.5)
                    ],
                )
    with store.read() as conn:
        rows = daily_rows(conn, D, D + timedelta(days=7))
    got = [(r["game_date"], r["games_scheduled"], r["pipeline_status"]) for r in rows]
    assert got[:2] == [
        (D + timedelta(days=7), 0, "NOT_FETCHED"),
        (D + timedelta(days=6), 0, "NOT_FETCHED"),
    ]
    rows, got = rows[2:], got[2:]
    assert got == [
        (D + timedelta(days=5), 0, "NO_GAMES"),
        (D + timedelta(days=4), 2, "COMPLETE"),
        (D + timedelta(days=3), 2, "PHASE_5_PENDING"),
        (D + timedelta(days=2), 2, "PHASE_4_STUCK"),
        (D + timedelta(days=1), 2, "PHASE_3_PENDING"),
        (D, 2, "PHASE_2_PENDING"),
    ]
    complete = rows[1]
    assert (
        complete["phase2_records"],
        complete["phase3_records"],
        complete["phase4_records"],
        complete["predictions"],
    ) == (3, 2, 2, 1)
    assert float(complete["avg_quality"]) == 80.0


def test_a_raw_schema_at_version_3_gains_the_index_the_daily_rows_read_documents_by(
    store: Store,
) -> None:
    """A database from before the index (nba_raw 3) gets it on upgrade, its documents kept,
    and the daily rows then find a date's schedule documents through it, not a scan."""
    store.ensure_schema(*nba.schemas)
    with store.transaction() as conn:
        conn.execute(
            sa.insert(raw.raw_documents),
            placeholder_row(
                D,
                raw.raw_documents,
                key="raw/sim/schedule/0.json",
                document="schedule",
                data_date=D,
                status="processed",
            ),
        )
        conn.execute(sa.text("DROP INDEX ix_raw_documents_date"))
        conn.execute(
            sa.update(schema_versions)
            .where(schema_versions.c.component == "nba_raw")
            .values(version=3)
        )
    store.ensure_schema(*nba.schemas)
    with store.read() as conn:
        assert (
            conn.execute(
                sa.select(schema_versions.c.version).where(schema_versions.c.component == "nba_raw")
            ).scalar_one()
            == raw.NBA_RAW_SCHEMA.version
        )
    indexes = {i["name"] for i in sa.inspect(store.engine).get_indexes("raw_documents")}
    assert "ix_raw_documents_date" in indexes
    with recording(store) as seen, store.read() as conn:
        [row] = daily_rows(conn, D, D)
    assert row["pipeline_status"] == "NO_GAMES"  # its schedule was fetched: kept
    [found] = plans_reading(store, "raw_documents", seen)
    assert "ix_raw_documents_date" in found, found
    assert "SCAN raw_documents" not in found and "Seq Scan" not in found, found
