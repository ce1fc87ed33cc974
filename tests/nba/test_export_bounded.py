"""The exports' reads of the past are bounded by the recent weeks, and give what reading
the whole past gives.

A season of graded centre lines, rosters, box scores and contexts goes into the tables;
for a date late in it, the names and the streak history the exports read must be those of
a read of every row before the date (the names), and must end each player's current run
where the full read does (the streaks), while the rows returned stay those of the last
weeks for every player whose run ended there. A player named only months ago, and a run
longer than the first look-back, are still found.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from test_analytics_fixtures import prepare

from tipoff.engine.store import Store
from tipoff.nba import raw_tables as raw
from tipoff.nba.analytics import tables as t
from tipoff.nba.export import build, data
from tipoff.nba.grade.tables import NBA_GRADING_SCHEMA, prediction_grades

START = date(2025, 10, 21)
DAYS = 120
DAY = START + timedelta(days=DAYS)
PLAYERS = range(1, 41)
LONG_RUN, OLD_NAME, RENAMED = 7, 8, 9  # the players of the particular cases


def _side(player: int, i: int) -> str | None:
    if player == LONG_RUN and i >= DAYS - 70:
        return "OVER"  # his last 35 graded games (70 days) all went over
    return ("OVER", "UNDER", "PUSH", None)[(player * 7 + i * 3 + i // 5) % 4]


def _fill(store: Store) -> None:
    prepare(store)
    store.ensure_schema(NBA_GRADING_SCHEMA)
    grades, rosters, boxes, contexts = [], [], [], []
    for i in range(0, DAYS, 2):
        day = START + timedelta(days=i)
        for p in PLAYERS:
            side = _side(p, i)
            grades.append(_grade(day, p, side))
            if p == OLD_NAME and i > 10:
                continue  # on no roster, box score or context since his first weeks
            name = f"P{p} {'new' if p == RENAMED and i > DAYS - 20 else 'old'}"
            rosters.append({"roster_date": day, "team_id": 1, "player_id": p, "player_name": name})
            contexts.append({"game_date": day, "player_id": p, "player_name": f"ctx {p}"})
            boxes.append({"game_date": day, "player_id": p, "player_name": f"box {p}"})
    with store.transaction() as conn:
        conn.execute(sa.insert(prediction_grades), grades)
        conn.execute(
            sa.insert(raw.raw_rosters),
            [{"source_key": "t", "loaded_at": 0.0, **r} for r in rosters],
        )
    _put_names(store, boxes, contexts)


def _grade(day: date, player: int, side: str | None) -> dict[str, Any]:
    return {
        "game_date": day, "player_id": player, "line": 20.5, "game_id": f"g{day}",
        "line_offset": 0, "is_book_line": True, "recommendation": "PASS", "confidence": 0.5,
        "confidence_bucket": "low", "p_over": 0.5, "mean": 20.0, "played": side is not None,
        "actual_points": None if side is None else 20, "actual_side": side,
        "outcome": "NO_ACTION", "graded_at": 0.0,
    }  # fmt: skip


def _put_names(store: Store, boxes: list[dict[str, Any]], contexts: list[dict[str, Any]]) -> None:
    box_columns = {c.name: c for c in raw.raw_player_boxscores.columns}
    ctx_columns = {c.name: c for c in t.upcoming_player_game_context.columns}

    def filled(row: dict[str, Any], columns: dict[str, sa.Column[Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, column in columns.items():
            if name in row:
                out[name] = row[name]
            elif column.nullable:
                out[name] = None
            elif isinstance(column.type, sa.Boolean):
                out[name] = False
            elif isinstance(column.type, sa.String):
                out[name] = "x"
            else:
                out[name] = 0
        out["game_id"] = f"g{row['game_date']}"
        return out

    with store.transaction() as conn:
        conn.execute(sa.insert(raw.raw_player_boxscores), [filled(b, box_columns) for b in boxes])
        conn.execute(
            sa.insert(t.upcoming_player_game_context), [filled(c, ctx_columns) for c in contexts]
        )


def _full_names(conn: sa.Connection, ids: list[int], as_of: date) -> dict[int, str]:
    """The names read from every row on or before the date (the reference)."""
    out: dict[int, str] = {}
    ctx = t.upcoming_player_game_context.c
    for pid, name in conn.execute(
        sa.select(ctx.player_id, ctx.player_name)
        .where(ctx.player_id.in_(ids), ctx.game_date <= as_of)
        .order_by(ctx.game_date)
    ):
        if name:
            out[pid] = name
    for table, day in ((raw.raw_player_boxscores, "game_date"), (raw.raw_rosters, "roster_date")):
        c = table.c
        for pid, name in conn.execute(
            sa.select(c.player_id, c.player_name)
            .where(c.player_id.in_(ids), c[day] <= as_of)
            .order_by(c[day])
        ):
            out[pid] = name
    return out


def _full_history(conn: sa.Connection, ids: list[int], before: date) -> list[dict[str, Any]]:
    g = prediction_grades.c
    stmt = (
        sa.select(g.player_id, g.game_date, g.actual_side, g.played)
        .where(g.player_id.in_(ids), g.game_date < before, g.line_offset == 0)
        .order_by(g.player_id, g.game_date.desc())
    )
    return [dict(r._mapping) for r in conn.execute(stmt)]


def test_names_and_streaks_from_the_recent_weeks_are_those_of_the_whole_past(
    store: Store,
) -> None:
    _fill(store)
    ids = list(PLAYERS)
    with store.read() as conn:
        names = data.player_names(conn, ids, DAY)
        assert names == _full_names(conn, ids, DAY)
        assert names[OLD_NAME] == f"P{OLD_NAME} old"  # from a roster of his first weeks
        assert names[RENAMED] == f"P{RENAMED} new"
        history = data.book_line_history(conn, ids, DAY)
        full = _full_history(conn, ids, DAY)
    now = datetime(2026, 2, 18, tzinfo=UTC)
    bounded = build.streaks(DAY, now, history, [], 1)
    reference = build.streaks(DAY, now, full, [], 1)
    assert bounded == reference
    runs = {s.player_id: s.length for s in reference.streaks}
    assert runs[LONG_RUN] == 35  # longer than the first look-back
    # only the long run was read past the first weeks
    since = DAY - data.LOOKBACK
    older = {int(r["player_id"]) for r in history if r["game_date"] < since}
    assert older == {LONG_RUN}
    assert len(history) < len(full) / 2
