"""What the dashboard shows of the NBA tables: the daily view, a date's predictions, and
how the picks did. Registered as views of the pipeline; the web layer knows only their
names (``daily``, ``predictions``, ``performance``)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa

from tipoff.engine.store import Store
from tipoff.nba.export import build, data
from tipoff.nba.ops.blueprint import ops_blueprint
from tipoff.nba.ops.daily_status import daily_rows


@ops_blueprint.view("daily")
def daily(store: Store, first: date, last: date) -> list[dict[str, Any]]:
    """The ``daily_phase_status`` rows (``tipoff status --days N``), newest first."""
    with store.read() as conn:
        rows = daily_rows(conn, first, last)
    return json.loads(json.dumps(rows, default=str))


@ops_blueprint.view("predictions")
def predictions(store: Store, first: date, last: date) -> list[dict[str, Any]]:
    """One row per player and date, as the exports build it: his centre line (the book's
    when there is one), its price, P(over), the pick, its expected value, the features'
    quality, the teams, the tip-off (UTC), his position and injury status."""
    out: list[dict[str, Any]] = []
    with store.read() as conn:
        for day in _days_with_predictions(conn, first, last):
            rows = data.predictions(conn, day)
            ids = sorted({int(r["player_id"]) for r in rows})
            players = build.player_predictions(
                rows,
                data.player_names(conn, ids, day),
                data.games(conn, day),
                data.player_status(conn, ids, day),
            )
            for p in players:
                line = next((ln for ln in p.lines if ln.offset == 0), p.lines[len(p.lines) // 2])
                out.append(
                    {
                        "date": day.isoformat(),
                        "player_id": p.player_id,
                        "player": p.player_name,
                        "position": p.position,
                        "injury": p.injury_status,
                        "team": p.team_tricode or str(p.team_id),
                        "opponent": p.opponent_tricode or str(p.opponent_team_id),
                        "home": p.is_home,
                        "game_id": p.game_id,
                        "tip_off": None if p.tip_off is None else p.tip_off.isoformat(),
                        "line": line.line,
                        "line_source": p.line_source,
                        "price": p.price if p.price is not None else p.over_price,
                        "p_over": line.p_over,
                        "pick": p.recommendation,
                        "ev": p.ev,
                        "confidence": p.confidence,
                        "quality": p.feature_quality_score,
                        "mode": p.prediction_mode,
                    }
                )
    return out


@ops_blueprint.view("performance")
def performance(store: Store, first: date, last: date) -> dict[str, Any]:
    """Graded picks of ``first..last``: the summary (hit rate, ROI, MAE), the reliability
    diagram (predicted against actual over-rate by bucket) and the rates by expected value."""
    with store.read() as conn:
        perf = data.performance(conn, first, last)
    window = build.performance_window(f"{first}..{last}", first, last, perf)
    return window.model_dump(mode="json")


def _days_with_predictions(conn: sa.Connection, first: date, last: date) -> list[date]:
    from tipoff.nba.predict.tables import player_prop_predictions as p

    found = conn.execute(
        sa.select(p.c.game_date)
        .where(p.c.game_date >= first, p.c.game_date <= last)
        .distinct()
        .order_by(p.c.game_date.desc())
    ).scalars()
    return [d if isinstance(d, date) else date.fromisoformat(str(d)) for d in found]
