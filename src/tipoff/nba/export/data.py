"""What the exports read: predictions, grades, tallies, names and game logs of a date."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from tipoff.nba.analytics.tables import upcoming_team_game_context
from tipoff.nba.game_status import scheduled_tip_off
from tipoff.nba.grade.tables import prediction_grades, prediction_performance
from tipoff.nba.predict.tables import player_prop_predictions
from tipoff.nba.raw_tables import (
    raw_injury_report,
    raw_odds_events,
    raw_player_boxscores,
    raw_rosters,
    raw_schedule,
)

Row = Mapping[str, Any]


def _rows(result: Iterable[Any]) -> list[Row]:
    return [dict(r._mapping) for r in result]


def predictions(conn: sa.Connection, day: date) -> list[Row]:
    """The date's prediction rows, each with its team's game lines (spread, total, implied
    team total) from the upcoming team context, where the books quoted them."""
    p = player_prop_predictions
    t = upcoming_team_game_context
    stmt = (
        sa.select(p, t.c.team_spread, t.c.game_total, t.c.implied_team_total)
        .select_from(
            p.outerjoin(t, sa.and_(t.c.game_date == p.c.game_date, t.c.team_id == p.c.team_id))
        )
        .where(p.c.game_date == day)
        .order_by(p.c.player_id, p.c.line)
    )
    return _rows(conn.execute(stmt))


def grades(conn: sa.Connection, day: date) -> list[Row]:
    g = prediction_grades
    stmt = sa.select(g).where(g.c.game_date == day).order_by(g.c.player_id, g.c.line)
    return _rows(conn.execute(stmt))


def performance(conn: sa.Connection, start: date, end: date) -> list[Row]:
    perf = prediction_performance
    stmt = sa.select(perf).where(perf.c.game_date >= start, perf.c.game_date <= end)
    return _rows(conn.execute(stmt))


# A date's exports read this far back first; older rows only for the players they leave
# open (no name yet, a run of one side still going), so a date reads its recent weeks and
# not the whole history.
LOOKBACK = timedelta(days=30)


def _run_ended(rows: Sequence[Row]) -> bool:
    """Whether a player's graded rows (newest first) hold the row that ends his current
    run of one side (see :func:`tipoff.nba.export.build.streaks`)."""
    side = None
    for r in rows:
        if not r["played"]:
            continue
        if r["actual_side"] not in ("OVER", "UNDER") or (
            side is not None and r["actual_side"] != side
        ):
            return True
        side = r["actual_side"]
    return False


def book_line_history(conn: sa.Connection, player_ids: Sequence[int], before: date) -> list[Row]:
    """Graded centre-line rows of the players before a date, newest first per player,
    back to the row that ends each player's current run of one side (the older ones
    cannot change a streak): ``LOOKBACK`` first, then twice as far back each time for
    the players whose run goes on and who have older rows."""
    g = prediction_grades
    columns = (g.c.player_id, g.c.game_date, g.c.actual_side, g.c.played)
    rows: dict[int, list[Row]] = {}
    open_ids = sorted({int(p) for p in player_ids})
    end, span = before, LOOKBACK
    while open_ids:
        start = end - span
        stmt = (
            sa.select(*columns)
            .where(
                g.c.player_id.in_(open_ids),
                g.c.game_date < end,
                g.c.game_date >= start,
                g.c.line_offset == 0,
            )
            .order_by(g.c.player_id, g.c.game_date.desc())
        )
        for r in _rows(conn.execute(stmt)):
            rows.setdefault(int(r["player_id"]), []).append(r)
        going = [p for p in open_ids if not _run_ended(rows.get(p, []))]
        if not going:
            break
        older = (
            sa.select(g.c.player_id)
            .distinct()
            .where(g.c.player_id.in_(going), g.c.game_date < start, g.c.line_offset == 0)
        )
        open_ids = sorted(int(p) for p in conn.execute(older).scalars())
        end, span = start, span * 2
    return [r for pid in sorted(rows) for r in rows[pid]]


def _names(
    conn: sa.Connection,
    table: sa.TableClause,
    day: str,
    ids: Sequence[int],
    start: date | None,
    end: date,
    *,
    inclusive: bool,
    named: bool = False,
) -> dict[int, str]:
    """Each player's name on his latest row of ``table`` in the span (``named``: his latest
    with a non-empty name)."""
    c = table.c
    stmt = sa.select(c.player_id, c.player_name).where(
        c.player_id.in_(list(ids)), c[day] <= end if inclusive else c[day] < end
    )
    if start is not None:
        stmt = stmt.where(c[day] >= start)
    out: dict[int, str] = {}
    for pid, name in conn.execute(stmt.order_by(c[day])):
        if name or not named:
            out[int(pid)] = str(name)
    return out


def player_names(conn: sa.Connection, player_ids: Iterable[int], as_of: date) -> dict[int, str]:
    """Names from the latest roster on or before the date, else the latest box score, else
    the upcoming-game context: each source read ``LOOKBACK`` back, and further back only
    for the players it has no recent row of and no earlier source named."""
    ids = sorted(set(player_ids))
    ctx = sa.table(
        "upcoming_player_game_context",
        sa.column("game_date"),
        sa.column("player_id"),
        sa.column("player_name"),
    )
    since = as_of - LOOKBACK
    out: dict[int, str] = {}
    for table, day, named in ((raw_rosters, "roster_date", False),
                              (raw_player_boxscores, "game_date", False),
                              (ctx, "game_date", True)):  # fmt: skip
        if not ids:
            break
        found = _names(conn, table, day, ids, since, as_of, inclusive=True, named=named)
        rest = [p for p in ids if p not in found]
        if rest:
            found.update(_names(conn, table, day, rest, None, since, inclusive=False, named=named))
        out.update(found)
        ids = [p for p in ids if p not in found]
    return out


def games(conn: sa.Connection, day: date) -> dict[str, dict[str, Any]]:
    """The date's games by id: teams, tricodes and tip-off (epoch seconds: the books' start
    time where an odds event was matched to the game, else the schedule's "7:00 pm ET",
    else None)."""
    s = raw_schedule
    found = {
        str(r["game_id"]): {**r, "tip_off": scheduled_tip_off(day, r["status_text"])}
        for r in _rows(
            conn.execute(
                sa.select(
                    s.c.game_id,
                    s.c.home_team_id,
                    s.c.away_team_id,
                    s.c.home_tricode,
                    s.c.away_tricode,
                    s.c.status_text,
                ).where(s.c.game_date == day)
            )
        )
    }
    o = raw_odds_events
    for game_id, start in conn.execute(
        sa.select(o.c.game_id, sa.func.min(o.c.commence_time))
        .where(o.c.game_date == day, o.c.game_id.is_not(None))
        .group_by(o.c.game_id)
    ):
        if str(game_id) in found:
            found[str(game_id)]["tip_off"] = float(start)
    return found


def player_status(
    conn: sa.Connection, player_ids: Iterable[int], day: date
) -> dict[int, dict[str, Any]]:
    """Each player's position (latest roster on or before the date) and injury status and
    reason (the date's injury report, where one was loaded)."""
    ids = sorted(set(player_ids))
    out: dict[int, dict[str, Any]] = {pid: {} for pid in ids}
    if not ids:
        return {}
    r = raw_rosters
    for pid, position in conn.execute(
        sa.select(r.c.player_id, r.c.position)
        .where(r.c.player_id.in_(ids), r.c.roster_date <= day)
        .order_by(r.c.roster_date)
    ):
        if position:
            out[int(pid)]["position"] = str(position)
    i = raw_injury_report
    for pid, status, reason in conn.execute(
        sa.select(i.c.player_id, i.c.status, i.c.reason).where(
            i.c.player_id.in_(ids), i.c.report_date == day
        )
    ):
        out[int(pid)].update(injury_status=str(status), injury_reason=reason or None)
    return out


def game_logs(
    conn: sa.Connection, player_ids: Sequence[int] | None, start: date, end: date
) -> list[Row]:
    """Games played in [start, end), oldest first (all players when ``player_ids`` is None)."""
    box = raw_player_boxscores
    stmt = (
        sa.select(
            box.c.player_id,
            box.c.game_id,
            box.c.game_date,
            box.c.opponent_team_id,
            box.c.is_home,
            box.c.minutes,
            box.c.pts,
        )
        .where(box.c.game_date >= start, box.c.game_date < end, box.c.played.is_(True))
        .order_by(box.c.player_id, box.c.game_date)
    )
    if player_ids is not None:
        stmt = stmt.where(box.c.player_id.in_(list(player_ids)))
    return _rows(conn.execute(stmt))


def centre_grades_between(conn: sa.Connection, start: date, end: date) -> list[Row]:
    """Centre-line grades with their predictions' book lines, in [start, end]."""
    g, p = prediction_grades, player_prop_predictions
    stmt = (
        sa.select(
            g.c.player_id,
            g.c.game_date,
            g.c.game_id,
            g.c.outcome,
            g.c.mean,
            g.c.recommendation,
            g.c.abs_error,
            g.c.played,
            p.c.book_line,
        )
        .select_from(
            g.outerjoin(
                p,
                sa.and_(
                    p.c.game_date == g.c.game_date,
                    p.c.player_id == g.c.player_id,
                    p.c.line == g.c.line,
                ),
            )
        )
        .where(g.c.game_date >= start, g.c.game_date <= end, g.c.line_offset == 0)
    )
    return _rows(conn.execute(stmt))
